#include "JourneyPalette.h"

#include "customers/ChannelStyle.h"
#include "journeys/JourneyAnalyzer.h"

#include <QHash>
#include <QList>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

// The labels the analysis writes itself.
const QHash<QString, QColor> &ownLabels()
{
    static const QHash<QString, QColor> colors{
        {kJourneyDirect.toString(), QColor(0x607d8b)},
        {kJourneyNoTouchpoint.toString(), QColor(0x78909c)},
        {kJourneyMore.toString(), QColor(0xa0a7b0)},
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

} // namespace

QColor JourneyPalette::stepColor(const QString &label)
{
    const QString key = label.toLower();
    const auto own = ownLabels().constFind(key);
    if (own != ownLabels().cend())
        return *own;
    // A channel looks the same here as on the Customers page and in profiles.
    if (ChannelStyle::isKnown(key))
        return ChannelStyle::color(key);
    // An event type named after its channel (email_open, wechat_message): that hue,
    // lighter or darker by the rest of its name.
    const qsizetype cut = key.indexOf(u'_');
    if (cut > 0 && ChannelStyle::isKnown(key.left(cut))) {
        const QColor channel = ChannelStyle::color(key.left(cut));
        const int shade = static_cast<int>(ChannelStyle::stableHash(key.mid(cut + 1)) % 5); // 0..4
        return shade < 2 ? channel.darker(115 + 15 * shade) : channel.lighter(100 + 12 * (shade - 2));
    }
    return hashed().at(static_cast<int>(ChannelStyle::stableHash(key) % hashed().size()));
}

QColor JourneyPalette::outcomeColor(bool purchased)
{
    return purchased ? QColor(0x1b, 0x5e, 0x20) : QColor(0x9a, 0xa0, 0xa6);
}

} // namespace mwb::ui
