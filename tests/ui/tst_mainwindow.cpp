// The main window driven as a user would, offscreen: opening, creating and closing
// workspaces, refusing files that are not workspaces, recent workspaces, remembered
// geometry, KPI cards that agree with `mwb stats`, and on every page (and every tab of it)
// and in a customer's profile each control a screen reader reaches has a name.
#include "SegmentEdits.h"
#include "MainWindow.h"
#include "UiSettings.h"
#include "WorkspaceSession.h"
#include "segments/SegmentService.h"
#include "DisplayFormat.h"
#include "charts/KpiTrendChart.h"
#include "customers/CustomerProfileDialog.h"
#include "dialogs/FileDialog.h"
#include "dialogs/GuideDialog.h"
#include "pages/StartPanel.h"
#include "dialogs/MessageBox.h"
#include "dialogs/NewWorkspaceDialog.h"
#include "pages/CohortsPage.h"
#include "pages/OverviewPage.h"
#include "pages/SegmentsPage.h"
#include "segments/SegmentBuilder.h"
#include "segments/SegmentEditor.h"
#include "segments/SegmentTree.h"
#include "pages/WorkbenchPage.h"
#include "widgets/KpiCard.h"

#include "demo/DemoGenerator.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Database.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QClipboard>
#include <QTableView>
#include <QUndoStack>
#include <QComboBox>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLineEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QPushButton>
#include <QWizard>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSysInfo>
#include <QtTest>

#include <cmath>

#ifdef Q_OS_LINUX
#include <sys/mount.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace mwb;
using namespace mwb::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void welcomeWhenNothingIsOpen();
    void kpiCardsAgreeWithCliStats();
    void refusesAFileThatIsNotAWorkspace();
    void refusesANewerWorkspace();
    void secondWindowIsToldWhereTheWorkspaceIsOpen();
    void newWorkspaceIsCreatedAndOpened();
    void closeReturnsToWelcome();
    void recentWorkspacesReopen();
    void geometryIsRemembered();
    void demoIsCreatedInTheDataFolder();
    void analyticsPagesFollowCampaigns();
    void readOnlyWorkspaceIsReadWithNoEdits();
    void damagedWorkspaceIsNamedAndRecovered();
    void everyControlHasAName();
    void editMenuCopiesABlockAndUndoes();

private:
    static QAction *action(MainWindow &window, const char *name);
    static OverviewPage *overview(MainWindow &window);
    static bool openAndLoad(MainWindow &window, const QString &path);

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"MarketingWorkbenchTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo-small.mwb"_s);
    DemoOptions options;
    options.customers = 1500;
    const DemoResult result = DemoGenerator::create(m_demo, options);
    QVERIFY2(result.error.ok(), qPrintable(result.error.message));
}

namespace {

// A part of another control, named by it: a combo or spin box's editor, a view's header or
// corner button, a tab bar's scroll buttons.
bool partOfAnotherControl(const QWidget *widget)
{
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QTabBar *>(p))
            return true;
        if (p->isWindow())
            break;
    }
    return qobject_cast<const QHeaderView *>(widget) || widget->inherits("QTableCornerButton");
}

QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        if (!w->objectName().isEmpty())
            path.prepend(w->objectName());
    }
    return u"%1 %2%3"_s.arg(QString::fromLatin1(widget->metaObject()->className()), path.join(u'/'),
                            widget->toolTip().isEmpty() ? QString() : u" (tip: %1)"_s.arg(widget->toolTip()));
}

// The visible, enabled controls under `root` without a name a screen reader can say: their
// accessible name, else the text or label they are known by (a button's text, a QLabel
// buddy, the title of the QGroupBox they sit in).
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || !w->isEnabled() || partOfAnotherControl(w))
            continue;
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QGraphicsView *>(w);
        if (!control)
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
        const QString name = accessible ? accessible->text(QAccessible::Name) : w->accessibleName();
        if (name.trimmed().isEmpty())
            unnamed << describe(w);
    }
    return unnamed;
}

} // namespace

void TestMainWindow::init()
{
    QSettings().clear();
}

QAction *TestMainWindow::action(MainWindow &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}

OverviewPage *TestMainWindow::overview(MainWindow &window)
{
    return window.findChild<OverviewPage *>();
}

bool TestMainWindow::openAndLoad(MainWindow &window, const QString &path)
{
    if (!window.openWorkspace(path))
        return false;
    return QTest::qWaitFor([&] { return window.session()->loaded(); }, 10000);
}

void TestMainWindow::welcomeWhenNothingIsOpen()
{
    MainWindow window;
    window.show();
    QVERIFY(!window.session()->isOpen());
    QCOMPARE(window.currentPage(), nullptr);
    QVERIFY(!window.findChild<QListWidget *>(u"sidebar"_s)->isEnabled());
    QVERIFY(!action(window, "actionClose")->isEnabled());
    QCOMPARE(window.findChild<QLabel *>(u"statusWorkspace"_s)->text(), u"No workspace open"_s);
}

void TestMainWindow::kpiCardsAgreeWithCliStats()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndLoad(window, m_demo));
    QCOMPARE(window.currentPage()->pageId(), u"overview"_s);

    QProcess cli;
    cli.start(QStringLiteral(MWB_CLI_PATH), {u"stats"_s, m_demo, u"--json"_s});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject stats = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QVERIFY(!stats.isEmpty());

    OverviewPage *page = overview(window);
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->isReady(), 20000);
    // The all-time totals line says what `mwb stats` says.
    const QString totals = page->totalsLabel()->text();
    QVERIFY2(totals.contains(QLocale().toString(stats.value(u"customers"_s).toInteger())), qPrintable(totals));
    QVERIFY2(totals.contains(QLocale().toString(stats.value(u"orders"_s).toInteger())), qPrintable(totals));
    QVERIFY2(totals.contains(DisplayFormat::money(std::llround(stats.value(u"revenue"_s).toDouble() * 100),
                                                  window.session()->currency())),
             qPrintable(totals));
    // The dashboard's month is the one of the last day with data; by its end every customer is known.
    const QDate last = QDate::fromString(stats.value(u"last_date"_s).toString(), Qt::ISODate);
    QCOMPARE(page->dashboard().current.from, QDate(last.year(), last.month(), 1));
    QCOMPARE(page->customersCard()->value(), stats.value(u"customers"_s).toInteger());
    QVERIFY(page->customersCard()->value() == 1500);
    QCOMPARE(page->customersCard()->valueText(), QLocale().toString(qint64(1500)));

    // One point a month from the first month with orders (at most 36 back) to the last.
    const QDate first = QDate::fromString(stats.value(u"first_date"_s).toString(), Qt::ISODate);
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    QVERIFY2(std::abs(page->trendChart()->pointCount() - std::min(months, 36)) <= 1,
             qPrintable(QString::number(page->trendChart()->pointCount())));

    const QString counts = window.findChild<QLabel *>(u"statusCounts"_s)->text();
    QVERIFY2(counts.contains(QLocale().toString(stats.value(u"orders"_s).toInteger())), qPrintable(counts));
    QVERIFY(window.windowTitle().startsWith(u"demo-small"_s));
}

void TestMainWindow::refusesAFileThatIsNotAWorkspace()
{
    const QString text = m_dir.filePath(u"notes.mwb"_s);
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("customer_id,email\n1,a@example.com\n");
    file.close();

    MainWindow window;
    window.show();
    QVERIFY(openAndLoad(window, m_demo));

    FileDialog::setNextFileName(text);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(window, "actionOpen")->trigger();

    QVERIFY2(MessageBox::lastText().contains(u"notes.mwb"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(u"not a Marketing Workbench workspace"_s));
    QCOMPARE(window.session()->path(), m_demo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("customer_id,email\n1,a@example.com\n"));
}

void TestMainWindow::refusesANewerWorkspace()
{
    const QString newer = m_dir.filePath(u"from-the-future.mwb"_s);
    QVERIFY(Workspace::create(newer).workspace);
    {
        SQLite::Database db(newer.toStdString(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = 99");
    }
    MainWindow window;
    window.show();
    QVERIFY(openAndLoad(window, m_demo));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.openWorkspace(newer));
    QVERIFY2(MessageBox::lastText().contains(u"newer"_s), qPrintable(MessageBox::lastText()));
    QCOMPARE(window.session()->path(), m_demo);
    SQLite::Database db(newer.toStdString(), SQLite::OPEN_READONLY);
    QCOMPARE(db.execAndGet("PRAGMA user_version").getInt(), 99);
}

void TestMainWindow::secondWindowIsToldWhereTheWorkspaceIsOpen()
{
    MainWindow first;
    first.show();
    QVERIFY(openAndLoad(first, m_demo));
    QVERIFY(QFile::exists(m_demo + u".lock"_s));
    const qint64 customers = first.session()->overview().totals.customers;

    // Another window (as another instance would) is told, and opens nothing.
    MainWindow second;
    second.show();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!second.openWorkspace(m_demo));
    QVERIFY2(MessageBox::lastText().contains(u"open in another Marketing Workbench window"_s),
             qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QString::number(QCoreApplication::applicationPid())));
    QVERIFY(!second.session()->isOpen());
    QCOMPARE(first.session()->path(), m_demo);
    {
        SQLite::Database db(m_demo.toStdString(), SQLite::OPEN_READONLY);
        QCOMPARE(db.execAndGet("PRAGMA integrity_check").getString(), std::string("ok"));
        QCOMPARE(db.execAndGet("SELECT count(*) FROM customers").getInt64(), customers);
    }

    // Closed there, it opens here.
    action(first, "actionClose")->trigger();
    QVERIFY(!QFile::exists(m_demo + u".lock"_s));
    QVERIFY(openAndLoad(second, m_demo));
    action(second, "actionClose")->trigger();

    // The lock of a process that is gone does not keep anyone out.
    QFile stale(m_demo + u".lock"_s);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("999999\nmarketing-workbench\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    stale.close();
    QVERIFY(openAndLoad(second, m_demo));
}

void TestMainWindow::newWorkspaceIsCreatedAndOpened()
{
    MainWindow window;
    window.show();
    const QString base = m_dir.filePath(u"fresh"_s);
    FileDialog::setNextFileName(base);
    NewWorkspaceDialog::setNextChoice(NewWorkspaceDialog::Choice{u"CN"_s, u"CNY"_s});
    action(window, "actionNew")->trigger();
    QVERIFY(QFile::exists(base + u".mwb"_s));
    QCOMPARE(window.session()->path(), base + u".mwb"_s);
    QTRY_VERIFY(window.session()->loaded());
    // Empty: the start panel, not a page of dashes; its buttons lead on.
    QTRY_VERIFY(overview(window)->showsStartPanel());
    QVERIFY(overview(window)->startPanel()->isVisible());
    QCOMPARE(UiSettings::recentWorkspaces().value(0), base + u".mwb"_s);
    QTest::mouseClick(overview(window)->startPanel()->findChild<QPushButton *>(u"startGuide"_s), Qt::LeftButton);
    auto *guide = window.findChild<GuideDialog *>();
    QVERIFY(guide && guide->isVisible());
    QVERIFY(guide->browser()->toPlainText().contains(u"Figures, and what each one counts"_s));
    guide->close();
    QTest::mouseClick(overview(window)->startPanel()->findChild<QPushButton *>(u"startImport"_s), Qt::LeftButton);
    auto *wizard = window.findChild<QWizard *>();
    QVERIFY(wizard && wizard->isVisible());
    wizard->reject();
}

void TestMainWindow::closeReturnsToWelcome()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndLoad(window, m_demo));
    QVERIFY(action(window, "actionClose")->isEnabled());
    action(window, "actionClose")->trigger();
    QVERIFY(!window.session()->isOpen());
    QCOMPARE(window.currentPage(), nullptr);
    QCOMPARE(window.findChild<QLabel *>(u"statusWorkspace"_s)->text(), u"No workspace open"_s);
}

void TestMainWindow::recentWorkspacesReopen()
{
    {
        MainWindow window;
        QVERIFY(openAndLoad(window, m_demo));
    }
    QCOMPARE(UiSettings::recentWorkspaces(), QStringList{m_demo});

    MainWindow window;
    window.show();
    Q_EMIT window.recentMenu()->aboutToShow();
    QAction *recent = nullptr;
    const auto actions = window.recentMenu()->actions();
    for (QAction *a : actions) {
        if (a->data().toString() == m_demo)
            recent = a;
    }
    QVERIFY(recent);
    QCOMPARE(recent->text(), u"demo-small"_s);
    recent->trigger();
    QCOMPARE(window.session()->path(), m_demo);

    // A recent workspace that has gone away is dropped from the list when picked.
    const QString gone = m_dir.filePath(u"gone.mwb"_s);
    UiSettings::noteRecentWorkspace(gone);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.openWorkspace(gone));
    QVERIFY(!UiSettings::recentWorkspaces().contains(gone));
}

void TestMainWindow::geometryIsRemembered()
{
    {
        MainWindow window;
        window.show();
        window.resize(1111, 707);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    MainWindow again;
    QCOMPARE(again.size(), QSize(1111, 707));
}

void TestMainWindow::demoIsCreatedInTheDataFolder()
{
    const QString path = MainWindow::demoWorkspacePath();
    QFile::remove(path);
    MainWindow window;
    window.show();
    QSignalSpy ready(&window, &MainWindow::demoReady);
    action(window, "actionOpenDemo")->trigger();
    // The window stays responsive while the demo is written on a worker thread.
    QVERIFY(!window.session()->isOpen());
    QVERIFY(ready.wait(60000));
    QCOMPARE(ready.constFirst().constFirst().toBool(), true);
    QVERIFY(QFile::exists(path));
    QCOMPARE(window.session()->path(), path);
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->loaded(), 10000);
    // The dashboard follows the workspace's figures on a worker thread of its own.
    QTRY_VERIFY_WITH_TIMEOUT(overview(window)->isReady(), 20000);
    QCOMPARE(overview(window)->customersCard()->value(), DemoOptions{}.customers);
    QVERIFY(QFile::remove(path));
}

void TestMainWindow::analyticsPagesFollowCampaigns()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndLoad(window, m_demo));
    QStringList ids;
    for (WorkbenchPage *page : window.pages())
        ids << page->pageId();
    QCOMPARE(
        ids,
        (QStringList{u"overview"_s, u"customers"_s, u"lifecycle"_s, u"journeys"_s, u"segments"_s, u"campaigns"_s,
                     u"products"_s, u"programmes"_s, u"cohorts"_s, u"customer-value"_s, u"members"_s, u"imports"_s}));
    // Ctrl+1 … Ctrl+9, Ctrl+0 follow the sidebar's order, each entry with its title and icon.
    const auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
    QCOMPARE(sidebar->count(), int(ids.size()));
    for (int i = 0; i < std::min<qsizetype>(ids.size(), 10); ++i) {
        QTest::keyClick(&window, i == 9 ? Qt::Key_0 : static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(window.currentPage()->pageId(), ids.at(i));
        QCOMPARE(sidebar->item(i)->text(), window.currentPage()->title());
        QVERIFY(!sidebar->item(i)->icon().isNull());
    }
    QVERIFY(!sidebar->item(10)->icon().isNull());
    window.showPage(u"customer-value"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentPage()->isReady(), 20000);
}

void TestMainWindow::readOnlyWorkspaceIsReadWithNoEdits()
{
#ifndef Q_OS_LINUX
    QSKIP("a read-only folder is made the Linux way");
#else
    const QString folder = m_dir.filePath(u"read-only"_s);
    QVERIFY(QDir().mkpath(folder));
    bool mounted = false;
    if (::geteuid() == 0) {
        // Root may write whatever the permissions say: a read-only disk stops it.
        mounted = ::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0, "size=16m") == 0;
        if (!mounted)
            QSKIP("this system does not let a test mount a tmpfs");
    }
    const QString ws = folder + u"/shared.mwb"_s;
    QVERIFY(QFile::copy(m_demo, ws));
    if (mounted)
        QCOMPARE(::mount(nullptr, QFile::encodeName(folder).constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr), 0);
    else
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const auto cleanup = qScopeGuard([&] {
        if (mounted)
            ::umount2(QFile::encodeName(folder).constData(), MNT_DETACH);
        else
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndLoad(window, ws));
        QVERIFY(window.session()->readOnly());
        // Every page reads: the figures are those of the file.
        QCOMPARE(window.session()->overview().totals.customers, qint64(1500));
        auto *banner = window.findChild<QLabel *>(u"readOnlyBanner"_s);
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->text().contains(u"cannot be changed"_s) && banner->text().contains(u"read-only"_s),
                 qPrintable(banner->text()));
        QVERIFY(!action(window, "actionImport")->isEnabled());
        // And nothing writes: each change is refused with the reason.
        const SegmentSaveResult saved =
            saveSegmentAndWait(window.session()->segments(), u"Repeat buyers"_s,
                               QJsonObject{{u"field"_s, u"frequency"_s}, {u"op"_s, u">="_s}, {u"value"_s, 2}});
        QVERIFY2(saved.error.contains(u"cannot be changed"_s), qPrintable(saved.error));
        QString undoError;
        window.session()->undoImport(1, [&](const UndoResult &r) { undoError = r.error; });
        QVERIFY(undoError.contains(u"cannot be changed"_s));
        window.showPage(u"segments"_s);
        QVERIFY(QTest::qWaitFor([&] { return window.currentPage()->isReady(); }, 10000));
    }
#endif
}

void TestMainWindow::damagedWorkspaceIsNamedAndRecovered()
{
    // The pages the overview reads, overwritten mid-file: a disk or a copy gone wrong.
    const QString damaged = m_dir.filePath(u"damaged.mwb"_s);
    QFile::remove(damaged);
    QVERIFY(QFile::copy(m_demo, damaged));
    QFile::setPermissions(damaged, QFile::ReadOwner | QFile::WriteOwner);
    QList<qint64> pages;
    {
        SQLite::Database db(damaged.toStdString(), SQLite::OPEN_READONLY);
        // Every page of daily sales and one of the customers.
        SQLite::Statement leaf(db,
                               "SELECT pageno FROM dbstat WHERE name = 'sales_daily' AND pagetype = 'leaf' "
                               "UNION ALL SELECT * FROM (SELECT pageno FROM dbstat WHERE name = 'customers' "
                               "AND pagetype = 'leaf' LIMIT 1 OFFSET 2)");
        while (leaf.executeStep())
            pages << leaf.getColumn(0).getInt64();
    }
    QVERIFY(!pages.isEmpty());
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (const qint64 page : pages) {
            QVERIFY(file.seek((page - 1) * 4096 + 8));
            file.write(QByteArray(400, '\xee'));
        }
    }
    MainWindow window;
    window.show();
    // Asked whether to recover: not now.
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(window.openWorkspace(damaged));
    QVERIFY(QTest::qWaitFor([] { return MessageBox::lastText().contains(u"the file is damaged"_s); }, 10000));
    QVERIFY(MessageBox::lastText().contains(u"Recover now"_s));
    // Never left saying "Loading…".
    QCOMPARE(window.findChild<QLabel *>(u"statusCounts"_s)->text(), u"Figures unavailable"_s);
    QVERIFY(!overview(window)->findChildren<QLabel *>().isEmpty());
    bool said = false;
    for (const QLabel *label : overview(window)->findChildren<QLabel *>())
        said = said || label->text().startsWith(u"The figures could not be read"_s);
    QVERIFY(said);

    // File › Recover Workspace…: the damaged file, the new one, then open it.
    const QString recovered = m_dir.filePath(u"recovered.mwb"_s);
    QFile::remove(recovered);
    FileDialog::setNextFileName(damaged);
    FileDialog::setNextFileName(recovered);
    MessageBox::setNextAnswer(QMessageBox::Open);
    action(window, "actionRecover")->trigger();
    QVERIFY2(
        QTest::qWaitFor([&] { return window.session()->path() == recovered && window.session()->loaded(); }, 30000),
        qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(u"customers"_s));
    const qint64 customers = window.session()->overview().totals.customers;
    QVERIFY2(customers > 1000 && customers < 1500, qPrintable(QString::number(customers)));
    SQLite::Database db(recovered.toStdString(), SQLite::OPEN_READONLY);
    QCOMPARE(db.execAndGet("PRAGMA integrity_check").getString(), std::string("ok"));
}

void TestMainWindow::everyControlHasAName()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(openAndLoad(window, m_demo));
    QStringList unnamed;
    const auto check = [&](const QString &where) {
        for (const QString &control : unnamedControls(&window))
            unnamed << where + u": "_s + control;
    };
    for (WorkbenchPage *page : window.pages()) {
        window.showPage(page->pageId());
        QTRY_VERIFY_WITH_TIMEOUT(page->isReady(), 20000);
        QTest::qWait(50);
        check(page->pageId());
        // Every tab of the page, too.
        const QList<QTabWidget *> tabs = page->findChildren<QTabWidget *>();
        for (QTabWidget *tabWidget : tabs) {
            if (!tabWidget->isVisible())
                continue;
            const int shown = tabWidget->currentIndex();
            for (int i = 0; i < tabWidget->count(); ++i) {
                if (i == shown || !tabWidget->isTabEnabled(i))
                    continue;
                tabWidget->setCurrentIndex(i);
                QTest::qWait(50);
                check(page->pageId() + u" › "_s + tabWidget->tabText(i));
            }
            tabWidget->setCurrentIndex(shown);
        }
    }
    // A customer's profile, a window of its own.
    qint64 customerId = 0;
    {
        SQLite::Database db(m_demo.toStdString(), SQLite::OPEN_READONLY);
        customerId = db.execAndGet("SELECT min(customer_id) FROM customer_metrics WHERE orders > 1").getInt64();
    }
    CustomerProfileDialog *profile = window.session()->openProfile(customerId, &window);
    QVERIFY(profile);
    QTRY_VERIFY_WITH_TIMEOUT(profile->isLoaded(), 10000);
    for (const QString &control : unnamedControls(profile))
        unnamed << u"profile: "_s + control;
    profile->close();

    unnamed.removeDuplicates();
    for (const QString &control : std::as_const(unnamed))
        qWarning().noquote() << "no accessible name:" << control;
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"%1 controls without a name, listed above"_s.arg(unnamed.size())));
}

void TestMainWindow::editMenuCopiesABlockAndUndoes()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndLoad(window, m_demo));
    QAction *copy = action(window, "editCopy");
    QAction *selectAll = action(window, "editSelectAll");
    QAction *undo = action(window, "editUndo");
    QAction *redo = action(window, "editRedo");

    window.showPage(u"cohorts"_s);
    auto *cohorts = qobject_cast<CohortsPage *>(window.currentPage());
    QVERIFY(cohorts);
    QTRY_VERIFY_WITH_TIMEOUT(cohorts->isReady(), 20000);
    QTableView *table = cohorts->table();
    QAbstractItemModel *model = table->model();
    QVERIFY(model->rowCount() >= 5 && model->columnCount() >= 4);
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QVERIFY(!copy->isEnabled()); // nothing selected yet

    // A block (rows 1–2, columns 2–3) and one cell below it (row 4, column 3).
    QItemSelection block(model->index(1, 2), model->index(2, 3));
    block.select(model->index(4, 3), model->index(4, 3));
    table->selectionModel()->select(block, QItemSelectionModel::ClearAndSelect);
    QTRY_VERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QString text = QGuiApplication::clipboard()->text();
    // What a spreadsheet should get: the headers, then each row with its own header, the
    // cells of the selection, and an empty cell where the block has no selected cell.
    const auto h = [&](int section, Qt::Orientation o) { return model->headerData(section, o).toString(); };
    const auto d = [&](int row, int column) { return model->index(row, column).data().toString(); };
    const bool rowHeaders = !table->verticalHeader()->isHidden();
    const QString lead = rowHeaders ? u"\t"_s : QString();
    const auto rowLead = [&](int row) { return rowHeaders ? h(row, Qt::Vertical) + u"\t"_s : QString(); };
    const QString expected = lead + h(2, Qt::Horizontal) + u"\t"_s + h(3, Qt::Horizontal) + u"\n"_s + rowLead(1)
        + d(1, 2) + u"\t"_s + d(1, 3) + u"\n"_s + rowLead(2) + d(2, 2) + u"\t"_s + d(2, 3) + u"\n"_s + rowLead(4)
        + u"\t"_s + d(4, 3) + u"\n"_s;
    QCOMPARE(text, expected);
    QCOMPARE(text.count(u'\n'), 4);
    QVERIFY(!d(1, 2).isEmpty());

    // Select All selects every cell of the focused table.
    QVERIFY(selectAll->isEnabled());
    selectAll->trigger();
    QCOMPARE(table->selectionModel()->selectedIndexes().size(), model->rowCount() * model->columnCount());

    // Undo and Redo follow the segment builder when no text field has the focus.
    window.showPage(u"segments"_s);
    auto *segments = qobject_cast<SegmentsPage *>(window.currentPage());
    QVERIFY(segments);
    QTRY_VERIFY_WITH_TIMEOUT(segments->isReady(), 20000);
    SegmentBuilder *builder = segments->editor()->builder();
    builder->tree()->setFocus();
    QTRY_VERIFY(builder->tree()->hasFocus());
    const int before = builder->undoStack()->index();
    const qsizetype rows = builder->definition().children.size();
    builder->addCondition();
    builder->tree()->setFocus();
    QTRY_VERIFY(undo->isEnabled());
    QCOMPARE(builder->undoStack()->index(), before + 1);
    QTest::keyClick(builder->tree(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(builder->undoStack()->index(), before);
    QCOMPARE(builder->definition().children.size(), rows);
    builder->tree()->setFocus(); // the rows were rebuilt
    QTRY_VERIFY(builder->tree()->hasFocus());
    QVERIFY(redo->isEnabled());
    QTest::keyClick(builder->tree(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(builder->undoStack()->index(), before + 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
