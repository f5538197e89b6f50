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
//
// An A/B/n campaign has the same for each arm against the control group, with the p-values
// Holm-adjusted over the arms, each pair of arms compared (Holm over the pairs), and a
// verdict: the arm that beats the control and the other arms, or the one ahead and how many
// members a test would need to show it.
#pragma once

#include "Campaign.h"
#include "UpliftStatistics.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

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

// One arm of an A/B/n campaign against the control group.
struct ArmFigures
{
    QString name;
    double share = 0;
    GroupFigures figures;
    UpliftFigures uplift;             // against the control group
    std::optional<double> pValueHolm; // Holm-adjusted over the arms
    qint64 costMinor = 0;             // fixed cost × the arm's share of the treatment + per contact × its contacts
    std::optional<double> roi;        // (incremental revenue − cost) / cost; none when the cost is 0
};

// Two arms compared with each other: `first` − `second`.
struct ArmPair
{
    QString first;
    QString second;
    std::optional<ProportionComparison> comparison; // none without members in both
    std::optional<double> pValueHolm;               // Holm-adjusted over the pairs
};

// Which arm wins, at α = 0.05 after Holm's adjustment.
struct ArmVerdict
{
    enum class Kind {
        Winner,       // `arm` beats the control and every other arm
        BeatsControl, // `arm` beats the control; not yet clearly `tiedWith`
        NoneYet,      // no arm beats the control yet; `arm` leads (when one is ahead of the control)
    };
    Kind kind = Kind::NoneYet;
    QString arm;
    QStringList tiedWith;
    // NoneYet with a leader: members each group would need for the leader's uplift to show
    // (SampleSize at the control's rate, Bonferroni over the arms), and how many more than the
    // smaller of the leader and the control that is.
    std::optional<qint64> neededPerGroup;
    std::optional<qint64> morePerGroup;
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
    QList<ArmFigures> arms;                                  // A/B/n campaigns: each arm, in the campaign's order
    QList<ArmPair> armPairs;                                 // every pair of arms
    std::optional<ArmVerdict> verdict;                       // A/B/n campaigns
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
