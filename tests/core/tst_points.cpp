// The member programme's points and referrals: one member's position worked by hand (lots
// used oldest first, the expiry rule settled by a recorded expiry, a debt paid back by the
// next earning); a points file with Chinese headers and types imported, rejected rows named,
// imported again without a change and undone; the balances kept for segments; referrals from
// a contacts column and from a referral file with their counts, revenue, cost, tree and
// segment fields, all against figures worked out by hand.
#include "import/ImportHistory.h"
#include "import/Importer.h"
#include "lifecycle/Lifecycle.h"
#include "membership/PointsLedger.h"
#include "membership/Referrals.h"
#include "segments/SegmentDefinition.h"
#include "segments/SegmentQuery.h"
#include "store/Days.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mwb;

namespace {

qint64 at(int y, int m, int d)
{
    return static_cast<qint64>(dayNumber(QDate(y, m, d))) * 86400 + 3600;
}

qint32 day(int y, int m, int d)
{
    return dayNumber(QDate(y, m, d));
}

// One member's ledger (the comments say what each entry does to their lots).
const std::vector<PointsEntry> kLedger = {
    {at(2024, 1, 10), 100, PointsType::Earn},   // lot 1: 100, expires 2025-01-10 under a 12-month rule
    {at(2024, 3, 1), 50, PointsType::Earn},     // lot 2: 50, expires 2025-03-01
    {at(2024, 4, 1), -30, PointsType::Redeem},  // lot 1: 70
    {at(2024, 6, 15), -10, PointsType::Adjust}, // lot 1: 60
    {at(2025, 1, 12), -60, PointsType::Expire}, // settles lot 1, expired by the rule on 2025-01-10
    {at(2025, 2, 1), -70, PointsType::Redeem},  // lot 2: 0, and 20 owed
    {at(2025, 2, 5), 40, PointsType::Earn},     // pays the 20 owed; lot 3: 20
};

const QByteArray kPointsFile = "会员编号,时间,积分,类型,备注\n"
                               "M1,2024-01-10,100,积分获得,O1\n"
                               "M1,2024-03-01,50,earn,O2\n"
                               "M1,2024-04-01,30,积分兑换,R1\n"
                               "M1,2024-06-15,-10,调整,fix\n"
                               "M1,2025-01-12,-60,过期,\n"
                               "M1,2025-02-01,-70,兑换,R2\n"
                               "M1,2025-02-05,40,获得,O3\n"
                               "M2,2024-01-01,100,earn,\n"
                               "M3,2024-05-05,abc,earn,\n"
                               "M3,2024-05-05,20,gift,\n";

} // namespace

class TestPoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void positionWorkedByHand();
    void ruleExpiryWithoutARecordedExpiry();
    void importedLedgerSummaryReimportAndUndo();
    void referralsFromContactsAndAReferralFile();

private:
    SQLite::Database &db() { return m_workspace->db(); }
    QString write(const QString &name, const QByteArray &content);
    ImportResult import(ImportKind kind, const QString &path);
    qint64 count(const QByteArray &definition);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    int m_files = 0;
};

void TestPoints::init()
{
    QVERIFY(m_dir.isValid());
    auto created = Workspace::create(m_dir.filePath(u"ws%1.mwb"_s.arg(++m_files)), {u"CN"_s, u"CNY"_s});
    QVERIFY2(created.workspace, qPrintable(created.error.message));
    m_workspace = std::move(created.workspace);
}

void TestPoints::cleanup()
{
    m_workspace.reset();
}

QString TestPoints::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

ImportResult TestPoints::import(ImportKind kind, const QString &path)
{
    ImportRequest request;
    request.path = path;
    request.kind = kind;
    request.writeRejectsFile = false;
    return Importer::run(db(), request);
}

qint64 TestPoints::count(const QByteArray &definition)
{
    const SegmentParse parsed = SegmentDefinition::fromText(definition);
    if (!parsed.ok())
        qFatal("%s", qPrintable(parsed.error));
    const SegmentCount counted = SegmentQuery::count(db(), parsed.node);
    if (!counted.ok())
        qFatal("%s", qPrintable(counted.error));
    return counted.count;
}

void TestPoints::positionWorkedByHand()
{
    PointsRules rules;
    rules.expiryMonths = 12;
    rules.noticeDays = 30;

    // The day before lot 1 expires: 60 of it left, all of it expiring within 30 days.
    PointsPosition p = PointsLedger::position(rules, kLedger, day(2024, 12, 31));
    QCOMPARE(p.issued, 150);
    QCOMPARE(p.redeemed, 30);
    QCOMPARE(p.adjusted, 10);
    QCOMPARE(p.expired, 0);
    QCOMPARE(p.outstanding, 110);
    QCOMPARE(p.expiring, 60);
    QCOMPARE(p.nextExpiryDay, std::optional<qint32>(day(2025, 1, 10)));

    // Lot 1 expired by the rule; lot 2 (2025-03-01) is beyond the notice.
    p = PointsLedger::position(rules, kLedger, day(2025, 1, 11));
    QCOMPARE(p.expired, 60);
    QCOMPARE(p.outstanding, 50);
    QCOMPARE(p.expiring, 0);
    QCOMPARE(p.nextExpiryDay, std::optional<qint32>(day(2025, 3, 1)));

    // The recorded expiry settles the rule's: not counted twice.
    p = PointsLedger::position(rules, kLedger, day(2025, 1, 12));
    QCOMPARE(p.expired, 60);
    QCOMPARE(p.outstanding, 50);

    // Redeemed more than held: 20 owed.
    p = PointsLedger::position(rules, kLedger, day(2025, 2, 2));
    QCOMPARE(p.redeemed, 100);
    QCOMPARE(p.outstanding, -20);
    QCOMPARE(p.nextExpiryDay, std::nullopt);

    // The next earning pays the debt first.
    p = PointsLedger::position(rules, kLedger, day(2025, 2, 5));
    QCOMPARE(p.issued, 190);
    QCOMPARE(p.outstanding, 20);
    QCOMPARE(p.issued - p.redeemed - p.expired - p.adjusted, p.outstanding);
    QCOMPARE(p.nextExpiryDay, std::optional<qint32>(day(2026, 2, 5)));

    // Without a rule nothing expires by itself; the recorded expiry takes the oldest points.
    const PointsRules never;
    p = PointsLedger::position(never, kLedger, day(2025, 1, 11));
    QCOMPARE(p.expired, 0);
    QCOMPARE(p.outstanding, 110);
    QCOMPARE(p.expiring, 0);
    QCOMPARE(p.nextExpiryDay, std::nullopt);
    p = PointsLedger::position(never, kLedger, day(2025, 2, 5));
    QCOMPARE(p.expired, 60);
    QCOMPARE(p.outstanding, 20);
}

void TestPoints::ruleExpiryWithoutARecordedExpiry()
{
    PointsRules rules;
    rules.expiryMonths = 12;
    const std::vector<PointsEntry> ledger = {{at(2024, 1, 1), 100, PointsType::Earn},
                                             {at(2024, 2, 29), 40, PointsType::Earn}};
    PointsPosition p = PointsLedger::position(rules, ledger, day(2024, 12, 31));
    QCOMPARE(p.outstanding, 140);
    QCOMPARE(p.expiring, 100); // 2025-01-01 is within 30 days
    p = PointsLedger::position(rules, ledger, day(2025, 1, 1));
    QCOMPARE(p.expired, 100);
    QCOMPARE(p.outstanding, 40);
    // Earned on 29 February: twelve months on is 28 February.
    QCOMPARE(p.nextExpiryDay, std::optional<qint32>(day(2025, 2, 28)));
    p = PointsLedger::position(rules, ledger, day(2025, 2, 28));
    QCOMPARE(p.outstanding, 0);
    QCOMPARE(p.expired, 140);
}

void TestPoints::importedLedgerSummaryReimportAndUndo()
{
    const QString path = write(u"points.csv"_s, kPointsFile);
    ImportResult first = import(ImportKind::Points, path);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.summary.rowsImported, 8);
    QCOMPARE(first.summary.rowsRejected, 2);
    QCOMPARE(first.summary.firstRejects.size(), 2);
    QCOMPARE(first.summary.firstRejects[0].line, 10);
    QCOMPARE(first.summary.firstRejects[0].column, 3); // abc points
    QCOMPARE(first.summary.firstRejects[1].line, 11);
    QCOMPARE(first.summary.firstRejects[1].column, 4); // an unknown type
    QVERIFY(first.summary.firstRejects[1].reason.contains(u"gift"_s));

    // Stored with the sign of their type: the redemption written positive is negative.
    SQLite::Statement stored(db(),
                             "SELECT group_concat(points, ' ') FROM (SELECT points FROM points "
                             "ORDER BY occurred_at, id)");
    QVERIFY(stored.executeStep());
    QCOMPARE(QString::fromUtf8(stored.getColumn(0).getText()), u"100 100 50 -30 -10 -60 -70 40"_s);

    // Under a 12-month rule on 2025-02-05: M1 as worked by hand, M2's 100 expired by the rule.
    {
        SQLite::Transaction transaction(db());
        PointsRules rules;
        rules.expiryMonths = 12;
        rules.pointValue = 0.01;
        QVERIFY(PointsRules::save(db(), rules).isEmpty());
        transaction.commit();
    }
    const PointsSummary s = PointsLedger::summary(db(), QDate(2025, 2, 5));
    QCOMPARE(s.issued, 290);
    QCOMPARE(s.redeemed, 100);
    QCOMPARE(s.expired, 160);
    QCOMPARE(s.adjusted, 10);
    QCOMPARE(s.outstanding, 20);
    QCOMPARE(s.membersWithPoints, 1);
    QCOMPARE(s.liabilityMinor, std::optional<qint64>(20)); // 20 points × 0.01 yuan = 20 fen
    QVERIFY(s.redemptionRate);
    QCOMPARE(*s.redemptionRate, 100.0 / 290.0);

    // The balances on the reference day (the day of the data's last order) for segments.
    const ImportResult order = import(ImportKind::Transactions,
                                      write(u"order.csv"_s, "order_id,date,customer_id,amount\nO3,2025-02-05,M1,40\n"));
    QVERIFY2(order.ok(), qPrintable(order.error));
    QCOMPARE(Lifecycle::referenceDate(db()), QDate(2025, 2, 5));
    QVERIFY(PointsLedger::ensureCurrent(db()));
    QVERIFY(!PointsLedger::ensureCurrent(db()));
    QCOMPARE(count(R"({"field": "points_balance", "op": "=", "value": 20})"), 1);
    QCOMPARE(count(R"({"field": "points_expire_on", "op": "=", "value": "2026-02-05"})"), 1);
    QCOMPARE(count(R"({"field": "points_expiring", "op": ">", "value": 0})"), 0);

    // The same file again adds nothing; the rejected rows are rejected again.
    const ImportResult again = import(ImportKind::Points, path);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.summary.rowsImported, 0);
    QCOMPARE(again.summary.rowsDuplicate, 8);
    QCOMPARE(again.summary.rowsRejected, 2);

    // Two identical rows in one file are two entries (and stay two on a second import).
    const QString twice = write(u"twice.csv"_s, "customer_id,date,points\nM2,2024-06-01,5\nM2,2024-06-01,5\n");
    QCOMPARE(import(ImportKind::Points, twice).summary.rowsImported, 2);
    QCOMPARE(import(ImportKind::Points, twice).summary.rowsDuplicate, 2);

    // Undone, the last first: the ledger is empty again, the balances gone.
    QList<ImportRecord> records = ImportHistory::list(db());
    std::sort(records.begin(), records.end(), [](const ImportRecord &a, const ImportRecord &b) { return a.id > b.id; });
    for (const ImportRecord &record : std::as_const(records)) {
        if (record.status != u"undone"_s) {
            const UndoResult undone = ImportHistory::undo(db(), record.id);
            QVERIFY2(undone.error.isEmpty(), qPrintable(undone.error));
        }
    }
    SQLite::Statement left(db(), "SELECT count(*) FROM points");
    QVERIFY(left.executeStep());
    QCOMPARE(left.getColumn(0).getInt64(), 0);
    PointsLedger::ensureCurrent(db());
    QCOMPARE(count(R"({"field": "points_balance", "op": "is_not_empty"})"), 0);
}

void TestPoints::referralsFromContactsAndAReferralFile()
{
    const QString contacts = write(u"contacts.csv"_s,
                                   "customer_id,name,phone,推荐人\n"
                                   "A,Ann,,\n"
                                   "B,Bob,,A\n"
                                   "C,Cat,,A\n"
                                   "D,Dan,,B\n"
                                   "E,Eve,13800138000,\n"
                                   "F,Fay,,138 0013 8000\n"
                                   "G,Gus,,G\n");
    ImportResult result = import(ImportKind::Contacts, contacts);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.summary.rowsImported, 6);
    QCOMPARE(result.summary.rowsRejected, 1);
    QCOMPARE(result.summary.firstRejects[0].line, 8);
    QCOMPARE(result.summary.firstRejects[0].column, 4);

    const QString referrals = write(u"referrals.csv"_s,
                                    "推荐人,被推荐人,推荐时间\n"
                                    "A,H,2024-02-01\n"
                                    "B,D,2024-02-02\n"
                                    "C,D,2024-02-03\n"
                                    "D,B,2024-02-04\n");
    result = import(ImportKind::Referrals, referrals);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.summary.rowsImported, 1);  // A brought H (a new customer)
    QCOMPARE(result.summary.rowsDuplicate, 1); // B brought D: on record
    QCOMPARE(result.summary.rowsRejected, 2);  // D was brought by B, B by A: the first stands
    QCOMPARE(result.summary.firstRejects[0].column, 1);

    const QString orders = write(u"orders.csv"_s,
                                 "order_id,date,customer_id,amount\n"
                                 "T1,2024-02-05,H,50.00\n"
                                 "T2,2024-03-01,H,30.00\n"
                                 "T3,2024-01-20,D,20.00\n"
                                 "T4,2024-01-21,A,99.00\n");
    result = import(ImportKind::Transactions, orders);
    QVERIFY2(result.ok(), qPrintable(result.error));

    {
        SQLite::Transaction transaction(db());
        QVERIFY(ReferralCosts::save(db(), {20, 100}).isEmpty());
        transaction.commit();
    }
    const ReferralSummary s = Referrals::summary(db(), 10);
    QCOMPARE(s.referrers, 3);         // A, B, E
    QCOMPARE(s.referredCustomers, 5); // B, C, D, F, H
    QCOMPARE(s.referredBuyers, 2);    // D, H
    QCOMPARE(s.firstOrderRevenueMinor, 7000);
    QCOMPARE(s.referredRevenueMinor, 10000);
    QCOMPARE(s.costMinor, std::optional<qint64>(20000)); // 20 × 5 + 100 yuan
    QCOMPARE(s.costPerReferredMinor, std::optional<double>(4000));
    QCOMPARE(s.top.size(), 3);
    QCOMPARE(s.top[0].externalId, u"A"_s);
    QCOMPARE(s.top[0].referred, 3);
    QCOMPARE(s.top[0].revenueMinor, 8000);
    QCOMPARE(s.top[1].externalId, u"B"_s); // one referred with 20 yuan before E's with none
    QCOMPARE(s.top[2].externalId, u"E"_s);

    SQLite::Statement id(db(), "SELECT id FROM customers WHERE external_id = ?1");
    auto idOf = [&](const char *external) {
        id.bind(1, external);
        const qint64 found = id.executeStep() ? id.getColumn(0).getInt64() : 0;
        id.reset();
        return found;
    };
    const ReferralTree fromA = Referrals::tree(db(), idOf("A"));
    QCOMPARE(fromA.referredBy.size(), 0);
    QCOMPARE(fromA.descendants, 4);
    QCOMPARE(fromA.root.children.size(), 3);
    QStringList children;
    for (const ReferralNode &child : fromA.root.children)
        children << child.externalId;
    children.sort();
    QCOMPARE(children, (QStringList{u"B"_s, u"C"_s, u"H"_s}));
    const ReferralTree fromD = Referrals::tree(db(), idOf("D"));
    QCOMPARE(fromD.referredBy.size(), 2);
    QCOMPARE(fromD.referredBy[0].externalId, u"B"_s);
    QCOMPARE(fromD.referredBy[1].externalId, u"A"_s);

    QCOMPARE(count(R"({"field": "referrals_made", "op": ">=", "value": 1})"), 3);
    QCOMPARE(count(R"({"field": "referrals_made", "op": "=", "value": 3})"), 1);
    QCOMPARE(count(R"({"field": "referred_by_known", "op": "=", "value": true})"), 5);
    QCOMPARE(count(R"({"field": "referred_by_known", "op": "=", "value": "false"})"), 2); // A, E (G was refused)
}

QTEST_GUILESS_MAIN(TestPoints)
#include "tst_points.moc"
