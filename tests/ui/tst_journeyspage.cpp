// The Journeys page driven offscreen on a demo workspace: its paths table, flow drawing
// and attribution hold exactly what JourneyAnalyzer::analyze answers for the filter
// shown, follow a change of channels or segment, keep the previous figures when a run is
// cancelled, and export as CSV, PNG and SVG.
#include "SegmentEdits.h"
#include "WorkspaceSession.h"
#include "charts/AttributionChart.h"
#include "dialogs/FileDialog.h"
#include "journeys/AttributionTable.h"
#include "journeys/JourneyFilterBar.h"
#include "journeys/JourneyFlowView.h"
#include "journeys/JourneyPathModel.h"
#include "journeys/JourneyService.h"
#include "pages/JourneysPage.h"
#include "segments/SegmentPicker.h"
#include "segments/SegmentService.h"

#include "demo/DemoGenerator.h"
#include "journeys/JourneyAnalyzer.h"
#include "segments/SegmentDefinition.h"
#include "vocabulary/Vocabulary.h"
#include "store/Workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace mwb;
using namespace mwb::ui;

class TestJourneysPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pathsTableIsTheCores();
    void flowHasTheCoresNodesAndProportionalBands();
    void attributionIsTheCores();
    void channelFilterRecomputes();
    void segmentRecomputes();
    void cancelKeepsThePreviousResult();
    void exportsWriteFiles();

private:
    JourneyResult expected(const JourneyFilter &filter);
    void showPage(JourneysPage &page);
    void verifyPaths(JourneysPage &page, const JourneyResult &want);
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path;
    std::unique_ptr<WorkspaceSession> m_session;
};

void TestJourneysPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QLocale::system().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::setOrganizationName(u"MarketingWorkbenchTest"_s);
    QCoreApplication::setApplicationName(u"tst_journeyspage"_s);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.mwb"_s);
    DemoOptions options;
    options.customers = 1500;
    QVERIFY(DemoGenerator::create(m_demo, options).error.message.isEmpty());
}

void TestJourneysPage::init()
{
    m_path = m_dir.filePath(u"%1.mwb"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    QVERIFY(QFile::copy(m_demo, m_path));
    m_session = std::make_unique<WorkspaceSession>();
    QVERIFY(m_session->open(m_path).message.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->loaded(), 20000);
}

void TestJourneysPage::cleanup()
{
    m_session.reset();
}

void TestJourneysPage::screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("MWB_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QTest::qWait(100);
    widget->grab().save(folder + u'/' + name + u".png"_s);
}

JourneyResult TestJourneysPage::expected(const JourneyFilter &filter)
{
    auto db = Workspace::openConnection(m_path, Workspace::Access::ReadOnly);
    return JourneyAnalyzer::analyze(*db, filter);
}

void TestJourneysPage::showPage(JourneysPage &page)
{
    page.resize(1280, 800);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
    // The channel list arrives from the vocabulary; wait until it has.
    QTRY_VERIFY_WITH_TIMEOUT(page.filterBar()->channelList()->count() > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isComputing(), 20000);
}

void TestJourneysPage::verifyPaths(JourneysPage &page, const JourneyResult &want)
{
    QVERIFY2(want.ok(), qPrintable(want.error));
    JourneyPathModel *model = page.pathModel();
    QCOMPARE(page.pathTable()->model(), model);
    QCOMPARE(model->rowCount(), int(want.paths.size()) + (want.other.customers > 0 ? 1 : 0));
    QCOMPARE(page.result().customers, want.customers);
    QCOMPARE(page.result().converters, want.converters);
    // Most customers first, as the core lists them.
    for (int r = 0; r < std::min<int>(8, int(want.paths.size())); ++r) {
        const JourneyPath &p = want.paths.at(r);
        QCOMPARE(model->index(r, JourneyPathModel::PathColumn).data(Qt::UserRole).toStringList(), p.steps);
        // Channels by their names, as everywhere on screen ("Web", "Direct mail"), not their codes.
        QStringList names;
        for (const QString &step : p.steps)
            names << (step == u"…"_s ? step : Vocabulary::channelDisplayName(step));
        QCOMPARE(model->index(r, JourneyPathModel::PathColumn).data().toString(),
                 p.steps.isEmpty() ? u"(no touchpoint)"_s : names.join(u" → "_s));
        QCOMPARE(model->index(r, JourneyPathModel::CustomersColumn).data(Qt::UserRole).toLongLong(), p.customers);
        QCOMPARE(model->index(r, JourneyPathModel::ConvertersColumn).data(Qt::UserRole).toLongLong(), p.converters);
        QCOMPARE(model->index(r, JourneyPathModel::RateColumn).data(Qt::UserRole).toDouble(), p.conversionRate());
        const QVariant median = model->index(r, JourneyPathModel::MedianDaysColumn).data(Qt::UserRole);
        QCOMPARE(median.isValid(), p.medianDaysToConvert.has_value());
        if (p.medianDaysToConvert)
            QCOMPARE(median.toDouble(), *p.medianDaysToConvert);
    }
    if (want.other.customers > 0) {
        const int other = model->rowCount() - 1;
        QCOMPARE(model->otherRow(), other);
        QCOMPARE(model->index(other, JourneyPathModel::CustomersColumn).data(Qt::UserRole).toLongLong(),
                 want.other.customers);
        QCOMPARE(model->index(other, JourneyPathModel::ConvertersColumn).data(Qt::UserRole).toLongLong(),
                 want.other.converters);
    }
}

void TestJourneysPage::pathsTableIsTheCores()
{
    JourneysPage page(m_session.get());
    showPage(page);
    const JourneyResult want = expected(JourneyFilter{});
    QVERIFY(want.paths.size() > 5);
    verifyPaths(page, want);
    QAbstractItemModelTester tester(page.pathModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The header line tells the totals.
    const QString summary = page.summaryLabel()->text();
    QVERIFY2(summary.contains(QLocale().toString(want.customers) + u" customers with a journey"_s),
             qPrintable(summary));
    QVERIFY2(summary.contains(QLocale().toString(want.touchpoints) + u" touchpoints"_s), qPrintable(summary));

    // Sorted by conversion rate the rates rise, and the other paths stay last.
    page.pathTable()->sortByColumn(JourneyPathModel::RateColumn, Qt::AscendingOrder);
    JourneyPathModel *model = page.pathModel();
    const int listed = model->otherRow() >= 0 ? model->otherRow() : model->rowCount();
    for (int r = 1; r < listed; ++r)
        QVERIFY(model->index(r - 1, JourneyPathModel::RateColumn).data(Qt::UserRole).toDouble()
                <= model->index(r, JourneyPathModel::RateColumn).data(Qt::UserRole).toDouble());
    if (want.other.customers > 0)
        QCOMPARE(model->index(model->rowCount() - 1, JourneyPathModel::PathColumn).data().toString(), u"Other paths"_s);
}

void TestJourneysPage::flowHasTheCoresNodesAndProportionalBands()
{
    JourneysPage page(m_session.get());
    showPage(page);
    const JourneyResult want = expected(JourneyFilter{});
    const JourneyFlowLayout &flow = page.flowView()->flowLayout();

    // One node per distinct (position, label) of the core's links; outcomes in one column.
    QSet<QPair<int, QString>> steps;
    QSet<QString> outcomes;
    for (const JourneyLink &link : want.links)
        steps.insert({link.position, link.from});
    for (const JourneyLink &link : want.links) {
        if (link.to == u"Purchase"_s || link.to == u"No purchase"_s)
            outcomes.insert(link.to);
        else
            steps.insert({link.position + 1, link.to});
    }
    QCOMPARE(flow.nodes.size(), steps.size() + outcomes.size());
    QCOMPARE(flow.bands.size(), want.links.size());
    int lastColumn = 0;
    for (const FlowNode &node : flow.nodes) {
        if (!node.outcome)
            QVERIFY2(steps.contains({node.column, node.label}), qPrintable(node.label));
        lastColumn = std::max(lastColumn, node.column);
    }
    for (const FlowNode &node : flow.nodes)
        QCOMPARE(node.outcome, node.column == lastColumn);
    // Labels name channels as the paths table does ("E-mail", not the stored "email").
    bool sawEmail = false;
    for (const FlowLabel &label : flow.labels) {
        const FlowNode &node = flow.nodes.at(label.node);
        if (node.outcome || node.label != u"email"_s)
            continue;
        sawEmail = true;
        QVERIFY2(label.title.startsWith(u"E-mail"_s) || label.title.startsWith(u"E-"_s), qPrintable(label.title));
    }
    QVERIFY(sawEmail);

    // Band widths are proportional to customers: the largest band against one of fewer.
    int big = 0;
    for (int b = 1; b < flow.bands.size(); ++b)
        if (flow.bands.at(b).link.customers > flow.bands.at(big).link.customers)
            big = b;
    const FlowBand &largest = flow.bands.at(big);
    const auto smaller = std::find_if(flow.bands.cbegin(), flow.bands.cend(),
                                      [&](const FlowBand &b) { return b.link.customers < largest.link.customers; });
    QVERIFY(smaller != flow.bands.cend());
    QVERIFY(largest.width > 0);
    QCOMPARE(largest.width / smaller->width, double(largest.link.customers) / double(smaller->link.customers));
    qint64 onPaths = 0;
    for (const JourneyPath &p : want.paths)
        onPaths += p.customers;
    QCOMPARE(flow.total, onPaths);

    // Hovering a band lights it up and tells its customers.
    const QRectF box = largest.path.boundingRect();
    QPointF inside;
    for (double x = box.left() + 2; x < box.right() && inside.isNull(); x += 4)
        for (double y = box.top(); y < box.bottom() && inside.isNull(); y += 1)
            if (flow.bandAt({x, y}) == big && flow.nodeAt({x, y}) < 0)
                inside = {x, y};
    QVERIFY(!inside.isNull());
    QMouseEvent move(QEvent::MouseMove, inside, page.flowView()->mapToGlobal(inside), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(page.flowView(), &move);
    QCOMPARE(page.flowView()->hoveredBand(), big);
    const QString tip = page.flowView()->bandToolTip(big);
    QVERIFY2(tip.contains(QLocale().toString(largest.link.customers) + u" customers"_s), qPrintable(tip));
    QVERIFY2(tip.contains(largest.link.from), qPrintable(tip));
    page.tabs()->setCurrentIndex(0);
    screenshot(&page, u"journeys-flow"_s);
}

void TestJourneysPage::attributionIsTheCores()
{
    JourneysPage page(m_session.get());
    showPage(page);
    const JourneyResult want = expected(JourneyFilter{});
    QVERIFY(want.attribution.size() > 1);
    QVERIFY(want.firstPurchaseRevenueMinor > 0);
    AttributionTable *table = page.attributionTable();
    QCOMPARE(table->rowCount(), int(want.attribution.size()));
    QCOMPARE(page.attributionChart()->channelCount(), int(want.attribution.size()));
    QList<double> sums(AttributionTable::kModels, 0.0);
    for (int r = 0; r < want.attribution.size(); ++r) {
        const ChannelCredit &c = want.attribution.at(r);
        QCOMPARE(table->item(r, 0)->data(Qt::UserRole).toString(), c.channel);
        for (int m = 0; m < AttributionTable::kModels; ++m) {
            const double amount = table->item(r, AttributionTable::amountColumn(m))->data(Qt::UserRole).toDouble();
            QCOMPARE(amount, AttributionTable::credit(c, m));
            QCOMPARE(table->item(r, AttributionTable::amountColumn(m) + 1)->data(Qt::UserRole).toDouble(),
                     amount / want.firstPurchaseRevenueMinor);
            sums[m] += amount;
        }
    }
    // Every model hands out all first-purchase revenue, no more, no less.
    for (int m = 0; m < AttributionTable::kModels; ++m)
        QVERIFY2(std::abs(sums.at(m) - want.firstPurchaseRevenueMinor) < 0.5,
                 qPrintable(u"model %1: %2 vs %3"_s.arg(m).arg(sums.at(m)).arg(want.firstPurchaseRevenueMinor)));
    page.tabs()->setCurrentIndex(2);
    screenshot(&page, u"journeys-attribution"_s);
}

void TestJourneysPage::channelFilterRecomputes()
{
    JourneysPage page(m_session.get());
    showPage(page);
    const JourneyResult before = page.result();
    QListWidget *channels = page.filterBar()->channelList();
    QListWidgetItem *wechat = nullptr;
    for (int i = 0; i < channels->count(); ++i)
        if (channels->item(i)->data(Qt::UserRole).toString() == u"wechat"_s)
            wechat = channels->item(i);
    QVERIFY(wechat);
    QSignalSpy shown(&page, &JourneysPage::resultShown);
    wechat->setCheckState(Qt::Unchecked);
    QVERIFY(shown.wait(20000));

    JourneyFilter filter;
    for (int i = 0; i < channels->count(); ++i)
        if (channels->item(i) != wechat)
            filter.channels << channels->item(i)->data(Qt::UserRole).toString();
    QCOMPARE(page.shownFilter().channels, filter.channels);
    const JourneyResult want = expected(filter);
    verifyPaths(page, want);
    QVERIFY(page.result().paths.constFirst().steps != before.paths.constFirst().steps
            || page.result().paths.constFirst().customers != before.paths.constFirst().customers);
    for (const JourneyPath &p : page.result().paths)
        QVERIFY(!p.steps.contains(u"wechat"_s));
}

void TestJourneysPage::segmentRecomputes()
{
    const auto definition = QJsonDocument::fromJson(R"({"all":[{"field":"frequency","op":">=","value":2}]})").object();
    const SegmentSaveResult saved = saveSegmentAndWait(m_session->segments(), u"Repeat buyers"_s, definition);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    JourneysPage page(m_session.get());
    showPage(page);
    const qint64 everyone = page.result().customers;
    QComboBox *segment = page.filterBar()->segmentCombo();
    const int index = segment->findData(saved.id);
    QVERIFY(index > 0);
    QSignalSpy shown(&page, &JourneysPage::resultShown);
    segment->setCurrentIndex(index);
    QVERIFY(shown.wait(20000));

    JourneyFilter filter;
    filter.segment = SegmentDefinition::fromJson(definition).node;
    const JourneyResult want = expected(filter);
    verifyPaths(page, want);
    QVERIFY(page.shownFilter().segment.has_value());
    QVERIFY(want.customers > 0 && want.customers < everyone);
    // Repeat buyers all bought.
    QCOMPARE(want.converters, want.customers);
}

void TestJourneysPage::cancelKeepsThePreviousResult()
{
    JourneysPage page(m_session.get());
    showPage(page);
    const JourneyResult before = page.result();
    const int maxSteps = page.shownFilter().maxSteps;
    QSignalSpy shown(&page, &JourneysPage::resultShown);

    page.filterBar()->maxStepsBox()->setValue(3);
    const int droppedBefore = page.service()->droppedAnswers();
    page.recompute(); // at once, not after the pause for typing
    QVERIFY(page.isComputing());
    QVERIFY(page.progressBar()->isVisible());
    QCOMPARE(page.progressBar()->minimum(), 0);
    QVERIFY(page.progressBar()->maximum() > 0); // determinate
    QVERIFY(page.cancelButton()->isVisible());
    QTest::mouseClick(page.cancelButton(), Qt::LeftButton);
    QVERIFY(!page.isComputing());
    QVERIFY(!page.progressBar()->isVisible());

    // Whatever the worker still sends is not shown: it comes back and is dropped.
    QTRY_COMPARE_WITH_TIMEOUT(page.service()->pendingAnswers(), 0, 20000);
    QCOMPARE(page.service()->droppedAnswers(), droppedBefore + 1);
    QCOMPARE(shown.count(), 0);
    QCOMPARE(page.shownFilter().maxSteps, maxSteps);
    QCOMPARE(page.result().paths.size(), before.paths.size());
    for (int i = 0; i < before.paths.size(); ++i)
        QCOMPARE(page.result().paths.at(i).steps, before.paths.at(i).steps);
    QCOMPARE(page.pathModel()->rowCount(), int(before.paths.size()) + (before.other.customers > 0 ? 1 : 0));
    const auto *status = page.findChild<QLabel *>(u"journeyStatus"_s);
    QVERIFY(status->text().contains(u"Cancelled"_s));

    // Asked again, the new figures come.
    page.recompute();
    QVERIFY(shown.wait(20000));
    QCOMPARE(page.shownFilter().maxSteps, 3);
    for (const JourneyPath &p : page.result().paths)
        QVERIFY(p.steps.size() <= 3);
}

void TestJourneysPage::exportsWriteFiles()
{
    JourneysPage page(m_session.get());
    showPage(page);
    const JourneyResult &result = page.result();
    auto exported = [&](bool (JourneysPage::*exporter)(), const QString &name) -> QByteArray {
        const QString file = m_dir.filePath(name);
        QFile::remove(file);
        FileDialog::setNextFileName(file);
        if (!(page.*exporter)())
            return {};
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };

    const QByteArray paths = exported(&JourneysPage::exportPathsCsv, u"paths.csv"_s);
    QVERIFY(!paths.isEmpty());
    QStringList lines = QString::fromUtf8(paths).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + int(result.paths.size()) + (result.other.customers > 0 ? 1 : 0));
    QVERIFY(lines.first().endsWith(u"path,steps,customers,buyers,conversion_rate_pct,median_days_to_buy"_s));
    const JourneyPath &top = result.paths.constFirst();
    QVERIFY2(lines.at(1).contains(u",%1,%2,"_s.arg(top.customers).arg(top.converters)), qPrintable(lines.at(1)));

    const QByteArray credits = exported(&JourneysPage::exportAttributionCsv, u"attribution.csv"_s);
    lines = QString::fromUtf8(credits).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + int(result.attribution.size()));
    QVERIFY(lines.at(1).startsWith(result.attribution.constFirst().channel + u','));

    page.tabs()->setCurrentIndex(2);
    for (const auto &[exporter, name] : {std::pair{&JourneysPage::exportFlowPng, u"flow.png"_s},
                                         std::pair{&JourneysPage::exportChartPng, u"chart.png"_s}}) {
        const QByteArray png = exported(exporter, name);
        QVERIFY2(png.startsWith("\x89PNG"), qPrintable(name));
        QImage image;
        QVERIFY(image.loadFromData(png));
        QVERIFY(image.width() > 400);
    }
    for (const auto &[exporter, name] : {std::pair{&JourneysPage::exportFlowSvg, u"flow.svg"_s},
                                         std::pair{&JourneysPage::exportChartSvg, u"chart.svg"_s}}) {
        const QByteArray svg = exported(exporter, name).trimmed();
        QVERIFY2(svg.startsWith("<?xml") || svg.startsWith("<svg"), qPrintable(name));
        QVERIFY(svg.contains("<path"));
    }
    // The flow picture carries the steps' labels as text.
    const QByteArray flowSvg = exported(&JourneysPage::exportFlowSvg, u"flow2.svg"_s);
    QVERIFY(flowSvg.contains("Purchase"));

    // A cancelled file dialog writes nothing.
    FileDialog::setNextFileName(QString());
    QVERIFY(!page.exportPathsCsv());
}

QTEST_MAIN(TestJourneysPage)
#include "tst_journeyspage.moc"
