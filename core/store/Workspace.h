// Workspace: one SQLite file holding everything an analyst imported and built.
// Owns the read-write connection of the thread that opened it; worker threads open
// their own connections with openConnection(). Opening checks that the file is ours,
// refuses newer schemas and migrates older ones after a backup copy.
#pragma once

#include "StoreError.h"
#include "WorkspaceSettings.h"

#include <SQLiteCpp/Database.h>

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

    enum class Access { ReadWrite, ReadOnly };

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

    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    QString path() const { return m_path; }
    // The file name without folder and suffix, as shown in titles.
    QString displayName() const;
    int schemaVersion() const { return m_schemaVersion; }
    SQLite::Database &db() { return *m_db; }

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
};

} // namespace mwb
