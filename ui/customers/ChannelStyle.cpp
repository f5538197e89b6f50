#include "ChannelStyle.h"

#include "vocabulary/Vocabulary.h"

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
    QRgb color;
};

// The channels of the shared vocabulary (core/import/Vocabulary.cpp), which names them.
const Channel kChannels[] = {
    {u"web", 0x3b7dd8},   {u"email", 0x8e5bd6}, {u"sms", 0xe08a1e},   {u"wechat", 0x1aad19},      {u"app", 0x14a3b8},
    {u"store", 0xb5651d}, {u"ads", 0xd6336c},   {u"phone", 0x5c6b7a}, {u"direct_mail", 0x8d6e63},
};

const Channel *findChannel(const QString &name)
{
    for (const Channel &c : kChannels) {
        if (name == QStringView(c.name))
            return &c;
    }
    return nullptr;
}

enum class Shape {
    Circle,
    Square,
    RingedSquare
};

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
    return Vocabulary::channelDisplayName(channel);
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
    bool known = false;
    if (const QString name = Vocabulary::eventTypeDisplayName(type, &known); known)
        return name;
    if (type == u"order"_s)
        return kindName(TimelineKind::Order);
    if (type == u"refund"_s)
        return kindName(TimelineKind::Refund);
    QString words = type;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString ChannelStyle::kindName(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Touchpoint: return QCoreApplication::translate("ChannelStyle", "Touchpoint");
    case TimelineKind::CampaignContact: return QCoreApplication::translate("ChannelStyle", "Campaign contact");
    case TimelineKind::Order: return QCoreApplication::translate("ChannelStyle", "Order");
    case TimelineKind::Refund: return QCoreApplication::translate("ChannelStyle", "Refund");
    }
    return {};
}

QIcon ChannelStyle::entryIcon(const TimelineItem &item)
{
    switch (item.kind) {
    case TimelineKind::Order: return shapeIcon(color(item.channel), Shape::Square);
    case TimelineKind::Refund: return shapeIcon(color(item.channel), Shape::RingedSquare);
    default: return shapeIcon(color(item.channel), Shape::Circle);
    }
}

} // namespace mwb::ui
