#include "WorkspaceService.h"

#include "WorkspaceFailure.h"
#include "store/Workspace.h"

#include <QDir>
#include <QWidget>

namespace mwb::ui {

WorkspaceService::WorkspaceService(QObject *parent)
    : QObject(parent)
{
}

WorkspaceService::~WorkspaceService()
{
    stopAll();
}

void WorkspaceService::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    ++m_workspaceGeneration;
    stopAll();
}

WorkspaceService::StopFlag WorkspaceService::stopFlag(quint64 *liveGeneration)
{
    auto flag = std::make_shared<std::atomic_bool>(false);
    std::erase_if(m_stopFlags, [](const std::weak_ptr<std::atomic_bool> &f) { return f.expired(); });
    m_stopFlags.push_back(flag);
    if (liveGeneration) {
        std::weak_ptr<std::atomic_bool> &latest = m_latest[liveGeneration];
        if (const StopFlag previous = latest.lock())
            previous->store(true);
        latest = flag;
    }
    return flag;
}

QMetaObject::Connection WorkspaceService::stopWith(QObject *context, const StopFlag &flag)
{
    if (!flag || !context || context == this)
        return {};
    return connect(context, &QObject::destroyed, this, [weak = std::weak_ptr<std::atomic_bool>(flag)] {
        if (const StopFlag f = weak.lock())
            f->store(true);
    });
}

bool WorkspaceService::unseen(QObject *context)
{
    const auto *widget = qobject_cast<const QWidget *>(context);
    return widget && !widget->isVisible();
}

void WorkspaceService::stopAll()
{
    for (const std::weak_ptr<std::atomic_bool> &weak : m_stopFlags) {
        if (const StopFlag flag = weak.lock())
            flag->store(true);
    }
    m_stopFlags.clear();
}

QString WorkspaceService::path() const
{
    return m_workspace ? m_workspace->path() : QString();
}

QString WorkspaceService::currency() const
{
    return m_workspace ? m_workspace->currency() : QString();
}

QString WorkspaceService::readOnlyReason() const
{
    if (!m_workspace || !m_workspace->readOnly())
        return {};
    const QString problem = Workspace::writeProblem(m_workspace->path());
    return problem.isEmpty() ? tr("it was opened for reading only") : problem;
}

QString WorkspaceService::refusal() const
{
    const QString reason = readOnlyReason();
    if (reason.isEmpty())
        return {};
    return tr("%1 cannot be changed: %2.").arg(QDir::toNativeSeparators(m_workspace->path()), reason);
}

QString WorkspaceService::failure(const QString &path, const std::exception &e)
{
    return workspaceFailure(path, e);
}

std::unique_ptr<SQLite::Database> WorkspaceService::writeConnection(const QString &path)
{
    return Workspace::openConnection(path, Workspace::Access::ReadWrite);
}

QString WorkspaceService::noWorkspace()
{
    return tr("No workspace is open.");
}

} // namespace mwb::ui
