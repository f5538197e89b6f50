// Customers and journeys: the directory's pages, sorts and quick search against direct
// queries; profiles and timelines complete and in order; tags; merging two customers
// (nothing lost, counts add up, logged); paths to first purchase and each attribution
// model on hand-built journeys worked out by hand.
#include "customers/CustomerDirectory.h"
#include "customers/CustomerMerge.h"
#include "customers/CustomerPrivacy.h"
#include "customers/CustomerProfile.h"
#include "demo/DemoGenerator.h"
#include "import/Importer.h"
#include "customers/CustomerExport.h"
#include "journeys/JourneyAnalyzer.h"
#include "lifecycle/Lifecycle.h"
#include "metrics/CustomerMetrics.h"
#include "metrics/RfmScores.h"
#include "segments/SegmentQuery.h"
#include "store/Workspace.h"
#include "store/EventIds.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace mwb;

namespace {

constexpr qint64 kDay = 86400;
const qint64 kStart = QDate(1970, 1, 1).daysTo(QDate(2025, 3, 1)) * kDay;

qint64 count(SQLite::Database &db, const std::string &sql)
{
    return db.execAndGet(sql).getInt64();
}

void touch(SQLite::Database &db, qint64 customer, double day, const char *type, const char *channel)
{
    SQLite::Statement q(db,
                        "INSERT INTO events(customer_id, occurred_at, type, channel, id) VALUES (?1, ?2, ?3, ?4, ?5)");
    q.bind(5, static_cast<int64_t>(EventIds::reserve(db, 1)));
    q.bind(1, static_cast<int64_t>(customer));
    q.bind(2, static_cast<int64_t>(kStart + std::llround(day * kDay)));
    q.bind(3, type);
    q.bind(4, channel);
    q.exec();
}

void order(SQLite::Database &db, qint64 customer, double day, qint64 amountMinor)
{
    static int ref = 0;
    SQLite::Statement q(
        db, "INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor) VALUES (?1, ?2, ?3, ?4)");
    q.bind(1, "J" + std::to_string(++ref));
    q.bind(2, static_cast<int64_t>(customer));
    q.bind(3, static_cast<int64_t>(kStart + std::llround(day * kDay)));
    q.bind(4, static_cast<int64_t>(amountMinor));
    q.exec();
}

} // namespace

class TestCustomers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void directoryPagesAndSorts();
    void quickSearch();
    void profileAndTimeline();
    void tags();
    void merge();
    void forgetKeepsAggregates();
    void importsKeepTheSearchIndex();
    void journeysWorkedByHand();
    void journeyFilters();
    void journeysOfAPeriodAreThoseStartingInIt_data();
    void journeysOfAPeriodAreThoseStartingInIt();
    void journeysReadInRangesAddUpToOnePass();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCustomers::initTestCase()
{
    m_demo = m_dir.filePath(u"demo.mwb"_s);
    DemoOptions options;
    options.customers = 1500;
    QVERIFY(DemoGenerator::create(m_demo, options).error.ok());
}

void TestCustomers::directoryPagesAndSorts()
{
    auto opened = Workspace::open(m_demo);
    SQLite::Database &db = opened.workspace->db();
    CustomerListQuery query;
    const CustomerIds all = CustomerDirectory::orderedIds(db, query);
    QVERIFY(all.ok());
    db.exec("INSERT INTO customer_search(customer_search, rank) VALUES ('integrity-check', 1)"); // built with the demo
    QCOMPARE(static_cast<qint64>(all.ids.size()), count(db, "SELECT count(*) FROM customers"));
    QVERIFY(std::is_sorted(all.ids.begin(), all.ids.end()));
    const QList<CustomerListRow> page = CustomerDirectory::firstPage(db, query, 50);
    QCOMPARE(page.size(), qsizetype(50));
    for (int i = 0; i < 50; ++i)
        QCOMPARE(page[i].id, all.ids[static_cast<std::size_t>(i)]);

    // Revenue, largest first, ties by id: as a direct query orders them.
    query.sort = CustomerSort::Revenue;
    query.descending = true;
    const CustomerIds byRevenue = CustomerDirectory::orderedIds(db, query);
    SQLite::Statement direct(db,
                             "SELECT customer_id FROM customer_metrics ORDER BY revenue_minor DESC, customer_id DESC");
    std::size_t i = 0;
    while (direct.executeStep())
        QCOMPARE(byRevenue.ids[i++], direct.getColumn(0).getInt64());
    QCOMPARE(CustomerDirectory::firstPage(db, query, 1).first().id, byRevenue.ids.front());

    // Any stretch of the ids, in their order, with the figures of customer_metrics.
    const std::vector<qint64> stretch(byRevenue.ids.begin() + 700, byRevenue.ids.begin() + 760);
    const QList<CustomerListRow> rows = CustomerDirectory::rows(db, stretch);
    QCOMPARE(rows.size(), qsizetype(60));
    for (qsizetype k = 0; k < rows.size(); ++k) {
        QCOMPARE(rows[k].id, stretch[static_cast<std::size_t>(k)]);
        QCOMPARE(
            rows[k].revenueMinor,
            count(db, "SELECT revenue_minor FROM customer_metrics WHERE customer_id = " + std::to_string(rows[k].id)));
    }
    QVERIFY(rows[0].revenueMinor >= rows[59].revenueMinor);

    // RFM segments in the order of their worth (Champions first), whatever language shows
    // their names; customers without one last.
    query.sort = CustomerSort::RfmSegment;
    query.descending = false;
    {
        const CustomerIds ids = CustomerDirectory::orderedIds(db, query);
        const QStringList &order = RfmScores::segmentNames();
        qsizetype previous = -1;
        bool unscored = false;
        for (std::size_t k = 0; k < ids.ids.size(); k += 97) {
            const QString segment = CustomerDirectory::rows(db, {ids.ids[k]}).first().rfmSegment;
            if (segment.isEmpty()) {
                unscored = true;
                continue;
            }
            QVERIFY2(!unscored, "a customer without a segment before one with");
            const qsizetype rank = order.indexOf(segment);
            QVERIFY2(rank >= previous, qPrintable(segment));
            previous = rank;
        }
        QCOMPARE(CustomerDirectory::rows(db, {ids.ids.front()}).first().rfmSegment, u"Champions"_s);
    }

    // Customers without a last purchase come last whichever the direction.
    query.sort = CustomerSort::LastPurchase;
    for (const bool descending : {false, true}) {
        query.descending = descending;
        const CustomerIds ids = CustomerDirectory::orderedIds(db, query);
        const QList<CustomerListRow> last = CustomerDirectory::rows(db, {ids.ids.back()});
        QVERIFY(!last.first().lastPurchase.isValid());
        const QList<CustomerListRow> first = CustomerDirectory::rows(db, {ids.ids.front()});
        QVERIFY(first.first().lastPurchase.isValid());
    }

    // A lifecycle stage as the filter.
    query = {};
    query.segment = SegmentDefinition::fromText(R"({"field": "lifecycle_stage", "op": "=", "value": "adopt"})").node;
    QCOMPARE(static_cast<qint64>(CustomerDirectory::orderedIds(db, query).ids.size()),
             count(db, "SELECT count(*) FROM customer_metrics WHERE lifecycle_stage = 'adopt'"));
}

void TestCustomers::quickSearch()
{
    auto opened = Workspace::open(m_demo);
    SQLite::Database &db = opened.workspace->db();
    SQLite::Statement pick(db,
                           "SELECT c.id, c.external_id, c.name, c.email, c.phone FROM customers c "
                           "WHERE c.email IS NOT NULL AND c.phone IS NOT NULL ORDER BY c.id LIMIT 1 OFFSET 40");
    QVERIFY(pick.executeStep());
    const qint64 id = pick.getColumn(0).getInt64();
    const QString external = QString::fromUtf8(pick.getColumn(1).getText());
    const QString name = QString::fromUtf8(pick.getColumn(2).getText());
    const QString email = QString::fromUtf8(pick.getColumn(3).getText());
    const QString phone = QString::fromUtf8(pick.getColumn(4).getText());

    auto found = [&db](const QString &text) {
        CustomerListQuery query;
        query.search = text;
        const CustomerIds ids = CustomerDirectory::orderedIds(db, query);
        return QList<qint64>(ids.ids.begin(), ids.ids.end());
    };
    for (const QString &text : {external, external.toLower(), email.left(email.indexOf(u'@')).toUpper(), email, phone,
                                phone.right(8), name.right(name.size() > 2 ? 2 : 1)})
        QVERIFY2(found(text).contains(id), qPrintable(text));
    // Every match really matches: the name, id, e-mail or phone holds the text.
    const QString part = name.right(1);
    const QList<qint64> matches = found(part);
    QVERIFY(!matches.isEmpty());
    for (const CustomerListRow &row : CustomerDirectory::rows(db, {matches.begin(), matches.end()})) {
        QVERIFY(row.name.contains(part, Qt::CaseInsensitive) || row.externalId.startsWith(part, Qt::CaseInsensitive)
                || row.email.startsWith(part, Qt::CaseInsensitive));
    }
    // From three characters the trigram index answers: the same customers as reading them.
    const QString three = email.left(3);
    const QList<qint64> indexed = found(three);
    SQLite::Statement scan(db,
                           "SELECT id FROM customers WHERE instr(lower(name), lower(?1)) > 0 OR "
                           "instr(lower(email), lower(?1)) > 0 OR instr(phone, ?1) > 0 OR "
                           "instr(lower(external_id), lower(?1)) > 0 ORDER BY id");
    scan.bind(1, three.toStdString());
    QList<qint64> scanned;
    while (scan.executeStep())
        scanned.append(scan.getColumn(0).getInt64());
    QCOMPARE(indexed, scanned);
    // Exactly an address the customer has besides the main one (a second e-mail).
    SQLite::Statement second(db,
                             "SELECT i.customer_id, i.value FROM identities i JOIN customers c ON c.id = i.customer_id "
                             "WHERE i.kind = 'email' AND i.value <> c.email LIMIT 1");
    if (second.executeStep()) {
        const qint64 owner = second.getColumn(0).getInt64();
        QVERIFY(found(QString::fromUtf8(second.getColumn(1).getText()).toUpper()).contains(owner));
    }
    // An export of the list writes its ids in its order.
    CustomerListQuery byRevenue;
    byRevenue.search = three;
    byRevenue.sort = CustomerSort::Revenue;
    byRevenue.descending = true;
    const CustomerIds shown = CustomerDirectory::orderedIds(db, byRevenue);
    CustomerExportRequest request;
    request.path = m_dir.filePath(u"shown.csv"_s);
    request.columns = {u"id"_s};
    request.ids = shown.ids;
    const CustomerExportResult written = CustomerExport::run(db, request);
    QVERIFY2(written.ok(), qPrintable(written.error));
    QCOMPARE(written.rows, qint64(shown.ids.size()));
    QFile file(request.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.value(1).trimmed().toLongLong(), shown.ids.front());
    QCOMPARE(lines.value(2).trimmed().toLongLong(), shown.ids[1]);
    QVERIFY(found(u"zzz-nobody-zzz"_s).isEmpty());
    // Values stay values.
    QVERIFY(found(u"' OR 1=1 --"_s).isEmpty());
}

void TestCustomers::profileAndTimeline()
{
    auto opened = Workspace::open(m_demo);
    SQLite::Database &db = opened.workspace->db();
    // A customer with orders, events and a campaign.
    const qint64 id = count(db,
                            "SELECT cm.customer_id FROM campaign_members cm JOIN customer_metrics m "
                            "ON m.customer_id = cm.customer_id WHERE m.orders >= 2 AND cm.grp = 'treatment' "
                            "ORDER BY m.events DESC LIMIT 1");
    const CustomerProfileData p = CustomerProfile::load(db, id);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.orders, count(db, "SELECT orders FROM customer_metrics WHERE customer_id = " + std::to_string(id)));
    QCOMPARE(p.revenueMinor,
             count(db, "SELECT revenue_minor FROM customer_metrics WHERE customer_id = " + std::to_string(id)));
    QCOMPARE(p.identities.size(),
             qsizetype(count(db, "SELECT count(*) FROM identities WHERE customer_id = " + std::to_string(id))));
    QVERIFY(!p.stage.isEmpty());
    QVERIFY(!p.campaigns.isEmpty());
    QCOMPARE(p.campaigns.first().group, u"treatment"_s);
    QVERIFY(p.campaigns.first().results.contains(u"sent"_s));

    const QList<TimelineItem> items = CustomerProfile::timeline(db, id);
    const qint64 events = count(db, "SELECT count(*) FROM events WHERE customer_id = " + std::to_string(id));
    const qint64 orders = count(db, "SELECT count(*) FROM transactions WHERE customer_id = " + std::to_string(id));
    QCOMPARE(items.size(), qsizetype(events + orders)); // every one, once
    qint64 orderItems = 0, campaignItems = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            QVERIFY(items[i - 1].at <= items[i].at);
        orderItems += items[i].kind == TimelineKind::Order || items[i].kind == TimelineKind::Refund ? 1 : 0;
        campaignItems += items[i].kind == TimelineKind::CampaignContact ? 1 : 0;
        if (items[i].kind == TimelineKind::CampaignContact)
            QVERIFY(!items[i].campaignName.isEmpty());
    }
    QCOMPARE(orderItems, orders);
    QVERIFY(campaignItems > 0);
    // An order shows its first line's product and how many lines it has.
    SQLite::Statement lines(db,
                            "SELECT count(*), max(CASE WHEN l.line_no = 1 THEN p.name END) FROM transactions t "
                            "JOIN order_lines l ON l.order_id = t.id JOIN products p ON p.id = l.product_id "
                            "WHERE t.order_ref = ?1");
    bool severalLines = false;
    for (const TimelineItem &item : items) {
        if (item.kind != TimelineKind::Order && item.kind != TimelineKind::Refund)
            continue;
        lines.bind(1, item.orderRef.toStdString());
        QVERIFY(lines.executeStep());
        QCOMPARE(item.lines, lines.getColumn(0).getInt());
        QCOMPARE(item.product, QString::fromStdString(lines.getColumn(1).getString()));
        severalLines = severalLines || item.lines > 1;
        lines.reset();
    }
    QVERIFY(severalLines);
    QVERIFY(!CustomerProfile::load(db, 999999999).ok());
}

void TestCustomers::tags()
{
    QTemporaryDir dir;
    auto created = Workspace::create(dir.filePath(u"t.mwb"_s));
    SQLite::Database &db = created.workspace->db();
    db.exec("INSERT INTO customers(id, external_id) VALUES (1, 'A')");
    QVERIFY(CustomerProfile::addTag(db, 1, u"  VIP 贵宾 "_s).isEmpty());
    QVERIFY(CustomerProfile::addTag(db, 1, u"VIP 贵宾"_s).isEmpty()); // once
    QCOMPARE(CustomerProfile::load(db, 1).tags, QStringList{u"VIP 贵宾"_s});
    QVERIFY(!CustomerProfile::addTag(db, 1, u"  "_s).isEmpty());
    QVERIFY(!CustomerProfile::addTag(db, 2, u"x"_s).isEmpty());
    QVERIFY(CustomerProfile::removeTag(db, 1, u"VIP 贵宾"_s).isEmpty());
    QVERIFY(!CustomerProfile::removeTag(db, 1, u"VIP 贵宾"_s).isEmpty());
    QVERIFY(CustomerProfile::load(db, 1).tags.isEmpty());
}

void TestCustomers::merge()
{
    const QString path = m_dir.filePath(u"merge.mwb"_s);
    QVERIFY(QFile::copy(m_demo, path));
    auto opened = Workspace::open(path);
    SQLite::Database &db = opened.workspace->db();
    // Two buyers, the second a member of a campaign the first is in too, when there is one.
    const qint64 kept =
        count(db, "SELECT customer_id FROM customer_metrics WHERE orders >= 2 ORDER BY customer_id LIMIT 1");
    const qint64 merged = count(db,
                                "SELECT customer_id FROM customer_metrics WHERE orders >= 1 AND customer_id > "
                                    + std::to_string(kept) + " ORDER BY customer_id DESC LIMIT 1");
    auto of = [&db](const char *table, qint64 id) {
        return count(db, std::string("SELECT count(*) FROM ") + table + " WHERE customer_id = " + std::to_string(id));
    };
    const qint64 orders = of("transactions", kept) + of("transactions", merged);
    const qint64 events = of("events", kept) + of("events", merged);
    const qint64 identities = of("identities", kept) + of("identities", merged);
    const qint64 customers = count(db, "SELECT count(*) FROM customers");
    const qint64 revenue = count(db,
                                 "SELECT sum(revenue_minor) FROM customer_metrics WHERE customer_id IN ("
                                     + std::to_string(kept) + "," + std::to_string(merged) + ")");
    const qint64 allOrders = count(db, "SELECT count(*) FROM transactions");

    const MergeResult r = CustomerMerge::merge(db, kept, merged);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(of("transactions", kept), orders);
    QCOMPARE(of("events", kept), events);
    QCOMPARE(of("identities", kept), identities);
    QCOMPARE(of("transactions", merged) + of("events", merged) + of("identities", merged), qint64(0));
    QCOMPARE(count(db, "SELECT count(*) FROM customers"), customers - 1);
    QCOMPARE(count(db, "SELECT count(*) FROM transactions"), allOrders); // nothing lost
    QCOMPARE(count(db, "SELECT revenue_minor FROM customer_metrics WHERE customer_id = " + std::to_string(kept)),
             revenue);
    QCOMPARE(
        count(db, "SELECT orders FROM customer_metrics WHERE customer_id = " + std::to_string(kept)),
        count(db,
              "SELECT count(*) FROM transactions WHERE amount_minor > 0 AND customer_id = " + std::to_string(kept)));
    QCOMPARE(r.ordersMoved + r.eventsMoved > 0, true);
    const QList<MergeRecord> history = CustomerMerge::history(db);
    QCOMPARE(history.size(), qsizetype(1));
    QCOMPARE(history.first().mergedId, merged);
    QCOMPARE(history.first().keptId, kept);
    QVERIFY(!history.first().mergedExternalId.isEmpty());
    SQLite::Statement fk(db, "PRAGMA foreign_key_check");
    QVERIFY(!fk.executeStep());

    // The search index followed the update and the delete (its own check of every entry).
    db.exec("INSERT INTO customer_search(customer_search, rank) VALUES ('integrity-check', 1)");
    CustomerListQuery byOldId;
    byOldId.search = history.first().mergedExternalId;
    const CustomerIds left = CustomerDirectory::orderedIds(db, byOldId);
    QVERIFY(std::find(left.ids.begin(), left.ids.end(), merged) == left.ids.end());
    // Refusals change nothing.
    QVERIFY(!CustomerMerge::merge(db, kept, kept).ok());
    QVERIFY(!CustomerMerge::merge(db, kept, merged).ok()); // gone
    QCOMPARE(count(db, "SELECT count(*) FROM customers"), customers - 1);
}

void TestCustomers::forgetKeepsAggregates()
{
    const QString path = m_dir.filePath(u"forget.mwb"_s);
    QVERIFY(QFile::copy(m_demo, path));
    auto opened = Workspace::open(path);
    SQLite::Database &db = opened.workspace->db();
    // A campaign member with orders, e-mail, phone and postal address.
    const qint64 id = count(db,
                            "SELECT cm.customer_id FROM campaign_members cm JOIN customers c ON c.id = cm.customer_id "
                            "JOIN customer_metrics m ON m.customer_id = c.id WHERE c.email IS NOT NULL "
                            "AND c.phone IS NOT NULL AND c.address IS NOT NULL AND m.orders > 0 "
                            "ORDER BY cm.customer_id LIMIT 1");
    const std::string who = std::to_string(id);
    const CustomerProfileData before = CustomerProfile::load(db, id);
    const QString oldToken = QString::fromStdString(
        db.execAndGet("SELECT member_token FROM campaign_members WHERE customer_id = " + who + " LIMIT 1").getString());
    const qint64 revenue = count(db, "SELECT sum(revenue_minor) FROM customer_metrics");
    const qint64 events = count(db, "SELECT count(*) FROM events");
    const qint64 members = count(db, "SELECT count(*) FROM campaign_members");
    QVERIFY(CustomerProfile::addTag(db, id, u"VIP"_s).isEmpty());

    const ForgetResult r = CustomerPrivacy::forget(db, id);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.identitiesRemoved >= 2);
    QVERIFY(r.tagsRemoved >= 1); // VIP, and any the demo gave
    QVERIFY(r.tokensReplaced >= 1);
    const CustomerProfileData after = CustomerProfile::load(db, id);
    QVERIFY(after.ok());
    QVERIFY(after.name.isEmpty() && after.email.isEmpty() && after.phone.isEmpty() && after.externalId.isEmpty());
    QVERIFY(!before.address.isEmpty());
    QVERIFY(after.address.isEmpty() && after.postalCode.isEmpty());
    QVERIFY(after.identities.isEmpty() && after.tags.isEmpty() && after.attributes.isEmpty());
    QCOMPARE(after.orders, before.orders); // what they did stays
    QCOMPARE(after.stage, before.stage);
    QCOMPARE(count(db, "SELECT sum(revenue_minor) FROM customer_metrics"), revenue);
    QCOMPARE(count(db, "SELECT count(*) FROM events"), events);
    QCOMPARE(count(db, "SELECT count(*) FROM campaign_members"), members);
    QCOMPARE(count(db, "SELECT count(*) FROM campaign_members WHERE member_token = '" + oldToken.toStdString() + "'"),
             qint64(0));
    QCOMPARE(count(db, "SELECT count(*) FROM events WHERE customer_id = " + who + " AND detail IS NOT NULL"),
             qint64(0));
    // Not found by anything that identified them.
    for (const QString &text : {before.email, before.phone, before.externalId, before.name}) {
        CustomerListQuery query;
        query.search = text;
        const CustomerIds ids = CustomerDirectory::orderedIds(db, query);
        QVERIFY2(std::find(ids.ids.begin(), ids.ids.end(), id) == ids.ids.end(), qPrintable(text));
    }
    db.exec("INSERT INTO customer_search(customer_search, rank) VALUES ('integrity-check', 1)");
    const QList<ForgetRecord> log = CustomerPrivacy::log(db);
    QCOMPARE(log.size(), qsizetype(1));
    QCOMPARE(log.first().customerId, id);
    QVERIFY(!CustomerPrivacy::forget(db, 999999999).ok());
}

void TestCustomers::importsKeepTheSearchIndex()
{
    QTemporaryDir dir;
    auto created = Workspace::create(dir.filePath(u"i.mwb"_s), {u"CN"_s, u"CNY"_s});
    SQLite::Database &db = created.workspace->db();
    auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return file.fileName();
    };
    auto found = [&db](const QString &text) {
        CustomerListQuery query;
        query.search = text;
        return CustomerDirectory::orderedIds(db, query).ids.size();
    };
    ImportRequest first;
    first.kind = ImportKind::Contacts;
    first.path = write(u"a.csv"_s, "会员编号,姓名,手机号\r\nVIP001,欧阳娜娜,13800138000\r\nVIP002,Zhang Wei,\r\n");
    QVERIFY(Importer::run(db, first).ok());
    QCOMPARE(found(u"欧阳娜"_s), std::size_t(1));
    QCOMPARE(found(u"38001"_s), std::size_t(1));
    // A second file fills VIP002's e-mail and brings VIP004: the index follows both.
    ImportRequest second = first;
    second.path = write(u"b.csv"_s, "会员编号,邮箱\r\nVIP004,new.one@example.com\r\nVIP002,wei.zhang@example.com\r\n");
    QVERIFY(Importer::run(db, second).ok());
    QCOMPARE(found(u"wei.zhang@ex"_s), std::size_t(1));
    QCOMPARE(found(u"new.one@"_s), std::size_t(1));
    QCOMPARE(found(u"VIP00"_s), std::size_t(3));
    // A dry run and an undo leave the index as the customers are.
    ImportRequest dry = first;
    dry.path = write(u"c.csv"_s, "会员编号,姓名\r\nVIP003,Dry Run Person\r\n");
    dry.dryRun = true;
    QVERIFY(Importer::run(db, dry).ok());
    QCOMPARE(found(u"Dry Run"_s), std::size_t(0));
    db.exec("INSERT INTO customer_search(customer_search, rank) VALUES ('integrity-check', 1)");
    SQLite::Statement triggers(
        db, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'customers_search_%'");
    QVERIFY(triggers.executeStep());
    QCOMPARE(triggers.getColumn(0).getInt(), 3); // back after every import
    QCOMPARE(count(db, "SELECT count(*) FROM customer_search"), count(db, "SELECT count(*) FROM customers"));
}

void TestCustomers::journeysWorkedByHand()
{
    QTemporaryDir dir;
    auto created = Workspace::create(dir.filePath(u"j.mwb"_s));
    SQLite::Database &db = created.workspace->db();
    {
        SQLite::Transaction transaction(db);
        for (int id = 1; id <= 6; ++id)
            db.exec("INSERT INTO customers(id, external_id) VALUES (" + std::to_string(id) + ", 'C" + std::to_string(id)
                    + "')");
        // 1: web, email, email, then buys 100.00 on day 5.
        touch(db, 1, 1, "web_visit", "web");
        touch(db, 1, 2, "email_open", "email");
        touch(db, 1, 3, "email_click", "email");
        order(db, 1, 5, 10000);
        // 2: web, buys 50.00 on day 2; an e-mail afterwards is not part of the journey.
        touch(db, 2, 1, "web_visit", "web");
        order(db, 2, 2, 5000);
        order(db, 2, 9, 7000);
        touch(db, 2, 10, "email_open", "email");
        // 3: web, email, never buys.
        touch(db, 3, 1, "web_visit", "web");
        touch(db, 3, 4, "email_open", "email");
        // 4: buys 80.00 with no touchpoint before.
        order(db, 4, 3, 8000);
        // 5: a long journey: sms web sms web sms web app email, never buys.
        const char *longPath[] = {"sms", "web", "sms", "web", "sms", "web", "app", "email"};
        for (int i = 0; i < 8; ++i)
            touch(db, 5, 1 + i, "x_touch", longPath[i]);
        // 6: a campaign send, then buys 20.00 a day and an hour later.
        touch(db, 6, 1, "campaign_sent", "sms");
        order(db, 6, 2 + 1.0 / 24, 2000);
        CustomerMetrics::recomputeAll(db);
        Lifecycle::recomputeAll(db);
        transaction.commit();
    }
    JourneyFilter filter;
    filter.maxSteps = 4;
    const JourneyResult r = JourneyAnalyzer::analyze(db, filter);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.customers, qint64(6));
    QCOMPARE(r.converters, qint64(4));
    QCOMPARE(r.firstPurchaseRevenueMinor, 10000.0 + 5000 + 8000 + 2000);
    QCOMPARE(r.touchpoints, qint64(16));
    auto path = [&r](const QStringList &steps) -> const JourneyPath * {
        for (const JourneyPath &p : r.paths) {
            if (p.steps == steps)
                return &p;
        }
        return nullptr;
    };
    const JourneyPath *webEmail = path({u"web"_s, u"email"_s});
    QVERIFY(webEmail);
    QCOMPARE(webEmail->customers, qint64(2)); // 1 and 3
    QCOMPARE(webEmail->converters, qint64(1));
    QCOMPARE(*webEmail->medianDaysToConvert, 4.0); // day 1 to day 5
    const JourneyPath *web = path({u"web"_s});
    QVERIFY(web);
    QCOMPARE(web->converters, qint64(1));
    QCOMPARE(*web->medianDaysToConvert, 1.0);
    const JourneyPath *direct = path({});
    QVERIFY(direct);
    QCOMPARE(direct->converters, qint64(1));
    QVERIFY(path({u"…"_s, u"web"_s, u"app"_s, u"email"_s})); // the last maxSteps − 1 steps
    QVERIFY(path({u"sms"_s}));                               // the campaign send, on its channel
    // 1 d 1 h in days, to double precision (single precision gives 1.0416666269302368).
    QCOMPARE(*path({u"sms"_s})->medianDaysToConvert, 25.0 / 24);
    QCOMPARE(r.other.customers, qint64(0));

    // Flow: web → email for 2; the path's end leads to Purchase or No purchase.
    qint64 webToEmail = 0, emailToPurchase = 0, emailToNone = 0;
    for (const JourneyLink &l : r.links) {
        if (l.position == 0 && l.from == u"web"_s && l.to == u"email"_s)
            webToEmail = l.customers;
        if (l.position == 1 && l.from == u"email"_s && l.to == u"Purchase"_s)
            emailToPurchase = l.customers;
        if (l.position == 1 && l.from == u"email"_s && l.to == u"No purchase"_s)
            emailToNone = l.customers;
    }
    QCOMPARE(webToEmail, qint64(2));
    QCOMPARE(emailToPurchase, qint64(1));
    QCOMPARE(emailToNone, qint64(1));

    // Attribution, worked by hand.
    auto credit = [&r](const QString &channel) {
        for (const ChannelCredit &c : r.attribution) {
            if (c.channel == channel)
                return c;
        }
        return ChannelCredit{};
    };
    QCOMPARE(credit(u"web"_s).firstTouchMinor, 15000.0);  // 1 and 2
    QCOMPARE(credit(u"email"_s).lastTouchMinor, 10000.0); // 1
    QCOMPARE(credit(u"web"_s).lastTouchMinor, 5000.0);    // 2
    QCOMPARE(credit(u"(direct)"_s).linearMinor, 8000.0);  // 4
    QCOMPARE(credit(u"sms"_s).timeDecayMinor, 2000.0);    // 6
    QVERIFY(std::abs(credit(u"web"_s).linearMinor - (10000.0 / 3 + 5000)) < 1e-6);
    QVERIFY(std::abs(credit(u"email"_s).linearMinor - 20000.0 / 3) < 1e-6);
    // Time decay for 1: touches 4, 3 and 2 days before the order, half-life 7 days.
    const double w1 = std::exp2(-4.0 / 7), w2 = std::exp2(-3.0 / 7), w3 = std::exp2(-2.0 / 7);
    QVERIFY(std::abs(credit(u"web"_s).timeDecayMinor - (10000 * w1 / (w1 + w2 + w3) + 5000)) < 1e-6);
    for (const auto model : {&ChannelCredit::firstTouchMinor, &ChannelCredit::lastTouchMinor,
                             &ChannelCredit::linearMinor, &ChannelCredit::timeDecayMinor}) {
        double sum = 0;
        for (const ChannelCredit &c : r.attribution)
            sum += c.*model;
        QVERIFY(std::abs(sum - r.firstPurchaseRevenueMinor) < 1e-6);
    }
}

void TestCustomers::journeyFilters()
{
    auto opened = Workspace::open(m_demo);
    SQLite::Database &db = opened.workspace->db();
    const JourneyResult all = JourneyAnalyzer::analyze(db, {});
    QVERIFY(all.ok());
    QVERIFY(all.customers > 1000);
    qint64 listed = all.other.customers;
    for (const JourneyPath &p : all.paths)
        listed += p.customers;
    QCOMPARE(listed, all.customers);
    QCOMPARE(all.converters, count(db, "SELECT count(*) FROM customer_metrics WHERE orders > 0"));

    JourneyFilter onlyWeb;
    onlyWeb.channels = {u"web"_s};
    const JourneyResult web = JourneyAnalyzer::analyze(db, onlyWeb);
    for (const JourneyPath &p : web.paths) {
        for (const QString &step : p.steps)
            QVERIFY(step == u"web"_s || step == u"…"_s);
    }
    JourneyFilter segment;
    segment.segment = SegmentDefinition::fromText(R"({"field": "city", "op": "=", "value": "上海"})").node;
    const JourneyResult shanghai = JourneyAnalyzer::analyze(db, segment);
    QVERIFY(shanghai.customers > 0 && shanghai.customers < all.customers);
    QVERIFY(shanghai.customers <= SegmentQuery::count(db, *segment.segment).count);

    JourneyFilter year;
    year.from = QDate(2025, 1, 1);
    year.to = QDate(2025, 12, 31);
    const JourneyResult y = JourneyAnalyzer::analyze(db, year);
    QVERIFY(y.customers > 0 && y.customers < all.customers);

    const std::atomic_bool cancel = true;
    QVERIFY(JourneyAnalyzer::analyze(db, {}, {}, &cancel).cancelled);
}

void TestCustomers::journeysOfAPeriodAreThoseStartingInIt_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("channels");
    QTest::addColumn<bool>("campaignContacts");
    QTest::newRow("a quarter") << QDate(2026, 4, 1) << QDate(2026, 6, 30) << QStringList() << true;
    QTest::newRow("a year, e-mail only") << QDate(2025, 1, 1) << QDate(2025, 12, 31) << QStringList{u"email"_s} << true;
    QTest::newRow("since a day, no campaign contacts") << QDate(2025, 9, 1) << QDate() << QStringList() << false;
    QTest::newRow("until a day, wechat and app")
        << QDate() << QDate(2024, 3, 31) << QStringList{u"wechat"_s, u"app"_s} << false;
}

// The journeys of a period are every customer's whose journey starts in it: the first
// wanted touchpoint before the first order, else the first order. Counted here from the
// raw rows, customer by customer.
void TestCustomers::journeysOfAPeriodAreThoseStartingInIt()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, channels);
    QFETCH(bool, campaignContacts);
    auto opened = Workspace::open(m_demo);
    SQLite::Database &db = opened.workspace->db();
    JourneyFilter filter;
    filter.from = from;
    filter.to = to;
    filter.channels = channels;
    filter.includeCampaignContacts = campaignContacts;
    const JourneyResult r = JourneyAnalyzer::analyze(db, filter);
    QVERIFY(r.ok());

    QString wanted = u"1"_s;
    if (!channels.isEmpty())
        wanted += u" AND lower(coalesce(e.channel, '')) IN ('"_s + channels.join(u"', '"_s) + u"')"_s;
    if (!campaignContacts)
        wanted += u" AND e.type NOT LIKE 'campaign\\_%' ESCAPE '\\'"_s;
    const qint64 lower = from.isValid() ? QDate(1970, 1, 1).daysTo(from) * 86400 : std::numeric_limits<qint64>::min();
    const qint64 upper = to.isValid() ? (QDate(1970, 1, 1).daysTo(to) + 1) * 86400 : std::numeric_limits<qint64>::max();
    const QString sql = uR"(
        WITH firsts AS (
            SELECT c.id, (SELECT min(ordered_at) FROM transactions t
                          WHERE t.customer_id = c.id AND t.amount_minor > 0) AS first_order
            FROM customers c),
        starts AS (
            SELECT f.id, f.first_order, coalesce((SELECT min(e.occurred_at) FROM events e
                WHERE e.customer_id = f.id AND %1 AND e.occurred_at < coalesce(f.first_order, 9e18)), f.first_order)
                AS start
            FROM firsts f)
        SELECT count(*), count(first_order) FROM starts WHERE start >= ?1 AND start < ?2)"_s.arg(wanted);
    SQLite::Statement direct(db, sql.toStdString());
    direct.bind(1, static_cast<int64_t>(lower));
    direct.bind(2, static_cast<int64_t>(upper));
    QVERIFY(direct.executeStep());
    QVERIFY(direct.getColumn(0).getInt64() > 0);
    QCOMPARE(r.customers, direct.getColumn(0).getInt64());
    QCOMPARE(r.converters, direct.getColumn(1).getInt64());
}

// The customers are read in ranges of ids on several connections; the ranges' tallies add up
// to what one pass over everyone finds, whatever the ranges.
void TestCustomers::journeysReadInRangesAddUpToOnePass()
{
    auto opened = Workspace::open(m_demo);
    SQLite::Database &db = opened.workspace->db();
    for (const bool byPeriod : {false, true}) {
        JourneyFilter filter;
        if (byPeriod) {
            filter.from = QDate(2025, 1, 1);
            filter.to = QDate(2025, 12, 31);
        }
        qputenv("MWB_JOURNEY_RANGE", "1000000000");
        const JourneyResult one = JourneyAnalyzer::analyze(db, filter);
        qputenv("MWB_JOURNEY_RANGE", "37");
        const JourneyResult ranged = JourneyAnalyzer::analyze(db, filter);
        qunsetenv("MWB_JOURNEY_RANGE");
        QVERIFY(one.ok() && ranged.ok());
        QVERIFY(one.customers > 100);
        QCOMPARE(ranged.customers, one.customers);
        QCOMPARE(ranged.converters, one.converters);
        QCOMPARE(ranged.touchpoints, one.touchpoints);
        QVERIFY(std::abs(ranged.firstPurchaseRevenueMinor - one.firstPurchaseRevenueMinor) < 1e-6);
        QCOMPARE(ranged.paths.size(), one.paths.size());
        for (qsizetype i = 0; i < one.paths.size(); ++i) {
            QCOMPARE(ranged.paths[i].steps, one.paths[i].steps);
            QCOMPARE(ranged.paths[i].customers, one.paths[i].customers);
            QCOMPARE(ranged.paths[i].converters, one.paths[i].converters);
            QCOMPARE(ranged.paths[i].medianDaysToConvert, one.paths[i].medianDaysToConvert);
        }
        QCOMPARE(ranged.other.customers, one.other.customers);
        QCOMPARE(ranged.other.medianDaysToConvert, one.other.medianDaysToConvert);
        QCOMPARE(ranged.links.size(), one.links.size());
        for (qsizetype i = 0; i < one.links.size(); ++i) {
            QCOMPARE(ranged.links[i].from, one.links[i].from);
            QCOMPARE(ranged.links[i].to, one.links[i].to);
            QCOMPARE(ranged.links[i].customers, one.links[i].customers);
        }
        QCOMPARE(ranged.attribution.size(), one.attribution.size());
        for (qsizetype i = 0; i < one.attribution.size(); ++i) {
            QCOMPARE(ranged.attribution[i].channel, one.attribution[i].channel);
            for (const auto member : {&ChannelCredit::firstTouchMinor, &ChannelCredit::lastTouchMinor,
                                      &ChannelCredit::linearMinor, &ChannelCredit::timeDecayMinor})
                QVERIFY(std::abs(ranged.attribution[i].*member - one.attribution[i].*member) < 1e-6);
        }
    }
}

QTEST_GUILESS_MAIN(TestCustomers)
#include "tst_customers.moc"
