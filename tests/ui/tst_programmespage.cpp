// The Programmes page driven offscreen on a demo workspace: a template taken, its steps
// edited in the flow (a box added, one removed, a branch given its own steps) and saved — the
// definition stored is what the boxes say; the due days run from the page, the runs table
// and the report showing what ProgrammeStore and ProgrammeReport say; the simulation on past
// data reporting the weekly entrants counted here from the simulation's rows.
#include "WorkspaceSession.h"
#include "demo/DemoGenerator.h"
#include "charts/ProgrammeStepChart.h"
#include "pages/ProgrammesPage.h"
#include "programmes/ProgrammeReport.h"
#include "programmes/ProgrammeRunner.h"
#include "programmes/ProgrammeService.h"
#include "programmes/ProgrammeStore.h"
#include "programmes/StepFlowEditor.h"
#include "lifecycle/Lifecycle.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;
using namespace mwb;
using namespace mwb::ui;

class TestProgrammesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void designSaveRunAndReport();
    void simulationCountsTheWeeks();

private:
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    QString m_path;
};

void TestProgrammesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QLocale::system().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::setOrganizationName(u"MarketingWorkbenchTest"_s);
    QCoreApplication::setApplicationName(u"tst_programmespage"_s);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"demo.mwb"_s);
    DemoOptions options;
    options.customers = 2000;
    QVERIFY(DemoGenerator::create(m_path, options).error.message.isEmpty());
}

void TestProgrammesPage::screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("MWB_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QTest::qWait(100);
    widget->grab().save(folder + u'/' + name + u".png"_s);
}

void TestProgrammesPage::designSaveRunAndReport()
{
    WorkspaceSession session;
    QVERIFY(session.open(m_path).message.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(session.loaded(), 20000);
    ProgrammesPage page(&session);
    page.resize(1280, 800);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
    // No programme yet: the win-back template waits in the design.
    QCOMPARE(page.programmeList()->count(), 0);
    QCOMPARE(page.definition().value(u"trigger"_s).toObject().value(u"stage"_s).toString(), u"abandon"_s);

    // Take the second-order template, name it, and change its flow: remove its exit, add a
    // branch on a click with an SMS on its `then` side, and a wait.
    page.newFromTemplate(u"second_order"_s);
    page.findChild<QLineEdit *>(u"programmeName"_s)->setText(u"Cross-sell 交叉销售"_s);
    StepFlowEditor *flow = page.stepEditor();
    QCOMPARE(flow->count(), 3); // wait 14, exit if purchased, send
    QTest::mouseClick(flow->box(1)->findChild<QToolButton *>(u"removeStep"_s), Qt::LeftButton);
    QTRY_COMPARE(flow->count(), 2);
    QTest::mouseClick(flow->findChild<QToolButton *>(u"add_branch"_s), Qt::LeftButton);
    StepBox *branch = flow->box(2);
    QCOMPARE(branch->kind(), u"branch"_s);
    auto *condition = branch->findChild<QComboBox *>();
    condition->setCurrentIndex(2); // clicked a message
    auto *then = branch->findChild<StepFlowEditor *>(u"then"_s);
    QTest::mouseClick(then->findChild<QToolButton *>(u"add_send"_s), Qt::LeftButton);
    auto *channel = then->box(0)->findChild<QComboBox *>();
    channel->setCurrentIndex(channel->findData(u"sms"_s));
    const QJsonArray expected = QJsonDocument::fromJson(R"([{"wait_days": 14},
        {"send": {"channel": "email", "offer": "CROSS"}},
        {"branch": {"if": {"responded": "clicked"}, "then": [{"send": {"channel": "sms"}}]}}])")
                                    .array();
    QCOMPARE(page.definition().value(u"steps"_s).toArray(), expected);
    // The numbers reports use: the branch's own step after it.
    QCOMPARE(then->box(0)->findChild<QLabel *>()->text(), u"4"_s);
    screenshot(&page, u"programmes-design"_s);

    QSignalSpy saved(&page, &ProgrammesPage::saved);
    page.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(page.programmeList()->count(), 1, 20000);
    {
        auto db = Workspace::openConnection(m_path, Workspace::Access::ReadOnly);
        const auto stored = ProgrammeStore::find(*db, u"Cross-sell 交叉销售"_s);
        QVERIFY(stored);
        QCOMPARE(stored->definition.value(u"steps"_s).toArray(), expected);
        QCOMPARE(stored->definition.value(u"holdout"_s).toDouble(), 0.1);
    }

    // Run the due days from the page: the first run is the last day of the data.
    QVERIFY(page.runButton()->isEnabled());
    QSignalSpy ran(&page, &ProgrammesPage::ran);
    QTest::mouseClick(page.runButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ran.count(), 1, 20000);
    QTRY_VERIFY2_WITH_TIMEOUT(page.dueLabel()->text().contains(u"Every programme has run"_s),
                              qPrintable(page.dueLabel()->text()), 20000);
    QVERIFY(!page.runButton()->isEnabled());
    auto db = Workspace::openConnection(m_path, Workspace::Access::ReadOnly);
    const QList<ProgrammeRunRow> runs = ProgrammeStore::runs(*db, u"Cross-sell 交叉销售"_s);
    QVERIFY(!runs.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(page.runsTable()->rowCount(), runs.size(), 20000);
    QCOMPARE(page.runsTable()->item(0, 2)->text(), QLocale().toString(runs[0].entered));
    const ProgrammeReportData report = ProgrammeReport::compute(*db, u"Cross-sell 交叉销售"_s);
    QCOMPARE(page.reportTable()->rowCount(), report.steps.size());
    QCOMPARE(page.stepChart()->barCount(), 2 * int(report.steps.size()));
    page.tabs()->setCurrentIndex(2);
    screenshot(&page, u"programmes-report"_s);
    page.tabs()->setCurrentIndex(1);
    screenshot(&page, u"programmes-runs"_s);
}

void TestProgrammesPage::simulationCountsTheWeeks()
{
    WorkspaceSession session;
    QVERIFY(session.open(m_path).message.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(session.loaded(), 20000);
    ProgrammesPage page(&session);
    page.resize(1280, 800);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
    QSignalSpy estimated(&page, &ProgrammesPage::estimated);
    page.newFromTemplate(u"win_back"_s);
    // The live estimate: the design over the last four weeks.
    QTRY_VERIFY_WITH_TIMEOUT(estimated.count() >= 1, 30000);
    {
        auto db = Workspace::openConnection(m_path, Workspace::Access::ReadWrite);
        const QDate last = Lifecycle::referenceDate(*db);
        const ProgrammeParse parse = parseProgramme(page.definition(), 100);
        QVERIFY(parse.ok());
        const ProgrammeRunResult fourWeeks = ProgrammeRunner::simulate(*db, parse.definition, last.addDays(-27), last);
        std::map<QDate, qint64> days;
        for (const ProgrammeRunRow &row : fourWeeks.runs)
            days[row.day] = row.entered;
        qint64 sum = 0;
        for (const auto &[day, count] : days)
            sum += count;
        QVERIFY2(page.estimateLabel()->text().contains(
                     u"About %1 a week"_s.arg(QLocale().toString(std::llround(double(sum) / 4.0)))),
                 qPrintable(page.estimateLabel()->text()));
    }
    QSignalSpy simulated(&page, &ProgrammesPage::simulated);
    QTest::mouseClick(page.findChild<QPushButton *>(u"simulateProgramme"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(simulated.count(), 1, 60000);
    // The same simulation, counted here: entrants once a day, over 26 weeks.
    auto db = Workspace::openConnection(m_path, Workspace::Access::ReadWrite);
    const QDate last = Lifecycle::referenceDate(*db);
    const ProgrammeParse parse = parseProgramme(page.definition(), 100);
    QVERIFY(parse.ok());
    const ProgrammeRunResult result = ProgrammeRunner::simulate(*db, parse.definition, last.addDays(-181), last);
    QVERIFY(result.ok());
    std::map<QDate, qint64> entered;
    for (const ProgrammeRunRow &row : result.runs)
        entered[row.day] = row.entered;
    qint64 total = 0;
    for (const auto &[day, count] : entered)
        total += count;
    QVERIFY(total > 0);
    // A row a week, the weeks' entrants adding up to the whole.
    QTableWidget *weeks = page.simulationTable();
    QCOMPARE(weeks->rowCount(), 26);
    qint64 listed = 0;
    for (int row = 0; row < weeks->rowCount(); ++row)
        listed += QLocale().toLongLong(weeks->item(row, 1)->text());
    QCOMPARE(listed, total);
    const QString perWeek = QLocale().toString(std::llround(double(total) / (182.0 / 7.0)));
    QVERIFY2(page.simulationLabel()->text().contains(u"about %1 a week"_s.arg(perWeek)),
             qPrintable(page.simulationLabel()->text()));
    page.tabs()->setCurrentIndex(3);
    screenshot(&page, u"programmes-simulation"_s);
    QCOMPARE(weeks->rowCount(), 26); // focus on the list chose nothing
}

QTEST_MAIN(TestProgrammesPage)
#include "tst_programmespage.moc"
