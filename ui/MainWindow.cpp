#include "MainWindow.h"

#include "EditActions.h"

#include "dialogs/PreferencesDialog.h"

#include "DisplayFormat.h"
#include "UiSettings.h"
#include "WorkspaceSession.h"
#include "customers/CustomerService.h"
#include "dialogs/FileDialog.h"
#include "dialogs/GuideDialog.h"
#include "dialogs/MessageBox.h"
#include "dialogs/NewWorkspaceDialog.h"
#include "import/ImportWizard.h"
#include "pages/CampaignsPage.h"
#include "pages/CohortsPage.h"
#include "pages/ProductsPage.h"
#include "pages/ProgrammesPage.h"
#include "pages/CustomerValuePage.h"
#include "pages/CustomersPage.h"
#include "pages/ImportsPage.h"
#include "pages/JourneysPage.h"
#include "pages/LifecyclePage.h"
#include "pages/MembersPage.h"
#include "pages/OverviewPage.h"
#include "pages/SegmentsPage.h"
#include "pages/StartPanel.h"
#include "pages/WelcomePage.h"

#include "demo/DemoGenerator.h"
#include "maintenance/WorkspaceRecovery.h"
#include "vocabulary/Figures.h"
#include "jobs/AsyncTask.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QString workspaceFilter()
{
    return MainWindow::tr("Marketing Workbench workspaces (*.mwb);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new WorkspaceSession(this))
{
    setWindowIcon(QIcon(u":/icons/marketing-workbench.svg"_s));
    setMinimumSize(900, 600);
    setAcceptDrops(true);
    createActions();
    createMenus();
    createPages();

    m_statusName = new QLabel(this);
    m_statusCounts = new QLabel(this);
    m_statusName->setObjectName(u"statusWorkspace"_s);
    m_statusCounts->setObjectName(u"statusCounts"_s);
    statusBar()->addWidget(m_statusName);
    statusBar()->addPermanentWidget(m_statusCounts);

    connect(m_session, &WorkspaceSession::opened, this, &MainWindow::updateState);
    connect(m_session, &WorkspaceSession::closed, this, &MainWindow::updateState);
    connect(m_session, &WorkspaceSession::overviewChanged, this, &MainWindow::updateStatus);
    connect(m_session, &WorkspaceSession::loadFailed, this, [this](const QString &message) {
        m_statusCounts->setText(tr("Figures unavailable"));
        m_statusCounts->setToolTip(message);
    });
    connect(m_session, &WorkspaceSession::damaged, this, &MainWindow::showDamaged);
    connect(m_session, &WorkspaceSession::pendingExportsFinished, this, [this](const QStringList &notes) {
        MessageBox::information(this, tr("Campaign lists"), notes.join(u"\n\n"_s));
    });
    // The profile that forgot a customer closes at once: the notice stays here.
    connect(m_session->customers(), &CustomerService::customerForgotten, this, [this](qint64 customerId) {
        statusBar()->showMessage(
            tr("Customer %1 was forgotten: everything that identified them was removed.").arg(customerId), 10000);
    });

    const QByteArray geometry = UiSettings::value(UiSetting::MainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    restoreState(UiSettings::value(UiSetting::MainWindowState).toByteArray());
    updateState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_edit = new EditActions(this, [this]() -> QUndoStack * {
        WorkbenchPage *page = m_session->isOpen() ? currentPage() : nullptr;
        return page ? page->undoHistory() : nullptr;
    });
    m_newAction = new QAction(tr("&New Workspace…"), this);
    m_newAction->setObjectName(u"actionNew"_s);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);

    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setObjectName(u"actionOpen"_s);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);

    m_demoAction = new QAction(tr("Open the &Demo Workspace"), this);
    m_demoAction->setObjectName(u"actionOpenDemo"_s);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemoWorkspace);

    m_importAction = new QAction(tr("&Import File…"), this);
    m_importAction->setObjectName(u"actionImport"_s);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, [this] { importFile(); });

    m_recoverAction = new QAction(tr("&Recover Workspace…"), this);
    m_recoverAction->setObjectName(u"actionRecover"_s);
    m_recoverAction->setStatusTip(tr("Save what a damaged workspace still holds into a new one"));
    connect(m_recoverAction, &QAction::triggered, this, [this] { recoverWorkspace(); });

    m_closeAction = new QAction(tr("&Close"), this);
    m_closeAction->setObjectName(u"actionClose"_s);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeWorkspace);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(u"actionQuit"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(u"actionPreferences"_s);
    // The platform's own where it has one (⌘, on macOS), and Ctrl+, everywhere: Windows and
    // most Linux desktops define none.
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferencesKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferencesKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setShortcuts(preferencesKeys);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::preferences);

    m_guideAction = new QAction(tr("&User Guide"), this);
    m_guideAction->setObjectName(u"actionGuide"_s);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this, &MainWindow::openGuide);

    m_aboutAction = new QAction(tr("&About Marketing Workbench"), this);
    m_aboutAction->setObjectName(u"actionAbout"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addAction(m_demoAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(m_recoverAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_edit->undo());
    edit->addAction(m_edit->redo());
    edit->addSeparator();
    edit->addAction(m_edit->copy());
    edit->addAction(m_edit->selectAll());
    edit->addSeparator();
    edit->addAction(m_preferencesAction);
    connect(edit, &QMenu::aboutToShow, m_edit, &EditActions::update);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_guideAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    rebuildRecentMenu();
}

void MainWindow::createPages()
{
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFixedWidth(190);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_sidebar->setStyleSheet(u"QListWidget { background: palette(window); padding-top: 8px; outline: 0; }"
                             "QListWidget::item { padding: 8px 10px; border-radius: 6px; color: palette(text); }"
                             "QListWidget::item:selected { background: #dbe7fb; color: #123a75; }"
                             "QListWidget::item:hover:!selected { background: palette(midlight); }"_s);

    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_demoAction, m_openAction, m_newAction, this);
    m_stack->addWidget(m_welcome);

    auto *overview = new OverviewPage(m_session, this);
    addPage(overview);
    // An empty workspace's start panel leads to the three ways to begin.
    connect(overview->startPanel(), &StartPanel::importRequested, this, [this] { importFile(); });
    connect(overview->startPanel(), &StartPanel::demoRequested, this, &MainWindow::openDemoWorkspace);
    connect(overview->startPanel(), &StartPanel::guideRequested, this, &MainWindow::openGuide);
    addPage(new CustomersPage(m_session, this));
    addPage(new LifecyclePage(m_session, this));
    addPage(new JourneysPage(m_session, this));
    addPage(new SegmentsPage(m_session, this));
    addPage(new CampaignsPage(m_session, this));
    addPage(new ProductsPage(m_session, this));
    auto *programmes = new ProgrammesPage(m_session, this);
    addPage(programmes);
    // What is due is said on opening, whichever page is shown.
    connect(programmes, &ProgrammesPage::dueOnOpening, this, [this](qint64 days) {
        if (days > 0)
            statusBar()->showMessage(
                tr("%n programme day(s) due: Programmes › Run due programmes.", nullptr, static_cast<int>(days)),
                15000);
    });
    addPage(new CohortsPage(m_session, this));
    addPage(new CustomerValuePage(m_session, this));
    addPage(new MembersPage(m_session, this));
    addPage(new ImportsPage(m_session, m_importAction, this));

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages.size() && m_session->isOpen())
            m_stack->setCurrentWidget(m_pages.at(row));
        m_edit->update();
    });

    // Over every page while the workspace cannot be changed.
    m_readOnlyBanner = new QLabel(this);
    m_readOnlyBanner->setObjectName(u"readOnlyBanner"_s);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setContentsMargins(12, 8, 12, 8);
    m_readOnlyBanner->setStyleSheet(
        u"QLabel { background: #fff4ce; color: #5c4400; border-bottom: 1px solid #e8d48a; }"_s);
    m_readOnlyBanner->hide();

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_readOnlyBanner);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);
}

void MainWindow::addPage(WorkbenchPage *page)
{
    const int index = static_cast<int>(m_pages.size());
    m_pages.append(page);
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_sidebar);
    item->setData(Qt::UserRole, page->pageId());
    // Ctrl+1 … Ctrl+9 switch to the first nine pages, Ctrl+0 to the tenth.
    if (index > 9)
        return;
    auto *shortcut = new QAction(page->title(), this);
    shortcut->setShortcut(QKeySequence(Qt::CTRL | (index == 9 ? Qt::Key_0 : static_cast<Qt::Key>(Qt::Key_1 + index))));
    connect(shortcut, &QAction::triggered, this, [this, index] { m_sidebar->setCurrentRow(index); });
    addAction(shortcut);
}

void MainWindow::showPage(const QString &pageId)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->pageId() == pageId)
            m_sidebar->setCurrentRow(i);
    }
}

WorkbenchPage *MainWindow::currentPage() const
{
    return qobject_cast<WorkbenchPage *>(m_stack->currentWidget());
}

void MainWindow::updateState()
{
    const bool open = m_session->isOpen();
    m_sidebar->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_importAction->setEnabled(open && !m_session->readOnly());
    m_damageShown = false;
    m_readOnlyBanner->setVisible(m_session->readOnly());
    if (m_session->readOnly()) {
        m_readOnlyBanner->setText(
            tr("<b>Read only:</b> %1 cannot be changed (%2). Every page shows its figures; "
               "importing, saving and editing are switched off. Copy it somewhere you may write "
               "to change it.")
                .arg(m_session->displayName().toHtmlEscaped(), m_session->readOnlyReason().toHtmlEscaped()));
    }
    if (open) {
        if (m_sidebar->currentRow() < 0)
            m_sidebar->setCurrentRow(0);
        m_stack->setCurrentWidget(m_pages.value(m_sidebar->currentRow(), m_pages.constFirst()));
        setWindowTitle(tr("%1 — Marketing Workbench").arg(m_session->displayName()));
        setWindowFilePath(m_session->path());
    } else {
        m_stack->setCurrentWidget(m_welcome);
        setWindowTitle(tr("Marketing Workbench"));
        setWindowFilePath(QString());
    }
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_session->isOpen()) {
        m_statusName->setText(tr("No workspace open"));
        m_statusCounts->clear();
        return;
    }
    m_statusName->setText(m_session->displayName());
    m_statusName->setToolTip(QDir::toNativeSeparators(m_session->path()));
    if (!m_session->loaded()) {
        m_statusCounts->setText(tr("Loading…"));
        return;
    }
    const WorkspaceTotals &t = m_session->overview().totals;
    m_statusCounts->setText(QStringList{tr("%Ln customers", nullptr, static_cast<int>(t.customers)),
                                        tr("%Ln orders", nullptr, static_cast<int>(t.orders)),
                                        tr("%Ln touchpoints", nullptr, static_cast<int>(t.events)),
                                        tr("%Ln campaigns", nullptr, static_cast<int>(t.campaigns))}
                                .join(u" · "_s));
    m_statusCounts->setToolTip(tr("Orders: %1").arg(Figures::tooltip(Figure::Orders)));
}

bool MainWindow::openWorkspace(const QString &path)
{
    const StoreError error = m_session->open(path);
    if (!error.ok()) {
        if (error.code == StoreError::Code::NotFound)
            UiSettings::noteRecentWorkspace(path, true);
        MessageBox::critical(this, tr("Cannot open workspace"), error.message);
        return false;
    }
    UiSettings::noteRecentWorkspace(path);
    return true;
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Open Workspace"), UiSettings::value(UiSetting::LastDirectory).toString(), workspaceFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::newWorkspace()
{
    QString path = FileDialog::getSaveFileName(
        this, tr("New Workspace"), UiSettings::value(UiSetting::LastDirectory).toString(), workspaceFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".mwb"_s;
    const auto choice = NewWorkspaceDialog::ask(this, QFileInfo(path).fileName(),
                                                UiSettings::value(UiSetting::NewWorkspaceRegion).toString(),
                                                UiSettings::value(UiSetting::NewWorkspaceCurrency).toString());
    if (!choice)
        return;
    const StoreError error = m_session->create(path, {choice->region, choice->currency});
    if (!error.ok()) {
        MessageBox::critical(this, tr("Cannot create workspace"), error.message);
        return;
    }
    UiSettings::noteRecentWorkspace(path);
}

QString MainWindow::demoWorkspacePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(u"demo.mwb"_s);
}

void MainWindow::openDemoWorkspace()
{
    const QString path = demoWorkspacePath();
    if (QFileInfo::exists(path)) {
        Q_EMIT demoReady(openWorkspace(path));
        return;
    }
    if (m_creatingDemo)
        return;
    m_creatingDemo = true;
    m_demoAction->setEnabled(false);
    QDir().mkpath(QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Creating the demo workspace…"));
    runAsync(
        this, [path] { return DemoGenerator::create(path, DemoOptions{}); },
        [this, path](const DemoResult &result) {
            m_creatingDemo = false;
            m_demoAction->setEnabled(true);
            statusBar()->clearMessage();
            if (!result.error.ok()) {
                MessageBox::critical(this, tr("Cannot create the demo workspace"), result.error.message);
                Q_EMIT demoReady(false);
                return;
            }
            Q_EMIT demoReady(openWorkspace(path));
        });
}

void MainWindow::showDamaged(const QString &reason)
{
    if (m_damageShown)
        return;
    m_damageShown = true;
    const auto answer = MessageBox::question(
        this, tr("The workspace is damaged"),
        tr("Part of %1 cannot be read: the file is damaged (%2). Nothing was changed.\n\nRecover now? What can "
           "still be read is saved into a new workspace, and this one is left as it is. (A backup copy, if you "
           "keep one, holds everything up to the day it was made.)")
            .arg(m_session->displayName() + u".mwb"_s, reason),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        recoverWorkspace(m_session->path());
}

void MainWindow::recoverWorkspace(const QString &damaged)
{
    if (m_recovering)
        return;
    QString from = damaged;
    if (from.isEmpty()) {
        from = FileDialog::getOpenFileName(this, tr("Recover Workspace: the damaged workspace"),
                                           UiSettings::value(UiSetting::LastDirectory).toString(), workspaceFilter());
        if (from.isEmpty())
            return;
    }
    const QFileInfo info(from);
    QString to = FileDialog::getSaveFileName(this, tr("Recover Workspace: the new workspace"),
                                             info.dir().filePath(tr("%1 (recovered).mwb").arg(info.completeBaseName())),
                                             workspaceFilter());
    if (to.isEmpty())
        return;
    if (QFileInfo(to).suffix().isEmpty())
        to += u".mwb"_s;
    if (QFileInfo::exists(to)) {
        // The save dialog asked to replace it; a recovery never writes over a file.
        MessageBox::critical(this, tr("Recover Workspace"),
                             tr("%1 already exists; the recovered workspace is written to a new file.")
                                 .arg(QDir::toNativeSeparators(to)));
        return;
    }
    m_recovering = true;
    m_recoverAction->setEnabled(false);
    statusBar()->showMessage(tr("Recovering %1…").arg(info.fileName()));
    runAsync(
        this, [from, to] { return WorkspaceRecovery::run(from, to); },
        [this, to](const RecoveryReport &report) {
            m_recovering = false;
            m_recoverAction->setEnabled(true);
            statusBar()->clearMessage();
            if (!report.ok()) {
                MessageBox::critical(this, tr("Recover Workspace"), report.error);
                return;
            }
            QStringList lines;
            for (const RecoveredTable &t : report.tables) {
                if (t.copied == 0 && t.unreadable == 0 && t.leftOut == 0)
                    continue;
                QString line = tr("%1: %2 rows").arg(t.table, DisplayFormat::count(t.copied));
                if (t.unreadable > 0)
                    line += tr(", %n damaged stretch(es) skipped", nullptr, static_cast<int>(t.unreadable));
                if (t.leftOut > 0)
                    line += tr(", %1 left out (they referred to lost rows)").arg(DisplayFormat::count(t.leftOut));
                lines << line;
            }
            const auto answer = MessageBox::question(this, tr("Recover Workspace"),
                                                     tr("Saved into %1:\n\n%2\n\nOpen the recovered workspace?")
                                                         .arg(QDir::toNativeSeparators(to), lines.join(u'\n')),
                                                     QMessageBox::Open | QMessageBox::Close, QMessageBox::Open);
            if (answer == QMessageBox::Open)
                openWorkspace(to);
        });
}

void MainWindow::importFile(const QString &file)
{
    if (!m_session->isOpen() || m_session->readOnly())
        return;
    auto *wizard = new ImportWizard(m_session->path(), file, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, m_session,
            [session = m_session, wizard] { session->importLanded(wizard->request.kind); });
    wizard->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (m_session->isOpen() && urls.size() == 1 && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile()) {
        event->acceptProposedAction();
        importFile(urls.constFirst().toLocalFile());
    }
}

void MainWindow::closeWorkspace()
{
    m_session->close();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = UiSettings::recentWorkspaces();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).completeBaseName());
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("Clear List")), &QAction::triggered, this,
                [] { UiSettings::setValue(UiSetting::RecentWorkspaces, QStringList()); });
    }
}

void MainWindow::preferences()
{
    PreferencesDialog dialog(m_session, this);
    connect(&dialog, &PreferencesDialog::lifecycleRulesRequested, this, [this] {
        showPage(u"lifecycle"_s);
        if (auto *lifecycle = qobject_cast<LifecyclePage *>(currentPage()))
            QMetaObject::invokeMethod(lifecycle, &LifecyclePage::openRulesDialog, Qt::QueuedConnection);
    });
    dialog.exec();
}

void MainWindow::openGuide()
{
    auto *guide = findChild<GuideDialog *>();
    if (!guide) {
        guide = new GuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
}

void MainWindow::about()
{
    MessageBox::information(this, tr("About Marketing Workbench"),
                            tr("Marketing Workbench %1\n\nCustomer journeys, the 5A lifecycle, segments and "
                               "closed-loop campaigns for marketing and CRM analysts.")
                                .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    UiSettings::setValue(UiSetting::MainWindowGeometry, saveGeometry());
    UiSettings::setValue(UiSetting::MainWindowState, saveState());
    m_session->close();
    event->accept();
}

} // namespace mwb::ui
