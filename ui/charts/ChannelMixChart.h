// ChannelMixChart: the period's revenue by sales channel as a donut, largest first, with
// each channel's share in the legend.
#pragma once

#include "analytics/KpiDashboard.h"

#include <QChartView>

namespace mwb::ui {

class ChannelMixChart : public QChartView
{
    Q_OBJECT

public:
    explicit ChannelMixChart(QWidget *parent = nullptr);

    void setChannels(const QList<ChannelShare> &channels, const QString &currency);
    // Slices drawn; for tests.
    int sliceCount() const { return m_slices; }

private:
    int m_slices = 0;
};

} // namespace mwb::ui
