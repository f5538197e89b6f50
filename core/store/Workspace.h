// Workspace: one SQLite file holding everything an analyst imported and built.
// Owns the read-write connection of the thread that opened it; worker threads open
// their own connections with openConnection(). Opening checks that the file is ours,
// refuses newer schemas and migrates older ones after a backup copy.
#pragma once

#include "StoreError.h"
#include "WorkspaceSettings.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include <QString>

#include <memory>
#include <span>

namespace mwb {

struct Migration;

struct NewWorkspaceOptions
{
    QString region;   // empty: defaultRegion()
    QString currency; // empty: defaultCurrency()
};

class Workspace
{
public:
    struct Opened
    {
        std::unique_ptr<Workspace> workspace;
        StoreError error;
    };

    enum class Access {
        ReadWrite,
        ReadOnly
    };

    // Creates a new, empty workspace; refuses to touch an existing file.
    static Opened create(const QString &path, const NewWorkspaceOptions &options = {});
    // Opens an existing workspace, migrating it if it is older than this build.
    static Opened open(const QString &path, Access access = Access::ReadWrite);
    // For tests and tools: the same, with another list of migrations.
    static Opened open(const QString &path, Access access, std::span<const Migration> migrations);
    static Opened create(const QString &path, const NewWorkspaceOptions &options,
                         std::span<const Migration> migrations);

    // Process-wide SQLite settings; call once at start, before any connection opens.
    // SQLite then keeps no memory statistics, which would take a global mutex around every
    // allocation of every connection.
    static void configureSqlite();

    // A connection for a worker thread, with the workspace pragmas applied.
    // Throws SQLite::Exception when the file cannot be opened.
    static std::unique_ptr<SQLite::Database> openConnection(const QString &path, Access access);

    // What an SQLite error met while working on the workspace at `path` means for the
    // user: a damaged file (and the way out), another program's write holding the lock
    // (named, after `waitedSeconds`), a full disk, a read-only file, or the error itself.
    static StoreError failure(const QString &path, const SQLite::Exception &e, int waitedSeconds = 5);

    // Why the workspace at `path` cannot be changed (a read-only file, folder or disk), or
    // empty. A workspace that cannot be changed is opened read-only.
    static QString writeProblem(const QString &path);

    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    QString path() const { return m_path; }
    // The file name without folder and suffix, as shown in titles.
    QString displayName() const;
    int schemaVersion() const { return m_schemaVersion; }
    SQLite::Database &db() { return *m_db; }
    // Opened for reading only (asked so, or the file cannot be changed).
    bool readOnly() const { return m_readOnly; }

    QString setting(WorkspaceSetting setting) const;
    void setSetting(WorkspaceSetting setting, const QString &value);
    QString region() const { return setting(WorkspaceSetting::Region); }
    QString currency() const { return setting(WorkspaceSetting::Currency); }

    // Path of the copy taken before migrating from `fromVersion`.
    static QString backupPath(const QString &path, int fromVersion);

private:
    Workspace(const QString &path, std::unique_ptr<SQLite::Database> db, int schemaVersion);

    QString m_path;
    std::unique_ptr<SQLite::Database> m_db;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
};

} // namespace mwb
