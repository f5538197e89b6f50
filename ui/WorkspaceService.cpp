#include "WorkspaceService.h"

#include "WorkspaceFailure.h"
#include "store/Workspace.h"

#include <QDir>

namespace mwb::ui {

WorkspaceService::WorkspaceService(QObject *parent)
    : QObject(parent)
{
}

WorkspaceService::~WorkspaceService() = default;

void WorkspaceService::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    ++m_workspaceGeneration;
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
