// The Overview dashboard driven offscreen on a demo workspace: every card shows what
// KpiDashboard::compute returns for the period on show (written by the DisplayFormat
// helpers), the default period is the month of the data's last day, picking another
// month, quarter, year or custom range changes the figures to the core's, the change
// arrows read the right way (a falling churn rate is good news), the charts draw the
// trend and channel mix, and a card opens exactly the customers behind its figure.
#include "DisplayFormat.h"
#include "WorkspaceSession.h"
#include "analytics/KpiText.h"
#include "analytics/AnalyticsService.h"
#include "analytics/PeriodPicker.h"
#include "charts/ChannelMixChart.h"
#include "charts/ChartExport.h"
#include "charts/KpiTrendChart.h"
#include "customers/ChannelStyle.h"
#include "dialogs/FileDialog.h"
#include "lifecycle/CustomerListDialog.h"
#include "pages/OverviewPage.h"
#include "widgets/KpiCard.h"

#include "analytics/KpiDashboard.h"
#include "demo/DemoGenerator.h"
#include "segments/SegmentQuery.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QToolButton>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace mwb;
using namespace mwb::ui;

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void defaultPeriodIsTheMonthOfTheLastDataDay();
    void cardsShowWhatTheCoreComputes();
    void changingThePeriodChangesTheFigures();
    void customPeriodComparesWithTheDaysBefore();
    void overtakenAnswersAreDropped();
    void churnFallingIsGoodNews();
    void cardClickOpensTheCustomersBehindIt();
    void chartsDrawTheTrendAndChannelMix();
    void chartsSaveAsPicturesAndFigures();

private:
    KpiDashboardData coreDashboard(const Period &current, const Period &previous);
    void verifyCards(const KpiDashboardData &expected);
    bool waitForFigures(const std::function<void()> &change);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<OverviewPage> m_page;
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QLocale::system().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::setOrganizationName(u"MarketingWorkbenchTest"_s);
    QCoreApplication::setApplicationName(u"tst_dashboard"_s);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"demo.mwb"_s);
    DemoOptions options;
    options.customers = 1500;
    QVERIFY(DemoGenerator::create(m_path, options).error.message.isEmpty());
}

void TestDashboard::init()
{
    m_session = std::make_unique<WorkspaceSession>();
    QVERIFY(m_session->open(m_path).message.isEmpty());
    m_page = std::make_unique<OverviewPage>(m_session.get());
    m_page->resize(1280, 900);
    m_page->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isReady(), 20000);
}

void TestDashboard::cleanup()
{
    m_page.reset();
    m_session.reset();
}

KpiDashboardData TestDashboard::coreDashboard(const Period &current, const Period &previous)
{
    auto db = Workspace::openConnection(m_path, Workspace::Access::ReadOnly);
    return KpiDashboard::compute(*db, current, previous);
}

bool TestDashboard::waitForFigures(const std::function<void()> &change)
{
    QSignalSpy shown(m_page.get(), &OverviewPage::figuresShown);
    change();
    return shown.wait(20000);
}

// The text each card must show, written here with DisplayFormat from the core's numbers.
void TestDashboard::verifyCards(const KpiDashboardData &expected)
{
    QVERIFY2(expected.ok(), qPrintable(expected.error));
    const QString currency = m_session->currency();
    const KpiValues &v = expected.now;
    const auto text = [&](Kpi kpi) { return m_page->card(kpi)->valueText(); };
    QCOMPARE(text(Kpi::Customers), DisplayFormat::count(v.customers));
    QCOMPARE(text(Kpi::NewCustomers), DisplayFormat::count(v.newCustomers));
    QCOMPARE(text(Kpi::ActiveCustomers), DisplayFormat::count(v.activeCustomers));
    QCOMPARE(text(Kpi::Orders), DisplayFormat::count(v.orders));
    QCOMPARE(text(Kpi::Revenue), DisplayFormat::moneyShort(v.revenueMinor, currency));
    QCOMPARE(text(Kpi::AverageOrderValue),
             v.averageOrderValueMinor() ? DisplayFormat::money(std::llround(*v.averageOrderValueMinor()), currency)
                                        : DisplayFormat::undefined());
    QCOMPARE(text(Kpi::PurchaseFrequency),
             v.purchaseFrequency() ? DisplayFormat::decimal(*v.purchaseFrequency(), 2) : DisplayFormat::undefined());
    QCOMPARE(text(Kpi::RepeatPurchaseRate),
             v.repeatPurchaseRate() ? DisplayFormat::percent(*v.repeatPurchaseRate()) : DisplayFormat::undefined());
    QCOMPARE(text(Kpi::ChurnRate), v.churnRate() ? DisplayFormat::percent(*v.churnRate()) : DisplayFormat::undefined());
    // Raw numbers beside the text: counts and money exactly.
    QCOMPARE(m_page->card(Kpi::Customers)->value(), v.customers);
    QCOMPARE(m_page->card(Kpi::Orders)->value(), v.orders);
    QCOMPARE(m_page->card(Kpi::Revenue)->value(), v.revenueMinor);
    // Each card's change line compares with the period before, in the direction the core's numbers moved.
    const KpiValues &b = expected.before;
    const QString ordersChange = m_page->card(Kpi::Orders)->changeText();
    if (v.orders > b.orders && b.orders > 0)
        QVERIFY2(
            ordersChange.startsWith(u"▲ "_s + DisplayFormat::percent(double(v.orders - b.orders) / double(b.orders))),
            qPrintable(ordersChange));
    else if (v.orders < b.orders)
        QVERIFY2(
            ordersChange.startsWith(u"▼ "_s + DisplayFormat::percent(double(b.orders - v.orders) / double(b.orders))),
            qPrintable(ordersChange));
    QVERIFY2(m_page->card(Kpi::Orders)->detailText().endsWith(DisplayFormat::count(b.orders)),
             qPrintable(m_page->card(Kpi::Orders)->detailText()));
}

void TestDashboard::defaultPeriodIsTheMonthOfTheLastDataDay()
{
    const QDate asOf = m_session->overview().asOf;
    QVERIFY(asOf.isValid());
    PeriodPicker *picker = m_page->periodPicker();
    QCOMPARE(picker->kind(), PeriodKind::Month);
    QCOMPARE(picker->period().from, QDate(asOf.year(), asOf.month(), 1));
    QCOMPARE(picker->period().to, QDate(asOf.year(), asOf.month(), asOf.daysInMonth()));
    QCOMPARE(m_page->dashboard().current.from, picker->period().from);
    QCOMPARE(m_page->dashboard().previous.from, QDate(asOf.year(), asOf.month(), 1).addMonths(-1));
    QVERIFY(m_page->totalsLabel()->text().contains(DisplayFormat::count(m_session->overview().totals.orders)));
}

void TestDashboard::cardsShowWhatTheCoreComputes()
{
    const Period current = m_page->periodPicker()->period();
    const KpiDashboardData expected = coreDashboard(current, current.previous(PeriodKind::Month));
    QVERIFY(expected.now.activeCustomers > 0);
    verifyCards(expected);
    // A month in the middle of the history, stepped back to with the arrow.
    for (int i = 0; i < 6; ++i)
        QVERIFY(waitForFigures([&] { m_page->periodPicker()->step(-1); }));
    const Period earlier = m_page->periodPicker()->period();
    QCOMPARE(earlier.from, current.from.addMonths(-6));
    verifyCards(coreDashboard(earlier, earlier.previous(PeriodKind::Month)));
}

void TestDashboard::changingThePeriodChangesTheFigures()
{
    const qint64 monthOrders = m_page->card(Kpi::Orders)->value();
    PeriodPicker *picker = m_page->periodPicker();
    QVERIFY(waitForFigures([&] {
        picker->kindCombo()->setCurrentIndex(picker->kindCombo()->findData(int(PeriodKind::Year)));
        Q_EMIT picker->kindCombo()->activated(picker->kindCombo()->currentIndex());
    }));
    QCOMPARE(picker->kind(), PeriodKind::Year);
    const Period year = picker->period();
    QCOMPARE(year.from, QDate(m_session->overview().asOf.year(), 1, 1));
    const KpiDashboardData expected = coreDashboard(year, year.previous(PeriodKind::Year));
    verifyCards(expected);
    QVERIFY(m_page->card(Kpi::Orders)->value() > monthOrders);

    QVERIFY(waitForFigures([&] { picker->setKind(PeriodKind::Quarter); }));
    const Period quarter = picker->period();
    QCOMPARE(quarter.days() > 88 && quarter.days() < 93, true);
    verifyCards(coreDashboard(quarter, quarter.previous(PeriodKind::Quarter)));
}

void TestDashboard::customPeriodComparesWithTheDaysBefore()
{
    PeriodPicker *picker = m_page->periodPicker();
    QVERIFY(waitForFigures([&] { picker->setKind(PeriodKind::Custom); }));
    QVERIFY(picker->fromEdit()->isVisibleTo(picker));
    const QDate to = picker->period().to.addDays(-3);
    const QDate from = to.addDays(-44);
    QVERIFY(waitForFigures([&] { picker->toEdit()->setDate(to); }));
    QVERIFY(waitForFigures([&] { picker->fromEdit()->setDate(from); }));
    QCOMPARE(picker->period().from, from);
    const Period custom{from, to};
    QCOMPARE(picker->period().to, to);
    const Period previous = custom.previous(PeriodKind::Custom);
    QCOMPARE(previous.days(), custom.days());
    QCOMPARE(m_page->dashboard().previous.to, from.addDays(-1));
    verifyCards(coreDashboard(custom, previous));
}

void TestDashboard::overtakenAnswersAreDropped()
{
    // Two periods picked before the first answer lands: only the second is shown.
    PeriodPicker *picker = m_page->periodPicker();
    QSignalSpy shown(m_page.get(), &OverviewPage::figuresShown);
    AnalyticsService *analytics = m_session->analytics();
    QTRY_COMPARE_WITH_TIMEOUT(analytics->pendingAnswers(), 0, 20000);
    const int dropped = analytics->droppedAnswers();
    picker->setKind(PeriodKind::Year);
    picker->setKind(PeriodKind::Quarter);
    // Both answers come back; the overtaken one is dropped, the newer one shown.
    QTRY_COMPARE_WITH_TIMEOUT(analytics->pendingAnswers(), 0, 20000);
    QCOMPARE(analytics->droppedAnswers(), dropped + 1);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_page->dashboard().current.from, picker->period().from);
    QCOMPARE(picker->kind(), PeriodKind::Quarter);
    verifyCards(coreDashboard(picker->period(), picker->previous()));
}

void TestDashboard::churnFallingIsGoodNews()
{
    KpiValues before;
    before.activeCustomers = 100;
    before.previousBuyers = 100;
    before.churned = 40;
    KpiValues now = before;
    now.churned = 30; // 40% → 30%
    QCOMPARE(KpiText::direction(Kpi::ChurnRate, now, before), 1);
    QCOMPARE(KpiText::change(Kpi::ChurnRate, now, before), u"▼ "_s + DisplayFormat::points(0.10));
    now.activeCustomers = 120; // more buyers: good
    QCOMPARE(KpiText::direction(Kpi::ActiveCustomers, now, before), 1);
    QCOMPARE(KpiText::change(Kpi::ActiveCustomers, now, before), u"▲ "_s + DisplayFormat::percent(0.2));
    now.churned = 50; // 40% → 50%: bad
    QCOMPARE(KpiText::direction(Kpi::ChurnRate, now, before), -1);
    QVERIFY(KpiText::color(-1) != KpiText::color(1));
}

void TestDashboard::cardClickOpensTheCustomersBehindIt()
{
    const KpiDashboardData &shown = m_page->dashboard();
    auto db = Workspace::openConnection(m_path, Workspace::Access::ReadOnly);
    for (Kpi kpi : {Kpi::ActiveCustomers, Kpi::NewCustomers, Kpi::ChurnRate, Kpi::Customers}) {
        KpiCard *card = m_page->card(kpi);
        // Where a user clicks: the middle of the card, on its big figure. The press goes to
        // the widget under the pointer as the window would find it (labels that only show
        // text let it through to the card), and the release to whoever took the press.
        const QPoint middle = card->rect().center();
        QWidget *under = card->childAt(middle);
        QWidget *target = under ? under : card;
        QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(card, middle));
        CustomerListDialog *dialog = m_page->lastDrillDown();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 20000);
        const SegmentNode behind = KpiDashboard::customersBehind(kpi, shown.current, shown.previous);
        const SegmentCount count = SegmentQuery::count(*db, behind);
        QVERIFY2(count.ok(), qPrintable(count.error));
        QCOMPARE(dialog->count(), count.count);
        QCOMPARE(dialog->definition().toJson(), behind.toJson());
        QVERIFY(dialog->windowTitle().startsWith(KpiText::caption(kpi)));
        if (kpi == Kpi::ActiveCustomers)
            QCOMPARE(dialog->count(), shown.now.activeCustomers);
        if (kpi == Kpi::NewCustomers)
            QCOMPARE(dialog->count(), shown.now.newCustomers);
        if (kpi == Kpi::ChurnRate)
            QCOMPARE(dialog->count(), shown.now.churned);
        if (kpi == Kpi::Customers) // known by the period's end, as the 5A lifecycle knows them
            QCOMPARE(dialog->count(), shown.now.customers);
        dialog->close();
    }
    // The keyboard opens a card too.
    m_page->card(Kpi::Orders)->setFocus();
    QTest::keyClick(m_page->card(Kpi::Orders), Qt::Key_Return);
    QVERIFY(m_page->lastDrillDown());
    QVERIFY(m_page->lastDrillDown()->windowTitle().startsWith(KpiText::caption(Kpi::Orders)));
}

void TestDashboard::chartsDrawTheTrendAndChannelMix()
{
    const KpiDashboardData &shown = m_page->dashboard();
    QVERIFY(!shown.trend.isEmpty());
    QCOMPARE(m_page->trendChart()->pointCount(), int(shown.trend.size()));
    int channels = 0;
    for (const ChannelShare &c : shown.channels)
        channels += c.revenueMinor > 0 ? 1 : 0;
    QVERIFY(channels > 0);
    QCOMPARE(m_page->channelChart()->sliceCount(), std::min(channels, 7));

    // The legend names channels as the rest of the window does, not by their ids.
    const auto *series = qobject_cast<QPieSeries *>(m_page->channelChart()->chart()->series().value(0));
    QVERIFY(series);
    QStringList expected;
    for (const ChannelShare &c : shown.channels) {
        if (c.revenueMinor > 0 && !c.channel.isEmpty() && expected.size() < std::min(channels, 7) - 1)
            expected.append(ChannelStyle::displayName(c.channel));
    }
    QVERIFY(!expected.isEmpty());
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(series->slices().at(i)->label().startsWith(expected.at(i) + u"  "_s),
                 qPrintable(series->slices().at(i)->label()));
}

void TestDashboard::chartsSaveAsPicturesAndFigures()
{
    const KpiDashboardData &shown = m_page->dashboard();
    KpiTrendChart *trend = m_page->trendChart();
    ChartExport *exporter = ChartExport::of(trend);
    QVERIFY(exporter);
    QVERIFY(exporter->button()->isVisible());
    QCOMPARE(exporter->button()->menu()->actions().size(), 4); // PNG, SVG, separator, figures

    // The figures: one line a month, as the core computed them, in major units.
    const QString csvPath = m_dir.filePath(u"trend.csv"_s);
    FileDialog::setNextFileName(csvPath);
    QVERIFY(exporter->askAndSave(ChartExport::Kind::Data));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(csv.readAll()).remove(QChar(0xfeff)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), shown.trend.size() + 1);
    QCOMPARE(lines.constFirst(), u"Month,Revenue (CNY),Active customers"_s);
    for (qsizetype i = 0; i < shown.trend.size(); ++i) {
        const QStringList cells = lines[i + 1].split(u',');
        QCOMPARE(cells.size(), 3);
        QCOMPARE(cells[0], shown.trend[i].start.toString(Qt::ISODate));
        QCOMPARE(std::llround(cells[1].toDouble() * 100), shown.trend[i].revenueMinor);
        QCOMPARE(cells[2].toLongLong(), shown.trend[i].activeCustomers);
    }

    // The revenue by channel adds up to the channels' revenue.
    const QString mixPath = m_dir.filePath(u"channels.csv"_s);
    QCOMPARE(ChartExport::of(m_page->channelChart())->saveData(mixPath), QString());
    QFile mix(mixPath);
    QVERIFY(mix.open(QIODevice::ReadOnly));
    const QStringList mixLines = QString::fromUtf8(mix.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(mixLines.size(), shown.channels.size() + 1);
    qint64 total = 0, expectedTotal = 0;
    for (qsizetype i = 1; i < mixLines.size(); ++i)
        total += std::llround(mixLines[i].section(u',', -1).toDouble() * 100);
    for (const ChannelShare &c : shown.channels)
        expectedTotal += c.revenueMinor;
    QCOMPARE(total, expectedTotal);

    // Pictures: a PNG at twice the screen's pixels, and an SVG drawing.
    const QString pngPath = m_dir.filePath(u"trend.png"_s);
    FileDialog::setNextFileName(pngPath);
    QVERIFY(exporter->askAndSave(ChartExport::Kind::Png));
    const QImage png(pngPath);
    QVERIFY(!png.isNull());
    QCOMPARE(png.width(), 2 * trend->viewport()->width());
    const QString svgPath = m_dir.filePath(u"trend.svg"_s);
    QCOMPARE(exporter->saveSvg(svgPath), QString());
    QFile svg(svgPath);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray drawing = svg.readAll();
    QVERIFY(drawing.contains("<svg"));
    QVERIFY(drawing.contains(trend->chart()->title().toUtf8()));
    // Never over a workspace.
    QVERIFY(!exporter->saveData(m_path).isEmpty());
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
