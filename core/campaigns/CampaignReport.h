// CampaignReport: what a campaign did, measured against its control group.
//
// For each group: members, contacted (treatment members whose list was exported),
// delivered / opened / clicked (members with that result or a later one), bounced,
// unsubscribed, and converted: members with an order in the attribution window
// [send date, send date + window days) or a `campaign_converted` result. Revenue is
// what those orders brought, plus the revenue a converted result reports for members
// without such an order. Control members are never contacted, so their conversions
// (from orders) are what the treatment would have had without the campaign.
//
// Uplift = treatment rate − control rate with Newcombe's 95 % interval and the p-value
// of the two-proportion test; incremental conversions = uplift × treatment size;
// incremental revenue = treatment revenue − control revenue scaled to the treatment size;
// cost = fixed + per contact × contacted (treatment size while not yet exported);
// ROI = (incremental revenue − cost) / cost. The same by lifecycle stage on the day
// before the send and by RFM segment at creation.
#pragma once

#include "Campaign.h"
#include "UpliftStatistics.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace SQLite {
class Database;
}

namespace mwb {

struct GroupFigures
{
    qint64 members = 0;
    qint64 contacted = 0;
    qint64 delivered = 0;
    qint64 bounced = 0;
    qint64 opened = 0;
    qint64 clicked = 0;
    qint64 unsubscribed = 0;
    qint64 converted = 0;
    qint64 revenueMinor = 0;
    double rate() const { return members > 0 ? static_cast<double>(converted) / members : 0.0; }
};

struct UpliftFigures
{
    std::optional<ProportionComparison> comparison; // none without members in both groups
    // Treatment conversions (revenue) beyond what its members would have had at the control
    // group's rate; none without members in both groups.
    std::optional<double> incrementalConversions;
    std::optional<double> incrementalRevenueMinor;
};

struct ReportBreakdownRow
{
    QString key; // a stage or RFM segment name; empty: unknown
    GroupFigures treatment;
    GroupFigures control;
    UpliftFigures uplift;
};

struct CampaignReportData
{
    Campaign campaign;
    QDate windowEnd;         // last day of the attribution window
    bool windowOpen = false; // the data does not reach the end of the window yet
    GroupFigures treatment;
    GroupFigures control;
    UpliftFigures uplift;
    qint64 costMinor = 0;
    std::optional<double> roi;                               // none when the cost is 0
    std::optional<double> costPerIncrementalConversionMinor; // none without incremental conversions
    QList<ReportBreakdownRow> byStage;                       // aware … abandon, then unknown
    QList<ReportBreakdownRow> byRfm;                         // the eleven RFM segments in order, then unknown
    QString error;
    bool ok() const { return error.isEmpty(); }
};

class CampaignReport
{
public:
    static CampaignReportData compute(SQLite::Database &db, qint64 campaignId);
    // Every campaign's report, newest first (the comparison table).
    static QList<CampaignReportData> all(SQLite::Database &db);
    // The report as a CSV table (one row per figure and group, then the breakdowns),
    // written through TableExport; an error message or empty.
    static QString writeCsv(const CampaignReportData &report, const QString &path, int minorPerMajor);
};

} // namespace mwb
