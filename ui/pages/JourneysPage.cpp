#include "JourneysPage.h"

#include "widgets/ReadOnlyTable.h"

#include "DisplayFormat.h"
#include "UiSettings.h"
#include "WorkspaceSession.h"
#include "charts/AttributionChart.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "journeys/AttributionTable.h"
#include "journeys/JourneyExport.h"
#include "journeys/JourneyFilterBar.h"
#include "journeys/JourneyFlowView.h"
#include "journeys/JourneyPathModel.h"
#include "journeys/JourneyService.h"
#include "jobs/JobProgress.h"
#include "widgets/Caption.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

constexpr int kProgressSteps = 1000;
// Pictures are saved at the size of a slide, whatever the window's size.
constexpr QSize kPictureSize(1600, 900);

} // namespace

JourneysPage::JourneysPage(WorkspaceSession *session, QWidget *parent)
    : WorkbenchPage(parent)
    , m_session(session)
    , m_service(session->journeys())
    , m_filters(new JourneyFilterBar(session, this))
    , m_summary(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_flow(new JourneyFlowView(this))
    , m_paths(new JourneyPathModel(this))
    , m_pathTable(new QTableView(this))
    , m_chart(new AttributionChart(this))
    , m_attribution(new AttributionTable(this))
    , m_debounce(new QTimer(this))
{
    m_summary->setObjectName(u"journeySummary"_s);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setTextFormat(Qt::PlainText);
    m_progressBar->setObjectName(u"journeyProgress"_s);
    m_progressBar->setAccessibleName(tr("Touchpoints read"));
    m_progressBar->setRange(0, kProgressSteps);
    m_progressBar->setMaximumWidth(260);
    m_progressBar->setTextVisible(true);
    m_cancel->setObjectName(u"journeyCancel"_s);
    m_status->setObjectName(u"journeyStatus"_s);
    m_status->setWordWrap(true);
    m_tabs->setObjectName(u"journeyTabs"_s);
    m_tabs->addTab(createFlowTab(), tr("Flow"));
    m_tabs->addTab(createPathsTab(), tr("Paths"));
    m_tabs->addTab(createAttributionTab(), tr("Attribution"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_summary, 1);
    progressRow->addWidget(m_status);
    progressRow->addWidget(m_progressBar);
    progressRow->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(8);
    layout->addWidget(createHeading(tr("Journeys")));
    layout->addWidget(m_filters);
    layout->addLayout(progressRow);
    layout->addWidget(m_tabs, 1);
    setComputing(false);

    connect(m_filters, &JourneyFilterBar::changed, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &JourneysPage::recompute);
    connect(m_cancel, &QPushButton::clicked, this, &JourneysPage::cancel);
    connect(m_status, &QLabel::linkActivated, this, &JourneysPage::recompute);
    connect(m_session, &WorkspaceSession::opened, this, &JourneysPage::workspaceOpened);
    connect(m_session, &WorkspaceSession::overviewChanged, this, &JourneysPage::reload);
    if (m_session->isOpen())
        workspaceOpened();
    if (m_session->loaded())
        reload();
}

JourneysPage::~JourneysPage() = default;

QString JourneysPage::pageId() const
{
    return u"journeys"_s;
}

QString JourneysPage::title() const
{
    return tr("Journeys");
}

QIcon JourneysPage::icon() const
{
    return QIcon(u":/icons/journeys.svg"_s);
}

QWidget *JourneysPage::createFlowTab()
{
    auto *tab = new QWidget(this);
    auto *png = new QPushButton(tr("Save PNG…"), tab);
    auto *svg = new QPushButton(tr("Save SVG…"), tab);
    png->setObjectName(u"journeyFlowPng"_s);
    svg->setObjectName(u"journeyFlowSvg"_s);
    m_exports << png << svg;
    connect(png, &QPushButton::clicked, this, &JourneysPage::exportFlowPng);
    connect(svg, &QPushButton::clicked, this, &JourneysPage::exportFlowSvg);
    auto *top = new QHBoxLayout;
    top->addWidget(caption(tr("The most common paths, from the first step to the first purchase or none. "
                              "Hover a band or a step for its customers."),
                           tab),
                   1);
    top->addWidget(png);
    top->addWidget(svg);
    m_flow->setPlaceholder(tr("Computing the journeys…"));
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_flow, 1);
    return tab;
}

QWidget *JourneysPage::createPathsTab()
{
    auto *tab = new QWidget(this);
    auto *csv = new QPushButton(tr("Export CSV…"), tab);
    csv->setObjectName(u"journeyPathsCsv"_s);
    m_exports << csv;
    connect(csv, &QPushButton::clicked, this, &JourneysPage::exportPathsCsv);
    auto *top = new QHBoxLayout;
    top->addWidget(caption(tr("Each customer's touchpoints before their first order (all of them for the others), "
                              "repeats collapsed; the days run from the first touch to the first order."),
                           tab),
                   1);
    top->addWidget(csv);
    m_pathTable->setObjectName(u"journeyPaths"_s);
    m_pathTable->setAccessibleName(tr("Paths"));
    m_pathTable->setModel(m_paths);
    m_pathTable->setSortingEnabled(true);
    m_pathTable->sortByColumn(JourneyPathModel::CustomersColumn, Qt::DescendingOrder);
    ReadOnlyTable::setUp(m_pathTable);
    m_pathTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pathTable->horizontalHeader()->setSectionResizeMode(JourneyPathModel::PathColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_pathTable, 1);
    return tab;
}

QWidget *JourneysPage::createAttributionTab()
{
    auto *tab = new QWidget(this);
    auto *csv = new QPushButton(tr("Export CSV…"), tab);
    auto *png = new QPushButton(tr("Save chart PNG…"), tab);
    auto *svg = new QPushButton(tr("Save chart SVG…"), tab);
    csv->setObjectName(u"journeyAttributionCsv"_s);
    png->setObjectName(u"journeyChartPng"_s);
    svg->setObjectName(u"journeyChartSvg"_s);
    m_exports << csv << png << svg;
    connect(csv, &QPushButton::clicked, this, &JourneysPage::exportAttributionCsv);
    connect(png, &QPushButton::clicked, this, &JourneysPage::exportChartPng);
    connect(svg, &QPushButton::clicked, this, &JourneysPage::exportChartSvg);
    auto *top = new QHBoxLayout;
    top->addWidget(caption(tr("Each buyer's first order credited to the touchpoints before it: all to the first, "
                              "all to the last, equal parts, or parts halving every 7 days before the order. "
                              "Buyers with no touchpoint before it count as (direct)."),
                           tab),
                   1);
    top->addWidget(csv);
    top->addWidget(png);
    top->addWidget(svg);
    auto *split = new QSplitter(Qt::Vertical, tab);
    split->addWidget(m_chart);
    split->addWidget(m_attribution);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    return tab;
}

void JourneysPage::workspaceOpened()
{
    m_shown = false;
    m_result = {};
    m_paths->setResult({});
    m_flow->setLinks({});
    m_chart->setCredits({}, m_session->currency());
    m_attribution->setCredits({}, 0, m_session->currency());
    m_summary->setText(tr("Loading…"));
    for (QPushButton *button : std::as_const(m_exports))
        button->setEnabled(false);
}

void JourneysPage::reload()
{
    if (!m_session->isOpen())
        return;
    const WorkspaceTotals &t = m_session->overview().totals;
    m_filters->reload(t.firstDate, t.lastDate);
    recompute();
}

void JourneysPage::showEvent(QShowEvent *event)
{
    WorkbenchPage::showEvent(event);
    if (m_stale)
        recompute();
}

bool JourneysPage::isComputing() const
{
    return m_service->isRunning();
}

void JourneysPage::recompute()
{
    m_debounce->stop();
    if (!m_session->isOpen())
        return;
    // The analysis reads every touchpoint: a page nobody looks at waits until it is shown.
    m_stale = !isVisible();
    if (m_stale)
        return;
    QString error;
    const JourneyFilter filter = m_filters->filter(&error);
    if (!error.isEmpty()) {
        m_service->cancel();
        setComputing(false);
        m_status->setText(error);
        return;
    }
    m_status->clear();
    m_progress =
        m_service->analyze(filter, this, [this, filter](const JourneyResult &result) { showResult(result, filter); });
    if (!m_progress)
        return;
    connect(m_progress.get(), &JobProgress::progressed, this, [this](qint64 done, qint64 total, qint64) {
        if (total > 0)
            m_progressBar->setValue(static_cast<int>(kProgressSteps * std::min(done, total) / total));
    });
    setComputing(true);
}

void JourneysPage::cancel()
{
    if (!m_service->isRunning())
        return;
    m_service->cancel();
    setComputing(false);
    m_status->setText(m_shown ? tr("Cancelled: the figures are still those of the previous filters. "
                                   "<a href=\"#compute\">Compute again</a>")
                              : tr("Cancelled. <a href=\"#compute\">Compute</a>"));
}

void JourneysPage::setComputing(bool computing)
{
    if (computing)
        m_progressBar->setValue(0);
    else
        m_progress.reset();
    m_progressBar->setVisible(computing);
    m_cancel->setVisible(computing);
}

void JourneysPage::showResult(const JourneyResult &result, const JourneyFilter &filter)
{
    setComputing(false);
    if (!result.ok()) {
        m_status->setText(result.cancelled
                              ? tr("Cancelled.")
                              : tr("The journeys could not be computed: %1").arg(result.error.toHtmlEscaped()));
        return;
    }
    m_result = result;
    m_shownFilter = filter;
    const QString currency = m_session->currency();
    m_summary->setText(tr("%1 customers with a journey · %2 buyers · %3 touchpoints read · %4 first-purchase revenue")
                           .arg(DisplayFormat::count(result.customers), DisplayFormat::count(result.converters),
                                DisplayFormat::count(result.touchpoints),
                                DisplayFormat::money(std::llround(result.firstPurchaseRevenueMinor), currency, 0)));
    m_paths->setResult(result);
    const QHeaderView *header = m_pathTable->horizontalHeader();
    m_paths->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_flow->setPlaceholder(tr("No journeys for these filters."));
    m_flow->setLinks(result.links);
    m_chart->setCredits(result.attribution, currency);
    m_attribution->setCredits(result.attribution, result.firstPurchaseRevenueMinor, currency);
    for (QPushButton *button : std::as_const(m_exports))
        button->setEnabled(result.customers > 0);
    const bool first = !m_shown;
    m_shown = true;
    Q_EMIT resultShown();
    if (first)
        Q_EMIT ready();
}

QString JourneysPage::askSavePath(const QString &caption, const QString &name, const QString &filter)
{
    const QString folder = UiSettings::value(UiSetting::LastDirectory).toString();
    return FileDialog::getSaveFileName(this, caption, QDir(folder).filePath(name), filter);
}

bool JourneysPage::finishExport(const QString &caption, const QString &path, const QString &error)
{
    if (!error.isEmpty()) {
        MessageBox::critical(this, caption, error);
        return false;
    }
    UiSettings::setValue(UiSetting::LastDirectory, QFileInfo(path).absolutePath());
    return true;
}

bool JourneysPage::exportPathsCsv()
{
    const QString caption = tr("Export journey paths");
    const QString path =
        askSavePath(caption, u"journey-paths.csv"_s, tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"));
    return !path.isEmpty() && finishExport(caption, path, JourneyExport::writePaths(path, m_result));
}

bool JourneysPage::exportAttributionCsv()
{
    const QString caption = tr("Export attribution");
    const QString path = askSavePath(caption, u"attribution.csv"_s, tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"));
    return !path.isEmpty()
        && finishExport(caption, path, JourneyExport::writeAttribution(path, m_result, m_session->currency()));
}

bool JourneysPage::exportFlowPng()
{
    const QString caption = tr("Save journey flow");
    const QString path = askSavePath(caption, u"journeys.png"_s, tr("PNG images (*.png)"));
    return !path.isEmpty() && finishExport(caption, path, m_flow->savePng(path, kPictureSize));
}

bool JourneysPage::exportFlowSvg()
{
    const QString caption = tr("Save journey flow");
    const QString path = askSavePath(caption, u"journeys.svg"_s, tr("SVG images (*.svg)"));
    return !path.isEmpty() && finishExport(caption, path, m_flow->saveSvg(path, kPictureSize));
}

bool JourneysPage::exportChartPng()
{
    const QString caption = tr("Save attribution chart");
    const QString path = askSavePath(caption, u"attribution.png"_s, tr("PNG images (*.png)"));
    return !path.isEmpty() && finishExport(caption, path, m_chart->savePng(path));
}

bool JourneysPage::exportChartSvg()
{
    const QString caption = tr("Save attribution chart");
    const QString path = askSavePath(caption, u"attribution.svg"_s, tr("SVG images (*.svg)"));
    return !path.isEmpty() && finishExport(caption, path, m_chart->saveSvg(path));
}

} // namespace mwb::ui
