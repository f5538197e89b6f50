// ProgrammeStepChart: a programme's funnel by send step — how many of its treatment and of
// its control reached each step (the conversions of each are in the report's table).
#pragma once

#include "programmes/ProgrammeReport.h"

#include <QChartView>

namespace mwb::ui {

class ProgrammeStepChart : public QChartView
{
    Q_OBJECT

public:
    explicit ProgrammeStepChart(QWidget *parent = nullptr);

    void setSteps(const QList<ProgrammeStepFigures> &steps);
    int barCount() const { return m_bars; } // for tests

private:
    int m_bars = 0;
};

} // namespace mwb::ui
