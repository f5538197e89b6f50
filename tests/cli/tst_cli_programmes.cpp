// `mwb programme …` and `mwb global-control` as scripts use them: definitions saved and
// refused (exit 2 naming the place), runs day by day with their lists, reruns and dry runs
// that change nothing, the report's keys, the global control group and the frequency cap.
#include "TestCli.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace clitest;

void TestCli::programmeCommands()
{
    const QString ws = path(u"programmes.mwb"_s);
    QCOMPARE(runMwb({u"demo"_s, ws, u"--customers"_s, u"2000"_s}).exitCode, 0);

    // The global control group: set once, changed only with --reset.
    Run run = runMwb({u"global-control"_s, ws, u"--share"_s, u"0.05"_s, u"--seed"_s, u"3"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const qint64 global = run.json().value(u"members"_s).toInteger();
    QVERIFY2(global > 50 && global < 160, qPrintable(QString::number(global))); // 5 % of 2,000 ± 5 sd
    QCOMPARE(run.json().value(u"seed"_s).toInteger(), 3);
    run = runMwb({u"global-control"_s, ws, u"--share"_s, u"0.1"_s, u"--seed"_s, u"3"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--reset"), run.err.constData());
    QCOMPARE(runMwb({u"global-control"_s, ws, u"--share"_s, u"0.6"_s, u"--seed"_s, u"3"_s, u"--reset"_s}).exitCode, 2);
    QCOMPARE(runMwb({u"global-control"_s, ws, u"--share"_s, u"0.05"_s}).exitCode, 1);
    QCOMPARE(runMwb({u"global-control"_s, ws, u"--json"_s}).json().value(u"members"_s).toInteger(), global);

    // Definitions: an invalid one names the file and the place.
    const QString bad = write(u"bad.json"_s, R"({"name": "Bad", "trigger": {"type": "event", "event_type": "x"},
        "steps": [{"send": {"channel": "pigeon"}}]})");
    run = runMwb({u"programme"_s, u"save"_s, ws, u"--definition"_s, bad});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("bad.json: steps[0].send.channel: unknown channel 'pigeon'"), run.err.constData());
    const QString lists = path(u"lists"_s);
    const QString winback = write(u"winback.json"_s,
                                  QString(QString::fromUtf8(R"({"name": "Win-back 挽回",
        "trigger": {"type": "stage_entered", "stage": "abandon"}, "holdout": 0.2, "seed": 5, "priority": 1,
        "steps": [{"send": {"channel": "email", "offer": "BACK10", "cost_per_contact": 0.05}}, {"wait_days": 7},
                  {"exit_if": {"purchased": true}}, {"send": {"channel": "sms", "cost_per_contact": 0.30}}],
        "output": {"folder": ")") + lists + u"\", \"format\": \"csv\"}}"_s)
                                      .toUtf8());
    run = runMwb({u"programme"_s, u"save"_s, ws, u"--definition"_s, winback, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"name"_s).toString(), u"Win-back 挽回"_s);
    QCOMPARE(runMwb({u"programme"_s, u"save"_s, ws, u"--definition"_s, winback}).exitCode, 2);
    QCOMPARE(runMwb({u"programme"_s, u"save"_s, ws, u"--definition"_s, winback, u"--replace"_s}).exitCode, 0);
    QCOMPARE(runMwb({u"programme"_s, u"cap"_s, ws, u"--contacts"_s, u"2"_s, u"--days"_s, u"7"_s, u"--json"_s})
                 .json()
                 .value(u"contacts"_s)
                 .toInt(),
             2);

    // A first run on 2026-05-01, then a dry run and a real one up to 2026-05-31.
    run = runMwb({u"programme"_s, u"run"_s, ws, u"--as-of"_s, u"2026-05-01"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    qint64 files = 0;
    for (const QJsonValue r : run.json().value(u"runs"_s).toArray())
        files += r.toObject().value(u"file"_s).isNull() ? 0 : 1;
    const QStringList upTo{u"programme"_s, u"run"_s, ws, u"--as-of"_s, u"2026-05-31"_s, u"--json"_s};
    run = runMwb(upTo + QStringList{u"--dry-run"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"dry_run"_s).toBool(), true);
    const QJsonArray preview = run.json().value(u"runs"_s).toArray();
    QCOMPARE(runMwb({u"programme"_s, u"list"_s, ws, u"--json"_s})
                 .json()
                 .value(u"programmes"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"last_run"_s)
                 .toString(),
             u"2026-05-01"_s);
    run = runMwb(upTo);
    QCOMPARE(run.exitCode, 0);
    const QJsonArray runs = run.json().value(u"runs"_s).toArray();
    QCOMPARE(runs.size(), preview.size());
    QVERIFY(runs.size() >= 30); // a row for each of the 30 days at least
    qint64 contacted = 0;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const QJsonObject r = runs.at(i).toObject();
        for (const char *key : {"programme", "day", "step", "campaign_id", "entered", "treatment", "control",
                                "global_control", "capped", "file"})
            QVERIFY2(r.contains(QLatin1StringView(key)), key);
        // The dry run said the same, but for the files it did not write.
        QCOMPARE(r.value(u"treatment"_s), preview.at(i).toObject().value(u"treatment"_s));
        contacted += r.value(u"treatment"_s).toInteger();
        if (!r.value(u"file"_s).isNull()) {
            ++files;
            QVERIFY(QFileInfo::exists(r.value(u"file"_s).toString()));
        }
    }
    QVERIFY(contacted > 0);
    QCOMPARE(qint64(QDir(lists).entryList(QDir::Files).size()), files);
    // Again for the same days: nothing new.
    run = runMwb(upTo);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"runs"_s).toArray().size(), 0);

    run = runMwb({u"programme"_s, u"report"_s, ws, u"Win-back 挽回"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray steps = run.json().value(u"steps"_s).toArray();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).toObject().value(u"step"_s).toInt(), 1);
    QCOMPARE(steps.at(1).toObject().value(u"step"_s).toInt(), 4);
    for (const char *key : {"treatment", "control", "contacted", "converted", "conversion_rate", "uplift",
                            "uplift_ci_low", "uplift_ci_high", "p_value", "revenue", "cost"})
        QVERIFY2(steps.at(0).toObject().contains(QLatin1StringView(key)), key);
    const QJsonObject first = steps.at(0).toObject();
    QCOMPARE(first.value(u"contacted"_s).toInteger(), first.value(u"treatment"_s).toInteger());
    QCOMPARE(first.value(u"cost"_s).toDouble(), 0.05 * double(first.value(u"contacted"_s).toInteger()));
    const QJsonObject totals = run.json().value(u"totals"_s).toObject();
    for (const char *key : {"treatment", "control", "global_control", "against_holdout", "against_global_control"})
        QVERIFY2(totals.contains(QLatin1StringView(key)), key);
    QVERIFY(totals.value(u"global_control"_s).toObject().value(u"members"_s).toInteger() > 0);
    QVERIFY(!run.json().value(u"weeks"_s).toArray().isEmpty());

    QCOMPARE(runMwb({u"programme"_s, u"report"_s, ws, u"Nope"_s}).exitCode, 2);
    QCOMPARE(runMwb({u"programme"_s, u"run"_s, ws, u"--name"_s, u"Nope"_s}).exitCode, 2);
    QCOMPARE(runMwb({u"programme"_s, u"delete"_s, ws, u"Win-back 挽回"_s}).exitCode, 0);
    QCOMPARE(runMwb({u"programme"_s, u"list"_s, ws, u"--json"_s}).json().value(u"programmes"_s).toArray().size(), 0);
    // Its waves stay as campaigns.
    QVERIFY(runMwb({u"campaign"_s, u"list"_s, ws, u"--json"_s}).json().value(u"campaigns"_s).toArray().size() > 1);
}
