// Nothing an analyst does can destroy their work: `mwb` attacked as a hostile tester would.
// Every case runs the real binary and then checks the files themselves: the exit code and
// message, checksums of the workspace and everything beside it, SQLite's integrity check,
// and for writes killed with SIGKILL at random moments, that each was all or nothing.
//
// The test-suite runs a few kills per command on a small workspace; scripts/reliability.sh
// runs it with MWB_KILL_ROUNDS=20 on a larger one (MWB_KILL_CUSTOMERS), and the hostile
// files of scripts/hostile-inputs.sh, and prints the totals this test reports: attacks,
// survived with nothing lost, crashes.
#include "CliTestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#endif

using namespace clitest;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QFileInfo(path).isDir() ? "folder" : (QFileInfo::exists(path) ? "unreadable" : "missing");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// Every entry of a folder with the kind and content of each (pipes and devices by kind).
QMap<QString, QByteArray> folderState(const QString &folder)
{
    QMap<QString, QByteArray> state;
    const QStringList names =
        QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const QString path = QDir(folder).filePath(name);
        const QFileInfo info(path);
        if (info.isSymLink())
            state.insert(name, "link to " + info.symLinkTarget().toUtf8());
        else if (info.isDir())
            state.insert(name, "folder");
        else if (!info.isFile())
            state.insert(name, "special");
        else if (name.endsWith(u"-shm"_s))
            state.insert(name, "shared memory"); // SQLite's own, rewritten by every reader
        else
            state.insert(name, fileDigest(path));
    }
    return state;
}

QString scalarText(const QString &ws, const char *sql)
{
    SQLite::Database db(ws.toStdString(), SQLite::OPEN_READWRITE); // read-write: replays the log
    return QString::fromStdString(db.execAndGet(sql).getString());
}

QByteArray rowsDigest(const QString &ws, const char *sql)
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

QString integrity(const QString &ws)
{
    return scalarText(ws, "PRAGMA integrity_check");
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
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

int killRounds()
{
    bool ok = false;
    const int rounds = qEnvironmentVariableIntValue("MWB_KILL_ROUNDS", &ok);
    return ok && rounds > 0 ? rounds : 3;
}

// The size of the workspace the kills hit (larger: writes last longer, kills land inside them).
int killCustomers()
{
    bool ok = false;
    const int customers = qEnvironmentVariableIntValue("MWB_KILL_CUSTOMERS", &ok);
    return ok && customers >= 1000 ? customers : 8000;
}

// Overwrites part of one leaf page of `table`: a disk or a copy gone wrong mid-file.
bool damagePage(const QString &ws, const char *table, int nth)
{
    qint64 page = 0;
    {
        SQLite::Database db(ws.toStdString(), SQLite::OPEN_READONLY);
        SQLite::Statement leaf(db, "SELECT pageno FROM dbstat WHERE name = ?1 AND pagetype = 'leaf' LIMIT 1 OFFSET ?2");
        leaf.bind(1, table);
        leaf.bind(2, nth);
        if (!leaf.executeStep())
            return false;
        page = leaf.getColumn(0).getInt64();
    }
    QFile file(ws);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((page - 1) * 4096 + 100))
        return false;
    QByteArray garbage;
    for (int i = 0; i < 200; ++i)
        garbage.append("\xde\xad\xbe\xef", 4);
    return file.write(garbage) == garbage.size();
}

} // namespace

class TestReliability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void outputsNeverReplaceWhatTheyMustNot_data();
    void outputsNeverReplaceWhatTheyMustNot();
    void rejectsFilesNeverReplaceAFile();
    void inputsThatAreNotFiles();
    void segmentDefinitionLimits();
    void nearlyUtf8Warns();
    void readOnlyWorkspaceReadsAndRefusesWrites();
    void damagedWorkspaceSaysSoAndRecovers();
    void writersWaitForARunningImportAndSaySo();
    void forgetLeavesNoTraceInTheFiles();
    void fullDisks();
    void killedWritesAreAllOrNothing();

private:
    // A demo workspace of `customers` made once per size and copied for each use.
    QString demoCopy(const QString &name, int customers = 600);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // Counts an attack and whether it left everything as promised.
    void tally(bool survived, int exitCode);

    QTemporaryDir m_demos;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_attacks = 0;
    int m_survived = 0;
    int m_crashes = 0;
};

void TestReliability::initTestCase()
{
    QVERIFY(m_demos.isValid());
}

void TestReliability::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReliability::cleanupTestCase()
{
    qInfo("reliability totals: attacks %d, survived with nothing lost %d, crashes %d", m_attacks, m_survived,
          m_crashes);
}

void TestReliability::tally(bool survived, int exitCode)
{
    ++m_attacks;
    if (survived)
        ++m_survived;
    if (exitCode == -1 || exitCode == 3)
        ++m_crashes;
}

QString TestReliability::demoCopy(const QString &name, int customers)
{
    const QString master = m_demos.filePath(u"demo-%1.mwb"_s.arg(customers));
    if (!QFile::exists(master)) {
        const Run run = runMwb({u"demo"_s, master, u"--customers"_s, QString::number(customers)});
        if (run.exitCode != 0)
            qFatal("demo: %s", run.err.constData());
    }
    const QString copy = path(name);
    QFile::copy(master, copy);
    return copy;
}

void TestReliability::outputsNeverReplaceWhatTheyMustNot_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("the workspace") << u"ws.mwb"_s;
    QTest::newRow("its write-ahead log") << u"ws.mwb-wal"_s;
    QTest::newRow("its shared memory") << u"ws.mwb-shm"_s;
    QTest::newRow("its lock file") << u"ws.mwb.lock"_s;
    QTest::newRow("its backup copy") << u"ws.mwb.v11.bak"_s;
    QTest::newRow("a folder") << u"folder"_s;
    QTest::newRow("a pipe") << u"pipe.csv"_s;
    QTest::newRow("a link to the workspace") << u"link.csv"_s;
    QTest::newRow("a device") << u"/dev/null"_s;
}

void TestReliability::outputsNeverReplaceWhatTheyMustNot()
{
#ifndef Q_OS_UNIX
    QSKIP("pipes, devices and links are made the POSIX way");
#else
    QFETCH(QString, target);
    const QString ws = demoCopy(u"ws.mwb"_s);
    const QString out = target.startsWith(u'/') ? target : path(target);
    // The workspace open with changes in its log, as a window keeps it.
    SQLite::Database open(ws.toStdString(), SQLite::OPEN_READWRITE);
    open.exec("PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
              "CREATE TABLE window_notes(note TEXT); INSERT INTO window_notes VALUES ('not yet in the file')");
    QVERIFY(QFile::exists(ws + u"-wal"_s));
    QVERIFY(writeFile(ws + u".lock"_s, "4711\nmarketing-workbench\nhost\n"));
    QVERIFY(QFile::copy(ws, ws + u".v11.bak"_s));
    QVERIFY(QDir(m_dir->path()).mkdir(u"folder"_s));
    QCOMPARE(::mkfifo(QFile::encodeName(path(u"pipe.csv"_s)).constData(), 0600), 0);
    QVERIFY(QFile::link(ws, path(u"link.csv"_s)));
    const QString campaign = scalarText(ws, "SELECT id FROM campaigns ORDER BY id LIMIT 1");

    const QList<QStringList> commands{
        {u"export"_s, u"customers"_s, ws, u"--out"_s, out},
        {u"campaign"_s, u"export"_s, ws, campaign, u"--out"_s, out},
        {u"campaign"_s, u"report"_s, ws, campaign, u"--out"_s, out},
        {u"recover"_s, ws, u"--out"_s, out},
        {u"init"_s, out},
        {u"demo"_s, out, u"--customers"_s, u"20"_s},
    };
    const auto before = folderState(m_dir->path());
    struct stat device
    {
    };
    for (const QStringList &command : commands) {
        const Run run = runMwb(command);
        const auto after = folderState(m_dir->path());
        const bool nothingChanged = after == before && integrity(ws) == u"ok"_s
            && (target != u"/dev/null"_s || (::stat("/dev/null", &device) == 0 && S_ISCHR(device.st_mode)));
        const bool refused = run.exitCode == 1 || run.exitCode == 2;
        tally(nothingChanged && refused, run.exitCode);
        QVERIFY2(refused, qPrintable(command.join(u' ') + u" exited "_s + QString::number(run.exitCode)));
        QVERIFY2(run.err.contains(QFileInfo(out).fileName().toUtf8()), run.err.constData());
        QVERIFY2(nothingChanged, qPrintable(command.join(u' ')));
    }
    QCOMPARE(open.execAndGet("SELECT note FROM window_notes").getString(), std::string("not yet in the file"));
#endif
}

void TestReliability::rejectsFilesNeverReplaceAFile()
{
    const QString ws = demoCopy(u"ws.mwb"_s);
    const QString file = path(u"bad.csv"_s);
    QVERIFY(writeFile(file, "member_id,name,signup_date\nR1,Ann,2024-01-05\nR2,Bob,32/13/2025\n"));
    // A workspace that happens to have the name the rejects file would take.
    QVERIFY(QFile::copy(ws, path(u"bad.rejects.csv"_s)));
    const QByteArray taken = fileDigest(path(u"bad.rejects.csv"_s));
    Run run = runMwb({u"import"_s, ws, u"--kind"_s, u"contacts"_s, file, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"rejects_file"_s).toString(),
             QFileInfo(path(u"bad.rejects-2.csv"_s)).absoluteFilePath());
    QCOMPARE(fileDigest(path(u"bad.rejects.csv"_s)), taken);
    QVERIFY(bytes(path(u"bad.rejects-2.csv"_s)).contains("32/13/2025"));
    // Again: the next free name, and both earlier files as they were.
    const QByteArray second = fileDigest(path(u"bad.rejects-2.csv"_s));
    QVERIFY(writeFile(file, "member_id,name,signup_date\nR3,Cy,31/02/2025\n"));
    run = runMwb({u"import"_s, ws, u"--kind"_s, u"contacts"_s, file, u"--json"_s});
    QCOMPARE(run.exitCode, 2); // every row rejected
    QCOMPARE(fileDigest(path(u"bad.rejects-2.csv"_s)), second);
    QVERIFY(QFile::exists(path(u"bad.rejects-3.csv"_s)));
    tally(fileDigest(path(u"bad.rejects.csv"_s)) == taken && integrity(ws) == u"ok"_s, run.exitCode);

#ifdef Q_OS_LINUX
    // Beside a file in a folder that cannot be written: no rejects file, and none named.
    const QString readOnly = path(u"ro"_s);
    QVERIFY(QDir().mkpath(readOnly));
    bool mounted = false;
    if (::geteuid() == 0) {
        mounted = ::mount("tmpfs", QFile::encodeName(readOnly).constData(), "tmpfs", 0, "size=64k") == 0;
        if (!mounted)
            QSKIP("this system does not let a test mount a tmpfs");
    }
    QVERIFY(writeFile(readOnly + u"/bad.csv"_s, "member_id,name,signup_date\nR4,Di,2024-01-05\nR5,Ed,99/99/99\n"));
    if (mounted)
        QCOMPARE(::mount(nullptr, QFile::encodeName(readOnly).constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr),
                 0);
    else
        QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
    const auto cleanup = qScopeGuard([&] {
        if (mounted)
            ::umount(QFile::encodeName(readOnly).constData());
        else
            QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    run = runMwb({u"import"_s, ws, u"--kind"_s, u"contacts"_s, readOnly + u"/bad.csv"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.json().value(u"rejects_file"_s).isNull());
    const QString warnings = QString::fromUtf8(QJsonDocument(run.json().value(u"warnings"_s).toArray()).toJson());
    QVERIFY2(warnings.contains(u"no rejects file was written"_s), qPrintable(warnings));
    QCOMPARE(QDir(readOnly).entryList(QDir::Files | QDir::Hidden), QStringList{u"bad.csv"_s});
    tally(true, run.exitCode);
#endif
}

void TestReliability::inputsThatAreNotFiles()
{
    const QString ws = demoCopy(u"ws.mwb"_s);
    QVERIFY(QDir(m_dir->path()).mkdir(u"folder"_s));
    const QByteArray before = fileDigest(ws);
    struct Case
    {
        QString input;
        QByteArray said;
    };
    QList<Case> cases{{path(u"folder"_s), "is a folder"}, {path(u"missing.csv"_s), "does not exist"}};
#ifdef Q_OS_UNIX
    QCOMPARE(::mkfifo(QFile::encodeName(path(u"pipe.csv"_s)).constData(), 0600), 0);
    cases.append({path(u"pipe.csv"_s), "not a regular file"});
    cases.append({u"/dev/null"_s, "not a regular file"});
#endif
    for (const Case &c : cases) {
        for (const QStringList &command :
             {QStringList{u"import"_s, ws, u"--kind"_s, u"contacts"_s, c.input},
              QStringList{u"segment"_s, u"count"_s, ws, u"--definition"_s, c.input},
              QStringList{u"export"_s, u"customers"_s, ws, u"--out"_s, path(u"x.csv"_s), u"--definition"_s, c.input}}) {
            const Run run = runMwb(command);
            tally(run.exitCode == 2 && run.err.contains(c.said), run.exitCode);
            QVERIFY2(run.exitCode == 2, qPrintable(command.join(u' ')));
            QVERIFY2(run.err.contains(c.said), run.err.constData());
        }
    }
    QCOMPARE(fileDigest(ws), before);
    QVERIFY(!QFile::exists(path(u"x.csv"_s)));
}

void TestReliability::segmentDefinitionLimits()
{
    const QString ws = demoCopy(u"ws.mwb"_s);
    const auto nested = [](int levels) {
        QJsonObject node{{u"field"_s, u"city"_s}, {u"op"_s, u"="_s}, {u"value"_s, u"上海"_s}};
        for (int i = 1; i < levels; ++i)
            node = QJsonObject{{u"all"_s, QJsonArray{node}}};
        return QJsonDocument(node).toJson(QJsonDocument::Compact);
    };
    QJsonArray many;
    for (int i = 0; i <= 100000; ++i)
        many.append(u"c%1"_s.arg(i));
    QJsonArray big;
    for (int i = 0; i < 6000; ++i)
        big.append(QJsonObject{{u"field"_s, u"city"_s}, {u"op"_s, u"="_s}, {u"value"_s, QString(200, u'x')}});
    struct Case
    {
        const char *name;
        QByteArray definition;
        int exit;
        QByteArray said;
    };
    const QList<Case> cases{
        // Before, the NUL ended the value: a campaign aimed at every customer.
        {"NUL in a value", R"({"field":"city","op":"=","value":"Shang\u0000hai"})", 2, "NUL character"},
        {"NUL in an event type", R"({"event":{"type":"email\u0000open"}})", 2, "NUL character"},
        {"64 levels", nested(64), 0, ""},
        {"65 levels", nested(65), 2, "nested more than 64 levels"},
        {"1,000 levels", nested(1000), 2, "nested more than 64 levels"},
        {"100,001 values",
         QJsonDocument(QJsonObject{{u"field"_s, u"city"_s}, {u"op"_s, u"in"_s}, {u"value"_s, many}})
             .toJson(QJsonDocument::Compact),
         2, "more than 100000 values"},
        {"1.4 MB", QJsonDocument(QJsonObject{{u"any"_s, big}}).toJson(QJsonDocument::Compact), 2, "at most 1 MB"},
    };
    for (const Case &c : cases) {
        const QString file = path(u"definition.json"_s);
        QVERIFY(writeFile(file, c.definition));
        const Run run = runMwb({u"segment"_s, u"count"_s, ws, u"--definition"_s, file, u"--json"_s});
        tally(run.exitCode == c.exit, run.exitCode);
        QVERIFY2(
            run.exitCode == c.exit,
            qPrintable(
                u"%1: exit %2, %3"_s.arg(QString::fromUtf8(c.name)).arg(run.exitCode).arg(QString::fromUtf8(run.err))));
        QVERIFY2(run.err.contains(c.said), run.err.constData());
        QVERIFY(!run.err.contains("stack overflow"));
    }
    // The city of no one: nobody, not everybody.
    QVERIFY(writeFile(path(u"definition.json"_s), nested(64)));
    QCOMPARE(runMwb({u"segment"_s, u"count"_s, ws, u"--definition"_s, path(u"definition.json"_s), u"--json"_s})
                 .json()
                 .value(u"count"_s)
                 .toInteger(),
             sqlCount(ws, "SELECT count(*) FROM customers WHERE city = '上海'"));
}

void TestReliability::nearlyUtf8Warns()
{
    const QString ws = demoCopy(u"ws.mwb"_s);
    // UTF-8 but for an overlong "/" (C0 AF): detection falls back to another encoding.
    QVERIFY(writeFile(path(u"names.csv"_s),
                      "member_id,name\nN1,王小明\nN2,李华\nN3,\xC0\xAF"
                      "bad\nN4,张伟\n"));
    const Run run =
        runMwb({u"import"_s, ws, u"--kind"_s, u"contacts"_s, path(u"names.csv"_s), u"--dry-run"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QString warnings = QString::fromUtf8(QJsonDocument(run.json().value(u"warnings"_s).toArray()).toJson());
    QVERIFY2(warnings.contains(u"reads as UTF-8 but for 2 broken or overlong byte sequence(s), the first at byte 41"_s),
             qPrintable(warnings));
    tally(true, run.exitCode);
}

void TestReliability::readOnlyWorkspaceReadsAndRefusesWrites()
{
#ifndef Q_OS_LINUX
    QSKIP("a read-only folder is made the Linux way");
#else
    const QString folder = path(u"ro"_s);
    QVERIFY(QDir().mkpath(folder));
    bool mounted = false;
    if (::geteuid() == 0) {
        // Root writes whatever its permissions say: a read-only disk is what stops it.
        mounted = ::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0, "size=16m") == 0;
        if (!mounted)
            QSKIP("this system does not let a test mount a tmpfs");
    }
    const QString ws = folder + u"/ws.mwb"_s;
    QVERIFY(QFile::copy(demoCopy(u"source.mwb"_s), ws));
    if (mounted)
        QCOMPARE(::mount(nullptr, QFile::encodeName(folder).constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr), 0);
    else
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const auto cleanup = qScopeGuard([&] {
        if (mounted)
            ::umount(QFile::encodeName(folder).constData());
        else
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    const QByteArray before = fileDigest(ws);
    QVERIFY(writeFile(path(u"d.json"_s), R"({"field":"frequency","op":">=","value":2})"));
    QVERIFY(writeFile(path(u"c.csv"_s), "member_id,name\nX1,Xu\n"));
    const QList<QStringList> reads{
        {u"stats"_s, ws},
        {u"funnel"_s, ws},
        {u"segment"_s, u"count"_s, ws, u"--definition"_s, path(u"d.json"_s)},
        {u"customers"_s, ws, u"--limit"_s, u"5"_s},
        {u"kpis"_s, ws},
        {u"rfm"_s, ws},
        {u"check"_s, ws},
        {u"export"_s, u"customers"_s, ws, u"--out"_s, path(u"out.csv"_s)},
    };
    for (const QStringList &command : reads) {
        const Run run = runMwb(command);
        tally(run.exitCode == 0, run.exitCode);
        QVERIFY2(run.exitCode == 0, qPrintable(command.join(u' ') + u": "_s + QString::fromUtf8(run.err)));
    }
    const QList<QStringList> writes{
        {u"import"_s, ws, u"--kind"_s, u"contacts"_s, path(u"c.csv"_s)},
        {u"segment"_s, u"save"_s, ws, u"--name"_s, u"Repeat"_s, u"--definition"_s, path(u"d.json"_s)},
        {u"lifecycle-rules"_s, ws, u"--set"_s, u"abandon_after_days_adopt=120"_s},
        {u"forget"_s, ws, u"--customer"_s, u"1"_s},
        {u"customer"_s, u"tag"_s, ws, u"1"_s, u"vip"_s},
    };
    for (const QStringList &command : writes) {
        const Run run = runMwb(command);
        const bool said = run.err.contains("cannot be changed") && run.err.contains("read-only");
        tally(run.exitCode == 2 && said, run.exitCode);
        QVERIFY2(run.exitCode == 2, qPrintable(command.join(u' ') + u": "_s + QString::number(run.exitCode)));
        QVERIFY2(said, run.err.constData());
    }
    QCOMPARE(fileDigest(ws), before);
#endif
}

void TestReliability::damagedWorkspaceSaysSoAndRecovers()
{
    const QString ws = demoCopy(u"damaged.mwb"_s, 2000);
    const qint64 customers = sqlCount(ws, "SELECT count(*) FROM customers");
    const qint64 orders = sqlCount(ws, "SELECT count(*) FROM transactions");
    for (const char *table : {"customers", "transactions", "events", "identities"})
        QVERIFY(damagePage(ws, table, 3));
    const QByteArray damaged = fileDigest(ws);

    // A command that reads every stage meets the damage: the message says what it is and
    // what to do, with exit 2, never "internal error".
    Run run = runMwb({u"lifecycle-rules"_s, ws, u"--set"_s, u"abandon_after_days_adopt=181"_s});
    tally(run.exitCode == 2 && run.err.contains("is damaged"), run.exitCode);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("is damaged") && run.err.contains("mwb recover"), run.err.constData());
    QVERIFY(!run.err.contains("internal error"));

    run = runMwb({u"check"_s, ws, u"--json"_s});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.json().value(u"ok"_s).toBool(), false);
    QVERIFY(!run.json().value(u"integrity"_s).toArray().isEmpty());

    const QString recovered = path(u"recovered.mwb"_s);
    run = runMwb({u"recover"_s, ws, u"--out"_s, recovered, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(fileDigest(ws), damaged); // only read
    run = runMwb({u"check"_s, recovered, u"--json"_s});
    QVERIFY2(run.exitCode == 0 && run.json().value(u"ok"_s).toBool(), run.out.constData());
    // One damaged page of each table costs the rows on it, not the rest.
    const qint64 savedCustomers = sqlCount(recovered, "SELECT count(*) FROM customers");
    const qint64 savedOrders = sqlCount(recovered, "SELECT count(*) FROM transactions");
    QVERIFY2(savedCustomers >= customers * 95 / 100 && savedCustomers <= customers,
             qPrintable(u"%1 of %2"_s.arg(savedCustomers).arg(customers)));
    QVERIFY2(savedOrders >= orders * 95 / 100 && savedOrders <= orders,
             qPrintable(u"%1 of %2"_s.arg(savedOrders).arg(orders)));
    QCOMPARE(runMwb({u"stats"_s, recovered}).exitCode, 0);
    tally(true, run.exitCode);

    // The new workspace is never written over an existing file.
    run = runMwb({u"recover"_s, ws, u"--out"_s, recovered});
    QCOMPARE(run.exitCode, 2);
}

void TestReliability::writersWaitForARunningImportAndSaySo()
{
    const QString ws = demoCopy(u"busy.mwb"_s);
    const qint64 before = sqlCount(ws, "SELECT count(*) FROM transactions");
    // Enough orders that the import holds the write lock for a while.
    QByteArray orders = "order_id,customer_id,order_date,amount\n";
    for (int i = 0; i < 400000; ++i)
        orders += "B" + QByteArray::number(i) + ",BC" + QByteArray::number(i % 50000) + ",2026-05-"
            + QByteArray::number(10 + i % 18) + "," + QByteArray::number(10 + i % 500) + ".00\n";
    QVERIFY(writeFile(path(u"orders.csv"_s), orders));
    QVERIFY(writeFile(path(u"d.json"_s), R"({"field":"frequency","op":">=","value":2})"));

    QProcess import;
    import.start(QStringLiteral(MWB_CLI_PATH),
                 {u"import"_s, ws, u"--kind"_s, u"transactions"_s, path(u"orders.csv"_s)});
    QVERIFY(import.waitForStarted());
    QElapsedTimer waited;
    waited.start();
    while (!QFile::exists(ws + u".activity"_s) && import.state() == QProcess::Running && waited.elapsed() < 20000)
        QTest::qWait(10);
    QVERIFY2(QFile::exists(ws + u".activity"_s), "the import announced nothing");
    // Until the import says how far it is (its first rows read; slow under the sanitizers), a
    // writer could only name it without a share.
    const auto progressKnown = [&ws] {
        QFile announcement(ws + u".activity"_s);
        return announcement.open(QIODevice::ReadOnly)
            && QJsonDocument::fromJson(announcement.readAll()).object().value(u"progress"_s).toDouble(-1) >= 0;
    };
    while (!progressKnown() && import.state() == QProcess::Running && waited.elapsed() < 60000)
        QTest::qWait(10);

    // A reader reads the last committed state meanwhile.
    Run run = runMwb({u"stats"_s, ws, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"transactions"_s).toInteger(), before);
    // A writer waits as long as asked (here not at all), then names what holds the workspace.
    run = runMwb({u"segment"_s, u"save"_s, ws, u"--name"_s, u"Repeat"_s, u"--definition"_s, path(u"d.json"_s),
                  u"--wait"_s, u"0"_s});
    const bool stillImporting = QFile::exists(ws + u".activity"_s);
    if (stillImporting) {
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("is being changed by an import of orders.csv") && run.err.contains("%")
                     && run.err.contains("--wait"),
                 run.err.constData());
    }
    QVERIFY(import.waitForFinished(120000));
    QCOMPARE(import.exitCode(), 0);
    QVERIFY(!QFile::exists(ws + u".activity"_s));
    QCOMPARE(sqlCount(ws, "SELECT count(*) FROM transactions"), before + 400000);
    QCOMPARE(integrity(ws), u"ok"_s);
    // Once it is done, the same writer works.
    QCOMPARE(
        runMwb({u"segment"_s, u"save"_s, ws, u"--name"_s, u"Repeat"_s, u"--definition"_s, path(u"d.json"_s)}).exitCode,
        0);
    tally(true, 0);
    if (!stillImporting)
        QSKIP("the import ended before the writer asked: the wait was not seen");
}

void TestReliability::forgetLeavesNoTraceInTheFiles()
{
    const QString ws = demoCopy(u"forget.mwb"_s);
    // A person nobody else in the demo could be, known by two records that were merged,
    // and named by a row an import refused.
    QVERIFY(writeFile(path(u"people.csv"_s),
                      "member_id,name,email,phone\n"
                      "ZQ-0001,Zelda Quixote-Wong,zelda.quixote@forgetme.example,+86 139 2468 1357\n"
                      "ZQ-0002,琪琪格·乌兰,qiqige.ulan@forgetme.example,13911223344\n"));
    Run run = runMwb({u"import"_s, ws, u"--kind"_s, u"contacts"_s, path(u"people.csv"_s)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(writeFile(path(u"late.csv"_s),
                      "member_id,email,signup_date\nZQ-0009,zelda.quixote@forgetme.example,"
                      "31/31/2031\nZQ-0010,someone@else.example,2024-01-01\n"));
    QCOMPARE(runMwb({u"import"_s, ws, u"--kind"_s, u"contacts"_s, path(u"late.csv"_s)}).exitCode, 0);
    const QString kept = scalarText(ws, "SELECT id FROM customers WHERE external_id = 'ZQ-0001'");
    const QString merged = scalarText(ws, "SELECT id FROM customers WHERE external_id = 'ZQ-0002'");
    QCOMPARE(runMwb({u"customer"_s, u"merge"_s, ws, kept, merged}).exitCode, 0);
    const QString totals = scalarText(ws,
                                      "SELECT (SELECT count(*) FROM transactions) || '/' || "
                                      "(SELECT sum(amount_minor) FROM transactions) || '/' || "
                                      "(SELECT count(*) FROM events)");

    // An idle reader has the workspace open, as the window would.
    SQLite::Database reader(ws.toStdString(), SQLite::OPEN_READONLY);
    reader.execAndGet("SELECT count(*) FROM customers");
    run = runMwb({u"forget"_s, ws, u"--customer"_s, kept, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"merges_cleared"_s).toInteger(), 1);
    QCOMPARE(run.json().value(u"rejects_cleared"_s).toInteger(), 1);
    QVERIFY(run.json().value(u"log_emptied"_s).toBool());

    const QList<QByteArray> traces{"Zelda",  "Quixote",     "zelda.quixote", "forgetme.example", "琪琪格", "乌兰",
                                   "qiqige", "13924681357", "13911223344",   "ZQ-0001",          "ZQ-0002"};
    QStringList found;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        const QByteArray content = bytes(ws + suffix);
        for (const QByteArray &trace : traces) {
            if (content.contains(trace))
                found << QFileInfo(ws + suffix).fileName() + u": "_s + QString::fromUtf8(trace);
        }
    }
    tally(found.isEmpty(), run.exitCode);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
    // What they did stays: every order, amount and touchpoint.
    QCOMPARE(scalarText(ws,
                        "SELECT (SELECT count(*) FROM transactions) || '/' || "
                        "(SELECT sum(amount_minor) FROM transactions) || '/' || (SELECT count(*) FROM events)"),
             totals);
    QCOMPARE(integrity(ws), u"ok"_s);
}

void TestReliability::fullDisks()
{
#ifndef Q_OS_LINUX
    QSKIP("a full disk is made with a Linux tmpfs");
#else
    if (::geteuid() != 0)
        QSKIP("mounting a small disk needs root");
    const QString disk = path(u"small"_s);
    QVERIFY(QDir().mkpath(disk));
    if (::mount("tmpfs", QFile::encodeName(disk).constData(), "tmpfs", 0, "size=2m") != 0)
        QSKIP("this system does not let a test mount a tmpfs");
    const auto unmount = qScopeGuard([&] { ::umount(QFile::encodeName(disk).constData()); });
    const QString big = demoCopy(u"big.mwb"_s, 3000);

    // An export that does not fit (the disk filled first): named, and nothing left on it.
    Run run;
    {
        QFile filler(disk + u"/filler"_s);
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        qint64 left = 2 * 1024 * 1024 - 100 * 1024;
        while (left > 0 && filler.write(block) == block.size())
            left -= block.size();
    }
    for (const QString &name : {u"all.csv"_s, u"all.xlsx"_s}) {
        run = runMwb({u"export"_s, u"customers"_s, big, u"--out"_s, disk + u"/"_s + name});
        const QByteArray expected = "mwb: No space left on device: " + (disk + u"/"_s + name).toUtf8();
        const bool said = run.err.startsWith(expected);
        tally(run.exitCode == 2 && said, run.exitCode);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(said, run.err.constData());
        QVERIFY2(!run.err.contains("[ERROR]") && !run.err.contains("Unknown error"), run.err.constData());
        QCOMPARE(QDir(disk).entryList(QDir::Files | QDir::Hidden), QStringList{u"filler"_s});
    }
    QFile::remove(disk + u"/filler"_s);

    // An import into a workspace whose disk fills up: the workspace as it was.
    const QString ws = disk + u"/ws.mwb"_s;
    QCOMPARE(runMwb({u"init"_s, ws}).exitCode, 0);
    QByteArray orders = "order_id,customer_id,order_date,amount\n";
    for (int i = 0; i < 200000; ++i)
        orders += "SO" + QByteArray::number(i) + ",C" + QByteArray::number(i % 5000) + ",2024-01-01,"
            + QByteArray::number(i % 997) + ".50\n";
    QVERIFY(writeFile(path(u"orders.csv"_s), orders));
    const QByteArray before = rowsDigest(ws, "SELECT count(*) FROM transactions");
    run = runMwb({u"import"_s, ws, u"--kind"_s, u"transactions"_s, path(u"orders.csv"_s)});
    const bool said = run.err.contains("No space left on device") || run.err.contains("disk is full");
    tally(run.exitCode == 2 && said && integrity(ws) == u"ok"_s, run.exitCode);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(said, run.err.constData());
    QCOMPARE(integrity(ws), u"ok"_s);
    QCOMPARE(rowsDigest(ws, "SELECT count(*) FROM transactions"), before);
#endif
}

void TestReliability::killedWritesAreAllOrNothing()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGKILL is a Unix signal");
#else
    const int rounds = killRounds();
    QRandomGenerator random(20261206);
    const QString master = demoCopy(u"master.mwb"_s, killCustomers());
    // A campaign whose list was never exported.
    QVERIFY(writeFile(path(u"buyers.json"_s), R"({"field":"frequency","op":">=","value":1})"));
    QCOMPARE(
        runMwb({u"segment"_s, u"save"_s, master, u"--name"_s, u"Buyers"_s, u"--definition"_s, path(u"buyers.json"_s)})
            .exitCode,
        0);
    const Run created = runMwb({u"campaign"_s, u"create"_s, master, u"--name"_s, u"Kill test"_s, u"--segment"_s,
                                u"Buyers"_s, u"--seed"_s, u"7"_s, u"--json"_s});
    QCOMPARE(created.exitCode, 0);
    const QString campaign = QString::number(created.json().value(u"id"_s).toInteger());
    const qint64 treatment = created.json().value(u"treatment"_s).toInteger();

    // A results file for the campaign, and an import of orders to undo.
    QByteArray results = "member_token,status,time\n";
    {
        SQLite::Database db(master.toStdString(), SQLite::OPEN_READONLY);
        SQLite::Statement members(
            db, "SELECT member_token FROM campaign_members WHERE campaign_id = ?1 AND grp = 'treatment'");
        members.bind(1, static_cast<int64_t>(campaign.toLongLong()));
        for (int day = 0; members.executeStep(); ++day) {
            const QByteArray token = QByteArray::fromStdString(members.getColumn(0).getString());
            for (const char *status : {"delivered", "opened", "clicked"})
                results += token + ',' + status + ",2026-06-" + QByteArray::number(10 + day % 9) + " 10:00\n";
        }
    }
    QVERIFY(writeFile(path(u"results.csv"_s), results));
    QByteArray orders = "order_id,customer_id,order_date,amount\n";
    {
        SQLite::Database db(master.toStdString(), SQLite::OPEN_READONLY);
        SQLite::Statement ids(db, "SELECT external_id FROM customers WHERE external_id IS NOT NULL");
        for (int i = 0; ids.executeStep(); ++i)
            orders += "K" + QByteArray::number(i) + ',' + QByteArray::fromStdString(ids.getColumn(0).getString())
                + ",2026-06-2" + QByteArray::number(i % 9) + ",88.00\n";
    }
    QVERIFY(writeFile(path(u"orders.csv"_s), orders));
    const QString withImport = path(u"with-import.mwb"_s);
    QVERIFY(QFile::copy(master, withImport));
    const Run imported =
        runMwb({u"import"_s, withImport, u"--kind"_s, u"transactions"_s, path(u"orders.csv"_s), u"--json"_s});
    QCOMPARE(imported.exitCode, 0);
    const QString importId = QString::number(imported.json().value(u"import_id"_s).toInteger());

    // A programme that has run once: the write runs it for 60 more days, with lists.
    const QString withProgramme = path(u"with-programme.mwb"_s);
    QVERIFY(QFile::copy(master, withProgramme));
    const QString programmeLists = path(u"programme-lists"_s);
    QVERIFY(writeFile(path(u"winback.json"_s),
                      "{\"name\": \"Win-back\", \"trigger\": {\"type\": \"stage_entered\", \"stage\": \"abandon\"}, "
                      "\"holdout\": 0.2, \"steps\": [{\"send\": {\"channel\": \"email\"}}, {\"wait_days\": 7}, "
                      "{\"exit_if\": {\"purchased\": true}}, {\"send\": {\"channel\": \"sms\"}}], "
                      "\"output\": {\"folder\": \""
                          + programmeLists.toUtf8() + "\"}}"));
    QCOMPARE(runMwb({u"programme"_s, u"save"_s, withProgramme, u"--definition"_s, path(u"winback.json"_s)}).exitCode,
             0);
    QCOMPARE(runMwb({u"programme"_s, u"run"_s, withProgramme, u"--as-of"_s, u"2026-03-01"_s}).exitCode, 0);
    // What a programme's days leave: each day's runs and every entry's place.
    const auto programmeDaysUpTo = [](const std::string &last) {
        return "SELECT day, step, entered, treatment, control, capped, file, (SELECT count(*) FROM campaign_members m "
               "WHERE m.campaign_id = r.campaign_id) FROM programme_runs r WHERE day <= "
            + last + " ORDER BY day, step";
    };
    const std::string allProgrammeDays = programmeDaysUpTo("1e9");
    const char *programmeDays = allProgrammeDays.c_str();
    const char *programmeMembers = "SELECT customer_id, entry, entered_day, grp, step, due_day, exited_day, "
                                   "exit_reason FROM programme_members ORDER BY customer_id, entry";

    const char *metrics = "SELECT customer_id, orders, revenue_minor, events, last_event_at, lifecycle_stage, "
                          "stage_since, hex(stage_history), r_score, f_score, m_score, predicted_clv_minor "
                          "FROM customer_metrics ORDER BY customer_id";
    const QString list = path(u"lists/list.csv"_s);
    QVERIFY(QDir().mkpath(path(u"lists"_s)));
    struct Write
    {
        const char *name;
        QString start;         // the workspace it starts from
        QStringList arguments; // WS stands for the workspace
        const char *state;     // what the write changes
    };
    const QList<Write> writes{
        {"campaign export",
         master,
         {u"campaign"_s, u"export"_s, u"WS"_s, campaign, u"--out"_s, list},
         "SELECT count(*) FROM events WHERE type = 'campaign_sent'"},
        {"results import",
         master,
         {u"import"_s, u"WS"_s, u"--kind"_s, u"results"_s, u"--campaign"_s, campaign, path(u"results.csv"_s)},
         "SELECT type, count(*) FROM events GROUP BY type ORDER BY type"},
        {"undo of an import",
         withImport,
         {u"undo-import"_s, u"WS"_s, importId},
         "SELECT (SELECT count(*) FROM transactions), (SELECT status FROM imports ORDER BY id DESC LIMIT 1)"},
        {"change of lifecycle rules",
         master,
         {u"lifecycle-rules"_s, u"WS"_s, u"--set"_s, u"abandon_after_days_adopt=120"_s},
         "SELECT value FROM settings WHERE key = 'lifecycle_rules'"},
        {"CLV scoring",
         master,
         {u"clv"_s, u"predict"_s, u"WS"_s},
         "SELECT count(predicted_clv_minor) FROM customer_metrics"},
        {"merge",
         master,
         {u"customer"_s, u"merge"_s, u"WS"_s, u"11"_s, u"12"_s},
         "SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM customer_merges)"},
        {"programme run",
         withProgramme,
         {u"programme"_s, u"run"_s, u"WS"_s, u"--as-of"_s, u"2026-04-30"_s},
         programmeDays},
        {"forget",
         master,
         {u"forget"_s, u"WS"_s, u"--customer"_s, u"13"_s},
         "SELECT coalesce(name, '-') || coalesce(email, '-') FROM customers WHERE id = 13"},
    };
    for (const Write &write : writes) {
        // Where a finished write leaves the workspace, and how long it takes.
        const QString done = path(u"done.mwb"_s);
        QFile::remove(done);
        QVERIFY(QFile::copy(write.start, done));
        QStringList arguments = write.arguments;
        arguments.replaceInStrings(u"WS"_s, done);
        const QString untouched = path(u"untouched.mwb"_s);
        QFile::remove(untouched);
        QVERIFY(QFile::copy(write.start, untouched));
        const int ms = duration(arguments);
        QFile::remove(list);
        const QByteArray before = rowsDigest(untouched, write.state) + rowsDigest(untouched, metrics);
        const QByteArray after = rowsDigest(done, write.state) + rowsDigest(done, metrics);
        QVERIFY2(before != after, write.name);
        int killed = 0;
        for (int round = 0; round < rounds; ++round) {
            const QString ws = path(u"killed.mwb"_s);
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u".activity"_s})
                QFile::remove(ws + suffix);
            QVERIFY(QFile::copy(write.start, ws));
            arguments = write.arguments;
            arguments.replaceInStrings(u"WS"_s, ws);
            QProcess child;
            child.start(QStringLiteral(MWB_CLI_PATH), arguments);
            QVERIFY(child.waitForStarted());
            QTest::qWait(random.bounded(5, std::max(10, ms * 9 / 10)));
            if (child.state() == QProcess::Running) {
                ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
                ++killed;
            }
            child.waitForFinished(120000);
            // The next use of the workspace finishes what a killed export left pending.
            const Run next = runMwb({u"stats"_s, ws});
            const QByteArray state = rowsDigest(ws, write.state) + rowsDigest(ws, metrics);
            bool kept = integrity(ws) == u"ok"_s && next.exitCode == 0 && (state == before || state == after);
            if (QString::fromUtf8(write.name) == u"programme run"_s) {
                // Each day all or nothing: the days it ran are as the whole run left them
                // (the lists of the last may wait for the next run); the next run finishes.
                const std::string last = std::to_string(sqlCount(ws, "SELECT last_run_day FROM programmes"));
                const QByteArray ran = rowsDigest(ws, programmeDays);
                const bool daysWhole = ran == rowsDigest(ws, programmeDaysUpTo(last).c_str())
                    && ran == rowsDigest(done, programmeDaysUpTo(last).c_str());
                const Run resumed = runMwb({u"programme"_s, u"run"_s, ws, u"--as-of"_s, u"2026-04-30"_s});
                kept = integrity(ws) == u"ok"_s && daysWhole && resumed.exitCode == 0
                    && rowsDigest(ws, programmeDays) == rowsDigest(done, programmeDays)
                    && rowsDigest(ws, programmeMembers) == rowsDigest(done, programmeMembers)
                    && rowsDigest(ws, metrics) == rowsDigest(done, metrics);
            }
            if (QString::fromUtf8(write.name) == u"campaign export"_s) {
                // The list exists exactly when its contacts are logged.
                const bool logged = sqlCount(ws,
                                             ("SELECT count(*) FROM events WHERE type = 'campaign_sent' AND "
                                              "campaign_id = "
                                              + campaign.toStdString())
                                                 .c_str())
                    == treatment;
                kept = kept && QFile::exists(list) == logged;
                QFile::remove(list);
                // A later export into the folder leaves no temporary file of the killed one.
                QCOMPARE(runMwb({u"campaign"_s, u"export"_s, ws, campaign, u"--out"_s, path(u"lists/again.csv"_s),
                                 u"--no-log"_s})
                             .exitCode,
                         0);
                const QStringList left = QDir(path(u"lists"_s)).entryList({u"*.part"_s}, QDir::Files | QDir::Hidden);
                kept = kept && left.isEmpty();
                QFile::remove(path(u"lists/again.csv"_s));
            }
            tally(kept, child.exitStatus() == QProcess::CrashExit && child.exitCode() != SIGKILL ? -1 : 0);
            QVERIFY2(kept, qPrintable(u"%1, round %2"_s.arg(QString::fromUtf8(write.name)).arg(round)));
        }
        qInfo("%s (%d ms): killed %d of %d times, all or nothing each time", write.name, ms, killed, rounds);
    }
#endif
}

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
