// The Campaigns page driven offscreen on a demo workspace: the comparison table lists the
// core's campaigns; the New Campaign dialog previews exactly the split the core plans
// and creates it; an overtaken plan never reaches its caller; a taken name is refused in the dialog; the list export writes the
// treatment group led by member_token and logs the contacts; the report's cards say what
// CampaignReport::compute says; the report exports as PDF and CSV; results come back
// through the import wizard and are matched by member token; deleting removes the
// campaign; the main window lists the page after Segments, under its Ctrl+number.
#include "DisplayFormat.h"
#include "MainWindow.h"
#include "WorkspaceSession.h"
#include "campaigns/CampaignComparisonTable.h"
#include "campaigns/CampaignExportDialog.h"
#include "campaigns/CampaignReportPdf.h"
#include "campaigns/CampaignReportText.h"
#include "campaigns/CampaignReportView.h"
#include "campaigns/CampaignService.h"
#include "campaigns/NewCampaignDialog.h"
#include "charts/CampaignFunnelChart.h"
#include "campaigns/CampaignArmsTable.h"
#include "campaigns/CampaignBreakdownTable.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "import/ImportCheckPage.h"
#include "import/ImportRunPage.h"
#include "import/ImportWizard.h"
#include "pages/CampaignsPage.h"
#include "widgets/KpiCard.h"

#include "campaigns/CampaignExport.h"
#include "campaigns/CampaignReport.h"
#include "campaigns/CampaignStore.h"
#include "campaigns/ControlSplit.h"
#include "demo/DemoGenerator.h"
#include "segments/SegmentDefinition.h"
#include "segments/SegmentStore.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Statement.h>

#include <QComboBox>
#include <QSpinBox>
#include <QFontMetricsF>
#include <QPdfWriter>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mwb;
using namespace mwb::ui;

namespace {

const char *const kRepeat = R"({"all": [{"field": "frequency", "op": ">=", "value": 2}]})";

QList<QByteArray> lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> rows;
    const QList<QByteArray> all = file.readAll().split('\n');
    for (QByteArray line : all) {
        line = line.trimmed();
        if (!line.isEmpty())
            rows << line;
    }
    return rows;
}

} // namespace

class TestCampaignsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tableListsTheCoreCampaigns();
    void newCampaignPreviewAgreesWithThePlanAndCreates();
    void takenNameIsRefusedInTheDialog();
    void emptyTreatmentDisablesCreate();
    void overtakenPlansAreDropped();
    void exportListThroughTheDialog();
    void closingTheWindowDuringAnExportCancelsIt();
    void reportCardsAgreeWithTheCore();
    void reportExportsAsPdfAndCsv();
    void resultsComeBackThroughTheWizard();
    void deleteRemovesTheCampaign();
    void mainWindowListsThePageAfterSegments();
    void abTestFromDialogToReportAndListsPerArm();

private:
    std::unique_ptr<Workspace> core();
    // A campaign of the saved segment made by the core (sent today), its id.
    qint64 createInCore(const QString &name, double holdout = 0.1);
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path;
    qint64 m_segmentId = 0;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<CampaignsPage> m_page;
};

void TestCampaignsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QLocale::system().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::setOrganizationName(u"MarketingWorkbenchTest"_s);
    QCoreApplication::setApplicationName(u"tst_campaignspage"_s);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.mwb"_s);
    DemoOptions options;
    options.customers = 1500;
    QVERIFY(DemoGenerator::create(m_demo, options).error.message.isEmpty());
    auto ws = Workspace::open(m_demo).workspace;
    QVERIFY(ws);
    const SegmentParse parsed = SegmentDefinition::fromText(QByteArray(kRepeat));
    QVERIFY(parsed.ok());
    const SegmentSaveResult saved = SegmentStore::save(ws->db(), u"复购客户 Repeat buyers"_s, parsed.node.toJson());
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    m_segmentId = saved.id;
}

void TestCampaignsPage::init()
{
    m_path = m_dir.filePath(u"%1.mwb"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    QVERIFY(QFile::copy(m_demo, m_path));
    m_session = std::make_unique<WorkspaceSession>();
    QVERIFY(m_session->open(m_path).message.isEmpty());
    m_page = std::make_unique<CampaignsPage>(m_session.get());
    m_page->resize(1280, 900);
    m_page->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isReady(), 20000);
}

void TestCampaignsPage::cleanup()
{
    m_page.reset();
    m_session.reset();
}

std::unique_ptr<Workspace> TestCampaignsPage::core()
{
    return Workspace::open(m_path).workspace;
}

qint64 TestCampaignsPage::createInCore(const QString &name, double holdout)
{
    auto ws = core();
    CampaignSpec spec;
    spec.name = name;
    spec.segmentId = m_segmentId;
    spec.holdout = holdout;
    spec.seed = 42;
    const CampaignCreated created = CampaignStore::create(ws->db(), spec);
    if (!created.ok())
        qWarning("core create failed: %s", qPrintable(created.error));
    return created.id;
}

void TestCampaignsPage::screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("MWB_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget->grab().save(folder + u'/' + name + u".png"_s);
}

void TestCampaignsPage::tableListsTheCoreCampaigns()
{
    auto ws = core();
    const QList<Campaign> campaigns = CampaignStore::list(ws->db());
    QCOMPARE(campaigns.size(), 3); // the demo's past campaigns
    CampaignComparisonTable *table = m_page->table();
    QCOMPARE(table->rowCount(), 3);
    for (int r = 0; r < campaigns.size(); ++r) {
        QCOMPARE(table->campaignId(r), campaigns[r].id);
        QCOMPARE(table->item(r, CampaignComparisonTable::Name)->text(), campaigns[r].name);
        QCOMPARE(table->item(r, CampaignComparisonTable::Treatment)->text(),
                 DisplayFormat::count(campaigns[r].treatment));
        QCOMPARE(table->item(r, CampaignComparisonTable::Control)->text(), DisplayFormat::count(campaigns[r].control));
    }
    // The first campaign is chosen and its report shown.
    QCOMPARE(m_page->currentCampaignId(), campaigns.constFirst().id);
    QVERIFY(m_page->reportView()->report());
    QCOMPARE(m_page->reportView()->report()->campaign.id, campaigns.constFirst().id);
    QCOMPARE(m_page->reportView()->findChild<QLabel *>(u"reportTitle"_s)->text(), campaigns.constFirst().name);
}

void TestCampaignsPage::newCampaignPreviewAgreesWithThePlanAndCreates()
{
    QPointer<NewCampaignDialog> dialog = m_page->newCampaign();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // The demo's data ends on 2026-06-30: the campaign is planned for the day after.
    QCOMPARE(dialog->findChild<QDateEdit *>(u"campaignSendDate"_s)->date(), QDate(2026, 7, 1));
    // QTest types Latin-1 only: the Chinese part goes in as an input method would put it.
    auto *name = dialog->findChild<QLineEdit *>(u"campaignName"_s);
    name->insert(u"中秋茶礼 "_s);
    QTest::keyClicks(name, u"Mid-autumn tea"_s);
    auto *segment = dialog->findChild<QComboBox *>(u"campaignSegment"_s);
    segment->setCurrentIndex(segment->findData(m_segmentId));
    auto *share = dialog->findChild<QDoubleSpinBox *>(u"campaignControlShare"_s);
    share->selectAll();
    QTest::keyClicks(share, u"20"_s);
    QCOMPARE(share->value(), 20.0);

    // The preview lands for exactly what the form says now.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->previewPending() && dialog->shownPlan(), 20000);
    const CampaignSpec spec = dialog->spec();
    QCOMPARE(dialog->shownSpec().segmentId, m_segmentId);
    QCOMPARE(dialog->shownSpec().holdout, 0.2);
    QCOMPARE(dialog->shownSpec().seed, spec.seed);
    CampaignPlan direct;
    {
        auto ws = core();
        direct = CampaignStore::plan(ws->db(), spec);
    }
    QVERIFY2(direct.ok(), qPrintable(direct.error));
    QVERIFY(direct.treatment > 0);
    QCOMPARE(dialog->shownPlan()->treatment, direct.treatment);
    QCOMPARE(dialog->shownPlan()->control, direct.control);
    QCOMPARE(direct.control, ControlSplit::controlSize(direct.treatment + direct.control, 0.2));
    QVERIFY(dialog->previewText().startsWith(u"Treatment %1 · Control %2"_s.arg(DisplayFormat::count(direct.treatment),
                                                                                DisplayFormat::count(direct.control))));
    screenshot(dialog, u"campaigns-new-dialog"_s);

    qint64 created = 0;
    connect(dialog, &QDialog::accepted, this, [&created, dialog] { created = dialog->createdId(); });
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(created > 0, 20000);

    auto ws = core();
    const std::optional<Campaign> campaign = CampaignStore::find(ws->db(), created);
    QVERIFY(campaign);
    QCOMPARE(campaign->name, u"中秋茶礼 Mid-autumn tea"_s);
    QCOMPARE(campaign->treatment, direct.treatment);
    QCOMPARE(campaign->control, direct.control);
    QCOMPARE(campaign->segmentId, m_segmentId);
    // The page lists it and chooses it.
    QTRY_COMPARE(m_page->table()->rowCount(), 4);
    QTRY_COMPARE(m_page->currentCampaignId(), created);
}

void TestCampaignsPage::takenNameIsRefusedInTheDialog()
{
    QString taken;
    {
        auto ws = core();
        taken = CampaignStore::list(ws->db()).constFirst().name;
    }
    QPointer<NewCampaignDialog> dialog = m_page->newCampaign();
    dialog->findChild<QLineEdit *>(u"campaignName"_s)->insert(taken);
    auto *segment = dialog->findChild<QComboBox *>(u"campaignSegment"_s);
    segment->setCurrentIndex(segment->findData(m_segmentId));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 20000);
    QVERIFY2(dialog->errorText().contains(taken), qPrintable(dialog->errorText()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->createdId(), 0);
    auto ws = core();
    QCOMPARE(CampaignStore::list(ws->db()).size(), 3);
    dialog->reject();
}

void TestCampaignsPage::emptyTreatmentDisablesCreate()
{
    // A segment of the customers without an e-mail address, counted here by a direct query.
    qint64 segmentId = 0;
    qint64 withoutEmail = 0;
    qint64 withoutAddress = 0;
    {
        auto ws = core();
        SQLite::Statement count(ws->db(),
                                "SELECT count(*) FILTER (WHERE coalesce(email, '') = ''), "
                                "count(*) FILTER (WHERE coalesce(email, '') = '' AND coalesce(address, '') = '') "
                                "FROM customers");
        QVERIFY(count.executeStep());
        withoutEmail = count.getColumn(0).getInt64();
        withoutAddress = count.getColumn(1).getInt64();
        const SegmentParse parsed =
            SegmentDefinition::fromText(QByteArray(R"({"all": [{"field": "email", "op": "is_empty"}]})"));
        QVERIFY(parsed.ok());
        const SegmentSaveResult saved = SegmentStore::save(ws->db(), u"No e-mail"_s, parsed.node.toJson());
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        segmentId = saved.id;
    }
    QVERIFY(withoutEmail > 1);
    QVERIFY(withoutAddress > 0 && withoutAddress < withoutEmail); // some of them can get a letter
    // Opened again, so the dialog lists the new segment.
    cleanup();
    m_session = std::make_unique<WorkspaceSession>();
    QVERIFY(m_session->open(m_path).message.isEmpty());
    m_page = std::make_unique<CampaignsPage>(m_session.get());
    m_page->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isReady(), 20000);

    QPointer<NewCampaignDialog> dialog = m_page->newCampaign();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(u"campaignName"_s)->insert(u"Nobody to mail"_s);
    auto *segment = dialog->findChild<QComboBox *>(u"campaignSegment"_s);
    QVERIFY(segment->findData(segmentId) >= 0);
    segment->setCurrentIndex(segment->findData(segmentId));
    auto *channel = dialog->findChild<QComboBox *>(u"campaignChannel"_s);
    channel->setCurrentIndex(channel->findData(u"email"_s));
    QTRY_VERIFY_WITH_TIMEOUT(
        !dialog->previewPending() && dialog->shownPlan() && dialog->shownSpec().segmentId == segmentId, 20000);
    QCOMPARE(dialog->shownPlan()->treatment, 0);
    QCOMPARE(dialog->shownPlan()->excludedUnreachable, withoutEmail);
    const QString reason = u"None of the %1 has an e-mail address."_s.arg(DisplayFormat::count(withoutEmail));
    QVERIFY2(dialog->previewText().contains(reason), qPrintable(dialog->previewText()));
    QVERIFY(!dialog->okButton()->isEnabled());
    QCOMPARE(dialog->okButton()->toolTip(), reason);
    screenshot(dialog, u"campaigns-new-empty"_s);

    // Direct mail reaches those with a street address: Create comes back.
    channel->setCurrentIndex(channel->findData(u"direct_mail"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->previewPending() && dialog->shownSpec().channel == u"direct_mail"_s, 20000);
    QCOMPARE(dialog->shownPlan()->excludedUnreachable, withoutAddress);
    QVERIFY(dialog->shownPlan()->treatment > 0);
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->reject();

    // The core refuses the same campaign with the same words (the CLI says them).
    auto ws = core();
    CampaignSpec spec;
    spec.name = u"Nobody to mail"_s;
    spec.segmentId = segmentId;
    spec.channel = u"email"_s;
    const CampaignCreated refused = CampaignStore::create(ws->db(), spec);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error, u"None of the %1 has an e-mail address."_s.arg(QLocale().toString(withoutEmail)));
}

void TestCampaignsPage::overtakenPlansAreDropped()
{
    CampaignSpec first;
    first.name = u"Overtaken"_s;
    first.segmentId = m_segmentId;
    first.holdout = 0.1;
    first.seed = 7;
    CampaignSpec second = first;
    second.holdout = 0.5;
    QList<double> answered; // the holdout each delivered plan was asked with
    CampaignPlan delivered;
    CampaignService *service = m_session->campaigns();
    QTRY_COMPARE_WITH_TIMEOUT(service->pendingAnswers(), 0, 20000);
    const int dropped = service->droppedAnswers();
    service->plan(first, this, [&](const CampaignPlan &plan) {
        answered << 0.1;
        delivered = plan;
    });
    service->plan(second, this, [&](const CampaignPlan &plan) {
        answered << 0.5;
        delivered = plan;
    });
    // Both come back; the overtaken plan is dropped.
    QTRY_COMPARE_WITH_TIMEOUT(service->pendingAnswers(), 0, 20000);
    QCOMPARE(service->droppedAnswers(), dropped + 1);
    QCOMPARE(answered, QList<double>{0.5});
    QCOMPARE(delivered.control, ControlSplit::controlSize(delivered.treatment + delivered.control, 0.5));
}

void TestCampaignsPage::exportListThroughTheDialog()
{
    const qint64 id = createInCore(u"Export me"_s);
    QVERIFY(id > 0);
    m_page->reload();
    QTRY_VERIFY(m_page->table()->rowOf(id) >= 0);
    m_page->selectCampaign(id);
    QCOMPARE(m_page->currentCampaignId(), id);
    std::optional<Campaign> before;
    {
        auto ws = core();
        before = CampaignStore::find(ws->db(), id);
    }
    QVERIFY(before && before->treatment > 0 && before->exported == 0);

    QPointer<CampaignExportDialog> dialog = m_page->exportList();
    QVERIFY(dialog);
    auto *columns = dialog->columnList();
    QVERIFY(columns->isEnabled());
    // The channel's default columns are ticked.
    QStringList ticked;
    for (int i = 0; i < columns->count(); ++i) {
        if (columns->item(i)->checkState() == Qt::Checked)
            ticked << columns->item(i)->data(Qt::UserRole).toString();
    }
    QStringList defaults = CampaignExport::defaultColumns(u"email"_s);
    std::sort(defaults.begin(), defaults.end());
    std::sort(ticked.begin(), ticked.end());
    QCOMPARE(ticked, defaults);

    const QString file = m_dir.filePath(u"export-list"_s); // the suffix is added
    FileDialog::setNextFileName(file);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportBrowse"_s), Qt::LeftButton);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"exportPath"_s)->text(), file + u".csv"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportRun"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->result().has_value(), 20000);
    QVERIFY2(dialog->result()->ok(), qPrintable(dialog->result()->error));
    QCOMPARE(dialog->result()->rows, before->treatment);
    QCOMPARE(dialog->result()->contactsLogged, before->treatment);
    QVERIFY(dialog->findChild<QLabel *>(u"exportStatus"_s)
                ->text()
                .contains(u"Wrote %1 rows"_s.arg(DisplayFormat::count(before->treatment))));

    const QList<QByteArray> rows = lines(file + u".csv"_s);
    QCOMPARE(rows.size(), before->treatment + 1);
    QVERIFY(rows.constFirst().startsWith("member_token,"));
    auto ws = core();
    QCOMPARE(CampaignStore::find(ws->db(), id)->exported, before->treatment);

    // A hashed audience: its own columns, the column picker off.
    dialog->setFormat(CampaignListFormat::Hashed);
    QVERIFY(!columns->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportRun"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->running() && dialog->result().has_value(), 20000);
    QVERIFY2(dialog->result()->ok(), qPrintable(dialog->result()->error));
    QCOMPARE(dialog->result()->contactsLogged, 0); // logged once, however often exported
    const QList<QByteArray> hashed = lines(file + u".csv"_s);
    QCOMPARE(hashed.size(), before->treatment + 1);
    QCOMPARE(QString::fromUtf8(hashed.constFirst()), CampaignExport::hashedColumns().join(u','));
    dialog->reject();
}

void TestCampaignsPage::closingTheWindowDuringAnExportCancelsIt()
{
    const qint64 id = createInCore(u"Closed mid-export"_s);
    QVERIFY(id > 0);
    m_page->reload();
    QTRY_VERIFY(m_page->table()->rowOf(id) >= 0);
    m_page->selectCampaign(id);
    QPointer<CampaignExportDialog> dialog = m_page->exportList();
    QVERIFY(dialog);
    const QString file = m_dir.filePath(u"closed-mid-export.csv"_s);
    dialog->setPath(file);

    // Every worker thread is held, so the export cannot end before the window goes.
    QThreadPool *pool = QThreadPool::globalInstance();
    QSemaphore started;
    QSemaphore held;
    const int threads = pool->maxThreadCount();
    for (int i = 0; i < threads; ++i) {
        pool->start([&started, &held] {
            started.release();
            held.acquire();
        });
    }
    // No events until they are let go: painting waits for the pool too.
    started.acquire(threads);
    dialog->exportList();
    QVERIFY(dialog->running());

    // The window goes, and the dialog with it; then the worker runs and reports progress.
    delete dialog.data();
    m_page.reset();
    held.release(threads);
    QVERIFY(pool->waitForDone(20000));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();

    // Cancelled: no list was left behind and nobody was logged as contacted.
    QVERIFY(!QFile::exists(file));
    auto ws = core();
    const std::optional<Campaign> after = CampaignStore::find(ws->db(), id);
    QVERIFY(after);
    QCOMPARE(after->exported, 0);
}

void TestCampaignsPage::reportCardsAgreeWithTheCore()
{
    auto ws = core();
    const QList<Campaign> campaigns = CampaignStore::list(ws->db());
    const qint64 id = campaigns.constLast().id; // the oldest demo campaign: its window has closed
    m_page->selectCampaign(id);
    CampaignReportView *view = m_page->reportView();
    QTRY_VERIFY(view->report() && view->report()->campaign.id == id);
    const CampaignReportData r = CampaignReport::compute(ws->db(), id);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.treatment.members > 0 && r.control.members > 0);
    QVERIFY(r.uplift.comparison);
    const QString currency = ws->currency();
    const ProportionComparison &c = *r.uplift.comparison;

    QCOMPARE(view->card(u"treatmentRate"_s)->valueText(), DisplayFormat::percent(r.treatment.rate()));
    QCOMPARE(view->card(u"controlRate"_s)->valueText(), DisplayFormat::percent(r.control.rate()));
    QCOMPARE(view->card(u"uplift"_s)->valueText(), DisplayFormat::points(c.difference));
    QVERIFY(view->card(u"uplift"_s)->accessibleName().contains(DisplayFormat::points(c.difference)));
    QCOMPARE(view->card(u"pValue"_s)->valueText(), c.pValue ? DisplayFormat::pValue(*c.pValue) : u"—"_s);
    QCOMPARE(view->card(u"incrementalConversions"_s)->valueText(),
             DisplayFormat::decimal(*r.uplift.incrementalConversions));
    QCOMPARE(view->card(u"incrementalRevenue"_s)->valueText(),
             DisplayFormat::money(std::llround(*r.uplift.incrementalRevenueMinor), currency));
    QCOMPARE(view->card(u"cost"_s)->valueText(), DisplayFormat::money(r.costMinor, currency));
    QCOMPARE(view->card(u"roi"_s)->valueText(), r.roi ? DisplayFormat::percent(*r.roi, 0) : u"—"_s);
    QCOMPARE(view->card(u"costPerIncremental"_s)->valueText(),
             r.costPerIncrementalConversionMinor
                 ? DisplayFormat::money(std::llround(*r.costPerIncrementalConversionMinor), currency)
                 : u"—"_s);
    // The funnel draws converted shares of each group; the window note follows the core.
    QCOMPARE(view->funnel()->barValue(4, true), std::round(1000.0 * r.treatment.rate()) / 10.0);
    QCOMPARE(view->funnel()->barValue(4, false), std::round(1000.0 * r.control.rate()) / 10.0);
    QCOMPARE(view->findChild<QLabel *>(u"reportWindowNote"_s)->isVisible(), r.windowOpen);
    // The stage breakdown accounts for every member of both groups.
    qint64 treatment = 0;
    qint64 control = 0;
    for (int row = 0; row < view->stageTable()->rowCount(); ++row) {
        treatment += QLocale().toLongLong(view->stageTable()->item(row, 1)->text());
        control += QLocale().toLongLong(view->stageTable()->item(row, 4)->text());
    }
    QCOMPARE(treatment, r.treatment.members);
    QCOMPARE(control, r.control.members);
    QVERIFY(view->rfmTable()->rowCount() > 0);
    // The comparison table says the same uplift.
    const int row = m_page->table()->rowOf(id);
    QCOMPARE(m_page->table()->item(row, CampaignComparisonTable::Uplift)->text(),
             CampaignReportText::upliftWithInterval(r.uplift));
    screenshot(m_page.get(), u"campaigns-page"_s);
}

void TestCampaignsPage::reportExportsAsPdfAndCsv()
{
    QVERIFY(m_page->currentCampaignId() > 0);
    const QString pdf = m_dir.filePath(u"report.pdf"_s);
    FileDialog::setNextFileName(pdf);
    QVERIFY(m_page->exportReportPdf());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 2000);
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.contains("%%EOF"));

    // The layout: rows never split across pages, a table going on under its header again,
    // headers wrapping only between words, every table within the page, the funnel chart.
    const CampaignReportData report = CampaignReport::compute(core()->db(), m_page->currentCampaignId());
    QVERIFY(report.ok());
    CampaignReportPdf::Layout layout;
    QCOMPARE(CampaignReportPdf::write(report, u"CNY"_s, m_dir.filePath(u"laid-out.pdf"_s), &layout), QString());
    if (const QString folder = qEnvironmentVariable("MWB_SCREENSHOT_DIR"); !folder.isEmpty()) // for the docs
        QFile::copy(m_dir.filePath(u"laid-out.pdf"_s), folder + u"/campaign-report.pdf"_s);
    using Kind = PdfComposer::Placed::Kind;
    int pictures = 0;
    for (qsizetype i = 0; i < layout.placed.size(); ++i) {
        const PdfComposer::Placed &block = layout.placed[i];
        if (block.kind != Kind::Footer)
            QVERIFY2(block.rect.bottom() <= layout.pageBottom + 0.5, qPrintable(block.text));
        pictures += block.kind == Kind::Picture ? 1 : 0;
        const bool firstOnPage = i > 0 && layout.placed[i - 1].page != block.page;
        if (firstOnPage)
            QVERIFY2(block.kind != Kind::TableRow, qPrintable(u"a page starts with a row: "_s + block.text));
    }
    QCOMPARE(pictures, 1);
    const QList<PdfTable> tables = CampaignReportPdf::tables(report, u"CNY"_s);
    QCOMPARE(layout.tables.size(), tables.size());
    QPdfWriter measure(m_dir.filePath(u"measure.pdf"_s));
    measure.setResolution(300);
    const qreal padding = 300 / 25.4; // 1 mm on either side
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const PdfComposer::TableLayout &laid = layout.tables[t];
        qreal total = 0;
        QFont font;
        font.setFamilies({u"Noto Sans"_s, u"Noto Sans CJK SC"_s, u"DejaVu Sans"_s});
        font.setPointSizeF(laid.fontSize);
        font.setBold(true);
        const QFontMetricsF metrics(font, &measure);
        for (qsizetype c = 0; c < laid.widths.size(); ++c) {
            total += laid.widths[c];
            for (const QString &word : tables[t].headers[c].split(u' ', Qt::SkipEmptyParts))
                QVERIFY2(metrics.horizontalAdvance(word) <= laid.widths[c] - 2 * padding + 1,
                         qPrintable(tables[t].headers[c]));
        }
        QVERIFY(total <= layout.textWidth + 0.5);
    }

    const QString csv = m_dir.filePath(u"report.csv"_s);
    FileDialog::setNextFileName(csv);
    QVERIFY(m_page->exportReportCsv());
    const QList<QByteArray> rows = lines(csv);
    QVERIFY(rows.size() > 5);
    // A cancelled file dialog writes nothing.
    FileDialog::setNextFileName(QString());
    QVERIFY(!m_page->exportReportPdf());
}

void TestCampaignsPage::resultsComeBackThroughTheWizard()
{
    const qint64 id = createInCore(u"Results campaign"_s);
    QVERIFY(id > 0);
    const QString list = m_dir.filePath(u"results-list.csv"_s);
    {
        auto ws = core();
        CampaignExportRequest request;
        request.campaignId = id;
        request.path = list;
        const CampaignExportResult exported = CampaignExport::run(ws->db(), request);
        QVERIFY2(exported.ok(), qPrintable(exported.error));
    }
    const QList<QByteArray> rows = lines(list);
    QVERIFY(rows.size() > 5);
    QStringList tokens;
    for (int i = 1; i <= 4; ++i)
        tokens << QString::fromUtf8(rows[i].split(',').constFirst());
    const QString results = m_dir.filePath(u"results.csv"_s);
    {
        QFile file(results);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("member_token,status\n%1,converted\n%2,opened\n%3,converted\n%4,clicked\n"
                                  "ZZZZZZZZZZZZ,delivered\n")
                       .arg(tokens[0], tokens[1], tokens[2], tokens[3])
                       .toUtf8());
    }
    m_page->reload();
    QTRY_VERIFY(m_page->table()->rowOf(id) >= 0);
    m_page->selectCampaign(id);

    QPointer<ImportWizard> wizard = m_page->importResults(results);
    QVERIFY(wizard);
    auto *kind = wizard->findChild<QComboBox *>(u"importKind"_s);
    auto *campaign = wizard->findChild<QComboBox *>(u"importCampaign"_s);
    QCOMPARE(kind->currentData().toInt(), static_cast<int>(ImportKind::Results));
    QTRY_COMPARE(campaign->currentData().toLongLong(), id);
    QVERIFY(campaign->isVisible());
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    QCOMPARE(wizard->request.campaignId, id);
    wizard->next();
    wizard->next();
    auto *check = qobject_cast<ImportCheckPage *>(wizard->currentPage());
    QVERIFY(check);
    QTRY_VERIFY_WITH_TIMEOUT(check->finished(), 20000);
    QVERIFY2(check->isComplete(), qPrintable(wizard->findChild<QLabel *>(u"checkSummary"_s)->text()));
    QVERIFY(wizard->findChild<QLabel *>(u"checkSummary"_s)->text().contains(u"4 rows matched a campaign member"_s));
    wizard->next();
    auto *run = qobject_cast<ImportRunPage *>(wizard->currentPage());
    QVERIFY(run);
    QTRY_VERIFY_WITH_TIMEOUT(run->isComplete(), 20000);
    QVERIFY2(wizard->result().ok(), qPrintable(wizard->result().error));
    const ImportSummary &s = wizard->result().summary;
    QCOMPARE(s.rowsMatched, 4);
    QCOMPARE(s.rowsUnmatched, 1);
    QCOMPARE(s.matchedBy.value(u"member_token"_s), 4);
    const QString status = wizard->findChild<QLabel *>(u"importStatus"_s)->text();
    QVERIFY2(status.contains(ImportWizard::matchText(s)), qPrintable(status));
    QVERIFY(status.contains(u"4 by member token"_s));
    screenshot(wizard, u"campaigns-results-import"_s);
    wizard->accept();

    // The report follows: two members converted by their results (the campaign is sent
    // today, after the last order of the demo).
    CampaignReportData r;
    {
        auto ws = core();
        r = CampaignReport::compute(ws->db(), id);
    }
    QVERIFY(r.ok());
    QCOMPARE(r.treatment.converted, 2);
    QVERIFY(r.treatment.opened >= 2); // the opened and the clicked member
    QTRY_VERIFY_WITH_TIMEOUT(m_page->reportView()->report() && m_page->reportView()->report()->campaign.id == id
                                 && m_page->reportView()->report()->treatment.converted == 2,
                             20000);
    QCOMPARE(m_page->reportView()->card(u"treatmentRate"_s)->valueText(), DisplayFormat::percent(r.treatment.rate()));
    QCOMPARE(m_page->reportView()->funnel()->barValue(2, true),
             std::round(1000.0 * CampaignReportText::share(r.treatment.opened, r.treatment.members)) / 10.0);

    // From File › Import, the kind is chosen and the campaign picked from the list.
    ImportWizard plain(m_path, results);
    auto *plainKind = plain.findChild<QComboBox *>(u"importKind"_s);
    auto *plainCampaign = plain.findChild<QComboBox *>(u"importCampaign"_s);
    plain.show();
    QVERIFY(!plainCampaign->isVisible());
    plainKind->setCurrentIndex(plainKind->findData(static_cast<int>(ImportKind::Results)));
    QVERIFY(plainCampaign->isVisible());
    QTRY_COMPARE(plainCampaign->count(), 4);
    QTRY_VERIFY(plain.currentPage()->isComplete());
    QCOMPARE(plain.request.campaignId, plainCampaign->currentData().toLongLong());
}

void TestCampaignsPage::deleteRemovesTheCampaign()
{
    const qint64 id = m_page->currentCampaignId();
    QVERIFY(id > 0);
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!m_page->deleteCampaign());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_page->deleteCampaign());
    QTRY_COMPARE(m_page->table()->rowCount(), 2);
    QCOMPARE(m_page->table()->rowOf(id), -1);
    auto ws = core();
    QVERIFY(!CampaignStore::find(ws->db(), id));
}

void TestCampaignsPage::mainWindowListsThePageAfterSegments()
{
    cleanup();
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openWorkspace(m_path));
    QStringList ids;
    for (WorkbenchPage *page : window.pages())
        ids << page->pageId();
    QCOMPARE(ids.indexOf(u"campaigns"_s), ids.indexOf(u"segments"_s) + 1);
    // Ctrl+1, Ctrl+2, … follow the sidebar's order.
    const int index = static_cast<int>(ids.indexOf(u"campaigns"_s));
    QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + index), Qt::ControlModifier);
    QCOMPARE(window.currentPage()->pageId(), u"campaigns"_s);
    auto *page = qobject_cast<CampaignsPage *>(window.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(page->isReady(), 20000);
    QCOMPARE(page->table()->rowCount(), 3);
}

void TestCampaignsPage::abTestFromDialogToReportAndListsPerArm()
{
    QPointer<NewCampaignDialog> dialog = m_page->newCampaign();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"campaignName"_s), u"Subject lines"_s);
    auto *segment = dialog->findChild<QComboBox *>(u"campaignSegment"_s);
    segment->setCurrentIndex(segment->findData(m_segmentId));
    // Three arms: the names follow (A, B, C) and the preview shows each arm's size.
    auto *arms = dialog->findChild<QSpinBox *>(u"campaignArms"_s);
    arms->setValue(3);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"campaignArmNames"_s)->text(), u"A, B, C"_s);
    auto *share = dialog->findChild<QDoubleSpinBox *>(u"campaignControlShare"_s);
    share->setValue(25);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->previewPending() && dialog->shownPlan() && dialog->shownSpec().arms.size() == 3
                                 && dialog->shownSpec().holdout == 0.25,
                             20000);
    CampaignPlan direct;
    {
        auto ws = core();
        direct = CampaignStore::plan(ws->db(), dialog->spec());
    }
    QVERIFY(direct.ok() && direct.armSizes.size() == 3 && direct.baseline && direct.detectableUplift);
    QVERIFY2(dialog->previewText().contains(u"A %1 · B %2 · C %3"_s.arg(DisplayFormat::count(direct.armSizes[0]),
                                                                        DisplayFormat::count(direct.armSizes[1]),
                                                                        DisplayFormat::count(direct.armSizes[2]))),
             qPrintable(dialog->previewText()));
    // The detectable uplift as the core computes it, in the form every page writes points.
    QVERIFY2(dialog->powerText().contains(DisplayFormat::points(*direct.detectableUplift)),
             qPrintable(dialog->powerText()));
    QCOMPARE(dialog->powerWarningShown(), direct.controlTooSmall);
    screenshot(dialog, u"campaigns-new-ab-dialog"_s);

    // A control group of 0.5 % is too small to show anything: the dialog says so.
    share->setValue(0.5);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->previewPending() && dialog->shownSpec().holdout == 0.005, 20000);
    QVERIFY(dialog->powerWarningShown());
    QVERIFY(dialog->powerText().contains(u"too small"_s));
    share->setValue(25);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->previewPending() && dialog->shownSpec().holdout == 0.25, 20000);

    qint64 created = 0;
    connect(dialog, &QDialog::accepted, this, [&created, dialog] { created = dialog->createdId(); });
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(created > 0, 20000);
    QTRY_COMPARE(m_page->currentCampaignId(), created);

    // The report: the control group and one row per arm, and the verdict of the core.
    CampaignReportView *view = m_page->reportView();
    QTRY_VERIFY(view->report() && view->report()->campaign.id == created);
    CampaignReportData r;
    {
        auto ws = core();
        r = CampaignReport::compute(ws->db(), created);
    }
    QCOMPARE(r.arms.size(), 3);
    QCOMPARE(view->armsTable()->rowCount(), 4);
    for (int row = 1; row < 4; ++row) {
        QCOMPARE(view->armsTable()->item(row, 0)->text(), r.arms[row - 1].name);
        QCOMPARE(view->armsTable()->item(row, 1)->text(), DisplayFormat::count(r.arms[row - 1].figures.members));
    }
    QCOMPARE(view->verdictText(), CampaignReportText::verdict(r));
    QVERIFY(!view->verdictText().isEmpty());
    // The printed report has the same arms table after the headline figures.
    const QString currency = m_session->currency();
    const QList<PdfTable> printed = CampaignReportPdf::tables(r, currency);
    QCOMPARE(printed.size(), 5);
    QCOMPARE(printed[4].rows.size(), 4);
    for (int row = 0; row < 4; ++row) {
        for (int column = 0; column < view->armsTable()->columnCount(); ++column)
            QCOMPARE(printed[4].rows[row][column], view->armsTable()->item(row, column)->text());
    }
    CampaignReportPdf::Layout layout;
    QVERIFY(CampaignReportPdf::write(r, currency, m_dir.filePath(u"ab.pdf"_s), &layout).isEmpty());
    QCOMPARE(layout.tables.size(), 5);
    if (const QString folder = qEnvironmentVariable("MWB_SCREENSHOT_DIR"); !folder.isEmpty())
        QVERIFY(CampaignReportPdf::write(r, currency, folder + u"/campaigns-ab-report.pdf"_s).isEmpty());

    // One file per arm: each holds its arm's members, with the arm column after the token.
    QPointer<CampaignExportDialog> exporter = m_page->exportList();
    QVERIFY(exporter);
    exporter->setPath(m_dir.filePath(u"subject-lines.csv"_s));
    exporter->setOnePerArm(true);
    const QStringList files = exporter->plannedFiles();
    QCOMPARE(files.size(), 3);
    QTest::mouseClick(exporter->findChild<QPushButton *>(u"exportRun"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!exporter->running() && exporter->result().has_value(), 20000);
    QVERIFY2(exporter->result()->ok(), qPrintable(exporter->result()->error));
    QCOMPARE(exporter->result()->rows, r.treatment.members);
    QCOMPARE(exporter->result()->contactsLogged, r.treatment.members);
    for (int i = 0; i < 3; ++i) {
        const QList<QByteArray> rows = lines(files[i]);
        QCOMPARE(rows.size(), r.arms[i].figures.members + 1);
        QVERIFY(rows.constFirst().startsWith("member_token,arm,"));
        for (qsizetype k = 1; k < rows.size(); ++k)
            QCOMPARE(rows[k].split(',').at(1), r.arms[i].name.toUtf8());
    }
    screenshot(m_page.get(), u"campaigns-ab-report"_s);
    exporter->reject();
}

QTEST_MAIN(TestCampaignsPage)
#include "tst_campaignspage.moc"
