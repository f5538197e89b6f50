// Writes killed with SIGKILL at random moments: a results import, a recompute of every
// lifecycle stage (a change of rules) and an undo of an import (which recomputes the
// customers' metrics). After each kill the workspace passes SQLite's integrity check and
// holds either none or all of the write.
#include "TestCli.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using namespace clitest;

namespace {

QString text(const QString &ws, const char *sql)
{
    SQLite::Database db(ws.toStdString(), SQLite::OPEN_READWRITE); // read-write: replays the log
    return QString::fromStdString(db.execAndGet(sql).getString());
}

// A digest of what a write may change, to compare whole states.
QByteArray digest(const QString &ws, const char *sql)
{
    SQLite::Database db(ws.toStdString(), SQLite::OPEN_READWRITE);
    SQLite::Statement query(db, sql);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (query.executeStep()) {
        for (int c = 0; c < query.getColumnCount(); ++c) {
            hash.addData(QByteArray::fromStdString(query.getColumn(c).getString()));
            hash.addData("|");
        }
        hash.addData("\n");
    }
    return hash.result().toHex();
}

// How long `arguments` runs when left alone, in milliseconds.
int duration(const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    const Run run = runMwb(arguments);
    if (run.exitCode != 0)
        qWarning("%s", run.err.constData());
    return static_cast<int>(timer.elapsed());
}

// Runs `arguments` and kills the process at a random moment of its usual `durationMs`
// (unless it finished); true when it was killed.
bool runAndKill(const QStringList &arguments, QRandomGenerator &random, int durationMs)
{
    QProcess child;
    child.start(QStringLiteral(MWB_CLI_PATH), arguments);
    if (!child.waitForStarted())
        return false;
    QTest::qWait(random.bounded(5, std::max(10, durationMs * 9 / 10)));
    bool killed = false;
#ifdef Q_OS_UNIX
    if (child.state() == QProcess::Running) {
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        killed = true;
    }
#endif
    child.waitForFinished(120000);
    return killed;
}

struct State
{
    QString marker; // what says which side the write is on
    QByteArray data;
    bool operator==(const State &) const = default;
};

} // namespace

void TestCli::killedWritesAreAllOrNothing()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGKILL is a Unix signal");
#else
    const QString ws = path(u"killed.mwb"_s);
    QCOMPARE(runMwb({u"demo"_s, ws, u"--customers"_s, u"100000"_s}).exitCode, 0);
    QRandomGenerator random(20261130);
    const char *stages = "SELECT customer_id, lifecycle_stage, stage_since, hex(stage_history) FROM customer_metrics "
                         "ORDER BY customer_id";
    const char *metrics = "SELECT customer_id, orders, revenue_minor, first_purchase_at, last_purchase_at, "
                          "lifecycle_stage, r_score FROM customer_metrics ORDER BY customer_id";

    constexpr int kRounds = 8;
    const char *rulesSql = "SELECT coalesce((SELECT value FROM settings WHERE key = 'lifecycle_rules'), '')";

    // 1. A change of rules recomputes every stage.
    const int recomputeMs = duration({u"lifecycle-rules"_s, ws, u"--set"_s, u"abandon_after_days_adopt=150"_s});
    const State rulesBefore{text(ws, rulesSql), digest(ws, stages)};
    const QStringList change{u"lifecycle-rules"_s, ws, u"--set"_s, u"abandon_after_days_adopt=120"_s};
    QList<State> seen;
    int killed = 0;
    for (int round = 0; round < kRounds; ++round) {
        killed += runAndKill(change, random, recomputeMs);
        QCOMPARE(text(ws, "PRAGMA integrity_check"), u"ok"_s);
        seen.append({text(ws, rulesSql), digest(ws, stages)});
    }
    QCOMPARE(runMwb(change).exitCode, 0);
    const State rulesAfter{text(ws, rulesSql), digest(ws, stages)};
    QVERIFY(rulesAfter.data != rulesBefore.data);
    for (const State &state : seen)
        QVERIFY2(state == rulesBefore || state == rulesAfter, qPrintable(state.marker));
    qInfo("recompute of every stage (%d ms): killed %d of %d times", recomputeMs, killed, kRounds);

    // 2. A results import against a campaign of the demo.
    const QString campaign = text(ws, "SELECT id FROM campaigns ORDER BY id LIMIT 1");
    QByteArray results = "member_token,status,time\n";
    {
        SQLite::Database db(ws.toStdString(), SQLite::OPEN_READONLY);
        SQLite::Statement members(db, "SELECT member_token FROM campaign_members WHERE campaign_id = ?1 AND grp = 'treatment'");
        members.bind(1, static_cast<int64_t>(campaign.toLongLong()));
        for (int day = 0; members.executeStep(); ++day) {
            const QByteArray token = QByteArray::fromStdString(members.getColumn(0).getString());
            for (const char *status : {"delivered", "opened", "clicked"})
                results += token + ',' + status + ",2026-06-" + QByteArray::number(10 + day % 9) + " 10:00\n";
        }
    }
    const QString resultsFile = write(u"results.csv"_s, results);
    const char *resultEvents = "SELECT count(*) || ' results, ' || (SELECT count(*) FROM imports) || ' imports' "
                               "FROM events WHERE type IN ('campaign_delivered', 'campaign_opened', 'campaign_clicked')";
    const char *metricsOfMembers = "SELECT customer_id, events, last_event_at, lifecycle_stage FROM customer_metrics "
                                   "ORDER BY customer_id";
    const QStringList import{u"import"_s, ws, u"--kind"_s, u"results"_s, u"--campaign"_s, campaign, resultsFile};
    const int importMs = duration(import + QStringList{u"--dry-run"_s});
    const State resultsBefore{text(ws, resultEvents), digest(ws, metricsOfMembers)};
    seen.clear();
    killed = 0;
    for (int round = 0; round < kRounds; ++round) {
        killed += runAndKill(import, random, importMs);
        QCOMPARE(text(ws, "PRAGMA integrity_check"), u"ok"_s);
        seen.append({text(ws, resultEvents), digest(ws, metricsOfMembers)});
    }
    QCOMPARE(runMwb(import).exitCode, 0);
    // Imports write through the write-ahead log, so readers keep reading meanwhile.
    QCOMPARE(text(ws, "PRAGMA journal_mode"), u"wal"_s);
    const State resultsAfter{text(ws, resultEvents), digest(ws, metricsOfMembers)};
    QVERIFY(resultsAfter.marker != resultsBefore.marker);
    for (const State &state : seen)
        QVERIFY2(state == resultsBefore || state == resultsAfter, qPrintable(state.marker));
    qInfo("results import of %lld rows (%d ms): killed %d of %d times", static_cast<long long>(results.count('\n') - 1),
          importMs, killed, kRounds);

    // 3. Undoing an import recomputes the metrics of the customers it touched.
    QByteArray orders = "order_id,customer_id,order_date,amount\n";
    {
        SQLite::Database db(ws.toStdString(), SQLite::OPEN_READONLY);
        SQLite::Statement ids(db, "SELECT external_id FROM customers WHERE external_id IS NOT NULL LIMIT 40000");
        for (int i = 0; ids.executeStep(); ++i)
            orders += "K" + QByteArray::number(i) + ',' + QByteArray::fromStdString(ids.getColumn(0).getString())
                      + ",2026-06-2" + QByteArray::number(i % 9) + ",88.00\n";
    }
    const QString ordersFile = write(u"orders.csv"_s, orders);
    auto importOrders = [&] {
        const Run run = runMwb({u"import"_s, ws, u"--kind"_s, u"transactions"_s, ordersFile, u"--json"_s});
        return run.exitCode == 0 ? QString::number(run.json().value(u"import_id"_s).toInteger()) : QString();
    };
    const char *ordersMarker = "SELECT count(*) || ' orders of the file' FROM transactions WHERE order_ref LIKE 'K%'";
    const State undone{text(ws, ordersMarker), digest(ws, metrics)};
    QString importId = importOrders();
    QVERIFY(!importId.isEmpty());
    const int undoMs = duration({u"undo-import"_s, ws, importId});
    QCOMPARE(State(text(ws, ordersMarker), digest(ws, metrics)), undone);
    importId = importOrders();
    QVERIFY(!importId.isEmpty());
    const State withOrders{text(ws, ordersMarker), digest(ws, metrics)};
    QVERIFY(withOrders.data != undone.data);
    killed = 0;
    for (int round = 0; round < kRounds; ++round) {
        killed += runAndKill({u"undo-import"_s, ws, importId}, random, undoMs);
        QCOMPARE(text(ws, "PRAGMA integrity_check"), u"ok"_s);
        const State state{text(ws, ordersMarker), digest(ws, metrics)};
        QVERIFY2(state == withOrders || state == undone, qPrintable(state.marker));
    }
    qInfo("undo of a 40,000-order import with its metrics (%d ms): killed %d of %d times", undoMs, killed, kRounds);
#endif
}
