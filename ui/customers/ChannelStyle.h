// ChannelStyle: how channels and journey entries look and read in the window: the
// translated channel name, its colour and a small coloured dot icon, and an event type
// ("email_click") in words ("E-mail link clicked"); the names are core's Vocabulary's, so
// segment descriptions read the same. Unknown channels get a stable colour of their own;
// unknown types read as written, with spaces.
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
    // Whether the channel is one of the shared vocabulary's, with a colour of its own.
    static bool isKnown(const QString &channel);
    // A hash of a name that is the same in every run (qHash is seeded per process), for
    // colours picked by name.
    static quint32 stableHash(const QString &text);
    // A filled circle in the channel's colour.
    static QIcon icon(const QString &channel);
    static QString typeName(const QString &type);
    static QString kindName(TimelineKind kind);
    // A journey entry's icon in its channel's colour: a circle for events, a square for
    // orders, a square ringed in red for refunds.
    static QIcon entryIcon(const TimelineItem &item);
};

} // namespace mwb::ui
