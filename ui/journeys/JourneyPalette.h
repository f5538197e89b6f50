// JourneyPalette: one colour per journey step (a channel or an event type), the same in
// every drawing and every session: the usual channels have fixed colours, an event type
// takes its channel's hue (email_click: email's), anything else a colour picked by a
// stable hash of its name. The two outcomes have their own colours.
#pragma once

#include <QColor>
#include <QString>

namespace mwb::ui {

class JourneyPalette
{
public:
    static QColor stepColor(const QString &label);
    static QColor outcomeColor(bool purchased);
};

} // namespace mwb::ui
