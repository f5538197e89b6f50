// MonthlySalesChart: revenue per month as an area chart over a date axis.
#pragma once

#include "analytics/WorkspaceStats.h"

#include <QChartView>

namespace mwb::ui {

class MonthlySalesChart : public QChartView
{
    Q_OBJECT

public:
    explicit MonthlySalesChart(QWidget *parent = nullptr);

    void setSales(const QList<MonthlySales> &months, const QString &currency);
    // Points currently drawn (one per month); for tests.
    int pointCount() const;

private:
    void rebuild(const QList<MonthlySales> &months, const QString &currency);
    int m_points = 0;
};

} // namespace mwb::ui
