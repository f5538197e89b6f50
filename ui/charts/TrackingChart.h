// TrackingChart: the tracking plot of a fitted repeat-buying model: the cohort's
// cumulative repeat purchases week by week, actual against expected, with the
// calibration end marked.
#pragma once

#include "analytics/ClvModel.h"

#include <QChartView>

namespace mwb::ui {

class TrackingChart : public QChartView
{
    Q_OBJECT

public:
    explicit TrackingChart(QWidget *parent = nullptr);

    void setTracking(const QList<TrackingPoint> &points, const QDate &calibrationEnd);
    int pointCount() const { return m_points; } // for tests

private:
    int m_points = 0;
};

} // namespace mwb::ui
