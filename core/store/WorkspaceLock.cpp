#include "WorkspaceLock.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace mwb {

WorkspaceLock::WorkspaceLock(const QString &path)
    : m_file(lockPath(path))
{
    m_file.setStaleLockTime(0); // stale only when its process is gone, however old
}

WorkspaceLock::~WorkspaceLock() = default; // QLockFile removes the file

std::unique_ptr<WorkspaceLock> WorkspaceLock::acquire(const QString &path, StoreError *error)
{
    std::unique_ptr<WorkspaceLock> lock(new WorkspaceLock(path));
    if (lock->m_file.tryLock(0))
        return lock;
    switch (lock->m_file.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->m_file.getLockInfo(&pid, &host, &application);
        if (error) {
            *error = StoreError::make(
                StoreError::Code::InUse,
                u"%1 is open in another Marketing Workbench window (process %2 on %3). Close it there "
                "first: two windows working on one workspace would each miss the other's changes."_s
                    .arg(QFileInfo(path).fileName())
                    .arg(pid)
                    .arg(host.isEmpty() ? u"this computer"_s : host));
        }
        return nullptr;
    }
    case QLockFile::PermissionError: // a read-only folder: nothing can be written there anyway
    case QLockFile::UnknownError:
    case QLockFile::NoError:
        break;
    }
    return lock;
}

} // namespace mwb
