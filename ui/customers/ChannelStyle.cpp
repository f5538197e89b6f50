#include "ChannelStyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

struct Channel
{
    const char16_t *name;
    const char *label; // translated in the ChannelStyle context
    QRgb color;
};

// The channels of the shared vocabulary (core/import/Vocabulary.cpp).
const Channel kChannels[] = {
    {u"web", QT_TRANSLATE_NOOP("ChannelStyle", "Web"), 0x3b7dd8},
    {u"email", QT_TRANSLATE_NOOP("ChannelStyle", "E-mail"), 0x8e5bd6},
    {u"sms", QT_TRANSLATE_NOOP("ChannelStyle", "SMS"), 0xe08a1e},
    {u"wechat", QT_TRANSLATE_NOOP("ChannelStyle", "WeChat"), 0x1aad19},
    {u"app", QT_TRANSLATE_NOOP("ChannelStyle", "App"), 0x14a3b8},
    {u"store", QT_TRANSLATE_NOOP("ChannelStyle", "Store"), 0xb5651d},
    {u"ads", QT_TRANSLATE_NOOP("ChannelStyle", "Ads"), 0xd6336c},
    {u"phone", QT_TRANSLATE_NOOP("ChannelStyle", "Phone"), 0x5c6b7a},
    {u"direct_mail", QT_TRANSLATE_NOOP("ChannelStyle", "Direct mail"), 0x8d6e63},
};

struct Type
{
    const char16_t *name;
    const char *label;
};

const Type kTypes[] = {
    {u"web_visit", QT_TRANSLATE_NOOP("ChannelStyle", "Web visit")},
    {u"email_open", QT_TRANSLATE_NOOP("ChannelStyle", "E-mail opened")},
    {u"email_click", QT_TRANSLATE_NOOP("ChannelStyle", "E-mail link clicked")},
    {u"sms_click", QT_TRANSLATE_NOOP("ChannelStyle", "SMS link clicked")},
    {u"wechat_message", QT_TRANSLATE_NOOP("ChannelStyle", "WeChat message")},
    {u"wechat_follower", QT_TRANSLATE_NOOP("ChannelStyle", "Followed on WeChat")},
    {u"app_open", QT_TRANSLATE_NOOP("ChannelStyle", "App opened")},
    {u"register", QT_TRANSLATE_NOOP("ChannelStyle", "Registered")},
    {u"coupon_redeem", QT_TRANSLATE_NOOP("ChannelStyle", "Coupon redeemed")},
    {u"inquiry", QT_TRANSLATE_NOOP("ChannelStyle", "Inquiry")},
    {u"referral", QT_TRANSLATE_NOOP("ChannelStyle", "Referred someone")},
    {u"nps", QT_TRANSLATE_NOOP("ChannelStyle", "NPS answer")},
    {u"campaign_sent", QT_TRANSLATE_NOOP("ChannelStyle", "Campaign sent")},
    {u"campaign_delivered", QT_TRANSLATE_NOOP("ChannelStyle", "Campaign delivered")},
    {u"campaign_bounced", QT_TRANSLATE_NOOP("ChannelStyle", "Campaign bounced")},
    {u"campaign_opened", QT_TRANSLATE_NOOP("ChannelStyle", "Campaign opened")},
    {u"campaign_clicked", QT_TRANSLATE_NOOP("ChannelStyle", "Campaign clicked")},
    {u"campaign_unsubscribed", QT_TRANSLATE_NOOP("ChannelStyle", "Unsubscribed")},
    {u"campaign_converted", QT_TRANSLATE_NOOP("ChannelStyle", "Converted")},
    {u"order", QT_TRANSLATE_NOOP("ChannelStyle", "Order")},
    {u"refund", QT_TRANSLATE_NOOP("ChannelStyle", "Refund")},
};

const Channel *findChannel(const QString &name)
{
    for (const Channel &c : kChannels) {
        if (name == QStringView(c.name))
            return &c;
    }
    return nullptr;
}

enum class Shape { Circle, Square, RingedSquare };

QIcon shapeIcon(const QColor &color, Shape shape)
{
    static QHash<QPair<QRgb, int>, QIcon> cache;
    const QPair<QRgb, int> key(color.rgb(), static_cast<int>(shape));
    const auto found = cache.constFind(key);
    if (found != cache.cend())
        return *found;
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    switch (shape) {
    case Shape::Circle:
        painter.setPen(QPen(color.darker(125), 2));
        painter.drawEllipse(QRectF(7, 7, 18, 18));
        break;
    case Shape::Square:
        painter.setPen(QPen(color.darker(125), 2));
        painter.drawRoundedRect(QRectF(6, 6, 20, 20), 4, 4);
        break;
    case Shape::RingedSquare:
        painter.setPen(QPen(QColor(0xd6, 0x45, 0x45), 4));
        painter.drawRoundedRect(QRectF(6, 6, 20, 20), 4, 4);
        break;
    }
    painter.end();
    const QIcon icon(pixmap);
    cache.insert(key, icon);
    return icon;
}

} // namespace

QString ChannelStyle::displayName(const QString &channel)
{
    if (channel.isEmpty())
        return QCoreApplication::translate("ChannelStyle", "No channel");
    if (const Channel *c = findChannel(channel))
        return QCoreApplication::translate("ChannelStyle", c->label);
    return channel;
}

QColor ChannelStyle::color(const QString &channel)
{
    if (channel.isEmpty())
        return QColor(0x9a, 0xa5, 0xb1);
    if (const Channel *c = findChannel(channel))
        return QColor::fromRgb(c->color);
    // A colour of its own, the same every time.
    return QColor::fromHsv(static_cast<int>(stableHash(channel) % 360), 140, 190);
}

bool ChannelStyle::isKnown(const QString &channel)
{
    return findChannel(channel) != nullptr;
}

quint32 ChannelStyle::stableHash(const QString &text)
{
    // FNV-1a over the UTF-16 code units.
    quint32 h = 2166136261u;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

QIcon ChannelStyle::icon(const QString &channel)
{
    return shapeIcon(color(channel), Shape::Circle);
}

QString ChannelStyle::typeName(const QString &type)
{
    for (const Type &t : kTypes) {
        if (type == QStringView(t.name))
            return QCoreApplication::translate("ChannelStyle", t.label);
    }
    QString words = type;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString ChannelStyle::kindName(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Touchpoint:
        return QCoreApplication::translate("ChannelStyle", "Touchpoint");
    case TimelineKind::CampaignContact:
        return QCoreApplication::translate("ChannelStyle", "Campaign contact");
    case TimelineKind::Order:
        return QCoreApplication::translate("ChannelStyle", "Order");
    case TimelineKind::Refund:
        return QCoreApplication::translate("ChannelStyle", "Refund");
    }
    return {};
}

QIcon ChannelStyle::entryIcon(const TimelineItem &item)
{
    switch (item.kind) {
    case TimelineKind::Order:
        return shapeIcon(color(item.channel), Shape::Square);
    case TimelineKind::Refund:
        return shapeIcon(color(item.channel), Shape::RingedSquare);
    default:
        return shapeIcon(color(item.channel), Shape::Circle);
    }
}

} // namespace mwb::ui
