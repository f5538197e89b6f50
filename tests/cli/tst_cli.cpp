// `mwb` as scripts use it: the binary is run, its JSON parsed, its exit codes checked
// against docs/CLI.md.
#include <SQLiteCpp/Database.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run mwb(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(MWB_CLI_PATH), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void version();
    void usageErrors_data();
    void usageErrors();
    void initCreatesAndRefusesToOverwrite();
    void initStoresRegionAndCurrency();
    void demoAndStatsAgree();
    void statsOfAnEmptyWorkspace();
    void badWorkspacesExitTwo_data();
    void badWorkspacesExitTwo();
    void importReportsEveryRow();
    void importOfAFileWithOnlyBadRowsExitsTwo();
    void importsAndUndo();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString write(const QString &name, const QByteArray &content) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write(content);
        return path(name);
    }
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::version()
{
    const Run run = mwb({u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QRegularExpression(u"^mwb \\d+\\.\\d+\\.\\d+\\n$"_s).match(QString::fromUtf8(run.out)).hasMatch());
    QCOMPARE(run.out.trimmed(), QByteArray("mwb " MWB_VERSION));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s, u"x.mwb"_s};
    QTest::newRow("unknown option") << QStringList{u"stats"_s, u"x.mwb"_s, u"--colour"_s};
    QTest::newRow("missing workspace") << QStringList{u"stats"_s};
    QTest::newRow("bad region") << QStringList{u"init"_s, u"x.mwb"_s, u"--region"_s, u"China"_s};
    QTest::newRow("bad customers") << QStringList{u"demo"_s, u"x.mwb"_s, u"--customers"_s, u"many"_s};
    QTest::newRow("bad kind") << QStringList{u"import"_s, u"x.mwb"_s, u"--kind"_s, u"orders"_s, u"f.csv"_s};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = mwb(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(u"x.mwb"_s));
}

void TestCli::initCreatesAndRefusesToOverwrite()
{
    const QString ws = path(u"new.mwb"_s);
    const Run first = mwb({u"init"_s, ws, u"--json"_s});
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.err.isEmpty());
    QCOMPARE(first.out.count('\n'), 1); // exactly one JSON object on stdout
    const QJsonObject json = first.json();
    QVERIFY(json.contains(u"workspace"_s));
    QVERIFY(json.value(u"schema_version"_s).toInt() >= 1);
    QVERIFY(QFile::exists(ws));

    const Run again = mwb({u"init"_s, ws, u"--json"_s});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.out.isEmpty());
    QCOMPARE(again.err.count('\n'), 1);
    QVERIFY(again.err.contains("new.mwb"));
}

void TestCli::initStoresRegionAndCurrency()
{
    const QString ws = path(u"eu.mwb"_s);
    QCOMPARE(mwb({u"init"_s, ws, u"--region"_s, u"de"_s, u"--currency"_s, u"EUR"_s}).exitCode, 0);
    const QJsonObject stats = mwb({u"stats"_s, ws, u"--json"_s}).json();
    QCOMPARE(stats.value(u"currency"_s).toString(), u"EUR"_s);
    SQLite::Database db(ws.toStdString(), SQLite::OPEN_READONLY);
    QCOMPARE(db.execAndGet("SELECT value FROM settings WHERE key = 'region'").getString(), std::string("DE"));
}

void TestCli::demoAndStatsAgree()
{
    const QString ws = path(u"demo.mwb"_s);
    const Run demo = mwb({u"demo"_s, ws, u"--customers"_s, u"2000"_s, u"--seed"_s, u"7"_s, u"--json"_s});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY(demo.err.isEmpty()); // progress only on a terminal
    const QJsonObject d = demo.json();
    QCOMPARE(d.value(u"customers"_s).toInteger(), 2000);
    QCOMPARE(d.value(u"campaigns"_s).toInteger(), 3);
    QVERIFY(d.value(u"transactions"_s).toInteger() > 1000);
    QVERIFY(d.value(u"events"_s).toInteger() > 5000);

    const Run stats = mwb({u"stats"_s, ws, u"--json"_s});
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject s = stats.json();
    for (const char *key : {"customers", "transactions", "events", "campaigns"})
        QCOMPARE(s.value(QLatin1StringView(key)).toInteger(), d.value(QLatin1StringView(key)).toInteger());
    QCOMPARE(s.value(u"segments"_s).toInteger(), 0);
    QVERIFY(s.value(u"revenue"_s).toDouble() > 1000);
    QCOMPARE(s.value(u"first_date"_s).toString().size(), 10);
    QCOMPARE(s.value(u"last_date"_s).toString(), u"2026-06-30"_s);

    // The same seed again gives the same totals.
    const QJsonObject again = mwb({u"demo"_s, path(u"demo2.mwb"_s), u"--customers"_s, u"2000"_s, u"--seed"_s, u"7"_s,
                                   u"--json"_s})
                                  .json();
    QCOMPARE(again.value(u"transactions"_s), d.value(u"transactions"_s));
    QCOMPARE(again.value(u"events"_s), d.value(u"events"_s));
    QCOMPARE(mwb({u"demo"_s, ws}).exitCode, 2); // refuses to overwrite
}

void TestCli::statsOfAnEmptyWorkspace()
{
    const QString ws = path(u"empty.mwb"_s);
    QCOMPARE(mwb({u"init"_s, ws}).exitCode, 0);
    const QJsonObject s = mwb({u"stats"_s, ws, u"--json"_s}).json();
    QCOMPARE(s.value(u"customers"_s).toInteger(), 0);
    QCOMPARE(s.value(u"revenue"_s).toDouble(), 0.0);
    QVERIFY(s.value(u"first_date"_s).isNull());
    QVERIFY(s.value(u"last_date"_s).isNull());
}

void TestCli::badWorkspacesExitTwo_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("missing") << u"missing"_s;
    QTest::newRow("text file") << u"text"_s;
    QTest::newRow("newer version") << u"newer"_s;
}

void TestCli::badWorkspacesExitTwo()
{
    QFETCH(QString, kind);
    const QString ws = path(u"bad.mwb"_s);
    if (kind == u"text"_s) {
        write(u"bad.mwb"_s, "not a workspace\n");
    } else if (kind == u"newer"_s) {
        QCOMPARE(mwb({u"init"_s, ws}).exitCode, 0);
        SQLite::Database db(ws.toStdString(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = 99");
    }
    const Run run = mwb({u"stats"_s, ws, u"--json"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("bad.mwb"), run.err.constData());
}

void TestCli::importReportsEveryRow()
{
    const QString ws = path(u"shop.mwb"_s);
    QCOMPARE(mwb({u"init"_s, ws, u"--region"_s, u"CN"_s}).exitCode, 0);
    const QString orders = write(u"orders.csv"_s, "订单号,手机号,下单时间,实付金额\n"
                                                  "A1,13800138000,2024-05-01,¥100\n"
                                                  "A2,13800138000,2024-05-02,bad\n"
                                                  "A1,13800138000,2024-05-01,¥100\n");
    const Run run = mwb({u"import"_s, ws, u"--kind"_s, u"transactions"_s, orders, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject j = run.json();
    QCOMPARE(j.value(u"rows_read"_s).toInteger(), 3);
    QCOMPARE(j.value(u"rows_imported"_s).toInteger(), 1);
    QCOMPARE(j.value(u"rows_duplicate"_s).toInteger(), 1);
    QCOMPARE(j.value(u"rows_rejected"_s).toInteger(), 1);
    QCOMPARE(j.value(u"customers_created"_s).toInteger(), 1);
    QCOMPARE(j.value(u"customers_matched"_s).toInteger(), 0);
    QCOMPARE(j.value(u"encoding"_s).toString(), u"UTF-8"_s);
    QCOMPARE(j.value(u"delimiter"_s).toString(), u","_s);
    QVERIFY(QFile::exists(j.value(u"rejects_file"_s).toString()));

    const QJsonObject dry = mwb({u"import"_s, ws, u"--kind"_s, u"transactions"_s, orders, u"--dry-run"_s, u"--json"_s}).json();
    QCOMPARE(dry.value(u"rows_duplicate"_s).toInteger(), 2);
    QVERIFY(dry.value(u"rejects_file"_s).isNull());
    QCOMPARE(mwb({u"stats"_s, ws, u"--json"_s}).json().value(u"transactions"_s).toInteger(), 1);

    const Run missing = mwb({u"import"_s, ws, u"--kind"_s, u"transactions"_s, path(u"nope.csv"_s)});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("nope.csv"));
}

void TestCli::importOfAFileWithOnlyBadRowsExitsTwo()
{
    const QString ws = path(u"shop.mwb"_s);
    QCOMPARE(mwb({u"init"_s, ws}).exitCode, 0);
    const QString orders = write(u"bad.csv"_s, "order_id,customer_id,order_date,amount\n1,C1,never,10\n2,C2,2024-13-45,20\n");
    const Run run = mwb({u"import"_s, ws, u"--kind"_s, u"transactions"_s, orders});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("bad.csv") && run.err.contains("line 2"), run.err.constData());
    QCOMPARE(mwb({u"stats"_s, ws, u"--json"_s}).json().value(u"transactions"_s).toInteger(), 0);
}

void TestCli::importsAndUndo()
{
    const QString ws = path(u"shop.mwb"_s);
    QCOMPARE(mwb({u"init"_s, ws}).exitCode, 0);
    const QString orders = write(u"o.csv"_s, "order_id,customer_id,order_date,amount\n1,C1,2024-01-01,10\n");
    QCOMPARE(mwb({u"import"_s, ws, u"--kind"_s, u"transactions"_s, orders}).exitCode, 0);
    const QJsonObject list = mwb({u"imports"_s, ws, u"--json"_s}).json();
    QCOMPARE(list.value(u"imports"_s).toArray().size(), 1);
    const qint64 id = list.value(u"imports"_s).toArray().first().toObject().value(u"id"_s).toInteger();
    const Run undo = mwb({u"undo-import"_s, ws, QString::number(id), u"--json"_s});
    QCOMPARE(undo.exitCode, 0);
    QCOMPARE(undo.json().value(u"transactions_removed"_s).toInteger(), 1);
    QCOMPARE(mwb({u"stats"_s, ws, u"--json"_s}).json().value(u"customers"_s).toInteger(), 0);
    QCOMPARE(mwb({u"undo-import"_s, ws, QString::number(id)}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
