// The Customers page driven offscreen on a demo workspace: its lazy model passes
// QAbstractItemModelTester, counts and orders as CustomerDirectory does, fetches the rows
// of any stretch of the list (first, middle, last) equal to the core's, sorts by a header,
// searches as the core searches, filters by stage and saved segment with SegmentQuery's
// counts, never shows an answer for an older query, exports exactly the rows shown, keeps
// its columns, and opens profiles from every list of customers.
#include "SegmentEdits.h"
#include "MainWindow.h"
#include "UiSettings.h"
#include "WorkspaceSession.h"
#include "customers/CustomerDirectory.h"
#include "customers/CustomerProfileDialog.h"
#include "customers/CustomerService.h"
#include "customers/CustomerTableModel.h"
#include "customers/ProfileLauncher.h"
#include "demo/DemoGenerator.h"
#include "dialogs/FileDialog.h"
#include "lifecycle/CustomerListDialog.h"
#include "pages/CustomersPage.h"
#include "pages/SegmentsPage.h"
#include "segments/CustomerTable.h"
#include "segments/SegmentEditor.h"
#include "segments/SegmentQuery.h"
#include "segments/SegmentService.h"
#include "store/Workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mwb;
using namespace mwb::ui;

namespace {

// As a mouse does it: a press and release, then the double-click (an item view opens only
// the item the press was on).
void doubleClick(QWidget *viewport, const QPoint &at)
{
    QTest::mouseClick(viewport, Qt::LeftButton, {}, at);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, at);
}

} // namespace

class TestCustomersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelPassesTheTester();
    void countAndOrderAreTheCore();
    void rowsAnywhereAreTheCoreRows();
    void sortingByAHeader();
    void quickSearchIsTheCoreSearch();
    void stageAndSegmentFilters();
    void staleAnswersAreNeverShown();
    void exportWritesTheRowsShown();
    void columnsAreRemembered();
    void profilesOpenFromEveryList();
    void mainWindowListsThePageAfterOverview();

private:
    std::unique_ptr<Workspace> core();
    std::vector<qint64> coreIds(const CustomerListQuery &query);
    bool waitLoaded(int timeoutMs = 20000);
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<CustomersPage> m_page;
};

void TestCustomersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QLocale::system().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::setOrganizationName(u"MarketingWorkbenchTest"_s);
    QCoreApplication::setApplicationName(u"tst_customerspage"_s);
    // English plural forms, as the application installs them: "1 customer".
    auto *plurals = new QTranslator(this);
    QVERIFY(plurals->load(u":/i18n/marketing-workbench_en.qm"_s));
    QCoreApplication::installTranslator(plurals);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.mwb"_s);
    DemoOptions options;
    options.customers = 1500;
    QVERIFY(DemoGenerator::create(m_demo, options).error.message.isEmpty());
}

void TestCustomersPage::init()
{
    QSettings().clear(); // the defaults (test mode: a settings file of the test's own)
    m_path = m_dir.filePath(u"%1.mwb"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    QVERIFY(QFile::copy(m_demo, m_path));
    m_session = std::make_unique<WorkspaceSession>();
    QVERIFY(m_session->open(m_path).message.isEmpty());
    m_page = std::make_unique<CustomersPage>(m_session.get());
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(waitLoaded());
}

void TestCustomersPage::cleanup()
{
    if (m_session)
        m_session->profiles()->closeAll();
    m_page.reset();
    m_session.reset();
}

std::unique_ptr<Workspace> TestCustomersPage::core()
{
    return Workspace::open(m_path).workspace;
}

std::vector<qint64> TestCustomersPage::coreIds(const CustomerListQuery &query)
{
    auto ws = core();
    const CustomerIds ids = CustomerDirectory::orderedIds(ws->db(), query);
    if (!ids.ok())
        qWarning("core ids failed: %s", qPrintable(ids.error));
    return ids.ids;
}

bool TestCustomersPage::waitLoaded(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_page->model()->isLoaded() && !deadline.hasExpired())
        QTest::qWait(10);
    return m_page->model()->isLoaded();
}

void TestCustomersPage::screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("MWB_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QTest::qWait(100);
    widget->grab().save(folder + u'/' + name + u".png"_s);
}

void TestCustomersPage::modelPassesTheTester()
{
    CustomerTableModel model(m_session->customers());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &CustomerTableModel::loaded);
    model.setCurrency(m_session->currency());
    CustomerListQuery query;
    model.setQuery(query);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(model.rowCount(), 1500);
    // Pages land while the tester watches: dataChanged over whole pages.
    QSignalSpy pages(&model, &CustomerTableModel::pageLoaded);
    model.data(model.index(1499, CustomerTableModel::Name));
    QVERIFY(pages.wait(10000));
    query.sort = CustomerSort::Revenue;
    query.descending = true;
    model.setQuery(query);
    QVERIFY(loaded.wait(20000));
    query.search = u"a"_s;
    model.setQuery(query);
    QVERIFY(loaded.wait(20000));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCustomersPage::countAndOrderAreTheCore()
{
    const std::vector<qint64> expected = coreIds({});
    QCOMPARE(expected.size(), size_t(1500));
    CustomerTableModel *model = m_page->model();
    QCOMPARE(model->rowCount(), int(expected.size()));
    QCOMPARE(model->ids(), expected);
    QCOMPARE(m_page->countLabel()->text(), u"1,500 customers"_s);
    QVERIFY(m_page->isReady());
    screenshot(m_page.get(), u"customers-page"_s);
}

void TestCustomersPage::rowsAnywhereAreTheCoreRows()
{
    CustomerTableModel *model = m_page->model();
    QTableView *table = m_page->table();
    auto ws = core();
    const int last = model->rowCount() - 1;
    for (int row : {0, last / 2, last - 1, last}) {
        table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
        QTRY_VERIFY_WITH_TIMEOUT(model->cachedRow(row).has_value(), 10000);
        QTRY_VERIFY(model->data(model->index(row, CustomerTableModel::Name)).toString()
                    != CustomerTableModel::placeholder());
        const qint64 id = model->customerId(row);
        const QList<CustomerListRow> core = CustomerDirectory::rows(ws->db(), {id});
        QCOMPARE(core.size(), 1);
        const CustomerListRow shown = *model->cachedRow(row);
        QCOMPARE(shown.id, core[0].id);
        QCOMPARE(shown.externalId, core[0].externalId);
        QCOMPARE(shown.name, core[0].name);
        QCOMPARE(shown.email, core[0].email);
        QCOMPARE(shown.orders, core[0].orders);
        QCOMPARE(shown.revenueMinor, core[0].revenueMinor);
        QCOMPARE(shown.lastPurchase, core[0].lastPurchase);
        QCOMPARE(model->data(model->index(row, CustomerTableModel::ExternalId)).toString(), core[0].externalId);
        QCOMPARE(model->data(model->index(row, CustomerTableModel::Name)).toString(), core[0].name);
    }
    // The view fetched what it showed, not the whole list; the cache stays bounded.
    QVERIFY(model->cachedPageCount() <= CustomerTableModel::kMaxCachedPages);
    QVERIFY(model->cachedPageCount()
            < (model->rowCount() + CustomerTableModel::kPageSize - 1) / CustomerTableModel::kPageSize);
}

void TestCustomersPage::sortingByAHeader()
{
    QHeaderView *header = m_page->table()->horizontalHeader();
    const int column = CustomerTableModel::Revenue;
    const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
    // A click sorts by the column; a second click turns the order round.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    QVERIFY(waitLoaded());
    QCOMPARE(m_page->model()->query().sort, CustomerSort::Revenue);
    if (!m_page->model()->query().descending) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
        QVERIFY(waitLoaded());
    }
    QVERIFY(m_page->model()->query().descending);
    CustomerListQuery query;
    query.sort = CustomerSort::Revenue;
    query.descending = true;
    QCOMPARE(m_page->model()->ids(), coreIds(query));
    // The first rows read from the highest revenue down.
    QTRY_VERIFY(m_page->model()->cachedRow(50).has_value());
    for (int row = 1; row <= 50; ++row)
        QVERIFY(m_page->model()->cachedRow(row - 1)->revenueMinor >= m_page->model()->cachedRow(row)->revenueMinor);

    // RFM segments sort by their worth, Champions first, whatever language names them.
    const int rfm = CustomerTableModel::RfmSegment;
    m_page->setColumnShown(rfm, true);
    header->setSortIndicator(rfm, Qt::AscendingOrder);
    QVERIFY(waitLoaded());
    QCOMPARE(m_page->model()->query().sort, CustomerSort::RfmSegment);
    QTRY_VERIFY(m_page->model()->cachedRow(0).has_value());
    QCOMPARE(m_page->model()->cachedRow(0)->rfmSegment, u"Champions"_s);
    header->setSortIndicator(column, Qt::DescendingOrder);
    QVERIFY(waitLoaded());

    // The phone cannot be sorted: the list keeps its order.
    m_page->setColumnShown(CustomerTableModel::Phone, true);
    header->setSortIndicator(CustomerTableModel::Phone, Qt::AscendingOrder);
    QCOMPARE(m_page->model()->query().sort, CustomerSort::Revenue);
    QCOMPARE(header->sortIndicatorSection(), column);
}

void TestCustomersPage::quickSearchIsTheCoreSearch()
{
    // A part of a real customer's e-mail.
    auto ws = core();
    const QList<CustomerListRow> some = CustomerDirectory::rows(ws->db(), {m_page->model()->ids()[700]});
    QVERIFY(!some.isEmpty() && !some[0].email.isEmpty());
    const QString text = some[0].email.left(some[0].email.indexOf(u'@'));
    QVERIFY(text.size() >= 3);

    QTest::keyClicks(m_page->searchBox(), text);
    // Debounced: nothing is asked while the analyst types.
    QCOMPARE(m_page->model()->query().search, QString());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->query().search, text, 2000);
    QVERIFY(waitLoaded());
    CustomerListQuery query;
    query.search = text;
    const std::vector<qint64> expected = coreIds(query);
    QVERIFY(!expected.empty() && expected.size() < 1500);
    QCOMPARE(m_page->model()->ids(), expected);
    QVERIFY(std::find(expected.cbegin(), expected.cend(), some[0].id) != expected.cend());
    QCOMPARE(m_page->countLabel()->text(),
             expected.size() == 1 ? u"1 customer"_s
                                  : u"%1 customers"_s.arg(QLocale().toString(qint64(expected.size()))));

    // Nothing matches: an empty list, said so.
    m_page->searchBox()->setText(u"zzzz-nobody-zzzz"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->query().search, u"zzzz-nobody-zzzz"_s, 2000);
    QVERIFY(waitLoaded());
    QCOMPARE(m_page->model()->rowCount(), 0);
    QCOMPARE(m_page->countLabel()->text(), u"0 customers"_s);
}

void TestCustomersPage::stageAndSegmentFilters()
{
    QComboBox *filter = m_page->filter();
    QCOMPARE(filter->itemText(0), u"All customers"_s);
    QVERIFY(m_page->selectStage(u"adopt"_s));
    QVERIFY(waitLoaded());
    const SegmentNode adopt =
        SegmentDefinition::fromText(R"({"field":"lifecycle_stage","op":"=","value":"adopt"})").node;
    auto ws = core();
    const SegmentCount count = SegmentQuery::count(ws->db(), adopt);
    QVERIFY(count.ok() && count.count > 0 && count.count < 1500);
    QCOMPARE(qint64(m_page->model()->rowCount()), count.count);
    QCOMPARE(m_page->countLabel()->text(), u"%1 customers"_s.arg(QLocale().toString(count.count)));

    // A saved segment is offered as soon as it is saved.
    const SegmentNode repeat =
        SegmentDefinition::fromText(R"({"all":[{"field":"frequency","op":">=","value":2}]})").node;
    const SegmentSaveResult saved = saveSegmentAndWait(m_session->segments(), u"Repeat buyers"_s, repeat.toJson());
    QVERIFY(saved.ok());
    QVERIFY(filter->findText(u"Segment: Repeat buyers"_s) > 0);
    QVERIFY(m_page->selectSegment(saved.id));
    QVERIFY(waitLoaded());
    QCOMPARE(qint64(m_page->model()->rowCount()), SegmentQuery::count(ws->db(), repeat).count);

    // Search and filter together: the core's answer to both.
    m_page->searchBox()->setText(u"a"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->query().search, u"a"_s, 2000);
    QVERIFY(waitLoaded());
    CustomerListQuery query;
    query.search = u"a"_s;
    query.segment = repeat;
    QCOMPARE(m_page->model()->ids(), coreIds(query));

    // Back to everyone.
    filter->setCurrentIndex(0);
    m_page->searchBox()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->query().search, QString(), 2000);
    QVERIFY(waitLoaded());
    QCOMPARE(m_page->model()->rowCount(), 1500);
}

void TestCustomersPage::staleAnswersAreNeverShown()
{
    CustomerTableModel *model = m_page->model();
    const int droppedBefore = model->staleAnswersDropped();
    // Three queries in a row, before any answer lands: only the last one's rows show.
    CustomerListQuery everyone;
    CustomerListQuery byName;
    byName.sort = CustomerSort::Name;
    CustomerListQuery search;
    search.search = u"b"_s;
    search.sort = CustomerSort::Orders;
    search.descending = true;
    QSignalSpy firstPages(model, &CustomerTableModel::firstPageShown);
    model->setQuery(everyone);
    model->setQuery(byName);
    model->setQuery(search);
    QVERIFY(waitLoaded());
    // Whatever was shown on the way came from the last query. (The ids may land before
    // the first page: both answers are waited for.)
    QTRY_COMPARE(firstPages.count(), 1);
    QCOMPARE(model->ids(), coreIds(search));
    QTRY_VERIFY(model->staleAnswersDropped() >= droppedBefore + 4); // two first pages, two id lists
    QCOMPARE(firstPages.count(), 1);                                // every stale answer is in: none of them was shown
    QTRY_VERIFY(model->cachedRow(0).has_value());
    QCOMPARE(model->cachedRow(0)->id, model->ids().front());

    // A page asked for under an old query is dropped as well.
    model->setQuery(byName);
    QVERIFY(waitLoaded());
    QCOMPARE(model->rowCount() > CustomerTableModel::kPageSize, true);
    QTest::qWait(50); // any late answer of the queries above has landed
    const int droppedSoFar = model->staleAnswersDropped();
    model->data(model->index(model->rowCount() - 1, 0)); // asks for the last page
    model->setQuery(everyone);
    QVERIFY(waitLoaded());
    QTRY_COMPARE(model->staleAnswersDropped(), droppedSoFar + 1);
    QCOMPARE(model->rowCount(), 1500);
    QCOMPARE(model->ids(), coreIds(everyone));
}

void TestCustomersPage::exportWritesTheRowsShown()
{
    // A sorted, searched list: the file has its rows, in its order.
    m_page->model()->sort(CustomerTableModel::Orders, Qt::DescendingOrder);
    QVERIFY(waitLoaded());
    m_page->searchBox()->setText(u"a"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->query().search, u"a"_s, 2000);
    QVERIFY(waitLoaded());
    const std::vector<qint64> shown = m_page->model()->ids();
    QVERIFY(shown.size() > 10);

    const QString file = m_dir.filePath(u"customers-export.csv"_s);
    FileDialog::setNextFileName(file);
    QSignalSpy finished(m_page.get(), &CustomersPage::exportFinished);
    QVERIFY(m_page->exportList());
    QVERIFY(finished.wait(20000));
    QVERIFY2(m_page->lastExport().ok(), qPrintable(m_page->lastExport().error));
    QCOMPARE(m_page->lastExport().rows, qint64(shown.size()));

    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), int(shown.size()) + 1);
    const QStringList header = lines.first().split(u','); // no header needs quoting
    QCOMPARE(header.first(), u"id"_s);
    QVERIFY(header.contains(u"external_id"_s));
    QVERIFY(!header.contains(u"phone"_s)); // hidden columns are not written
    for (size_t i = 0; i < shown.size(); ++i)
        QCOMPARE(lines[int(i) + 1].section(u',', 0, 0).toLongLong(), shown[i]);
}

void TestCustomersPage::columnsAreRemembered()
{
    QVERIFY(!m_page->isColumnShown(CustomerTableModel::Phone)); // hidden by default
    m_page->setColumnShown(CustomerTableModel::Phone, true);
    m_page->setColumnShown(CustomerTableModel::City, false);
    QVERIFY(m_page->isColumnShown(CustomerTableModel::Phone));
    const QStringList hidden = UiSettings::value(UiSetting::CustomerHiddenColumns).toStringList();
    QVERIFY(hidden.contains(u"city"_s));
    QVERIFY(!hidden.contains(u"phone"_s));
    // A new page (the next session) shows the same columns.
    CustomersPage again(m_session.get());
    QVERIFY(again.isColumnShown(CustomerTableModel::Phone));
    QVERIFY(!again.isColumnShown(CustomerTableModel::City));
}

void TestCustomersPage::profilesOpenFromEveryList()
{
    // The Customers page: a double-click, or Enter.
    QTableView *table = m_page->table();
    QTRY_VERIFY(m_page->model()->cachedRow(3).has_value());
    const qint64 third = m_page->model()->customerId(3);
    const QRect cell = table->visualRect(m_page->model()->index(3, CustomerTableModel::Name));
    doubleClick(table->viewport(), cell.center());
    CustomerProfileDialog *profile = m_session->profiles()->find(third);
    QVERIFY(profile);
    QTRY_VERIFY(profile->isLoaded());
    QCOMPARE(profile->profile().id, third);
    // One window per customer: asking again raises the same one.
    QCOMPARE(m_session->openProfile(third, m_page.get()), profile);

    const qint64 fifth = m_page->model()->customerId(5);
    table->setFocus();
    table->setCurrentIndex(m_page->model()->index(5, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(m_session->profiles()->find(fifth));

    // A drill-down list.
    const SegmentNode advocates =
        SegmentDefinition::fromText(R"({"field":"lifecycle_stage","op":"=","value":"advocate"})").node;
    CustomerListDialog list(m_session.get(), advocates, u"Advocates"_s);
    list.show();
    QTRY_VERIFY_WITH_TIMEOUT(list.isLoaded(), 10000);
    QVERIFY(list.table()->model()->rowCount() > 0);
    const qint64 listed = list.model()->customerId(0);
    QVERIFY(listed > 0);
    doubleClick(list.table()->viewport(),
                list.table()->visualRect(list.table()->model()->index(0, CustomerTableModel::Name)).center());
    QVERIFY(m_session->profiles()->find(listed));

    // The Segments page's preview.
    SegmentsPage segments(m_session.get());
    segments.resize(1280, 900);
    segments.show();
    QTRY_VERIFY_WITH_TIMEOUT(segments.isReady(), 20000);
    CustomerTable *preview = segments.editor()->previewTable();
    QTRY_VERIFY_WITH_TIMEOUT(preview->rowCount() > 2, 10000);
    const qint64 previewed = preview->customers().at(2).id;
    doubleClick(preview->viewport(), preview->visualItemRect(preview->item(2, CustomerTable::Name)).center());
    QVERIFY(m_session->profiles()->find(previewed));
}

void TestCustomersPage::mainWindowListsThePageAfterOverview()
{
    cleanup();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openWorkspace(m_path));
    QStringList ids;
    for (WorkbenchPage *page : window.pages())
        ids << page->pageId();
    QCOMPARE(ids.indexOf(u"overview"_s), 0);
    QCOMPARE(ids.indexOf(u"customers"_s), 1);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentPage()->pageId(), u"customers"_s);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentPage()->pageId(), u"overview"_s);
    const auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
    QCOMPARE(sidebar->item(1)->text(), u"Customers"_s);
    QVERIFY(!sidebar->item(1)->icon().isNull());
    window.showPage(u"customers"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentPage()->isReady(), 20000);
}

QTEST_MAIN(TestCustomersPage)
#include "tst_customerspage.moc"
