// MemberTiers: every customer's tier history under the workspace's tier rules
// (TierRules), the tier on any day, the members by tier and the moves between two days.
//
// A customer's history starts on the day of their first transaction, in the tier the
// window up to that day qualifies them for, and follows the rules: up the day they qualify
// for a higher tier, down only on a review day after the grace. It is computed from the
// orders event by event (the days an order lands or leaves the window, and review days),
// stored as one row per change in customer_tiers, and the tier today with its first day in
// customer_metrics (tier, tier_since), which the customers table, exports and segments read
// before the imported tier, with the next review day on which the member goes down unless
// they buy again (tier_downgrade_at: the retain-your-tier play). A change of orders marks the
// history for recomputing; it is computed again when next asked (ensureCurrent).
#pragma once

#include "TierRules.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace SQLite {
class Database;
}

namespace mwb {

struct TierChange
{
    qint32 day = 0; // from this day on (days since 1970-01-01)
    int tier = 0;   // index in the rules' tiers
    bool operator==(const TierChange &) const = default;
};

struct TierTransaction
{
    qint32 day = 0;
    qint64 amountMinor = 0; // > 0 an order, < 0 a refund
};

struct TierCount
{
    QString tier;
    qint64 members = 0;
    qint64 revenue365Minor = 0; // the members' orders less refunds in the 365 days to the day
};

struct TierMigration
{
    QStringList from;            // the tiers on the first day, then "" for customers not yet known then
    QStringList to;              // the tiers on the second day
    QList<QList<qint64>> counts; // counts[from][to]
};

class MemberTiers
{
public:
    // The next review day after `lastDay` (days since 1970-01-01).
    static qint32 nextReviewDay(const TierRules &rules, qint32 lastDay);
    // The day a member goes down on at the next review after `lastDay` if they make no other
    // transaction; none when they keep their tier then (or have no history).
    static std::optional<qint32> downgradeDue(const TierRules &rules, const std::vector<TierTransaction> &transactions,
                                              qint32 lastDay, int minorPerMajor);

    // One customer's tier changes from their first transaction up to `lastDay` (transactions
    // by day, ascending); `minorPerMajor` turns spend minimums into minor units.
    static std::vector<TierChange> history(const TierRules &rules, const std::vector<TierTransaction> &transactions,
                                           qint32 lastDay, int minorPerMajor);

    // Recomputes every history under the stored rules (none: clears them), in one transaction.
    static void recompute(SQLite::Database &db);
    // Recomputes when the orders or rules changed since; true when it did.
    static bool ensureCurrent(SQLite::Database &db);

    // The members by tier on a day, lowest tier first: customers known on the day (their
    // lifecycle stage is defined), in the tier of their last change on or before it, the lowest
    // without one. Empty without rules.
    static QList<TierCount> distribution(SQLite::Database &db, const QDate &day);
    // Customers known on `to`, by their tier on `from` (or not yet known) and on `to`.
    static TierMigration migration(SQLite::Database &db, const QDate &from, const QDate &to);
};

} // namespace mwb
