#include "CustomersPage.h"

#include "widgets/TableCopy.h"

#include "DisplayFormat.h"
#include "UiSettings.h"
#include "WorkspaceSession.h"
#include "customers/CustomerService.h"
#include "customers/CustomerListExporter.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomerTableView.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "lifecycle/StageStyle.h"
#include "segments/SegmentService.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

// Filter entries carry "" (everyone), "stage:<name>" or "segment:<id>".
const QString kStagePrefix = u"stage:"_s;
const QString kSegmentPrefix = u"segment:"_s;

// A width for each column, in average characters: the table never measures its rows
// (that would fetch them).
int columnChars(int column)
{
    switch (column) {
    case CustomerTableModel::ExternalId: return 12;
    case CustomerTableModel::Name:
    case CustomerTableModel::Phone: return 16;
    case CustomerTableModel::Email: return 26;
    case CustomerTableModel::City:
    case CustomerTableModel::Tier:
    case CustomerTableModel::Stage: return 10;
    case CustomerTableModel::Orders: return 7;
    case CustomerTableModel::RfmSegment: return 18;
    default: return 13;
    }
}

} // namespace

CustomersPage::CustomersPage(WorkspaceSession *session, QWidget *parent)
    : WorkbenchPage(parent)
    , m_session(session)
    , m_model(new CustomerTableModel(session->customers(), this))
    , m_search(new QLineEdit(this))
    , m_filter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_columns(new QToolButton(this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_table(new QTableView(this))
    , m_searchDelay(new QTimer(this))
{
    m_search->setObjectName(u"customerSearch"_s);
    m_search->setPlaceholderText(tr("Search by customer ID, e-mail, phone or name"));
    m_search->setAccessibleName(tr("Search customers"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_filter->setObjectName(u"customerFilter"_s);
    m_filter->setAccessibleName(tr("Show customers of"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_count->setObjectName(u"customerCount"_s);
    m_count->setAccessibleName(tr("Number of customers"));
    m_columns->setObjectName(u"customerColumns"_s);
    m_columns->setText(tr("Columns"));
    m_columns->setAccessibleName(tr("Choose columns"));
    m_columns->setToolTip(tr("Choose the columns the table shows"));
    m_columns->setPopupMode(QToolButton::InstantPopup);
    m_export->setObjectName(u"exportCustomers"_s);
    m_export->setAccessibleName(tr("Export customers"));
    m_export->setToolTip(tr("Write the customers listed here to a CSV or Excel file"));

    m_table->setObjectName(u"customerTable"_s);
    m_table->setAccessibleName(tr("Customers"));
    setUpCustomerTable(m_table, m_model);
    QHeaderView *header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSectionsMovable(false);
    connect(header, &QHeaderView::customContextMenuRequested, this, &CustomersPage::showColumnMenu);
    restoreColumns();

    auto *columnMenu = new QMenu(m_columns);
    m_columns->setMenu(columnMenu);
    connect(columnMenu, &QMenu::aboutToShow, this, [this, columnMenu] {
        columnMenu->clear();
        for (int column = 0; column < CustomerTableModel::ColumnCount; ++column) {
            QAction *action = columnMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(isColumnShown(column));
            connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnShown(column, on); });
        }
    });

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &CustomersPage::applyQuery);
    connect(m_filter, &QComboBox::activated, this, &CustomersPage::applyQuery);
    connect(m_export, &QPushButton::clicked, this, &CustomersPage::exportList);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { openProfile(index.row()); });

    connect(m_model, &CustomerTableModel::firstPageShown, this, &CustomersPage::showCount);
    connect(m_model, &CustomerTableModel::loaded, this, [this] {
        showCount();
        Q_EMIT ready();
    });
    connect(m_model, &CustomerTableModel::failed, this,
            [this](const QString &error) { m_count->setText(tr("The customers could not be listed: %1").arg(error)); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPage::showCount);

    auto *tools = new QHBoxLayout;
    tools->setSpacing(8);
    tools->addWidget(m_search, 2);
    tools->addWidget(m_filter);
    tools->addSpacing(8);
    tools->addWidget(m_count, 1);
    tools->addWidget(m_columns);
    tools->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(10);
    layout->addWidget(createHeading(tr("Customers")));
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);

    connect(m_session, &WorkspaceSession::opened, this, [this] {
        m_overviewSeen = false;
        m_model->setCurrency(m_session->currency());
        rebuildFilters();
        applyQuery();
    });
    connect(m_session, &WorkspaceSession::closed, this, [this] {
        m_model->clear();
        m_filter->clear();
        m_count->clear();
    });
    // The first figures after opening change nothing here; later ones follow an import,
    // an undo or a merge, which change who is listed.
    connect(m_session, &WorkspaceSession::overviewChanged, this, [this] {
        if (m_overviewSeen)
            m_model->reload();
        m_overviewSeen = true;
    });
    connect(m_session, &WorkspaceSession::lifecycleChanged, m_model, &CustomerTableModel::reload);
    connect(m_session, &WorkspaceSession::scoresChanged, m_model, &CustomerTableModel::reload);
    connect(m_session->segments(), &SegmentService::segmentsChanged, this, &CustomersPage::rebuildFilters);

    if (m_session->isOpen()) {
        m_overviewSeen = m_session->loaded();
        m_model->setCurrency(m_session->currency());
        rebuildFilters();
        applyQuery();
    }
}

QString CustomersPage::pageId() const
{
    return u"customers"_s;
}

QString CustomersPage::title() const
{
    return tr("Customers");
}

QIcon CustomersPage::icon() const
{
    return QIcon(u":/icons/customers.svg"_s);
}

bool CustomersPage::isReady() const
{
    return m_model->isLoaded();
}

void CustomersPage::rebuildFilters()
{
    const QString current = m_filter->currentData().toString();
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All customers"), QString());
    m_filter->insertSeparator(m_filter->count());
    for (LifecycleStage stage : kLifecycleStages)
        m_filter->addItem(tr("Stage: %1").arg(StageStyle::displayName(stage)),
                          QString(kStagePrefix + stageName(stage)));
    const QList<SavedSegment> saved =
        m_session->isOpen() ? m_session->segments()->listSegments() : QList<SavedSegment>();
    if (!saved.isEmpty())
        m_filter->insertSeparator(m_filter->count());
    for (const SavedSegment &segment : saved)
        m_filter->addItem(tr("Segment: %1").arg(segment.name), QString(kSegmentPrefix + QString::number(segment.id)));
    const int index = m_filter->findData(current);
    m_filter->setCurrentIndex(index >= 0 ? index : 0);
    // The segment shown was deleted: everyone again.
    if (index < 0 && !current.isEmpty())
        applyQuery();
}

bool CustomersPage::selectStage(const QString &stage)
{
    const int index = m_filter->findData(QString(kStagePrefix + stage));
    if (index < 0)
        return false;
    m_filter->setCurrentIndex(index);
    applyQuery();
    return true;
}

bool CustomersPage::selectSegment(qint64 segmentId)
{
    const int index = m_filter->findData(QString(kSegmentPrefix + QString::number(segmentId)));
    if (index < 0)
        return false;
    m_filter->setCurrentIndex(index);
    applyQuery();
    return true;
}

CustomerListQuery CustomersPage::currentQuery() const
{
    CustomerListQuery query;
    query.search = m_search->text().trimmed();
    query.sort = m_model->query().sort;
    query.descending = m_model->query().descending;
    const QString filter = m_filter->currentData().toString();
    if (filter.startsWith(kStagePrefix)) {
        query.segment = SegmentNode::condition(u"lifecycle_stage"_s, SegmentOp::Equal, filter.mid(kStagePrefix.size()));
    } else if (filter.startsWith(kSegmentPrefix) && m_session->isOpen()) {
        if (const auto saved = m_session->segments()->findSegment(filter.mid(kSegmentPrefix.size()).toLongLong())) {
            const SegmentParse parsed = SegmentDefinition::fromJson(saved->definition);
            if (parsed.ok())
                query.segment = parsed.node;
        }
    }
    return query;
}

void CustomersPage::applyQuery()
{
    m_searchDelay->stop();
    if (!m_session->isOpen())
        return;
    m_count->setText(tr("Finding the customers…"));
    m_model->setQuery(currentQuery());
}

void CustomersPage::showCount()
{
    if (m_model->isLoaded()) {
        const int count = m_model->rowCount();
        m_count->setText(tr("%Ln customers", nullptr, count));
    } else if (m_model->rowCount() > 0) {
        m_count->setText(tr("Counting the customers…"));
    }
    m_export->setEnabled(m_model->isLoaded() && m_model->rowCount() > 0 && !m_exporting);
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_columnsSized = true;
        resizeShownColumns();
    }
}

void CustomersPage::openProfile(int row)
{
    const qint64 id = m_model->customerId(row);
    if (id > 0)
        m_session->openProfile(id, this);
}

void CustomersPage::showColumnMenu(const QPoint &position)
{
    m_columns->menu()->popup(m_table->horizontalHeader()->mapToGlobal(position));
}

bool CustomersPage::isColumnShown(int column) const
{
    return !m_table->isColumnHidden(column);
}

void CustomersPage::setColumnShown(int column, bool shown)
{
    if (column < 0 || column >= CustomerTableModel::ColumnCount || shown == isColumnShown(column))
        return;
    // One column always stays.
    int visible = 0;
    for (int c = 0; c < CustomerTableModel::ColumnCount; ++c)
        visible += isColumnShown(c) ? 1 : 0;
    if (!shown && visible <= 1)
        return;
    m_table->setColumnHidden(column, !shown);
    saveColumns();
}

void CustomersPage::restoreColumns()
{
    const QStringList hidden = UiSettings::value(UiSetting::CustomerHiddenColumns).toStringList();
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column)
        m_table->setColumnHidden(column, hidden.contains(CustomerTableModel::columnKey(column)));
    resizeShownColumns();
}

void CustomersPage::saveColumns()
{
    QStringList hidden;
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column) {
        if (!isColumnShown(column))
            hidden << CustomerTableModel::columnKey(column);
    }
    UiSettings::setValue(UiSetting::CustomerHiddenColumns, hidden);
}

void CustomersPage::resizeShownColumns()
{
    const int charWidth = fontMetrics().averageCharWidth();
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column)
        m_table->horizontalHeader()->resizeSection(column, columnChars(column) * charWidth + 16);
}

bool CustomersPage::exportList()
{
    if (!m_session->isOpen() || m_exporting || !m_model->isLoaded() || m_model->rowCount() == 0)
        return false;
    // The rows in the table's order; the id first, then the columns shown.
    QStringList columns{u"id"_s};
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column) {
        if (isColumnShown(column))
            columns << CustomerTableModel::columnKey(column);
    }
    m_exporting = CustomerListExporter::start(
        this, m_session, m_model->ids(), columns, m_export, [this](const CustomerExportResult &result) {
            m_exporting = false;
            m_lastExport = result;
            showCount();
            if (result.ok())
                m_count->setText(m_count->text() + u" — "_s + CustomerListExporter::doneText(result));
            Q_EMIT exportFinished();
        });
    return m_exporting;
}

} // namespace mwb::ui
