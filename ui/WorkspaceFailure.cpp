#include "WorkspaceFailure.h"

#include "store/Workspace.h"

namespace mwb::ui {

QString workspaceFailure(const QString &workspacePath, const std::exception &e)
{
    if (const auto *sqlite = dynamic_cast<const SQLite::Exception *>(&e))
        return Workspace::failure(workspacePath, *sqlite).message;
    return QString::fromUtf8(e.what());
}

} // namespace mwb::ui
