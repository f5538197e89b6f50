// CampaignArmsTable: the arms of an A/B/n campaign, each against the control group:
// members, conversions, rate, uplift with its 95 % interval, the Holm-adjusted p-value,
// revenue and ROI; the winner's row in bold.
#pragma once

#include "campaigns/CampaignReport.h"

#include <QTableWidget>

namespace mwb::ui {

class CampaignArmsTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit CampaignArmsTable(QWidget *parent = nullptr);

    void setReport(const CampaignReportData &report, const QString &currency);
    static QStringList headers();
    // The rows as text, the control group first (the table and the PDF print the same).
    static QList<QStringList> cells(const CampaignReportData &report, const QString &currency);
};

} // namespace mwb::ui
