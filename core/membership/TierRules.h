// TierRules: how members move between tiers (docs/MEMBERSHIP.md is the exact meaning).
//
// Ordered tiers, each with the least a member must reach on a rolling window to hold it:
// spend (orders less refunds, in the workspace currency) or orders in the last
// `windowDays` days, or else the points balance they hold that day. The lowest tier's minimum is 0: every customer is in it until they
// reach the next. A member moves up the day they qualify; they move down only on a review
// day (the first of each month, quarter or year), and only when they have not qualified for
// their tier for at least `graceDays` days by then, to the tier they qualify for on that day.
//
// Kept in the workspace's settings as JSON:
//   {"measure": "spend", "window_days": 365, "review": "quarterly", "grace_days": 0,
//    "tiers": [{"name": "Member", "min": 0}, {"name": "Silver", "min": 1000},
//              {"name": "Gold", "min": 5000}]}
// Without rules the tier imported with each customer stands.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace SQLite {
class Database;
}

namespace mwb {

enum class TierMeasure {
    Spend,  // orders less refunds in the window, in major units of the currency
    Orders, // orders in the window
    Points, // the points balance on the day (membership/PointsLedger.h); the window plays no part
};

enum class TierReview {
    Monthly,
    Quarterly,
    Yearly,
};

struct TierRule
{
    QString name;
    double minimum = 0; // major units (spend) or orders
};

struct TierRules
{
    TierMeasure measure = TierMeasure::Spend;
    int windowDays = 365;
    TierReview review = TierReview::Quarterly;
    int graceDays = 0;
    QList<TierRule> tiers; // lowest first, the first with minimum 0

    QJsonObject toJson() const;
    // The rules a JSON object says, or an error naming the key at fault.
    static std::optional<TierRules> fromJson(const QJsonObject &object, QString *error);
    // Checks the rules: 2 to 12 tiers with distinct names, the lowest at 0 and every next one
    // above the last, a window of 1 to 1,095 days, a grace of 0 to 730 days.
    QString validate() const;
    // Whether `day` is a review day (the first of a month, a quarter or a year).
    bool isReviewDay(const QDate &day) const;

    // The stored rules; none without rules (or with stored rules that no longer read).
    static std::optional<TierRules> load(SQLite::Database &db);
    // Stores valid rules (the caller's transaction) and marks the stored tiers for recomputing.
    static QString save(SQLite::Database &db, const TierRules &rules);
    // Removes the rules and the computed tiers: imported tiers stand again.
    static void clear(SQLite::Database &db);

    static QString measureName(TierMeasure measure);
    static QString reviewName(TierReview review);
};

} // namespace mwb
