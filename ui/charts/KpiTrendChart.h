// KpiTrendChart: revenue (area, left axis) and active customers (line, right axis) month
// by month — or week by week, day by day for a few weeks of data — the dashboard's trend;
// the buckets of the chosen period are shaded.
#pragma once

#include "analytics/KpiDashboard.h"

#include <QChartView>

namespace mwb::ui {

class KpiTrendChart : public QChartView
{
    Q_OBJECT

public:
    explicit KpiTrendChart(QWidget *parent = nullptr);

    void setTrend(const QList<TrendPoint> &trend, TimeBucket bucket, const Period &period, const QString &currency);
    // Buckets drawn, and their kind; for tests.
    int pointCount() const { return m_points; }
    TimeBucket bucket() const { return m_bucket; }

private:
    int m_points = 0;
    TimeBucket m_bucket = TimeBucket::Month;
};

} // namespace mwb::ui
