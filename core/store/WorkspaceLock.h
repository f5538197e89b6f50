// WorkspaceLock: one window per workspace. The desktop application takes the lock of a
// workspace while it has it open (a lock file beside it, "<file>.lock", holding the
// process id and host name); a second instance that opens the same file is told where
// it is open instead of working on it alongside. The lock of a process that died is
// stale and taken over. The command-line tool takes no lock: SQLite keeps its writes
// safe beside an open window.
#pragma once

#include "StoreError.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace mwb {

class WorkspaceLock
{
public:
    // The lock of the workspace at `path`, or null with `error` saying who holds it.
    // A folder where no lock file can be written (read-only) gives a lock that holds
    // nothing rather than refusing the workspace.
    static std::unique_ptr<WorkspaceLock> acquire(const QString &path, StoreError *error);

    ~WorkspaceLock();
    WorkspaceLock(const WorkspaceLock &) = delete;
    WorkspaceLock &operator=(const WorkspaceLock &) = delete;

    static QString lockPath(const QString &workspacePath) { return workspacePath + QStringLiteral(".lock"); }

private:
    explicit WorkspaceLock(const QString &path);
    QLockFile m_file;
};

} // namespace mwb
