#include "CohortTableModel.h"

#include "DisplayFormat.h"
#include "store/WorkspaceSettings.h"

#include <QColor>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

// White through to a deep blue; text turns white on the darker half.
QColor shade(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    const QColor low(0xf4, 0xf8, 0xfd);
    const QColor high(0x13, 0x4f, 0xa8);
    return QColor::fromRgbF(static_cast<float>(low.redF() + (high.redF() - low.redF()) * t),
                            static_cast<float>(low.greenF() + (high.greenF() - low.greenF()) * t),
                            static_cast<float>(low.blueF() + (high.blueF() - low.blueF()) * t));
}

} // namespace

CohortTableModel::CohortTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CohortTableModel::setMatrix(const CohortMatrix &matrix, const QString &currency)
{
    beginResetModel();
    m_matrix = matrix;
    m_currency = currency;
    m_months = 0;
    for (const CohortRow &row : std::as_const(m_matrix.rows))
        m_months = std::max(m_months, static_cast<int>(row.buyers.size()));
    rescale();
    endResetModel();
}

void CohortTableModel::setMetric(CohortMetric metric)
{
    if (metric == m_metric)
        return;
    beginResetModel();
    m_metric = metric;
    rescale();
    endResetModel();
}

void CohortTableModel::rescale()
{
    // Month 0 of first-purchase cohorts is 100% retention by definition, and a cohort of
    // a handful of customers jumps about: the scale ends at the 95th percentile of the
    // months after the first, so the differences of most cells show.
    QList<double> values;
    for (int r = 0; r < m_matrix.rows.size(); ++r) {
        for (int k = m_months > 1 ? 1 : 0; k < m_months; ++k) {
            if (const auto v = cellValue(r, k))
                values.append(*v);
        }
    }
    m_scaleMax = 0;
    if (values.isEmpty())
        return;
    std::sort(values.begin(), values.end());
    m_scaleMax = values.at(static_cast<qsizetype>(0.95 * static_cast<double>(values.size() - 1)));
    if (m_scaleMax <= 0)
        m_scaleMax = values.constLast();
}

std::optional<double> CohortTableModel::metricValue(const CohortRow &row, int k, CohortMetric metric)
{
    if (k < 0 || k >= row.buyers.size())
        return std::nullopt;
    switch (metric) {
    case CohortMetric::Retention: return row.retention(k);
    case CohortMetric::RevenuePerCustomer: return row.revenuePerCustomer(k);
    case CohortMetric::CumulativeRevenuePerCustomer: return row.cumulativeRevenuePerCustomer(k);
    }
    return std::nullopt;
}

std::optional<double> CohortTableModel::cellValue(int row, int k) const
{
    if (row < 0 || row >= m_matrix.rows.size())
        return std::nullopt;
    return metricValue(m_matrix.rows.at(row), k, m_metric);
}

QString CohortTableModel::metricText(double value) const
{
    if (m_metric == CohortMetric::Retention)
        return DisplayFormat::percent(value);
    // Cents are noise beside hundreds; they matter on small amounts.
    const bool whole = std::abs(value) / minorUnitsPerMajor(m_currency) >= 100.0;
    return DisplayFormat::money(std::llround(value), m_currency, whole ? 0 : -1);
}

QString CohortTableModel::metricName(CohortMetric metric)
{
    switch (metric) {
    case CohortMetric::Retention: return tr("Retention");
    case CohortMetric::RevenuePerCustomer: return tr("Revenue per customer");
    case CohortMetric::CumulativeRevenuePerCustomer: return tr("Cumulative revenue per customer");
    }
    return {};
}

int CohortTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_matrix.rows.size());
}

int CohortTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_matrix.rows.isEmpty() ? 0 : kFirstMonthColumn + m_months;
}

QVariant CohortTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_matrix.rows.size())
        return {};
    const CohortRow &row = m_matrix.rows.at(index.row());
    if (index.column() == kSizeColumn) {
        switch (role) {
        case Qt::DisplayRole: return DisplayFormat::count(row.customers);
        case Qt::UserRole: return row.customers;
        case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return tr("%Ln customers in the cohort of %1", nullptr, static_cast<int>(row.customers))
                .arg(DisplayFormat::month(row.month));
        default: return {};
        }
    }
    const int k = index.column() - kFirstMonthColumn;
    const auto value = cellValue(index.row(), k);
    if (!value)
        return {};
    switch (role) {
    case Qt::DisplayRole: return metricText(*value);
    case Qt::UserRole: return *value;
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignCenter);
    case Qt::BackgroundRole: return shade(m_scaleMax > 0 ? *value / m_scaleMax : 0.0);
    case Qt::ForegroundRole:
        return (m_scaleMax > 0 && *value / m_scaleMax > 0.55) ? QColor(Qt::white) : QColor(0x20, 0x2a, 0x36);
    case Qt::ToolTipRole: return toolTip(index.row(), k);
    default: return {};
    }
}

QString CohortTableModel::toolTip(int r, int k) const
{
    const CohortRow &row = m_matrix.rows.at(r);
    const qint64 buyers = row.buyers.value(k);
    const qint64 revenue = row.revenueMinor.value(k);
    qint64 cumulative = 0;
    for (int i = 0; i <= k && i < row.revenueMinor.size(); ++i)
        cumulative += row.revenueMinor.at(i);
    const QDate month = row.month.addMonths(k);
    return tr("<b>Cohort of %1</b>, month %2 (%3)<br>%4 customers in the cohort<br>%5 bought that month "
              "(retention %6)<br>Revenue that month: %7<br>Revenue to date: %8")
        .arg(DisplayFormat::month(row.month))
        .arg(k)
        .arg(DisplayFormat::month(month, false), DisplayFormat::count(row.customers), DisplayFormat::count(buyers),
             DisplayFormat::percent(row.retention(k)), DisplayFormat::money(revenue, m_currency),
             DisplayFormat::money(cumulative, m_currency));
}

QVariant CohortTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && section >= kFirstMonthColumn)
        return tr("Months after the cohort's month (0: the month itself)");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_matrix.rows.size())
            return {};
        return DisplayFormat::month(m_matrix.rows.at(section).month, false);
    }
    if (section == kSizeColumn)
        return tr("Customers");
    return tr("M%1").arg(section - kFirstMonthColumn);
}

} // namespace mwb::ui
