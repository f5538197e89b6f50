// The import wizard and the Imports page driven as a user would, offscreen: a GB18030
// order export with Chinese headers through every page, a dry run that names the bad
// row, the import on a worker thread with the event loop kept free, Cancel, saved
// mappings, and undo from the Imports page.
#include "MainWindow.h"
#include "WorkspaceSession.h"
#include "dialogs/InputDialog.h"
#include "dialogs/MessageBox.h"
#include "dialogs/RegionCurrencyPicker.h"
#include "import/ImportCheckPage.h"
#include "import/ImportMappingPage.h"
#include "import/MappingPresetsDialog.h"
#include "import/ImportRunPage.h"
#include "import/ImportWizard.h"
#include "pages/ImportsPage.h"

#include "analytics/WorkspaceStats.h"
#include "import/MappingPresets.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mwb;
using namespace mwb::ui;

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void chineseOrdersThroughEveryPage();
    void pointsLedgerThroughTheWizard();
    void eventLoopStaysFreeDuringALargeImport();
    void cancelLeavesTheWorkspaceAsItWas();
    void undoFromTheImportsPage();
    void firstImportSetsRegionAndCurrency();
    void savedMappingIsPickedAgainAndManaged();

private:
    QString write(const QString &name, const QByteArray &bytes);
    static WorkspaceTotals totals(const QString &workspace);
    static void saveShot(QWidget *widget, const QString &name);
    // Chooses "orders", then goes through the mapping to the finished dry run.
    static void advanceToCheckedOrders(ImportWizard &wizard);

    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"MarketingWorkbenchTest"_s);
    QCoreApplication::setApplicationName(u"tst_importwizard"_s);
    QSettings().clear();
}

void TestImportWizard::init()
{
    static int n = 0;
    m_workspace = m_dir.filePath(u"ws%1.mwb"_s.arg(++n));
    QVERIFY(Workspace::create(m_workspace, {u"CN"_s, u"CNY"_s}).workspace);
}

QString TestImportWizard::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    file.write(bytes);
    return path;
}

WorkspaceTotals TestImportWizard::totals(const QString &workspace)
{
    auto db = Workspace::openConnection(workspace, Workspace::Access::ReadOnly);
    return WorkspaceStats::totals(*db);
}

void TestImportWizard::saveShot(QWidget *widget, const QString &name)
{
    // The screenshot script sets this to collect the wizard's pages for the docs.
    const QString folder = qEnvironmentVariable("MWB_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget->grab().save(folder + u'/' + name + u".png"_s);
}

void TestImportWizard::advanceToCheckedOrders(ImportWizard &wizard)
{
    auto *kind = wizard.findChild<QComboBox *>(u"importKind"_s);
    kind->setCurrentIndex(kind->findData(static_cast<int>(ImportKind::Transactions)));
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    wizard.next();
    auto *check = qobject_cast<ImportCheckPage *>(wizard.currentPage());
    QVERIFY(check);
    QTRY_VERIFY_WITH_TIMEOUT(check->finished(), 60000);
}

void TestImportWizard::chineseOrdersThroughEveryPage()
{
    const QString csv = u"订单号,会员编号,手机号,下单时间,实付金额,渠道,备注\r\n"
                        "D1001,M001,138 0013 8000,2024-05-01 10:00,¥128.00,微信,首单\r\n"
                        "D1002,M002,13900139000,2024-05-02 11:30,\"¥1,299.50\",门店,\r\n"
                        "D1003,M001,13800138000,2024年5月3日,88,官网,复购\r\n"
                        "D1004,M003,13700137000,五月四日,66,官网,\r\n"_s;
    const QString file = write(u"订单.csv"_s, QStringEncoder("GB18030").encode(csv));

    ImportWizard wizard(m_workspace, file);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    // The file page first shows how the workspace reads the file.
    auto *kind = wizard.findChild<QComboBox *>(u"importKind"_s);
    kind->setCurrentIndex(kind->findData(static_cast<int>(ImportKind::Transactions)));
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    QVERIFY(wizard.findChild<QLabel *>(u"importDetected"_s)->text().contains(u"GB18030"_s));
    QCOMPARE(wizard.findChild<QTableWidget *>(u"importPreview"_s)->rowCount(), 4);
    QCOMPARE(wizard.findChild<QTableWidget *>(u"importPreview"_s)->horizontalHeaderItem(0)->text(), u"订单号"_s);
    saveShot(&wizard, u"import-1-file"_s);

    wizard.next();
    auto *mapping = qobject_cast<ImportMappingPage *>(wizard.currentPage());
    QVERIFY(mapping);
    QCOMPARE(mapping->fieldBox(0)->currentData().toInt(), static_cast<int>(ImportField::OrderId));
    QCOMPARE(mapping->fieldBox(2)->currentData().toInt(), static_cast<int>(ImportField::Phone));
    QCOMPARE(mapping->fieldBox(4)->currentData().toInt(), static_cast<int>(ImportField::Amount));
    QCOMPARE(mapping->fieldBox(6)->currentData().toInt(), static_cast<int>(ImportField::Ignore));
    // Leaving out the order date makes the page incomplete and says why.
    const int dateIndex = mapping->fieldBox(3)->currentIndex();
    mapping->fieldBox(3)->setCurrentIndex(0);
    QVERIFY(!mapping->isComplete());
    QVERIFY(wizard.findChild<QLabel *>(u"mappingMissing"_s)->text().contains(u"order date"_s));
    mapping->fieldBox(3)->setCurrentIndex(dateIndex);
    QVERIFY(mapping->isComplete());
    QVERIFY(wizard.findChild<QLabel *>(u"mappingMissing"_s)->text().isEmpty());
    // Without the order id the page stays complete and says each row is an order of its own.
    const int orderIdIndex = mapping->fieldBox(0)->currentIndex();
    mapping->fieldBox(0)->setCurrentIndex(0);
    QVERIFY(mapping->isComplete());
    QVERIFY(wizard.findChild<QLabel *>(u"mappingMissing"_s)->text().contains(u"order of its own"_s));
    mapping->fieldBox(0)->setCurrentIndex(orderIdIndex);
    QVERIFY(wizard.findChild<QLabel *>(u"mappingMissing"_s)->text().isEmpty());
    QTest::keyClicks(wizard.findChild<QLineEdit *>(u"presetName"_s), u"WeChat shop orders"_s);
    saveShot(&wizard, u"import-2-mapping"_s);

    wizard.next();
    auto *check = qobject_cast<ImportCheckPage *>(wizard.currentPage());
    QVERIFY(check);
    QTRY_VERIFY(check->finished());
    QVERIFY(check->isComplete());
    auto *rows = wizard.findChild<QTableWidget *>(u"checkRows"_s);
    QCOMPARE(rows->rowCount(), 1);
    QCOMPARE(rows->item(0, 0)->text(), u"5"_s); // the line of 五月四日
    QCOMPARE(rows->item(0, 1)->text(), u"4"_s);
    QVERIFY(wizard.findChild<QLabel *>(u"checkSummary"_s)->text().contains(u"3 would be imported"_s));
    QCOMPARE(totals(m_workspace).transactions, 0); // the dry run wrote nothing
    saveShot(&wizard, u"import-3-check"_s);

    wizard.next();
    auto *run = qobject_cast<ImportRunPage *>(wizard.currentPage());
    QVERIFY(run);
    QTRY_VERIFY_WITH_TIMEOUT(run->isComplete(), 20000);
    QVERIFY2(wizard.result().ok(), qPrintable(wizard.result().error));
    QVERIFY(wizard.findChild<QLabel *>(u"importStatus"_s)->text().contains(u"Imported 3 of 4"_s));
    QVERIFY(wizard.findChild<QPushButton *>(u"openRejects"_s)->isVisible());
    saveShot(&wizard, u"import-4-done"_s);

    const WorkspaceTotals t = totals(m_workspace);
    QCOMPARE(t.transactions, 3);
    QCOMPARE(t.customers, 2);
    QCOMPARE(t.revenueMinor, 12800 + 129950 + 8800);
    auto db = Workspace::openConnection(m_workspace, Workspace::Access::ReadOnly);
    const auto presets = MappingPresets::list(*db);
    QCOMPARE(presets.size(), 1);
    QCOMPARE(presets.constFirst().name, u"WeChat shop orders"_s);
}

// A points ledger with Chinese headers and types: the kind chosen on the file page, the columns
// proposed as the points fields, an unknown type refused on the check page with its line, the
// rest written with redemptions negative.
void TestImportWizard::pointsLedgerThroughTheWizard()
{
    const QString csv = u"会员编号,时间,积分,类型,备注\r\n"
                        "M001,2024-05-01,500,积分获得,D1001\r\n"
                        "M001,2024-05-09,200,积分兑换,换购\r\n"
                        "M002,2024-05-10,80,签到,\r\n"
                        "M002,2024-06-01,120,获得,D1002\r\n"_s;
    const QString file = write(u"积分明细.csv"_s, QStringEncoder("GB18030").encode(csv));
    ImportWizard wizard(m_workspace, file);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *kind = wizard.findChild<QComboBox *>(u"importKind"_s);
    QVERIFY(kind->findData(static_cast<int>(ImportKind::Points)) >= 0);
    kind->setCurrentIndex(kind->findData(static_cast<int>(ImportKind::Points)));
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    auto *mapping = qobject_cast<ImportMappingPage *>(wizard.currentPage());
    QVERIFY(mapping);
    QCOMPARE(mapping->fieldBox(0)->currentData().toInt(), static_cast<int>(ImportField::ExternalId));
    QCOMPARE(mapping->fieldBox(1)->currentData().toInt(), static_cast<int>(ImportField::EventTime));
    QCOMPARE(mapping->fieldBox(2)->currentData().toInt(), static_cast<int>(ImportField::Points));
    QCOMPARE(mapping->fieldBox(3)->currentData().toInt(), static_cast<int>(ImportField::EventType));
    QCOMPARE(mapping->fieldBox(4)->currentData().toInt(), static_cast<int>(ImportField::Reference));
    QVERIFY(mapping->isComplete());
    saveShot(&wizard, u"import-points-mapping"_s);
    wizard.next();
    auto *check = qobject_cast<ImportCheckPage *>(wizard.currentPage());
    QVERIFY(check);
    QTRY_VERIFY_WITH_TIMEOUT(check->finished(), 20000);
    auto *rows = wizard.findChild<QTableWidget *>(u"checkRows"_s);
    QCOMPARE(rows->rowCount(), 1);
    QCOMPARE(rows->item(0, 0)->text(), u"4"_s); // 签到 is no type of points
    QCOMPARE(rows->item(0, 1)->text(), u"4"_s);
    wizard.next();
    auto *run = qobject_cast<ImportRunPage *>(wizard.currentPage());
    QVERIFY(run);
    QTRY_VERIFY_WITH_TIMEOUT(run->isComplete(), 20000);
    QVERIFY2(wizard.result().ok(), qPrintable(wizard.result().error));
    QCOMPARE(wizard.result().summary.rowsImported, 3);
    auto db = Workspace::openConnection(m_workspace, Workspace::Access::ReadOnly);
    QCOMPARE(db->execAndGet("SELECT group_concat(points, ' ') FROM (SELECT points FROM points ORDER BY occurred_at)")
                 .getString(),
             std::string("500 -200 120"));
}

void TestImportWizard::eventLoopStaysFreeDuringALargeImport()
{
    QByteArray data = "order_id,customer_id,order_date,amount,channel,product\n";
    for (int i = 0; i < 200000; ++i)
        data += "SO" + QByteArray::number(i) + ",C" + QByteArray::number(i % 40000) + ",2024-03-0"
            + QByteArray::number(1 + i % 9) + " 10:00," + QByteArray::number(10 + i % 500) + ".90,web,\"Tea, 100g\"\n";
    const QString file = write(u"large.csv"_s, data);
    ImportWizard wizard(m_workspace, file);
    wizard.show();
    advanceToCheckedOrders(wizard);
    if (QTest::currentTestFailed())
        return;

    // From here on, measure the longest time the event loop goes without running a timer.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    int ticks = 0;
    QTimer tick;
    tick.setInterval(5);
    connect(&tick, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
        ++ticks;
    });
    clock.start();
    tick.start();
    wizard.next();
    auto *run = qobject_cast<ImportRunPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(run->isComplete(), 120000);
    tick.stop();
    QVERIFY2(wizard.result().ok(), qPrintable(wizard.result().error));
    QCOMPARE(wizard.result().summary.rowsImported, 200000);
    const qint64 total = clock.elapsed();
    qInfo("longest event-loop gap during the import: %lld ms over %lld ms, %d ticks", longest, total, ticks);
    // An import on the GUI thread would leave one gap as long as the import itself. On a
    // worker the loop keeps turning: many ticks, and no gap near the whole duration (relative
    // measures, so a slow or busy machine does not fail it).
    QVERIFY2(ticks >= 10, qPrintable(u"the event loop ran %1 times during the import"_s.arg(ticks)));
    QVERIFY2(longest * 2 < total, qPrintable(u"the event loop was blocked for %1 of %2 ms"_s.arg(longest).arg(total)));
}

void TestImportWizard::cancelLeavesTheWorkspaceAsItWas()
{
    QByteArray data = "order_id,customer_id,order_date,amount\n";
    for (int i = 0; i < 400000; ++i)
        data += QByteArray::number(i) + ",C" + QByteArray::number(i % 5000) + ",2024-01-01,10\n";
    const QString file = write(u"cancel.csv"_s, data);
    ImportWizard wizard(m_workspace, file);
    wizard.show();
    advanceToCheckedOrders(wizard);
    if (QTest::currentTestFailed())
        return;
    wizard.next();
    auto *run = qobject_cast<ImportRunPage *>(wizard.currentPage());
    QTRY_VERIFY(wizard.findChild<QLabel *>(u"importStatus"_s)->text().contains(u"rows/s"_s));
    QTest::mouseClick(wizard.findChild<QPushButton *>(u"cancelImport"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(run->isComplete(), 60000);
    QVERIFY(wizard.result().cancelled);
    QVERIFY(wizard.findChild<QLabel *>(u"importStatus"_s)->text().contains(u"Cancelled"_s));
    const WorkspaceTotals t = totals(m_workspace);
    QCOMPARE(t.transactions, 0);
    QCOMPARE(t.customers, 0);
}

void TestImportWizard::undoFromTheImportsPage()
{
    const QString file = write(u"orders.csv"_s,
                               "order_id,customer_id,order_date,amount\nA1,C1,2024-01-01,10\n"
                               "A2,C2,2024-01-02,20\n");
    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(m_workspace));
    QTRY_VERIFY(window.session()->loaded());
    {
        ImportWizard wizard(m_workspace, file);
        connect(&wizard, &ImportWizard::imported, window.session(), &WorkspaceSession::refresh);
        wizard.show();
        advanceToCheckedOrders(wizard);
        if (QTest::currentTestFailed())
            return;
        wizard.next();
        QTRY_VERIFY(wizard.currentPage()->isComplete());
    }
    window.showPage(u"imports"_s);
    auto *page = window.findChild<ImportsPage *>();
    QTRY_COMPARE(page->table()->rowCount(), 1);
    saveShot(&window, u"imports-undo"_s);
    QCOMPARE(window.session()->overview().totals.transactions, 2);

    page->table()->selectRow(0);
    auto *undo = window.findChild<QPushButton *>(u"undoImportButton"_s);
    QVERIFY(undo->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_COMPARE(window.session()->overview().totals.transactions, 0);
    QTRY_COMPARE(page->table()->item(0, page->table()->columnCount() - 1)->text(), u"undone"_s);
    QCOMPARE(totals(m_workspace).customers, 0);
}

void TestImportWizard::firstImportSetsRegionAndCurrency()
{
    // A workspace created for China receives a British contact list as its first file: the
    // file page offers region and currency, and the import reads the numbers as British.
    const QString file = write(u"uk.csv"_s,
                               "email,phone,name\nann@example.com,07700 900123,Ann\n"
                               "bob@example.com,020 7946 0018,Bob\n");
    {
        ImportWizard wizard(m_workspace, file);
        wizard.show();
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        auto *picker = wizard.findChild<RegionCurrencyPicker *>(u"importNewWorkspace"_s);
        QVERIFY2(picker, "an empty workspace's first import offers region and currency");
        QCOMPARE(picker->region(), u"CN"_s);
        QCOMPARE(picker->currency(), u"CNY"_s);
        picker->setRegion(u"GB"_s);
        picker->setCurrency(u"GBP"_s);
        auto *kind = wizard.findChild<QComboBox *>(u"importKind"_s);
        kind->setCurrentIndex(kind->findData(static_cast<int>(ImportKind::Contacts)));
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        wizard.next();
        auto *check = qobject_cast<ImportCheckPage *>(wizard.currentPage());
        QVERIFY(check);
        QTRY_VERIFY_WITH_TIMEOUT(check->finished(), 60000);
        wizard.next();
        auto *run = qobject_cast<ImportRunPage *>(wizard.currentPage());
        QVERIFY(run);
        QTRY_VERIFY_WITH_TIMEOUT(run->isComplete(), 20000);
        QVERIFY2(wizard.result().ok(), qPrintable(wizard.result().error));
    }
    {
        auto db = Workspace::openConnection(m_workspace, Workspace::Access::ReadOnly);
        QCOMPARE(readSetting(*db, WorkspaceSetting::Region).value_or(QString()), u"GB"_s);
        QCOMPARE(readSetting(*db, WorkspaceSetting::Currency).value_or(QString()), u"GBP"_s);
        SQLite::Statement phones(*db, "SELECT value FROM identities WHERE kind = 'phone' ORDER BY value");
        QStringList values;
        while (phones.executeStep())
            values << QString::fromStdString(phones.getColumn(0).getString());
        QCOMPARE(values, (QStringList{u"+442079460018"_s, u"+447700900123"_s}));
    }
    // The workspace is no longer empty: the next import does not ask again.
    ImportWizard again(m_workspace, file);
    QVERIFY(!again.findChild<RegionCurrencyPicker *>(u"importNewWorkspace"_s));
}

QTEST_MAIN(TestImportWizard)
void TestImportWizard::savedMappingIsPickedAgainAndManaged()
{
    const QByteArray header = "订单号,会员编号,下单时间,实付金额,渠道,备注\n";
    const QString first = write(u"shop-may.csv"_s, header + "D1,M1,2024-05-01,128,微信,围巾\n");
    const QString second = write(u"shop-june.csv"_s, header + "D2,M2,2024-06-01,66,门店,手套\n");
    {
        ImportWizard wizard(m_workspace, first);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *kind = wizard.findChild<QComboBox *>(u"importKind"_s);
        kind->setCurrentIndex(kind->findData(static_cast<int>(ImportKind::Transactions)));
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        auto *mapping = qobject_cast<ImportMappingPage *>(wizard.currentPage());
        QVERIFY(mapping);
        // Nothing saved yet: the proposals from the names, which leave 备注 out.
        QCOMPARE(mapping->presetBox()->currentData().toString(), QString());
        QCOMPARE(mapping->fieldBox(5)->currentData().toInt(), static_cast<int>(ImportField::Ignore));
        auto *product = mapping->fieldBox(5);
        product->setCurrentIndex(product->findData(static_cast<int>(ImportField::Product)));
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"presetName"_s), u"WeChat shop orders"_s);
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ImportCheckPage *>(wizard.currentPage())->finished(), 20000);
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        QVERIFY2(wizard.result().ok(), qPrintable(wizard.result().error));
    }

    // The next file with the same columns gets the saved mapping without asking.
    ImportWizard wizard(m_workspace, second);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *kind = wizard.findChild<QComboBox *>(u"importKind"_s);
    kind->setCurrentIndex(kind->findData(static_cast<int>(ImportKind::Transactions)));
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    auto *mapping = qobject_cast<ImportMappingPage *>(wizard.currentPage());
    QVERIFY(mapping);
    QCOMPARE(mapping->presetBox()->currentData().toString(), u"WeChat shop orders"_s);
    QCOMPARE(mapping->fieldBox(5)->currentData().toInt(), static_cast<int>(ImportField::Product));
    QVERIFY(wizard.findChild<QLabel *>(u"mappingPresetNote"_s)->text().contains(u"WeChat shop orders"_s));
    // Back to the proposals, and to the saved mapping again.
    mapping->presetBox()->setCurrentIndex(0);
    QCOMPARE(mapping->fieldBox(5)->currentData().toInt(), static_cast<int>(ImportField::Ignore));
    mapping->presetBox()->setCurrentIndex(1);
    QCOMPARE(mapping->fieldBox(5)->currentData().toInt(), static_cast<int>(ImportField::Product));

    // Renamed and deleted from the list of saved mappings.
    MappingPresetsDialog dialog(m_workspace);
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, 0)->text(), u"WeChat shop orders"_s);
    QVERIFY(dialog.table()->item(0, 2)->text().contains(u"备注"_s));
    dialog.table()->selectRow(0);
    InputDialog::setNextText(u"  Shop orders (WeChat)  "_s);
    dialog.renameSelected();
    QVERIFY(dialog.isWriting());
    QTRY_VERIFY(!dialog.isWriting());
    QCOMPARE(dialog.table()->item(0, 0)->text(), u"Shop orders (WeChat)"_s);
    {
        auto db = Workspace::openConnection(m_workspace, Workspace::Access::ReadOnly);
        QCOMPARE(MappingPresets::list(*db).constFirst().name, u"Shop orders (WeChat)"_s);
    }
    dialog.table()->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::No);
    dialog.deleteSelected();
    QCOMPARE(dialog.table()->rowCount(), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.deleteSelected();
    QTRY_VERIFY(!dialog.isWriting());
    QCOMPARE(dialog.table()->rowCount(), 0);
    auto db = Workspace::openConnection(m_workspace, Workspace::Access::ReadOnly);
    QVERIFY(MappingPresets::list(*db).isEmpty());
}

#include "tst_importwizard.moc"
