// Saved segments (names, definitions, remembered counts, snapshots that freeze members)
// and the RFM scores and named segments of docs/SEGMENTS.md on hand-built customers whose
// scores are worked out by hand, ties included.
#include "lifecycle/Lifecycle.h"
#include "metrics/CustomerMetrics.h"
#include "metrics/RfmScores.h"
#include "segments/SegmentDefinition.h"
#include "segments/SegmentQuery.h"
#include "segments/SegmentStore.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mwb;

namespace {

constexpr qint64 kSecondsPerDay = 86400;
const qint32 kReferenceDay = 19904; // 2024-06-30

void addCustomer(SQLite::Database &db, qint64 id, const QString &city)
{
    SQLite::Statement insert(db, "INSERT INTO customers(id, external_id, city) VALUES (?1, ?2, ?3)");
    insert.bind(1, static_cast<int64_t>(id));
    insert.bind(2, "C" + std::to_string(id));
    insert.bind(3, city.toStdString());
    insert.exec();
}

void addOrder(SQLite::Database &db, qint64 customer, qint64 at, qint64 amountMinor)
{
    static int ref = 0;
    SQLite::Statement insert(db,
                             "INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor) "
                             "VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, "R" + std::to_string(++ref));
    insert.bind(2, static_cast<int64_t>(customer));
    insert.bind(3, static_cast<int64_t>(at));
    insert.bind(4, static_cast<int64_t>(amountMinor));
    insert.exec();
}

void refresh(SQLite::Database &db)
{
    SQLite::Transaction transaction(db);
    CustomerMetrics::recomputeAll(db);
    Lifecycle::recomputeAll(db);
    RfmScores::recompute(db);
    transaction.commit();
}

QJsonObject cityIs(const QString &city)
{
    return QJsonObject{{u"field"_s, u"city"_s}, {u"op"_s, u"="_s}, {u"value"_s, city}};
}

} // namespace

class TestSegmentStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void savedSegments();
    void snapshotFreezesMembers();
    void rfmScoresWithTies();
    void rfmNamesForEveryCell();
    void rfmScoresMatchTheirDefinition();

private:
    QTemporaryDir m_dir;
};

void TestSegmentStore::savedSegments()
{
    auto created = Workspace::create(m_dir.filePath(u"store.mwb"_s), {u"CN"_s, u"CNY"_s});
    QVERIFY(created.workspace);
    SQLite::Database &db = created.workspace->db();

    const QJsonObject shanghai = cityIs(u"Shanghai"_s);
    const SegmentSaveResult saved = SegmentStore::save(db, u"Shanghai"_s, shanghai);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    QVERIFY(saved.id > 0);
    QVERIFY(!SegmentStore::save(db, u"Shanghai"_s, cityIs(u"x"_s)).ok()); // taken
    QVERIFY(!SegmentStore::save(db, QString(), shanghai).ok());
    const SegmentSaveResult invalid =
        SegmentStore::save(db, u"Bad"_s, QJsonObject{{u"field"_s, u"cty"_s}, {u"op"_s, u"="_s}, {u"value"_s, u"x"_s}});
    QVERIFY(!invalid.ok());
    QVERIFY2(invalid.error.contains(u"cty"_s), qPrintable(invalid.error));
    QVERIFY(!SegmentStore::findByName(db, u"Bad"_s));

    const QJsonObject beijing{{u"any"_s, QJsonArray{cityIs(u"Beijing"_s), cityIs(u"北京"_s)}}};
    const SegmentSaveResult second = SegmentStore::save(db, u"北京客户"_s, beijing);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QList<SavedSegment> list = SegmentStore::list(db);
    QCOMPARE(list.size(), 2);
    const auto found = SegmentStore::find(db, saved.id);
    QVERIFY(found);
    QCOMPARE(found->name, u"Shanghai"_s);
    QCOMPARE(found->definition, shanghai);
    QVERIFY(!found->lastCount);
    QCOMPARE(SegmentStore::findByName(db, u"北京客户"_s)->definition, beijing);

    // Rename: refuses empty and taken names, keeps the definition.
    QVERIFY(!SegmentStore::rename(db, saved.id, u"北京客户"_s).isEmpty());
    QVERIFY(!SegmentStore::rename(db, saved.id, QString()).isEmpty());
    QCOMPARE(SegmentStore::rename(db, saved.id, u"Shanghai buyers"_s), QString());
    QCOMPARE(SegmentStore::find(db, saved.id)->name, u"Shanghai buyers"_s);
    QVERIFY(!SegmentStore::findByName(db, u"Shanghai"_s));

    // Duplicate: "(copy)", then "(copy 2)", same definition, new ids.
    const SegmentSaveResult copy = SegmentStore::duplicate(db, saved.id);
    QVERIFY2(copy.ok(), qPrintable(copy.error));
    QCOMPARE(SegmentStore::find(db, copy.id)->name, u"Shanghai buyers (copy)"_s);
    QCOMPARE(SegmentStore::find(db, copy.id)->definition, shanghai);
    const SegmentSaveResult copy2 = SegmentStore::duplicate(db, saved.id);
    QVERIFY2(copy2.ok(), qPrintable(copy2.error));
    QCOMPARE(SegmentStore::find(db, copy2.id)->name, u"Shanghai buyers (copy 2)"_s);
    QVERIFY(copy.id != saved.id && copy2.id != copy.id);

    // Update: a valid definition replaces it; an invalid one leaves it as it was.
    QCOMPARE(SegmentStore::updateDefinition(db, copy.id, beijing), QString());
    QCOMPARE(SegmentStore::find(db, copy.id)->definition, beijing);
    const QString refused = SegmentStore::updateDefinition(db, copy.id, QJsonObject{{u"not"_s, QJsonArray{}}});
    QVERIFY(!refused.isEmpty());
    QCOMPARE(SegmentStore::find(db, copy.id)->definition, beijing);

    SegmentStore::recordCount(db, saved.id, 42);
    QCOMPARE(SegmentStore::find(db, saved.id)->lastCount, 42);
    QVERIFY(SegmentStore::find(db, saved.id)->lastCountedAt.isValid());
    QVERIFY(!SegmentStore::find(db, copy.id)->lastCount);

    QCOMPARE(SegmentStore::remove(db, copy2.id), QString());
    QVERIFY(!SegmentStore::find(db, copy2.id));
    list = SegmentStore::list(db);
    QCOMPARE(list.size(), 3);
    QStringList names;
    for (const SavedSegment &s : std::as_const(list))
        names << s.name;
    names.sort();
    QCOMPARE(names, (QStringList{u"Shanghai buyers"_s, u"Shanghai buyers (copy)"_s, u"北京客户"_s}));
}

void TestSegmentStore::snapshotFreezesMembers()
{
    auto created = Workspace::create(m_dir.filePath(u"snapshot.mwb"_s), {u"CN"_s, u"CNY"_s});
    QVERIFY(created.workspace);
    SQLite::Database &db = created.workspace->db();
    for (qint64 id = 1; id <= 6; ++id)
        addCustomer(db, id, id % 2 ? u"Shanghai"_s : u"Beijing"_s);
    refresh(db);
    const QJsonObject definition = cityIs(u"shanghai"_s);
    const SegmentSaveResult saved = SegmentStore::save(db, u"Shanghai"_s, definition);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    const SegmentNode node = SegmentDefinition::fromJson(definition).node;
    const QList<qint64> before = SegmentQuery::ids(db, node);
    QCOMPARE(before, (QList<qint64>{1, 3, 5}));

    QString error;
    const auto snapshot = SegmentStore::snapshot(db, saved.id, &error);
    QVERIFY2(snapshot, qPrintable(error));
    QCOMPARE(snapshot->segmentId, saved.id);
    QCOMPARE(snapshot->customers, 3);
    QCOMPARE(SegmentStore::snapshotMembers(db, snapshot->id), before);

    // The data changes: the live segment follows, the snapshot does not.
    SQLite::Statement move(db, "UPDATE customers SET city = ?2 WHERE id = ?1");
    move.bind(1, static_cast<int64_t>(2));
    move.bind(2, "SHANGHAI");
    move.exec();
    addCustomer(db, 7, u"Shanghai"_s);
    refresh(db);
    QCOMPARE(SegmentQuery::ids(db, node), (QList<qint64>{1, 2, 3, 5, 7}));
    QCOMPARE(SegmentStore::snapshotMembers(db, snapshot->id), before);
    const QList<SegmentSnapshot> snapshots = SegmentStore::snapshots(db, saved.id);
    QCOMPARE(snapshots.size(), 1);
    QCOMPARE(snapshots.first().customers, 3);

    const auto later = SegmentStore::snapshot(db, saved.id, &error);
    QVERIFY2(later, qPrintable(error));
    QCOMPARE(SegmentStore::snapshotMembers(db, later->id), (QList<qint64>{1, 2, 3, 5, 7}));
    QCOMPARE(SegmentStore::snapshots(db, saved.id).size(), 2);
    QCOMPARE(SegmentStore::snapshotMembers(db, snapshot->id), before);

    error.clear();
    QVERIFY(!SegmentStore::snapshot(db, 9999, &error));
    QVERIFY(!error.isEmpty());
}

void TestSegmentStore::rfmScoresWithTies()
{
    auto created = Workspace::create(m_dir.filePath(u"rfm.mwb"_s), {u"CN"_s, u"CNY"_s});
    QVERIFY(created.workspace);
    SQLite::Database &db = created.workspace->db();
    // Ten buyers and one who never bought. n = 10, so a score is 1 + ⌊k/2⌋ with k buyers
    // strictly worse. Last orders on one day share R whatever their time of day (recency
    // is counted in days); the refund lowers C5's revenue but is not an order.
    struct Buyer
    {
        qint64 id;
        int lastDaysAgo;
        int secondsIntoDay;
        QList<qint64> amounts; // the last one on lastDaysAgo, the others 20 days earlier each
        int r, f, m;
        const char *segment;
    };
    const QList<Buyer> buyers{
        {1, 100, 3600, {10000}, 1, 1, 1, "Lost"},
        {2, 100, 80000, {10000}, 1, 1, 1, "Lost"},
        {3, 50, 100, {20000}, 2, 1, 2, "Hibernating"},
        {4, 50, 200, {30000}, 2, 1, 2, "Hibernating"},
        {5, 10, 300, {40000, -10000}, 3, 1, 2, "About to sleep"},
        {6, 10, 400, {20000, 20000}, 3, 3, 3, "Need attention"},
        {7, 5, 500, {25000, 25000}, 4, 3, 4, "Potential loyalist"},
        {8, 0, 8 * 3600, {20000, 20000, 20000}, 4, 4, 4, "Loyal"},
        {9, 0, 12 * 3600, {14000, 14000, 14000, 14000, 14000}, 4, 5, 5, "Loyal"},
        {10, 0, 20 * 3600, {14000, 14000, 14000, 14000, 14000}, 4, 5, 5, "Loyal"},
    };
    for (const Buyer &b : buyers) {
        addCustomer(db, b.id, u"x"_s);
        const qint32 lastDay = kReferenceDay - b.lastDaysAgo;
        for (qsizetype i = 0; i < b.amounts.size(); ++i) {
            const qint64 amount = b.amounts[i];
            if (amount < 0) { // the refund: after the last order, same day
                addOrder(db, b.id, lastDay * kSecondsPerDay + b.secondsIntoDay + 60, amount);
                continue;
            }
            const qint32 day = lastDay - 20 * int(b.amounts.size() - 1 - i);
            addOrder(db, b.id, day * kSecondsPerDay + b.secondsIntoDay, amount);
        }
    }
    addCustomer(db, 11, u"x"_s);
    refresh(db);
    QCOMPARE(Lifecycle::referenceDate(db), dateOfDay(kReferenceDay));

    QStringList wrong;
    SQLite::Statement scores(
        db, "SELECT r_score, f_score, m_score, rfm_segment FROM customer_metrics WHERE customer_id = ?1");
    for (const Buyer &b : buyers) {
        scores.bind(1, static_cast<int64_t>(b.id));
        QVERIFY(scores.executeStep());
        const QString got = u"%1/%2/%3 %4"_s.arg(scores.getColumn(0).getInt())
                                .arg(scores.getColumn(1).getInt())
                                .arg(scores.getColumn(2).getInt())
                                .arg(QString::fromStdString(scores.getColumn(3).getString()));
        const QString want = u"%1/%2/%3 %4"_s.arg(b.r).arg(b.f).arg(b.m).arg(QString::fromUtf8(b.segment));
        if (got != want)
            wrong << u"customer %1: R/F/M %2, expected %3"_s.arg(b.id).arg(got, want);
        scores.reset();
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"; "_s)));
    scores.bind(1, static_cast<int64_t>(11));
    QVERIFY(scores.executeStep());
    for (int c = 0; c < 4; ++c)
        QVERIFY(scores.getColumn(c).isNull());
    scores.reset();

    // The grid: one cell per (R, F), summing to the scored customers and their revenue.
    const RfmGrid grid = RfmScores::grid(db);
    QCOMPARE(grid.scored, 10);
    qint64 customers = 0, revenue = 0;
    for (int r = 0; r < 5; ++r) {
        for (int f = 0; f < 5; ++f) {
            customers += grid.customers[r][f];
            revenue += grid.revenueMinor[r][f];
        }
    }
    QCOMPARE(customers, grid.scored);
    QCOMPARE(revenue, 10000 + 10000 + 20000 + 30000 + 30000 + 40000 + 50000 + 60000 + 70000 + 70000);
    QCOMPARE(grid.customers[0][0], 2);
    QCOMPARE(grid.customers[1][0], 2);
    QCOMPARE(grid.customers[2][0], 1);
    QCOMPARE(grid.customers[2][2], 1);
    QCOMPARE(grid.customers[3][2], 1);
    QCOMPARE(grid.customers[3][3], 1);
    QCOMPARE(grid.customers[3][4], 2);
    QCOMPARE(grid.revenueMinor[3][4], 140000);

    // The segment conditions read the same scores.
    const auto count = [&](const char *json) {
        return SegmentQuery::count(db, SegmentDefinition::fromText(json).node).count;
    };
    QCOMPARE(count(R"({"field": "rfm_segment", "op": "=", "value": "Loyal"})"), 3);
    QCOMPARE(count(R"({"field": "r_score", "op": "=", "value": 4})"), 4);
    QCOMPARE(count(R"({"field": "m_score", "op": "is_empty"})"), 1);
}

void TestSegmentStore::rfmNamesForEveryCell()
{
    // The table of SEGMENTS.md, row R = 5 first, columns F = 1 … 5.
    const char *table[5][5] = {
        {"New", "Potential loyalist", "Potential loyalist", "Champions", "Champions"},
        {"Promising", "Potential loyalist", "Potential loyalist", "Loyal", "Loyal"},
        {"About to sleep", "About to sleep", "Need attention", "Loyal", "Loyal"},
        {"Hibernating", "Hibernating", "At risk", "At risk", "Can't lose them"},
        {"Lost", "Hibernating", "At risk", "At risk", "Can't lose them"},
    };
    for (int r = 5; r >= 1; --r) {
        for (int f = 1; f <= 5; ++f)
            QCOMPARE(RfmScores::segmentName(r, f), QString::fromUtf8(table[5 - r][f - 1]));
    }
    QCOMPARE(
        RfmScores::segmentNames(),
        (QStringList{u"Champions"_s, u"Loyal"_s, u"Potential loyalist"_s, u"New"_s, u"Promising"_s, u"Need attention"_s,
                     u"About to sleep"_s, u"At risk"_s, u"Can't lose them"_s, u"Hibernating"_s, u"Lost"_s}));
}

QTEST_GUILESS_MAIN(TestSegmentStore)
#include "tst_segmentstore.moc"

// Random buyers with many ties, scored again after new orders: every score is 1 + ⌊5·k/n⌋
// counted here from its definition (k buyers strictly worse, recency in whole days).
void TestSegmentStore::rfmScoresMatchTheirDefinition()
{
    QRandomGenerator random(20261130);
    const QList<int> sizes{1, 2, 3, 4, 5, 6, 7, 11, 40, 137};
    for (const int n : sizes) {
        auto created = Workspace::create(m_dir.filePath(u"rfm-random-%1.mwb"_s.arg(n)), {u"CN"_s, u"CNY"_s});
        QVERIFY(created.workspace);
        SQLite::Database &db = created.workspace->db();
        for (qint64 id = 1; id <= n + 2; ++id) // two never buy
            addCustomer(db, id, u"x"_s);
        const auto addOrders = [&] {
            for (qint64 id = 1; id <= n; ++id) {
                const int orders = 1 + random.bounded(random.bounded(2) ? 2 : 6);
                for (int o = 0; o < orders; ++o) {
                    // Few days (with times across the day, before 1970 too) and few amounts: ties.
                    const qint64 day = kReferenceDay - 20000 + 2000 * random.bounded(12);
                    addOrder(db, id, day * kSecondsPerDay + random.bounded(86400), 1000 * (1 + random.bounded(4)));
                }
            }
        };
        for (int round = 0; round < 2; ++round) {
            addOrders();
            refresh(db);
            struct Row
            {
                qint64 id, day, orders, revenue;
                int r, f, m;
                QString segment;
            };
            QList<Row> rows;
            SQLite::Statement query(db,
                                    "SELECT customer_id, last_purchase_at, orders, revenue_minor, r_score, f_score, "
                                    "m_score, rfm_segment FROM customer_metrics WHERE orders > 0");
            while (query.executeStep()) {
                const qint64 at = query.getColumn(1).getInt64();
                rows.append({query.getColumn(0).getInt64(),
                             at >= 0 ? at / kSecondsPerDay : -((-at + kSecondsPerDay - 1) / kSecondsPerDay),
                             query.getColumn(2).getInt64(), query.getColumn(3).getInt64(), query.getColumn(4).getInt(),
                             query.getColumn(5).getInt(), query.getColumn(6).getInt(),
                             QString::fromStdString(query.getColumn(7).getString())});
            }
            QCOMPARE(rows.size(), n);
            const auto score = [&rows](qint64 value, qint64 Row::*member) {
                qint64 below = 0;
                for (const Row &other : rows)
                    below += other.*member < value ? 1 : 0;
                return 1 + static_cast<int>(5 * below / rows.size());
            };
            for (const Row &row : rows) {
                const int r = score(row.day, &Row::day);
                const int f = score(row.orders, &Row::orders);
                const int m = score(row.revenue, &Row::revenue);
                QVERIFY2(row.r == r && row.f == f && row.m == m && row.segment == RfmScores::segmentName(r, f),
                         qPrintable(u"n %1, round %2, customer %3: %4/%5/%6 %7, expected %8/%9/%10"_s.arg(n)
                                        .arg(round)
                                        .arg(row.id)
                                        .arg(row.r)
                                        .arg(row.f)
                                        .arg(row.m)
                                        .arg(row.segment)
                                        .arg(r)
                                        .arg(f)
                                        .arg(m)));
            }
            SQLite::Statement unscored(db,
                                       "SELECT count(*) FROM customer_metrics WHERE orders = 0 AND r_score IS NULL "
                                       "AND f_score IS NULL AND m_score IS NULL AND rfm_segment IS NULL");
            QVERIFY(unscored.executeStep());
            QCOMPARE(unscored.getColumn(0).getInt(), 2);
        }
    }
}
