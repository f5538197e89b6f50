// HoldoutChart: how the fitted model predicts the holdout period: the mean repeat
// purchases customers made after the calibration end against what the model expected,
// grouped by their repeat purchases in calibration (0, 1, … 7+).
#pragma once

#include "analytics/ClvModel.h"

#include <QChartView>

namespace mwb::ui {

class HoldoutChart : public QChartView
{
    Q_OBJECT

public:
    explicit HoldoutChart(QWidget *parent = nullptr);

    void setChecks(const QList<FrequencyCheck> &checks);
    int groupCount() const { return m_groups; } // for tests

private:
    int m_groups = 0;
};

} // namespace mwb::ui
