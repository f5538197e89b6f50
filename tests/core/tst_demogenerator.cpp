// The demo data set: the same seed gives the same data, sizes are as asked, and the data
// has the shapes later features are shown on (repeat buyers, every channel, campaigns
// with random control groups, people under two identities), with its aggregates in step
// with the histories they summarise.
#include "analytics/WorkspaceStats.h"
#include "demo/DemoGenerator.h"
#include "store/Schema.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace mwb;

namespace {

// Every data table, with the order that makes its dump canonical (its primary key).
struct TableOrder
{
    const char *table;
    const char *orderBy;
};
constexpr TableOrder kDataTables[] = {
    {"customers", "id"},
    {"identities", "kind, value"},
    {"customer_tags", "customer_id, tag"},
    {"transactions", "id"},
    {"events", "id"},
    {"campaigns", "id"},
    {"campaign_members", "campaign_id, customer_id"},
    {"customer_metrics", "customer_id"},
    {"sales_daily", "day"},
};

// A digest of the rows `sql` returns; NULL, text and numbers hash differently.
QByteArray digest(SQLite::Database &db, const std::string &sql)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    SQLite::Statement query(db, sql);
    while (query.executeStep()) {
        for (int c = 0; c < query.getColumnCount(); ++c) {
            const SQLite::Column column = query.getColumn(c);
            hash.addData(QByteArray::number(column.getType()));
            hash.addData(QByteArray::fromStdString(column.getString()));
            hash.addData("\x1f");
        }
        hash.addData("\x1e");
    }
    return hash.result().toHex();
}

std::string dumpSql(const TableOrder &t)
{
    return std::string("SELECT * FROM ") + t.table + " ORDER BY " + t.orderBy;
}

qint64 scalar(SQLite::Database &db, const std::string &sql)
{
    SQLite::Statement query(db, sql);
    if (!query.executeStep() || query.getColumn(0).isNull())
        return 0;
    return query.getColumn(0).getInt64();
}

QDate utcDate(qint64 epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds, QTimeZone::utc()).date();
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameSeedSameData();
    void otherSeedOtherData();
    void customersDoNotDependOnTheTotal();
    void activityScalesOrdersAndTouchpoints();
    void shapeGivesOrdersAndEventsPerCustomer_data();
    void shapeGivesOrdersAndEventsPerCustomer();
    void anUnreachableShapeIsRefused();
    void summaryMatchesTheTables();
    void buyersHaveRfmScores();
    void workspaceStatsMatchTheTables();
    void aboutHalfBuyAndManyBuyAgain();
    void everyChannelIsUsed();
    void chineseAndLatinNames();
    void phonesAreE164AndUnique();
    void somePeopleHaveTwoAddresses();
    void campaignsHaveRandomControlGroups();
    void metricsAgreeWithTheHistory();
    void dailySalesAgreeWithTheHistory();
    void keepsTheFullSchema();
    void refusesAnExistingFile();
    void missingFolderLeavesNoFiles();

private:
    QString make(const QString &name, int customers, quint64 seed, DemoSummary *summary = nullptr);

    QTemporaryDir m_dir;
    QString m_shapes; // 5,000 customers, seed 42
    DemoSummary m_shapesSummary;
    std::unique_ptr<SQLite::Database> m_db; // m_shapes, read-only
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
    m_db = std::make_unique<SQLite::Database>(m_shapes.toStdString(), SQLite::OPEN_READONLY);
}

void TestDemoGenerator::sameSeedSameData()
{
    const QString a = make(u"a.mwb"_s, 3000, 7);
    const QString b = make(u"b.mwb"_s, 3000, 7);
    SQLite::Database first(a.toStdString(), SQLite::OPEN_READONLY);
    SQLite::Database second(b.toStdString(), SQLite::OPEN_READONLY);
    for (const TableOrder &t : kDataTables) {
        QVERIFY2(scalar(first, std::string("SELECT count(*) FROM ") + t.table) > 0, t.table);
        QVERIFY2(digest(first, dumpSql(t)) == digest(second, dumpSql(t)), t.table);
    }
}

void TestDemoGenerator::otherSeedOtherData()
{
    const QString c = make(u"c.mwb"_s, 3000, 7);
    const QString d = make(u"d.mwb"_s, 3000, 8);
    SQLite::Database seven(c.toStdString(), SQLite::OPEN_READONLY);
    SQLite::Database eight(d.toStdString(), SQLite::OPEN_READONLY);
    QCOMPARE(scalar(eight, "SELECT count(*) FROM customers"), 3000);
    // Campaigns are fixed; the people and what they do are drawn from the seed.
    for (const char *table : {"customers", "identities", "transactions", "events", "campaign_members"}) {
        const TableOrder *t = std::find_if(std::begin(kDataTables), std::end(kDataTables),
                                           [table](const TableOrder &o) { return qstrcmp(o.table, table) == 0; });
        QVERIFY2(digest(seven, dumpSql(*t)) != digest(eight, dumpSql(*t)), table);
    }
}

void TestDemoGenerator::activityScalesOrdersAndTouchpoints()
{
    DemoSummary usual;
    make(u"usual.mwb"_s, 3000, 7, &usual);
    DemoOptions options;
    options.customers = 3000;
    options.seed = 7;
    options.activity = 6;
    const DemoResult busy = DemoGenerator::create(m_dir.filePath(u"busy.mwb"_s), options);
    QVERIFY(busy.error.ok());
    // About 2 orders and 7 touchpoints a customer usually; about 10 and 30 at six times.
    const double ordersEach = double(usual.transactions) / 3000;
    const double eventsEach = double(usual.events) / 3000;
    QVERIFY2(ordersEach > 1.5 && ordersEach < 2.5, qPrintable(QString::number(ordersEach)));
    QVERIFY2(eventsEach > 5 && eventsEach < 9, qPrintable(QString::number(eventsEach)));
    const double busyOrders = double(busy.summary.transactions) / 3000;
    const double busyEvents = double(busy.summary.events) / 3000;
    QVERIFY2(busyOrders > 8 && busyOrders < 12, qPrintable(QString::number(busyOrders)));
    QVERIFY2(busyEvents > 24 && busyEvents < 38, qPrintable(QString::number(busyEvents)));
    QCOMPARE(busy.summary.customers, 3000);
}

void TestDemoGenerator::shapeGivesOrdersAndEventsPerCustomer_data()
{
    QTest::addColumn<double>("orders");
    QTest::addColumn<double>("events");
    QTest::newRow("design scale, 10 and 20") << 10.0 << 20.0;
    QTest::newRow("few orders, many events") << 1.5 << 25.0;
    QTest::newRow("orders only") << 4.0 << 0.0;
}

// The tables hold what was asked a customer, within 3 % (the shape is fitted on the
// customers drawn; the tables are counted here, independently of the generator's summary).
void TestDemoGenerator::shapeGivesOrdersAndEventsPerCustomer()
{
    QFETCH(double, orders);
    QFETCH(double, events);
    DemoOptions options;
    options.customers = 2000;
    options.seed = 11;
    options.ordersPerCustomer = orders;
    options.eventsPerCustomer = events;
    const QString file = m_dir.filePath(u"shape-%1-%2.mwb"_s.arg(orders).arg(events));
    const DemoResult made = DemoGenerator::create(file, options);
    QVERIFY2(made.error.ok(), qPrintable(made.error.message));
    SQLite::Database db(file.toStdString(), SQLite::OPEN_READONLY);
    const double ordersEach = double(db.execAndGet("SELECT count(*) FROM transactions").getInt64()) / 2000;
    const double eventsEach = double(db.execAndGet("SELECT count(*) FROM events").getInt64()) / 2000;
    QVERIFY2(std::abs(ordersEach / orders - 1) < 0.03, qPrintable(QString::number(ordersEach)));
    if (events > 0)
        QVERIFY2(std::abs(eventsEach / events - 1) < 0.03, qPrintable(QString::number(eventsEach)));
}

// Orders bring touchpoints of their own (before and between purchases): fewer events than
// they bring cannot be reached, and no file is left behind.
void TestDemoGenerator::anUnreachableShapeIsRefused()
{
    DemoOptions options;
    options.customers = 500;
    options.ordersPerCustomer = 12;
    options.eventsPerCustomer = 1;
    const QString file = m_dir.filePath(u"unreachable.mwb"_s);
    const DemoResult made = DemoGenerator::create(file, options);
    QVERIFY(!made.error.ok());
    QVERIFY2(made.error.message.contains(u"cannot be reached"_s), qPrintable(made.error.message));
    QVERIFY(!QFileInfo::exists(file));
}

void TestDemoGenerator::customersDoNotDependOnTheTotal()
{
    const QString small = make(u"small.mwb"_s, 1000, 7);
    const QString large = make(u"large.mwb"_s, 3000, 7);
    SQLite::Database s(small.toStdString(), SQLite::OPEN_READONLY);
    SQLite::Database l(large.toStdString(), SQLite::OPEN_READONLY);
    for (const char *sql : {"SELECT * FROM customers WHERE id <= 1000 ORDER BY id",
                            "SELECT * FROM identities WHERE customer_id <= 1000 ORDER BY kind, value",
                            "SELECT * FROM transactions WHERE customer_id <= 1000 ORDER BY id",
                            "SELECT * FROM events WHERE customer_id <= 1000 ORDER BY id",
                            // RFM scores rank a customer among all buyers, so they alone may move.
                            "SELECT customer_id, orders, revenue_minor, first_purchase_at, last_purchase_at, events, "
                            "first_event_at, last_event_at, lifecycle_stage, stage_since, stage_history "
                            "FROM customer_metrics WHERE customer_id <= 1000 ORDER BY customer_id"})
        QVERIFY2(digest(s, sql) == digest(l, sql), sql);
}

void TestDemoGenerator::buyersHaveRfmScores()
{
    SQLite::Database &db = *m_db;
    const qint64 buyers = scalar(db, "SELECT count(*) FROM customer_metrics WHERE orders > 0");
    QVERIFY(buyers > 0);
    QCOMPARE(scalar(db,
                    "SELECT count(*) FROM customer_metrics WHERE orders > 0 AND r_score BETWEEN 1 AND 5 "
                    "AND f_score BETWEEN 1 AND 5 AND m_score BETWEEN 1 AND 5 AND rfm_segment IS NOT NULL"),
             buyers);
    QCOMPARE(scalar(db,
                    "SELECT count(*) FROM customer_metrics WHERE orders = 0 AND (r_score IS NOT NULL "
                    "OR rfm_segment IS NOT NULL)"),
             0);
    // Every score is used: the quintiles spread the buyers.
    QCOMPARE(scalar(db, "SELECT count(DISTINCT r_score) FROM customer_metrics"), 5);
    QCOMPARE(scalar(db, "SELECT count(DISTINCT m_score) FROM customer_metrics"), 5);
}

void TestDemoGenerator::summaryMatchesTheTables()
{
    SQLite::Database &db = *m_db;
    QCOMPARE(m_shapesSummary.customers, 5000);
    QCOMPARE(scalar(db, "SELECT count(*) FROM customers"), m_shapesSummary.customers);
    QCOMPARE(scalar(db, "SELECT count(*) FROM transactions"), m_shapesSummary.transactions);
    QCOMPARE(scalar(db, "SELECT count(*) FROM events"), m_shapesSummary.events);
    QCOMPARE(scalar(db, "SELECT count(*) FROM campaigns"), m_shapesSummary.campaigns);
    QCOMPARE(m_shapesSummary.campaigns, 3);
    QVERIFY(m_shapesSummary.transactions > m_shapesSummary.customers / 2);
    QVERIFY(m_shapesSummary.events > m_shapesSummary.customers);
    QCOMPARE(QString::fromStdString(db.execAndGet("PRAGMA integrity_check").getString()), u"ok"_s);
    QCOMPARE(scalar(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
    QCOMPARE(scalar(db, "PRAGMA user_version"), currentSchemaVersion());
    QCOMPARE(QString::fromStdString(db.execAndGet("PRAGMA journal_mode").getString()), u"wal"_s);

    // A demo of zero customers is a valid, empty workspace with its campaigns.
    DemoOptions none;
    none.customers = 0;
    const DemoResult empty = DemoGenerator::create(m_dir.filePath(u"none.mwb"_s), none);
    QVERIFY2(empty.error.ok(), qPrintable(empty.error.message));
    QCOMPARE(empty.summary.customers, 0);
    QCOMPARE(empty.summary.transactions, 0);
    auto opened = Workspace::open(m_dir.filePath(u"none.mwb"_s));
    QVERIFY2(opened.workspace, qPrintable(opened.error.message));
    QCOMPARE(scalar(opened.workspace->db(), "SELECT count(*) FROM customers"), 0);
}

void TestDemoGenerator::workspaceStatsMatchTheTables()
{
    SQLite::Database &db = *m_db;
    const WorkspaceTotals totals = WorkspaceStats::totals(db);
    QCOMPARE(totals.customers, scalar(db, "SELECT count(*) FROM customers"));
    QCOMPARE(totals.transactions, scalar(db, "SELECT count(*) FROM transactions"));
    QCOMPARE(totals.events, scalar(db, "SELECT count(*) FROM events"));
    QCOMPARE(totals.campaigns, scalar(db, "SELECT count(*) FROM campaigns"));
    QCOMPARE(totals.segments, scalar(db, "SELECT count(*) FROM segments"));
    QCOMPARE(totals.revenueMinor, scalar(db, "SELECT sum(amount_minor) FROM transactions"));
    QVERIFY(totals.revenueMinor > 0);
    const qint64 first = scalar(db,
                                "SELECT min(t) FROM (SELECT min(ordered_at) AS t FROM transactions "
                                "UNION ALL SELECT min(occurred_at) FROM events)");
    const qint64 last = scalar(db,
                               "SELECT max(t) FROM (SELECT max(ordered_at) AS t FROM transactions "
                               "UNION ALL SELECT max(occurred_at) FROM events)");
    QCOMPARE(totals.firstDate, utcDate(first));
    QCOMPARE(totals.lastDate, utcDate(last));
    // About three years of history, ending on the configured last day.
    const QDate end = DemoOptions().endDate;
    QCOMPARE(totals.lastDate, end);
    QVERIFY(totals.firstDate >= end.addYears(-3));
    QVERIFY(totals.firstDate < end.addYears(-3).addMonths(1));
}

void TestDemoGenerator::aboutHalfBuyAndManyBuyAgain()
{
    SQLite::Database &db = *m_db;
    const qint64 customers = scalar(db, "SELECT count(*) FROM customers");
    const qint64 buyers = scalar(db, "SELECT count(DISTINCT customer_id) FROM transactions WHERE amount_minor > 0");
    const qint64 repeat = scalar(db,
                                 "SELECT count(*) FROM (SELECT customer_id FROM transactions WHERE amount_minor > 0 "
                                 "GROUP BY customer_id HAVING count(*) >= 2)");
    const double buyerShare = static_cast<double>(buyers) / static_cast<double>(customers);
    const double repeatShare = static_cast<double>(repeat) / static_cast<double>(buyers);
    QVERIFY2(buyerShare >= 0.45 && buyerShare <= 0.75, qPrintable(QString::number(buyerShare)));
    QVERIFY2(repeatShare >= 0.3 && repeatShare <= 0.8, qPrintable(QString::number(repeatShare)));
    // A loyal core buys often; some orders are refunded.
    QVERIFY(scalar(db,
                   "SELECT count(*) FROM (SELECT customer_id FROM transactions WHERE amount_minor > 0 "
                   "GROUP BY customer_id HAVING count(*) >= 8)")
            > 50);
    QVERIFY(scalar(db, "SELECT count(*) FROM transactions WHERE amount_minor < 0") > 0);
    QCOMPARE(scalar(db, "SELECT count(*) FROM transactions WHERE customer_id IS NULL"), 0);
}

void TestDemoGenerator::everyChannelIsUsed()
{
    SQLite::Database &db = *m_db;
    QSet<QString> channels;
    SQLite::Statement query(db, "SELECT DISTINCT channel FROM events WHERE channel IS NOT NULL");
    while (query.executeStep())
        channels.insert(QString::fromStdString(query.getColumn(0).getString()));
    for (const QString &channel : {u"web"_s, u"email"_s, u"sms"_s, u"wechat"_s, u"app"_s, u"store"_s})
        QVERIFY2(channels.contains(channel), qPrintable(channel));

    for (const char *type : {"web_visit", "email_open", "email_click", "sms_click", "wechat_message", "app_open",
                             "register", "coupon_redeem", "nps", "referral", "campaign_sent", "campaign_converted"}) {
        SQLite::Statement q(db, "SELECT count(*) FROM events WHERE type = ?1");
        q.bind(1, type);
        QVERIFY(q.executeStep());
        QVERIFY2(q.getColumn(0).getInt64() > 0, type);
    }
    QCOMPARE(
        scalar(db, "SELECT count(*) FROM events WHERE type = 'nps' AND (value IS NULL OR value < 0 OR value > 10)"), 0);
}

void TestDemoGenerator::chineseAndLatinNames()
{
    const QRegularExpression han(u"^\\p{Han}{2,4}$"_s);
    const QRegularExpression latin(u"^[\\p{Latin}'-]+( [\\p{Latin}'-]+)+$"_s);
    int chinese = 0;
    int western = 0;
    SQLite::Statement names(*m_db, "SELECT name FROM customers");
    while (names.executeStep()) {
        const QString name = QString::fromStdString(names.getColumn(0).getString());
        if (han.match(name).hasMatch())
            ++chinese;
        else if (latin.match(name).hasMatch())
            ++western;
        else
            QFAIL(qPrintable(u"neither a Chinese nor a Latin-script name: '%1'"_s.arg(name)));
    }
    // The brand sells mostly in China, and abroad.
    QVERIFY2(chinese > 2000 && western > 1000, qPrintable(u"%1 Chinese, %2 Latin"_s.arg(chinese).arg(western)));
}

void TestDemoGenerator::phonesAreE164AndUnique()
{
    SQLite::Database &db = *m_db;
    const QRegularExpression e164(u"^\\+[1-9]\\d{7,14}$"_s);
    QSet<QString> seen;
    SQLite::Statement phones(db, "SELECT phone FROM customers WHERE phone IS NOT NULL");
    while (phones.executeStep()) {
        const QString phone = QString::fromStdString(phones.getColumn(0).getString());
        QVERIFY2(e164.match(phone).hasMatch(), qPrintable(phone));
        QVERIFY2(!seen.contains(phone), qPrintable(u"%1 belongs to two customers"_s.arg(phone)));
        seen.insert(phone);
    }
    QVERIFY2(seen.size() > 2500, qPrintable(QString::number(seen.size()))); // most people left a number

    SQLite::Statement identities(db, "SELECT value FROM identities WHERE kind = 'phone'");
    int count = 0;
    while (identities.executeStep()) {
        const QString phone = QString::fromStdString(identities.getColumn(0).getString());
        QVERIFY2(e164.match(phone).hasMatch(), qPrintable(phone));
        ++count;
    }
    QVERIFY(count >= seen.size());
    // A customer's number is a number of their country.
    QCOMPARE(scalar(db,
                    "SELECT count(*) FROM customers WHERE phone IS NOT NULL AND NOT ("
                    "(country = 'CN' AND phone LIKE '+86%') OR (country = 'HK' AND phone LIKE '+852%') OR "
                    "(country = 'TW' AND phone LIKE '+886%') OR (country = 'US' AND phone LIKE '+1%') OR "
                    "(country = 'GB' AND phone LIKE '+44%') OR (country = 'AU' AND phone LIKE '+61%') OR "
                    "(country = 'SG' AND phone LIKE '+65%'))"),
             0);
    // Every customer's phone is one of their phone identities.
    QCOMPARE(scalar(db,
                    "SELECT count(*) FROM customers c WHERE phone IS NOT NULL AND NOT EXISTS "
                    "(SELECT 1 FROM identities i WHERE i.kind = 'phone' AND i.value = c.phone "
                    "AND i.customer_id = c.id)"),
             0);
}

void TestDemoGenerator::somePeopleHaveTwoAddresses()
{
    SQLite::Database &db = *m_db;
    const qint64 customers = scalar(db, "SELECT count(*) FROM customers");
    const qint64 twice = scalar(db,
                                "SELECT count(DISTINCT customer_id) FROM (SELECT customer_id FROM identities "
                                "WHERE kind IN ('email', 'phone') GROUP BY customer_id, kind HAVING count(*) > 1)");
    const double share = static_cast<double>(twice) / static_cast<double>(customers);
    QVERIFY2(share >= 0.01 && share <= 0.06, qPrintable(QString::number(share)));
}

void TestDemoGenerator::campaignsHaveRandomControlGroups()
{
    SQLite::Database &db = *m_db;
    QCOMPARE(scalar(db, "SELECT count(*) FROM campaigns"), 3);
    SQLite::Statement campaigns(db,
                                "SELECT c.id, c.holdout, "
                                "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id "
                                "AND grp = 'treatment'), "
                                "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id "
                                "AND grp = 'control') "
                                "FROM campaigns c ORDER BY c.id");
    int seen = 0;
    while (campaigns.executeStep()) {
        ++seen;
        const int id = campaigns.getColumn(0).getInt();
        const double holdout = campaigns.getColumn(1).getDouble();
        const double treatment = static_cast<double>(campaigns.getColumn(2).getInt64());
        const double control = static_cast<double>(campaigns.getColumn(3).getInt64());
        const double members = treatment + control;
        const QByteArray what =
            u"campaign %1: %2 of %3 in control, holdout %4"_s.arg(id).arg(control).arg(members).arg(holdout).toUtf8();
        QVERIFY2(holdout > 0 && holdout < 1, what.constData());
        QVERIFY2(treatment > 0 && control > 0, what.constData());
        // The control share is a binomial draw with p = holdout: within four standard deviations.
        const double sigma = std::sqrt(members * holdout * (1 - holdout));
        QVERIFY2(std::abs(control - members * holdout) <= 4 * sigma, what.constData());
    }
    QCOMPARE(seen, 3);
    // The control group is never contacted; the treatment group is.
    QCOMPARE(scalar(db,
                    "SELECT count(*) FROM events e JOIN campaign_members m ON m.campaign_id = e.campaign_id "
                    "AND m.customer_id = e.customer_id WHERE m.grp = 'control'"),
             0);
    QCOMPARE(scalar(db,
                    "SELECT count(*) FROM campaign_members m WHERE grp = 'treatment' AND NOT EXISTS "
                    "(SELECT 1 FROM events e WHERE e.campaign_id = m.campaign_id AND e.customer_id = m.customer_id "
                    "AND e.type = 'campaign_sent')"),
             0);
    QCOMPARE(scalar(db, "SELECT count(DISTINCT member_token) FROM campaign_members"),
             scalar(db, "SELECT count(*) FROM campaign_members"));
}

void TestDemoGenerator::metricsAgreeWithTheHistory()
{
    SQLite::Database &db = *m_db;
    QCOMPARE(scalar(db, "SELECT count(*) FROM customer_metrics"), scalar(db, "SELECT count(*) FROM customers"));
    QCOMPARE(scalar(db,
                    "SELECT count(*) FROM customers c WHERE NOT EXISTS "
                    "(SELECT 1 FROM customer_metrics m WHERE m.customer_id = c.id)"),
             0);
    // Orders count the purchases (positive amounts); revenue is net of refunds.
    QCOMPARE(scalar(db, R"sql(
SELECT count(*) FROM customer_metrics m
LEFT JOIN (SELECT customer_id, count(*) FILTER (WHERE amount_minor > 0) AS orders, sum(amount_minor) AS revenue,
                  min(ordered_at) FILTER (WHERE amount_minor > 0) AS first_at,
                  max(ordered_at) FILTER (WHERE amount_minor > 0) AS last_at
           FROM transactions GROUP BY customer_id) t ON t.customer_id = m.customer_id
WHERE m.orders <> coalesce(t.orders, 0) OR m.revenue_minor <> coalesce(t.revenue, 0)
   OR m.first_purchase_at IS NOT t.first_at OR m.last_purchase_at IS NOT t.last_at)sql"),
             0);
    QCOMPARE(scalar(db, R"sql(
SELECT count(*) FROM customer_metrics m
LEFT JOIN (SELECT customer_id, count(*) AS n, min(occurred_at) AS first_at, max(occurred_at) AS last_at
           FROM events GROUP BY customer_id) e ON e.customer_id = m.customer_id
WHERE m.events <> coalesce(e.n, 0) OR m.first_event_at IS NOT e.first_at OR m.last_event_at IS NOT e.last_at)sql"),
             0);
    // Not vacuous: the comparison covered buyers and their money.
    QVERIFY(scalar(db, "SELECT sum(orders) FROM customer_metrics") > 1000);
    QCOMPARE(scalar(db, "SELECT sum(revenue_minor) FROM customer_metrics"),
             scalar(db, "SELECT sum(amount_minor) FROM transactions"));
}

void TestDemoGenerator::dailySalesAgreeWithTheHistory()
{
    SQLite::Database &db = *m_db;
    QCOMPARE(scalar(db, "SELECT sum(revenue_minor) FROM sales_daily"),
             scalar(db, "SELECT sum(amount_minor) FROM transactions"));
    QCOMPARE(scalar(db, "SELECT sum(transactions) FROM sales_daily"), scalar(db, "SELECT count(*) FROM transactions"));
    // Orders have a positive amount; refunds a negative one.
    QCOMPARE(scalar(db, "SELECT sum(orders) FROM sales_daily"),
             scalar(db, "SELECT count(*) FROM transactions WHERE amount_minor > 0"));
    QCOMPARE(scalar(db, "SELECT sum(refunds) FROM sales_daily"),
             scalar(db, "SELECT count(*) FROM transactions WHERE amount_minor < 0"));
    // Day by day, not only in total.
    QCOMPARE(scalar(db, R"sql(
WITH direct AS (SELECT ordered_at / 86400 AS day, count(*) FILTER (WHERE amount_minor > 0) AS orders,
                       sum(amount_minor) AS revenue_minor
                FROM transactions GROUP BY 1),
     kept AS (SELECT day, orders, revenue_minor FROM sales_daily)
SELECT count(*) FROM (SELECT * FROM direct EXCEPT SELECT * FROM kept
                      UNION ALL
                      SELECT * FROM kept EXCEPT SELECT * FROM direct))sql"),
             0);
    // Customer by customer and month (rebuilt after the bulk load).
    QVERIFY(scalar(db, "SELECT count(*) FROM customer_months") > 0);
    QCOMPARE(scalar(db, R"sql(
WITH direct AS (SELECT customer_id, CAST(strftime('%Y', ordered_at, 'unixepoch') AS INTEGER) * 12
                       + CAST(strftime('%m', ordered_at, 'unixepoch') AS INTEGER) - 1,
                       count(*) FILTER (WHERE amount_minor > 0), sum(amount_minor)
                FROM transactions WHERE customer_id IS NOT NULL GROUP BY 1, 2),
     kept AS (SELECT customer_id, month, orders, revenue_minor FROM customer_months)
SELECT count(*) FROM (SELECT * FROM direct EXCEPT SELECT * FROM kept
                      UNION ALL
                      SELECT * FROM kept EXCEPT SELECT * FROM direct))sql"),
             0);
}

void TestDemoGenerator::keepsTheFullSchema()
{
    // The demo is bulk-loaded without indexes and triggers: all of them must be back, or
    // later imports into the demo would leave sales_daily behind.
    const QString fresh = m_dir.filePath(u"fresh.mwb"_s);
    QVERIFY(Workspace::create(fresh).workspace);
    SQLite::Database empty(fresh.toStdString(), SQLite::OPEN_READONLY);
    const char *schema = "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name";
    QCOMPARE(digest(*m_db, schema), digest(empty, schema));
    QVERIFY(scalar(*m_db, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'") >= 3);

    // The triggers work: a new order moves the day's totals.
    const QString copy = m_dir.filePath(u"copy.mwb"_s);
    QVERIFY(QFile::copy(m_shapes, copy));
    auto opened = Workspace::open(copy);
    QVERIFY2(opened.workspace, qPrintable(opened.error.message));
    SQLite::Database &db = opened.workspace->db();
    const qint64 before = scalar(db, "SELECT coalesce(sum(revenue_minor), 0) FROM sales_daily WHERE day = 20000");
    db.exec("INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor) "
            "VALUES ('TEST-1', 1, 20000 * 86400 + 5, 1234)");
    QCOMPARE(scalar(db, "SELECT revenue_minor FROM sales_daily WHERE day = 20000"), before + 1234);
}

void TestDemoGenerator::refusesAnExistingFile()
{
    const QStringList before = entries(m_dir.path());
    QFile file(m_shapes);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();

    DemoOptions options;
    options.customers = 100;
    const DemoResult again = DemoGenerator::create(m_shapes, options);
    QCOMPARE(again.error.code, StoreError::Code::AlreadyExists);
    QVERIFY2(again.error.message.contains(u"shapes.mwb"_s), qPrintable(again.error.message));
    QCOMPARE(again.summary.customers, 0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QCOMPARE(entries(m_dir.path()), before);
}

void TestDemoGenerator::missingFolderLeavesNoFiles()
{
    const QStringList before = entries(m_dir.path());
    const QString nowhere = m_dir.filePath(u"no/such/folder/demo.mwb"_s);
    DemoOptions options;
    options.customers = 100;
    const DemoResult failed = DemoGenerator::create(nowhere, options);
    QVERIFY(!failed.error.ok());
    // The message names the file asked for, not the temporary file the demo is written to.
    QVERIFY2(failed.error.message.contains(nowhere), qPrintable(failed.error.message));
    QVERIFY2(!failed.error.message.contains(u".partial"_s), qPrintable(failed.error.message));
    QVERIFY(!QFile::exists(nowhere));
    QVERIFY(!QDir(m_dir.filePath(u"no"_s)).exists());
    QCOMPARE(entries(m_dir.path()), before);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
