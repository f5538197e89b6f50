#include "CohortsPage.h"

#include "widgets/TableCopy.h"

#include "DisplayFormat.h"
#include "UiSettings.h"
#include "WorkspaceSession.h"
#include "analytics/AnalyticsService.h"
#include "analytics/CohortTableModel.h"
#include "charts/PictureFile.h"
#include "vocabulary/Figures.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "export/TableExport.h"
#include "store/WorkspaceSettings.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

CohortsPage::CohortsPage(WorkspaceSession *session, QWidget *parent)
    : WorkbenchPage(parent)
    , m_session(session)
    , m_heading(createHeading(tr("Cohorts")))
    , m_subheading(new QLabel(this))
    , m_basis(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_exportCsv(new QPushButton(tr("Export CSV…"), this))
    , m_exportPng(new QPushButton(tr("Save picture…"), this))
    , m_table(new QTableView(this))
    , m_model(new CohortTableModel(this))
    , m_caption(new QLabel(this))
{
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    m_basis->setObjectName(u"cohortBasis"_s);
    m_basis->setAccessibleName(tr("Cohorts by"));
    m_basis->addItem(tr("First purchase"), static_cast<int>(CohortBasis::FirstPurchase));
    m_basis->addItem(tr("Signup"), static_cast<int>(CohortBasis::Signup));
    m_metric->setObjectName(u"cohortMetric"_s);
    m_metric->setAccessibleName(tr("Metric"));
    for (CohortMetric metric :
         {CohortMetric::Retention, CohortMetric::RevenuePerCustomer, CohortMetric::CumulativeRevenuePerCustomer})
        m_metric->addItem(CohortTableModel::metricName(metric), static_cast<int>(metric));
    m_exportCsv->setObjectName(u"cohortExportCsv"_s);
    m_exportPng->setObjectName(u"cohortExportPng"_s);
    m_exportCsv->setEnabled(false);
    m_exportPng->setEnabled(false);

    m_table->setObjectName(u"cohortTable"_s);
    m_table->setAccessibleName(tr("Cohort table"));
    m_table->setModel(m_model);
    TableCopy::allowBlockSelection(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setGridStyle(Qt::SolidLine);
    m_table->horizontalHeader()->setDefaultSectionSize(60);
    m_table->horizontalHeader()->setMinimumSectionSize(52);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    m_caption->setObjectName(u"cohortCaption"_s);
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Cohorts by"), this));
    controls->addWidget(m_basis);
    controls->addSpacing(16);
    controls->addWidget(new QLabel(tr("Show"), this));
    controls->addWidget(m_metric);
    controls->addStretch(1);
    controls->addWidget(m_exportCsv);
    controls->addWidget(m_exportPng);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addLayout(controls);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);

    connect(m_basis, &QComboBox::currentIndexChanged, this, &CohortsPage::reload);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &CohortsPage::metricChosen);
    connect(m_exportCsv, &QPushButton::clicked, this, &CohortsPage::exportCsv);
    connect(m_exportPng, &QPushButton::clicked, this, &CohortsPage::exportPng);
    connect(m_session, &WorkspaceSession::opened, this, [this] {
        m_loaded = false;
        m_model->setMatrix({}, {});
    });
    connect(m_session, &WorkspaceSession::overviewChanged, this, &CohortsPage::reload);
    if (m_session->isOpen())
        reload();
}

QString CohortsPage::pageId() const
{
    return u"cohorts"_s;
}

QString CohortsPage::title() const
{
    return tr("Cohorts");
}

QIcon CohortsPage::icon() const
{
    return QIcon(u":/icons/cohorts.svg"_s);
}

void CohortsPage::showEvent(QShowEvent *event)
{
    WorkbenchPage::showEvent(event);
    if (m_stale)
        reload();
}

void CohortsPage::reload()
{
    if (!m_session->isOpen())
        return;
    // Cohorts read every order: a page nobody looks at waits until it is shown.
    m_stale = !isVisible();
    if (m_stale)
        return;
    m_subheading->setText(tr("Computing cohorts…"));
    const auto basis = static_cast<CohortBasis>(m_basis->currentData().toInt());
    m_session->analytics()->cohorts(basis, this, [this](const CohortMatrix &matrix) { showMatrix(matrix); });
}

void CohortsPage::showMatrix(const CohortMatrix &matrix)
{
    if (!matrix.ok()) {
        m_subheading->setText(tr("The cohorts could not be computed: %1").arg(matrix.error));
        return;
    }
    m_model->setMatrix(matrix, m_session->currency());
    m_table->horizontalHeader()->resizeSection(CohortTableModel::kSizeColumn, 84);
    qint64 customers = 0;
    for (const CohortRow &row : matrix.rows)
        customers += row.customers;
    if (matrix.rows.isEmpty()) {
        m_subheading->setText(tr("No cohorts yet: the workspace holds no orders."));
    } else if (matrix.rows.size() == 1) {
        m_subheading->setText(tr("One cohort, %1 · %2 customers")
                                  .arg(DisplayFormat::month(matrix.rows.constFirst().month, false),
                                       DisplayFormat::count(customers)));
    } else {
        m_subheading->setText(tr("%1 cohorts from %2 to %3 · %4 customers")
                                  .arg(matrix.rows.size())
                                  .arg(DisplayFormat::month(matrix.rows.constFirst().month, false),
                                       DisplayFormat::month(matrix.rows.constLast().month, false),
                                       DisplayFormat::count(customers)));
    }
    m_exportCsv->setEnabled(!matrix.rows.isEmpty());
    m_exportPng->setEnabled(!matrix.rows.isEmpty());
    updateCaption();
    const bool first = !m_loaded;
    m_loaded = true;
    Q_EMIT figuresShown();
    if (first)
        Q_EMIT ready();
}

void CohortsPage::metricChosen()
{
    m_model->setMetric(static_cast<CohortMetric>(m_metric->currentData().toInt()));
    updateCaption();
}

void CohortsPage::updateCaption()
{
    const bool signup = m_model->matrix().basis == CohortBasis::Signup;
    const QString who = signup ? tr("Each row is the customers who signed up in that month")
                               : tr("Each row is the customers whose first purchase fell in that month");
    QString what;
    switch (m_model->metric()) {
    case CohortMetric::Retention:
        what = tr("the share of them who bought in each month since (M0: the month itself)");
        break;
    case CohortMetric::RevenuePerCustomer:
        what = tr("what they spent in each month since (net of refunds), per customer of the cohort");
        break;
    case CohortMetric::CumulativeRevenuePerCustomer:
        what = tr("what they spent up to each month since (net of refunds), per customer of the cohort");
        break;
    }
    m_caption->setText(tr("%1; the cells show %2. Hover a cell for the counts behind it.").arg(who, what));
    m_caption->setToolTip(Figures::tooltip(m_model->metric() == CohortMetric::Retention ? Figure::CohortRetention
                                                                                        : Figure::CohortRevenue));
}

bool CohortsPage::exportCsv()
{
    const QString folder = UiSettings::value(UiSetting::LastDirectory).toString();
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export cohorts"), QDir(folder).filePath(u"cohorts.csv"_s), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    const CohortMetric metric = m_model->metric();
    const CohortMatrix &matrix = m_model->matrix();
    const bool retention = metric == CohortMetric::Retention;
    const double perMajor = minorUnitsPerMajor(m_session->currency());

    QStringList columns{u"cohort"_s, u"customers"_s};
    for (int k = 0; k < m_model->months(); ++k)
        columns << (retention ? u"m%1_retention_pct"_s : u"m%1_revenue_per_customer"_s).arg(k);
    ExportOptions options;
    options.bom = true; // spreadsheets read the file as UTF-8
    TableExport out(path, options);
    QString error = out.begin(columns);
    for (int r = 0; r < matrix.rows.size() && error.isEmpty(); ++r) {
        const CohortRow &row = matrix.rows.at(r);
        ExportRow cells{row.month, row.customers};
        for (int k = 0; k < m_model->months(); ++k) {
            const auto value = CohortTableModel::metricValue(row, k, metric);
            if (value)
                cells << (retention ? 100.0 * *value : *value / perMajor);
            else
                cells << std::monostate{};
        }
        error = out.writeRow(cells);
    }
    if (error.isEmpty())
        error = out.commit();
    if (!error.isEmpty()) {
        MessageBox::critical(this, tr("Export cohorts"), error);
        return false;
    }
    UiSettings::setValue(UiSetting::LastDirectory, QFileInfo(path).absolutePath());
    return true;
}

QPixmap CohortsPage::wholeTablePicture() const
{
    // The table drawn at its full size, every row and column, not just what is scrolled
    // into view: a second view of the same model, never shown on screen.
    QTableView whole;
    whole.setAttribute(Qt::WA_DontShowOnScreen);
    whole.setModel(m_model);
    whole.setGridStyle(m_table->gridStyle());
    whole.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    whole.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    whole.verticalHeader()->setDefaultSectionSize(m_table->verticalHeader()->defaultSectionSize());
    for (int c = 0; c < m_model->columnCount(); ++c)
        whole.horizontalHeader()->resizeSection(c, m_table->horizontalHeader()->sectionSize(c));
    whole.show();
    const int frame = 2 * whole.frameWidth();
    whole.resize(whole.verticalHeader()->sizeHint().width() + whole.horizontalHeader()->length() + frame,
                 whole.horizontalHeader()->sizeHint().height() + whole.verticalHeader()->length() + frame);
    return whole.grab();
}

bool CohortsPage::exportPng()
{
    const QString folder = UiSettings::value(UiSetting::LastDirectory).toString();
    const QString path = FileDialog::getSaveFileName(this, tr("Save cohort picture"),
                                                     QDir(folder).filePath(u"cohorts.png"_s), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return false;
    if (const QString error = PictureFile::savePng(wholeTablePicture(), path); !error.isEmpty()) {
        MessageBox::critical(this, tr("Save cohort picture"), error);
        return false;
    }
    UiSettings::setValue(UiSetting::LastDirectory, QFileInfo(path).absolutePath());
    return true;
}

} // namespace mwb::ui
