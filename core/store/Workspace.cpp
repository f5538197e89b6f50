#include "Workspace.h"

#include "OutputGuard.h"
#include "ReaderPool.h"
#include "Schema.h"
#include "GlobalControl.h"
#include "QueryInterrupt.h"
#include "SqlFunctions.h"
#include "WorkspaceActivity.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QStorageInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

using Code = StoreError::Code;

// Messages for people, translated in context "mwb::Workspace" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::Workspace)
};

std::string nativePath(const QString &path)
{
    // SQLite takes UTF-8 file names on every platform. Absolute, because SQLite builds with
    // SQLITE_USE_URI (Debian's) read a name starting with "file:" as a URI: "file:x.mwb"
    // would open x.mwb, and create() would write into that existing file.
    return QFileInfo(path).absoluteFilePath().toStdString();
}

// A workspace on a read-only disk or in a folder nobody may write: SQLite cannot create
// the shared memory its write-ahead log needs even to read, so it is opened as a file that
// cannot change (which is what it is there).
std::string immutableUri(const QString &path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded).toStdString()
        + "?immutable=1";
}

// Opens read-only; where the plain way is refused because nothing beside the file can be
// written, as immutable.
std::unique_ptr<SQLite::Database> openReadOnly(const QString &path, int extraFlags, int busyMs)
{
    try {
        auto db = std::make_unique<SQLite::Database>(nativePath(path), SQLite::OPEN_READONLY | extraFlags, busyMs);
        db->exec("SELECT count(*) FROM sqlite_schema"); // reading needs the log's shared memory
        return db;
    } catch (const SQLite::Exception &e) {
        const int code = e.getErrorCode() & 0xff;
        if ((code != SQLITE_READONLY && code != SQLITE_CANTOPEN) || Workspace::writeProblem(path).isEmpty())
            throw;
    }
    return std::make_unique<SQLite::Database>(
        immutableUri(path), SQLite::OPEN_READONLY | SQLite::OPEN_URI | (extraFlags & ~SQLite::OPEN_NOFOLLOW), busyMs);
}

// Each connection is used by one thread only (workers open their own), so SQLite need
// not lock a mutex around every call.
const int kConnectionFlags = SQLite::OPEN_NOMUTEX;

// How long a statement waits for another program's write to end before it gives up.
const int kBusyMs = 5000;

// A workspace keeps its write-ahead log (readers keep reading while a writer works); an
// import of earlier versions ran alone under a rollback journal, and one that died before
// switching back left the workspace without one. (Needs the workspace to itself;
// refused while another connection is open, when the next opening tries again.)
void restoreWriteAheadLog(SQLite::Database &db)
{
    try {
        SQLite::Statement mode(db, "PRAGMA journal_mode");
        if (mode.executeStep() && mode.getColumn(0).getString() != "wal") {
            mode.reset();
            db.exec("PRAGMA journal_mode = WAL");
        }
    } catch (const SQLite::Exception &) {
    }
}

void applyConnectionPragmas(SQLite::Database &db, Workspace::Access access)
{
    db.exec("PRAGMA foreign_keys = ON;"
            "PRAGMA synchronous = NORMAL;"
            "PRAGMA temp_store = FILE;" // large sorts spill to disk: memory stays bounded
            "PRAGMA cache_size = -65536;"
            // Every connection maps at most the first 64 MB of the file. Mapping more made
            // no count faster at a million customers (2 GB for readers, before: the largest
            // count 13 % slower; 256 MB: 1-2 % slower), and every mapped page a scan touches
            // counts in the resident memory a user sees, once per connection: 1.6 GB for one
            // segment count with 2 GB, 0.36 GB with 256 MB, 0.21 GB now; the window's peak
            // 6.2 GB with 2 GB, 1.8 GB with 256 MB, 1.0 GB now.
            "PRAGMA mmap_size = 67108864;");
    if (access != Workspace::Access::ReadOnly)
        restoreWriteAheadLog(db);
    QueryInterrupt::install(db);
    GlobalControl::registerSqlFunctions(db); // the store's own
    SqlFunctions::installAll(db);
}

int pragmaInt(SQLite::Database &db, const char *pragma)
{
    SQLite::Statement query(db, pragma);
    return query.executeStep() ? query.getColumn(0).getInt() : 0;
}

StoreError errorFromException(const QString &path, const SQLite::Exception &e)
{
    return Workspace::failure(path, e);
}

// Checks what can be checked before anything is written to a file we did not create.
StoreError checkIdentity(SQLite::Database &db, const QString &path, std::span<const Migration> migrations)
{
    const QString file = QFileInfo(path).fileName();
    // Reading the schema forces SQLite to parse the header: a foreign file fails here.
    pragmaInt(db, "SELECT count(*) FROM sqlite_schema");
    const int applicationId = pragmaInt(db, "PRAGMA application_id");
    if (applicationId != kApplicationId) {
        return StoreError::make(
            Code::NotAWorkspace,
            Text::tr("%1 is an SQLite database, but not a Marketing Workbench workspace.").arg(file));
    }
    const int version = pragmaInt(db, "PRAGMA user_version");
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    if (version > newest) {
        return StoreError::make(Code::NewerVersion,
                                Text::tr("%1 was written by a newer Marketing Workbench (workspace version %2; this "
                                         "version reads up to %3). Update the application to open it.")
                                    .arg(file)
                                    .arg(version)
                                    .arg(newest));
    }
    // A file cut short keeps its header; its size then falls short of the page count.
    const qint64 pageSize = pragmaInt(db, "PRAGMA page_size");
    const qint64 pages = pragmaInt(db, "PRAGMA page_count");
    const bool hasWal = QFileInfo::exists(path + u"-wal"_s);
    if (!hasWal && QFileInfo(path).size() < pageSize * pages) {
        return StoreError::make(Code::Corrupt,
                                Text::tr("%1 is truncated (%2 of %3 bytes). Restore it from a backup copy.")
                                    .arg(file)
                                    .arg(QFileInfo(path).size())
                                    .arg(pageSize * pages));
    }
    return {};
}

StoreError backupTo(SQLite::Database &db, const QString &target)
{
    try {
        QFile::remove(target);
        SQLite::Database copy(nativePath(target), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        SQLite::Backup backup(copy, db);
        backup.executeStep(-1);
    } catch (const SQLite::Exception &e) {
        return StoreError::make(
            Code::Io, Text::tr("Cannot write the backup copy %1: %2").arg(target, QString::fromUtf8(e.what())));
    }
    return {};
}

// Runs the migrations after `from` in one transaction; on any failure nothing changes.
StoreError migrate(SQLite::Database &db, const QString &path, int from, std::span<const Migration> migrations)
{
    const int to = migrations.empty() ? 0 : migrations.back().version;
    if (from == to)
        return {};
    if (from > 0) {
        const StoreError backup = backupTo(db, Workspace::backupPath(path, from));
        if (!backup.ok())
            return backup;
    }
    try {
        // Some migrations rebuild tables; foreign keys are checked once at the end instead.
        db.exec("PRAGMA foreign_keys = OFF");
        SQLite::Transaction transaction(db);
        for (const Migration &step : migrations) {
            if (step.version <= from)
                continue;
            db.exec(step.sql);
            db.exec("PRAGMA user_version = " + std::to_string(step.version));
        }
        SQLite::Statement fkCheck(db, "PRAGMA foreign_key_check");
        if (fkCheck.executeStep())
            throw SQLite::Exception("foreign key check failed after migration");
        transaction.commit();
        db.exec("PRAGMA foreign_keys = ON");
    } catch (const SQLite::Exception &e) {
        db.exec("PRAGMA foreign_keys = ON");
        return StoreError::make(Code::MigrationFailed,
                                Text::tr("Upgrading %1 from version %2 to %3 failed: %4. The file was left unchanged.")
                                    .arg(QFileInfo(path).fileName())
                                    .arg(from)
                                    .arg(to)
                                    .arg(QString::fromUtf8(e.what())));
    }
    return {};
}

} // namespace

Workspace::Workspace(const QString &path, std::unique_ptr<SQLite::Database> db, int schemaVersion)
    : m_path(path)
    , m_db(std::move(db))
    , m_schemaVersion(schemaVersion)
{
}

Workspace::~Workspace()
{
    // Before this connection, the last, closes and folds the write-ahead log back in.
    ReaderPool::close(m_path);
}

void Workspace::configureSqlite()
{
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); // refused (and harmless) once SQLite has started
}

std::unique_ptr<SQLite::Database> Workspace::openConnection(const QString &path, Access access)
{
    auto db = access == Access::ReadOnly
        ? openReadOnly(path, kConnectionFlags | SQLite::OPEN_NOFOLLOW, kBusyMs)
        : std::make_unique<SQLite::Database>(
            nativePath(path), SQLite::OPEN_READWRITE | kConnectionFlags | SQLite::OPEN_NOFOLLOW, kBusyMs);
    applyConnectionPragmas(*db, access);
    return db;
}

StoreError Workspace::failure(const QString &path, const SQLite::Exception &e, int waitedSeconds)
{
    const QString file = QFileInfo(path).fileName();
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    switch (e.getErrorCode() & 0xff) {
    case SQLITE_NOTADB:
        return StoreError::make(
            Code::NotAWorkspace,
            Text::tr("%1 is not a Marketing Workbench workspace (not an SQLite database).").arg(file));
    case SQLITE_CORRUPT:
        return StoreError::make(
            Code::Corrupt,
            Text::tr("%1 is damaged (%2). Nothing was changed. `mwb check %3` tells what is damaged; "
                     "`mwb recover %3 --out NEW.mwb` saves what can still be read into a new workspace "
                     "(in the window: File › Recover Workspace…); or restore a backup copy.")
                .arg(file, QString::fromUtf8(e.what()), native));
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StoreError::make(Code::Busy, WorkspaceActivity::busyMessage(path, waitedSeconds));
    case SQLITE_FULL:
        return StoreError::make(Code::Full,
                                Text::tr("No space left on device: %1. Nothing was changed; free some space and try "
                                         "again.")
                                    .arg(native));
    case SQLITE_READONLY: {
        const QString problem = writeProblem(path);
        return StoreError::make(Code::ReadOnly,
                                problem.isEmpty()
                                    ? Text::tr("%1 cannot be changed (%2).").arg(native, QString::fromUtf8(e.what()))
                                    : Text::tr("%1 cannot be changed: %2.").arg(native, problem));
    }
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_PERM:
        return StoreError::make(Code::Io, Text::tr("Cannot use %1: %2").arg(native, QString::fromUtf8(e.what())));
    default:
        return StoreError::make(
            Code::Io, Text::tr("%1: %2", "a file and what went wrong").arg(file, QString::fromUtf8(e.what())));
    }
}

QString Workspace::writeProblem(const QString &path)
{
    const QFileInfo file(path);
    const QStorageInfo disk(file.absolutePath());
    if (disk.isValid() && disk.isReadOnly())
        return Text::tr("the disk it is on (%1) is mounted read-only").arg(QDir::toNativeSeparators(disk.rootPath()));
    if (file.exists() && !file.isWritable())
        return Text::tr("the file is read-only");
    const QFileInfo folder(file.absolutePath());
    if (!folder.isWritable()) {
        return Text::tr("its folder %1 cannot be written (SQLite keeps its log beside the workspace)")
            .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    }
    return {};
}

Workspace::Opened Workspace::create(const QString &path, const NewWorkspaceOptions &options)
{
    return create(path, options, builtInMigrations());
}

Workspace::Opened Workspace::create(const QString &path, const NewWorkspaceOptions &options,
                                    std::span<const Migration> migrations)
{
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        return {nullptr,
                StoreError::make(Code::AlreadyExists,
                                 Text::tr("%1 already exists; choose another name or open it.").arg(path))};
    }
    // Never where SQLite or another workspace keeps a file of its own (a new database named
    // like another's write-ahead log would be read as that log).
    if (const OutputTarget target = OutputGuard::check(path, ExistingFile::Refuse); !target.ok())
        return {nullptr, StoreError::make(Code::Io, target.error)};
    std::unique_ptr<SQLite::Database> db;
    try {
        db = std::make_unique<SQLite::Database>(nativePath(path),
                                                SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | kConnectionFlags);
        db->exec("PRAGMA journal_mode = WAL");
        db->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        applyConnectionPragmas(*db, Workspace::Access::ReadWrite);
    } catch (const SQLite::Exception &e) {
        db.reset();
        QFile::remove(path);
        return {nullptr, errorFromException(path, e)};
    }
    StoreError error = migrate(*db, path, 0, migrations);
    if (!error.ok()) {
        db.reset();
        QFile::remove(path);
        return {nullptr, error};
    }
    const int version = migrations.empty() ? 0 : migrations.back().version;
    std::unique_ptr<Workspace> workspace(new Workspace(path, std::move(db), version));
    if (!workspace->db().tableExists("settings")) // a schema of tests and tools
        return {std::move(workspace), {}};
    try {
        workspace->setSetting(WorkspaceSetting::Region,
                              options.region.isEmpty() ? defaultRegion() : options.region.toUpper());
        workspace->setSetting(WorkspaceSetting::Currency,
                              options.currency.isEmpty() ? defaultCurrency() : options.currency.toUpper());
        workspace->setSetting(WorkspaceSetting::CreatedAt, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        workspace->setSetting(WorkspaceSetting::CreatedBy, u"Marketing Workbench " MWB_VERSION ""_s);
    } catch (const SQLite::Exception &e) {
        workspace.reset();
        QFile::remove(path);
        return {nullptr, errorFromException(path, e)};
    }
    return {std::move(workspace), {}};
}

Workspace::Opened Workspace::open(const QString &path, Access access)
{
    return open(path, access, builtInMigrations());
}

Workspace::Opened Workspace::open(const QString &path, Access access, std::span<const Migration> migrations)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {nullptr, StoreError::make(Code::NotFound, Text::tr("%1 does not exist.").arg(path))};
    if (!info.isFile())
        return {nullptr, StoreError::make(Code::NotAWorkspace, Text::tr("%1 is not a file.").arg(path))};

    std::unique_ptr<SQLite::Database> db;
    int version = 0;
    try {
        if (access == Access::ReadOnly) {
            db = openReadOnly(path, kConnectionFlags, kBusyMs);
        } else {
            if (const QString problem = writeProblem(path); !problem.isEmpty()) {
                return {nullptr,
                        StoreError::make(
                            Code::ReadOnly,
                            Text::tr("%1 cannot be changed: %2.").arg(QDir::toNativeSeparators(path), problem))};
            }
            db = std::make_unique<SQLite::Database>(nativePath(path), SQLite::OPEN_READWRITE | kConnectionFlags,
                                                    kBusyMs);
        }
        const StoreError identity = checkIdentity(*db, path, migrations);
        if (!identity.ok())
            return {nullptr, identity};
        version = pragmaInt(*db, "PRAGMA user_version");
        applyConnectionPragmas(*db, access);
    } catch (const SQLite::Exception &e) {
        return {nullptr, errorFromException(path, e)};
    }
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    if (version < newest) {
        if (access == Access::ReadOnly) {
            return {nullptr,
                    StoreError::make(Code::MigrationFailed,
                                     Text::tr("%1 needs an upgrade from version %2 and was opened read-only.")
                                         .arg(info.fileName())
                                         .arg(version))};
        }
        const StoreError error = migrate(*db, path, version, migrations);
        if (!error.ok())
            return {nullptr, error};
        version = newest;
    }
    std::unique_ptr<Workspace> workspace(new Workspace(path, std::move(db), version));
    workspace->m_readOnly = access == Access::ReadOnly;
    return {std::move(workspace), {}};
}

QString Workspace::displayName() const
{
    return QFileInfo(m_path).completeBaseName();
}

QString Workspace::backupPath(const QString &path, int fromVersion)
{
    return path + u".v%1.bak"_s.arg(fromVersion);
}

QString Workspace::setting(WorkspaceSetting setting) const
{
    return readSetting(*m_db, setting).value_or(QString());
}

void Workspace::setSetting(WorkspaceSetting setting, const QString &value)
{
    writeSetting(*m_db, setting, value);
}

} // namespace mwb
