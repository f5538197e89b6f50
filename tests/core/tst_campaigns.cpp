// Campaigns and the closed loop: the statistics against Newcombe's published worked
// examples and hand computations, the random control split (exact sizes, reproducible,
// disjoint, each member's chance of control within binomial bounds), exclusions,
// target-list exports (member tokens, BOM, XLSX, hashed audiences against known SHA-256
// vectors, formula cells), results imports (matching, idempotency, unmatched rows) and the
// report on a workspace built by hand, where every count is known.
#include "campaigns/CampaignExport.h"
#include "campaigns/CampaignReport.h"
#include "campaigns/CampaignStore.h"
#include "campaigns/PendingExports.h"
#include "campaigns/ControlSplit.h"
#include "import/ResultStatus.h"
#include "campaigns/UpliftStatistics.h"
#include "demo/DemoGenerator.h"
#include "export/AtomicFile.h"
#include "import/Importer.h"
#include "lifecycle/Lifecycle.h"
#include "metrics/CustomerMetrics.h"
#include "metrics/RfmScores.h"
#include "segments/SegmentStore.h"
#include "store/Workspace.h"
#include "store/EventIds.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#ifdef Q_OS_LINUX
#include <sys/mount.h>
#include <unistd.h>
#endif
#include <set>

using namespace Qt::StringLiterals;
using namespace mwb;

namespace {

constexpr qint64 kDay = 86400;
const QDate kSendDate(2024, 6, 1);
const qint64 kSendAt = QDate(1970, 1, 1).daysTo(kSendDate) * kDay;

qint64 scalar(SQLite::Database &db, const std::string &sql)
{
    SQLite::Statement q(db, sql);
    return q.executeStep() ? q.getColumn(0).getInt64() : -1;
}

// 200 customers: ids 1-200, external ids C1…, e-mails for all but every tenth (those have
// a phone instead); each bought once a year before the send; customer 5 unsubscribed
// from e-mail; customers 11-20 were reached by another campaign 10 days before the send.
void buildWorkspace(SQLite::Database &db)
{
    SQLite::Transaction transaction(db);
    SQLite::Statement customer(
        db, "INSERT INTO customers(id, external_id, name, email, phone) VALUES (?1, ?2, ?3, ?4, ?5)");
    SQLite::Statement identity(db, "INSERT INTO identities(kind, value, customer_id) VALUES (?1, ?2, ?3)");
    SQLite::Statement order(db,
                            "INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor) "
                            "VALUES (?1, ?2, ?3, ?4)");
    for (qint64 id = 1; id <= 200; ++id) {
        const std::string ext = "C" + std::to_string(id);
        const std::string email = id % 10 == 0 ? std::string() : "person" + std::to_string(id) + "@example.com";
        const std::string phone = "+8613800" + std::to_string(100000 + id);
        customer.bind(1, static_cast<int64_t>(id));
        customer.bind(2, ext);
        customer.bind(3, id == 3 ? std::string("=HYPERLINK(\"http://x\")") : "Person " + std::to_string(id));
        if (email.empty())
            customer.bind(4);
        else
            customer.bind(4, email);
        customer.bind(5, phone);
        customer.exec();
        customer.reset();
        for (const auto &[kind, value] :
             {std::pair{"external_id", ext}, std::pair{"email", email}, std::pair{"phone", phone}}) {
            if (value.empty())
                continue;
            identity.bind(1, kind);
            identity.bind(2, value);
            identity.bind(3, static_cast<int64_t>(id));
            identity.exec();
            identity.reset();
        }
        order.bind(1, "O" + std::to_string(id));
        order.bind(2, static_cast<int64_t>(id));
        order.bind(3, static_cast<int64_t>(kSendAt - (30 + id) * kDay));
        order.bind(4, static_cast<int64_t>(10000 + id));
        order.exec();
        order.reset();
    }
    db.exec("INSERT INTO campaigns(id, name, channel, created_at, sent_at) VALUES (90, 'Earlier', 'sms', 0, "
            + std::to_string(kSendAt - 10 * kDay) + ")");
    db.exec("INSERT INTO events(customer_id, occurred_at, type, channel, campaign_id, id) VALUES (5, "
            + std::to_string(kSendAt - 100 * kDay) + ", 'campaign_unsubscribed', 'email', 90, "
            + std::to_string(EventIds::reserve(db, 1)) + ")");
    for (int id = 11; id <= 20; ++id) {
        db.exec("INSERT INTO events(customer_id, occurred_at, type, channel, campaign_id, id) VALUES ("
                + std::to_string(id) + ", " + std::to_string(kSendAt - 10 * kDay) + ", 'campaign_sent', 'sms', 90, "
                + std::to_string(EventIds::reserve(db, 1)) + ")");
    }
    CustomerMetrics::recomputeAll(db);
    Lifecycle::recomputeAll(db);
    RfmScores::recompute(db);
    transaction.commit();
}

qint64 saveEveryone(SQLite::Database &db)
{
    const SegmentSaveResult saved = SegmentStore::save(db, u"Everyone"_s, QJsonObject{{u"all"_s, QJsonArray{}}});
    return saved.id;
}

CampaignSpec spec(qint64 segmentId, const QString &name = u"Summer"_s)
{
    CampaignSpec s;
    s.name = name;
    s.channel = u"email"_s;
    s.segmentId = segmentId;
    s.sendDate = kSendDate;
    s.holdout = 0.25;
    s.seed = 7;
    s.costFixedMinor = 50000;
    s.costPerContactMinor = 10;
    return s;
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString &line : text.split(u"\r\n"_s, Qt::SkipEmptyParts))
        rows.append(line.split(u','));
    return rows;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestCampaigns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void newcombeWorkedExamples_data();
    void newcombeWorkedExamples();
    void wilsonAndPValue();
    void splitSizesAndSeeds();
    void splitChanceWithinBinomialBounds();
    void stratifiedSplit();
    void planAppliesExclusions();
    void createFreezesMembers();
    void createRefusals();
    void exportFormats();
    void hashesMatchKnownVectors();
    void pendingExportIsFinishedOrUndone();
    void fullWorkspaceDiskLogsNothingAndLeavesNoList();
    void resultStatuses();
    void closedLoop();
    void demoCampaignReports();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_n = 0;
};

void TestCampaigns::init()
{
    m_ws.reset();
    auto opened = Workspace::create(m_dir.filePath(u"w%1.mwb"_s.arg(++m_n)));
    QVERIFY2(opened.workspace, qPrintable(opened.error.message));
    m_ws = std::move(opened.workspace);
}

void TestCampaigns::newcombeWorkedExamples_data()
{
    QTest::addColumn<int>("x1");
    QTest::addColumn<int>("n1");
    QTest::addColumn<int>("x2");
    QTest::addColumn<int>("n2");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // Newcombe (1998), Statistics in Medicine 17:873-890, table II, method 10.
    QTest::newRow("a 56/70-48/80") << 56 << 70 << 48 << 80 << 0.0524 << 0.3339;
    QTest::newRow("b 9/10-3/10") << 9 << 10 << 3 << 10 << 0.1705 << 0.8090;
    QTest::newRow("c 6/7-2/7") << 6 << 7 << 2 << 7 << 0.0582 << 0.8062;
    QTest::newRow("d 5/56-0/29") << 5 << 56 << 0 << 29 << -0.0381 << 0.1926;
    QTest::newRow("e 0/10-0/20") << 0 << 10 << 0 << 20 << -0.1611 << 0.2775;
    QTest::newRow("f 0/10-0/10") << 0 << 10 << 0 << 10 << -0.2775 << 0.2775;
    QTest::newRow("g 10/10-0/20") << 10 << 10 << 0 << 20 << 0.6791 << 1.0;
    QTest::newRow("h 10/10-0/10") << 10 << 10 << 0 << 10 << 0.6075 << 1.0;
}

void TestCampaigns::newcombeWorkedExamples()
{
    QFETCH(int, x1);
    QFETCH(int, n1);
    QFETCH(int, x2);
    QFETCH(int, n2);
    QFETCH(double, low);
    QFETCH(double, high);
    const ProportionComparison c = UpliftStatistics::compare(x1, n1, x2, n2);
    QCOMPARE(std::round(c.interval.low * 10000) / 10000, low);
    QCOMPARE(std::round(c.interval.high * 10000) / 10000, high);
    QCOMPARE(c.difference, double(x1) / n1 - double(x2) / n2);
}

void TestCampaigns::wilsonAndPValue()
{
    // Wilson (1927) score interval for 81 of 263, worked by hand from the closed form.
    const Interval w = UpliftStatistics::wilson(81, 263);
    QVERIFY(std::abs(w.low - 0.255289) < 1e-6);
    QVERIFY(std::abs(w.high - 0.366210) < 1e-6);
    QCOMPARE(UpliftStatistics::wilson(0, 10).low, 0.0);
    QCOMPARE(UpliftStatistics::wilson(10, 10).high, 1.0);
    // 56/70 against 48/80: pooled p = 104/150, z = 2.6504, two-sided p = erfc(z/√2).
    const auto p = UpliftStatistics::twoProportionPValue(56, 70, 48, 80);
    QVERIFY(p);
    QVERIFY(std::abs(*p - 0.0080451) < 1e-6);
    // Equal rates: p = 1; nobody converted anywhere: undefined.
    QVERIFY(std::abs(*UpliftStatistics::twoProportionPValue(10, 100, 20, 200) - 1.0) < 1e-12);
    QVERIFY(!UpliftStatistics::twoProportionPValue(0, 100, 0, 50));
    QVERIFY(!UpliftStatistics::compare(0, 100, 0, 50).pValue);
}

void TestCampaigns::splitSizesAndSeeds()
{
    std::vector<qint64> ids;
    for (qint64 i = 1000; i > 0; --i)
        ids.push_back(i * 3);
    ids.push_back(30); // a duplicate is one member
    const SplitResult a = ControlSplit::split(ids, 0.1, 42);
    QCOMPARE(a.control.size(), std::size_t(100));
    QCOMPARE(a.treatment.size(), std::size_t(900));
    std::set<qint64> all(a.control.begin(), a.control.end());
    all.insert(a.treatment.begin(), a.treatment.end());
    QCOMPARE(all.size(), std::size_t(1000)); // disjoint and complete
    QVERIFY(std::is_sorted(a.control.begin(), a.control.end()));

    std::vector<qint64> shuffled(ids.rbegin(), ids.rend());
    QCOMPARE(ControlSplit::split(shuffled, 0.1, 42).control, a.control); // order of input does not matter
    QVERIFY(ControlSplit::split(ids, 0.1, 43).control != a.control);
    QCOMPARE(ControlSplit::split(ids, 0.0, 1).control.size(), std::size_t(0));
    QCOMPARE(ControlSplit::controlSize(7, 0.5), qint64(4)); // rounds half away from zero
    QCOMPARE(ControlSplit::controlSize(0, 0.5), qint64(0));
}

void TestCampaigns::splitChanceWithinBinomialBounds()
{
    // Over 4,000 seeds each of 50 members must land in control about share × seeds times:
    // within 5 standard deviations of the binomial (a false alarm about 1 in 1.7 million).
    const int seeds = 4000;
    const double share = 0.2;
    std::vector<qint64> ids(50);
    std::iota(ids.begin(), ids.end(), 1);
    std::vector<int> inControl(51, 0);
    for (int s = 0; s < seeds; ++s) {
        for (const qint64 id : ControlSplit::split(ids, share, quint64(s) * 7919 + 1).control)
            ++inControl[static_cast<std::size_t>(id)];
    }
    const double mean = seeds * share;
    const double sd = std::sqrt(seeds * share * (1 - share));
    for (qint64 id = 1; id <= 50; ++id)
        QVERIFY2(std::abs(inControl[static_cast<std::size_t>(id)] - mean) < 5 * sd, qPrintable(QString::number(id)));
}

void TestCampaigns::stratifiedSplit()
{
    std::vector<qint64> ids;
    std::vector<int> strata;
    for (qint64 i = 1; i <= 300; ++i) {
        ids.push_back(i);
        strata.push_back(i <= 10 ? 0 : (i <= 100 ? 1 : 2)); // 10, 90 and 200 members
    }
    const SplitResult s = ControlSplit::split(ids, 0.25, 5, strata);
    int perStratum[3] = {0, 0, 0};
    for (const qint64 id : s.control)
        ++perStratum[id <= 10 ? 0 : (id <= 100 ? 1 : 2)];
    QCOMPARE(perStratum[0], 3);  // round(2.5) = 3
    QCOMPARE(perStratum[1], 23); // round(22.5) = 23
    QCOMPARE(perStratum[2], 50);
    QCOMPARE(s.treatment.size() + s.control.size(), std::size_t(300));
}

void TestCampaigns::planAppliesExclusions()
{
    SQLite::Database &db = m_ws->db();
    buildWorkspace(db);
    const qint64 everyone = saveEveryone(db);
    CampaignSpec s = spec(everyone);
    CampaignPlan plan = CampaignStore::plan(db, s);
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(plan.audience, qint64(200));
    QCOMPARE(plan.excludedOptedOut, qint64(1));     // customer 5
    QCOMPARE(plan.excludedUnreachable, qint64(20)); // every tenth has no e-mail
    QCOMPARE(plan.excludedContacted, qint64(0));    // not asked
    QCOMPARE(plan.treatment + plan.control, qint64(179));
    QCOMPARE(plan.control, qint64(45)); // round(179 × 0.25)

    s.excludeContactedWithinDays = 30; // customers 11-20 (20 is unreachable already)
    plan = CampaignStore::plan(db, s);
    QCOMPARE(plan.excludedContacted, qint64(9));
    QCOMPARE(plan.treatment + plan.control, qint64(170));
    s.excludeContactedWithinDays = 5; // that contact was 10 days before
    QCOMPARE(CampaignStore::plan(db, s).excludedContacted, qint64(0));

    s.excludeContactedWithinDays = 0;
    s.excludeOptedOut = false;
    s.channel = u"sms"_s; // everyone has a phone; customer 5 opted out of e-mail, not SMS
    plan = CampaignStore::plan(db, s);
    QCOMPARE(plan.excludedUnreachable, qint64(0));
    QCOMPARE(plan.treatment + plan.control, qint64(200));
    QCOMPARE(plan.control, qint64(50));
    QVERIFY(std::find(plan.treatmentIds.begin(), plan.treatmentIds.end(), 5) != plan.treatmentIds.end()
            || std::find(plan.controlIds.begin(), plan.controlIds.end(), 5) != plan.controlIds.end());

    // Direct mail reaches who has a street address: here every third customer.
    db.exec("UPDATE customers SET address = id || ' High Street', postal_code = 'SW1A 1AA' WHERE id % 3 = 0");
    db.exec("UPDATE customers SET address = '', postal_code = 'SW1A 1AA' WHERE id = 1"); // a postcode is no address
    s.channel = u"direct_mail"_s;
    plan = CampaignStore::plan(db, s);
    QCOMPARE(plan.excludedUnreachable, qint64(200 - 66));
    QCOMPARE(plan.treatment + plan.control, qint64(66));
    QCOMPARE(CampaignExport::defaultColumns(s.channel),
             (QStringList{u"external_id"_s, u"name"_s, u"address"_s, u"postal_code"_s, u"city"_s, u"region"_s,
                          u"country"_s, u"tier"_s, u"lifecycle_stage"_s}));
    QCOMPARE(scalar(db, "SELECT count(*) FROM campaigns"), qint64(1)); // planning writes nothing
}

void TestCampaigns::createFreezesMembers()
{
    SQLite::Database &db = m_ws->db();
    buildWorkspace(db);
    const qint64 everyone = saveEveryone(db);
    const CampaignPlan plan = CampaignStore::plan(db, spec(everyone));
    const CampaignCreated created = CampaignStore::create(db, spec(everyone));
    QVERIFY2(created.ok(), qPrintable(created.error));
    // The stored split is the planned one: same seed, same audience.
    QCOMPARE(created.plan.controlIds, plan.controlIds);
    const std::optional<Campaign> c = CampaignStore::find(db, created.id);
    QVERIFY(c);
    QCOMPARE(c->treatment, plan.treatment);
    QCOMPARE(c->control, plan.control);
    QCOMPARE(c->segmentName, u"Everyone"_s);
    QCOMPARE(c->sendDate, kSendDate);
    QCOMPARE(c->seed, quint64(7));
    QCOMPARE(c->exported, qint64(0));
    QCOMPARE(CampaignStore::findByRef(db, u"Summer"_s)->id, created.id);
    QCOMPARE(CampaignStore::findByRef(db, QString::number(created.id))->id, created.id);
    QVERIFY(!CampaignStore::findByRef(db, u"Winter"_s));

    // Tokens: unique, a letter then 11 Crockford characters; RFM segment recorded.
    SQLite::Statement tokens(db, "SELECT member_token, rfm_segment FROM campaign_members WHERE campaign_id = ?1");
    tokens.bind(1, static_cast<int64_t>(created.id));
    const QRegularExpression shape(u"^[A-HJKMNP-TV-Z][0-9A-HJKMNP-TV-Z]{11}$"_s);
    QSet<QString> seen;
    while (tokens.executeStep()) {
        const QString token = QString::fromUtf8(tokens.getColumn(0).getText());
        QVERIFY2(shape.match(token).hasMatch(), qPrintable(token));
        seen.insert(token);
        QVERIFY(!tokens.getColumn(1).isNull());
    }
    QCOMPARE(seen.size(), qsizetype(plan.treatment + plan.control));

    // Members stay frozen when the segment changes later.
    QVERIFY(SegmentStore::updateDefinition(
                db, everyone,
                QJsonObject{{u"all"_s,
                             QJsonArray{QJsonObject{
                                 {u"field"_s, u"external_id"_s}, {u"op"_s, u"="_s}, {u"value"_s, u"C1"_s}}}}})
                .isEmpty());
    QCOMPARE(CampaignStore::find(db, created.id)->treatment, plan.treatment);
}

void TestCampaigns::createRefusals()
{
    SQLite::Database &db = m_ws->db();
    buildWorkspace(db);
    const qint64 everyone = saveEveryone(db);
    QVERIFY(CampaignStore::create(db, spec(everyone)).ok());
    const qint64 members = scalar(db, "SELECT count(*) FROM campaign_members");
    QVERIFY(CampaignStore::create(db, spec(everyone)).error.contains(u"already exists"_s));
    CampaignSpec bad = spec(everyone, u"Other"_s);
    bad.holdout = 0.95;
    QVERIFY(CampaignStore::create(db, bad).error.contains(u"share"_s));
    bad = spec(everyone, u"Other"_s);
    bad.channel = u"pigeon"_s;
    QVERIFY(CampaignStore::create(db, bad).error.contains(u"pigeon"_s));
    bad = spec(4242, u"Other"_s);
    QVERIFY(CampaignStore::create(db, bad).error.contains(u"4242"_s));
    // An empty treatment group is refused with what emptied it.
    const auto segment = [&db](const QString &name, const char *json) {
        return SegmentStore::save(db, name, QJsonDocument::fromJson(json).object()).id;
    };
    const qint64 noEmail = segment(u"No e-mail"_s, R"({"all": [{"field": "email", "op": "is_empty"}]})");
    const qint64 optedOut = segment(u"Five"_s, R"({"all": [{"field": "external_id", "op": "=", "value": "C5"}]})");
    const qint64 one = segment(u"One"_s, R"({"all": [{"field": "external_id", "op": "=", "value": "C1"}]})");
    const qint64 nobody = segment(u"Nobody"_s, R"({"all": [{"field": "external_id", "op": "=", "value": "none"}]})");
    QVERIFY(noEmail > 0 && optedOut > 0 && one > 0 && nobody > 0);
    QCOMPARE(CampaignStore::create(db, spec(noEmail, u"Other"_s)).error, u"None of the 20 has an e-mail address."_s);
    bad = spec(noEmail, u"Other"_s);
    bad.channel = u"direct_mail"_s;
    QCOMPARE(CampaignStore::create(db, bad).error, u"None of the 20 has a postal address."_s);
    QCOMPARE(CampaignStore::create(db, spec(optedOut, u"Other"_s)).error,
             u"All 1 have unsubscribed from this channel."_s);
    bad = spec(one, u"Other"_s);
    bad.holdout = 0.9;
    QCOMPARE(CampaignStore::create(db, bad).error,
             u"The 1 left after the exclusions all fall in the control group: lower its share."_s);
    QCOMPARE(CampaignStore::create(db, spec(nobody, u"Other"_s)).error, u"The segment has nobody in it now."_s);
    QCOMPARE(scalar(db, "SELECT count(*) FROM campaign_members"), members); // nothing half-written
    QCOMPARE(scalar(db, "SELECT count(*) FROM campaigns"), qint64(2));      // Earlier + Summer
}

void TestCampaigns::exportFormats()
{
    SQLite::Database &db = m_ws->db();
    buildWorkspace(db);
    const CampaignCreated created = CampaignStore::create(db, spec(saveEveryone(db)));
    QVERIFY(created.ok());

    CampaignExportRequest request;
    request.campaignId = created.id;
    request.path = m_dir.filePath(u"list.csv"_s);
    request.options.bom = true;
    request.columns = {u"external_id"_s, u"name"_s, u"email"_s};
    CampaignExportResult result = CampaignExport::run(db, request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rows, created.plan.treatment);
    QCOMPARE(result.contactsLogged, created.plan.treatment);
    QFile file(request.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFmember_token,external_id,name,email\r\n"));
    const QList<QStringList> rows = readCsv(request.path);
    QCOMPARE(rows.size(), qsizetype(created.plan.treatment + 1));
    // Only treatment members, each once; customer 3's name would run as a formula.
    QSet<QString> external;
    for (qsizetype i = 1; i < rows.size(); ++i)
        external.insert(rows[i][1]);
    QCOMPARE(external.size(), qsizetype(created.plan.treatment));
    for (const qint64 id : created.plan.controlIds)
        QVERIFY(!external.contains(u"C%1"_s.arg(id)));
    if (external.contains(u"C3"_s))
        QVERIFY(bytes.contains("'=HYPERLINK"));
    QVERIFY(!bytes.contains(",=HYPERLINK"));

    // Every treatment member got one contact event at the send date; a second export adds none.
    QCOMPARE(scalar(db,
                    "SELECT count(*) FROM events WHERE type = 'campaign_sent' AND campaign_id = "
                        + std::to_string(created.id) + " AND occurred_at = " + std::to_string(kSendAt)),
             created.plan.treatment);
    request.format = CampaignListFormat::Xlsx;
    request.path = m_dir.filePath(u"list.xlsx"_s);
    result = CampaignExport::run(db, request);
    QVERIFY(result.ok());
    QCOMPARE(result.contactsLogged, qint64(0));
    QCOMPARE(CampaignStore::find(db, created.id)->exported, created.plan.treatment);
    QFile xlsx(request.path);
    QVERIFY(xlsx.open(QIODevice::ReadOnly));
    QVERIFY(xlsx.read(2) == "PK"); // a zip container, as XLSX is

    // A failed export leaves nothing under the chosen name and logs nothing.
    request.path = m_dir.filePath(u"missing-folder/list.csv"_s);
    request.format = CampaignListFormat::Csv;
    QVERIFY(!CampaignExport::run(db, request).ok());
    QVERIFY(!QFile::exists(request.path));
}

void TestCampaigns::hashesMatchKnownVectors()
{
    // SHA-256 of "test@example.com" and of "+14155552671" (published customer-match examples).
    QCOMPARE(CampaignExport::hashEmail(u"  Test@Example.COM "_s),
             u"973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b"_s);
    QCOMPARE(CampaignExport::hashPhone(u"+14155552671"_s),
             QString::fromLatin1(QCryptographicHash::hash("+14155552671", QCryptographicHash::Sha256).toHex()));
    QCOMPARE(CampaignExport::hashEmail(u""_s), u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);

    SQLite::Database &db = m_ws->db();
    buildWorkspace(db);
    const CampaignCreated created = CampaignStore::create(db, spec(saveEveryone(db)));
    CampaignExportRequest request;
    request.campaignId = created.id;
    request.format = CampaignListFormat::Hashed;
    request.path = m_dir.filePath(u"hashed.csv"_s);
    const CampaignExportResult result = CampaignExport::run(db, request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.columns, CampaignExport::hashedColumns());
    QFile file(request.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("@example.com")); // never a clear-text e-mail
    QVERIFY(!bytes.contains("+86138"));       // nor a phone
    const QList<QStringList> rows = readCsv(request.path);
    QCOMPARE(rows.size(), qsizetype(created.plan.treatment + 1));
    const QString first = CampaignExport::hashEmail(u"person%1@example.com"_s.arg(created.plan.treatmentIds.front()));
    QCOMPARE(rows[1][1], first);
}

void TestCampaigns::resultStatuses()
{
    QCOMPARE(resultStatusFromText("Delivered"), ResultStatus::Delivered);
    QCOMPARE(resultStatusFromText("hard_bounce"), ResultStatus::Bounced);
    QCOMPARE(resultStatusFromText("Open"), ResultStatus::Opened);
    QCOMPARE(resultStatusFromText(" clicked "), ResultStatus::Clicked);
    QCOMPARE(resultStatusFromText("unsubscribe"), ResultStatus::Unsubscribed);
    QCOMPARE(resultStatusFromText("已送达"), ResultStatus::Delivered);
    QCOMPARE(resultStatusFromText("失败"), ResultStatus::Bounced);
    QCOMPARE(resultStatusFromText("退訂"), ResultStatus::Unsubscribed);
    QCOMPARE(resultStatusFromText("转化"), ResultStatus::Converted);
    QCOMPARE(resultStatusFromText("sent"), ResultStatus::Sent);
    QVERIFY(!resultStatusFromText("maybe"));
    QCOMPARE(QString::fromLatin1(resultEventType(ResultStatus::Converted)), u"campaign_converted"_s);
}

// A digest of everything an export may change: members' export times, contact events,
// and the metrics and stages that follow from them.
QByteArray exportState(SQLite::Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql : {"SELECT campaign_id, customer_id, exported_at FROM campaign_members ORDER BY 1, 2",
                            "SELECT id, customer_id, occurred_at, type, campaign_id FROM events ORDER BY id",
                            "SELECT customer_id, events, first_event_at, last_event_at, lifecycle_stage, stage_since, "
                            "hex(stage_history) FROM customer_metrics ORDER BY customer_id"}) {
        SQLite::Statement q(db, sql);
        while (q.executeStep()) {
            for (int c = 0; c < q.getColumnCount(); ++c)
                hash.addData(QByteArray::fromStdString(q.getColumn(c).getString() + "|"));
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

void TestCampaigns::pendingExportIsFinishedOrUndone()
{
    // What a kill between the logging transaction and the rename leaves: the contacts are
    // logged, the list is complete under its temporary name, the pending row says so.
    SQLite::Database &db = m_ws->db();
    buildWorkspace(db);
    const CampaignCreated created = CampaignStore::create(db, spec(saveEveryone(db)));
    QVERIFY(created.ok());
    Lifecycle::ensureCurrent(db);
    const QByteArray before = exportState(db);

    CampaignExportRequest request;
    request.campaignId = created.id;
    request.path = m_dir.filePath(u"pending.csv"_s);
    const CampaignExportResult result = CampaignExport::run(db, request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QByteArray after = exportState(db);
    QVERIFY(after != before);
    QCOMPARE(scalar(db, "SELECT count(*) FROM pending_exports"), qint64(0));

    PendingExport pending;
    pending.campaignId = created.id;
    pending.tempPath = m_dir.filePath(u".pending.csv.killed.part"_s);
    pending.targetPath = QFileInfo(request.path).absoluteFilePath();
    pending.sha256 = AtomicFile::fileSha256(request.path);
    pending.firstEventId = scalar(db,
                                  "SELECT min(id) - 1 FROM events WHERE type = 'campaign_sent' AND campaign_id = "
                                      + std::to_string(created.id));
    pending.lastEventId = scalar(db, "SELECT max(id) FROM events");
    pending.exportedAt =
        scalar(db, "SELECT max(exported_at) FROM campaign_members WHERE campaign_id = " + std::to_string(created.id));

    // 1. The temporary file is there and whole: it is put in place, the contacts stay.
    QVERIFY(QFile::rename(request.path, pending.tempPath));
    PendingExports::record(db, pending);
    QList<PendingOutcome> outcomes = PendingExports::finishAll(db);
    QCOMPARE(outcomes.size(), qsizetype(1));
    QVERIFY(outcomes[0].published);
    QVERIFY(QFileInfo(request.path).isFile());
    QVERIFY(!QFile::exists(pending.tempPath));
    QCOMPARE(exportState(db), after);
    QCOMPARE(scalar(db, "SELECT count(*) FROM pending_exports"), qint64(0));

    // 2. Renamed before the process stopped: nothing to do but forget the row.
    PendingExports::record(db, pending);
    outcomes = PendingExports::finishAll(db);
    QVERIFY(outcomes[0].published && !outcomes[0].undone);
    QCOMPARE(exportState(db), after);

    // 3. Neither the temporary file nor a target with its content: the contacts are undone,
    //    and every figure they moved is as it was before the export.
    QVERIFY(QFile::rename(request.path, pending.tempPath));
    QFile temp(pending.tempPath);
    QVERIFY(temp.open(QIODevice::Append));
    temp.write("damaged"); // not the content that was logged
    temp.close();
    PendingExports::record(db, pending);
    outcomes = PendingExports::finishAll(db);
    QVERIFY(outcomes[0].undone);
    QVERIFY(!QFile::exists(request.path));
    QVERIFY(!QFile::exists(pending.tempPath));
    QCOMPARE(exportState(db), before);
    QCOMPARE(CampaignStore::find(db, created.id)->exported, qint64(0));
}

void TestCampaigns::fullWorkspaceDiskLogsNothingAndLeavesNoList()
{
#ifdef Q_OS_LINUX
    if (::geteuid() != 0)
        QSKIP("mounting a small disk needs root");
    const QString disk = m_dir.filePath(u"small"_s);
    QVERIFY(QDir().mkpath(disk));
    if (::mount("tmpfs", QFile::encodeName(disk).constData(), "tmpfs", 0, "size=2m") != 0)
        QSKIP("this system does not let a test mount a tmpfs");
    const auto unmount = qScopeGuard([&] {
        m_ws.reset();
        ::umount(QFile::encodeName(disk).constData());
    });
    m_ws.reset();
    auto opened = Workspace::create(disk + u"/full.mwb"_s);
    QVERIFY(opened.workspace);
    m_ws = std::move(opened.workspace);
    SQLite::Database &db = m_ws->db();
    buildWorkspace(db);
    const CampaignCreated created = CampaignStore::create(db, spec(saveEveryone(db)));
    QVERIFY(created.ok());
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const QByteArray before = exportState(db);
    // Fill what is left of the disk, so logging the contacts cannot be written.
    {
        QFile filler(disk + u"/filler"_s);
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) { }
    }
    CampaignExportRequest request;
    request.campaignId = created.id;
    request.path = m_dir.filePath(u"list-on-another-disk.csv"_s); // the list itself has room
    const CampaignExportResult result = CampaignExport::run(db, request);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"full"_s), qPrintable(result.error));
    QCOMPARE(result.contactsLogged, qint64(0));
    QVERIFY(!QFile::exists(request.path));
    QVERIFY(QDir(m_dir.path()).entryList({u".list-on-another-disk*"_s}, QDir::Files | QDir::Hidden).isEmpty());
    QFile::remove(disk + u"/filler"_s);
    QCOMPARE(exportState(db), before);
    QCOMPARE(CampaignStore::find(db, created.id)->exported, qint64(0));
#else
    QSKIP("a full disk is made with a Linux tmpfs");
#endif
}

void TestCampaigns::closedLoop()
{
    SQLite::Database &db = m_ws->db();
    buildWorkspace(db);
    const CampaignCreated created = CampaignStore::create(db, spec(saveEveryone(db)));
    QVERIFY(created.ok());
    const qint64 id = created.id;
    CampaignExportRequest request;
    request.campaignId = id;
    request.path = m_dir.filePath(u"loop.csv"_s);
    request.columns = {u"external_id"_s, u"email"_s};
    QVERIFY(CampaignExport::run(db, request).ok());
    const QList<QStringList> list = readCsv(request.path);

    // The tool's report, made from the list: the first 100 delivered, 40 of them opened,
    // 10 of those clicked and converted with revenue 88.00; member 101 bounced; one row
    // by e-mail only; a token nobody has; a customer who is not a member (control).
    QByteArray results = "member_token,email,status,revenue,order_id,time\r\n";
    for (int i = 1; i <= 100; ++i) {
        const QByteArray token = list[i][0].toUtf8();
        results += token + ",,delivered,,,2024-06-01 09:00\r\n";
        if (i <= 40)
            results += token + ",,opened,,,2024-06-01 10:00\r\n";
        if (i <= 10) {
            results += token + ",,clicked,,,2024-06-01 11:00\r\n";
            results += token + ",,converted,88.00,W" + QByteArray::number(i) + ",2024-06-02 11:00\r\n";
        }
    }
    results += list[101][0].toUtf8() + ",,bounced,,,\r\n";
    results += "," + list[102][2].toUtf8() + ",Delivered,,,\r\n";
    results += "NOSUCHTOKEN0,,opened,,,\r\n";
    const qint64 controlMember = created.plan.controlIds.front();
    const qint64 controlWithEmail = controlMember % 10 == 0 ? created.plan.controlIds[1] : controlMember;
    results += ",person" + QByteArray::number(controlWithEmail) + "@example.com,opened,,,\r\n";
    const QString resultsPath = m_dir.filePath(u"results.csv"_s);
    writeFile(resultsPath, results);

    ImportRequest import;
    import.kind = ImportKind::Results;
    import.path = resultsPath;
    import.campaignId = id;
    ImportResult imported = Importer::run(db, import);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    const ImportSummary &s = imported.summary;
    QCOMPARE(s.rowsRead, qint64(100 + 40 + 20 + 1 + 1 + 1 + 1));
    QCOMPARE(s.rowsImported, qint64(163));
    QCOMPARE(s.rowsRejected, qint64(1)); // the unknown token
    QCOMPARE(s.rowsMatched, qint64(163));
    QCOMPARE(s.rowsUnmatched, qint64(1));
    QCOMPARE(s.matchedBy.value(u"member_token"_s), qint64(161));
    QCOMPARE(s.matchedBy.value(u"email"_s), qint64(2));
    QCOMPARE(s.customersCreated, qint64(0));
    QVERIFY(s.rejectReasons.firstKey().contains(u"member token"_s));

    // An order of a control member inside the window and one after it; a treatment
    // member's order inside the window without a converted result.
    const qint64 treatmentOrderer = created.plan.treatmentIds.back();
    db.exec("INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor) VALUES ('K1', "
            + std::to_string(controlMember) + ", " + std::to_string(kSendAt + 3 * kDay) + ", 5000), ('K2', "
            + std::to_string(created.plan.controlIds.back()) + ", " + std::to_string(kSendAt + 14 * kDay)
            + ", 7000), ('K3', " + std::to_string(treatmentOrderer) + ", " + std::to_string(kSendAt + kDay)
            + ", 12000)");

    const CampaignReportData r = CampaignReport::compute(db, id);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const qint64 nT = created.plan.treatment;
    const qint64 nC = created.plan.control;
    QCOMPARE(r.treatment.members, nT);
    QCOMPARE(r.control.members, nC);
    QCOMPARE(r.treatment.contacted, nT);
    QCOMPARE(r.control.contacted, qint64(0));
    // 100 by token, 1 by e-mail, and the treatment member who ordered without a result:
    // whoever converted after the contact was delivered to.
    QCOMPARE(r.treatment.delivered, qint64(102));
    QCOMPARE(r.treatment.bounced, qint64(1));
    QCOMPARE(r.treatment.opened, qint64(40));
    QCOMPARE(r.treatment.clicked, qint64(10));
    QCOMPARE(r.treatment.converted, qint64(11)); // 10 results + 1 order
    QCOMPARE(r.treatment.revenueMinor, qint64(10 * 8800 + 12000));
    QCOMPARE(r.control.opened, qint64(1));    // the result row that named a control member
    QCOMPARE(r.control.converted, qint64(1)); // K2 fell after the 14-day window
    QCOMPARE(r.control.revenueMinor, qint64(5000));
    QCOMPARE(r.windowEnd, kSendDate.addDays(13));

    const ProportionComparison expected = UpliftStatistics::compare(11, nT, 1, nC);
    QVERIFY(r.uplift.comparison);
    QCOMPARE(r.uplift.comparison->difference, expected.difference);
    QCOMPARE(r.uplift.comparison->interval.low, expected.interval.low);
    QCOMPARE(*r.uplift.comparison->pValue, *expected.pValue);
    QVERIFY(std::abs(*r.uplift.incrementalConversions - expected.difference * nT) < 1e-9);
    const double incrementalRevenue = (10 * 8800 + 12000) - 5000.0 * nT / nC;
    QVERIFY(std::abs(*r.uplift.incrementalRevenueMinor - incrementalRevenue) < 1e-6);
    QCOMPARE(r.costMinor, qint64(50000 + 10 * nT));
    QVERIFY(std::abs(*r.roi - (incrementalRevenue - r.costMinor) / r.costMinor) < 1e-12);
    QVERIFY(std::abs(*r.costPerIncrementalConversionMinor - r.costMinor / (expected.difference * nT)) < 1e-9);
    qint64 stageMembers = 0;
    for (const ReportBreakdownRow &row : r.byStage)
        stageMembers += row.treatment.members + row.control.members;
    QCOMPARE(stageMembers, nT + nC);
    qint64 rfmConversions = 0;
    for (const ReportBreakdownRow &row : r.byRfm)
        rfmConversions += row.treatment.converted;
    QCOMPARE(rfmConversions, qint64(11));

    // The results moved the customers: events, metrics and stages.
    QCOMPARE(scalar(db,
                    "SELECT count(*) FROM events WHERE campaign_id = " + std::to_string(id)
                        + " AND type = 'campaign_converted'"),
             qint64(10));

    // Importing the same report again changes nothing.
    const qint64 events = scalar(db, "SELECT count(*) FROM events");
    imported = Importer::run(db, import);
    QVERIFY(imported.ok());
    QCOMPARE(imported.summary.rowsImported, qint64(0));
    QCOMPARE(imported.summary.rowsDuplicate, qint64(163));
    QCOMPARE(scalar(db, "SELECT count(*) FROM events"), events);
    const CampaignReportData again = CampaignReport::compute(db, id);
    QCOMPARE(again.treatment.converted, r.treatment.converted);
    QCOMPARE(again.treatment.opened, r.treatment.opened);

    // The report as CSV.
    const QString csv = m_dir.filePath(u"report.csv"_s);
    QVERIFY(CampaignReport::writeCsv(r, csv, 100).isEmpty());
    const QList<QStringList> rows = readCsv(csv);
    QCOMPARE(rows.first().first(), u"section"_s);
    bool sawConverted = false;
    for (const QStringList &row : rows) {
        if (row.value(1) == u"converted"_s) {
            QCOMPARE(row.value(2), u"11"_s);
            QCOMPARE(row.value(3), u"1"_s);
            sawConverted = true;
        }
    }
    QVERIFY(sawConverted);

    // Results for an unknown campaign are refused before reading anything.
    import.campaignId = 9999;
    QVERIFY(!Importer::run(db, import).ok());
}

void TestCampaigns::demoCampaignReports()
{
    m_ws.reset();
    const QString path = m_dir.filePath(u"demo.mwb"_s);
    DemoOptions options;
    options.customers = 3000;
    QVERIFY(DemoGenerator::create(path, options).error.ok());
    auto opened = Workspace::open(path);
    QVERIFY(opened.workspace);
    SQLite::Database &db = opened.workspace->db();
    const QList<CampaignReportData> reports = CampaignReport::all(db);
    QCOMPARE(reports.size(), qsizetype(3));
    for (const CampaignReportData &r : reports) {
        QVERIFY2(r.ok(), qPrintable(r.error));
        const std::string id = std::to_string(r.campaign.id);
        QCOMPARE(r.treatment.members,
                 scalar(db,
                        "SELECT count(*) FROM campaign_members WHERE grp = 'treatment' "
                        "AND campaign_id = "
                            + id));
        QCOMPARE(r.control.members,
                 scalar(db,
                        "SELECT count(*) FROM campaign_members WHERE grp = 'control' "
                        "AND campaign_id = "
                            + id));
        QCOMPARE(r.treatment.contacted, r.treatment.members); // the demo's lists all went out
        QCOMPARE(r.campaign.exported, r.treatment.members);
        QCOMPARE(r.control.contacted, qint64(0));
        QVERIFY(r.treatment.converted >= scalar(db,
                                                "SELECT count(DISTINCT customer_id) FROM events WHERE "
                                                "type = 'campaign_converted' AND campaign_id = "
                                                    + id));
        QVERIFY(!r.windowOpen);
    }
}

QTEST_GUILESS_MAIN(TestCampaigns)
#include "tst_campaigns.moc"
