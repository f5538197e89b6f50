// ModelGainChart: a propensity model's gain chart on the held-out period: the share of
// all positives (churners or buyers) found in the top 10 %, 20 %, … of customers by score,
// against the diagonal a random ranking follows (vocabulary/Figures.h: gain).
#pragma once

#include "models/ModelMetrics.h"

#include <QChartView>

#include <array>

namespace mwb::ui {

class ModelGainChart : public QChartView
{
    Q_OBJECT

public:
    explicit ModelGainChart(QWidget *parent = nullptr);

    // None: no evaluation yet.
    void setDeciles(const std::array<DecileRow, 10> *deciles);
    int pointCount() const { return m_points; } // for tests

private:
    int m_points = 0;
};

} // namespace mwb::ui
