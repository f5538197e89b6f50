// Customer metrics: the set of touched customers, and the two ways of bringing their
// figures up to date (a lookup per customer, or one pass over everyone) agreeing with a
// rebuild from scratch, including customers whose history was removed.
#include "demo/DemoGenerator.h"
#include "lifecycle/Lifecycle.h"
#include "metrics/CustomerMetrics.h"
#include "metrics/CustomerRefresh.h"
#include "metrics/RfmScores.h"
#include "store/CustomerSet.h"
#include "store/Workspace.h"

#include <algorithm>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mwb;

namespace {

// Each row of `sql` as one text ("-" for NULL), to compare whole tables.
QStringList rowsOf(SQLite::Database &db, const char *sql)
{
    SQLite::Statement query(db, sql);
    QStringList rows;
    while (query.executeStep()) {
        QStringList cells;
        for (int c = 0; c < query.getColumnCount(); ++c)
            cells << (query.getColumn(c).isNull() ? u"-"_s : QString::fromStdString(query.getColumn(c).getString()));
        rows << cells.join(u',');
    }
    return rows;
}

// Every customer's figures.
QStringList metricsRows(SQLite::Database &db)
{
    return rowsOf(db,
                  "SELECT customer_id, orders, revenue_minor, first_purchase_at, last_purchase_at, "
                  "events, first_event_at, last_event_at, nps FROM customer_metrics ORDER BY customer_id");
}

// Every column CustomerRefresh writes, the stage history in hex.
QStringList derivedRows(SQLite::Database &db)
{
    return rowsOf(db,
                  "SELECT customer_id, orders, revenue_minor, first_purchase_at, last_purchase_at, events, "
                  "first_event_at, last_event_at, nps, hex(stage_history), lifecycle_stage, stage_since, "
                  "r_score, f_score, m_score, rfm_segment FROM customer_metrics ORDER BY customer_id");
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void customerSet();
    void recomputeAgreesWithRebuild_data();
    void recomputeAgreesWithRebuild();
    void refreshAgreesWithEachPart_data();
    void refreshAgreesWithEachPart();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestMetrics::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.mwb"_s);
    DemoOptions options;
    options.customers = 1500;
    const DemoResult result = DemoGenerator::create(m_demo, options);
    QVERIFY2(result.error.message.isEmpty(), qPrintable(result.error.message));
}

void TestMetrics::customerSet()
{
    CustomerSet set;
    QVERIFY(set.isEmpty());
    for (qint64 id : {5, 64, 63, 1000003, 5, 0, 64})
        set.insert(id);
    QCOMPARE(set.size(), 5);
    QVERIFY(set.contains(0));
    QVERIFY(set.contains(1000003));
    QVERIFY(!set.contains(6));
    QVERIFY(!set.contains(65));
    QVERIFY(!set.contains(5000000));
    QVERIFY(!set.contains(-1));
    QList<qint64> ids;
    set.forEach([&ids](qint64 id) { ids << id; });
    QCOMPARE(ids, (QList<qint64>{0, 5, 63, 64, 1000003}));
}

void TestMetrics::recomputeAgreesWithRebuild_data()
{
    QTest::addColumn<int>("every"); // every n-th customer is dirty
    QTest::newRow("few customers: one lookup each") << 50;
    QTest::newRow("most customers: one pass over all") << 1;
}

void TestMetrics::recomputeAgreesWithRebuild()
{
    QFETCH(int, every);
    const QString path = m_dir.filePath(u"copy-%1.mwb"_s.arg(every));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_demo, path));
    auto opened = Workspace::open(path);
    QVERIFY2(opened.workspace, qPrintable(opened.error.message));
    SQLite::Database &db = opened.workspace->db();

    SQLite::Transaction transaction(db);
    // Change the histories of the dirty customers: some lose their orders, some their
    // events, some gain an order; and scramble their stored figures.
    CustomerSet dirty;
    SQLite::Statement ids(db, "SELECT id FROM customers ORDER BY id");
    qint64 n = 0;
    while (ids.executeStep()) {
        const qint64 id = ids.getColumn(0).getInt64();
        if (n++ % every == 0)
            dirty.insert(id);
    }
    QVERIFY(dirty.size() > 20);
    SQLite::Statement dropOrders(db, "DELETE FROM transactions WHERE customer_id = ?1");
    SQLite::Statement dropEvents(db, "DELETE FROM events WHERE customer_id = ?1");
    SQLite::Statement addOrder(db,
                               "INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor) "
                               "VALUES ('extra-' || ?1, ?1, 1700000000, 4200)");
    SQLite::Statement scramble(
        db,
        "UPDATE customer_metrics SET orders = 999, revenue_minor = -1, first_event_at = 7, nps = 42 "
        "WHERE customer_id = ?1");
    qint64 k = 0;
    dirty.forEach([&](qint64 id) {
        SQLite::Statement &change = k % 3 == 0 ? dropOrders : k % 3 == 1 ? dropEvents : addOrder;
        ++k;
        for (SQLite::Statement *statement : {&change, &scramble}) {
            statement->bind(1, static_cast<int64_t>(id));
            statement->exec();
            statement->reset();
        }
    });

    CustomerMetrics::recompute(db, dirty);
    const QStringList recomputed = metricsRows(db);
    CustomerMetrics::recomputeAll(db);
    QCOMPARE(recomputed, metricsRows(db));
    QVERIFY(!recomputed.filter(u",999,"_s).size());
    // nps is the last column: no scrambled answer survives.
    QVERIFY(
        std::none_of(recomputed.begin(), recomputed.end(), [](const QString &row) { return row.endsWith(u",42"_s); }));
    // The latest NPS answers are kept: the demo's promoters and detractors are there.
    QVERIFY(db.execAndGet("SELECT count(*) FROM customer_metrics WHERE nps BETWEEN 0 AND 10").getInt64() > 10);
}

// CustomerRefresh computes in one pass what CustomerMetrics, Lifecycle and RfmScores
// compute apart: the same table, from nothing and from stale rows.
void TestMetrics::refreshAgreesWithEachPart_data()
{
    QTest::addColumn<QByteArray>("heldBytes");
    QTest::newRow("every row held, written once") << QByteArray();
    QTest::newRow("figures by range, then stages and scores") << QByteArray("0");
}

void TestMetrics::refreshAgreesWithEachPart()
{
    QFETCH(QByteArray, heldBytes);
    if (!heldBytes.isEmpty())
        qputenv("MWB_REFRESH_HELD_BYTES", heldBytes);
    const auto restore = qScopeGuard([] { qunsetenv("MWB_REFRESH_HELD_BYTES"); });
    const QString path = m_dir.filePath(u"refresh.mwb"_s);
    QFile::remove(path);
    QVERIFY(QFile::copy(m_demo, path));
    auto opened = Workspace::open(path);
    QVERIFY2(opened.workspace, qPrintable(opened.error.message));
    SQLite::Database &db = opened.workspace->db();
    SQLite::Transaction transaction(db);
    // Histories the demo may not have: NPS answers at one time (the one imported last
    // counts) and one without a score, a refund, a zero order, a customer with nothing, and
    // a later order that moves the reference day (and so everyone's stage).
    db.exec(R"sql(
INSERT INTO customers(id, external_id) VALUES (900001, 'nothing'), (900002, 'answers only');
INSERT INTO events(customer_id, type, occurred_at, value, id)
SELECT column1, column2, column3, column4, (SELECT last FROM sequences WHERE name = 'events') + column5 FROM (VALUES
    (900002, 'nps', 1700000000, 9, 1), (900002, 'nps', 1700000000, 3, 2), (900002, 'nps', 1600000000, 10, 3),
    (1, 'nps', 1750000000, NULL, 4), (2, 'NPS', 1750000000, 0, 5));
UPDATE sequences SET last = last + 5 WHERE name = 'events';
INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor) VALUES
    ('refund-3', 3, 1700000000, -5000), ('zero-4', 4, 1700000000, 0), ('late-5', 5, 1800000000, 1000);
)sql");
    const qint64 customers = db.execAndGet("SELECT count(*) FROM customers").getInt64();

    CustomerMetrics::recomputeAll(db);
    Lifecycle::recomputeAll(db);
    RfmScores::recompute(db);
    const QStringList expected = derivedRows(db);
    const QDate referenceDate = Lifecycle::referenceDate(db);
    QCOMPARE(expected.size(), customers);
    QCOMPARE(referenceDate, QDate(2027, 1, 15)); // the late order: 1800000000 s
    QVERIFY(expected.filter(u"900001,0,0,-,-,0,-,-,-,"_s).size() == 1);
    QVERIFY(expected.filter(u"900002,0,0,-,-,3,1600000000,1700000000,3,"_s).size() == 1);

    // From nothing.
    db.exec("DELETE FROM customer_metrics");
    db.exec("DELETE FROM settings WHERE key IN ('lifecycle_reference_day', 'lifecycle_computed_under', 'rfm_scored')");
    CustomerRefresh::all(db);
    QCOMPARE(derivedRows(db), expected);
    QCOMPARE(Lifecycle::referenceDate(db), referenceDate);

    // From stale rows: figures, histories, stages and scores each wrong somewhere.
    db.exec(R"sql(
UPDATE customer_metrics SET orders = orders + 1 WHERE customer_id % 7 = 0;
UPDATE customer_metrics SET nps = 5 WHERE customer_id % 11 = 0;
UPDATE customer_metrics SET stage_history = NULL WHERE customer_id % 13 = 0;
UPDATE customer_metrics SET lifecycle_stage = 'aware', stage_since = 0 WHERE customer_id % 17 = 0;
UPDATE customer_metrics SET r_score = 3, rfm_segment = 'Lost' WHERE customer_id % 19 = 0;
DELETE FROM customer_metrics WHERE customer_id % 23 = 0;
)sql");
    QVERIFY(derivedRows(db) != expected);
    CustomerSet most;
    for (qint64 id = 1; id <= 900002; ++id)
        most.insert(id);
    CustomerRefresh::afterChange(db, most);
    QCOMPARE(derivedRows(db), expected);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
