// ProgrammeUpliftChart: a programme's cumulative incremental conversions by week of entry
// (against its holdout; vocabulary/Figures.h: incremental conversions), with zero marked.
#pragma once

#include "programmes/ProgrammeReport.h"

#include <QChartView>

namespace mwb::ui {

class ProgrammeUpliftChart : public QChartView
{
    Q_OBJECT

public:
    explicit ProgrammeUpliftChart(QWidget *parent = nullptr);

    void setWeeks(const QList<ProgrammeWeek> &weeks);
    int pointCount() const { return m_points; } // for tests

private:
    int m_points = 0;
};

} // namespace mwb::ui
