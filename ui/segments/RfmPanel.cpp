#include "RfmPanel.h"

#include "vocabulary/Figures.h"

#include "DisplayFormat.h"
#include "RfmGridView.h"
#include "SegmentService.h"
#include "WorkspaceSession.h"
#include "lifecycle/CustomerListDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {
enum SegmentColumn {
    NameColumn,
    CustomersColumn,
    ShareColumn,
    RevenueColumn
};
} // namespace

RfmPanel::RfmPanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_grid(new RfmGridView(this))
    , m_segments(new QTableWidget(0, 4, this))
{
    m_summary->setObjectName(u"rfmSummary"_s);
    m_summary->setWordWrap(true);
    m_grid->setObjectName(u"rfmGrid"_s);
    m_segments->setObjectName(u"rfmSegments"_s);
    m_segments->setAccessibleName(tr("Named RFM segments"));
    m_segments->setHorizontalHeaderLabels({tr("RFM segment"), tr("Customers"), tr("Share"), tr("Revenue")});
    m_segments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_segments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_segments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_segments->verticalHeader()->hide();
    m_segments->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column : {CustomersColumn, ShareColumn, RevenueColumn})
        m_segments->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_segments->setToolTip(tr("Double-click a segment for its customers") + u"\n"_s
                           + Figures::tooltip(Figure::RfmScores));
    m_segments->setMinimumWidth(300);

    auto *figures = new QHBoxLayout;
    figures->addWidget(m_grid, 5);
    figures->addWidget(m_segments, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_summary);
    layout->addLayout(figures, 1);

    connect(m_grid, &RfmGridView::cellActivated, this, &RfmPanel::openCell);
    connect(m_segments, &QTableWidget::cellActivated, this,
            [this](int row) { openNamedSegment(m_segments->item(row, NameColumn)->data(Qt::UserRole).toString()); });
}

void RfmPanel::reload()
{
    m_loaded = false;
    m_summary->setText(tr("Scoring…"));
    m_session->segments()->rfmGrid(this, [this](const RfmFigures &figures) { showFigures(figures); });
}

void RfmPanel::showFigures(const RfmFigures &figures)
{
    m_loaded = true;
    if (!figures.error.isEmpty()) {
        m_summary->setText(tr("The RFM scores could not be read: %1").arg(figures.error));
        Q_EMIT loaded();
        return;
    }
    const RfmGrid &grid = figures.grid;
    const QString currency = m_session->currency();
    m_grid->setGrid(grid, currency);
    m_summary->setText(tr("<b>%1 customers who bought</b>, scored 1–5 on recency, frequency and revenue against "
                          "each other. Colour shows customers; click a cell for its customers.")
                           .arg(DisplayFormat::count(grid.scored)));

    // Customers and revenue of each named segment: the cells that make it up.
    const QStringList names = RfmScores::segmentNames();
    QList<qint64> customers(names.size(), 0);
    QList<qint64> revenue(names.size(), 0);
    for (int r = 1; r <= 5; ++r) {
        for (int f = 1; f <= 5; ++f) {
            const auto index = names.indexOf(RfmScores::segmentName(r, f));
            if (index < 0)
                continue;
            customers[index] += grid.customers[static_cast<std::size_t>(r - 1)][static_cast<std::size_t>(f - 1)];
            revenue[index] += grid.revenueMinor[static_cast<std::size_t>(r - 1)][static_cast<std::size_t>(f - 1)];
        }
    }
    m_segments->setRowCount(static_cast<int>(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        const double share =
            grid.scored > 0 ? 100.0 * static_cast<double>(customers[row]) / static_cast<double>(grid.scored) : 0.0;
        auto *name = new QTableWidgetItem(rfmSegmentDisplayName(names[row]));
        name->setData(Qt::UserRole, names[row]); // the stored name the drill-down asks for
        auto *count = new QTableWidgetItem(DisplayFormat::count(customers[row]));
        auto *percent = new QTableWidgetItem(QLocale().toString(share, 'f', 1) + u'%');
        auto *money = new QTableWidgetItem(DisplayFormat::moneyShort(revenue[row], currency));
        count->setData(Qt::UserRole, customers[row]);
        money->setToolTip(DisplayFormat::money(revenue[row], currency));
        for (QTableWidgetItem *item : {count, percent, money})
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_segments->setItem(row, NameColumn, name);
        m_segments->setItem(row, CustomersColumn, count);
        m_segments->setItem(row, ShareColumn, percent);
        m_segments->setItem(row, RevenueColumn, money);
    }
    Q_EMIT loaded();
}

SegmentNode RfmPanel::cellDefinition(int r, int f)
{
    return SegmentNode::group(SegmentNode::Kind::All,
                              {SegmentNode::condition(u"r_score"_s, SegmentOp::Equal, r),
                               SegmentNode::condition(u"f_score"_s, SegmentOp::Equal, f)});
}

void RfmPanel::openCell(int r, int f)
{
    openCustomers(cellDefinition(r, f),
                  tr("%1 · R %2 · F %3").arg(rfmSegmentDisplayName(RfmScores::segmentName(r, f))).arg(r).arg(f));
}

void RfmPanel::openNamedSegment(const QString &name)
{
    openCustomers(SegmentNode::condition(u"rfm_segment"_s, SegmentOp::Equal, name),
                  tr("RFM: %1").arg(rfmSegmentDisplayName(name)));
}

void RfmPanel::openCustomers(const SegmentNode &definition, const QString &description)
{
    auto *dialog = new CustomerListDialog(m_session, definition, description, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_drillDown = dialog;
    dialog->show();
}

CustomerListDialog *RfmPanel::lastDrillDown() const
{
    return m_drillDown;
}

} // namespace mwb::ui
