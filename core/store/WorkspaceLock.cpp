#include "WorkspaceLock.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::WorkspaceLock" once the GUI has installed
// a translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::WorkspaceLock)
};

} // namespace

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
                Text::tr("%1 is open in another Marketing Workbench window (process %2 on %3). Close it there "
                         "first: two windows working on one workspace would each miss the other's changes.")
                    .arg(QFileInfo(path).fileName())
                    .arg(pid)
                    .arg(host.isEmpty() ? Text::tr("this computer") : host));
        }
        return nullptr;
    }
    case QLockFile::PermissionError: // a read-only folder: nothing can be written there anyway
    case QLockFile::UnknownError:
    case QLockFile::NoError: break;
    }
    return lock;
}

} // namespace mwb
