// The Cohorts and Customer value pages driven offscreen on a demo workspace: the cohort
// heatmap holds Cohorts::compute's numbers for each basis and metric and exports them;
// the historical CLV follows the margin as ClvModel::historical computes it; a fit shows
// the parameters ClvModel::fit returns (or why it refused) with its holdout charts;
// scoring fills predicted_clv for segments, with progress and Cancel, and lists the
// customers ClvModel::mostValuable ranks with the stored scoring's line (after a restart
// too); NPS by month and by segment is NpsReport's.
#include "SegmentEdits.h"
#include "DisplayFormat.h"
#include "WorkspaceSession.h"
#include "analytics/ClvFitPanel.h"
#include "analytics/ClvModelPanel.h"
#include "analytics/ClvScoringPanel.h"
#include "analytics/CohortTableModel.h"
#include "analytics/HistoricalClvPanel.h"
#include "analytics/MostValuableTable.h"
#include "analytics/NpsPanel.h"
#include "analytics/PredictionsPanel.h"
#include "charts/ModelGainChart.h"
#include "widgets/KpiCard.h"
#include "charts/HoldoutChart.h"
#include "charts/NpsTrendChart.h"
#include "charts/TrackingChart.h"
#include "dialogs/FileDialog.h"
#include "lifecycle/CustomerListDialog.h"
#include "pages/CohortsPage.h"
#include "pages/CustomerValuePage.h"
#include "segments/SegmentPicker.h"
#include "segments/SegmentService.h"

#include "analytics/ClvModel.h"
#include "analytics/Cohorts.h"
#include "analytics/NpsReport.h"
#include "models/PropensityModel.h"
#include "demo/DemoGenerator.h"
#include "segments/SegmentQuery.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Statement.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QAbstractItemModelTester>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace mwb;
using namespace mwb::ui;

class TestAnalyticsPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cohortCellsAreTheCoresForEveryMetric();
    void cohortsBySignup();
    void cohortsExportCsvAndPng();
    void hiddenPagesWaitUntilShown();
    void historicalClvFollowsTheMargin();
    void fitShowsTheCoresParameters();
    void fitOnAnEmptyWorkspaceSaysWhy();
    void trackingNoteIsTheCores();
    void scoringFillsPredictedClv();
    void mostValuableCustomersAreTheCores();
    void cancelledScoringLeavesTheStoredScores();
    void npsByMonthAndSegmentAreTheCores();
    void predictionsTrainJudgeAndScore();

private:
    std::unique_ptr<SQLite::Database> db();
    void openSession(const QString &path);
    void screenshot(QWidget *widget, const QString &name);
    void verifyCohorts(const CohortMatrix &expected);

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path;
    std::unique_ptr<WorkspaceSession> m_session;
};

void TestAnalyticsPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QLocale::system().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::setOrganizationName(u"MarketingWorkbenchTest"_s);
    QCoreApplication::setApplicationName(u"tst_analyticspages"_s);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.mwb"_s);
    DemoOptions options;
    options.customers = 1500;
    QVERIFY(DemoGenerator::create(m_demo, options).error.message.isEmpty());
}

void TestAnalyticsPages::init()
{
    m_path = m_dir.filePath(u"%1.mwb"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    QVERIFY(QFile::copy(m_demo, m_path));
    openSession(m_path);
}

void TestAnalyticsPages::openSession(const QString &path)
{
    m_session = std::make_unique<WorkspaceSession>();
    QVERIFY(m_session->open(path).message.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->loaded(), 20000);
}

void TestAnalyticsPages::cleanup()
{
    m_session.reset();
}

std::unique_ptr<SQLite::Database> TestAnalyticsPages::db()
{
    return Workspace::openConnection(m_path, Workspace::Access::ReadOnly);
}

void TestAnalyticsPages::screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("MWB_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QTest::qWait(100);
    widget->grab().save(folder + u'/' + name + u".png"_s);
}

void TestAnalyticsPages::verifyCohorts(const CohortMatrix &expected)
{
    QVERIFY2(expected.ok(), qPrintable(expected.error));
    QVERIFY(expected.rows.size() > 6);
    CohortsPage page(m_session.get());
    page.resize(1280, 800);
    page.show();
    if (expected.basis == CohortBasis::Signup) {
        QSignalSpy shown(&page, &CohortsPage::figuresShown);
        page.basisCombo()->setCurrentIndex(page.basisCombo()->findData(int(CohortBasis::Signup)));
        QVERIFY(shown.wait(20000));
    }
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady() && page.model()->matrix().basis == expected.basis, 20000);
    CohortTableModel *model = page.model();
    QCOMPARE(page.table()->model(), model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), int(expected.rows.size()));
    for (int m = 0; m < page.metricCombo()->count(); ++m) {
        page.metricCombo()->setCurrentIndex(m);
        const auto metric = static_cast<CohortMetric>(page.metricCombo()->currentData().toInt());
        QCOMPARE(model->metric(), metric);
        for (int r = 0; r < expected.rows.size(); ++r) {
            const CohortRow &row = expected.rows.at(r);
            QCOMPARE(model->headerData(r, Qt::Vertical).toString(), QLocale().toString(row.month, u"MMM yyyy"_s));
            QCOMPARE(model->index(r, CohortTableModel::kSizeColumn).data(Qt::UserRole).toLongLong(), row.customers);
            for (int k = 0; k < row.buyers.size(); ++k) {
                const double want = metric == CohortMetric::Retention ? row.retention(k)
                    : metric == CohortMetric::RevenuePerCustomer      ? row.revenuePerCustomer(k)
                                                                      : row.cumulativeRevenuePerCustomer(k);
                const QModelIndex cell = model->index(r, CohortTableModel::kFirstMonthColumn + k);
                QCOMPARE(cell.data(Qt::UserRole).toDouble(), want);
                if (metric == CohortMetric::Retention)
                    QCOMPARE(cell.data().toString(), DisplayFormat::percent(want));
                const QString tip = cell.data(Qt::ToolTipRole).toString();
                QVERIFY2(tip.contains(DisplayFormat::count(row.buyers.at(k)) + u" bought"_s), qPrintable(tip));
                QVERIFY2(tip.contains(DisplayFormat::money(row.revenueMinor.at(k), m_session->currency())),
                         qPrintable(tip));
            }
            // Months after the data's end are empty.
            if (row.buyers.size() < model->months())
                QVERIFY(!model->index(r, CohortTableModel::kFirstMonthColumn + model->months() - 1).data().isValid());
        }
    }
    // Darker cells for higher retention.
    page.metricCombo()->setCurrentIndex(0);
    if (expected.basis == CohortBasis::FirstPurchase)
        screenshot(&page, u"cohorts-page"_s);
}

void TestAnalyticsPages::cohortCellsAreTheCoresForEveryMetric()
{
    auto connection = db();
    const CohortMatrix expected = Cohorts::compute(*connection, CohortBasis::FirstPurchase);
    // First-purchase cohorts all bought in their own month.
    QCOMPARE(expected.rows.constFirst().retention(0), 1.0);
    verifyCohorts(expected);
}

void TestAnalyticsPages::cohortsBySignup()
{
    auto connection = db();
    verifyCohorts(Cohorts::compute(*connection, CohortBasis::Signup));
}

void TestAnalyticsPages::cohortsExportCsvAndPng()
{
    CohortsPage page(m_session.get());
    page.resize(1280, 800);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
    const CohortMatrix &matrix = page.model()->matrix();

    const QString csv = m_dir.filePath(u"cohorts.csv"_s);
    FileDialog::setNextFileName(csv);
    QVERIFY(page.exportCsv());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray content = file.readAll();
    if (content.startsWith("\xEF\xBB\xBF"))
        content.remove(0, 3);
    const QList<QByteArray> lines = content.trimmed().split('\n');
    QCOMPARE(lines.size(), int(matrix.rows.size()) + 1);
    QVERIFY(lines.constFirst().startsWith("cohort,customers,m0_retention_pct,m1_retention_pct"));
    const QList<QByteArray> first = lines.at(1).trimmed().split(',');
    QCOMPARE(QString::fromLatin1(first.at(0)), matrix.rows.constFirst().month.toString(Qt::ISODate));
    QCOMPARE(first.at(1).toLongLong(), matrix.rows.constFirst().customers);
    QCOMPARE(first.at(3).toDouble(), 100.0 * matrix.rows.constFirst().retention(1));

    const QString png = m_dir.filePath(u"cohorts.png"_s);
    FileDialog::setNextFileName(png);
    QVERIFY(page.exportPng());
    const QImage image(png);
    QVERIFY(!image.isNull());
    // The whole table, not only the rows and columns scrolled into view.
    const int rowHeight = page.table()->verticalHeader()->defaultSectionSize();
    QVERIFY2(image.height() >= int(matrix.rows.size()) * rowHeight, qPrintable(QString::number(image.height())));
    QVERIFY(image.height() > page.table()->viewport()->height());
    QVERIFY(image.width() >= page.table()->horizontalHeader()->length());
    // The heatmap is drawn in it: many shades along the middle row.
    QSet<QRgb> shades;
    for (int x = 0; x < image.width(); x += 4)
        shades.insert(image.pixel(x, image.height() / 2));
    QVERIFY2(shades.size() > 8, qPrintable(QString::number(shades.size())));
    if (!qEnvironmentVariableIsEmpty("MWB_SCREENSHOT_DIR"))
        QFile::copy(png, qEnvironmentVariable("MWB_SCREENSHOT_DIR") + u"/cohorts-export.png"_s);

    FileDialog::setNextFileName(QString()); // cancelled: nothing written
    QVERIFY(!page.exportCsv());
}

void TestAnalyticsPages::hiddenPagesWaitUntilShown()
{
    // Cohorts and CLV read every order: pages nobody looks at compute nothing.
    CohortsPage cohorts(m_session.get());
    CustomerValuePage value(m_session.get());
    QTest::qWait(300);
    QVERIFY(!cohorts.isReady());
    QVERIFY(!value.isReady());
    QCOMPARE(cohorts.model()->rowCount(), 0);
    cohorts.show();
    value.show();
    QTRY_VERIFY_WITH_TIMEOUT(cohorts.isReady() && value.isReady(), 20000);
    QVERIFY(cohorts.model()->rowCount() > 0);
}

void TestAnalyticsPages::historicalClvFollowsTheMargin()
{
    CustomerValuePage page(m_session.get());
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
    HistoricalClvPanel *panel = page.historical();
    const QString currency = m_session->currency();
    auto connection = db();
    const HistoricalClv full = ClvModel::historical(*connection, 1.0);
    QVERIFY(full.customers > 0);
    QCOMPARE(panel->valueLabel(u"customers"_s)->text(), DisplayFormat::count(full.customers));
    QCOMPARE(panel->valueLabel(u"revenue"_s)->text(), DisplayFormat::money(full.revenueMinor, currency));
    QCOMPARE(panel->valueLabel(u"aov"_s)->text(),
             DisplayFormat::money(std::llround(full.averageOrderValueMinor), currency));
    QCOMPARE(panel->valueLabel(u"frequency"_s)->text(), DisplayFormat::decimal(full.purchasesPerCustomer, 2));
    QCOMPARE(panel->valueLabel(u"clv"_s)->text(),
             DisplayFormat::money(std::llround(full.clvPerCustomerMinor), currency));

    QSignalSpy loaded(panel, &HistoricalClvPanel::loaded);
    panel->marginSpin()->setValue(30);
    QVERIFY(loaded.wait(20000));
    const HistoricalClv part = ClvModel::historical(*connection, 0.3);
    QCOMPARE(panel->valueLabel(u"clv"_s)->text(),
             DisplayFormat::money(std::llround(part.clvPerCustomerMinor), currency));
    QVERIFY(part.clvPerCustomerMinor < full.clvPerCustomerMinor);
    // The scoring margin follows.
    QCOMPARE(page.model()->scoringPanel()->marginSpin()->value(), 30.0);
    QCOMPARE(page.model()->scoringPanel()->predictRequest().margin, 0.3);
}

void TestAnalyticsPages::fitShowsTheCoresParameters()
{
    CustomerValuePage page(m_session.get());
    page.resize(1280, 800);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
    ClvModelPanel *model = page.model();
    const WorkspaceTotals &t = m_session->overview().totals;
    QCOMPARE(model->fitPanel()->calibrationEdit()->date(), ClvModel::defaultCalibrationEnd(t.firstDate, t.lastDate));
    QCOMPARE(ClvModel::defaultCalibrationEnd(QDate(2024, 1, 1), QDate(2026, 6, 30)), QDate(2025, 6, 30));
    QCOMPARE(ClvModel::defaultCalibrationEnd(QDate(2026, 1, 1), QDate(2026, 12, 31)), QDate(2026, 7, 2));

    QSignalSpy shown(model->fitPanel(), &ClvFitPanel::fitShown);
    QTest::mouseClick(model->fitPanel()->fitButton(), Qt::LeftButton);
    QVERIFY(model->isBusy());
    QVERIFY(!model->fitPanel()->fitButton()->isEnabled());
    QVERIFY(shown.wait(60000));
    QVERIFY(!model->isBusy());

    auto connection = db();
    const ClvFitResult expected = ClvModel::fit(*connection, model->fitPanel()->fitRequest());
    QVERIFY2(expected.ok(), qPrintable(expected.error));
    QVERIFY2(expected.bgnbd.ok(), qPrintable(expected.bgnbd.error));
    const auto text = [&](const char *name) {
        return model->fitPanel()->parameterLabel(QString::fromLatin1(name))->text();
    };
    QCOMPARE(text("r"), DisplayFormat::decimal(expected.bgnbd.parameters.r, 4));
    QCOMPARE(text("alpha"), DisplayFormat::decimal(expected.bgnbd.parameters.alpha, 4));
    QCOMPARE(text("a"), DisplayFormat::decimal(expected.bgnbd.parameters.a, 4));
    QCOMPARE(text("b"), DisplayFormat::decimal(expected.bgnbd.parameters.b, 4));
    QCOMPARE(text("ll"), DisplayFormat::decimal(expected.bgnbd.logLikelihood, 2));
    if (expected.gammaGamma.ok()) {
        QCOMPARE(text("p"), DisplayFormat::decimal(expected.gammaGamma.parameters.p, 4));
        QCOMPARE(text("q"), DisplayFormat::decimal(expected.gammaGamma.parameters.q, 4));
        QCOMPARE(text("gamma"), DisplayFormat::decimal(expected.gammaGamma.parameters.gamma, 4));
    } else {
        QCOMPARE(text("p"), DisplayFormat::undefined());
    }
    QCOMPARE(model->fitPanel()->lastFit().calibrationEnd, model->fitPanel()->calibrationEdit()->date());
    QVERIFY(model->fitPanel()->fitStatus()->text().contains(DisplayFormat::count(expected.customers)));
    QCOMPARE(model->fitPanel()->holdoutChart()->groupCount(), int(expected.byFrequency.size()));
    QCOMPARE(model->fitPanel()->trackingChart()->pointCount(), int(expected.tracking.size()));
    QCOMPARE(model->fitPanel()->trackingNote()->text(),
             expected.tracking.isEmpty() ? expected.trackingNote : QString());
    QVERIFY(!expected.byFrequency.isEmpty());
    screenshot(&page, u"customer-value-page"_s);

    // Days instead of weeks: a fit in the other unit.
    model->fitPanel()->unitCombo()->setCurrentIndex(model->fitPanel()->unitCombo()->findData(int(TimeUnit::Day)));
    shown.clear();
    model->fitPanel()->fit();
    QVERIFY(shown.wait(60000));
    QCOMPARE(model->fitPanel()->lastFit().unit, TimeUnit::Day);
    const ClvFitResult days = ClvModel::fit(*connection, model->fitPanel()->fitRequest());
    QCOMPARE(text("r"), DisplayFormat::decimal(days.bgnbd.parameters.r, 4));
    const QDate calibrationEnd = model->fitPanel()->calibrationEdit()->date();

    // After a restart the last fit is there again, with its checks, dated.
    model = nullptr;
    page.hide();
    m_session.reset();
    openSession(m_path);
    CustomerValuePage again(m_session.get());
    again.resize(1280, 800);
    again.show();
    QTRY_VERIFY_WITH_TIMEOUT(again.isReady(), 20000);
    ClvModelPanel *reopened = again.model();
    QTRY_VERIFY_WITH_TIMEOUT(reopened->fitPanel()->hasFit(), 20000);
    const auto reopenedText = [&](const char *name) {
        return reopened->fitPanel()->parameterLabel(QString::fromLatin1(name))->text();
    };
    QCOMPARE(reopened->fitPanel()->lastFit().unit, TimeUnit::Day);
    QCOMPARE(reopened->fitPanel()->unitCombo()->currentData().toInt(), int(TimeUnit::Day));
    QCOMPARE(reopened->fitPanel()->calibrationEdit()->date(), calibrationEnd);
    QCOMPARE(reopenedText("r"), DisplayFormat::decimal(days.bgnbd.parameters.r, 4));
    QCOMPARE(reopenedText("ll"), DisplayFormat::decimal(days.bgnbd.logLikelihood, 2));
    QCOMPARE(reopened->fitPanel()->holdoutChart()->groupCount(), int(days.byFrequency.size()));
    QCOMPARE(reopened->fitPanel()->trackingChart()->pointCount(), int(days.tracking.size()));
    QVERIFY2(reopened->fitPanel()->fitStatus()->text().contains(DisplayFormat::date(QDate::currentDate())),
             qPrintable(reopened->fitPanel()->fitStatus()->text()));
}

void TestAnalyticsPages::fitOnAnEmptyWorkspaceSaysWhy()
{
    m_session.reset();
    m_path = m_dir.filePath(u"empty.mwb"_s);
    QFile::remove(m_path);
    QVERIFY(Workspace::create(m_path).workspace);
    openSession(m_path);
    CustomerValuePage page(m_session.get());
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
    ClvModelPanel *model = page.model();
    auto connection = db();
    const ClvFitResult expected = ClvModel::fit(*connection, model->fitPanel()->fitRequest());
    QVERIFY(!expected.ok() || !expected.bgnbd.ok());
    model->fitPanel()->fit();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 60000);
    const QString reason = expected.ok() ? expected.bgnbd.error : expected.error;
    QVERIFY(!reason.isEmpty());
    const QString shown =
        expected.ok() ? model->findChild<QLabel *>(u"bgnbdError"_s)->text() : model->fitPanel()->fitStatus()->text();
    QVERIFY2(shown.contains(reason), qPrintable(shown + u" / "_s + reason));
    QCOMPARE(model->fitPanel()->parameterLabel(u"r"_s)->text(), DisplayFormat::undefined());
}

void TestAnalyticsPages::trackingNoteIsTheCores()
{
    CustomerValuePage page(m_session.get());
    page.resize(1280, 800);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
    ClvModelPanel *model = page.model();
    // Calibrating up to the data's last day leaves no holdout to track.
    const QDate last = m_session->overview().totals.lastDate;
    model->fitPanel()->calibrationEdit()->setDate(last);
    QCOMPARE(model->fitPanel()->fitRequest().summary.calibrationEnd, last);
    QSignalSpy shown(model->fitPanel(), &ClvFitPanel::fitShown);
    model->fitPanel()->fit();
    QVERIFY(shown.wait(60000));

    auto connection = db();
    const ClvFitResult expected = ClvModel::fit(*connection, model->fitPanel()->fitRequest());
    QVERIFY2(expected.ok(), qPrintable(expected.error));
    QVERIFY(expected.tracking.isEmpty());
    QVERIFY2(expected.trackingNote.contains(u"no holdout"_s), qPrintable(expected.trackingNote));
    QCOMPARE(model->fitPanel()->trackingChart()->pointCount(), 0);
    QCOMPARE(model->fitPanel()->trackingNote()->text(), expected.trackingNote);
    QVERIFY(model->fitPanel()->trackingNote()->isVisible());

    // A calibration end with a holdout draws the plot again, without a note.
    model->fitPanel()->calibrationEdit()->setDate(
        ClvModel::defaultCalibrationEnd(m_session->overview().totals.firstDate, last));
    shown.clear();
    model->fitPanel()->fit();
    QVERIFY(shown.wait(60000));
    const ClvFitResult tracked = ClvModel::fit(*connection, model->fitPanel()->fitRequest());
    QCOMPARE(model->fitPanel()->trackingChart()->pointCount(), int(tracked.tracking.size()));
    QCOMPARE(model->fitPanel()->trackingNote()->isVisible(), tracked.tracking.isEmpty());
}

void TestAnalyticsPages::scoringFillsPredictedClv()
{
    const SegmentParse valued =
        SegmentDefinition::fromJson(QJsonObject{{u"field"_s, u"predicted_clv"_s}, {u"op"_s, u">"_s}, {u"value"_s, 0}});
    QVERIFY2(valued.ok(), qPrintable(valued.error));
    {
        auto connection = db();
        const SegmentCount before = SegmentQuery::count(*connection, valued.node);
        QVERIFY2(before.ok(), qPrintable(before.error));
        QCOMPARE(before.count, 0);
    }
    CustomerValuePage page(m_session.get());
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
    ClvModelPanel *model = page.model();
    model->scoringPanel()->horizonSpin()->setValue(24);
    model->scoringPanel()->discountSpin()->setValue(8);
    QCOMPARE(model->scoringPanel()->predictRequest().horizonMonths, 24);
    QCOMPARE(model->scoringPanel()->predictRequest().annualDiscountRate, 0.08);

    QSignalSpy scored(model->scoringPanel(), &ClvScoringPanel::scored);
    QSignalSpy metrics(m_session.get(), &WorkspaceSession::scoresChanged);
    QTest::mouseClick(model->scoringPanel()->scoreButton(), Qt::LeftButton);
    QVERIFY(model->isBusy());
    QVERIFY(model->scoringPanel()->scoreProgress()->isVisible());
    QVERIFY(model->scoringPanel()->cancelButton()->isVisible());
    QVERIFY(!model->scoringPanel()->scoreButton()->isEnabled());
    QVERIFY(scored.wait(60000));
    QVERIFY(!model->scoringPanel()->scoreProgress()->isVisible());
    QVERIFY(!model->scoringPanel()->cancelButton()->isVisible());
    const ClvPrediction &prediction = model->scoringPanel()->lastPrediction();
    QVERIFY2(prediction.ok(), qPrintable(prediction.error));
    QVERIFY(prediction.customersScored > 0);
    QCOMPARE(metrics.count(), 1); // segments over predicted_clv count anew
    QVERIFY2(model->scoringPanel()->scoreStatus()->text().contains(DisplayFormat::count(prediction.customersScored)),
             qPrintable(model->scoringPanel()->scoreStatus()->text()));
    QVERIFY(model->scoringPanel()->scoreStatus()->text().contains(
        DisplayFormat::money(std::llround(prediction.totalMinor), m_session->currency())));

    auto connection = db();
    const SegmentCount after = SegmentQuery::count(*connection, valued.node);
    QVERIFY2(after.ok(), qPrintable(after.error));
    QVERIFY(after.count > 0);
    QVERIFY(after.count <= prediction.customersScored);
}

void TestAnalyticsPages::mostValuableCustomersAreTheCores()
{
    std::optional<ClvModelInfo> stored;
    ClvPredictRequest request;
    {
        CustomerValuePage page(m_session.get());
        page.resize(1280, 800);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
        ClvModelPanel *model = page.model();
        // Nothing scored yet: an empty table and no scoring line.
        QVERIFY(!model->scoringPanel()->storedModel());
        QCOMPARE(model->scoringPanel()->mostValuableTable()->rowCount(), 0);

        model->scoringPanel()->horizonSpin()->setValue(18);
        model->scoringPanel()->discountSpin()->setValue(7.5);
        model->scoringPanel()->marginSpin()->setValue(40);
        request = model->scoringPanel()->predictRequest();
        QSignalSpy stored1(model->scoringPanel(), &ClvScoringPanel::storedShown);
        model->scoringPanel()->score();
        QVERIFY(stored1.wait(60000));
        QVERIFY2(model->scoringPanel()->lastPrediction().ok(),
                 qPrintable(model->scoringPanel()->lastPrediction().error));

        auto connection = db();
        stored = ClvModel::lastPrediction(*connection);
        QVERIFY(stored);
        QCOMPARE(stored->horizonMonths, 18);
        QCOMPARE(stored->customersScored, model->scoringPanel()->lastPrediction().customersScored);
        const QList<ValuedCustomer> expected = ClvModel::mostValuable(*connection, 100, request);
        QVERIFY(expected.size() > 10);
        MostValuableTable *table = model->scoringPanel()->mostValuableTable();
        QCOMPARE(table->rowCount(), int(expected.size()));
        const QString currency = m_session->currency();
        for (int row = 0; row < 10; ++row) {
            const ValuedCustomer &c = expected.at(row);
            QCOMPARE(table->item(row, MostValuableTable::Name)->text(), c.name);
            QCOMPARE(table->item(row, MostValuableTable::ExternalId)->text(), c.externalId);
            QCOMPARE(table->item(row, MostValuableTable::Orders)->text(), DisplayFormat::count(c.value.orders));
            QVERIFY(c.value.predictedClvMinor);
            QCOMPARE(table->item(row, MostValuableTable::PredictedClv)->text(),
                     DisplayFormat::money(std::llround(*c.value.predictedClvMinor), currency));
            QVERIFY(c.value.probabilityAlive);
            QCOMPARE(table->item(row, MostValuableTable::ProbabilityAlive)->text(),
                     DisplayFormat::percent(*c.value.probabilityAlive));
        }
        // The scoring line says what the core stored.
        QLabel *line = model->scoringPanel()->lastScoring();
        QVERIFY(line->isVisible());
        QCOMPARE(line->text(), ClvScoringPanel::scoringText(*stored));
        QVERIFY2(line->text().contains(DisplayFormat::count(stored->customersScored)), qPrintable(line->text()));
        QVERIFY2(line->text().contains(u"18 months"_s) && line->text().contains(u"7.5 %"_s)
                     && line->text().contains(u"40 %"_s),
                 qPrintable(line->text()));

        // A double-click opens exactly that customer.
        const QModelIndex first = table->model()->index(0, MostValuableTable::Name);
        table->scrollTo(first);
        const QRect cell = table->visualRect(first);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY(model->scoringPanel()->lastDrillDown());
        CustomerListDialog *drill = model->scoringPanel()->lastDrillDown();
        QTRY_VERIFY_WITH_TIMEOUT(drill->isLoaded(), 20000);
        QCOMPARE(drill->count(), 1);
        QCOMPARE(drill->definition(),
                 SegmentNode::condition(u"external_id"_s, SegmentOp::Equal, expected.first().externalId));
        drill->close();
        screenshot(&page, u"customer-value-scored"_s);
    }

    // After a restart the page shows the stored scoring and starts from its settings.
    m_session.reset();
    openSession(m_path);
    CustomerValuePage page(m_session.get());
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
    ClvModelPanel *model = page.model();
    QVERIFY(model->scoringPanel()->storedModel());
    QCOMPARE(model->scoringPanel()->storedModel()->scoredAt, stored->scoredAt);
    QCOMPARE(model->scoringPanel()->lastScoring()->text(), ClvScoringPanel::scoringText(*stored));
    QCOMPARE(model->scoringPanel()->horizonSpin()->value(), 18);
    QCOMPARE(model->scoringPanel()->discountSpin()->value(), 7.5);
    QCOMPARE(model->scoringPanel()->marginSpin()->value(), 40.0);
    QCOMPARE(model->scoringPanel()->predictRequest().horizonMonths, request.horizonMonths);
    auto connection = db();
    const QList<ValuedCustomer> expected = ClvModel::mostValuable(*connection, 100, request);
    QCOMPARE(model->scoringPanel()->mostValuableTable()->rowCount(), int(expected.size()));
    QCOMPARE(model->scoringPanel()->mostValuableTable()->item(0, MostValuableTable::Name)->text(),
             expected.first().name);
}

void TestAnalyticsPages::cancelledScoringLeavesTheStoredScores()
{
    CustomerValuePage page(m_session.get());
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
    ClvModelPanel *model = page.model();
    QSignalSpy stored(model->scoringPanel(), &ClvScoringPanel::storedShown);
    model->scoringPanel()->score();
    QVERIFY(stored.wait(60000));
    auto connection = db();
    const std::optional<ClvModelInfo> before = ClvModel::lastPrediction(*connection);
    QVERIFY(before);
    const QList<ValuedCustomer> valuedBefore =
        ClvModel::mostValuable(*connection, 5, model->scoringPanel()->predictRequest());
    const QString lineBefore = model->scoringPanel()->lastScoring()->text();

    // Another horizon, cancelled at once: every worker thread is held until the Cancel, so
    // the scoring cannot get past the core's first look at the flag before it.
    model->scoringPanel()->horizonSpin()->setValue(36);
    QSignalSpy stopped(model->scoringPanel(), &ClvScoringPanel::scoringStopped);
    QSignalSpy scored(model->scoringPanel(), &ClvScoringPanel::scored);
    QSignalSpy metrics(m_session.get(), &WorkspaceSession::scoresChanged);
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
    model->scoringPanel()->scoreButton()->click();
    QVERIFY(model->scoringPanel()->isScoring());
    QVERIFY(model->scoringPanel()->cancelButton()->isVisible());
    model->scoringPanel()->cancelButton()->click();
    QVERIFY(!model->scoringPanel()->cancelButton()->isEnabled());
    held.release(threads);
    QVERIFY(stopped.wait(60000));
    QCOMPARE(scored.count(), 0);
    QCOMPARE(metrics.count(), 0);
    QVERIFY(model->scoringPanel()->lastPrediction().cancelled);
    QVERIFY(!model->isBusy());
    QVERIFY(model->scoringPanel()->scoreButton()->isEnabled());
    QVERIFY2(model->scoringPanel()->scoreStatus()->text().contains(u"cancelled"_s),
             qPrintable(model->scoringPanel()->scoreStatus()->text()));

    const std::optional<ClvModelInfo> after = ClvModel::lastPrediction(*connection);
    QVERIFY(after);
    QCOMPARE(after->scoredAt, before->scoredAt);
    QCOMPARE(after->horizonMonths, before->horizonMonths);
    QCOMPARE(after->customersScored, before->customersScored);
    const QList<ValuedCustomer> valuedAfter =
        ClvModel::mostValuable(*connection, 5, model->scoringPanel()->predictRequest());
    QCOMPARE(valuedAfter.size(), valuedBefore.size());
    for (int i = 0; i < valuedAfter.size(); ++i) {
        QCOMPARE(valuedAfter.at(i).id, valuedBefore.at(i).id);
        QCOMPARE(valuedAfter.at(i).value.predictedClvMinor, valuedBefore.at(i).value.predictedClvMinor);
    }
    QCOMPARE(model->scoringPanel()->lastScoring()->text(), lineBefore);
}

void TestAnalyticsPages::npsByMonthAndSegmentAreTheCores()
{
    auto connection = db();
    const QList<NpsMonth> months = NpsReport::monthly(*connection);
    QVERIFY(!months.isEmpty());
    const SegmentSaveResult saved =
        saveSegmentAndWait(m_session->segments(), u"复购客户 repeat buyers"_s,
                           QJsonObject{{u"field"_s, u"frequency"_s}, {u"op"_s, u">="_s}, {u"value"_s, 2}});
    QVERIFY2(saved.ok(), qPrintable(saved.error));

    CustomerValuePage page(m_session.get());
    page.resize(1280, 800);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
    NpsPanel *nps = page.nps();
    QTableWidget *table = nps->table();
    QCOMPARE(table->rowCount(), int(months.size()));
    // Newest month first.
    for (int i = 0; i < months.size(); ++i) {
        const NpsMonth &m = months.at(months.size() - 1 - i);
        QCOMPARE(table->item(i, 0)->text(), QLocale().toString(m.month, u"MMM yyyy"_s));
        QCOMPARE(table->item(i, 1)->text(), NpsPanel::scoreText(m.counts));
        QCOMPARE(table->item(i, 2)->text(), DisplayFormat::count(m.counts.promoters));
        QCOMPARE(table->item(i, 3)->text(), DisplayFormat::count(m.counts.passives));
        QCOMPARE(table->item(i, 4)->text(), DisplayFormat::count(m.counts.detractors));
    }
    int withAnswers = 0;
    for (const NpsMonth &m : months)
        withAnswers += m.counts.score() ? 1 : 0;
    QCOMPARE(nps->chart()->pointCount(), withAnswers);
    NpsCounts c;
    c.promoters = 30;
    c.passives = 10;
    c.detractors = 60;
    QCOMPARE(NpsPanel::scoreText(c), u"−30"_s);

    // Everyone, then the saved segment.
    QTRY_VERIFY_WITH_TIMEOUT(nps->isSegmentLoaded(), 20000);
    const NpsCounts everyone = NpsReport::forSegment(*connection, SegmentNode{});
    QVERIFY(everyone.answers() > 0);
    QCOMPARE(nps->segmentScore()->text(), NpsPanel::scoreText(everyone));
    QVERIFY(nps->segmentCounts()->text().contains(DisplayFormat::count(everyone.promoters) + u" promoters"_s));

    QComboBox *combo = nps->segmentCombo();
    const int index = combo->findData(saved.id);
    QVERIFY(index > 0);
    QCOMPARE(combo->itemText(index), u"复购客户 repeat buyers"_s);
    QSignalSpy shown(nps, &NpsPanel::segmentShown);
    combo->setCurrentIndex(index);
    QVERIFY(shown.wait(20000));
    const SegmentParse parsed =
        SegmentDefinition::fromJson(QJsonObject{{u"field"_s, u"frequency"_s}, {u"op"_s, u">="_s}, {u"value"_s, 2}});
    const NpsCounts repeat = NpsReport::forSegment(*connection, parsed.node);
    QCOMPARE(nps->segmentScore()->text(), NpsPanel::scoreText(repeat));
    QVERIFY(nps->segmentCounts()->text().contains(DisplayFormat::count(repeat.detractors) + u" detractors"_s));
    QVERIFY(repeat.answers() < everyone.answers());
    page.tabs()->setCurrentIndex(1);
    screenshot(&page, u"customer-value-nps"_s);
}

void TestAnalyticsPages::predictionsTrainJudgeAndScore()
{
    CustomerValuePage page(m_session.get());
    page.resize(1280, 1000);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
    PredictionsPanel *panel = page.predictions();
    QVERIFY(!panel->shownModel());
    QVERIFY(!panel->scoreButton()->isEnabled()); // nothing to score with yet
    panel->setTarget(ModelTarget::Churn);
    panel->setAlgorithm(ModelAlgorithm::Logistic);
    QCOMPARE(panel->trainRequest().horizonDays, 90);

    QSignalSpy trained(panel, &PredictionsPanel::trained);
    QTest::mouseClick(panel->trainButton(), Qt::LeftButton);
    QVERIFY(panel->isBusy());
    QVERIFY(trained.wait(120000));
    QVERIFY(panel->shownModel());

    // What the panel shows is the stored model, as the core reads it back.
    std::optional<ModelReport> stored;
    {
        auto connection = db();
        stored = PropensityModel::load(*connection, ModelTarget::Churn);
    }
    QVERIFY(stored && stored->test);
    const ModelEvaluation &test = *stored->test;
    QCOMPARE(panel->card(u"auc"_s)->valueText(), DisplayFormat::decimal(test.auc, 3));
    QCOMPARE(panel->card(u"precision"_s)->valueText(), DisplayFormat::percent(test.precision));
    QCOMPARE(panel->card(u"recall"_s)->valueText(), DisplayFormat::percent(test.recall));
    QCOMPARE(panel->card(u"baseRate"_s)->valueText(), DisplayFormat::percent(test.baseRate));
    QCOMPARE(panel->card(u"threshold"_s)->valueText(), DisplayFormat::decimal(stored->threshold, 2));
    // In plain words: the top tenth's rate against the base rate.
    QVERIFY2(panel->summaryText().contains(DisplayFormat::percent(test.deciles[0].observedRate, 0))
                 && panel->summaryText().contains(DisplayFormat::percent(test.baseRate, 0)),
             qPrintable(panel->summaryText()));
    QCOMPARE(panel->calibrationTable()->rowCount(), 10);
    for (int d = 0; d < 10; ++d)
        QCOMPARE(panel->calibrationTable()->item(d, 3)->text(),
                 DisplayFormat::percent(test.deciles[static_cast<std::size_t>(d)].observedRate));
    QCOMPARE(panel->gainChart()->pointCount(), 10);
    QCOMPARE(panel->featureTable()->rowCount(), stored->features.size());
    // Every feature in words, its name (as the command line says it) kept beside.
    for (int r = 0; r < panel->featureTable()->rowCount(); ++r) {
        const QTableWidgetItem *item = panel->featureTable()->item(r, 0);
        const QString name = item->data(Qt::UserRole).toString();
        QVERIFY2(item->text() != name, qPrintable(name));
        QCOMPARE(item->toolTip(), name);
    }
    QCOMPARE(PredictionsPanel::featureLabel(u"orders_90d"_s), u"Orders, last 90 days"_s);
    QCOMPARE(PredictionsPanel::featureLabel(u"type_app_open_30d"_s), u"Touchpoints “app_open”, last 30 days"_s);
    QCOMPARE(PredictionsPanel::featureLabel(u"channel_wechat_90d"_s), u"Touchpoints on wechat, last 90 days"_s);
    QCOMPARE(PredictionsPanel::featureLabel(u"category_share_Tea"_s), u"Share of spend on Tea"_s);
    QCOMPARE(PredictionsPanel::featureLabel(u"something_new"_s), u"something_new"_s);
    page.tabs()->setCurrentIndex(1);
    QCOMPARE(page.tabs()->tabText(1), u"Predictions"_s);
    screenshot(&page, u"customer-value-predictions"_s);

    // Scoring stores a score for every buyer, which segments read.
    QSignalSpy scored(panel, &PredictionsPanel::scored);
    QSignalSpy metrics(m_session.get(), &WorkspaceSession::scoresChanged);
    QVERIFY(panel->scoreButton()->isEnabled());
    QTest::mouseClick(panel->scoreButton(), Qt::LeftButton);
    QVERIFY(scored.wait(120000));
    QVERIFY(panel->lastScoring() && panel->lastScoring()->ok());
    QVERIFY(metrics.count() >= 1);
    auto connection = db();
    SQLite::Statement count(*connection, "SELECT count(*) FROM customer_metrics WHERE churn_score BETWEEN 0 AND 1");
    QVERIFY(count.executeStep());
    QCOMPARE(count.getColumn(0).getInt64(), panel->lastScoring()->customersScored);
    QVERIFY(panel->statusText().contains(DisplayFormat::count(panel->lastScoring()->customersScored)));

    // A page opened afterwards shows the stored model again.
    CustomerValuePage again(m_session.get());
    again.show();
    QTRY_VERIFY_WITH_TIMEOUT(again.isReady(), 20000);
    QVERIFY(again.predictions()->shownModel());
    QCOMPARE(again.predictions()->card(u"auc"_s)->valueText(), DisplayFormat::decimal(test.auc, 3));
}

QTEST_MAIN(TestAnalyticsPages)
#include "tst_analyticspages.moc"
