// AttributionChart: first-purchase revenue credited to each channel by the four
// attribution models (first touch, last touch, linear, time decay) as grouped bars, the
// channels in the core's order, so where the models disagree shows at a glance.
#pragma once

#include "journeys/JourneyAnalyzer.h"

#include <QChartView>

namespace mwb::ui {

class AttributionChart : public QChartView
{
    Q_OBJECT

public:
    explicit AttributionChart(QWidget *parent = nullptr);

    void setCredits(const QList<ChannelCredit> &credits, const QString &currency);
    // Channels drawn; for tests.
    int channelCount() const { return m_channels; }

    // Each answers an error message, empty when the file was written.
    QString savePng(const QString &path);
    QString saveSvg(const QString &path);

    // The models in the order of their bars, with their colours.
    static QStringList modelNames();

private:
    int m_channels = 0;
};

} // namespace mwb::ui
