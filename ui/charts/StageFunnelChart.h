// StageFunnelChart: the 5A funnel as of a day: one bar per stage with its count and share
// of all customers known then. A click on a bar asks for the customers behind it.
#pragma once

#include "lifecycle/Lifecycle.h"

#include <QChartView>

namespace mwb::ui {

class StageFunnelChart : public QChartView
{
    Q_OBJECT

public:
    explicit StageFunnelChart(QWidget *parent = nullptr);

    void setFunnel(const Funnel &funnel);
    const Funnel &funnel() const { return m_funnel; }
    // The value drawn for a stage (what a user reads on the bar).
    qint64 barValue(LifecycleStage stage) const;

Q_SIGNALS:
    void stageClicked(mwb::LifecycleStage stage);

private:
    Funnel m_funnel;
};

} // namespace mwb::ui
