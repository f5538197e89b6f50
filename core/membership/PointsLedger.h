// PointsLedger: the member programme's points (docs/MEMBERSHIP.md is the exact meaning).
//
// The ledger is the points table: each earn (+), redeem (-), expire (-) or adjust of a
// member's points, as imported. A member's points are lots, one per earning, used oldest
// first by redemptions, negative adjustments and recorded expiries. Under an expiry rule
// (PointsRules: points expire M months after they were earned) what is left of a lot on its
// expiry day expires; a recorded expiry settles those first, so a source system that records
// its own expiries under the same rule is not counted twice. Without a rule points never
// expire. A member who spends more than they hold has a negative balance, which later
// earnings pay back first.
//
// Figures on a day (PointsPosition; summed over members by summary()):
//   issued      points earned and positive adjustments up to the day
//   redeemed    points redeemed
//   expired     points expired, recorded or by the rule
//   adjusted    negative adjustments
//   outstanding issued - redeemed - expired - adjusted: the balance members hold
//   expiring    of the outstanding points, those that expire within the notice period after the day
// Points liability = outstanding × the point's value (PointsRules); redemption rate =
// redeemed ÷ issued.
//
// Each member's position on the workspace's reference day is kept in customer_metrics
// (points_balance, points_expiring, points_expire_at) for lists and segments, computed again
// when next asked after a change (ensureCurrent).
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace SQLite {
class Database;
}

namespace mwb {

enum class PointsType {
    Earn,
    Redeem,
    Expire,
    Adjust,
};

struct PointsRules
{
    int expiryMonths = 0;  // points expire this many months after they were earned; 0: never
    double pointValue = 0; // what one point is worth in the workspace currency; 0: not set
    int noticeDays = 30;   // "expiring soon": within this many days

    QJsonObject toJson() const; // {"expiry_months": 24, "point_value": 0.01, "notice_days": 30}
    static std::optional<PointsRules> fromJson(const QJsonObject &object, QString *error);
    // Expiry of 0 to 120 months, a value of 0 to 1,000,000, notice of 1 to 365 days.
    QString validate() const;

    static PointsRules load(SQLite::Database &db); // the defaults when none are stored
    static QString save(SQLite::Database &db, const PointsRules &rules);
    static void clear(SQLite::Database &db);
};

struct PointsEntry
{
    qint64 at = 0;     // epoch seconds
    qint64 points = 0; // signed as stored
    PointsType type = PointsType::Earn;
};

struct PointsPosition
{
    qint64 issued = 0;
    qint64 redeemed = 0;
    qint64 expired = 0;
    qint64 adjusted = 0;
    qint64 outstanding = 0;
    qint64 expiring = 0;                 // within the notice period after the day
    std::optional<qint32> nextExpiryDay; // when the oldest points held expire (under a rule)
};

struct PointsSummary
{
    QDate day;
    qint64 issued = 0;
    qint64 redeemed = 0;
    qint64 expired = 0;
    qint64 adjusted = 0;
    qint64 outstanding = 0;
    qint64 expiring = 0;
    qint64 membersWithPoints = 0; // members whose balance is above 0
    int noticeDays = 30;
    std::optional<qint64> liabilityMinor; // outstanding × point value, minor units; none without a value
    std::optional<double> redemptionRate; // redeemed ÷ issued; none before any points were issued
};

class PointsLedger
{
public:
    static std::optional<PointsType> typeFromName(const QString &name); // "earn", "redeem", …
    static QString typeName(PointsType type);

    // One member's position at the end of `day` (days since 1970-01-01) from their entries in
    // time order (those after the day are left out).
    static PointsPosition position(const PointsRules &rules, const std::vector<PointsEntry> &entries, qint32 day);

    // A member's balance (outstanding points) day by day up to `lastDay`: the days it changes
    // (an entry, or points the rule expires) with the balance at the end of each, in order.
    static std::vector<std::pair<qint32, qint64>> balances(const PointsRules &rules,
                                                           const std::vector<PointsEntry> &entries, qint32 lastDay);

    // Every member's position at the end of `day`, summed.
    static PointsSummary summary(SQLite::Database &db, const QDate &day);
    // One customer's entries in time order.
    static std::vector<PointsEntry> entries(SQLite::Database &db, qint64 customerId);

    // Stores each member's position on the reference day in customer_metrics.
    static void recompute(SQLite::Database &db);
    // Recomputes when the ledger, the orders or the rules changed since; true when it did.
    static bool ensureCurrent(SQLite::Database &db);
};

} // namespace mwb
