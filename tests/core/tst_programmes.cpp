// Programmes: the engine advanced day by day over a workspace built by hand, where every
// entrant, wait, branch and exit is known in advance from the definition: exact waves per
// day and step, branches on results imported between runs, exits on purchase, re-entry
// after N days, the frequency cap with priorities, the global control group never
// contacted, holdouts kept across entries and runs, idempotent reruns; and the definition's
// grammar with the place of each error.
#include "campaigns/CampaignExport.h"
#include "demo/DemoGenerator.h"
#include "lifecycle/Lifecycle.h"
#include "import/Importer.h"
#include "lifecycle/StageHistory.h"
#include "programmes/ContactCap.h"
#include "programmes/ProgrammeDefinition.h"
#include "programmes/ProgrammeReport.h"
#include "programmes/ProgrammeRunner.h"
#include "programmes/ProgrammeStore.h"
#include "programmes/ProgrammeTemplates.h"
#include "segments/SegmentDefinition.h"
#include "segments/SegmentQuery.h"
#include "segments/SegmentStore.h"
#include "store/Days.h"
#include "store/EventIds.h"
#include "store/GlobalControl.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <set>

using namespace Qt::StringLiterals;
using namespace mwb;

namespace {

const QDate kDay0(2024, 3, 4); // a Monday
const qint32 kD = dayNumber(kDay0);

QString date(int offset)
{
    return kDay0.addDays(offset).toString(Qt::ISODate);
}

qint64 at(int dayOffset, int hour = 10)
{
    return (qint64(kD) + dayOffset) * 86400 + hour * 3600;
}

qint64 scalar(SQLite::Database &db, const std::string &sql)
{
    SQLite::Statement q(db, sql);
    return q.executeStep() ? q.getColumn(0).getInt64() : -1;
}

QString text(SQLite::Database &db, const std::string &sql)
{
    SQLite::Statement q(db, sql);
    return q.executeStep() && !q.getColumn(0).isNull() ? QString::fromStdString(q.getColumn(0).getString()) : QString();
}

ProgrammeDefinition definition(const QByteArray &json)
{
    const ProgrammeParse parse = parseProgramme(json, 100);
    if (!parse.ok())
        qFatal("invalid test definition: %s", qPrintable(parse.error));
    return parse.definition;
}

void save(SQLite::Database &db, const QByteArray &json)
{
    const ProgrammeSaved saved = ProgrammeStore::save(db, definition(json), false);
    if (!saved.ok())
        qFatal("cannot save: %s", qPrintable(saved.error));
}

ProgrammeRunResult runUpTo(SQLite::Database &db, int dayOffset, const QString &name = {})
{
    ProgrammeRunOptions options;
    options.asOf = kDay0.addDays(dayOffset);
    options.name = name;
    return ProgrammeRunner::run(db, options);
}

// "day:step=ids" of a programme's waves, treatment members, in day and step order.
QString waves(SQLite::Database &db, const QString &programme, const char *group = "treatment")
{
    SQLite::Statement q(db,
                        "SELECT r.day - ?2, r.step, (SELECT group_concat(customer_id, ',') FROM (SELECT m.customer_id "
                        "FROM campaign_members m WHERE m.campaign_id = r.campaign_id AND m.grp = ?3 "
                        "ORDER BY m.customer_id)) FROM programme_runs r JOIN programmes p ON p.id = r.programme_id "
                        "WHERE p.name = ?1 AND r.campaign_id IS NOT NULL ORDER BY r.day, r.step");
    q.bind(1, programme.toStdString());
    q.bind(2, kD);
    q.bind(3, group);
    QStringList parts;
    while (q.executeStep()) {
        if (!q.getColumn(2).isNull())
            parts << u"%1:%2=%3"_s.arg(q.getColumn(0).getInt())
                         .arg(q.getColumn(1).getInt())
                         .arg(QString::fromStdString(q.getColumn(2).getString()));
    }
    return parts.join(u' ');
}

} // namespace

class TestProgrammes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void grammar_data();
    void grammar();
    void stepsAreNumberedInTheOrderWritten();
    void membersMoveThroughStepsByDay();
    void reentryAfterDays();
    void capGoesToTheHigherPriority();
    void holdoutIsKeptAcrossEntries();
    void globalControlIsNeverContacted();
    void otherTriggers();
    void reportAgainstHandCounts();
    void templatesAreValid();
    void replenishmentTriggerIsTheSegmentField();

private:
    void addCustomers(int from, int to);
    void event(qint64 customer, const char *type, int dayOffset);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestProgrammes::init()
{
    m_ws.reset();
    const QString path = m_dir.filePath(u"p.mwb"_s);
    for (const QString &f : QDir(m_dir.path()).entryList(QDir::Files))
        QFile::remove(m_dir.filePath(f));
    auto created = Workspace::create(path);
    QVERIFY2(created.workspace, qPrintable(created.error.message));
    m_ws = std::move(created.workspace);
}

void TestProgrammes::addCustomers(int from, int to)
{
    SQLite::Statement insert(m_ws->db(),
                             "INSERT INTO customers(id, external_id, email, signup_at) VALUES (?1, ?2, ?3, ?4)");
    for (int id = from; id <= to; ++id) {
        insert.bind(1, id);
        insert.bind(2, "C" + std::to_string(id));
        insert.bind(3, "c" + std::to_string(id) + "@example.com");
        insert.bind(4, static_cast<int64_t>(at(-400)));
        insert.exec();
        insert.reset();
    }
    // Every customer has a row of figures (as imports keep them).
    SQLite::Statement metrics(m_ws->db(),
                              "INSERT INTO customer_metrics(customer_id) SELECT id FROM customers "
                              "WHERE id BETWEEN ?1 AND ?2");
    metrics.bind(1, from);
    metrics.bind(2, to);
    metrics.exec();
}

void TestProgrammes::event(qint64 customer, const char *type, int dayOffset)
{
    SQLite::Statement insert(m_ws->db(),
                             "INSERT INTO events(customer_id, occurred_at, type, id) VALUES (?1, ?2, ?3, ?4)");
    insert.bind(4, static_cast<int64_t>(EventIds::reserve(m_ws->db(), 1)));
    insert.bind(1, static_cast<int64_t>(customer));
    insert.bind(2, static_cast<int64_t>(at(dayOffset)));
    insert.bind(3, type);
    insert.exec();
}

void TestProgrammes::grammar_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // the start of the message; empty: valid
    const QByteArray steps = R"("steps": [{"send": {"channel": "email"}}])";
    const auto with = [&](const QByteArray &rest) -> QByteArray {
        return "{\"name\": \"P\", \"trigger\": {\"type\": \"event\", \"event_type\": \"inquiry\"}, " + rest + "}";
    };
    QTest::newRow("minimal") << with(steps) << QString();
    QTest::newRow("no name") << QByteArray(R"({"trigger": {"type": "event", "event_type": "x"}, "steps": []})")
                             << u"name: missing"_s;
    QTest::newRow("unknown key") << with(QByteArray(steps) + R"(, "hold": 0.1)") << u"hold: unknown key"_s;
    QTest::newRow("unknown trigger") << QByteArray(
        R"({"name": "P", "trigger": {"type": "birthday"}, "steps": [{"send": {"channel": "email"}}]})")
                                     << u"trigger.type: unknown trigger 'birthday'"_s;
    QTest::newRow("unknown stage") << QByteArray(
        R"({"name": "P", "trigger": {"type": "stage_entered", "stage": "lost"}, )" + steps + "}")
                                   << u"trigger.stage: unknown stage 'lost'"_s;
    QTest::newRow("not a date field") << QByteArray(R"({"name": "P", "trigger": {"type": "date", "field": "city"}, )"
                                                    + steps + "}")
                                      << u"trigger.field: 'city' is not a date field"_s;
    QTest::newRow("bad every") << QByteArray(
        R"({"name": "P", "trigger": {"type": "schedule", "every": "hour", "segment": "S"}, )" + steps + "}")
                               << u"trigger.every: takes day, week or month"_s;
    QTest::newRow("no send") << with(R"("steps": [{"wait_days": 3}])") << u"steps: no send step"_s;
    QTest::newRow("empty steps") << with(R"("steps": [])") << u"steps: takes at least one step"_s;
    QTest::newRow("unknown channel") << with(R"("steps": [{"send": {"channel": "fax"}}])")
                                     << u"steps[0].send.channel: unknown channel 'fax'"_s;
    QTest::newRow("bad wait") << with(R"("steps": [{"send": {"channel": "email"}}, {"wait_days": 0}])")
                              << u"steps[1].wait_days: takes a whole number from 1"_s;
    QTest::newRow("bad condition") << with(
        R"("steps": [{"send": {"channel": "email"}}, {"branch": {"if": {"responded": "liked"}, "then": []}}])")
                                   << u"steps[1].branch.if.responded: takes opened, clicked or converted"_s;
    QTest::newRow("nested error") << with(
        R"("steps": [{"send": {"channel": "email"}}, {"branch": {"if": {"purchased": true}, "then": [{"wait_days": -1}]}}])")
                                  << u"steps[1].branch.then[0].wait_days"_s;
    QTest::newRow("two kinds in a step") << with(R"("steps": [{"send": {"channel": "email"}, "wait_days": 2}])")
                                         << u"steps[0]: takes one of send"_s;
    QTest::newRow("holdout too big") << with(QByteArray(steps) + R"(, "holdout": 0.95)")
                                     << u"holdout: takes a share from 0"_s;
    QTest::newRow("reentry null") << with(QByteArray(steps) + R"(, "reentry_days": null)") << QString();
    QTest::newRow("priority 0") << with(QByteArray(steps) + R"(, "priority": 0)")
                                << u"priority: takes a whole number from 1"_s;
    QTest::newRow("bad format") << with(QByteArray(steps) + R"(, "output": {"folder": "/tmp/x", "format": "pdf"})")
                                << u"output.format: takes csv, xlsx or hashed"_s;
    QTest::newRow("bad audience") << with(QByteArray(steps)
                                          + R"(, "audience": {"field": "nope", "op": "=", "value": 1})")
                                  << u"audience: "_s;
    QTest::newRow("not json") << QByteArray("{\"name\": ") << u"not JSON"_s;
}

void TestProgrammes::grammar()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const ProgrammeParse parse = parseProgramme(json, 100);
    if (error.isEmpty())
        QVERIFY2(parse.ok(), qPrintable(parse.error));
    else
        QVERIFY2(parse.error.startsWith(error), qPrintable(parse.error));
}

void TestProgrammes::stepsAreNumberedInTheOrderWritten()
{
    // 1 send, 2 branch{then: 3 send, 4 wait; else: 5 exit}, 6 send
    const ProgrammeDefinition d = definition(R"({"name": "N", "trigger": {"type": "event", "event_type": "x"},
        "steps": [{"send": {"channel": "email"}},
                  {"branch": {"if": {"purchased": true},
                              "then": [{"send": {"channel": "sms", "cost_per_contact": 0.25}}, {"wait_days": 2}],
                              "else": [{"exit_if": {"responded": "clicked"}}]}},
                  {"send": {"channel": "email"}}]})");
    QCOMPARE(d.steps.size(), std::size_t(6));
    for (std::size_t i = 0; i < d.steps.size(); ++i)
        QCOMPARE(d.steps[i].number, int(i) + 1);
    QCOMPARE(d.steps[0].next, 1);
    QCOMPARE(d.steps[1].thenStep, 2);
    QCOMPARE(d.steps[1].elseStep, 4);
    QCOMPARE(d.steps[2].next, 3);
    QCOMPARE(d.steps[3].next, 5); // the end of `then` goes on after the branch
    QCOMPARE(d.steps[4].next, 5);
    QCOMPARE(d.steps[5].next, -1);
    QCOMPARE(d.steps[2].costPerContactMinor, qint64(25));
    QCOMPARE(d.steps[4].response, u"clicked"_s);
}

// Nurture: 1 send; 2 wait 3; 3 branch clicked? then 4 sms else 5 email; 6 wait 2;
// 7 exit if purchased; 8 send. Inquiries: 1-4 on day 0, 5 and 6 on day 1, 1 again on day 2.
// Customer 2 clicks the first e-mail (results imported on day 1); 3 buys on day 4.
void TestProgrammes::membersMoveThroughStepsByDay()
{
    addCustomers(1, 6);
    for (int c = 1; c <= 4; ++c)
        event(c, "inquiry", 0);
    event(5, "inquiry", 1);
    event(6, "inquiry", 1);
    event(1, "inquiry", 2);
    SQLite::Database &db = m_ws->db();
    const QString out = m_dir.filePath(u"lists"_s);
    save(db,
         QByteArray(R"({"name": "Nurture", "trigger": {"type": "event", "event_type": "inquiry"}, "holdout": 0,
        "steps": [{"send": {"channel": "email", "offer": "A"}}, {"wait_days": 3},
                  {"branch": {"if": {"responded": "clicked"}, "then": [{"send": {"channel": "sms"}}],
                              "else": [{"send": {"channel": "email", "offer": "B"}}]}},
                  {"wait_days": 2}, {"exit_if": {"purchased": true}}, {"send": {"channel": "email"}}],
        "output": {"folder": ")")
             + out.toUtf8() + R"(", "format": "csv"}})");

    ProgrammeRunResult first = runUpTo(db, 0);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.runs.size(), 1);
    QCOMPARE(first.runs[0].entered, qint64(4));
    QCOMPARE(first.runs[0].treatment, qint64(4));
    QVERIFY2(first.runs[0].error.isEmpty(), qPrintable(first.runs[0].error));
    QCOMPARE(waves(db, u"Nurture"_s), u"0:1=1,2,3,4"_s);
    // The list was written and its contacts logged.
    const QString list = first.runs[0].file;
    QCOMPARE(QFileInfo(list).fileName(), u"Nurture-step1-%1.csv"_s.arg(date(0)));
    QFile file(list);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString token2;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.contains(",C2,"))
            token2 = QString::fromUtf8(line.left(line.indexOf(',')));
    }
    QVERIFY(!token2.isEmpty());
    QCOMPARE(scalar(db, "SELECT count(*) FROM events WHERE type = 'campaign_sent'"), 4);

    // Customer 2 clicked: the sending tool's results, imported.
    const QString results = m_dir.filePath(u"results.csv"_s);
    QFile resultFile(results);
    QVERIFY(resultFile.open(QIODevice::WriteOnly));
    resultFile.write("member_token,status,time\n" + token2.toUtf8() + ",clicked," + date(1).toUtf8() + " 09:00\n");
    resultFile.close();
    ImportRequest import;
    import.kind = ImportKind::Results;
    import.path = results;
    import.campaignId = first.runs[0].campaignId;
    const ImportResult imported = Importer::run(db, import);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.summary.rowsImported, qint64(1));
    // Customer 3 buys on day 4.
    SQLite::Statement order(db,
                            "INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor) "
                            "VALUES ('O3', 3, ?1, 5000)");
    order.bind(1, static_cast<int64_t>(at(4)));
    order.exec();

    const ProgrammeRunResult second = runUpTo(db, 5);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(waves(db, u"Nurture"_s), u"0:1=1,2,3,4 1:1=5,6 3:4=2 3:5=1,3,4 4:5=5,6 5:8=1,2,4"_s);
    // Day 2 sent nothing (1 was in the programme already): recorded, so it is not run again.
    QCOMPARE(scalar(db, "SELECT entered FROM programme_runs WHERE step = 0 AND day = " + std::to_string(kD + 2)), 0);
    QCOMPARE(text(db,
                  "SELECT group_concat(customer_id || ':' || coalesce(exit_reason, 'in') || ':' || "
                  "coalesce(exited_day - "
                      + std::to_string(kD) + ", due_day - " + std::to_string(kD)
                      + "), ' ') "
                        "FROM (SELECT * FROM programme_members ORDER BY customer_id)"),
             u"1:completed:5 2:completed:5 3:purchased:5 4:completed:5 5:in:6 6:in:6"_s);

    // Running again up to the same day changes nothing.
    const qint64 campaigns = scalar(db, "SELECT count(*) FROM campaigns");
    const qint64 events = scalar(db, "SELECT count(*) FROM events");
    const ProgrammeRunResult again = runUpTo(db, 5);
    QVERIFY(again.ok());
    QVERIFY(again.runs.isEmpty());
    QCOMPARE(scalar(db, "SELECT count(*) FROM campaigns"), campaigns);
    QCOMPARE(scalar(db, "SELECT count(*) FROM events"), events);

    // A dry run says what day 6 would do and leaves everything as it was.
    ProgrammeRunOptions dry;
    dry.asOf = kDay0.addDays(6);
    dry.dryRun = true;
    const ProgrammeRunResult preview = ProgrammeRunner::run(db, dry);
    QVERIFY(preview.ok());
    QCOMPARE(preview.runs.size(), 1);
    QCOMPARE(preview.runs[0].step, 8);
    QCOMPARE(preview.runs[0].treatment, qint64(2));
    QCOMPARE(scalar(db, "SELECT count(*) FROM campaigns"), campaigns);
    QVERIFY(!QFile::exists(preview.runs[0].file));

    const ProgrammeRunResult last = runUpTo(db, 6);
    QVERIFY(last.ok());
    QCOMPARE(waves(db, u"Nurture"_s), u"0:1=1,2,3,4 1:1=5,6 3:4=2 3:5=1,3,4 4:5=5,6 5:8=1,2,4 6:8=5,6"_s);
    QCOMPARE(scalar(db, "SELECT count(*) FROM programme_members WHERE exited_day IS NULL"), 0);
    // Every wave's list was written, one file per day and step.
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 7);
}

void TestProgrammes::reentryAfterDays()
{
    addCustomers(10, 11);
    for (int day : {0, 1, 4, 5})
        event(10, "visit", day);
    event(11, "visit", 0);
    event(11, "visit", 9);
    SQLite::Database &db = m_ws->db();
    save(db, R"({"name": "Again", "trigger": {"type": "event", "event_type": "VISIT"}, "holdout": 0,
                 "reentry_days": 3, "steps": [{"send": {"channel": "email"}}]})");
    save(db, R"({"name": "Once", "trigger": {"type": "event", "event_type": "visit"}, "holdout": 0,
                 "steps": [{"send": {"channel": "email"}}]})");
    // A simulation over the same days says what the runs will do, and keeps nothing.
    const ProgrammeRunResult simulated = ProgrammeRunner::simulate(
        db, definition(R"({"name": "Again", "trigger": {"type": "event", "event_type": "VISIT"}, "holdout": 0,
                           "reentry_days": 3, "steps": [{"send": {"channel": "email"}}]})"),
        kDay0, kDay0.addDays(10));
    QVERIFY2(simulated.ok(), qPrintable(simulated.error));
    QStringList sends;
    for (const ProgrammeRunRow &row : simulated.runs) {
        if (row.step > 0)
            sends << u"%1:%2"_s.arg(kDay0.daysTo(row.day)).arg(row.treatment);
    }
    QCOMPARE(sends.join(u' '), u"0:2 4:1 9:1"_s);
    QCOMPARE(simulated.runs.size(), 11); // a row for every day
    QCOMPARE(scalar(db, "SELECT count(*) FROM campaigns"), 0);
    QCOMPARE(scalar(db, "SELECT count(*) FROM programmes"), 2);
    QCOMPARE(scalar(db, "SELECT count(*) FROM programme_members"), 0);

    ProgrammeRunOptions options;
    options.asOf = kDay0; // the first run starts the programmes on day 0
    QVERIFY(ProgrammeRunner::run(db, options).ok());
    QVERIFY(runUpTo(db, 10).ok());
    // Entered on day 0; not on day 1 (0 + 3 > 1); again on day 4; not on day 5.
    QCOMPARE(waves(db, u"Again"_s), u"0:1=10,11 4:1=10 9:1=11"_s);
    QCOMPARE(waves(db, u"Once"_s), u"0:1=10,11"_s);
    QCOMPARE(text(db,
                  "SELECT group_concat(entry, ',') FROM programme_members m JOIN programmes p ON "
                  "p.id = m.programme_id WHERE p.name = 'Again' AND customer_id = 10"),
             u"1,2"_s);
}

void TestProgrammes::capGoesToTheHigherPriority()
{
    addCustomers(20, 22);
    SQLite::Database &db = m_ws->db();
    for (int c : {20, 21})
        event(c, "promo", 0);
    event(20, "promo", 8);
    event(22, "promo", 3);
    // Written low priority first: the run goes by priority, not by the order saved.
    save(db, R"({"name": "Low", "priority": 2, "trigger": {"type": "event", "event_type": "promo"},
                 "holdout": 0, "reentry_days": 0, "steps": [{"send": {"channel": "email"}}]})");
    save(db, R"({"name": "High", "priority": 1, "trigger": {"type": "event", "event_type": "promo"},
                 "holdout": 0, "reentry_days": 0, "steps": [{"send": {"channel": "email"}},
                 {"wait_days": 3}, {"send": {"channel": "email"}}]})");
    QVERIFY(ContactCap::write(db, ContactCap{1, 7}).isEmpty());
    QVERIFY(runUpTo(db, 0).ok());
    const ProgrammeRunResult run = runUpTo(db, 10);
    QVERIFY2(run.ok(), qPrintable(run.error));
    // Day 0: High reaches 20 and 21; Low finds them contacted today: capped. Day 3: High
    // reaches 22 (no contact yet) and is capped for 20 and 21 at its second send (day 0 is
    // within 7 days); Low is capped for 22. Day 6: High's second send to 22 is capped (day
    // 3). Day 8: 20 enters High again (day 0 is 8 days back) and Low is capped.
    QCOMPARE(waves(db, u"High"_s), u"0:1=20,21 3:1=22 8:1=20"_s);
    QCOMPARE(waves(db, u"Low"_s), QString());
    QCOMPARE(text(db,
                  "SELECT group_concat(p.name || ':' || (c.day - " + std::to_string(kD)
                      + ") || ':' || c.step || "
                        "':' || c.customer_id, ' ') FROM (SELECT * FROM programme_contacts WHERE grp = 'capped' "
                        "ORDER BY day, programme_id, step, customer_id) c JOIN programmes p ON p.id = c.programme_id"),
             u"Low:0:1:20 Low:0:1:21 Low:3:1:22 High:3:3:20 High:3:3:21 High:6:3:22 Low:8:1:20"_s);
    QCOMPARE(run.runs.constLast().day, kDay0.addDays(10));
}

void TestProgrammes::holdoutIsKeptAcrossEntries()
{
    addCustomers(100, 499);
    SQLite::Database &db = m_ws->db();
    for (int c = 100; c <= 499; ++c) {
        event(c, "ping", 0);
        event(c, "ping", 2);
    }
    save(db, R"({"name": "Half", "trigger": {"type": "event", "event_type": "ping"}, "holdout": 0.5, "seed": 42,
                 "reentry_days": 1, "steps": [{"send": {"channel": "email"}}]})");
    QVERIFY(runUpTo(db, 0).ok());
    QVERIFY(runUpTo(db, 2).ok());
    QCOMPARE(scalar(db, "SELECT count(*) FROM programme_members"), 800);
    // Each customer is in the same group at both entries.
    QCOMPARE(scalar(db,
                    "SELECT count(*) FROM (SELECT customer_id FROM programme_members GROUP BY customer_id "
                    "HAVING count(DISTINCT grp) > 1)"),
             0);
    // Binomial(400, 0.5): 99.9 % of draws within 200 ± 33.
    const qint64 control =
        scalar(db, "SELECT count(DISTINCT customer_id) FROM programme_members WHERE grp = 'control'");
    QVERIFY2(control >= 167 && control <= 233, qPrintable(QString::number(control)));
    // Controls are campaign members of the wave, never contacted.
    QCOMPARE(scalar(db,
                    "SELECT count(*) FROM campaign_members m JOIN programme_members p ON p.customer_id = "
                    "m.customer_id WHERE p.grp = 'control' AND m.grp = 'treatment'"),
             0);
    QCOMPARE(scalar(db, "SELECT count(*) FROM campaign_members WHERE grp = 'control'"), 2 * control);
}

void TestProgrammes::globalControlIsNeverContacted()
{
    addCustomers(1000, 2999);
    SQLite::Database &db = m_ws->db();
    QVERIFY(GlobalControl::set(db, 0.2, 9, false).isEmpty());
    // Changing it needs an explicit reset.
    QVERIFY(!GlobalControl::set(db, 0.1, 9, false).isEmpty());
    QVERIFY(GlobalControl::set(db, 0.2, 9, false).isEmpty());
    for (int c = 1000; c <= 2999; ++c)
        event(c, "ping", 0);
    save(db, R"({"name": "All", "trigger": {"type": "event", "event_type": "ping"}, "holdout": 0.1,
                 "steps": [{"send": {"channel": "email"}}]})");
    QVERIFY(runUpTo(db, 0).ok());
    // Binomial(2000, 0.2): within 400 ± 60 (5 sd).
    const qint64 global = GlobalControl::members(db);
    QVERIFY2(global >= 340 && global <= 460, qPrintable(QString::number(global)));
    QCOMPARE(scalar(db, "SELECT count(*) FROM programme_members WHERE grp = 'global_control'"), global);
    QCOMPARE(scalar(db,
                    "SELECT count(*) FROM campaign_members m JOIN programme_members p ON p.customer_id = "
                    "m.customer_id WHERE p.grp = 'global_control'"),
             0);
    // The segment field names the same customers.
    const SegmentParse inGroup = SegmentDefinition::fromJson(
        QJsonDocument::fromJson(R"({"field": "in_global_control", "op": "=", "value": true})").object());
    QVERIFY2(inGroup.ok(), qPrintable(inGroup.error));
    const QList<qint64> ids = SegmentQuery::ids(db, inGroup.node);
    QCOMPARE(qint64(ids.size()), global);
    const GlobalControlGroup group = GlobalControl::read(db);
    for (const qint64 id : ids)
        QVERIFY(group.contains(id));
    QCOMPARE(scalar(db,
                    "SELECT count(*) FROM programme_members WHERE grp = 'global_control' AND customer_id NOT IN ("
                    "SELECT customer_id FROM programme_members WHERE grp = 'global_control')"),
             0);
    // The unit hash is about uniform: a share of 0.2 of 2000 ids, then of 0.5.
    qint64 half = 0;
    for (qint64 id = 1000; id <= 2999; ++id)
        half += unitHash(9, id) < 0.5 ? 1 : 0;
    QVERIFY2(half >= 890 && half <= 1110, qPrintable(QString::number(half)));
}

void TestProgrammes::otherTriggers()
{
    addCustomers(30, 33);
    SQLite::Database &db = m_ws->db();
    // 30 enters abandon on day 1 (its stage history, as the lifecycle writes it).
    const QByteArray history =
        encodeStageHistory({{kD - 10, LifecycleStage::Aware}, {kD + 1, LifecycleStage::Abandon}});
    SQLite::Statement metrics(db, "UPDATE customer_metrics SET stage_history = ?1 WHERE customer_id = 30");
    metrics.bind(1, history.constData(), static_cast<int>(history.size()));
    metrics.exec();
    // 31 signed up 5 days before day 2.
    db.exec("UPDATE customers SET signup_at = " + std::to_string(at(-3)) + " WHERE id = 31");
    db.exec("INSERT INTO customer_tags(customer_id, tag) VALUES (32, 'vip')");
    const SegmentParse vip =
        SegmentDefinition::fromJson(QJsonDocument::fromJson(R"({"field": "tag", "op": "=", "value": "vip"})").object());
    QVERIFY(vip.ok());
    QVERIFY(SegmentStore::save(db, u"VIP"_s,
                               QJsonDocument::fromJson(R"({"field": "tag", "op": "=", "value": "vip"})").object())
                .ok());
    save(db, R"({"name": "Lost", "trigger": {"type": "stage_entered", "stage": "abandon"}, "holdout": 0,
                 "steps": [{"send": {"channel": "email"}}]})");
    save(db, R"({"name": "Welcome", "trigger": {"type": "date", "field": "signup_date", "offset_days": 5},
                 "holdout": 0, "steps": [{"send": {"channel": "email"}}]})");
    save(db, R"({"name": "Weekly", "trigger": {"type": "schedule", "every": "week", "segment": "VIP"},
                 "holdout": 0, "reentry_days": 0, "steps": [{"send": {"channel": "email"}}]})");
    save(db, R"({"name": "New VIP", "trigger": {"type": "segment_entered", "segment": "VIP"},
                 "holdout": 0, "steps": [{"send": {"channel": "email"}}]})");
    QVERIFY(runUpTo(db, 0).ok());
    db.exec("INSERT INTO customer_tags(customer_id, tag) VALUES (33, 'vip')");
    const ProgrammeRunResult run = runUpTo(db, 14);
    QVERIFY2(run.ok(), qPrintable(run.error));
    QCOMPARE(waves(db, u"Lost"_s), u"1:1=30"_s);
    QCOMPARE(waves(db, u"Welcome"_s), u"2:1=31"_s);
    // The first run learns who is in; 33 is new on day 1, the day after.
    QCOMPARE(waves(db, u"New VIP"_s), u"1:1=33"_s);
    // Every 7 days from the first run: the members then (33 from day 7).
    QCOMPARE(waves(db, u"Weekly"_s), u"0:1=32 7:1=32,33 14:1=32,33"_s);
}

void TestProgrammes::reportAgainstHandCounts()
{
    addCustomers(1, 8);
    SQLite::Database &db = m_ws->db();
    for (int c = 1; c <= 8; ++c)
        event(c, "ping", 0);
    // Holdout 0.5, seed 42: the groups follow from the ids; the test reads them back.
    save(db, R"({"name": "R", "trigger": {"type": "event", "event_type": "ping"}, "holdout": 0.5, "seed": 42,
                 "attribution_days": 7,
                 "steps": [{"send": {"channel": "email", "cost_per_contact": 0.10}}, {"wait_days": 7},
                           {"send": {"channel": "sms"}}]})");
    QVERIFY(runUpTo(db, 0).ok());
    std::vector<qint64> treatment, control;
    {
        SQLite::Statement q(db, "SELECT customer_id, grp FROM programme_members ORDER BY customer_id");
        while (q.executeStep())
            (q.getColumn(1).getString() == "treatment" ? treatment : control).push_back(q.getColumn(0).getInt64());
    }
    QVERIFY(treatment.size() >= 2 && control.size() >= 1);
    // Orders: the first treatment customer buys on day 2 (within step 1's 7 days) for 30.00;
    // the second on day 9 (within step 2's window, from day 7) for 20.00; the first control on
    // day 3 for 10.00.
    const auto buy = [&db](qint64 customer, int day, qint64 amount) {
        SQLite::Statement order(db,
                                "INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor) "
                                "VALUES (?1, ?2, ?3, ?4)");
        order.bind(1, "O" + std::to_string(customer) + "-" + std::to_string(day));
        order.bind(2, static_cast<int64_t>(customer));
        order.bind(3, static_cast<int64_t>(at(day)));
        order.bind(4, static_cast<int64_t>(amount));
        order.exec();
    };
    buy(treatment[0], 2, 3000);
    buy(treatment[1], 9, 2000);
    buy(control[0], 3, 1000);
    QVERIFY(runUpTo(db, 7).ok());
    const ProgrammeReportData r = ProgrammeReport::compute(db, u"R"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.windowDays, 14);
    QCOMPARE(r.steps.size(), 2);
    const auto nt = static_cast<qint64>(treatment.size());
    const auto nc = static_cast<qint64>(control.size());
    QCOMPARE(r.steps[0].treatment.members, nt);
    QCOMPARE(r.steps[0].control.members, nc);
    QCOMPARE(r.steps[0].treatment.converted, qint64(1));
    QCOMPARE(r.steps[0].treatment.revenueMinor, qint64(3000));
    QCOMPARE(r.steps[0].control.converted, qint64(1));
    QCOMPARE(r.steps[1].treatment.converted, qint64(1)); // day 9, within 7 days of day 7
    QCOMPARE(r.steps[1].treatment.revenueMinor, qint64(2000));
    QCOMPARE(r.steps[1].control.converted, qint64(0));
    // No list was exported: no contact, no cost.
    QCOMPARE(r.steps[0].contacted, qint64(0));
    QCOMPARE(r.steps[0].costMinor, qint64(0));
    // Uplift of step 1: 1/nt − 1/nc.
    QVERIFY(r.steps[0].uplift.comparison);
    QCOMPARE(r.steps[0].uplift.comparison->difference, 1.0 / double(nt) - 1.0 / double(nc));
    // The programme: entries convert within 14 days of day 0: treatment 2 (30 + 20), control 1 (10).
    QCOMPARE(r.treatment.converted, qint64(2));
    QCOMPARE(r.treatment.revenueMinor, qint64(5000));
    QCOMPARE(r.control.converted, qint64(1));
    const double difference = 2.0 / double(nt) - 1.0 / double(nc);
    QCOMPARE(r.againstHoldout.incrementalConversions, difference * double(nt));
    QCOMPARE(r.againstHoldout.incrementalRevenueMinor,
             std::llround((5000.0 / double(nt) - 1000.0 / double(nc)) * double(nt)));
    QVERIFY(!r.againstGlobalControl.comparison); // no global control group
    QCOMPARE(r.weeks.size(), 1);
    QCOMPARE(r.weeks[0].week, kDay0);
}

// Every template is a valid definition whose trigger is the play it names.
void TestProgrammes::templatesAreValid()
{
    const QList<ProgrammeTemplate> templates = ProgrammeTemplates::all();
    QCOMPARE(templates.size(), 6);
    QStringList stages;
    for (const ProgrammeTemplate &t : templates) {
        const ProgrammeParse parse = parseProgramme(t.definition, 100);
        QVERIFY2(parse.ok(), qPrintable(t.key + u": "_s + parse.error));
        QCOMPARE(parse.definition.name, t.title);
        if (parse.definition.trigger.type == TriggerType::StageEntered)
            stages << parse.definition.trigger.stage;
    }
    QCOMPARE(stages, (QStringList{u"aware"_s, u"attempt"_s, u"adopt"_s, u"advocate"_s, u"abandon"_s}));
    QCOMPARE(templates.last().definition.value(u"trigger"_s).toObject().value(u"field"_s).toString(),
             u"replenishment_due"_s);
}

// The date trigger on replenishment_due reads candidates by day from the orders: on the
// demo's last 60 days, who enters each day is who the segment field says is due that day.
void TestProgrammes::replenishmentTriggerIsTheSegmentField()
{
    m_ws.reset();
    const QString path = m_dir.filePath(u"demo.mwb"_s);
    DemoOptions options;
    options.customers = 3000;
    QVERIFY(DemoGenerator::create(path, options).error.message.isEmpty());
    auto opened = Workspace::open(path, Workspace::Access::ReadWrite);
    QVERIFY(opened.workspace);
    SQLite::Database &db = opened.workspace->db();
    QVERIFY(scalar(db, "SELECT count(*) FROM product_intervals") > 0);
    const QDate last = Lifecycle::referenceDate(db);
    const ProgrammeRunResult result = ProgrammeRunner::simulate(
        db, definition(R"({"name": "Due", "trigger": {"type": "date", "field": "replenishment_due"}, "holdout": 0,
                           "reentry_days": 0, "steps": [{"send": {"channel": "sms"}}]})"),
        last.addDays(-59), last);
    QVERIFY2(result.ok(), qPrintable(result.error));
    std::map<QDate, qint64> entered;
    for (const ProgrammeRunRow &row : result.runs)
        entered[row.day] = row.entered;
    QCOMPARE(entered.size(), std::size_t(60));
    qint64 total = 0;
    for (const auto &[day, count] : entered) {
        const SegmentParse due = SegmentDefinition::fromJson(QJsonObject{
            {u"field"_s, u"replenishment_due"_s}, {u"op"_s, u"="_s}, {u"value"_s, day.toString(Qt::ISODate)}});
        QVERIFY(due.ok());
        QCOMPARE(count, qint64(SegmentQuery::ids(db, due.node).size()));
        total += count;
    }
    QVERIFY2(total > 100, qPrintable(QString::number(total)));
}

QTEST_GUILESS_MAIN(TestProgrammes)
#include "tst_programmes.moc"
