// StageTrendChart: stage sizes at the end of every month, stacked. A click on an area asks
// for the customers of that stage in that month.
#pragma once

#include "lifecycle/Lifecycle.h"

#include <QChartView>

namespace mwb::ui {

class StageTrendChart : public QChartView
{
    Q_OBJECT

public:
    explicit StageTrendChart(QWidget *parent = nullptr);

    void setTrend(const StageTrend &trend);
    const StageTrend &trend() const { return m_trend; }

    // The month whose point lies nearest to a position on the time axis (ms since epoch).
    int monthAt(qreal msecsSinceEpoch) const;

Q_SIGNALS:
    void pointClicked(const QDate &monthEnd, mwb::LifecycleStage stage);

private:
    StageTrend m_trend;
};

} // namespace mwb::ui
