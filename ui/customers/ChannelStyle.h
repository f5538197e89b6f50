// ChannelStyle: how channels and journey entries look and read in the window: the
// translated channel name, its colour and a small coloured dot icon, and an event type
// ("email_click") in words ("E-mail click"). Unknown channels get a stable colour of their
// own; unknown types read as written, with spaces.
#pragma once

#include "customers/CustomerProfile.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace mwb::ui {

class ChannelStyle
{
public:
    static QString displayName(const QString &channel);
    static QColor color(const QString &channel);
    // A filled circle in the channel's colour.
    static QIcon icon(const QString &channel);
    static QString typeName(const QString &type);
    static QString kindName(TimelineKind kind);
    // A journey entry's icon in its channel's colour: a circle for events, a square for
    // orders, a square ringed in red for refunds.
    static QIcon entryIcon(const TimelineItem &item);
};

} // namespace mwb::ui
