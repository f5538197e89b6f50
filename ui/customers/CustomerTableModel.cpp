#include "CustomerTableModel.h"

#include "vocabulary/Figures.h"

#include "CustomerService.h"
#include "DisplayFormat.h"
#include "lifecycle/StageStyle.h"
#include "metrics/RfmScores.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

struct ColumnInfo
{
    CustomerTableModel::Column column;
    const char16_t *key; // CustomerExport's name
    std::optional<CustomerSort> sort;
};

const ColumnInfo kColumns[] = {
    {CustomerTableModel::ExternalId, u"external_id", CustomerSort::ExternalId},
    {CustomerTableModel::Name, u"name", CustomerSort::Name},
    {CustomerTableModel::Email, u"email", CustomerSort::Email},
    {CustomerTableModel::Phone, u"phone", std::nullopt},
    {CustomerTableModel::City, u"city", CustomerSort::City},
    {CustomerTableModel::Tier, u"tier", CustomerSort::Tier},
    {CustomerTableModel::Stage, u"lifecycle_stage", CustomerSort::Stage},
    {CustomerTableModel::Orders, u"orders", CustomerSort::Orders},
    {CustomerTableModel::Revenue, u"revenue", CustomerSort::Revenue},
    {CustomerTableModel::LastPurchase, u"last_purchase_date", CustomerSort::LastPurchase},
    {CustomerTableModel::RfmSegment, u"rfm_segment", CustomerSort::RfmSegment},
    {CustomerTableModel::PredictedClv, u"predicted_clv", CustomerSort::PredictedClv},
};
static_assert(std::size(kColumns) == CustomerTableModel::ColumnCount);

bool isNumeric(int column)
{
    return column == CustomerTableModel::Orders || column == CustomerTableModel::Revenue
        || column == CustomerTableModel::PredictedClv;
}

} // namespace

CustomerTableModel::CustomerTableModel(CustomerService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
}

CustomerTableModel::~CustomerTableModel()
{
    if (m_cancel)
        *m_cancel = true;
}

std::optional<CustomerSort> CustomerTableModel::sortFor(int column)
{
    if (column < 0 || column >= ColumnCount)
        return std::nullopt;
    return kColumns[column].sort;
}

int CustomerTableModel::columnFor(CustomerSort sort)
{
    for (const ColumnInfo &info : kColumns) {
        if (info.sort == sort)
            return info.column;
    }
    return -1;
}

QString CustomerTableModel::columnKey(int column)
{
    if (column < 0 || column >= ColumnCount)
        return {};
    return QString::fromUtf16(kColumns[column].key);
}

QString CustomerTableModel::placeholder()
{
    return u"…"_s;
}

void CustomerTableModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CustomerTableModel::clear()
{
    ++m_generation;
    if (m_cancel)
        *m_cancel = true;
    m_cancel.reset();
    beginResetModel();
    m_hasQuery = false;
    m_first.clear();
    m_ids.clear();
    m_idsKnown = false;
    m_pages.clear();
    m_recent.clear();
    m_pending.clear();
    endResetModel();
}

void CustomerTableModel::setQuery(const CustomerListQuery &query)
{
    clear();
    m_query = query;
    m_hasQuery = true;
    const quint64 generation = m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_service->firstPage(query, kPageSize, this, [this, generation](const CustomerPage &page) {
        showFirstPage(generation, page.rows, page.error);
    });
    m_service->orderedIds(query, m_cancel, this,
                          [this, generation](const CustomerIds &ids) { showIds(generation, ids); });
}

void CustomerTableModel::reload()
{
    if (m_hasQuery)
        setQuery(m_query);
}

void CustomerTableModel::showFirstPage(quint64 generation, const QList<CustomerListRow> &rows, const QString &error)
{
    if (generation != m_generation) {
        ++m_staleDropped;
        return;
    }
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    if (m_idsKnown) {
        // The ids came first: the page is the cache's first page when it agrees with them.
        storePage(generation, 0, rows, QString());
    } else if (!rows.isEmpty()) {
        beginInsertRows({}, 0, static_cast<int>(rows.size()) - 1);
        m_first = rows;
        endInsertRows();
    }
    Q_EMIT firstPageShown();
}

void CustomerTableModel::showIds(quint64 generation, const CustomerIds &ids)
{
    if (generation != m_generation) {
        ++m_staleDropped;
        return;
    }
    if (ids.cancelled)
        return;
    if (!ids.error.isEmpty()) {
        Q_EMIT failed(ids.error);
        return;
    }
    const int shown = static_cast<int>(m_first.size());
    const int count = static_cast<int>(ids.ids.size());
    const bool agrees = shown <= count
        && std::equal(m_first.cbegin(), m_first.cend(), ids.ids.cbegin(),
                      [](const CustomerListRow &row, qint64 id) { return row.id == id; });
    if (agrees) {
        // The rows shown stay; the rest of the list is appended below them.
        if (count > shown)
            beginInsertRows({}, shown, count - 1);
        m_ids = ids.ids;
        m_idsKnown = true;
        if (shown > 0 && (shown == kPageSize || shown == count)) {
            m_pages.insert(0, m_first);
            m_recent.append(0);
        }
        m_first.clear();
        if (count > shown)
            endInsertRows();
    } else {
        // The data changed between the two answers: the ids are the truth.
        beginResetModel();
        m_ids = ids.ids;
        m_idsKnown = true;
        m_first.clear();
        endResetModel();
    }
    Q_EMIT loaded();
}

qint64 CustomerTableModel::customerId(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return m_idsKnown ? m_ids[static_cast<size_t>(row)] : m_first.at(row).id;
}

const CustomerListRow *CustomerTableModel::rowAt(int row) const
{
    if (!m_idsKnown)
        return row < m_first.size() ? &m_first.at(row) : nullptr;
    const int page = row / kPageSize;
    const auto found = m_pages.constFind(page);
    if (found == m_pages.cend()) {
        requestPage(page);
        return nullptr;
    }
    if (m_recent.isEmpty() || m_recent.constLast() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    return &found->at(row % kPageSize);
}

std::optional<CustomerListRow> CustomerTableModel::cachedRow(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    if (!m_idsKnown)
        return m_first.at(row);
    const auto found = m_pages.constFind(row / kPageSize);
    if (found == m_pages.cend())
        return std::nullopt;
    return found->at(row % kPageSize);
}

void CustomerTableModel::requestPage(int page) const
{
    if (m_pending.contains(page))
        return;
    m_pending.insert(page);
    const size_t begin = static_cast<size_t>(page) * kPageSize;
    const size_t end = std::min(m_ids.size(), begin + kPageSize);
    std::vector<qint64> ids(m_ids.cbegin() + static_cast<std::ptrdiff_t>(begin),
                            m_ids.cbegin() + static_cast<std::ptrdiff_t>(end));
    // The view asks from data(); the answer changes the cache, not what the model means.
    auto *self = const_cast<CustomerTableModel *>(this);
    const quint64 generation = m_generation;
    m_service->rows(ids, self, [self, generation, page](const CustomerPage &answer) {
        self->storePage(generation, page, answer.rows, answer.error);
    });
}

void CustomerTableModel::storePage(quint64 generation, int page, const QList<CustomerListRow> &rows,
                                   const QString &error)
{
    if (generation != m_generation) {
        ++m_staleDropped;
        return;
    }
    m_pending.remove(page);
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    const int first = page * kPageSize;
    const int last = std::min(static_cast<int>(m_ids.size()), first + kPageSize) - 1;
    if (last < first)
        return;
    // Aligned with the page's ids: rows() leaves out customers that no longer exist.
    QHash<qint64, const CustomerListRow *> byId;
    for (const CustomerListRow &row : rows)
        byId.insert(row.id, &row);
    Page aligned;
    aligned.reserve(last - first + 1);
    for (int r = first; r <= last; ++r) {
        const CustomerListRow *row = byId.value(m_ids[static_cast<size_t>(r)]);
        aligned.append(row ? *row : CustomerListRow{});
    }
    m_pages.insert(page, aligned);
    m_recent.removeOne(page);
    m_recent.append(page);
    while (m_pages.size() > kMaxCachedPages && m_recent.size() > 1)
        m_pages.remove(m_recent.takeFirst());
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    Q_EMIT pageLoaded(page);
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_idsKnown ? static_cast<int>(m_ids.size()) : static_cast<int>(m_first.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomerTableModel::display(const CustomerListRow &row, int column) const
{
    switch (column) {
    case ExternalId: return row.externalId;
    case Name: return row.name;
    case Email: return row.email;
    case Phone: return row.phone;
    case City: return row.city;
    case Tier: return row.tier;
    case Stage: {
        const auto stage = stageFromName(row.stage);
        return stage ? StageStyle::displayName(*stage) : row.stage;
    }
    case Orders: return DisplayFormat::count(row.orders);
    case Revenue: return DisplayFormat::money(row.revenueMinor, m_currency);
    case LastPurchase: return row.lastPurchase.isValid() ? DisplayFormat::date(row.lastPurchase) : QString();
    case RfmSegment: return rfmSegmentDisplayName(row.rfmSegment);
    case PredictedClv:
        return row.predictedClvMinor ? DisplayFormat::money(*row.predictedClvMinor, m_currency) : QString();
    default: return {};
    }
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const CustomerListRow *row = rowAt(index.row());
        if (!row)
            return placeholder();
        if (row->id == 0)
            return index.column() == Name ? tr("(no longer in the workspace)") : QString();
        return display(*row, index.column());
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(isNumeric(index.column()) ? Qt::AlignRight | Qt::AlignVCenter
                                                             : Qt::AlignLeft | Qt::AlignVCenter);
    case CustomerIdRole: return customerId(index.row());
    default: return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ExternalId: return tr("Customer ID");
        case Name: return tr("Name");
        case Email: return tr("E-mail");
        case Phone: return tr("Phone");
        case City: return tr("City");
        case Tier: return tr("Tier");
        case Stage: return tr("Stage");
        case Orders: return tr("Orders");
        case Revenue: return tr("Revenue");
        case LastPurchase: return tr("Last purchase");
        case RfmSegment: return tr("RFM segment");
        case PredictedClv: return tr("Predicted CLV");
        default: break;
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(isNumeric(section) ? Qt::AlignRight | Qt::AlignVCenter
                                                      : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        // What the column counts, as vocabulary/Figures.h defines it.
        QString tip;
        switch (section) {
        case Orders: tip = Figures::tooltip(Figure::CustomerOrders); break;
        case Revenue: tip = Figures::tooltip(Figure::CustomerRevenue); break;
        case RfmSegment: tip = Figures::tooltip(Figure::RfmScores); break;
        case PredictedClv: tip = Figures::tooltip(Figure::PredictedClv); break;
        default: break;
        }
        if (!sortFor(section))
            tip += (tip.isEmpty() ? QString() : u"\n"_s) + tr("This column cannot be sorted");
        if (!tip.isEmpty())
            return tip;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortFor(column);
    if (!sort)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (m_hasQuery && m_query.sort == *sort && m_query.descending == descending)
        return;
    CustomerListQuery query = m_query;
    query.sort = *sort;
    query.descending = descending;
    if (m_hasQuery)
        setQuery(query);
    else
        m_query = query;
}

} // namespace mwb::ui
