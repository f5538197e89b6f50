// CampaignFunnelChart: a campaign's funnel, contacted → delivered → opened → clicked →
// converted, as shares of each group's members, treatment beside control.
#pragma once

#include "campaigns/CampaignReport.h"

#include <QChartView>

namespace mwb::ui {

class CampaignFunnelChart : public QChartView
{
    Q_OBJECT

public:
    explicit CampaignFunnelChart(QWidget *parent = nullptr);

    void setGroups(const GroupFigures &treatment, const GroupFigures &control);
    void clearGroups();
    // The share drawn for a step (0 contacted … 4 converted) of the treatment (true) or control group.
    double barValue(int step, bool treatment) const;

    static QColor treatmentColor();
    static QColor controlColor();

private:
    QList<double> m_treatment;
    QList<double> m_control;
};

} // namespace mwb::ui
