// The one guard every written file goes through (OutputGuard) and the all-or-nothing file
// it writes with (AtomicFile): workspaces and the files beside them, folders, devices,
// pipes and symbolic links are recognised before a byte is written; a file the
// application names itself never replaces one; temporary files of writers that died are
// cleaned; a full disk is named as such. Each case checks what is on the disk afterwards,
// not only the message.
#include "export/AtomicFile.h"
#include "export/TableExport.h"
#include "store/OutputGuard.h"
#include "store/Workspace.h"
#include "store/WorkspaceActivity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace mwb;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "missing";
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// A CSV of two rows through TableExport; the error, or empty.
QString exportTo(const QString &path)
{
    TableExport out(path, ExportOptions{});
    QString error = out.begin({u"a"_s, u"b"_s});
    if (error.isEmpty())
        error = out.writeRow({u"x"_s, qint64{1}});
    return error.isEmpty() ? out.commit() : error;
}

// The process id of a process that has ended (so it is certainly not running).
qint64 endedPid()
{
    QProcess process;
    process.start(u"true"_s, QStringList{});
    process.waitForFinished();
    return process.processId() > 0 ? process.processId() : 999999;
}

QString hostTag()
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QSysInfo::machineHostName().toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
}

} // namespace

class TestOutputGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void refusesTheWorkspaceAndItsCompanions_data();
    void refusesTheWorkspaceAndItsCompanions();
    void refusesFoldersAndMissingFolders();
    void refusesWhatIsNotARegularFile();
    void followsSymbolicLinks();
    void replacesOnlyWhenAsked();
    void exportOverTheWorkspaceChangesNothing();
    void staleTemporaryFilesAreCleaned();
    void fullDiskIsNamed();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QStringList entries() const
    {
        return QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    }
};

void TestOutputGuard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = path(u"ws.mwb"_s);
    auto created = Workspace::create(m_workspace, {u"CN"_s, u"CNY"_s});
    QVERIFY(created.workspace);
}

void TestOutputGuard::refusesTheWorkspaceAndItsCompanions_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("said");
    QTest::newRow("the workspace") << u"ws.mwb"_s << u"is a workspace"_s;
    QTest::newRow("write-ahead log") << u"ws.mwb-wal"_s << u"write-ahead log of the workspace"_s;
    QTest::newRow("shared memory") << u"ws.mwb-shm"_s << u"shared memory of the workspace"_s;
    QTest::newRow("journal") << u"ws.mwb-journal"_s << u"journal of the workspace"_s;
    QTest::newRow("lock") << u"ws.mwb.lock"_s << u"lock file of the workspace"_s;
    QTest::newRow("activity") << u"ws.mwb.activity"_s << u"activity note of the workspace"_s;
    QTest::newRow("backup") << u"ws.mwb.v11.bak"_s << u"backup copy of the workspace"_s;
}

void TestOutputGuard::refusesTheWorkspaceAndItsCompanions()
{
    QFETCH(QString, name);
    QFETCH(QString, said);
    // Open in this process, as a window would have it: its log and shared memory exist.
    auto opened = Workspace::open(m_workspace);
    QVERIFY(opened.workspace);
    opened.workspace->db().exec("CREATE TABLE IF NOT EXISTS t(x); INSERT INTO t VALUES (1)");
    const QString target = path(name);
    const QByteArray before = digest(target);
    const QByteArray workspaceBefore = digest(m_workspace);
    for (const ExistingFile existing : {ExistingFile::Replace, ExistingFile::Refuse}) {
        const OutputTarget checked = OutputGuard::check(target, existing);
        QVERIFY2(!checked.ok(), qPrintable(name));
        QVERIFY2(checked.error.contains(said), qPrintable(checked.error));
        QVERIFY2(checked.error.contains(QDir::toNativeSeparators(target)), qPrintable(checked.error));
    }
    QVERIFY(!exportTo(target).isEmpty());
    QCOMPARE(AtomicFile::writeAll(target, "data", ExistingFile::Replace).isEmpty(), false);
    QCOMPARE(digest(target), before);
    QCOMPARE(digest(m_workspace), workspaceBefore);
    QVERIFY(OutputGuard::isWorkspaceFile(target));
    QCOMPARE(QString::fromStdString(opened.workspace->db().execAndGet("PRAGMA integrity_check").getString()), u"ok"_s);
    QCOMPARE(opened.workspace->db().execAndGet("SELECT count(*) FROM t").getInt(), 1);
}

void TestOutputGuard::refusesFoldersAndMissingFolders()
{
    QVERIFY(QDir(m_dir->path()).mkdir(u"folder"_s));
    OutputTarget checked = OutputGuard::check(path(u"folder"_s), ExistingFile::Replace);
    QVERIFY(checked.error.contains(u"it is a folder"_s));
    checked = OutputGuard::check(path(u"nowhere/list.csv"_s), ExistingFile::Replace);
    QVERIFY2(checked.error.contains(u"the folder"_s) && checked.error.contains(u"does not exist"_s),
             qPrintable(checked.error));
    checked = OutputGuard::check(QString(), ExistingFile::Replace);
    QVERIFY(!checked.ok());
    QVERIFY(QFileInfo(path(u"folder"_s)).isDir());
}

void TestOutputGuard::refusesWhatIsNotARegularFile()
{
#ifdef Q_OS_UNIX
    const QString fifo = path(u"pipe.csv"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    OutputTarget checked = OutputGuard::check(fifo, ExistingFile::Replace);
    QVERIFY2(checked.error.contains(u"not a regular file"_s), qPrintable(checked.error));
    QVERIFY(!exportTo(fifo).isEmpty());
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &info), 0);
    QVERIFY(S_ISFIFO(info.st_mode)); // still the pipe, not a file put in its place

    // A device: as root, a rename would put a regular file where /dev/null was.
    checked = OutputGuard::check(u"/dev/null"_s, ExistingFile::Replace);
    QVERIFY2(checked.error.contains(u"not a regular file"_s), qPrintable(checked.error));
    QVERIFY(!exportTo(u"/dev/null"_s).isEmpty());
    QCOMPARE(::stat("/dev/null", &info), 0);
    QVERIFY(S_ISCHR(info.st_mode));
    // No temporary file was left in /dev either.
    QVERIFY(QDir(u"/dev"_s).entryList({u".null.*.part"_s}, QDir::Files | QDir::Hidden).isEmpty());
#else
    QSKIP("pipes and devices are POSIX here");
#endif
}

void TestOutputGuard::followsSymbolicLinks()
{
#ifdef Q_OS_UNIX
    // A link to the workspace is the workspace.
    QVERIFY(QFile::link(m_workspace, path(u"innocent.csv"_s)));
    QVERIFY(!OutputGuard::check(path(u"innocent.csv"_s), ExistingFile::Replace).ok());
    QVERIFY(!exportTo(path(u"innocent.csv"_s)).isEmpty());
    QVERIFY(QFileInfo(path(u"innocent.csv"_s)).isSymLink());

    // A link to an ordinary file: the file it points to is replaced, the link stays.
    QVERIFY(QDir(m_dir->path()).mkdir(u"real"_s));
    QVERIFY(writeText(path(u"real/list.csv"_s), "old\n"));
    QVERIFY(QFile::link(path(u"real/list.csv"_s), path(u"link.csv"_s)));
    QCOMPARE(exportTo(path(u"link.csv"_s)), QString());
    QVERIFY(QFileInfo(path(u"link.csv"_s)).isSymLink());
    QFile written(path(u"real/list.csv"_s));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), QByteArray("a,b\r\nx,1\r\n"));

    // A link whose target does not exist yet: the file is created where it points.
    QVERIFY(QFile::link(path(u"real/new.csv"_s), path(u"dangling.csv"_s)));
    QCOMPARE(exportTo(path(u"dangling.csv"_s)), QString());
    QVERIFY(QFileInfo(path(u"real/new.csv"_s)).isFile());
    QVERIFY(QFileInfo(path(u"dangling.csv"_s)).isSymLink());

    // Links that go round.
    QVERIFY(QFile::link(path(u"loop-b"_s), path(u"loop-a"_s)));
    QVERIFY(QFile::link(path(u"loop-a"_s), path(u"loop-b"_s)));
    QVERIFY(OutputGuard::check(path(u"loop-a"_s), ExistingFile::Replace).error.contains(u"circle"_s));
#else
    QSKIP("symbolic links are tried on POSIX systems");
#endif
}

void TestOutputGuard::replacesOnlyWhenAsked()
{
    const QString file = path(u"mine.csv"_s);
    QVERIFY(writeText(file, "mine\n"));
    const QByteArray before = digest(file);
    QString error = AtomicFile::writeAll(file, "new", ExistingFile::Refuse);
    QVERIFY2(error.contains(u"exists and is left as it is"_s), qPrintable(error));
    QCOMPARE(digest(file), before);
    QCOMPARE(AtomicFile::writeAll(file, "new", ExistingFile::Replace), QString());
    QCOMPARE(digest(file), QCryptographicHash::hash("new", QCryptographicHash::Sha256).toHex());
    // Nothing but the files named here is left in the folder.
    QStringList expected{u"mine.csv"_s, u"ws.mwb"_s};
    QCOMPARE(entries(), expected);
}

void TestOutputGuard::exportOverTheWorkspaceChangesNothing()
{
    // `mwb campaign report WS C --out WS` once replaced the workspace with a CSV.
    const QByteArray before = digest(m_workspace);
    const QString error = exportTo(m_workspace);
    QVERIFY2(error.contains(u"is a workspace"_s), qPrintable(error));
    QCOMPARE(digest(m_workspace), before);
    auto reopened = Workspace::open(m_workspace);
    QVERIFY(reopened.workspace);
}

void TestOutputGuard::staleTemporaryFilesAreCleaned()
{
    const QString tag = hostTag();
    const QString dead = u".list.csv.%1-%2-AbCdEf.part"_s.arg(tag).arg(endedPid());
    const QString alive = u".list.csv.%1-%2-GhIjKl.part"_s.arg(tag).arg(QCoreApplication::applicationPid());
    const QString elsewhere = u".list.csv.0badc0de-%1-MnOpQr.part"_s.arg(endedPid());
    const QString notOurs = u".list.csv.part"_s;
    for (const QString &name : {dead, alive, elsewhere, notOurs})
        QVERIFY(writeText(path(name), "partial"));
    QVERIFY(!AtomicFile::partOwnerAlive(dead));
    QVERIFY(AtomicFile::partOwnerAlive(alive));
    QCOMPARE(exportTo(path(u"other.csv"_s)), QString());
    QVERIFY(!QFile::exists(path(dead)));     // its writer died: removed by the next writer here
    QVERIFY(QFile::exists(path(alive)));     // still being written
    QVERIFY(QFile::exists(path(elsewhere))); // another computer's: never judged from here
    QVERIFY(QFile::exists(path(notOurs)));   // not a name of ours
}

void TestOutputGuard::fullDiskIsNamed()
{
#ifdef Q_OS_LINUX
    if (::geteuid() != 0)
        QSKIP("mounting a small disk needs root");
    const QString mountPoint = path(u"small"_s);
    QVERIFY(QDir(m_dir->path()).mkdir(u"small"_s));
    if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=256k") != 0)
        QSKIP("this system does not let a test mount a tmpfs");
    const auto unmount = qScopeGuard([&] { ::umount(QFile::encodeName(mountPoint).constData()); });
    const QString target = mountPoint + u"/big.csv"_s;
    TableExport out(target, ExportOptions{});
    QString error = out.begin({u"a"_s});
    const QString row(1000, u'x');
    for (int i = 0; i < 2000 && error.isEmpty(); ++i)
        error = out.writeRow({row});
    if (error.isEmpty())
        error = out.commit();
    QVERIFY2(error.startsWith(u"No space left on device: "_s + QDir::toNativeSeparators(target)), qPrintable(error));
    QVERIFY(!QFile::exists(target));
    QVERIFY(QDir(mountPoint).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());

    ExportOptions xlsx;
    xlsx.format = ExportFormat::Xlsx;
    TableExport workbook(mountPoint + u"/big.xlsx"_s, xlsx);
    error = workbook.begin({u"a"_s});
    QRandomGenerator random(7); // text that does not compress away in the workbook's zip
    for (int i = 0; i < 4000 && error.isEmpty(); ++i) {
        QString text;
        for (int c = 0; c < 200; ++c)
            text += QChar(u'!' + random.bounded(90));
        error = workbook.writeRow({text});
    }
    if (error.isEmpty())
        error = workbook.commit();
    QVERIFY2(error.startsWith(u"No space left on device: "_s), qPrintable(error));
    QVERIFY(QDir(mountPoint).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
#else
    QSKIP("a full disk is made with a Linux tmpfs");
#endif
}

QTEST_GUILESS_MAIN(TestOutputGuard)
#include "tst_outputguard.moc"
