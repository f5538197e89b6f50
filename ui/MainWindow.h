// MainWindow: hosts the pages (sidebar + stack), the File menu with recent workspaces,
// and the status bar. It knows no feature: pages read the WorkspaceSession themselves.
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace mwb::ui {

class EditActions;

class OverviewPage;
class WelcomePage;
class WorkbenchPage;
class WorkspaceSession;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`, or tells the user why not and keeps what was open. True on success.
    bool openWorkspace(const QString &path);
    // Opens the import wizard on the current workspace (with `file` chosen, if given).
    void importFile(const QString &file = {});
    // Opens the demo workspace in the user's data folder, creating it first if needed.
    void openDemoWorkspace();
    // Saves what a damaged workspace still holds into a new one (asked for), on a worker
    // thread, and offers to open it. `damaged` empty: asked for too.
    void recoverWorkspace(const QString &damaged = {});
    static QString demoWorkspacePath();

    WorkspaceSession *session() const { return m_session; }
    QList<WorkbenchPage *> pages() const { return m_pages; }
    void showPage(const QString &pageId);
    WorkbenchPage *currentPage() const;
    QMenu *recentMenu() const { return m_recentMenu; }
    EditActions *editActions() const { return m_edit; }

Q_SIGNALS:
    // The demo workspace was written and opened (or failed: `ok` false).
    void demoReady(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createPages();
    void addPage(WorkbenchPage *page);
    void updateState();
    void updateStatus();
    void rebuildRecentMenu();

    void showDamaged(const QString &message);
    void newWorkspace();
    void openWorkspaceDialog();
    void closeWorkspace();
    void preferences();
    void about();
    void openGuide();

    WorkspaceSession *m_session;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QList<WorkbenchPage *> m_pages;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_recoverAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    EditActions *m_edit = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_guideAction = nullptr;
    QMenu *m_recentMenu = nullptr;

    QLabel *m_readOnlyBanner = nullptr;
    QLabel *m_statusName = nullptr;
    QLabel *m_statusCounts = nullptr;
    bool m_creatingDemo = false;
    bool m_recovering = false;
    bool m_damageShown = false; // told once per opening
};

} // namespace mwb::ui
