// CampaignComparisonTable: every campaign of the workspace side by side, newest first:
// channel, send date, group sizes, conversion of each group, uplift with its interval,
// p-value, incremental revenue and ROI. A row carries its campaign's id.
#pragma once

#include "campaigns/CampaignReport.h"

#include <QTableWidget>

namespace mwb::ui {

class CampaignComparisonTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Channel,
        Sent,
        Treatment,
        Control,
        Contacted,
        TreatmentRate,
        ControlRate,
        Uplift,
        PValue,
        IncrementalRevenue,
        Roi,
        ColumnCount
    };

    explicit CampaignComparisonTable(QWidget *parent = nullptr);

    void setReports(const QList<CampaignReportData> &reports, const QString &currency);
    qint64 campaignId(int row) const;
    int rowOf(qint64 campaignId) const;
    qint64 currentCampaignId() const;
    void setCurrentCampaign(qint64 campaignId);
    // The height that shows every row without scrolling.
    int fittingHeight() const;

Q_SIGNALS:
    void currentCampaignChanged(qint64 campaignId);
};

} // namespace mwb::ui
