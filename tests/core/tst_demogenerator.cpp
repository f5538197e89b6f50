// The demo data set: the same seed gives the same data, sizes are as asked, and the data
// has the shapes later features are shown on (repeat buyers, every channel, campaigns
// with random control groups, people under two identities).
#include "analytics/WorkspaceStats.h"
#include "demo/DemoGenerator.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace mwb;

namespace {

// A digest of every data table, row by row in key order.
QByteArray digest(const QString &path)
{
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql : {"SELECT * FROM customers ORDER BY id", "SELECT * FROM identities ORDER BY kind, value",
                            "SELECT * FROM customer_tags ORDER BY customer_id, tag",
                            "SELECT * FROM transactions ORDER BY id", "SELECT * FROM events ORDER BY id",
                            "SELECT * FROM campaigns ORDER BY id",
                            "SELECT * FROM campaign_members ORDER BY campaign_id, customer_id",
                            "SELECT * FROM customer_metrics ORDER BY customer_id", "SELECT * FROM sales_daily ORDER BY day"}) {
        SQLite::Statement query(db, sql);
        while (query.executeStep()) {
            for (int c = 0; c < query.getColumnCount(); ++c) {
                hash.addData(QByteArray::fromStdString(query.getColumn(c).getString()));
                hash.addData("\x1f");
            }
            hash.addData("\n");
        }
    }
    return hash.result();
}

qint64 scalar(SQLite::Database &db, const char *sql)
{
    return db.execAndGet(sql).getInt64();
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameSeedSameData();
    void otherSeedOtherData();
    void summaryMatchesTheTables();
    void looksLikeARealBrand();
    void campaignsHaveRandomControlGroups();
    void metricsAgreeWithTheHistory();
    void refusesAnExistingFileAndLeavesNothingOnFailure();

private:
    QString make(const QString &name, int customers, quint64 seed, DemoSummary *summary = nullptr);

    QTemporaryDir m_dir;
    QString m_shapes; // 5,000 customers, seed 42
    DemoSummary m_shapesSummary;
};

QString TestDemoGenerator::make(const QString &name, int customers, quint64 seed, DemoSummary *summary)
{
    const QString path = m_dir.filePath(name);
    DemoOptions options;
    options.customers = customers;
    options.seed = seed;
    const DemoResult result = DemoGenerator::create(path, options);
    if (!result.error.ok())
        qFatal("demo failed: %s", qPrintable(result.error.message));
    if (summary)
        *summary = result.summary;
    return path;
}

void TestDemoGenerator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_shapes = make(u"shapes.mwb"_s, 5000, 42, &m_shapesSummary);
}

void TestDemoGenerator::sameSeedSameData()
{
    const QString a = make(u"a.mwb"_s, 3000, 7);
    const QString b = make(u"b.mwb"_s, 3000, 7);
    QCOMPARE(digest(a), digest(b));
}

void TestDemoGenerator::otherSeedOtherData()
{
    QVERIFY(digest(make(u"c.mwb"_s, 3000, 7)) != digest(make(u"d.mwb"_s, 3000, 8)));
}

void TestDemoGenerator::summaryMatchesTheTables()
{
    SQLite::Database db(m_shapes.toStdString(), SQLite::OPEN_READONLY);
    QCOMPARE(m_shapesSummary.customers, 5000);
    QCOMPARE(scalar(db, "SELECT count(*) FROM customers"), m_shapesSummary.customers);
    QCOMPARE(scalar(db, "SELECT count(*) FROM transactions"), m_shapesSummary.transactions);
    QCOMPARE(scalar(db, "SELECT count(*) FROM events"), m_shapesSummary.events);
    QCOMPARE(scalar(db, "SELECT count(*) FROM campaigns"), 3);
    QCOMPARE(m_shapesSummary.campaigns, 3);
    const WorkspaceTotals totals = WorkspaceStats::totals(db);
    QCOMPARE(totals.customers, 5000);
    QCOMPARE(totals.transactions, m_shapesSummary.transactions);
    QCOMPARE(totals.events, m_shapesSummary.events);
    QCOMPARE(totals.revenueMinor, scalar(db, "SELECT sum(amount_minor) FROM transactions"));
    QCOMPARE(totals.lastDate, QDate(2026, 6, 30));
    QVERIFY(totals.firstDate >= QDate(2023, 7, 1));
    QVERIFY(totals.firstDate < QDate(2023, 8, 1)); // about three years of history
    QCOMPARE(QString::fromStdString(db.execAndGet("PRAGMA integrity_check").getString()), u"ok"_s);
    QCOMPARE(scalar(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

void TestDemoGenerator::looksLikeARealBrand()
{
    SQLite::Database db(m_shapes.toStdString(), SQLite::OPEN_READONLY);
    const double buyers = scalar(db, "SELECT count(*) FROM customer_metrics WHERE orders >= 1") / 5000.0;
    const double repeat = static_cast<double>(scalar(db, "SELECT count(*) FROM customer_metrics WHERE orders >= 2"))
                          / static_cast<double>(scalar(db, "SELECT count(*) FROM customer_metrics WHERE orders >= 1"));
    QVERIFY2(buyers > 0.45 && buyers < 0.75, qPrintable(QString::number(buyers)));
    QVERIFY2(repeat > 0.3 && repeat < 0.8, qPrintable(QString::number(repeat)));
    // A loyal core buys often.
    QVERIFY(scalar(db, "SELECT count(*) FROM customer_metrics WHERE orders >= 8") > 50);

    for (const char *channel : {"web", "email", "sms", "wechat", "app", "store"}) {
        SQLite::Statement q(db, "SELECT count(*) FROM events WHERE channel = ?1");
        q.bind(1, channel);
        q.executeStep();
        QVERIFY2(q.getColumn(0).getInt64() > 0, channel);
    }
    for (const char *type : {"web_visit", "email_open", "email_click", "wechat_message", "app_open", "register",
                             "coupon_redeem", "nps", "referral", "campaign_sent", "campaign_converted"}) {
        SQLite::Statement q(db, "SELECT count(*) FROM events WHERE type = ?1");
        q.bind(1, type);
        q.executeStep();
        QVERIFY2(q.getColumn(0).getInt64() > 0, type);
    }
    QCOMPARE(scalar(db, "SELECT count(*) FROM events WHERE type = 'nps' AND (value < 0 OR value > 10)"), 0);

    const QRegularExpression han(u"\\p{Han}"_s);
    const QRegularExpression latin(u"^[A-Z][a-zé'ü]+ [A-Z]"_s);
    const QRegularExpression e164(u"^\\+[1-9]\\d{7,14}$"_s);
    int chinese = 0, english = 0;
    SQLite::Statement names(db, "SELECT name, phone FROM customers");
    while (names.executeStep()) {
        const QString name = QString::fromStdString(names.getColumn(0).getString());
        chinese += han.match(name).hasMatch() ? 1 : 0;
        english += latin.match(name).hasMatch() ? 1 : 0;
        if (!names.getColumn(1).isNull())
            QVERIFY(e164.match(QString::fromStdString(names.getColumn(1).getString())).hasMatch());
    }
    QVERIFY(chinese > 2000 && english > 1000);
    QCOMPARE(scalar(db, "SELECT count(*) FROM (SELECT value FROM identities WHERE kind = 'phone' "
                        "GROUP BY value HAVING count(*) > 1)"),
             0);
    // A few percent of people are known under two e-mails or two phone numbers.
    const double twice = scalar(db, "SELECT count(*) FROM (SELECT customer_id FROM identities "
                                    "WHERE kind IN ('email', 'phone') GROUP BY customer_id, kind HAVING count(*) > 1)")
                         / 5000.0;
    QVERIFY2(twice > 0.01 && twice < 0.06, qPrintable(QString::number(twice)));
}

void TestDemoGenerator::campaignsHaveRandomControlGroups()
{
    SQLite::Database db(m_shapes.toStdString(), SQLite::OPEN_READONLY);
    SQLite::Statement campaigns(db, "SELECT id, holdout, "
                                    "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id), "
                                    "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id AND grp = 'control') "
                                    "FROM campaigns c");
    while (campaigns.executeStep()) {
        const double holdout = campaigns.getColumn(1).getDouble();
        const double members = static_cast<double>(campaigns.getColumn(2).getInt64());
        const double control = static_cast<double>(campaigns.getColumn(3).getInt64());
        QVERIFY(members > 100);
        const double sigma = std::sqrt(members * holdout * (1 - holdout));
        QVERIFY2(std::abs(control - members * holdout) < 4 * sigma,
                 qPrintable(u"campaign %1: %2 of %3 in control"_s.arg(campaigns.getColumn(0).getInt()).arg(control).arg(members)));
    }
    // The control group is never contacted; the treatment group is.
    QCOMPARE(scalar(db, "SELECT count(*) FROM events e JOIN campaign_members m ON m.campaign_id = e.campaign_id "
                        "AND m.customer_id = e.customer_id WHERE m.grp = 'control'"),
             0);
    QCOMPARE(scalar(db, "SELECT count(*) FROM campaign_members m WHERE grp = 'treatment' AND NOT EXISTS "
                        "(SELECT 1 FROM events e WHERE e.campaign_id = m.campaign_id AND e.customer_id = m.customer_id "
                        "AND e.type = 'campaign_sent')"),
             0);
    QCOMPARE(scalar(db, "SELECT count(DISTINCT member_token) FROM campaign_members"),
             scalar(db, "SELECT count(*) FROM campaign_members"));
}

void TestDemoGenerator::metricsAgreeWithTheHistory()
{
    SQLite::Database db(m_shapes.toStdString(), SQLite::OPEN_READONLY);
    QCOMPARE(scalar(db, "SELECT count(*) FROM customer_metrics"), 5000);
    QCOMPARE(scalar(db, R"sql(
SELECT count(*) FROM customer_metrics m
LEFT JOIN (SELECT customer_id, count(*) FILTER (WHERE amount_minor > 0) AS orders, sum(amount_minor) AS revenue,
                  max(ordered_at) FILTER (WHERE amount_minor > 0) AS last_at
           FROM transactions GROUP BY customer_id) t ON t.customer_id = m.customer_id
WHERE m.orders <> coalesce(t.orders, 0) OR m.revenue_minor <> coalesce(t.revenue, 0)
   OR m.last_purchase_at IS NOT t.last_at)sql"),
             0);
    QCOMPARE(scalar(db, "SELECT sum(revenue_minor) FROM sales_daily"), scalar(db, "SELECT sum(amount_minor) FROM transactions"));
    QCOMPARE(scalar(db, "SELECT sum(orders) FROM sales_daily"), scalar(db, "SELECT count(*) FROM transactions"));
}

void TestDemoGenerator::refusesAnExistingFileAndLeavesNothingOnFailure()
{
    const DemoResult again = DemoGenerator::create(m_shapes, {});
    QCOMPARE(again.error.code, StoreError::Code::AlreadyExists);
    QVERIFY(QFile::exists(m_shapes));

    const QString nowhere = m_dir.filePath(u"no/such/folder/demo.mwb"_s);
    const DemoResult failed = DemoGenerator::create(nowhere, {});
    QVERIFY(!failed.error.ok());
    QVERIFY(!QFile::exists(nowhere));
    QVERIFY(!QDir(m_dir.filePath(u"no"_s)).exists());
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
