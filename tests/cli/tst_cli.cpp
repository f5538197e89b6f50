// `mwb` as scripts use it: the binary is run, its JSON parsed, its exit codes and its
// one-line errors checked against docs/CLI.md, and what it wrote read back with SQLite.
// Segments and exports: tst_cli_segments.cpp.
#include "TestCli.h"

#include "store/Schema.h"

#include <SQLiteCpp/Database.h>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace clitest;

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::version()
{
    const Run run = runMwb({u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("mwb " MWB_VERSION "\n"));
    QVERIFY(QRegularExpression(u"^mwb \\d+\\.\\d+\\.\\d+$"_s).match(QString::fromUtf8(run.out.chopped(1))).hasMatch());
    QVERIFY(run.err.isEmpty());
}

void TestCli::usageErrors_data()
{
    // "WS" stands for a workspace path in the temporary folder; none of these may create it.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("mentions"); // what the message on stderr must name
    QTest::newRow("no arguments") << QStringList{} << QByteArray("Usage");
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s, u"WS"_s} << QByteArray("frobnicate");
    QTest::newRow("unknown option of stats") << QStringList{u"stats"_s, u"WS"_s, u"--colour"_s} << QByteArray("colour");
    QTest::newRow("unknown option of init")
        << QStringList{u"init"_s, u"WS"_s, u"--colour"_s, u"--json"_s} << QByteArray("colour");
    QTest::newRow("missing workspace") << QStringList{u"stats"_s} << QByteArray("usage");
    QTest::newRow("two workspaces") << QStringList{u"init"_s, u"WS"_s, u"WS"_s} << QByteArray("usage");
    QTest::newRow("option without its value") << QStringList{u"init"_s, u"WS"_s, u"--region"_s} << QByteArray("region");
    QTest::newRow("region not a code") << QStringList{u"init"_s, u"WS"_s, u"--region"_s, u"China"_s}
                                       << QByteArray("China");
    QTest::newRow("region with a digit") << QStringList{u"init"_s, u"WS"_s, u"--region"_s, u"C1"_s} << QByteArray("C1");
    QTest::newRow("currency not a code") << QStringList{u"init"_s, u"WS"_s, u"--currency"_s, u"EURO"_s}
                                         << QByteArray("EURO");
    QTest::newRow("customers not a number")
        << QStringList{u"demo"_s, u"WS"_s, u"--customers"_s, u"many"_s} << QByteArray("customers");
    QTest::newRow("negative customers") << QStringList{u"demo"_s, u"WS"_s, u"--customers"_s, u"-5"_s}
                                        << QByteArray("customers");
    QTest::newRow("seed not a number") << QStringList{u"demo"_s, u"WS"_s, u"--seed"_s, u"x"_s} << QByteArray("seed");
    QTest::newRow("funnel date not ISO") << QStringList{u"funnel"_s, u"WS"_s, u"--as-of"_s, u"30/06/2026"_s}
                                         << QByteArray("30/06/2026");
    QTest::newRow("migration backwards") << QStringList{u"migration"_s,  u"WS"_s,   u"--from"_s,
                                                        u"2026-01-02"_s, u"--to"_s, u"2026-01-01"_s}
                                         << QByteArray("--from");
    QTest::newRow("unknown import kind") << QStringList{u"import"_s, u"WS"_s, u"--kind"_s, u"orders"_s, u"f.csv"_s}
                                         << QByteArray("kind");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, mentions);
    arguments.replaceInStrings(QRegularExpression(u"^WS$"_s), path(u"x.mwb"_s));
    const Run run = runMwb(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(mentions), run.err.constData());
    QVERIFY(entries().isEmpty()); // nothing was created
}

void TestCli::initPrintsOneJsonObject()
{
    const QString ws = path(u"new.mwb"_s);
    const Run run = runMwb({u"init"_s, ws, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QJsonObject json;
    QVERIFY2(isOneJsonObject(run.out, &json), run.out.constData());
    QVERIFY(json.value(u"workspace"_s).isString());
    QCOMPARE(QFileInfo(json.value(u"workspace"_s).toString()).canonicalFilePath(), QFileInfo(ws).canonicalFilePath());
    QVERIFY(json.value(u"schema_version"_s).isDouble());
    QCOMPARE(json.value(u"schema_version"_s).toInt(), mwb::currentSchemaVersion());

    QVERIFY(QFile::exists(ws));
    SQLite::Database db(ws.toStdString(), SQLite::OPEN_READONLY);
    QCOMPARE(db.execAndGet("PRAGMA application_id").getInt(), mwb::kApplicationId);
    QCOMPARE(db.execAndGet("PRAGMA user_version").getInt(), mwb::currentSchemaVersion());

    // Without --json the same command talks to people, not to parsers.
    const Run text = runMwb({u"init"_s, path(u"text.mwb"_s)});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("text.mwb"));
    QVERIFY(!isOneJsonObject(text.out));
    QVERIFY(text.err.isEmpty());
}

void TestCli::initRefusesToOverwrite()
{
    const QString ws = path(u"new.mwb"_s);
    QCOMPARE(runMwb({u"init"_s, ws, u"--region"_s, u"GB"_s}).exitCode, 0);
    const QByteArray before = bytes(ws);

    const Run again = runMwb({u"init"_s, ws, u"--json"_s, u"--region"_s, u"CN"_s});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.out.isEmpty());
    QCOMPARE(again.err.count('\n'), 1);
    QVERIFY(again.err.endsWith('\n'));
    QVERIFY2(again.err.contains("new.mwb"), again.err.constData());
    QCOMPARE(bytes(ws), before);

    // Nor does it overwrite a file that is not a workspace.
    const QString notes = write(u"notes.mwb"_s, "my notes\n");
    const Run notesRun = runMwb({u"init"_s, notes});
    QCOMPARE(notesRun.exitCode, 2);
    QVERIFY2(notesRun.err.contains("notes.mwb"), notesRun.err.constData());
    QCOMPARE(bytes(notes), QByteArray("my notes\n"));
}

void TestCli::initStoresRegionAndCurrency_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("storedRegion");
    QTest::addColumn<QString>("storedCurrency");
    QTest::newRow("CN, EUR") << u"CN"_s << u"EUR"_s << u"CN"_s << u"EUR"_s;
    QTest::newRow("lower case") << u"de"_s << u"eur"_s << u"DE"_s << u"EUR"_s;
    QTest::newRow("JPY") << u"JP"_s << u"JPY"_s << u"JP"_s << u"JPY"_s;
}

void TestCli::initStoresRegionAndCurrency()
{
    QFETCH(QString, region);
    QFETCH(QString, currency);
    QFETCH(QString, storedRegion);
    QFETCH(QString, storedCurrency);
    const QString ws = path(u"ws.mwb"_s);
    const Run init = runMwb({u"init"_s, ws, u"--region"_s, region, u"--currency"_s, currency, u"--json"_s});
    QCOMPARE(init.exitCode, 0);

    const Run stats = runMwb({u"stats"_s, ws, u"--json"_s});
    QCOMPARE(stats.exitCode, 0);
    QCOMPARE(stats.json().value(u"currency"_s).toString(), storedCurrency);
    SQLite::Database db(ws.toStdString(), SQLite::OPEN_READONLY);
    QCOMPARE(QString::fromStdString(db.execAndGet("SELECT value FROM settings WHERE key = 'region'").getString()),
             storedRegion);
    QCOMPARE(QString::fromStdString(db.execAndGet("SELECT value FROM settings WHERE key = 'currency'").getString()),
             storedCurrency);
}

void TestCli::initAcceptsAChinesePath()
{
    const QString ws = path(u"客户 2024.mwb"_s);
    const Run init = runMwb({u"init"_s, ws, u"--json"_s});
    QCOMPARE(init.exitCode, 0);
    QVERIFY(QFile::exists(ws));
    QCOMPARE(QFileInfo(init.json().value(u"workspace"_s).toString()).fileName(), u"客户 2024.mwb"_s);
    QCOMPARE(runMwb({u"stats"_s, ws, u"--json"_s}).exitCode, 0);
    const Run again = runMwb({u"init"_s, ws});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(QString::fromUtf8(again.err).contains(u"客户 2024.mwb"_s), again.err.constData());
}

void TestCli::initTakesFileColonAsAFileName()
{
#ifdef Q_OS_WIN
    QSKIP("':' cannot be part of a file name on Windows");
#else
    // SQLite may read "file:x.mwb" as a URI naming x.mwb: init must not write into x.mwb.
    {
        SQLite::Database other(path(u"x.mwb"_s).toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE things(x); INSERT INTO things VALUES (1);");
    }
    const QByteArray before = bytes(path(u"x.mwb"_s));
    const Run init = runMwb({u"init"_s, u"file:x.mwb"_s, u"--json"_s}, m_dir->path());
    QCOMPARE(init.exitCode, 0);
    QCOMPARE(QFileInfo(init.json().value(u"workspace"_s).toString()).fileName(), u"file:x.mwb"_s);
    QCOMPARE(bytes(path(u"x.mwb"_s)), before);
    QCOMPARE(entries(), (QStringList{u"file:x.mwb"_s, u"x.mwb"_s}));
    QCOMPARE(sqlCount(path(u"file:x.mwb"_s), "PRAGMA application_id"), mwb::kApplicationId);
    // And stats reads that file, not x.mwb (which it would refuse as another program's).
    QCOMPARE(runMwb({u"stats"_s, u"file:x.mwb"_s, u"--json"_s}, m_dir->path()).exitCode, 0);
#endif
}

void TestCli::demoAndStatsAgree()
{
    const QString ws = path(u"demo.mwb"_s);
    const Run demo = runMwb({u"demo"_s, ws, u"--customers"_s, u"2000"_s, u"--seed"_s, u"7"_s, u"--json"_s});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY2(demo.err.isEmpty(), demo.err.constData()); // progress only on a terminal
    QJsonObject d;
    QVERIFY2(isOneJsonObject(demo.out, &d), demo.out.constData());
    for (const char *key : {"customers", "transactions", "events", "campaigns"})
        QVERIFY2(d.value(QLatin1StringView(key)).isDouble(), key);
    QCOMPARE(d.value(u"customers"_s).toInteger(), 2000);
    QCOMPARE(d.value(u"campaigns"_s).toInteger(), 3);
    // The summary is what is in the file.
    QCOMPARE(d.value(u"customers"_s).toInteger(), sqlCount(ws, "SELECT count(*) FROM customers"));
    QCOMPARE(d.value(u"transactions"_s).toInteger(), sqlCount(ws, "SELECT count(*) FROM transactions"));
    QCOMPARE(d.value(u"events"_s).toInteger(), sqlCount(ws, "SELECT count(*) FROM events"));
    QCOMPARE(d.value(u"campaigns"_s).toInteger(), sqlCount(ws, "SELECT count(*) FROM campaigns"));
    QVERIFY(d.value(u"transactions"_s).toInteger() > 1000);
    QVERIFY(d.value(u"events"_s).toInteger() > 5000);

    const QByteArray before = bytes(ws);
    const Run stats = runMwb({u"stats"_s, ws, u"--json"_s});
    QCOMPARE(stats.exitCode, 0);
    QVERIFY2(stats.err.isEmpty(), stats.err.constData());
    QCOMPARE(bytes(ws), before); // reading totals writes nothing
    QJsonObject s;
    QVERIFY2(isOneJsonObject(stats.out, &s), stats.out.constData());
    for (const char *key :
         {"customers", "transactions", "events", "campaigns", "segments", "revenue", "first_date", "last_date"})
        QVERIFY2(s.contains(QLatin1StringView(key)), key);
    for (const char *key : {"customers", "transactions", "events", "campaigns"})
        QCOMPARE(s.value(QLatin1StringView(key)).toInteger(), d.value(QLatin1StringView(key)).toInteger());
    QCOMPARE(s.value(u"segments"_s).toInteger(), 0);
    // The demo is priced in yuan: revenue in major units is the sum of the fen.
    QCOMPARE(s.value(u"currency"_s).toString(), u"CNY"_s);
    const double revenue = static_cast<double>(sqlCount(ws, "SELECT sum(amount_minor) FROM transactions")) / 100.0;
    QVERIFY(revenue > 1000);
    QCOMPARE(s.value(u"revenue"_s).toDouble(), revenue);

    const QString first = s.value(u"first_date"_s).toString();
    const QString last = s.value(u"last_date"_s).toString();
    QVERIFY2(kIsoDate.match(first).hasMatch(), qPrintable(first));
    QVERIFY2(kIsoDate.match(last).hasMatch(), qPrintable(last));
    QVERIFY(QDate::fromString(first, Qt::ISODate).isValid());
    QCOMPARE(last, u"2026-06-30"_s); // the demo's history ends on its fixed last day
    QVERIFY(QDate::fromString(first, Qt::ISODate).daysTo(QDate::fromString(last, Qt::ISODate)) > 1000);

    // The same seed again gives the same totals; another seed does not.
    const Run again =
        runMwb({u"demo"_s, path(u"demo2.mwb"_s), u"--customers"_s, u"2000"_s, u"--seed"_s, u"7"_s, u"--json"_s});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().value(u"transactions"_s), d.value(u"transactions"_s));
    QCOMPARE(again.json().value(u"events"_s), d.value(u"events"_s));
    QCOMPARE(runMwb({u"stats"_s, path(u"demo2.mwb"_s), u"--json"_s}).json().value(u"revenue"_s), s.value(u"revenue"_s));
    const Run other =
        runMwb({u"demo"_s, path(u"demo3.mwb"_s), u"--customers"_s, u"2000"_s, u"--seed"_s, u"8"_s, u"--json"_s});
    QCOMPARE(other.exitCode, 0);
    QVERIFY(runMwb({u"stats"_s, path(u"demo3.mwb"_s), u"--json"_s}).json().value(u"revenue"_s)
            != s.value(u"revenue"_s));
}

void TestCli::demoRefusesAnExistingFileOrMissingFolder()
{
    const QString ws = path(u"taken.mwb"_s);
    QCOMPARE(runMwb({u"init"_s, ws}).exitCode, 0);
    const QByteArray before = bytes(ws);
    const Run taken = runMwb({u"demo"_s, ws, u"--customers"_s, u"100"_s, u"--json"_s});
    QCOMPARE(taken.exitCode, 2);
    QVERIFY(taken.out.isEmpty());
    QCOMPARE(taken.err.count('\n'), 1);
    QVERIFY2(taken.err.contains("taken.mwb"), taken.err.constData());
    QCOMPARE(bytes(ws), before);

    const Run nowhere = runMwb({u"demo"_s, path(u"no/such/folder/demo.mwb"_s), u"--customers"_s, u"100"_s});
    QCOMPARE(nowhere.exitCode, 2);
    QCOMPARE(nowhere.err.count('\n'), 1);
    QVERIFY2(nowhere.err.contains("no/such/folder/demo.mwb"), nowhere.err.constData());
    QVERIFY2(!nowhere.err.contains(".partial"), nowhere.err.constData()); // not the temporary file
    QCOMPARE(entries(), QStringList{u"taken.mwb"_s});
}

void TestCli::statsOfAnEmptyWorkspace()
{
    const QString ws = path(u"empty.mwb"_s);
    QCOMPARE(runMwb({u"init"_s, ws}).exitCode, 0);
    const QByteArray before = bytes(ws);
    const Run stats = runMwb({u"stats"_s, ws, u"--json"_s});
    QCOMPARE(stats.exitCode, 0);
    QVERIFY2(stats.err.isEmpty(), stats.err.constData());
    QCOMPARE(bytes(ws), before); // reading totals writes nothing
    QJsonObject s;
    QVERIFY2(isOneJsonObject(stats.out, &s), stats.out.constData());
    for (const char *key : {"customers", "transactions", "events", "campaigns", "segments", "revenue"}) {
        QVERIFY2(s.value(QLatin1StringView(key)).isDouble(), key);
        QCOMPARE(s.value(QLatin1StringView(key)).toDouble(), 0.0);
    }
    // Present and null, not missing.
    QVERIFY(s.contains(u"first_date"_s));
    QVERIFY(s.contains(u"last_date"_s));
    QVERIFY(s.value(u"first_date"_s).isNull());
    QVERIFY(s.value(u"last_date"_s).isNull());
}

void TestCli::badWorkspacesExitTwo_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("missing file") << u"missing"_s;
    QTest::newRow("text file") << u"text"_s;
    QTest::newRow("empty file") << u"empty"_s;
    QTest::newRow("another program's SQLite") << u"sqlite"_s;
    QTest::newRow("newer version") << u"newer"_s;
    QTest::newRow("truncated") << u"truncated"_s;
}

void TestCli::badWorkspacesExitTwo()
{
    QFETCH(QString, kind);
    const QString ws = path(u"bad.mwb"_s);
    if (kind == u"text"_s) {
        write(u"bad.mwb"_s, "customer_id,email\n1,a@example.com\n");
    } else if (kind == u"empty"_s) {
        write(u"bad.mwb"_s, QByteArray());
    } else if (kind == u"sqlite"_s) {
        SQLite::Database db(ws.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE things(x); INSERT INTO things VALUES (1);");
    } else if (kind == u"newer"_s) {
        QCOMPARE(runMwb({u"init"_s, ws}).exitCode, 0);
        SQLite::Database db(ws.toStdString(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = 99");
    } else if (kind == u"truncated"_s) {
        QCOMPARE(runMwb({u"demo"_s, ws, u"--customers"_s, u"1000"_s}).exitCode, 0);
        QFile file(ws);
        QVERIFY(file.resize(file.size() / 2));
    }
    const QByteArray before = bytes(ws);
    const Run run = runMwb({u"stats"_s, ws, u"--json"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1); // one line
    QVERIFY2(run.err.contains("bad.mwb"), run.err.constData());
    if (kind == u"newer"_s)
        QVERIFY2(run.err.contains("newer"), run.err.constData());
    QCOMPARE(bytes(ws), before); // refused without a write
    QCOMPARE(QFile::exists(ws), kind != u"missing"_s);
}

void TestCli::progressOnlyOnATerminal()
{
    // script(1) gives the command a terminal; stdout goes to a file, so the terminal
    // shows stderr alone.
    const QString script = QStandardPaths::findExecutable(u"script"_s);
    if (script.isEmpty())
        QSKIP("script(1) is not installed");
    const QString ws = path(u"tty.mwb"_s);
    const QString out = path(u"tty.json"_s);
    const QString command = u"%1 demo %2 --customers 20000 --json > %3"_s.arg(shellQuoted(QStringLiteral(MWB_CLI_PATH)),
                                                                              shellQuoted(ws), shellQuoted(out));
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(script, {u"-qec"_s, command, u"/dev/null"_s});
    QVERIFY(process.waitForFinished(120000));
    if (process.exitCode() != 0 && !QFile::exists(ws))
        QSKIP("script(1) cannot allocate a terminal here");
    QCOMPARE(process.exitCode(), 0);
    const QByteArray terminal = process.readAllStandardOutput();
    QVERIFY2(terminal.contains('%'), terminal.constData()); // progress was shown
    QJsonObject json;
    QVERIFY2(isOneJsonObject(bytes(out), &json), bytes(out).constData()); // and kept off stdout
    QCOMPARE(json.value(u"customers"_s).toInteger(), 20000);
}

void TestCli::importReportsEveryRow()
{
    const QString ws = path(u"shop.mwb"_s);
    QCOMPARE(runMwb({u"init"_s, ws, u"--region"_s, u"CN"_s}).exitCode, 0);
    const QString orders = write(u"orders.csv"_s,
                                 "订单号,手机号,下单时间,实付金额\n"
                                 "A1,13800138000,2024-05-01,¥100\n"
                                 "A2,13800138000,2024-05-02,bad\n"
                                 "A1,13800138000,2024-05-01,¥100\n");
    const Run run = runMwb({u"import"_s, ws, u"--kind"_s, u"transactions"_s, orders, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QJsonObject j;
    QVERIFY2(isOneJsonObject(run.out, &j), run.out.constData());
    QCOMPARE(j.value(u"rows_read"_s).toInteger(), 3);
    QCOMPARE(j.value(u"rows_imported"_s).toInteger(), 1);
    QCOMPARE(j.value(u"rows_duplicate"_s).toInteger(), 1);
    QCOMPARE(j.value(u"rows_rejected"_s).toInteger(), 1);
    QCOMPARE(j.value(u"customers_created"_s).toInteger(), 1);
    QCOMPARE(j.value(u"customers_matched"_s).toInteger(), 0);
    QCOMPARE(j.value(u"encoding"_s).toString(), u"UTF-8"_s);
    QCOMPARE(j.value(u"delimiter"_s).toString(), u","_s);
    QVERIFY(QFile::exists(j.value(u"rejects_file"_s).toString()));

    const QJsonObject dry =
        runMwb({u"import"_s, ws, u"--kind"_s, u"transactions"_s, orders, u"--dry-run"_s, u"--json"_s}).json();
    QCOMPARE(dry.value(u"rows_duplicate"_s).toInteger(), 2);
    QVERIFY(dry.value(u"rejects_file"_s).isNull());
    QCOMPARE(runMwb({u"stats"_s, ws, u"--json"_s}).json().value(u"transactions"_s).toInteger(), 1);

    const Run missing = runMwb({u"import"_s, ws, u"--kind"_s, u"transactions"_s, path(u"nope.csv"_s)});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("nope.csv"));
}

void TestCli::importOfAFileWithOnlyBadRowsExitsTwo()
{
    const QString ws = path(u"shop.mwb"_s);
    QCOMPARE(runMwb({u"init"_s, ws}).exitCode, 0);
    const QString orders =
        write(u"bad.csv"_s, "order_id,customer_id,order_date,amount\n1,C1,never,10\n2,C2,2024-13-45,20\n");
    const Run run = runMwb({u"import"_s, ws, u"--kind"_s, u"transactions"_s, orders});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("bad.csv") && run.err.contains("line 2"), run.err.constData());
    QCOMPARE(runMwb({u"stats"_s, ws, u"--json"_s}).json().value(u"transactions"_s).toInteger(), 0);
}

void TestCli::importsAndUndo()
{
    const QString ws = path(u"shop.mwb"_s);
    QCOMPARE(runMwb({u"init"_s, ws}).exitCode, 0);
    const QString orders = write(u"o.csv"_s, "order_id,customer_id,order_date,amount\n1,C1,2024-01-01,10\n");
    QCOMPARE(runMwb({u"import"_s, ws, u"--kind"_s, u"transactions"_s, orders}).exitCode, 0);
    const QJsonObject list = runMwb({u"imports"_s, ws, u"--json"_s}).json();
    QCOMPARE(list.value(u"imports"_s).toArray().size(), 1);
    const qint64 id = list.value(u"imports"_s).toArray().first().toObject().value(u"id"_s).toInteger();
    const Run undo = runMwb({u"undo-import"_s, ws, QString::number(id), u"--json"_s});
    QCOMPARE(undo.exitCode, 0);
    QCOMPARE(undo.json().value(u"transactions_removed"_s).toInteger(), 1);
    QCOMPARE(runMwb({u"stats"_s, ws, u"--json"_s}).json().value(u"customers"_s).toInteger(), 0);
    QCOMPARE(runMwb({u"undo-import"_s, ws, QString::number(id)}).exitCode, 2);
}

void TestCli::lifecycleCommands()
{
    const QString ws = path(u"lifecycle.mwb"_s);
    QCOMPARE(runMwb({u"demo"_s, ws, u"--customers"_s, u"1500"_s, u"--json"_s}).exitCode, 0);
    const Run funnel = runMwb({u"funnel"_s, ws, u"--json"_s});
    QCOMPARE(funnel.exitCode, 0);
    QJsonObject f;
    QVERIFY2(isOneJsonObject(funnel.out, &f), funnel.out.constData());
    QCOMPARE(f.value(u"as_of"_s).toString(),
             runMwb({u"stats"_s, ws, u"--json"_s}).json().value(u"last_date"_s).toString());
    const QJsonArray stages = f.value(u"stages"_s).toArray();
    QStringList names;
    qint64 sum = 0;
    for (const QJsonValue &stage : stages) {
        names << stage.toObject().value(u"stage"_s).toString();
        sum += stage.toObject().value(u"customers"_s).toInteger();
    }
    QCOMPARE(names, (QStringList{u"aware"_s, u"attempt"_s, u"adopt"_s, u"advocate"_s, u"abandon"_s}));
    QCOMPARE(sum, 1500);
    QCOMPARE(sum, sqlCount(ws, "SELECT count(*) FROM customer_metrics WHERE lifecycle_stage IS NOT NULL"));
    const auto abandoned = [&ws](const QStringList &extra = {}) {
        const QJsonObject json = runMwb(QStringList{u"funnel"_s, ws, u"--json"_s} + extra).json();
        return json.value(u"stages"_s).toArray().at(4).toObject().value(u"customers"_s).toInteger();
    };

    // Earlier, fewer people were known.
    const Run early = runMwb({u"funnel"_s, ws, u"--as-of"_s, u"2024-01-01"_s, u"--json"_s});
    QCOMPARE(early.exitCode, 0);
    QVERIFY(early.json().value(u"customers"_s).toInteger() < 1500);
    QVERIFY(early.json().value(u"customers"_s).toInteger() > 0);

    // The migration matrix holds everyone known on its later day, once.
    const Run migration = runMwb({u"migration"_s, ws, u"--from"_s, u"2024-01-01"_s, u"--json"_s});
    QCOMPARE(migration.exitCode, 0);
    qint64 cells = 0;
    for (const QJsonValue &row : migration.json().value(u"matrix"_s).toArray()) {
        for (const QString &stage : names)
            cells += row.toObject().value(stage).toInteger();
    }
    QCOMPARE(cells, 1500);
    QVERIFY(runMwb({u"lifecycle-trend"_s, ws, u"--json"_s}).json().value(u"months"_s).toArray().size() >= 30);

    // A shorter patience for buyers lapses more of them; a rule that does not exist is named.
    const qint64 before = abandoned();
    const Run rules = runMwb({u"lifecycle-rules"_s, ws, u"--set"_s, u"abandon_after_days_adopt=30"_s, u"--json"_s});
    QCOMPARE(rules.exitCode, 0);
    QCOMPARE(rules.json().value(u"rules"_s).toObject().value(u"abandon_after_days_adopt"_s).toInt(), 30);
    QVERIFY(abandoned() > before);
    const Run unknown = runMwb({u"lifecycle-rules"_s, ws, u"--set"_s, u"patience=3"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("patience"), unknown.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
