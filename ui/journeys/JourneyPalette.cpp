#include "JourneyPalette.h"

#include <QHash>
#include <QList>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

const QHash<QString, QColor> &knownChannels()
{
    // The channels as the Customers page colours them (ChannelStyle), so a channel looks
    // the same on every page.
    static const QHash<QString, QColor> colors{
        {u"web"_s, QColor(0x3b7dd8)},    {u"email"_s, QColor(0x8e5bd6)},  {u"sms"_s, QColor(0xe08a1e)},
        {u"wechat"_s, QColor(0x1aad19)}, {u"app"_s, QColor(0x14a3b8)},    {u"store"_s, QColor(0xb5651d)},
        {u"ads"_s, QColor(0xd6336c)},    {u"phone"_s, QColor(0x5c6b7a)},  {u"direct_mail"_s, QColor(0x8d6e63)},
        {u"(direct)"_s, QColor(0x607d8b)}, {u"(no touchpoint)"_s, QColor(0x78909c)}, {u"…"_s, QColor(0xa0a7b0)},
    };
    return colors;
}

const QList<QColor> &hashed()
{
    static const QList<QColor> colors{QColor(0x5c, 0x6b, 0xc0), QColor(0x00, 0x89, 0x7b), QColor(0xef, 0x6c, 0x00),
                                      QColor(0xad, 0x14, 0x57), QColor(0x55, 0x8b, 0x2f), QColor(0x03, 0x9b, 0xe5),
                                      QColor(0x6d, 0x4c, 0x41), QColor(0x8e, 0x24, 0xaa), QColor(0xf9, 0xa8, 0x25),
                                      QColor(0x00, 0x69, 0x5c)};
    return colors;
}

// FNV-1a over the UTF-16 code units: unlike qHash it does not change between runs.
quint32 stableHash(const QString &text)
{
    quint32 h = 2166136261u;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

} // namespace

QColor JourneyPalette::stepColor(const QString &label)
{
    const QString key = label.toLower();
    const auto known = knownChannels().constFind(key);
    if (known != knownChannels().cend())
        return *known;
    // An event type named after its channel (email_open, wechat_message): that hue,
    // lighter or darker by the rest of its name.
    const qsizetype cut = key.indexOf(u'_');
    if (cut > 0) {
        const auto channel = knownChannels().constFind(key.left(cut));
        if (channel != knownChannels().cend()) {
            const int shade = static_cast<int>(stableHash(key.mid(cut + 1)) % 5); // 0..4
            return shade < 2 ? channel->darker(115 + 15 * shade) : channel->lighter(100 + 12 * (shade - 2));
        }
    }
    return hashed().at(static_cast<int>(stableHash(key) % hashed().size()));
}

QColor JourneyPalette::outcomeColor(bool purchased)
{
    return purchased ? QColor(0x1b, 0x5e, 0x20) : QColor(0x9a, 0xa0, 0xa6);
}

} // namespace mwb::ui
