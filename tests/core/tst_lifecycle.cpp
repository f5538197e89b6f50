// The 5A lifecycle: each rule at its boundaries (the day before and the day a threshold is
// reached), stage histories against a direct reading of the raw history on random
// customers, and the workspace figures (funnel, migration, trend, drill-down) after
// imports, rule changes and an undone import.
#include "import/ImportHistory.h"
#include "import/Importer.h"
#include "lifecycle/Lifecycle.h"
#include "segments/SegmentQuery.h"
#include "lifecycle/StageHistory.h"
#include "demo/DemoGenerator.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mwb;

using Touch = CustomerFacts::Touch;
using S = LifecycleStage;

namespace {

std::optional<LifecycleStage> stageOn(const CustomerFacts &facts, qint32 day, const LifecycleRules &rules = {})
{
    const QByteArray history = encodeStageHistory(computeStageHistory(facts, rules));
    const auto stage = stageOnDay(history.constData(), history.size(), day);
    return stage ? std::optional<LifecycleStage>(stage->stage) : std::nullopt;
}

// The rules read straight from the raw facts on one day, the slow obvious way: known from
// the first dated fact of any kind (signup, order, refund or order of nothing, touchpoint),
// else from the day the customer came in, else always.
std::optional<LifecycleStage> directStage(const CustomerFacts &f, qint32 day, const LifecycleRules &rules)
{
    std::optional<qint32> known = f.signupDay;
    if (f.otherTransactionDay)
        known = known ? std::min(*known, *f.otherTransactionDay) : *f.otherTransactionDay;
    std::optional<qint32> lastActivity;
    int recent = 0;
    bool purchased = false;
    bool referred = false;
    std::optional<std::pair<qint32, bool>> latestNps; // (day, promoter)
    auto seen = [&](qint32 d) { known = known ? std::min(*known, d) : d; };
    for (qint32 p : f.purchaseDays) {
        seen(p);
        if (p > day)
            continue;
        purchased = true;
        lastActivity = std::max(lastActivity.value_or(p), p);
        if (p > day - rules.advocateWindowDays)
            ++recent;
    }
    for (const auto &t : f.touches) {
        seen(t.day);
        if (t.day > day || t.touch == Touch::Known)
            continue;
        lastActivity = std::max(lastActivity.value_or(t.day), t.day);
        if (t.touch == Touch::Referral)
            referred = true;
        if ((t.touch == Touch::Promoter || t.touch == Touch::NotPromoter) && (!latestNps || t.day >= latestNps->first))
            latestNps = std::pair{t.day, t.touch == Touch::Promoter};
    }
    if (!known)
        known = f.enteredDay;
    if (known && day < *known)
        return std::nullopt;
    if (!lastActivity)
        return S::Aware;
    LifecycleStage stage = S::Attempt;
    if (recent >= rules.advocateMinPurchases || (latestNps && latestNps->second)
        || (referred && rules.referralMakesAdvocate))
        stage = S::Advocate;
    else if (purchased)
        stage = S::Adopt;
    if (day - *lastActivity >= rules.abandonAfterDays(stage))
        return S::Abandon;
    return stage;
}

qint64 scalar(SQLite::Database &db, const char *sql)
{
    SQLite::Statement query(db, sql);
    return query.executeStep() && !query.getColumn(0).isNull() ? query.getColumn(0).getInt64() : 0;
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void awareUntilEngaged();
    void knownFromTheFirstDatedFact();
    void attemptLapsesAfterItsThreshold();
    void adoptLapsesAndComesBack();
    void advocateByFrequencyLeavesWithTheWindow();
    void advocateByNpsAndReferral();
    void perStageThresholds();
    void historyMatchesDirectReading();
    void encodingKeepsDaysBefore1970();
    void rulesRoundTripAndValidation();
    void workspaceFiguresAndDrillDown();
    void parallelRecomputeEqualsSequential();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestLifecycle::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

void TestLifecycle::awareUntilEngaged()
{
    CustomerFacts f;
    QCOMPARE(stageOn(f, 100), S::Aware); // no facts at all: known, Aware, always
    f.signupDay = 100;
    QCOMPARE(stageOn(f, 99), std::nullopt);
    QCOMPARE(stageOn(f, 100), S::Aware);
    f.touches.push_back({150, Touch::Known}); // our own send: still Aware, and never lapses
    QCOMPARE(stageOn(f, 1000), S::Aware);
    f.touches.push_back({200, Touch::Engaged});
    QCOMPARE(stageOn(f, 199), S::Aware);
    QCOMPARE(stageOn(f, 200), S::Attempt);
}

void TestLifecycle::knownFromTheFirstDatedFact()
{
    // A refund before the first purchase makes the customer known from the refund.
    CustomerFacts f;
    f.addTransaction(300, 5000);
    f.addTransaction(250, -5000);
    QCOMPARE(stageOn(f, 249), std::nullopt);
    QCOMPARE(stageOn(f, 250), S::Aware); // known, nothing bought yet
    QCOMPARE(stageOn(f, 300), S::Adopt);
    // Only a refund and an order of nothing: known from the first, never more than Aware.
    f.clear();
    f.addTransaction(400, 0);
    f.addTransaction(420, -100);
    QVERIFY(f.purchaseDays.empty());
    QCOMPARE(stageOn(f, 399), std::nullopt);
    QCOMPARE(stageOn(f, 400), S::Aware);
    QCOMPARE(stageOn(f, 5000), S::Aware);
    // Nothing dated: known from the day of the import that brought them in.
    f.clear();
    f.enteredDay = 700;
    QCOMPARE(stageOn(f, 699), std::nullopt);
    QCOMPARE(stageOn(f, 700), S::Aware);
    // A dated fact before the import day still decides.
    f.signupDay = 100;
    QCOMPARE(stageOn(f, 100), S::Aware);
    QCOMPARE(stageOn(f, 99), std::nullopt);
}

void TestLifecycle::attemptLapsesAfterItsThreshold()
{
    CustomerFacts f;
    f.touches.push_back({500, Touch::Engaged});
    QCOMPARE(stageOn(f, 499), std::nullopt); // first known by that touch
    QCOMPARE(stageOn(f, 500 + 179), S::Attempt);
    QCOMPARE(stageOn(f, 500 + 180), S::Abandon);
    f.touches.push_back({700, Touch::Engaged}); // came back
    QCOMPARE(stageOn(f, 699), S::Abandon);
    QCOMPARE(stageOn(f, 700), S::Attempt);
}

void TestLifecycle::adoptLapsesAndComesBack()
{
    CustomerFacts f;
    f.signupDay = 0;
    f.purchaseDays = {10};
    QCOMPARE(stageOn(f, 9), S::Aware);
    QCOMPARE(stageOn(f, 10), S::Adopt);
    QCOMPARE(stageOn(f, 10 + 179), S::Adopt);
    QCOMPARE(stageOn(f, 10 + 180), S::Abandon);
    f.touches.push_back({150, Touch::Engaged}); // engagement keeps a buyer active too
    QCOMPARE(stageOn(f, 150 + 179), S::Adopt);
    QCOMPARE(stageOn(f, 150 + 180), S::Abandon);
    f.purchaseDays.push_back(400);
    QCOMPARE(stageOn(f, 400), S::Adopt);
}

void TestLifecycle::advocateByFrequencyLeavesWithTheWindow()
{
    CustomerFacts f;
    f.purchaseDays = {300, 0, 170}; // any order
    QCOMPARE(stageOn(f, 299), S::Adopt);
    QCOMPARE(stageOn(f, 300), S::Advocate); // three in the last 365 days
    QCOMPARE(stageOn(f, 364), S::Advocate);
    QCOMPARE(stageOn(f, 365), S::Adopt); // day 0 left the window
    LifecycleRules two;
    two.advocateMinPurchases = 2;
    QCOMPARE(stageOn(f, 170, two), S::Advocate);
    QCOMPARE(stageOn(f, 169, two), S::Adopt);
    // Two orders on one day are two purchases.
    CustomerFacts sameDay;
    sameDay.purchaseDays = {50, 50, 50};
    QCOMPARE(stageOn(sameDay, 50), S::Advocate);
}

void TestLifecycle::advocateByNpsAndReferral()
{
    CustomerFacts f;
    f.purchaseDays = {0};
    f.touches.push_back({20, Touch::NotPromoter});
    QCOMPARE(stageOn(f, 20), S::Adopt);
    f.touches.push_back({30, Touch::Promoter});
    QCOMPARE(stageOn(f, 29), S::Adopt);
    QCOMPARE(stageOn(f, 30), S::Advocate);
    f.touches.push_back({60, Touch::NotPromoter}); // the latest answer counts
    QCOMPARE(stageOn(f, 60), S::Adopt);
    QCOMPARE(stageOn(f, 60 + 180), S::Abandon); // a promoter lapses like anyone

    CustomerFacts r;
    r.purchaseDays = {0};
    r.touches.push_back({40, Touch::Referral});
    QCOMPARE(stageOn(r, 39), S::Adopt);
    QCOMPARE(stageOn(r, 40), S::Advocate);
    LifecycleRules noReferral;
    noReferral.referralMakesAdvocate = false;
    QCOMPARE(stageOn(r, 40, noReferral), S::Adopt);
}

void TestLifecycle::perStageThresholds()
{
    LifecycleRules rules;
    rules.abandonAfterDaysAttempt = 30;
    rules.abandonAfterDaysAdopt = 90;
    rules.abandonAfterDaysAdvocate = 365;
    CustomerFacts attempt;
    attempt.touches.push_back({0, Touch::Engaged});
    QCOMPARE(stageOn(attempt, 29, rules), S::Attempt);
    QCOMPARE(stageOn(attempt, 30, rules), S::Abandon);
    CustomerFacts adopt;
    adopt.purchaseDays = {0};
    QCOMPARE(stageOn(adopt, 89, rules), S::Adopt);
    QCOMPARE(stageOn(adopt, 90, rules), S::Abandon);
    CustomerFacts advocate;
    advocate.purchaseDays = {0};
    advocate.touches.push_back({0, Touch::Referral});
    QCOMPARE(stageOn(advocate, 364, rules), S::Advocate);
    QCOMPARE(stageOn(advocate, 365, rules), S::Abandon);
}

void TestLifecycle::historyMatchesDirectReading()
{
    QRandomGenerator random(5000);
    for (int customer = 0; customer < 3000; ++customer) {
        LifecycleRules rules;
        rules.advocateMinPurchases = random.bounded(1, 5);
        rules.advocateWindowDays = random.bounded(30, 400);
        rules.abandonAfterDaysAttempt = random.bounded(10, 300);
        rules.abandonAfterDaysAdopt = random.bounded(10, 300);
        rules.abandonAfterDaysAdvocate = random.bounded(10, 300);
        rules.referralMakesAdvocate = random.bounded(2) == 0;
        CustomerFacts f;
        if (random.bounded(3) == 0)
            f.signupDay = random.bounded(-50, 1000);
        if (random.bounded(4) == 0)
            f.enteredDay = random.bounded(-50, 1500);
        // Orders, refunds and orders of nothing, through the one rule of what each is.
        for (int i = random.bounded(0, 8); i > 0; --i)
            f.addTransaction(random.bounded(0, 1200), random.bounded(-3, 3) * 500);
        for (int i = random.bounded(0, 10); i > 0; --i)
            f.touches.push_back({random.bounded(0, 1200), static_cast<Touch>(random.bounded(5))});
        const QByteArray history = encodeStageHistory(computeStageHistory(f, rules));
        for (int probe = 0; probe < 40; ++probe) {
            const qint32 day = random.bounded(-100, 1700);
            const auto stored = stageOnDay(history.constData(), history.size(), day);
            const auto direct = directStage(f, day, rules);
            QCOMPARE(stored ? std::optional<S>(stored->stage) : std::nullopt, direct);
        }
    }
}

void TestLifecycle::encodingKeepsDaysBefore1970()
{
    const StageTransitions transitions{{-4000, S::Aware}, {-1, S::Attempt}, {0, S::Adopt}, {20000, S::Abandon}};
    const QByteArray bytes = encodeStageHistory(transitions);
    QCOMPARE(bytes.size(), 16);
    QCOMPARE(decodeStageHistory(bytes.constData(), bytes.size()), transitions);
    QCOMPARE(stageOnDay(bytes.constData(), bytes.size(), -1)->stage, S::Attempt);
    QCOMPARE(stageOnDay(bytes.constData(), bytes.size(), -1)->since, -1);
    QVERIFY(!stageOnDay(bytes.constData(), bytes.size(), -4001));
}

void TestLifecycle::rulesRoundTripAndValidation()
{
    LifecycleRules rules;
    rules.abandonAfterDaysAdopt = 120;
    rules.referralMakesAdvocate = false;
    QString error;
    QCOMPARE(LifecycleRules::fromJson(rules.toJson(), &error), rules);
    QVERIFY(error.isEmpty());
    LifecycleRules::fromJson(QJsonObject{{u"abandon_after_days"_s, 10}}, &error);
    QVERIFY2(error.contains(u"abandon_after_days"_s), qPrintable(error));
    LifecycleRules::fromJson(QJsonObject{{u"promoter_min_score"_s, 11}}, &error);
    QVERIFY2(error.contains(u"promoter_min_score"_s) && error.contains(u"10"_s), qPrintable(error));
    LifecycleRules::fromJson(QJsonObject{{u"advocate_window_days"_s, 1.5}}, &error);
    QVERIFY2(error.contains(u"whole number"_s), qPrintable(error));
}

void TestLifecycle::parallelRecomputeEqualsSequential()
{
    const QString path = m_dir.filePath(u"demo.mwb"_s);
    DemoOptions options;
    options.customers = 3000;
    QVERIFY(DemoGenerator::create(path, options).error.message.isEmpty());
    auto opened = Workspace::open(path);
    QVERIFY(opened.workspace);
    SQLite::Database &db = opened.workspace->db();
    auto stages = [&db] {
        QStringList rows;
        SQLite::Statement query(db,
                                "SELECT customer_id, lifecycle_stage, stage_since, hex(stage_history) "
                                "FROM customer_metrics ORDER BY customer_id");
        while (query.executeStep())
            rows.append(QString::fromStdString(query.getColumn(0).getString() + ' ' + query.getColumn(1).getString()
                                               + ' ' + query.getColumn(2).getString() + ' '
                                               + query.getColumn(3).getString()));
        return rows;
    };
    const QStringList demo = stages(); // computed by the demo on its own connection
    LifecycleRules strict;
    strict.abandonAfterDaysAdopt = 60;
    strict.advocateMinPurchases = 2;

    // Sequential: nothing is parallel below the bound.
    qputenv("MWB_LIFECYCLE_PARALLEL_FROM", "100000000");
    Lifecycle::applyRules(db, strict);
    const QStringList sequential = stages();
    QVERIFY(sequential != demo); // the rules changed stages
    Lifecycle::applyRules(db, LifecycleRules());
    QCOMPARE(stages(), demo);

    // Parallel, on the workers' own connections, gives the very same rows both ways.
    qputenv("MWB_LIFECYCLE_PARALLEL_FROM", "0");
    Lifecycle::applyRules(db, strict);
    QCOMPARE(stages(), sequential);
    Lifecycle::applyRules(db, LifecycleRules());
    QCOMPARE(stages(), demo);
    qunsetenv("MWB_LIFECYCLE_PARALLEL_FROM");
}

void TestLifecycle::workspaceFiguresAndDrillDown()
{
    auto created = Workspace::create(m_dir.filePath(u"ws.mwb"_s), {u"CN"_s, u"CNY"_s});
    QVERIFY(created.workspace);
    SQLite::Database &db = created.workspace->db();
    const auto import = [&](const QString &path, ImportKind kind) {
        ImportRequest request;
        request.path = path;
        request.kind = kind;
        const ImportResult result = Importer::run(db, request);
        if (!result.ok())
            qFatal("%s", qPrintable(result.error));
        return result;
    };
    // A: aware (signed up only); B: attempt (a visit); C: adopt; D: advocate (3 orders);
    // E: abandon (one order long ago); F: advocate by referral.
    import(write(u"contacts.csv"_s,
                 "member_id,signup_date\nA,2024-01-01\nB,2024-01-01\nC,2024-01-01\n"
                 "D,2024-01-01\nE,2023-01-01\nF,2024-01-01\n"),
           ImportKind::Contacts);
    import(write(u"orders.csv"_s,
                 "order_id,member_id,order_date,amount\n1,C,2024-05-01,10\n2,D,2024-03-01,10\n"
                 "3,D,2024-04-01,10\n4,D,2024-05-01,10\n5,E,2023-02-01,10\n6,F,2024-05-01,10\n"),
           ImportKind::Transactions);
    const ImportResult events = import(write(u"events.csv"_s,
                                             "member_id,time,event\nB,2024-05-01 10:00,web_visit\n"
                                             "F,2024-05-02 10:00,referral\n"),
                                       ImportKind::Events);
    QCOMPARE(Lifecycle::referenceDate(db), QDate(2024, 5, 2));
    const Funnel now = Lifecycle::funnel(db, QDate(2024, 5, 2));
    QCOMPARE(now.total(), scalar(db, "SELECT count(*) FROM customers"));
    QCOMPARE(now.customers, (std::array<qint64, 5>{1, 1, 1, 2, 1}));
    QCOMPARE(scalar(db, "SELECT count(*) FROM customer_metrics WHERE lifecycle_stage = 'advocate'"), 2);

    // Before the first signup nobody is counted; E was known from 2023.
    QCOMPARE(Lifecycle::funnel(db, QDate(2023, 6, 1)).customers, (std::array<qint64, 5>{0, 0, 1, 0, 0}));
    const StageMigration m = Lifecycle::migration(db, QDate(2023, 6, 1), QDate(2024, 5, 2));
    QCOMPARE(m.customers[stageIndex(S::Adopt)][stageIndex(S::Abandon)], 1); // E lapsed
    QCOMPARE(m.customers[StageMigration::kNotYetKnown][stageIndex(S::Advocate)], 2);
    const StageTrend trend = Lifecycle::monthlyTrend(db);
    QCOMPARE(trend.ends.first(), QDate(2023, 1, 31));
    QCOMPARE(trend.ends.last(), QDate(2024, 5, 2));
    qint64 lastMonth = 0;
    for (qint64 n : trend.customers.last())
        lastMonth += n;
    QCOMPARE(lastMonth, 6);

    // Drill-down: exactly the customers behind a number, and a definition that says so.
    // The drill-downs go through the segment compiler, as the Lifecycle page's do.
    const auto node = [](const StageSelection &s) { return SegmentDefinition::fromJson(s.segmentDefinition()).node; };
    StageSelection advocates{QDate(2024, 5, 2), S::Advocate, std::nullopt, std::nullopt};
    QCOMPARE(SegmentQuery::count(db, node(advocates)).count, 2);
    const QList<CustomerSummary> rows = SegmentQuery::preview(db, node(advocates), 10);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].externalId, u"D"_s);
    QCOMPARE(rows[1].externalId, u"F"_s);
    QCOMPARE(rows[1].stageSince, QDate(2024, 5, 2));
    StageSelection lapsed{QDate(2024, 5, 2), S::Abandon, QDate(2023, 6, 1), S::Adopt};
    QCOMPARE(SegmentQuery::preview(db, node(lapsed), 10).constFirst().externalId, u"E"_s);
    StageSelection newcomers{QDate(2024, 5, 2), S::Attempt, QDate(2023, 6, 1), std::nullopt};
    QCOMPARE(SegmentQuery::preview(db, node(newcomers), 10).constFirst().externalId, u"B"_s);
    QCOMPARE(QJsonDocument(lapsed.segmentDefinition()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"all":[{"as_of":"2023-06-01","field":"lifecycle_stage","op":"=","value":"adopt"},)"
                        R"({"as_of":"2024-05-02","field":"lifecycle_stage","op":"=","value":"abandon"}]})"));

    // Stricter rules move people; undoing the events import moves B and F back.
    LifecycleRules strict;
    strict.referralMakesAdvocate = false;
    Lifecycle::applyRules(db, strict);
    QCOMPARE(Lifecycle::funnel(db, QDate(2024, 5, 2)).customers, (std::array<qint64, 5>{1, 1, 2, 1, 1}));
    Lifecycle::applyRules(db, {});
    QVERIFY(ImportHistory::undo(db, events.summary.importId).ok());
    QCOMPARE(scalar(db, "SELECT count(*) FROM customer_metrics WHERE lifecycle_stage = 'attempt'"), 0);
    QCOMPARE(Lifecycle::funnel(db, Lifecycle::referenceDate(db)).customers, (std::array<qint64, 5>{2, 0, 2, 1, 1}));

    // A workspace whose stages were never computed (made before the lifecycle existed)
    // gets them on first use, once.
    db.exec("UPDATE customer_metrics SET stage_history = NULL, lifecycle_stage = NULL, stage_since = NULL;"
            "DELETE FROM settings WHERE key LIKE 'lifecycle%'");
    QVERIFY(Lifecycle::ensureCurrent(db));
    QVERIFY(!Lifecycle::ensureCurrent(db));
    QCOMPARE(scalar(db, "SELECT count(*) FROM customer_metrics WHERE lifecycle_stage IS NULL"), 0);
    QCOMPARE(Lifecycle::funnel(db, Lifecycle::referenceDate(db)).customers, (std::array<qint64, 5>{2, 0, 2, 1, 1}));
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
