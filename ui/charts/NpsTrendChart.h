// NpsTrendChart: the Net Promoter Score month by month (−100 … 100), with zero marked.
#pragma once

#include "analytics/NpsReport.h"

#include <QChartView>

namespace mwb::ui {

class NpsTrendChart : public QChartView
{
    Q_OBJECT

public:
    explicit NpsTrendChart(QWidget *parent = nullptr);

    void setMonths(const QList<NpsMonth> &months);
    int pointCount() const { return m_points; } // months with answers; for tests

private:
    int m_points = 0;
};

} // namespace mwb::ui
