// The workspace file: creating, reopening, refusing what is not ours or is newer
// (without touching a byte of it), damaged files, and migrations that keep data,
// leave a backup and change nothing when they fail.
#include "store/Schema.h"
#include "store/EventIds.h"
#include "store/ParallelRanges.h"
#include "store/QueryInterrupt.h"
#include "store/ReaderPool.h"
#include "store/Workspace.h"

#include "demo/DemoGenerator.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace mwb;

namespace {

using Code = StoreError::Code;

QByteArray bytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// Reads one integer with a plain SQLite connection, bypassing Workspace.
int pragma(const QString &path, const char *sql)
{
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
    return db.execAndGet(sql).getInt();
}

QString text(SQLite::Database &db, const char *sql)
{
    return QString::fromStdString(db.execAndGet(sql).getString());
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

const char *codeName(Code code)
{
    switch (code) {
    case Code::None: return "None";
    case Code::NotFound: return "NotFound";
    case Code::AlreadyExists: return "AlreadyExists";
    case Code::NotAWorkspace: return "NotAWorkspace";
    case Code::NewerVersion: return "NewerVersion";
    case Code::Corrupt: return "Corrupt";
    case Code::Io: return "Io";
    case Code::MigrationFailed: return "MigrationFailed";
    case Code::InUse: return "InUse";
    case Code::ReadOnly: return "ReadOnly";
    case Code::Busy: return "Busy";
    case Code::Full: return "Full";
    }
    return "?";
}

// A schema of its own, so the migration tests do not depend on the built-in one.
const Migration kNotes{1, "CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT NOT NULL);"};
const Migration kAuthors{2, "ALTER TABLE notes ADD COLUMN author TEXT; CREATE TABLE tags(name TEXT);"};
// The first statement is valid: a failure half-way must undo it too.
const Migration kBroken{2, "ALTER TABLE notes ADD COLUMN author TEXT; CREATE TABLE oops(;"};

} // namespace

namespace QTest {
template <> char *toString(const Code &code)
{
    return qstrdup(codeName(code));
}
} // namespace QTest

Q_DECLARE_METATYPE(mwb::StoreError::Code)
Q_DECLARE_METATYPE(mwb::Workspace::Access)

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void createsAWorkspace_data();
    void createsAWorkspace();
    void createRefusesToOverwrite_data();
    void createRefusesToOverwrite();
    void createInAMissingFolderFails();
    void createWhoseMigrationFailsLeavesNoFile();
    void settingsDefaultFromTheLocale();
    void aFileColonNameIsAFileName();

    void reopens();
    void openingRestoresTheWriteAheadLog();
    void opensReadOnly();
    void openOfAMissingFileIsNotFound();
    void readerPoolKeepsConnectionsWhileOpen();
    void parallelRangesCoverEveryIdOnce_data();
    void parallelRangesCoverEveryIdOnce();
    void parallelRangesRunOnConnectionsOfTheirOwn();
    void parallelRangesStopAtTheFirstFailure();
    void queriesStopWhenTheirFlagIsRaised();
    void refusesWhatIsNotAWorkspace_data();
    void refusesWhatIsNotAWorkspace();
    void refusesAnotherProgramsDatabase_data();
    void refusesAnotherProgramsDatabase();
    void refusesAFolder();
    void refusesANewerWorkspace_data();
    void refusesANewerWorkspace();
    void refusesATruncatedWorkspace_data();
    void refusesATruncatedWorkspace();

    void migratesAfterABackup();
    void failedMigrationChangesNothing();
    void ordersOfBeforeBecomeLinesOfTheirProduct();
    void eventsOfBeforeAreClusteredByCustomerAndKeepTheirIds();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestWorkspace::createsAWorkspace_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("storedRegion");
    QTest::addColumn<QString>("storedCurrency");
    QTest::newRow("China") << u"CN"_s << u"CNY"_s << u"CN"_s << u"CNY"_s;
    QTest::newRow("lower case is stored upper case") << u"gb"_s << u"gbp"_s << u"GB"_s << u"GBP"_s;
    QTest::newRow("region and currency independent") << u"CN"_s << u"EUR"_s << u"CN"_s << u"EUR"_s;
}

void TestWorkspace::createsAWorkspace()
{
    QFETCH(QString, region);
    QFETCH(QString, currency);
    QFETCH(QString, storedRegion);
    QFETCH(QString, storedCurrency);

    const QString file = path(u"new.mwb"_s);
    auto created = Workspace::create(file, {region, currency});
    QVERIFY2(created.workspace, qPrintable(created.error.message));
    QVERIFY(created.error.ok());
    QVERIFY(QFile::exists(file));
    Workspace &ws = *created.workspace;
    QCOMPARE(ws.path(), file);
    QCOMPARE(ws.displayName(), u"new"_s);
    QCOMPARE(ws.schemaVersion(), currentSchemaVersion());
    QCOMPARE(ws.region(), storedRegion);
    QCOMPARE(ws.currency(), storedCurrency);
    QCOMPARE(ws.db().execAndGet("PRAGMA foreign_keys").getInt(), 1);
    created.workspace.reset();

    // What any SQLite reader finds in the file.
    QCOMPARE(pragma(file, "PRAGMA user_version"), currentSchemaVersion());
    QCOMPARE(pragma(file, "PRAGMA application_id"), kApplicationId);
    SQLite::Database db(file.toStdString(), SQLite::OPEN_READONLY);
    QCOMPARE(text(db, "PRAGMA journal_mode"), u"wal"_s);
    QCOMPARE(text(db, "SELECT value FROM settings WHERE key = 'region'"), storedRegion);
    QCOMPARE(text(db, "SELECT value FROM settings WHERE key = 'currency'"), storedCurrency);
    QCOMPARE(text(db, "PRAGMA integrity_check"), u"ok"_s);
    for (const char *table :
         {"settings", "imports", "import_rejects", "customers", "identities", "customer_tags", "transactions",
          "sales_daily", "events", "campaigns", "campaign_members", "segments", "customer_metrics"})
        QVERIFY2(db.tableExists(table), table);
    QCOMPARE(db.execAndGet("SELECT count(*) FROM customers").getInt(), 0);
}

void TestWorkspace::createRefusesToOverwrite_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text file") << QByteArray("precious notes\n");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("SQLite header") << QByteArray("SQLite format 3\0", 16);
}

void TestWorkspace::createRefusesToOverwrite()
{
    QFETCH(QByteArray, content);
    const QString file = path(u"existing.mwb"_s);
    QVERIFY(writeBytes(file, content));
    const auto created = Workspace::create(file);
    QVERIFY(!created.workspace);
    QCOMPARE(created.error.code, Code::AlreadyExists);
    QVERIFY2(created.error.message.contains(file), qPrintable(created.error.message));
    QCOMPARE(bytes(file), content);
    QCOMPARE(entries(m_dir->path()), QStringList{u"existing.mwb"_s});
}

void TestWorkspace::createInAMissingFolderFails()
{
    const QString file = path(u"no/such/folder/new.mwb"_s);
    const auto created = Workspace::create(file);
    QVERIFY(!created.workspace);
    QVERIFY(!created.error.ok());
    QVERIFY2(created.error.message.contains(u"new.mwb"_s), qPrintable(created.error.message));
    QVERIFY(entries(m_dir->path()).isEmpty());
}

void TestWorkspace::createWhoseMigrationFailsLeavesNoFile()
{
    const QString file = path(u"broken.mwb"_s);
    const Migration broken[] = {{1, "CREATE TABLE fine(x); CREATE TABLE oops(;"}};
    const auto created = Workspace::create(file, {}, broken);
    QVERIFY(!created.workspace);
    QCOMPARE(created.error.code, Code::MigrationFailed);
    QVERIFY(entries(m_dir->path()).isEmpty()); // no file, no -wal, no -shm
}

void TestWorkspace::settingsDefaultFromTheLocale()
{
    const QString region = defaultRegion();
    const QString currency = defaultCurrency();
    QVERIFY(QRegularExpression(u"^[A-Z]{2}$"_s).match(region).hasMatch());
    QVERIFY(QRegularExpression(u"^[A-Z]{3}$"_s).match(currency).hasMatch());
    auto created = Workspace::create(path(u"defaults.mwb"_s));
    QVERIFY(created.workspace);
    QCOMPARE(created.workspace->region(), region);
    QCOMPARE(created.workspace->currency(), currency);
    QCOMPARE(minorUnitsPerMajor(u"JPY"_s), 1);
    QCOMPARE(minorUnitsPerMajor(u"CNY"_s), 100);
    QCOMPARE(minorUnitsPerMajor(u"EUR"_s), 100);
}

void TestWorkspace::aFileColonNameIsAFileName()
{
#ifdef Q_OS_WIN
    QSKIP("':' cannot be part of a file name on Windows");
#else
    // SQLite may read "file:x.mwb" as a URI naming x.mwb; for us it is a file name like any other.
    const QString saved = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->path()));
    const auto restore = qScopeGuard([&saved] { QDir::setCurrent(saved); });
    {
        SQLite::Database other("x.mwb", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE things(x); INSERT INTO things VALUES (1);");
    }
    const QByteArray before = bytes(path(u"x.mwb"_s));

    auto created = Workspace::create(u"file:x.mwb"_s);
    QVERIFY2(created.workspace, qPrintable(created.error.message));
    created.workspace.reset();
    QCOMPARE(bytes(path(u"x.mwb"_s)), before); // the other file is untouched
    QVERIFY(QFile::exists(path(u"file:x.mwb"_s)));
    QCOMPARE(pragma(path(u"file:x.mwb"_s), "PRAGMA application_id"), kApplicationId);

    auto opened = Workspace::open(u"file:x.mwb"_s);
    QVERIFY2(opened.workspace, qPrintable(opened.error.message));
    opened.workspace.reset();
    QCOMPARE(Workspace::open(u"file:y.mwb"_s).error.code, Code::NotFound);
    QCOMPARE(bytes(path(u"x.mwb"_s)), before);
#endif
}

void TestWorkspace::reopens()
{
    const QString file = path(u"again.mwb"_s);
    {
        auto created = Workspace::create(file, {u"CN"_s, u"CNY"_s});
        QVERIFY(created.workspace);
        created.workspace->db().exec("INSERT INTO customers(external_id, name) VALUES ('M1', '王伟')");
    }
    auto opened = Workspace::open(file);
    QVERIFY2(opened.workspace, qPrintable(opened.error.message));
    Workspace &ws = *opened.workspace;
    QCOMPARE(ws.schemaVersion(), currentSchemaVersion());
    QCOMPARE(ws.region(), u"CN"_s);
    QCOMPARE(ws.currency(), u"CNY"_s);
    QCOMPARE(text(ws.db(), "SELECT name FROM customers WHERE external_id = 'M1'"), u"王伟"_s);
    QCOMPARE(ws.db().execAndGet("PRAGMA foreign_keys").getInt(), 1);
    // A reopened workspace is writable, and what it writes stays.
    ws.db().exec("INSERT INTO customers(external_id) VALUES ('M2')");
    opened.workspace.reset();
    QCOMPARE(pragma(file, "SELECT count(*) FROM customers"), 2);
    QVERIFY(!QFile::exists(Workspace::backupPath(file, currentSchemaVersion()))); // nothing to migrate
}

void TestWorkspace::openingRestoresTheWriteAheadLog()
{
    // As an import of earlier versions, running alone under a rollback journal, left it when it died.
    const QString file = path(u"journal.mwb"_s);
    {
        auto created = Workspace::create(file, {u"CN"_s, u"CNY"_s});
        QVERIFY(created.workspace);
        QCOMPARE(created.workspace->db().execAndGet("PRAGMA journal_mode").getString(), std::string("wal"));
        created.workspace->db().exec("PRAGMA journal_mode = DELETE");
    }
    {
        SQLite::Database left(file.toStdString(), SQLite::OPEN_READONLY);
        QCOMPARE(left.execAndGet("PRAGMA journal_mode").getString(), std::string("delete"));
    }
    auto opened = Workspace::open(file);
    QVERIFY2(opened.workspace, qPrintable(opened.error.message));
    QCOMPARE(opened.workspace->db().execAndGet("PRAGMA journal_mode").getString(), std::string("wal"));
}

void TestWorkspace::opensReadOnly()
{
    const QString file = path(u"readonly.mwb"_s);
    QVERIFY(Workspace::create(file).workspace);
    auto opened = Workspace::open(file, Workspace::Access::ReadOnly);
    QVERIFY2(opened.workspace, qPrintable(opened.error.message));
    QCOMPARE(opened.workspace->schemaVersion(), currentSchemaVersion());
    QVERIFY_THROWS_EXCEPTION(SQLite::Exception,
                             opened.workspace->db().exec("INSERT INTO customers(external_id) VALUES ('X')"));
}

void TestWorkspace::parallelRangesCoverEveryIdOnce_data()
{
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<int>("ranges");
    QTest::newRow("even") << qint64(1) << qint64(100) << 4;
    QTest::newRow("uneven") << qint64(7) << qint64(1000) << 32;
    QTest::newRow("more ranges than ids") << qint64(5) << qint64(7) << 16;
    QTest::newRow("one id") << qint64(42) << qint64(42) << 4;
    QTest::newRow("no ids") << qint64(0) << qint64(-1) << 4;
}

void TestWorkspace::parallelRangesCoverEveryIdOnce()
{
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(int, ranges);
    ParallelRanges cut(first, last, static_cast<std::size_t>(ranges));
    QVERIFY(cut.count() <= static_cast<std::size_t>(ranges));
    std::map<qint64, int> seen;
    std::set<std::size_t> indexes;
    while (const auto range = cut.next()) {
        QVERIFY(range->first <= range->last);
        QVERIFY(indexes.insert(range->index).second);
        for (qint64 id = range->first; id <= range->last; ++id)
            ++seen[id];
    }
    QCOMPARE(indexes.size(), cut.count());
    QCOMPARE(static_cast<qint64>(seen.size()), std::max<qint64>(0, last - first + 1));
    for (const auto &[id, times] : seen) {
        QVERIFY(id >= first && id <= last);
        QCOMPARE(times, 1);
    }
}

void TestWorkspace::parallelRangesRunOnConnectionsOfTheirOwn()
{
    const QString file = path(u"parallel.mwb"_s);
    auto created = Workspace::create(file);
    QVERIFY(created.workspace);
    SQLite::Database &db = created.workspace->db();
    ParallelRanges slices(200);
    std::mutex mutex;
    std::set<SQLite::Database *> connections;
    std::map<std::size_t, int> done;
    std::set<int> partsOnThisConnection;
    slices.run(db, 3, [&](SQLite::Database &connection, int part) {
        if (&connection == &db) {
            std::lock_guard lock(mutex);
            partsOnThisConnection.insert(part);
        }
        while (const auto slice = slices.next()) {
            SQLite::Statement query(connection, "SELECT count(*) FROM customers");
            query.executeStep();
            std::lock_guard lock(mutex);
            connections.insert(&connection);
            ++done[slice->index];
        }
    });
    QCOMPARE(done.size(), std::size_t(200));
    for (const auto &[index, times] : done)
        QCOMPARE(times, 1);
    // Part 0 runs on the caller's connection, the others on pooled read-only ones, given
    // back after (one, when a part was done before the next borrowed).
    QCOMPARE(partsOnThisConnection, std::set<int>{0});
    QVERIFY(ReaderPool::idleCount(file) >= 1);
    // A workspace in memory has no file for other connections: everything runs on it.
    SQLite::Database memory(":memory:", SQLite::OPEN_READWRITE);
    ParallelRanges four(4);
    int parts = 0;
    bool onMemory = true;
    four.run(memory, 4, [&](SQLite::Database &connection, int) {
        onMemory = onMemory && &connection == &memory;
        ++parts;
        while (four.next()) { }
    });
    QCOMPARE(parts, 1);
    QVERIFY(onMemory);
    QVERIFY(!ParallelRanges::readsBeside(memory));
    QVERIFY(ParallelRanges::readsBeside(db));
}

// A million-row count (recursive CTE: several million VM steps) with the flag of its thread
// raised ends with SQLITE_INTERRUPT, on the thread's own connection and on the connections
// ParallelRanges reads with; without the flag (or after the scope) the same statement counts.
void TestWorkspace::queriesStopWhenTheirFlagIsRaised()
{
    const QString file = path(u"interrupt.mwb"_s);
    auto created = Workspace::create(file);
    QVERIFY(created.workspace);
    SQLite::Database &db = created.workspace->db();
    const char *count = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) "
                        "SELECT count(*) FROM n";
    auto counted = [count](SQLite::Database &connection) {
        SQLite::Statement query(connection, count);
        query.executeStep();
        return query.getColumn(0).getInt64();
    };
    auto interrupted = [&](SQLite::Database &connection) {
        try {
            counted(connection);
        } catch (const SQLite::Exception &e) {
            return (e.getErrorCode() & 0xff) == SQLITE_INTERRUPT;
        }
        return false;
    };
    QCOMPARE(counted(db), qint64(1000000));
    std::atomic_bool stop{false};
    {
        const QueryInterrupt::Scope scope(&stop);
        QCOMPARE(counted(db), qint64(1000000)); // not raised: runs to its end
        stop = true;
        QVERIFY(QueryInterrupt::requested());
        QVERIFY(interrupted(db));

        std::atomic_int stopped{0};
        std::atomic_int parts{0};
        ParallelRanges two(2);
        try {
            two.run(db, 2, [&](SQLite::Database &connection, int) {
                ++parts;
                if (interrupted(connection))
                    ++stopped;
            });
        } catch (...) {
            QFAIL("a part failed otherwise than by the interruption");
        }
        QCOMPARE(stopped.load(), parts.load());
        QCOMPARE(parts.load(), 2);
    }
    QVERIFY(!QueryInterrupt::requested());
    QCOMPARE(counted(db), qint64(1000000)); // the flag belongs to the scope, not the connection
}

void TestWorkspace::parallelRangesStopAtTheFirstFailure()
{
    const QString file = path(u"failing.mwb"_s);
    auto created = Workspace::create(file);
    QVERIFY(created.workspace);
    ParallelRanges slices(10000);
    std::atomic_int taken{0};
    bool threw = false;
    try {
        slices.run(created.workspace->db(), 3, [&](SQLite::Database &, int part) {
            while (slices.next()) {
                if (++taken == 5)
                    throw std::runtime_error("range 5 failed");
                (void)part;
            }
        });
    } catch (const std::runtime_error &e) {
        threw = true;
        QCOMPARE(QString::fromUtf8(e.what()), u"range 5 failed"_s);
    }
    QVERIFY(threw);
    QVERIFY(slices.stopped());
    QVERIFY(!slices.next());

    // A part that waits for the others (as the lifecycle's writer waits for computed ranges)
    // is woken through onFailure when another fails before doing anything.
    ParallelRanges waited(8);
    std::mutex mutex;
    std::condition_variable ready;
    bool wokenByStop = false;
    threw = false;
    try {
        waited.run(
            created.workspace->db(), 2,
            [&](SQLite::Database &, int part) {
                if (part > 0)
                    throw std::runtime_error("no connection");
                std::unique_lock lock(mutex);
                ready.wait(lock, [&] { return waited.stopped(); });
                wokenByStop = true;
            },
            [&] {
                std::lock_guard lock(mutex);
                ready.notify_all();
            });
    } catch (const std::runtime_error &e) {
        threw = QString::fromUtf8(e.what()) == u"no connection"_s;
    }
    QVERIFY(threw);
    QVERIFY(wokenByStop);
    // The others stopped taking ranges: far fewer than all of them were taken.
    QVERIFY2(taken < 10000, qPrintable(QString::number(taken.load())));
}

void TestWorkspace::readerPoolKeepsConnectionsWhileOpen()
{
    const QString file = path(u"pool.mwb"_s);
    auto created = Workspace::create(file);
    QVERIFY(created.workspace);
    auto count = [](SQLite::Database &db) {
        SQLite::Statement query(db, "SELECT count(*) FROM customers");
        query.executeStep();
        return query.getColumn(0).getInt64();
    };
    SQLite::Database *first = nullptr;
    {
        auto lease = ReaderPool::borrow(file);
        first = lease.get();
        QCOMPARE(count(*lease), 0);
        QVERIFY_THROWS_EXCEPTION(SQLite::Exception, lease->exec("INSERT INTO customers(external_id) VALUES ('X')"));
    }
    QCOMPARE(ReaderPool::idleCount(file), 1);
    {
        // The same connection again, and it sees what was written since.
        created.workspace->db().exec("INSERT INTO customers(external_id) VALUES ('A')");
        auto lease = ReaderPool::borrow(m_dir->path() + u"/./pool.mwb"_s);
        QCOMPARE(lease.get(), first);
        QCOMPARE(ReaderPool::idleCount(file), 0);
        auto second = ReaderPool::borrow(file); // none idle: a new one
        QVERIFY(second.get() != first);
        QCOMPARE(count(*lease), 1);
        QCOMPARE(count(*second), 1);
    }
    QCOMPARE(ReaderPool::idleCount(file), 2);
    // Closing the workspace closes them before its own connection, which folds the log in.
    created.workspace.reset();
    QCOMPARE(ReaderPool::idleCount(file), 0);
    QVERIFY(!QFile::exists(file + u"-wal"_s));
    // One borrowed while the workspace closes closes on return.
    auto reopened = Workspace::open(file);
    QVERIFY(reopened.workspace);
    auto borrowed = ReaderPool::borrow(file);
    reopened.workspace.reset();
    borrowed.reset();
    QCOMPARE(ReaderPool::idleCount(file), 0);
}

void TestWorkspace::openOfAMissingFileIsNotFound()
{
    const QString file = path(u"missing.mwb"_s);
    const auto opened = Workspace::open(file);
    QVERIFY(!opened.workspace);
    QCOMPARE(opened.error.code, Code::NotFound);
    QVERIFY2(opened.error.message.contains(u"missing.mwb"_s), qPrintable(opened.error.message));
    QVERIFY(!QFile::exists(file)); // opening never creates
    QCOMPARE(Workspace::open(file, Workspace::Access::ReadOnly).error.code, Code::NotFound);
    QVERIFY(entries(m_dir->path()).isEmpty());
}

void TestWorkspace::refusesWhatIsNotAWorkspace_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<Code>("expected");
    QTest::newRow("CSV text renamed .mwb") << QByteArray("customer_id,email\n1,a@example.com\n") << Code::NotAWorkspace;
    QTest::newRow("empty file") << QByteArray() << Code::NotAWorkspace;
    QTest::newRow("random binary") << QByteArray(8192, '\xA5') << Code::NotAWorkspace;
    QTest::newRow("SQLite magic, garbage after")
        << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\x7f') << Code::NotAWorkspace;
}

void TestWorkspace::refusesWhatIsNotAWorkspace()
{
    QFETCH(QByteArray, content);
    QFETCH(Code, expected);
    const QString file = path(u"foreign.mwb"_s);
    QVERIFY(writeBytes(file, content));
    for (const auto access : {Workspace::Access::ReadWrite, Workspace::Access::ReadOnly}) {
        const auto opened = Workspace::open(file, access);
        QVERIFY(!opened.workspace);
        QCOMPARE(opened.error.code, expected);
        QVERIFY2(opened.error.message.contains(u"foreign.mwb"_s), qPrintable(opened.error.message));
        QCOMPARE(bytes(file), content);
        QCOMPARE(entries(m_dir->path()), QStringList{u"foreign.mwb"_s}); // no -wal, -shm or journal left
    }
}

void TestWorkspace::refusesAnotherProgramsDatabase_data()
{
    QTest::addColumn<QByteArray>("setup");
    QTest::newRow("plain SQLite") << QByteArray("CREATE TABLE things(x); INSERT INTO things VALUES (1);");
    QTest::newRow("WAL journal") << QByteArray("PRAGMA journal_mode = WAL; CREATE TABLE things(x); "
                                               "INSERT INTO things VALUES (1);");
    QTest::newRow("another application_id")
        << QByteArray("PRAGMA application_id = 1196444487; CREATE TABLE gpkg_contents(x);"); // GeoPackage
    QTest::newRow("our table names, no application_id")
        << QByteArray("PRAGMA user_version = 1; CREATE TABLE customers(id INTEGER PRIMARY KEY); "
                      "CREATE TABLE settings(key, value);");
}

void TestWorkspace::refusesAnotherProgramsDatabase()
{
    QFETCH(QByteArray, setup);
    const QString file = path(u"other-program.db"_s);
    {
        SQLite::Database db(file.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec(setup.constData());
    }
    QCOMPARE(entries(m_dir->path()), QStringList{u"other-program.db"_s});
    const QByteArray before = bytes(file);
    QVERIFY(!before.isEmpty());
    const auto opened = Workspace::open(file);
    QVERIFY(!opened.workspace);
    QCOMPARE(opened.error.code, Code::NotAWorkspace);
    QVERIFY2(opened.error.message.contains(u"other-program.db"_s), qPrintable(opened.error.message));
    QCOMPARE(bytes(file), before);
    QCOMPARE(entries(m_dir->path()), QStringList{u"other-program.db"_s});
}

void TestWorkspace::refusesAFolder()
{
    QVERIFY(QDir(m_dir->path()).mkdir(u"folder.mwb"_s));
    const auto opened = Workspace::open(path(u"folder.mwb"_s));
    QVERIFY(!opened.workspace);
    QCOMPARE(opened.error.code, Code::NotAWorkspace);
    QVERIFY(QDir(path(u"folder.mwb"_s)).isEmpty());
}

void TestWorkspace::refusesANewerWorkspace_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<Workspace::Access>("access");
    QTest::newRow("next version") << currentSchemaVersion() + 1 << Workspace::Access::ReadWrite;
    QTest::newRow("far future") << 99 << Workspace::Access::ReadWrite;
    QTest::newRow("far future, read-only") << 99 << Workspace::Access::ReadOnly;
}

void TestWorkspace::refusesANewerWorkspace()
{
    QFETCH(int, version);
    QFETCH(Workspace::Access, access);
    const QString file = path(u"future.mwb"_s);
    QVERIFY(Workspace::create(file).workspace);
    {
        SQLite::Database db(file.toStdString(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = " + std::to_string(version));
    }
    const QByteArray before = bytes(file);
    const auto opened = Workspace::open(file, access);
    QVERIFY(!opened.workspace);
    QCOMPARE(opened.error.code, Code::NewerVersion);
    QVERIFY2(opened.error.message.contains(u"future.mwb"_s), qPrintable(opened.error.message));
    QVERIFY2(opened.error.message.contains(u"newer"_s), qPrintable(opened.error.message));
    QCOMPARE(bytes(file), before);
    QCOMPARE(pragma(file, "PRAGMA user_version"), version);
    QVERIFY(!QFile::exists(Workspace::backupPath(file, version)));
}

void TestWorkspace::refusesATruncatedWorkspace_data()
{
    QTest::addColumn<double>("keep"); // share of the file left after cutting it short
    QTest::newRow("half") << 0.5;
    QTest::newRow("all but the tail") << 0.97;
    QTest::newRow("a tenth") << 0.1;
}

void TestWorkspace::refusesATruncatedWorkspace()
{
    QFETCH(double, keep);
    const QString file = path(u"cut.mwb"_s);
    DemoOptions options;
    options.customers = 2000;
    const DemoResult demo = DemoGenerator::create(file, options);
    QVERIFY2(demo.error.ok(), qPrintable(demo.error.message));
    QCOMPARE(demo.summary.customers, 2000);
    QVERIFY(Workspace::open(file).workspace); // whole, it opens
    {
        QFile cut(file);
        QVERIFY(cut.resize(static_cast<qint64>(static_cast<double>(cut.size()) * keep)));
    }
    const QByteArray before = bytes(file);
    for (const auto access : {Workspace::Access::ReadWrite, Workspace::Access::ReadOnly}) {
        const auto opened = Workspace::open(file, access);
        QVERIFY(!opened.workspace);
        QCOMPARE(opened.error.code, Code::Corrupt);
        QVERIFY2(opened.error.message.contains(u"cut.mwb"_s), qPrintable(opened.error.message));
        QCOMPARE(bytes(file), before);
    }
}

void TestWorkspace::migratesAfterABackup()
{
    const QString file = path(u"old.mwb"_s);
    {
        const Migration first[] = {kNotes};
        auto created = Workspace::create(file, {}, first);
        QVERIFY2(created.workspace, qPrintable(created.error.message));
        QCOMPARE(created.workspace->schemaVersion(), 1);
        created.workspace->db().exec("INSERT INTO notes(text) VALUES ('keep me'), ('and me')");
    }
    QCOMPARE(pragma(file, "PRAGMA user_version"), 1);
    const QString backup = Workspace::backupPath(file, 1);
    QVERIFY(!QFile::exists(backup));

    const Migration both[] = {kNotes, kAuthors};
    {
        auto opened = Workspace::open(file, Workspace::Access::ReadWrite, both);
        QVERIFY2(opened.workspace, qPrintable(opened.error.message));
        QCOMPARE(opened.workspace->schemaVersion(), 2);
        SQLite::Database &db = opened.workspace->db();
        QCOMPARE(db.execAndGet("SELECT count(*) FROM notes").getInt(), 2);
        QCOMPARE(text(db, "SELECT group_concat(text, '|') FROM (SELECT text FROM notes ORDER BY id)"),
                 u"keep me|and me"_s);
        db.exec("UPDATE notes SET author = 'Li' WHERE id = 1"); // the new column exists
        QVERIFY(db.tableExists("tags"));
        QCOMPARE(db.execAndGet("PRAGMA foreign_keys").getInt(), 1);
    }
    QCOMPARE(pragma(file, "PRAGMA user_version"), 2);
    QCOMPARE(pragma(file, "PRAGMA application_id"), kApplicationId);

    // The backup is a complete workspace at version 1, with the data of before.
    QVERIFY(QFile::exists(backup));
    QCOMPARE(pragma(backup, "PRAGMA user_version"), 1);
    QCOMPARE(pragma(backup, "PRAGMA application_id"), kApplicationId);
    {
        SQLite::Database copy(backup.toStdString(), SQLite::OPEN_READONLY);
        QCOMPARE(text(copy, "PRAGMA integrity_check"), u"ok"_s);
        QCOMPARE(copy.execAndGet("SELECT count(*) FROM notes").getInt(), 2);
        QCOMPARE(copy.execAndGet("SELECT count(*) FROM pragma_table_info('notes')").getInt(), 2); // no author
        QVERIFY(!copy.tableExists("tags"));
    }
    const Migration first[] = {kNotes};
    auto restored = Workspace::open(backup, Workspace::Access::ReadOnly, first);
    QVERIFY2(restored.workspace, qPrintable(restored.error.message));
    QCOMPARE(restored.workspace->schemaVersion(), 1);

    // Opening again at version 2 migrates nothing more.
    restored.workspace.reset();
    const QByteArray backupBytes = bytes(backup);
    auto again = Workspace::open(file, Workspace::Access::ReadWrite, both);
    QVERIFY(again.workspace);
    QCOMPARE(again.workspace->schemaVersion(), 2);
    QCOMPARE(bytes(backup), backupBytes);
    QVERIFY(!QFile::exists(Workspace::backupPath(file, 2)));
}

// Orders kept before products were: the product each held becomes its one line.
void TestWorkspace::ordersOfBeforeBecomeLinesOfTheirProduct()
{
    const QString file = path(u"v14.mwb"_s);
    {
        auto created = Workspace::create(file, {}, builtInMigrations().first(14));
        QVERIFY2(created.workspace, qPrintable(created.error.message));
        created.workspace->db().exec(
            "INSERT INTO transactions(order_ref, ordered_at, amount_minor, quantity, product) VALUES "
            "('O1', 0, 1000, 2, 'Oolong'), ('O2', 0, 500, NULL, 'Oolong'), ('O3', 0, 700, 1, NULL), "
            "('O4', 0, -300, -1, 'Kettle')");
    }
    auto opened = Workspace::open(file, Workspace::Access::ReadWrite, builtInMigrations());
    QVERIFY2(opened.workspace, qPrintable(opened.error.message));
    SQLite::Database &db = opened.workspace->db();
    QCOMPARE(text(db, "SELECT group_concat(code || '=' || name, ' ') FROM (SELECT * FROM products ORDER BY code)"),
             u"Kettle=Kettle Oolong=Oolong"_s);
    QCOMPARE(text(db,
                  "SELECT group_concat(t.order_ref || ':' || p.code || ':' || coalesce(l.quantity, '') || ':' || "
                  "l.amount_minor, ' ') FROM (SELECT * FROM order_lines ORDER BY order_id) l "
                  "JOIN transactions t ON t.id = l.order_id JOIN products p ON p.id = l.product_id"),
             u"O1:Oolong:2:1000 O2:Oolong::500 O4:Kettle:-1:-300"_s);
    // The order's own copy of its product is gone: the lines hold it.
    QCOMPARE(text(db, "SELECT count(*) FROM pragma_table_info('transactions') WHERE name = 'product'"), u"0"_s);
}

// Version 23 keeps events clustered by customer and time, numbered from `sequences`; version
// 24 keeps a content key only for imported points. Everything of before stays as it was.
void TestWorkspace::eventsOfBeforeAreClusteredByCustomerAndKeepTheirIds()
{
    const QString file = path(u"v22.mwb"_s);
    {
        auto created = Workspace::create(file, {}, builtInMigrations().first(22));
        QVERIFY2(created.workspace, qPrintable(created.error.message));
        SQLite::Database &db = created.workspace->db();
        db.exec("INSERT INTO customers(id) VALUES (1), (2)");
        db.exec("INSERT INTO imports(id, kind, file_name, started_at) VALUES (7, 'points', 'p.csv', 0)");
        // Ids out of the customers' order, one customer's two events at one time.
        db.exec("INSERT INTO events(id, customer_id, occurred_at, type, channel, value, content_key) VALUES "
                "(5, 2, 300, 'nps', 'web', 9, 'k5'), (6, 1, 200, 'email_open', 'email', NULL, NULL), "
                "(9, 1, 100, 'web_visit', NULL, NULL, NULL), (12, 1, 200, 'email_click', 'email', NULL, 'k12')");
        db.exec("INSERT INTO points(id, customer_id, occurred_at, points, type, reference, content_key, import_id) "
                "VALUES (1, 1, 100, 50, 'earn', 'O1', 'demo:1', NULL), (2, 2, 100, 20, 'earn', 'O2', 'Zx9', 7)");
        // Orders of January and February 2025 (epoch day 20089 is 1 January 2025), a refund, a guest.
        db.exec("INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor) VALUES "
                "('O1', 1, 20089 * 86400 + 10, 1000), ('O2', 1, 20119 * 86400 + 86399, 500), "
                "('O3', 1, 20120 * 86400, 700), ('O4', 1, 20121 * 86400, -700), ('O5', NULL, 20120 * 86400, 90), "
                "('O6', 2, 20100 * 86400, 300)");
    }
    auto opened = Workspace::open(file, Workspace::Access::ReadWrite, builtInMigrations());
    QVERIFY2(opened.workspace, qPrintable(opened.error.message));
    SQLite::Database &db = opened.workspace->db();
    // In the key's order (customer, time, id), every column as it was.
    QCOMPARE(text(db,
                  "SELECT group_concat(id || ':' || customer_id || ':' || occurred_at || ':' || type || ':' || "
                  "coalesce(channel, '-') || ':' || coalesce(value, '-') || ':' || coalesce(content_key, '-'), ' ') "
                  "FROM (SELECT * FROM events ORDER BY customer_id, occurred_at, id)"),
             u"9:1:100:web_visit:-:-:- 6:1:200:email_open:email:-:- 12:1:200:email_click:email:-:k12 "
             "5:2:300:nps:web:9.0:k5"_s);
    QCOMPARE(text(db, "SELECT count(*) FROM pragma_index_list('events') WHERE name = 'events_customer'"), u"0"_s);
    // The key, by the name the readers of one customer's events give it (store/EventIds.h).
    QCOMPARE(text(db, "SELECT origin FROM pragma_index_list('events') WHERE name = 'sqlite_autoindex_events_1'"),
             u"pk"_s);
    QCOMPARE(text(db, "SELECT sql LIKE '%WITHOUT ROWID%' FROM sqlite_schema WHERE name = 'events'"), u"1"_s);
    // New events are numbered after the highest id of before.
    QCOMPARE(EventIds::last(db), 12);
    EventIds ids(db, 4);
    QCOMPARE(ids.next(), 13);
    QCOMPARE(ids.next(), 14);
    QCOMPARE(EventIds::reserve(db, 3), 17); // the block 13-16 is taken
    QCOMPARE(EventIds::last(db), 19);
    // The content keys still refuse a second copy.
    QVERIFY_THROWS_EXCEPTION(SQLite::Exception,
                             db.exec("INSERT INTO events(id, customer_id, occurred_at, type, content_key) "
                                     "VALUES (20, 2, 1, 'x', 'k5')"));
    // The demo's points lose their key, imported ones keep it (and it still refuses a copy).
    QCOMPARE(text(db,
                  "SELECT group_concat(id || ':' || coalesce(content_key, '-') || ':' || reference, ' ') "
                  "FROM (SELECT * FROM points ORDER BY id)"),
             u"1:-:O1 2:Zx9:O2"_s);
    QVERIFY_THROWS_EXCEPTION(SQLite::Exception,
                             db.exec("INSERT INTO points(customer_id, occurred_at, points, type, content_key) "
                                     "VALUES (1, 1, 1, 'earn', 'Zx9')"));
    db.exec("INSERT INTO points(customer_id, occurred_at, points, type) VALUES (1, 1, 1, 'earn'), (1, 1, 1, 'earn')");
    QCOMPARE(text(db, "SELECT count(*) FROM pragma_foreign_key_check"), u"0"_s);
    // Version 25: each customer's months from the orders of before (January 2025 is month
    // 2025 × 12 = 24300; day 20119 is 31 January, day 20120 1 February).
    QCOMPARE(text(db,
                  "SELECT group_concat(customer_id || ':' || month || ':' || orders || ':' || revenue_minor, ' ') "
                  "FROM (SELECT * FROM customer_months ORDER BY customer_id, month)"),
             u"1:24300:2:1500 1:24301:1:0 2:24300:1:300"_s);
}

void TestWorkspace::failedMigrationChangesNothing()
{
    const QString file = path(u"old.mwb"_s);
    {
        const Migration first[] = {kNotes};
        auto created = Workspace::create(file, {}, first);
        QVERIFY(created.workspace);
        created.workspace->db().exec("INSERT INTO notes(text) VALUES ('keep me')");
    }
    const Migration broken[] = {kNotes, kBroken};
    const auto opened = Workspace::open(file, Workspace::Access::ReadWrite, broken);
    QVERIFY(!opened.workspace);
    QCOMPARE(opened.error.code, Code::MigrationFailed);
    QVERIFY2(opened.error.message.contains(u"old.mwb"_s), qPrintable(opened.error.message));
    QVERIFY2(opened.error.message.contains(u"unchanged"_s), qPrintable(opened.error.message));

    QCOMPARE(pragma(file, "PRAGMA user_version"), 1);
    {
        SQLite::Database db(file.toStdString(), SQLite::OPEN_READONLY);
        QCOMPARE(db.execAndGet("SELECT count(*) FROM pragma_table_info('notes')").getInt(), 2); // no author column
        QVERIFY(!db.tableExists("oops"));
        QCOMPARE(text(db, "SELECT text FROM notes"), u"keep me"_s);
    }
    // It still opens with the migrations it was written with.
    const Migration first[] = {kNotes};
    auto reopened = Workspace::open(file, Workspace::Access::ReadWrite, first);
    QVERIFY2(reopened.workspace, qPrintable(reopened.error.message));
    QCOMPARE(reopened.workspace->schemaVersion(), 1);
    QCOMPARE(reopened.workspace->db().execAndGet("PRAGMA foreign_keys").getInt(), 1);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
