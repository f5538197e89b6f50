#include "JourneyPathModel.h"

#include "customers/ChannelStyle.h"

#include "DisplayFormat.h"

#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mwb::ui {

JourneyPathModel::JourneyPathModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void JourneyPathModel::setResult(const JourneyResult &result)
{
    beginResetModel();
    m_paths = result.paths;
    m_other = result.other;
    m_hasOther = result.other.customers > 0;
    m_customers = result.customers;
    endResetModel();
}

int JourneyPathModel::otherRow() const
{
    return m_hasOther ? static_cast<int>(m_paths.size()) : -1;
}

JourneyPath JourneyPathModel::pathAt(int row) const
{
    if (row == otherRow())
        return m_other;
    return m_paths.value(row);
}

QString JourneyPathModel::pathText(const QStringList &steps)
{
    if (steps.isEmpty())
        return tr("(no touchpoint)");
    QStringList names;
    for (const QString &step : steps)
        names.append(stepText(step));
    return names.join(u" → "_s);
}

QString JourneyPathModel::stepText(const QString &step)
{
    if (step == u"…"_s) // earlier steps left out
        return step;
    if (step == kJourneyNoTouchpoint)
        return tr("(no touchpoint)");
    return ChannelStyle::displayName(step);
}

int JourneyPathModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_paths.size()) + (m_hasOther ? 1 : 0);
}

int JourneyPathModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JourneyPathModel::rawValue(const JourneyPath &path, int column) const
{
    switch (column) {
    case PathColumn: return path.steps;
    case CustomersColumn: return path.customers;
    case ShareColumn: return m_customers > 0 ? double(path.customers) / double(m_customers) : 0.0;
    case ConvertersColumn: return path.converters;
    case RateColumn: return path.conversionRate();
    case MedianDaysColumn: return path.medianDaysToConvert ? QVariant(*path.medianDaysToConvert) : QVariant();
    default: return {};
    }
}

QVariant JourneyPathModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool other = index.row() == otherRow();
    const JourneyPath path = pathAt(index.row());
    const int column = index.column();
    if (role == Qt::UserRole)
        return rawValue(path, column);
    if (role == Qt::TextAlignmentRole)
        return column == PathColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == PathColumn)
        return other ? tr("Every path beyond the ones listed, counted together") : pathText(path.steps);
    if (role == Qt::FontRole && other) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case PathColumn: return other ? tr("Other paths") : pathText(path.steps);
    case CustomersColumn: return DisplayFormat::count(path.customers);
    case ShareColumn: return DisplayFormat::percent(rawValue(path, column).toDouble());
    case ConvertersColumn: return DisplayFormat::count(path.converters);
    case RateColumn: return DisplayFormat::percent(path.conversionRate());
    case MedianDaysColumn:
        return path.medianDaysToConvert ? DisplayFormat::decimal(*path.medianDaysToConvert)
                                        : DisplayFormat::undefined();
    default: return {};
    }
}

QVariant JourneyPathModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PathColumn: return tr("Path");
    case CustomersColumn: return tr("Customers");
    case ShareColumn: return tr("Share");
    case ConvertersColumn: return tr("Buyers");
    case RateColumn: return tr("Conversion");
    case MedianDaysColumn: return tr("Median days to buy");
    default: return {};
    }
}

void JourneyPathModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<JourneyPath> previous = m_paths;
    auto key = [&](const JourneyPath &path) { return rawValue(path, column); };
    std::stable_sort(m_paths.begin(), m_paths.end(), [&](const JourneyPath &a, const JourneyPath &b) {
        if (column == PathColumn) {
            const QString x = pathText(a.steps), y = pathText(b.steps);
            return order == Qt::AscendingOrder ? x.localeAwareCompare(y) < 0 : y.localeAwareCompare(x) < 0;
        }
        const QVariant x = key(a), y = key(b);
        // Paths without a median (nobody bought) go last either way.
        if (x.isValid() != y.isValid())
            return x.isValid();
        const double dx = x.toDouble(), dy = y.toDouble();
        return order == Qt::AscendingOrder ? dx < dy : dy < dx;
    });
    // Persistent indexes follow their path.
    QModelIndexList after;
    for (const QModelIndex &index : before) {
        int row = index.row();
        if (row < previous.size()) {
            for (int r = 0; r < m_paths.size(); ++r)
                if (m_paths.at(r).steps == previous.at(row).steps) {
                    row = r;
                    break;
                }
        }
        after.append(this->index(row, index.column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace mwb::ui
