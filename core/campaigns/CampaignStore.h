// CampaignStore: creating campaigns from a saved segment and reading them back.
//
// plan() evaluates the segment now, applies the exclusions and draws the random split
// without writing anything, so a dialog can show the treatment and control sizes before
// the analyst saves; create() does the same and writes the campaign and its frozen
// members (each with a unique member_token, the lifecycle stage and RFM segment they had)
// in one transaction. An A/B/n campaign's treatment is dealt into its arms
// (ControlSplit::arms) and each treatment member keeps their arm.
#pragma once

#include "Campaign.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace SQLite {
class Database;
}

namespace mwb {

struct CampaignPlan
{
    qint64 audience = 0;            // members of the segment now
    qint64 excludedContacted = 0;   // reached by another campaign in the chosen days
    qint64 excludedOptedOut = 0;    // unsubscribed on this channel
    qint64 excludedUnreachable = 0; // no address for the channel
    qint64 treatment = 0;
    qint64 control = 0;
    std::vector<qint64> treatmentIds; // ascending
    std::vector<qint64> controlIds;   // ascending
    std::vector<int> treatmentArms;   // A/B/n: the arm (index in the spec's arms) of each treatment id
    std::vector<qint64> armSizes;     // A/B/n: members per arm
    // The audience's recent conversion rate (baselineRate()), and the smallest uplift over it
    // the smallest arm (or the treatment) against the control can show (SampleSize, α 0.05,
    // power 0.8, Bonferroni over the arms); none without history or groups.
    std::optional<double> baseline;
    std::optional<double> detectableUplift;
    // The control group is too small to show anything: no uplift is detectable, or only one at
    // least as large as the baseline itself (the campaign would have to double conversions).
    bool controlTooSmall = false;
    QString error; // names the problem (no such segment, invalid share…); empty when planned
    bool ok() const { return error.isEmpty(); }
};

struct CampaignCreated
{
    qint64 id = 0;
    CampaignPlan plan;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// A campaign of members chosen elsewhere (a programme's send step on one day).
struct CampaignWave
{
    QString name;
    QString channel;
    QString offer;
    QString audience; // shown where a campaign shows its segment
    qint64 sentAt = 0;
    int attributionDays = 14;
    qint64 costPerContactMinor = 0;
    double holdout = 0;
    quint64 seed = 0;
    QJsonObject origin; // kept as the campaign's exclusions: where the members came from
};

class CampaignStore
{
public:
    // The send date a new campaign gets unless chosen: today, or the day after the
    // workspace's data ends when that is earlier (planning on last year's export).
    static QDate defaultSendDate(SQLite::Database &db);
    // Checks a spec without the workspace: name, channel, share, window, costs, arms.
    static QString validate(const CampaignSpec &spec);
    // The arms' shares a spec asks for: its own, or equal ones.
    static std::vector<double> armShares(const CampaignSpec &spec);
    static CampaignPlan plan(SQLite::Database &db, const CampaignSpec &spec);
    static CampaignCreated create(SQLite::Database &db, const CampaignSpec &spec);
    // Writes a campaign of these members (ids ascending), in the caller's transaction; its id.
    static qint64 createWave(SQLite::Database &db, const CampaignWave &wave, const std::vector<qint64> &treatment,
                             const std::vector<qint64> &control);
    // The recent conversion rate of these customers (ascending ids): the mean, over the last
    // six windows of `windowDays` days ending on the workspace's last day of data, of the share
    // of them with an order in the window. None without data or customers.
    static std::optional<double> baselineRate(SQLite::Database &db, const std::vector<qint64> &ids, int windowDays);
    // Why the plan's treatment group is empty, naming what took everyone ("None of the 171
    // has an e-mail address."); empty when someone is left to contact. create() refuses
    // with this; the dialog disables Create and shows it.
    static QString emptyTreatmentReason(const CampaignPlan &plan, const CampaignSpec &spec);

    // Newest first.
    static QList<Campaign> list(SQLite::Database &db);
    static std::optional<Campaign> find(SQLite::Database &db, qint64 id);
    // By id ("12") or by name.
    static std::optional<Campaign> findByRef(SQLite::Database &db, const QString &ref);
    // Removes the campaign and its members; events it left on customers stay, without the campaign.
    static QString remove(SQLite::Database &db, qint64 id);
};

} // namespace mwb
