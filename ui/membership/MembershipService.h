// MembershipService: the member programme's questions of the open workspace, owned by the
// WorkspaceSession: the members by tier on a day with the migration between two days, the
// active member rate by month, and the tier rules (set or cleared, the tier histories then
// recomputed). Each runs on a worker thread with its own connection; for each live question
// the newest request wins. A change of rules is announced (tiersChanged) whoever asked.
#pragma once

#include "membership/ActiveMembers.h"
#include "membership/MemberTiers.h"
#include "membership/PointsLedger.h"
#include "membership/Referrals.h"
#include "membership/TierRules.h"

#include "WorkspaceService.h"

#include <functional>
#include <optional>

namespace mwb::ui {

struct TiersAnswer
{
    std::optional<TierRules> rules; // none: the imported tiers stand
    QDate referenceDate;            // the last day of the data (invalid: no data yet)
    QDate day;                      // the members by tier on this day
    QList<TierCount> distribution;  // empty without rules
    TierMigration migration;        // from `from` to `day`
    QDate from;
    QString currency;
    QString error;
};

struct ActiveMembersAnswer
{
    ActiveMemberSeries series;
    QDate referenceDate;
    QString error;
};

struct PointsAnswer
{
    PointsRules rules;
    PointsSummary summary; // summary.day invalid: no data yet
    QDate referenceDate;
    QString currency;
    QString error;
};

struct ReferralsAnswer
{
    ReferralSummary summary;
    std::optional<ReferralCosts> costs; // none until entered
    QString currency;
    QString error;
};

class MembershipService : public WorkspaceService
{
    Q_OBJECT

public:
    explicit MembershipService(QObject *parent = nullptr);

    // The members by tier on `day` and the migration from `from` to it (invalid dates: the
    // last day of the data, and a year before it or the first day of the data when that is later).
    void tiers(const QDate &day, const QDate &from, QObject *context, std::function<void(const TiersAnswer &)> done);
    // The active member rate at each month end of the last `months` months of the data (from
    // its first day when it is shorter), with activity in the last `windowDays` days.
    void activeMembers(int months, int windowDays, bool byTier, QObject *context,
                       std::function<void(const ActiveMembersAnswer &)> done);
    // Stores new rules (none: clears them, the imported tiers stand again) and recomputes every
    // tier history; `done` gets an error message or an empty string.
    void setRules(const std::optional<TierRules> &rules, QObject *context, std::function<void(const QString &)> done);

    // The points ledger at the end of `day` (invalid: the last day of the data) with the rules.
    void points(const QDate &day, QObject *context, std::function<void(const PointsAnswer &)> done);
    // Stores the points rules and recomputes every member's balance; `done` gets an error or "".
    void setPointsRules(const PointsRules &rules, QObject *context, std::function<void(const QString &)> done);
    // The referral programme: its counts, revenue, cost and the `top` referrers.
    void referrals(int top, QObject *context, std::function<void(const ReferralsAnswer &)> done);
    void setReferralCosts(const ReferralCosts &costs, QObject *context, std::function<void(const QString &)> done);

Q_SIGNALS:
    // The tier rules changed and the histories were recomputed.
    void tiersChanged();

private:
    quint64 m_tiersGeneration = 0;
    quint64 m_activeGeneration = 0;
    quint64 m_pointsGeneration = 0;
    quint64 m_referralsGeneration = 0;
};

} // namespace mwb::ui
