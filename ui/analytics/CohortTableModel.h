// CohortTableModel: a cohort matrix as a heatmap table: a row per cohort month, the
// cohort's size, then one column per month since (0 = the cohort's own month) holding
// the chosen metric, shaded by a colour scale; each cell's tooltip names the counts
// behind it. Qt::UserRole gives a cell's number as the core computed it.
#pragma once

#include "analytics/Cohorts.h"

#include <QAbstractTableModel>

#include <optional>

namespace mwb::ui {

enum class CohortMetric {
    Retention,
    RevenuePerCustomer,
    CumulativeRevenuePerCustomer
};

class CohortTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kSizeColumn = 0;
    static constexpr int kFirstMonthColumn = 1;

    explicit CohortTableModel(QObject *parent = nullptr);

    void setMatrix(const CohortMatrix &matrix, const QString &currency);
    void setMetric(CohortMetric metric);
    CohortMetric metric() const { return m_metric; }
    const CohortMatrix &matrix() const { return m_matrix; }
    int months() const { return m_months; }

    // The metric of cohort `row` in month `k` since; none beyond the data.
    std::optional<double> cellValue(int row, int k) const;
    static std::optional<double> metricValue(const CohortRow &row, int k, CohortMetric metric);
    QString metricText(double value) const;
    static QString metricName(CohortMetric metric);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rescale();
    QString toolTip(int row, int k) const;

    CohortMatrix m_matrix;
    QString m_currency;
    CohortMetric m_metric = CohortMetric::Retention;
    int m_months = 0;
    double m_scaleMax = 0;
};

} // namespace mwb::ui
