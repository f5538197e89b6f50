#include "MemberTiers.h"

#include "PointsLedger.h"

#include "lifecycle/Lifecycle.h"
#include "store/Days.h"
#include "store/WorkspaceSettings.h"
#include "vocabulary/Figures.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

constexpr int64_t kDay = 86400;

// Every review day from `first` to `last`, ascending.
std::vector<qint32> reviewDays(const TierRules &rules, qint32 first, qint32 last)
{
    std::vector<qint32> days;
    if (first > last)
        return days;
    QDate month = dateOfDay(first);
    month = QDate(month.year(), month.month(), 1);
    for (; dayNumber(month) <= last; month = month.addMonths(1)) {
        if (dayNumber(month) >= first && rules.isReviewDay(month))
            days.push_back(dayNumber(month));
    }
    return days;
}

// The highest tier the window's figures reach.
int qualifying(const TierRules &rules, const std::vector<qint64> &minimums, qint64 spendMinor, qint64 orders)
{
    // Points: the deltas summed over an unbounded window are the balance.
    const qint64 value = rules.measure == TierMeasure::Orders ? orders : spendMinor;
    int tier = 0;
    for (std::size_t i = 1; i < minimums.size(); ++i) {
        if (value >= minimums[i])
            tier = static_cast<int>(i);
    }
    return tier;
}

std::vector<qint64> minimumsOf(const TierRules &rules, int minorPerMajor)
{
    std::vector<qint64> minimums;
    for (const TierRule &tier : rules.tiers) {
        // Orders and points count whole (a minimum of 2.5 orders needs 3); spend in minor units.
        minimums.push_back(rules.measure == TierMeasure::Spend ? std::llround(tier.minimum * minorPerMajor)
                                                               : static_cast<qint64>(std::ceil(tier.minimum)));
    }
    return minimums;
}

std::vector<TierChange> historyWith(const TierRules &rules, const std::vector<qint64> &minimums,
                                    const std::vector<qint32> &reviews,
                                    const std::vector<TierTransaction> &transactions, qint32 lastDay)
{
    std::vector<TierChange> changes;
    if (transactions.empty() || transactions.front().day > lastDay)
        return changes;
    const qint32 first = transactions.front().day;
    // The days the window's figures or the rules can move the tier.
    std::vector<qint32> days;
    days.reserve(transactions.size() * 2 + 16);
    const bool windowed = rules.measure != TierMeasure::Points; // a balance never leaves a window
    for (const TierTransaction &t : transactions) {
        days.push_back(t.day);
        if (windowed)
            days.push_back(t.day + rules.windowDays);
    }
    for (auto it = std::lower_bound(reviews.begin(), reviews.end(), first); it != reviews.end() && *it <= lastDay; ++it)
        days.push_back(*it);
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());

    std::size_t in = 0;  // transactions with day <= d are in the window …
    std::size_t out = 0; // … unless day <= d - window
    qint64 spend = 0;
    qint64 orders = 0;
    int tier = -1;
    // The first day the member no longer qualified for their tier (kQualified: they do).
    constexpr qint32 kQualified = std::numeric_limits<qint32>::min();
    qint32 belowSince = kQualified;
    for (const qint32 d : days) {
        if (d < first || d > lastDay)
            continue;
        for (; in < transactions.size() && transactions[in].day <= d; ++in) {
            spend += transactions[in].amountMinor;
            orders += isOrder(transactions[in].amountMinor) ? 1 : 0;
        }
        for (; windowed && out < in && transactions[out].day <= d - rules.windowDays; ++out) {
            spend -= transactions[out].amountMinor;
            orders -= isOrder(transactions[out].amountMinor) ? 1 : 0;
        }
        const int q = qualifying(rules, minimums, spend, orders);
        if (tier < 0 || q > tier) {
            tier = q;
            belowSince = kQualified;
            changes.push_back({d, tier});
            continue;
        }
        if (q == tier) {
            belowSince = kQualified;
            continue;
        }
        if (belowSince == kQualified)
            belowSince = d;
        if (rules.isReviewDay(dateOfDay(d)) && d - belowSince >= rules.graceDays) {
            tier = q;
            belowSince = kQualified;
            changes.push_back({d, tier});
        }
    }
    return changes;
}

// The tier on `day` of each customer known then, as SQL: the last change on or before it,
// else the lowest tier (?2).
constexpr const char *kTierOn = "coalesce((SELECT t.tier FROM customer_tiers t WHERE t.customer_id = m.customer_id "
                                "AND t.day <= ?1 ORDER BY t.day DESC LIMIT 1), ?2)";

} // namespace

qint32 MemberTiers::nextReviewDay(const TierRules &rules, qint32 lastDay)
{
    QDate month = dateOfDay(lastDay).addMonths(1);
    month = QDate(month.year(), month.month(), 1);
    while (!rules.isReviewDay(month))
        month = month.addMonths(1);
    return dayNumber(month);
}

std::optional<qint32> MemberTiers::downgradeDue(const TierRules &rules,
                                                const std::vector<TierTransaction> &transactions, qint32 lastDay,
                                                int minorPerMajor)
{
    // The history run on to the next review as if nothing else happened: a change on that day
    // is a move down (no transaction can move anyone up after the last day).
    const qint32 review = nextReviewDay(rules, lastDay);
    const std::vector<TierChange> changes = history(rules, transactions, review, minorPerMajor);
    if (!changes.empty() && changes.back().day == review && review > lastDay && transactions.front().day <= lastDay)
        return review;
    return std::nullopt;
}

std::vector<TierChange> MemberTiers::history(const TierRules &rules, const std::vector<TierTransaction> &transactions,
                                             qint32 lastDay, int minorPerMajor)
{
    if (transactions.empty())
        return {};
    return historyWith(rules, minimumsOf(rules, minorPerMajor), reviewDays(rules, transactions.front().day, lastDay),
                       transactions, lastDay);
}

void MemberTiers::recompute(SQLite::Database &db)
{
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    db.exec("DELETE FROM customer_tiers");
    db.exec(
        "UPDATE customer_metrics SET tier = NULL, tier_since = NULL, tier_downgrade_at = NULL, tier_change = NULL "
        "WHERE tier IS NOT NULL OR tier_since IS NOT NULL OR tier_downgrade_at IS NOT NULL OR tier_change IS NOT NULL");
    const std::optional<TierRules> rules = TierRules::load(db);
    if (!rules) {
        removeSetting(db, WorkspaceSetting::TierHistory);
        transaction.commit();
        return;
    }
    const QDate lastDate = Lifecycle::referenceDate(db);
    const qint32 lastDay = lastDate.isValid() ? dayNumber(lastDate) : dayOfSeconds(QDateTime::currentSecsSinceEpoch());
    const int minorPerMajor = minorUnitsPerMajor(readSetting(db, WorkspaceSetting::Currency).value_or(QString()));
    const std::vector<qint64> minimums = minimumsOf(*rules, minorPerMajor);
    const qint64 firstAt =
        db.execAndGet(rules->measure == TierMeasure::Points ? "SELECT coalesce(min(occurred_at), 0) FROM points"
                                                            : "SELECT coalesce(min(ordered_at), 0) FROM transactions "
                                                              "WHERE customer_id IS NOT NULL")
            .getInt64();
    const qint32 nextReview = nextReviewDay(*rules, lastDay);
    const std::vector<qint32> reviews = reviewDays(*rules, dayOfSeconds(firstAt), nextReview);

    {
        SQLite::Statement base(db, "UPDATE customer_metrics SET tier = ?1");
        base.bind(1, rules->tiers.front().name.toStdString());
        base.exec();
    }
    SQLite::Statement insert(db, "INSERT INTO customer_tiers(customer_id, day, tier) VALUES (?1, ?2, ?3)");
    SQLite::Statement current(db,
                              "UPDATE customer_metrics SET tier = ?2, tier_since = ?3, tier_downgrade_at = ?4, "
                              "tier_change = ?5 WHERE customer_id = ?1");
    std::vector<std::string> names;
    for (const TierRule &tier : rules->tiers)
        names.push_back(tier.name.toStdString());
    auto store = [&](qint64 customer, const std::vector<TierTransaction> &transactions) {
        // Run on to the next review: a change on it is the move down due unless they buy again.
        std::vector<TierChange> changes = historyWith(*rules, minimums, reviews, transactions, nextReview);
        std::optional<qint32> downgrade;
        if (!changes.empty() && changes.back().day > lastDay) {
            if (changes.back().day == nextReview && changes.size() > 1)
                downgrade = nextReview;
            changes.pop_back();
        }
        for (const TierChange &change : changes) {
            insert.bind(1, static_cast<int64_t>(customer));
            insert.bind(2, change.day);
            insert.bind(3, names[static_cast<std::size_t>(change.tier)]);
            insert.exec();
            insert.reset();
        }
        if (!changes.empty()) {
            current.bind(1, static_cast<int64_t>(customer));
            current.bind(2, names[static_cast<std::size_t>(changes.back().tier)]);
            current.bind(3, static_cast<int64_t>(changes.back().day) * kDay);
            if (downgrade)
                current.bind(4, static_cast<int64_t>(*downgrade) * kDay);
            else
                current.bind(4);
            // The direction of the move into today's tier; none for the tier a history starts in.
            if (changes.size() > 1)
                current.bind(5, changes.back().tier > changes[changes.size() - 2].tier ? "up" : "down");
            else
                current.bind(5);
            current.exec();
            current.reset();
        }
    };
    if (rules->measure == TierMeasure::Points) {
        // Each member's balance day by day (expiries by the points rule included), as the
        // changes from one day to the next: summed without a window, they are the balance.
        const PointsRules pointsRules = PointsRules::load(db);
        SQLite::Statement entries(db,
                                  "SELECT customer_id, occurred_at, points, type FROM points INDEXED BY "
                                  "points_customer ORDER BY customer_id, occurred_at, id");
        qint64 customer = 0;
        std::vector<PointsEntry> ledger;
        std::vector<TierTransaction> changes;
        auto storeLedger = [&] {
            changes.clear();
            qint64 before = 0;
            for (const auto &[day, balance] : PointsLedger::balances(pointsRules, ledger, nextReview)) {
                changes.push_back({day, balance - before});
                before = balance;
            }
            if (!changes.empty())
                store(customer, changes);
            ledger.clear();
        };
        while (entries.executeStep()) {
            const qint64 id = entries.getColumn(0).getInt64();
            if (id != customer && !ledger.empty())
                storeLedger();
            customer = id;
            ledger.push_back({entries.getColumn(1).getInt64(), entries.getColumn(2).getInt64(),
                              PointsLedger::typeFromName(QString::fromLatin1(entries.getColumn(3).getText()))
                                  .value_or(PointsType::Adjust)});
        }
        if (!ledger.empty())
            storeLedger();
    } else {
        SQLite::Statement orders(
            db,
            "SELECT customer_id, ordered_at, amount_minor FROM transactions INDEXED BY "
            "transactions_customer WHERE customer_id IS NOT NULL ORDER BY customer_id, ordered_at");
        qint64 customer = 0;
        std::vector<TierTransaction> transactions;
        while (orders.executeStep()) {
            const qint64 id = orders.getColumn(0).getInt64();
            if (id != customer && !transactions.empty()) {
                store(customer, transactions);
                transactions.clear();
            }
            customer = id;
            transactions.push_back({dayOfSeconds(orders.getColumn(1).getInt64()), orders.getColumn(2).getInt64()});
        }
        if (!transactions.empty())
            store(customer, transactions);
    }
    writeSetting(db, WorkspaceSetting::TierHistory, u"1"_s);
    transaction.commit();
}

bool MemberTiers::ensureCurrent(SQLite::Database &db)
{
    const bool hasRules = readSetting(db, WorkspaceSetting::TierRules).has_value();
    if (!hasRules || readSetting(db, WorkspaceSetting::TierHistory))
        return false;
    recompute(db);
    return true;
}

QList<TierCount> MemberTiers::distribution(SQLite::Database &db, const QDate &day)
{
    QList<TierCount> counts;
    const std::optional<TierRules> rules = TierRules::load(db);
    if (!rules)
        return counts;
    for (const TierRule &tier : rules->tiers)
        counts.append(TierCount{tier.name, 0, 0});
    const qint32 d = dayNumber(day);
    SQLite::Statement query(db,
                            std::string("SELECT ") + kTierOn
                                + ", count(*), sum((SELECT coalesce(sum(x.amount_minor), 0) FROM transactions x "
                                  "INDEXED BY transactions_customer WHERE x.customer_id = m.customer_id "
                                  "AND x.ordered_at >= ?3 AND x.ordered_at < ?4)) FROM customer_metrics m "
                                  "WHERE mwb_stage_on(m.stage_history, ?1) IS NOT NULL GROUP BY 1");
    query.bind(1, d);
    query.bind(2, rules->tiers.front().name.toStdString());
    query.bind(3, static_cast<int64_t>(d + 1 - 365) * kDay);
    query.bind(4, static_cast<int64_t>(d + 1) * kDay);
    while (query.executeStep()) {
        const QString tier = QString::fromUtf8(query.getColumn(0).getText());
        for (TierCount &count : counts) {
            if (count.tier == tier) {
                count.members = query.getColumn(1).getInt64();
                count.revenue365Minor = query.getColumn(2).getInt64();
            }
        }
    }
    return counts;
}

TierMigration MemberTiers::migration(SQLite::Database &db, const QDate &from, const QDate &to)
{
    TierMigration matrix;
    const std::optional<TierRules> rules = TierRules::load(db);
    if (!rules)
        return matrix;
    for (const TierRule &tier : rules->tiers) {
        matrix.from << tier.name;
        matrix.to << tier.name;
    }
    matrix.from << QString(); // not yet known on the first day
    for (qsizetype i = 0; i < matrix.from.size(); ++i)
        matrix.counts.append(QList<qint64>(matrix.to.size(), 0));
    // The tier on `from` for those known then, else NULL; on `to` for everyone known then.
    SQLite::Statement query(
        db,
        "SELECT CASE WHEN mwb_stage_on(m.stage_history, ?1) IS NOT NULL THEN coalesce((SELECT t.tier FROM "
        "customer_tiers t WHERE t.customer_id = m.customer_id AND t.day <= ?1 ORDER BY t.day DESC LIMIT 1), ?3) "
        "END, coalesce((SELECT t.tier FROM customer_tiers t WHERE t.customer_id = m.customer_id AND t.day <= ?2 "
        "ORDER BY t.day DESC LIMIT 1), ?3), count(*) FROM customer_metrics m "
        "WHERE mwb_stage_on(m.stage_history, ?2) IS NOT NULL GROUP BY 1, 2");
    query.bind(1, dayNumber(from));
    query.bind(2, dayNumber(to));
    query.bind(3, rules->tiers.front().name.toStdString());
    while (query.executeStep()) {
        const qsizetype f = query.getColumn(0).isNull()
            ? matrix.from.size() - 1
            : matrix.from.indexOf(QString::fromUtf8(query.getColumn(0).getText()));
        const qsizetype t = matrix.to.indexOf(QString::fromUtf8(query.getColumn(1).getText()));
        if (f >= 0 && t >= 0)
            matrix.counts[f][t] += query.getColumn(2).getInt64();
    }
    return matrix;
}

} // namespace mwb
