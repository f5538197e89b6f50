// StageStyle: how the five 5A stages look and read in the window: their translated names,
// colours, and the playbook hint for each (what to do with the customers in it).
#pragma once

#include "vocabulary/LifecycleStage.h"

#include <QColor>
#include <QString>

namespace mwb::ui {

class StageStyle
{
public:
    static QString displayName(LifecycleStage stage);
    static QColor color(LifecycleStage stage);
    static QString playbook(LifecycleStage stage);
    // A name for the segment of a stage's playbook, e.g. "Abandon – win-back".
    static QString playbookSegmentName(LifecycleStage stage);
};

} // namespace mwb::ui
