// WorkspaceSession: the workspace the window shows. Opens and creates workspaces through
// core, keeps the current one open, and loads its overview figures on a worker thread
// (own read-only connection) so the window paints at once even on a million customers.
// A failed open leaves the current workspace as it was.
#pragma once

#include "analytics/WorkspaceStats.h"
#include "import/ImportHistory.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

#include <QObject>

#include <functional>
#include <memory>

namespace mwb::ui {

class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    StoreError open(const QString &path);
    StoreError create(const QString &path, const NewWorkspaceOptions &options = {});
    void close();

    bool isOpen() const { return m_workspace != nullptr; }
    QString path() const;
    QString displayName() const;
    QString currency() const;

    // The figures of the last completed load; loaded() is false until the first one lands.
    bool loaded() const { return m_loaded; }
    const OverviewKpis &overview() const { return m_overview; }

    // Reloads the figures in the background; overviewChanged() follows.
    void refresh();

    // The imports of this workspace, newest first (a small table: read directly).
    QList<ImportRecord> imports() const;
    // Undoes an import on a worker thread; `done` gets the outcome on this thread, and the
    // figures are reloaded.
    void undoImport(qint64 importId, std::function<void(const UndoResult &)> done);

Q_SIGNALS:
    void opened();
    void closed();
    void overviewChanged();
    void loadFailed(const QString &message);

private:
    void adopt(std::unique_ptr<Workspace> workspace);

    std::unique_ptr<Workspace> m_workspace;
    OverviewKpis m_overview;
    bool m_loaded = false;
    quint64 m_generation = 0; // answers for an older generation are stale and dropped
};

} // namespace mwb::ui
