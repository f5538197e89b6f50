// Member tiers by rules: the rules' JSON and its refusals; each history against a direct
// day-by-day reading of the rules on random customers (every day's window summed afresh,
// the tier moved up at once and down only on review days after the grace); a hand-worked
// downgrade on a review day; and the stored histories, today's tier, the members by tier,
// the migration matrix and the segment fields against the same direct reading.
#include "membership/MemberTiers.h"
#include "membership/PointsLedger.h"
#include "membership/TierRules.h"
#include "models/ModelFeatures.h"

#include "lifecycle/Lifecycle.h"
#include "metrics/CustomerMetrics.h"
#include "metrics/CustomerRefresh.h"
#include "metrics/RfmScores.h"
#include "segments/SegmentDefinition.h"
#include "segments/SegmentQuery.h"
#include "store/CustomerSet.h"
#include "store/Days.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace mwb;

namespace {

TierRules spendRules(TierReview review, int graceDays)
{
    TierRules rules;
    rules.measure = TierMeasure::Spend;
    rules.windowDays = 365;
    rules.review = review;
    rules.graceDays = graceDays;
    rules.tiers = {{u"Member"_s, 0}, {u"Silver"_s, 1000}, {u"Gold"_s, 5000}, {u"VIP"_s, 20000}};
    return rules;
}

// The rules read day by day: each day's window summed from scratch.
std::vector<TierChange> direct(const TierRules &rules, const std::vector<TierTransaction> &transactions, qint32 lastDay,
                               int minorPerMajor)
{
    std::vector<TierChange> changes;
    if (transactions.empty())
        return changes;
    int tier = -1;
    qint32 belowSince = -1;
    for (qint32 d = transactions.front().day; d <= lastDay; ++d) {
        qint64 spend = 0;
        qint64 orders = 0;
        for (const TierTransaction &t : transactions) {
            if (t.day <= d && t.day > d - rules.windowDays) {
                spend += t.amountMinor;
                orders += t.amountMinor > 0 ? 1 : 0;
            }
        }
        const double value = rules.measure == TierMeasure::Spend ? static_cast<double>(spend) / minorPerMajor
                                                                 : static_cast<double>(orders);
        int q = 0;
        for (int i = 1; i < rules.tiers.size(); ++i) {
            if (value >= rules.tiers[i].minimum - 1e-9)
                q = i;
        }
        if (tier < 0 || q > tier) {
            tier = q;
            belowSince = -1;
            changes.push_back({d, tier});
        } else if (q == tier) {
            belowSince = -1;
        } else {
            if (belowSince < 0)
                belowSince = d;
            const QDate date = dateOfDay(d);
            const bool review = date.day() == 1
                && (rules.review == TierReview::Monthly
                    || (rules.review == TierReview::Quarterly && (date.month() - 1) % 3 == 0)
                    || (rules.review == TierReview::Yearly && date.month() == 1));
            if (review && d - belowSince >= rules.graceDays) {
                tier = q;
                belowSince = -1;
                changes.push_back({d, tier});
            }
        }
    }
    return changes;
}

std::vector<TierTransaction> randomTransactions(QRandomGenerator &random, qint32 start)
{
    std::vector<TierTransaction> transactions;
    qint32 day = start + static_cast<qint32>(random.bounded(60));
    const int count = 1 + static_cast<int>(random.bounded(25));
    for (int i = 0; i < count; ++i) {
        // Bursts and long pauses, big and small baskets, now and then a refund.
        day += random.bounded(4) == 0 ? static_cast<qint32>(random.bounded(200, 500))
                                      : static_cast<qint32>(random.bounded(0, 40));
        const qint64 amount = random.bounded(10) == 0 ? -static_cast<qint64>(random.bounded(100, 300000))
                                                      : static_cast<qint64>(random.bounded(500, 900000));
        transactions.push_back({day, amount});
    }
    return transactions;
}

qint64 scalar(SQLite::Database &db, const std::string &sql)
{
    SQLite::Statement q(db, sql);
    return q.executeStep() ? q.getColumn(0).getInt64() : -1;
}

} // namespace

class TestMembership : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rulesJsonAndRefusals();
    void historyMatchesADayByDayReading_data();
    void historyMatchesADayByDayReading();
    void reviewDayDowngradeWorkedByHand();
    void storedTiersDistributionMigrationAndSegments();
    void pointsBalanceTiersByADayByDayReading();
    void pointsBalanceTiersWorkedByHand();
};

void TestMembership::rulesJsonAndRefusals()
{
    const TierRules rules = spendRules(TierReview::Monthly, 30);
    QString error;
    const std::optional<TierRules> back = TierRules::fromJson(rules.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJson(), rules.toJson());

    const QList<std::pair<QByteArray, const char *>> refused{
        {R"({"tiers": [{"name": "A", "min": 0}]})", "2 to 12 tiers"},
        {R"({"tiers": [{"name": "A", "min": 10}, {"name": "B", "min": 20}]})", "tiers[0]"},
        {R"({"tiers": [{"name": "A", "min": 0}, {"name": "B", "min": 0}]})", "tiers[1]"},
        {R"({"tiers": [{"name": "A", "min": 0}, {"name": "a", "min": 5}]})", "taken"},
        {R"({"measure": "visits", "tiers": [{"name": "A", "min": 0}, {"name": "B", "min": 5}]})", "measure"},
        {R"({"review": "weekly", "tiers": [{"name": "A", "min": 0}, {"name": "B", "min": 5}]})", "review"},
        {R"({"window_days": 0, "tiers": [{"name": "A", "min": 0}, {"name": "B", "min": 5}]})", "window_days"},
        {R"({"grace_days": 1.5, "tiers": [{"name": "A", "min": 0}, {"name": "B", "min": 5}]})", "grace_days"},
        {R"({"tiers": [{"name": "A", "min": 0}, {"name": "B", "min": 5}], "colour": "red"})", "colour"},
        {R"({"tiers": [{"name": "A"}, {"name": "B", "min": 5}]})", "tiers[0]"},
    };
    for (const auto &[json, expected] : refused) {
        QString why;
        QVERIFY2(!TierRules::fromJson(QJsonDocument::fromJson(json).object(), &why), json.constData());
        QVERIFY2(why.contains(QLatin1StringView(expected)), qPrintable(why));
    }
}

void TestMembership::historyMatchesADayByDayReading_data()
{
    QTest::addColumn<int>("review");
    QTest::addColumn<int>("grace");
    QTest::addColumn<bool>("orders");
    QTest::newRow("spend, monthly, no grace") << int(TierReview::Monthly) << 0 << false;
    QTest::newRow("spend, quarterly, 45 days' grace") << int(TierReview::Quarterly) << 45 << false;
    QTest::newRow("spend, yearly, 90 days' grace") << int(TierReview::Yearly) << 90 << false;
    QTest::newRow("orders, quarterly") << int(TierReview::Quarterly) << 0 << true;
}

void TestMembership::historyMatchesADayByDayReading()
{
    QFETCH(int, review);
    QFETCH(int, grace);
    QFETCH(bool, orders);
    TierRules rules = spendRules(static_cast<TierReview>(review), grace);
    if (orders) {
        rules.measure = TierMeasure::Orders;
        rules.windowDays = 180;
        rules.tiers = {{u"Member"_s, 0}, {u"Regular"_s, 2}, {u"Loyal"_s, 4}, {u"Fan"_s, 7}};
    }
    QRandomGenerator random(20261207u + static_cast<quint32>(review * 7 + grace));
    const qint32 start = dayNumber(QDate(2021, 3, 17));
    for (int customer = 0; customer < 300; ++customer) {
        const std::vector<TierTransaction> transactions = randomTransactions(random, start);
        const qint32 lastDay = transactions.back().day + static_cast<qint32>(random.bounded(0, 400));
        const std::vector<TierChange> expected = direct(rules, transactions, lastDay, 100);
        const std::vector<TierChange> actual = MemberTiers::history(rules, transactions, lastDay, 100);
        QVERIFY2(
            actual == expected,
            qPrintable(u"customer %1: %2 changes against %3"_s.arg(customer).arg(actual.size()).arg(expected.size())));
    }
}

void TestMembership::reviewDayDowngradeWorkedByHand()
{
    // Quarterly reviews, 30 days' grace, Silver from 1,000.00 in 365 days. An order of 1,200.00
    // on 2023-02-10 makes Silver that day; it leaves the window on 2024-02-10, so from then the
    // member qualifies for Member only. The review of 2024-04-01 is 51 days later (grace
    // kept): down to Member on 2024-04-01, not on 2024-02-10 and not on 2024-03-01 (no review).
    const TierRules rules = spendRules(TierReview::Quarterly, 30);
    const std::vector<TierTransaction> orders{{dayNumber(QDate(2023, 2, 10)), 120000}};
    const std::vector<TierChange> changes = MemberTiers::history(rules, orders, dayNumber(QDate(2024, 12, 31)), 100);
    QCOMPARE(changes.size(), std::size_t(2));
    QCOMPARE(changes[0], (TierChange{dayNumber(QDate(2023, 2, 10)), 1}));
    QCOMPARE(changes[1], (TierChange{dayNumber(QDate(2024, 4, 1)), 0}));
    // With 60 days' grace the review of 2024-04-01 comes too soon (51 days): 2024-07-01.
    const std::vector<TierChange> later =
        MemberTiers::history(spendRules(TierReview::Quarterly, 60), orders, dayNumber(QDate(2024, 12, 31)), 100);
    QCOMPARE(later.back(), (TierChange{dayNumber(QDate(2024, 7, 1)), 0}));
    // A second order inside the window before the review keeps Silver: no downgrade at all.
    std::vector<TierTransaction> kept = orders;
    kept.push_back({dayNumber(QDate(2024, 3, 20)), 100000});
    const std::vector<TierChange> stays = MemberTiers::history(rules, kept, dayNumber(QDate(2024, 12, 31)), 100);
    QCOMPARE(stays.size(), std::size_t(1));
}

void TestMembership::storedTiersDistributionMigrationAndSegments()
{
    QTemporaryDir dir;
    auto opened = Workspace::create(dir.filePath(u"tiers.mwb"_s));
    QVERIFY2(opened.workspace, qPrintable(opened.error.message));
    SQLite::Database &db = opened.workspace->db();
    QRandomGenerator random(77);
    const qint32 start = dayNumber(QDate(2022, 1, 1));
    std::map<qint64, std::vector<TierTransaction>> byCustomer;
    {
        SQLite::Transaction transaction(db);
        SQLite::Statement customer(db, "INSERT INTO customers(id, external_id, tier) VALUES (?1, ?2, 'imported')");
        SQLite::Statement order(db,
                                "INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor) "
                                "VALUES (?1, ?2, ?3, ?4)");
        for (qint64 id = 1; id <= 400; ++id) {
            customer.bind(1, static_cast<int64_t>(id));
            customer.bind(2, "C" + std::to_string(id));
            customer.exec();
            customer.reset();
            if (id % 10 == 0)
                continue; // never ordered: the lowest tier once known
            std::vector<TierTransaction> transactions = randomTransactions(random, start);
            // Refunds first would not be a first purchase; keep the data realistic.
            if (transactions.front().amountMinor < 0)
                transactions.front().amountMinor = -transactions.front().amountMinor;
            int n = 0;
            for (const TierTransaction &t : transactions) {
                order.bind(1, "O" + std::to_string(id) + "-" + std::to_string(n++));
                order.bind(2, static_cast<int64_t>(id));
                order.bind(3, static_cast<int64_t>(t.day) * 86400 + 3600);
                order.bind(4, static_cast<int64_t>(t.amountMinor));
                order.exec();
                order.reset();
            }
            byCustomer[id] = transactions;
        }
        // Gold buyers of a year or so before the data ends: some lose Gold at the next review
        // unless they buy again (the retain-your-tier audience), some keep it.
        qint32 end = start;
        for (const auto &[id, transactions] : byCustomer)
            end = std::max(end, transactions.back().day);
        for (qint64 id = 401; id <= 430; ++id) {
            customer.bind(1, static_cast<int64_t>(id));
            customer.bind(2, "C" + std::to_string(id));
            customer.exec();
            customer.reset();
            const TierTransaction gold{end - 270 - static_cast<qint32>((id - 401) * 5), 600000};
            order.bind(1, "G" + std::to_string(id));
            order.bind(2, static_cast<int64_t>(id));
            order.bind(3, static_cast<int64_t>(gold.day) * 86400 + 3600);
            order.bind(4, static_cast<int64_t>(gold.amountMinor));
            order.exec();
            order.reset();
            byCustomer[id] = {gold};
        }
        CustomerMetrics::recomputeAll(db);
        Lifecycle::recomputeAll(db);
        RfmScores::recompute(db);
        transaction.commit();
    }
    // Without rules: nothing computed, the imported tier stands.
    QVERIFY(!MemberTiers::ensureCurrent(db));
    const SegmentParse imported = SegmentDefinition::fromJson(
        QJsonObject{{u"field"_s, u"tier"_s}, {u"op"_s, u"="_s}, {u"value"_s, u"imported"_s}});
    QVERIFY(imported.ok());
    QCOMPARE(SegmentQuery::count(db, imported.node).count, 430);

    const TierRules rules = spendRules(TierReview::Quarterly, 30);
    {
        SQLite::Transaction transaction(db);
        QVERIFY(TierRules::save(db, rules).isEmpty());
        transaction.commit();
    }
    QVERIFY(MemberTiers::ensureCurrent(db));
    QVERIFY(!MemberTiers::ensureCurrent(db)); // current now
    const QDate last = Lifecycle::referenceDate(db);
    const qint32 lastDay = dayNumber(last);

    // Each stored history is the direct reading's; today's tier and its first day too.
    std::map<qint64, std::vector<TierChange>> expected;
    for (const auto &[id, transactions] : byCustomer)
        expected[id] = direct(rules, transactions, lastDay, 100);
    SQLite::Statement stored(db, "SELECT customer_id, day, tier FROM customer_tiers ORDER BY customer_id, day");
    std::map<qint64, std::vector<TierChange>> actual;
    while (stored.executeStep()) {
        const QString tier = QString::fromUtf8(stored.getColumn(2).getText());
        int index = 0;
        while (rules.tiers[index].name != tier)
            ++index;
        actual[stored.getColumn(0).getInt64()].push_back({stored.getColumn(1).getInt(), index});
    }
    QCOMPARE(actual.size(), expected.size());
    QVERIFY(actual == expected);
    for (const auto &[id, changes] : expected) {
        SQLite::Statement now(db, "SELECT tier, tier_since FROM customer_metrics WHERE customer_id = ?1");
        now.bind(1, static_cast<int64_t>(id));
        QVERIFY(now.executeStep());
        QCOMPARE(QString::fromUtf8(now.getColumn(0).getText()), rules.tiers[changes.back().tier].name);
        QCOMPARE(now.getColumn(1).getInt64(), qint64(changes.back().day) * 86400);
    }

    // Due for a downgrade: the direct reading run on to the next review with nothing new.
    const qint32 nextReview = MemberTiers::nextReviewDay(rules, lastDay);
    QVERIFY(nextReview > lastDay && rules.isReviewDay(dateOfDay(nextReview)));
    int due = 0;
    for (const auto &[id, transactions] : byCustomer) {
        const std::vector<TierChange> ahead = direct(rules, transactions, nextReview, 100);
        const bool goesDown = ahead.size() > expected[id].size();
        QCOMPARE(MemberTiers::downgradeDue(rules, transactions, lastDay, 100).has_value(), goesDown);
        SQLite::Statement stored(db, "SELECT tier_downgrade_at FROM customer_metrics WHERE customer_id = ?1");
        stored.bind(1, static_cast<int64_t>(id));
        QVERIFY(stored.executeStep());
        QCOMPARE(stored.getColumn(0).isNull(), !goesDown);
        if (goesDown) {
            QCOMPARE(ahead.back().day, nextReview);
            QVERIFY(ahead.back().tier < expected[id].back().tier);
            QCOMPARE(stored.getColumn(0).getInt64(), qint64(nextReview) * 86400);
            ++due;
        }
    }
    QVERIFY(due > 0);
    const SegmentParse dueSoon =
        SegmentDefinition::fromJson(QJsonObject{{u"field"_s, u"downgrade_due"_s}, {u"op"_s, u"is_not_empty"_s}});
    QVERIFY(dueSoon.ok());
    QCOMPARE(SegmentQuery::count(db, dueSoon.node).count, due);

    // The members by tier on a day: the tier of the last change by then, the lowest for the
    // known without one.
    const QDate day = last.addDays(-200);
    std::map<QString, qint64> members;
    for (qint64 id = 1; id <= 430; ++id) {
        SQLite::Statement known(db,
                                "SELECT mwb_stage_on(stage_history, ?2) IS NOT NULL FROM customer_metrics "
                                "WHERE customer_id = ?1");
        known.bind(1, static_cast<int64_t>(id));
        known.bind(2, dayNumber(day));
        QVERIFY(known.executeStep());
        if (known.getColumn(0).getInt() == 0)
            continue;
        int tier = 0;
        if (const auto it = expected.find(id); it != expected.end()) {
            for (const TierChange &change : it->second) {
                if (change.day <= dayNumber(day))
                    tier = change.tier;
            }
        }
        ++members[rules.tiers[tier].name];
    }
    const QList<TierCount> counts = MemberTiers::distribution(db, day);
    QCOMPARE(counts.size(), 4);
    for (const TierCount &count : counts)
        QCOMPARE(count.members, members[count.tier]);
    // The same as a segment: the tier on that day (tier with as_of).
    for (const TierRule &tier : rules.tiers) {
        const SegmentParse on = SegmentDefinition::fromJson(QJsonObject{{u"field"_s, u"tier"_s},
                                                                        {u"op"_s, u"="_s},
                                                                        {u"value"_s, tier.name},
                                                                        {u"as_of"_s, day.toString(Qt::ISODate)}});
        QVERIFY2(on.ok(), qPrintable(on.error));
        QCOMPARE(SegmentQuery::count(db, on.node).count, members[tier.name]);
    }
    // The direction of each member's last move: up or down from the tier before, none for
    // a history of one tier.
    std::map<QString, qint64> moves;
    for (const auto &[id, changes] : expected) {
        if (changes.size() > 1)
            ++moves[changes.back().tier > changes[changes.size() - 2].tier ? u"up"_s : u"down"_s];
    }
    QVERIFY(moves[u"up"_s] > 0 && moves[u"down"_s] > 0);
    for (const QString &direction : {u"up"_s, u"down"_s}) {
        const SegmentParse moved = SegmentDefinition::fromJson(
            QJsonObject{{u"field"_s, u"tier_change"_s}, {u"op"_s, u"="_s}, {u"value"_s, direction}});
        QVERIFY2(moved.ok(), qPrintable(moved.error));
        QCOMPARE(SegmentQuery::count(db, moved.node).count, moves[direction]);
    }

    // The migration: every customer known on the last day once, by their tier on each day.
    const TierMigration matrix = MemberTiers::migration(db, day, last);
    qint64 total = 0;
    for (const QList<qint64> &row : matrix.counts) {
        for (const qint64 n : row)
            total += n;
    }
    QCOMPARE(total,
             scalar(db,
                    "SELECT count(*) FROM customer_metrics WHERE mwb_stage_on(stage_history, " + std::to_string(lastDay)
                        + ") IS NOT NULL"));
    // Its "to" column sums are the distribution on the last day.
    const QList<TierCount> today = MemberTiers::distribution(db, last);
    for (qsizetype j = 0; j < matrix.to.size(); ++j) {
        qint64 column = 0;
        for (const QList<qint64> &row : matrix.counts)
            column += row[j];
        QCOMPARE(column, today[j].members);
    }

    // Segments read the computed tier and since when.
    const SegmentParse gold =
        SegmentDefinition::fromJson(QJsonObject{{u"field"_s, u"tier"_s}, {u"op"_s, u"="_s}, {u"value"_s, u"Gold"_s}});
    qint64 golds = 0;
    for (const auto &[id, changes] : expected)
        golds += changes.back().tier == 2 ? 1 : 0;
    QCOMPARE(SegmentQuery::count(db, gold.node).count, golds);
    QCOMPARE(SegmentQuery::count(db, imported.node).count, 0);

    // A new order marks the tiers for recomputing; the next ask recomputes them.
    {
        SQLite::Transaction transaction(db);
        db.exec("INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor) VALUES ('BIG', 10, "
                + std::to_string(qint64(lastDay) * 86400 + 7200) + ", 3000000)");
        CustomerSet changed;
        changed.insert(10);
        CustomerRefresh::afterChange(db, changed, CustomerRefresh::Changed::Anything);
        transaction.commit();
    }
    QVERIFY(MemberTiers::ensureCurrent(db));
    QCOMPARE(scalar(db, "SELECT count(*) FROM customer_metrics WHERE customer_id = 10 AND tier = 'VIP'"), 1);

    // The propensity models read the tier on their day as tier_rank: the rank of the last
    // change on or before it, 0 without one.
    const FeatureSpec spec = FeatureSpec::choose(db, lastDay);
    QCOMPARE(spec.tiers, (QStringList{u"Member"_s, u"Silver"_s, u"Gold"_s, u"VIP"_s}));
    const qsizetype rankColumn = spec.names().indexOf(u"tier_rank"_s);
    QCOMPARE(rankColumn, spec.names().size() - 1);
    FeatureRequest request;
    request.target = ModelTarget::Purchase;
    request.asOfDays = {dayNumber(day)};
    const std::vector<FeatureMatrix> matrices = ModelFeatures::build(db, spec, request);
    QCOMPARE(matrices.size(), std::size_t(1));
    const FeatureMatrix &features = matrices.front();
    QVERIFY(features.rows() > 100);
    for (std::size_t row = 0; row < features.rows(); ++row) {
        SQLite::Statement tierOn(db,
                                 "SELECT tier FROM customer_tiers WHERE customer_id = ?1 AND day <= ?2 "
                                 "ORDER BY day DESC LIMIT 1");
        tierOn.bind(1, static_cast<int64_t>(features.ids[row]));
        tierOn.bind(2, dayNumber(day));
        const QString tier = tierOn.executeStep() ? QString::fromUtf8(tierOn.getColumn(0).getText()) : u"Member"_s;
        QCOMPARE(features.row(row)[rankColumn], float(spec.tiers.indexOf(tier)));
    }

    // Without rules again: the imported tier stands.
    {
        SQLite::Transaction transaction(db);
        TierRules::clear(db);
        transaction.commit();
    }
    MemberTiers::recompute(db);
    QCOMPARE(SegmentQuery::count(db, imported.node).count, 430);
}

// Tiers by points balance: on random ledgers without an expiry rule the balance on a day is the
// sum of the entries up to it; the direct reading moves the tier day by day on that sum, up at
// once, down on review days after the grace; the stored history must be the same.
void TestMembership::pointsBalanceTiersByADayByDayReading()
{
    TierRules rules;
    rules.measure = TierMeasure::Points;
    rules.review = TierReview::Monthly;
    rules.graceDays = 20;
    rules.tiers = {{u"Member"_s, 0}, {u"Silver"_s, 500}, {u"Gold"_s, 2000}};
    QVERIFY(rules.validate().isEmpty());
    QRandomGenerator random(4242);
    const qint32 start = dayNumber(QDate(2023, 1, 1));
    for (int member = 0; member < 150; ++member) {
        std::vector<PointsEntry> ledger;
        qint32 day = start + static_cast<qint32>(random.bounded(90));
        qint64 held = 0;
        const int count = 1 + static_cast<int>(random.bounded(20));
        for (int i = 0; i < count; ++i) {
            day += static_cast<qint32>(random.bounded(0, 80));
            const bool spend = held > 0 && random.bounded(3) == 0;
            const qint64 points = spend ? -static_cast<qint64>(random.bounded(1, int(held) + 200))
                                        : static_cast<qint64>(random.bounded(10, 1500));
            held += points;
            ledger.push_back({qint64(day) * 86400 + 3600, points, spend ? PointsType::Redeem : PointsType::Earn});
        }
        const qint32 lastDay = day + 120;
        // The balance day by day, read directly: the sum of the entries so far.
        std::vector<TierTransaction> sums; // (day, balance change) as the history reads it
        const auto steps = PointsLedger::balances(PointsRules{}, ledger, lastDay);
        qint64 before = 0;
        for (const auto &[d, balance] : steps) {
            qint64 direct = 0;
            for (const PointsEntry &e : ledger)
                direct += dayOfSeconds(e.at) <= d ? e.points : 0;
            QCOMPARE(balance, direct);
            sums.push_back({d, balance - before});
            before = balance;
        }
        std::vector<TierChange> expected;
        int tier = -1;
        qint32 belowSince = -1;
        for (qint32 d = dayOfSeconds(ledger.front().at); d <= lastDay; ++d) {
            qint64 balance = 0;
            for (const PointsEntry &e : ledger)
                balance += dayOfSeconds(e.at) <= d ? e.points : 0;
            int q = 0;
            for (int i = 1; i < rules.tiers.size(); ++i) {
                if (balance >= qint64(rules.tiers[i].minimum))
                    q = i;
            }
            if (tier < 0 || q > tier) {
                tier = q;
                belowSince = -1;
                expected.push_back({d, tier});
            } else if (q == tier) {
                belowSince = -1;
            } else {
                if (belowSince < 0)
                    belowSince = d;
                if (dateOfDay(d).day() == 1 && d - belowSince >= rules.graceDays) {
                    tier = q;
                    belowSince = -1;
                    expected.push_back({d, tier});
                }
            }
        }
        QVERIFY2(MemberTiers::history(rules, sums, lastDay, 100) == expected, qPrintable(QString::number(member)));
    }
}

// The ledger of tst_points (100 earned, 50 earned, 30 redeemed, 10 adjusted down, the first
// lot expiring under a 12-month rule, 70 redeemed, 40 earned) under Silver from 100 and Gold
// from 150, reviewed quarterly without grace: Silver on 2024-01-10, Gold on 2024-03-01, down to
// Silver on the review of 2024-04-01 (120 points), down to Member on the review of 2025-04-01
// (the balance fell to 50 when the first lot expired on 2025-01-10). Stored through a workspace.
void TestMembership::pointsBalanceTiersWorkedByHand()
{
    QTemporaryDir dir;
    auto opened = Workspace::create(dir.filePath(u"points.mwb"_s));
    QVERIFY2(opened.workspace, qPrintable(opened.error.message));
    SQLite::Database &db = opened.workspace->db();
    const auto at = [](int y, int m, int d) { return qint64(dayNumber(QDate(y, m, d))) * 86400 + 3600; };
    {
        SQLite::Transaction transaction(db);
        db.exec("INSERT INTO customers(id, external_id) VALUES (1, 'M1')");
        SQLite::Statement insert(db,
                                 "INSERT INTO points(customer_id, occurred_at, points, type, content_key) "
                                 "VALUES (1, ?1, ?2, ?3, ?4)");
        const std::vector<std::tuple<qint64, qint64, const char *>> ledger = {
            {at(2024, 1, 10), 100, "earn"},   {at(2024, 3, 1), 50, "earn"},     {at(2024, 4, 1), -30, "redeem"},
            {at(2024, 6, 15), -10, "adjust"}, {at(2025, 1, 12), -60, "expire"}, {at(2025, 2, 1), -70, "redeem"},
            {at(2025, 2, 5), 40, "earn"}};
        int key = 0;
        for (const auto &[when, points, type] : ledger) {
            insert.bind(1, static_cast<int64_t>(when));
            insert.bind(2, static_cast<int64_t>(points));
            insert.bind(3, type);
            insert.bind(4, "k" + std::to_string(++key));
            insert.exec();
            insert.reset();
        }
        // The data runs to mid-2025, so the reference day is after the 2025-04-01 review.
        db.exec("INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor) VALUES ('O1', 1, "
                + std::to_string(at(2025, 6, 30)) + ", 100)");
        CustomerMetrics::recomputeAll(db);
        PointsRules points;
        points.expiryMonths = 12;
        QVERIFY(PointsRules::save(db, points).isEmpty());
        TierRules rules;
        rules.measure = TierMeasure::Points;
        rules.review = TierReview::Quarterly;
        rules.tiers = {{u"Member"_s, 0}, {u"Silver"_s, 100}, {u"Gold"_s, 150}};
        QVERIFY(TierRules::save(db, rules).isEmpty());
        Lifecycle::recomputeAll(db);
        transaction.commit();
    }
    QVERIFY(MemberTiers::ensureCurrent(db));
    SQLite::Statement stored(db, "SELECT day, tier FROM customer_tiers WHERE customer_id = 1 ORDER BY day");
    QStringList history;
    while (stored.executeStep())
        history << dateOfDay(stored.getColumn(0).getInt()).toString(Qt::ISODate) + u' '
                + QString::fromUtf8(stored.getColumn(1).getText());
    QCOMPARE(
        history,
        (QStringList{u"2024-01-10 Silver"_s, u"2024-03-01 Gold"_s, u"2024-04-01 Silver"_s, u"2025-04-01 Member"_s}));
    QCOMPARE(TierRules::load(db)->toJson().value(u"measure"_s).toString(), u"points"_s);
}

QTEST_GUILESS_MAIN(TestMembership)
#include "tst_membership.moc"
