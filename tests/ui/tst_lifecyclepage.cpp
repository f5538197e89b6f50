// The Lifecycle page driven through its widgets offscreen on a demo workspace: the funnel
// shows the core's counts, every drill-down (funnel bar, migration cell, trend point)
// lists exactly the customers behind its number and saves them as a segment, playbook
// segments, new rules and another day move the figures.
#include "WorkspaceSession.h"
#include "charts/ChartExport.h"
#include "charts/StageFunnelChart.h"
#include "charts/StageTrendChart.h"
#include "demo/DemoGenerator.h"
#include "customers/CustomerTableModel.h"
#include "dialogs/FileDialog.h"
#include "dialogs/InputDialog.h"
#include "dialogs/MessageBox.h"
#include "lifecycle/CustomerListDialog.h"
#include "lifecycle/StageStyle.h"
#include "lifecycle/LifecycleRulesDialog.h"
#include "lifecycle/MigrationTable.h"
#include "pages/LifecyclePage.h"
#include "segments/SegmentQuery.h"
#include "segments/CustomerTable.h"
#include "segments/SegmentStore.h"
#include "store/Workspace.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarSet>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QDeadlineTimer>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mwb;
using namespace mwb::ui;

class TestLifecyclePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void funnelShowsTheCoreCounts();
    void funnelBarOpensItsCustomersAndSavesThem();
    void migrationCellOpensItsCustomers();
    void trendPointOpensItsCustomers();
    void playbookCreatesALiveSegment();
    void newRulesMoveTheFigures();
    void anotherDayMovesTheFigures();

private:
    CustomerListDialog *waitForDrillDown();
    void screenshot(QWidget *widget, const QString &name);
    std::unique_ptr<Workspace> core(); // a second connection, to compare with

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<LifecyclePage> m_page;
};

void TestLifecyclePage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.mwb"_s);
    DemoOptions options;
    options.customers = 1500;
    QVERIFY(DemoGenerator::create(m_demo, options).error.message.isEmpty());
}

void TestLifecyclePage::init()
{
    m_path = m_dir.filePath(u"%1.mwb"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    QVERIFY(QFile::copy(m_demo, m_path));
    m_session = std::make_unique<WorkspaceSession>();
    QVERIFY(m_session->open(m_path).message.isEmpty());
    m_page = std::make_unique<LifecyclePage>(m_session.get());
    m_page->resize(1280, 1000);
    m_page->show();
    QTRY_VERIFY(m_page->isLoaded());
}

void TestLifecyclePage::cleanup()
{
    m_page.reset();
    m_session.reset();
}

std::unique_ptr<Workspace> TestLifecyclePage::core()
{
    return Workspace::open(m_path).workspace;
}

CustomerListDialog *TestLifecyclePage::waitForDrillDown()
{
    CustomerListDialog *dialog = m_page->lastDrillDown();
    if (!dialog)
        return nullptr;
    QDeadlineTimer deadline(10000);
    while (!dialog->isLoaded() && !deadline.hasExpired())
        QTest::qWait(10);
    return dialog->isLoaded() ? dialog : nullptr;
}

void TestLifecyclePage::screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("MWB_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget->grab().save(folder + u'/' + name + u".png"_s);
}

void TestLifecyclePage::funnelShowsTheCoreCounts()
{
    auto ws = core();
    const QDate reference = Lifecycle::referenceDate(ws->db());
    const Funnel expected = Lifecycle::funnel(ws->db(), reference);
    QCOMPARE(m_page->asOfEdit()->date(), reference);
    QCOMPARE(m_page->fromEdit()->date(), reference.addYears(-1));
    QCOMPARE(m_page->funnelChart()->funnel().total(), 1500);
    for (LifecycleStage stage : kLifecycleStages)
        QCOMPARE(m_page->funnelChart()->barValue(stage),
                 expected.customers[static_cast<std::size_t>(stageIndex(stage))]);
    // The figures saved with the chart are the core's counts, stage by stage.
    const QList<ExportRow> saved = ChartExport::of(m_page->funnelChart())->rows();
    QCOMPARE(saved.size(), qsizetype(kLifecycleStageCount));
    for (LifecycleStage stage : kLifecycleStages) {
        const ExportRow &row = saved[stageIndex(stage)];
        QCOMPARE(std::get<QString>(row[0]), StageStyle::displayName(stage));
        QCOMPARE(std::get<qint64>(row[1]), expected.customers[static_cast<std::size_t>(stageIndex(stage))]);
    }
    const QList<ExportRow> months = ChartExport::of(m_page->trendChart())->rows();
    QCOMPARE(months.size(), m_page->trendChart()->trend().ends.size());
    QCOMPARE(std::get<QDate>(months.constLast()[0]), m_page->trendChart()->trend().ends.constLast());
    QVERIFY(m_page->trendChart()->trend().ends.size() >= 30);
    screenshot(m_page.get(), u"lifecycle-page"_s);
}

void TestLifecyclePage::funnelBarOpensItsCustomersAndSavesThem()
{
    // The bar a user clicks: the Abandon set's bar.
    const QList<QAbstractSeries *> series = m_page->funnelChart()->chart()->series();
    QCOMPARE(series.size(), 1);
    QBarSet *abandon = nullptr;
    for (QBarSet *set : static_cast<QAbstractBarSeries *>(series.constFirst())->barSets()) {
        if (set->label() == u"Abandon"_s)
            abandon = set;
    }
    QVERIFY(abandon);
    Q_EMIT abandon->clicked(0);
    CustomerListDialog *dialog = waitForDrillDown();
    QVERIFY(dialog);

    auto ws = core();
    const StageSelection selection{m_page->asOfEdit()->date(), LifecycleStage::Abandon, std::nullopt, std::nullopt};
    const SegmentNode definition = SegmentDefinition::fromJson(selection.segmentDefinition()).node;
    const qint64 expected = SegmentQuery::count(ws->db(), definition).count;
    QCOMPARE(dialog->count(), expected);
    QCOMPARE(dialog->count(), m_page->funnelChart()->barValue(LifecycleStage::Abandon));
    // Every customer is listed (rows load as they are shown), in id order.
    QAbstractItemModel *rows = dialog->table()->model();
    QCOMPARE(qint64(rows->rowCount()), expected);
    QVERIFY(expected > 0);
    const QList<CustomerSummary> byId = SegmentQuery::preview(ws->db(), definition, 1000000);
    QCOMPARE(qint64(byId.size()), expected);
    QTRY_COMPARE(rows->index(0, CustomerTableModel::ExternalId).data().toString(), byId.constFirst().externalId);
    QCOMPARE(rows->index(0, CustomerTableModel::Stage).data().toString(), u"Abandon"_s);
    dialog->table()->scrollToBottom();
    QTRY_COMPARE(rows->index(int(expected) - 1, CustomerTableModel::ExternalId).data().toString(),
                 byId.constLast().externalId);

    // Exported whole.
    const QString file = QDir(m_dir.path()).filePath(u"abandoned.csv"_s);
    FileDialog::setNextFileName(file);
    QSignalSpy exported(dialog, &CustomerListDialog::exportFinished);
    QVERIFY(dialog->exportList());
    QVERIFY(exported.wait(20000));
    QVERIFY2(dialog->lastExport().ok(), qPrintable(dialog->lastExport().error));
    QCOMPARE(dialog->lastExport().rows, expected);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(qint64(csv.readAll().count('\n')), expected + 1); // the header, then one line a customer
    screenshot(dialog, u"lifecycle-drilldown"_s);

    InputDialog::setNextText(u"Lapsed in June"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog->saveButton()->click();
    QVERIFY(!dialog->saveButton()->isEnabled()); // written on a worker
    QTRY_VERIFY(dialog->saveButton()->isEnabled());
    QVERIFY(MessageBox::lastText().startsWith(u"Saved the segment"_s));
    const QList<SavedSegment> segments = SegmentStore::list(ws->db());
    QCOMPARE(segments.size(), 1);
    QCOMPARE(segments[0].name, u"Lapsed in June"_s);
    QCOMPARE(segments[0].definition, selection.segmentDefinition());

    // The same name again is refused with a message naming it.
    InputDialog::setNextText(u"Lapsed in June"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(dialog->saveAsSegment());
    QTRY_VERIFY(dialog->saveButton()->isEnabled());
    QVERIFY(!MessageBox::lastText().startsWith(u"Saved the segment"_s));
    QVERIFY(MessageBox::lastText().contains(u"Lapsed in June"_s));
    QCOMPARE(SegmentStore::list(ws->db()).size(), 1);
}

void TestLifecyclePage::migrationCellOpensItsCustomers()
{
    MigrationTable *table = m_page->migrationTable();
    const int row = stageIndex(LifecycleStage::Adopt);
    const int column = stageIndex(LifecycleStage::Abandon);
    const qint64 shown = table->item(row, column)->data(Qt::UserRole).toLongLong();
    QVERIFY(shown > 0);
    table->scrollToItem(table->item(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(row, column)).center());
    CustomerListDialog *dialog = waitForDrillDown();
    QVERIFY(dialog);
    QCOMPARE(dialog->count(), shown);
    auto ws = core();
    const StageMigration expected =
        Lifecycle::migration(ws->db(), m_page->fromEdit()->date(), m_page->asOfEdit()->date());
    QCOMPARE(shown, expected.customers[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)]);

    // The row of customers not yet known on the earlier day.
    const int newRow = StageMigration::kNotYetKnown;
    const qint64 newcomers = table->item(newRow, stageIndex(LifecycleStage::Adopt))->data(Qt::UserRole).toLongLong();
    Q_EMIT table->cellClicked(newRow, stageIndex(LifecycleStage::Adopt));
    dialog = waitForDrillDown();
    QVERIFY(dialog);
    QCOMPARE(dialog->count(), newcomers);
}

void TestLifecyclePage::trendPointOpensItsCustomers()
{
    StageTrendChart *chart = m_page->trendChart();
    const StageTrend &trend = chart->trend();
    const int month = static_cast<int>(trend.ends.size()) - 13;
    QAreaSeries *adopt = nullptr;
    for (QAbstractSeries *s : chart->chart()->series()) {
        if (s->name() == u"Adopt"_s)
            adopt = static_cast<QAreaSeries *>(s);
    }
    QVERIFY(adopt);
    const QPointF point = adopt->upperSeries()->at(month);
    Q_EMIT adopt->clicked(point);
    CustomerListDialog *dialog = waitForDrillDown();
    QVERIFY(dialog);
    QCOMPARE(dialog->count(), trend.customers[month][static_cast<std::size_t>(stageIndex(LifecycleStage::Adopt))]);
}

void TestLifecyclePage::playbookCreatesALiveSegment()
{
    InputDialog::setNextText(u"Win them back"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_page->playbookButton(LifecycleStage::Abandon)->click();
    auto ws = core();
    QTRY_COMPARE(SegmentStore::list(ws->db()).size(), 1);
    QTRY_VERIFY(MessageBox::lastText().contains(u"Win them back"_s));
    const QList<SavedSegment> segments = SegmentStore::list(ws->db());
    QCOMPARE(segments.size(), 1);
    QCOMPARE(segments[0].name, u"Win them back"_s);
    QCOMPARE(segments[0].definition.value(u"value"_s).toString(), u"abandon"_s);
    QVERIFY(!segments[0].definition.contains(u"as_of"_s)); // live: the stage now, whatever day that is

    InputDialog::setNextText(std::nullopt); // cancelled: nothing saved
    m_page->playbookButton(LifecycleStage::Aware)->click();
    QCOMPARE(SegmentStore::list(ws->db()).size(), 1);
}

void TestLifecyclePage::newRulesMoveTheFigures()
{
    const qint64 before = m_page->funnelChart()->barValue(LifecycleStage::Abandon);
    LifecycleRulesDialog dialog(m_session->lifecycleRules());
    dialog.findChild<QSpinBox *>(u"abandonAfterDaysAdopt"_s)->setValue(30);
    dialog.findChild<QSpinBox *>(u"abandonAfterDaysAdvocate"_s)->setValue(30);
    QCOMPARE(dialog.rules().abandonAfterDaysAdopt, 30);
    QSignalSpy shown(m_page.get(), &LifecyclePage::figuresShown);
    m_page->applyRules(dialog.rules());
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 10000);
    QVERIFY(m_page->funnelChart()->barValue(LifecycleStage::Abandon) > before);
    QCOMPARE(m_session->lifecycleRules().abandonAfterDaysAdopt, 30);
    screenshot(&dialog, u"lifecycle-rules"_s);
}

void TestLifecyclePage::anotherDayMovesTheFigures()
{
    const QDate earlier = m_page->asOfEdit()->date().addYears(-1);
    QSignalSpy shown(m_page.get(), &LifecyclePage::figuresShown);
    m_page->asOfEdit()->setDate(earlier);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 10000);
    QCOMPARE(m_page->funnelChart()->funnel().asOf, earlier);
    auto ws = core();
    QCOMPARE(m_page->funnelChart()->funnel().customers, Lifecycle::funnel(ws->db(), earlier).customers);
    QVERIFY(m_page->funnelChart()->funnel().total() < 1500);
    QCOMPARE(m_page->asOfEdit()->date(), earlier); // the user's day stays
}

QTEST_MAIN(TestLifecyclePage)
#include "tst_lifecyclepage.moc"
