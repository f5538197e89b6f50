// KpiTrendChart: revenue (area, left axis) and active customers (line, right axis) month
// by month, the dashboard's trend; the months of the chosen period are shaded.
#pragma once

#include "analytics/KpiDashboard.h"

#include <QChartView>

namespace mwb::ui {

class KpiTrendChart : public QChartView
{
    Q_OBJECT

public:
    explicit KpiTrendChart(QWidget *parent = nullptr);

    void setTrend(const QList<TrendPoint> &trend, const Period &period, const QString &currency);
    // Months drawn; for tests.
    int pointCount() const { return m_points; }

private:
    int m_points = 0;
};

} // namespace mwb::ui
