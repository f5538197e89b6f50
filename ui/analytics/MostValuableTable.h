// MostValuableTable: the customers with the highest predicted CLV, ranked, with what
// their value is made of: orders, revenue and average order value to date, P(alive),
// expected purchases in the horizon, expected spend per purchase and the predicted CLV.
#pragma once

#include "analytics/ClvModel.h"

#include <QTableWidget>

namespace mwb::ui {

class MostValuableTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column {
        Name,
        ExternalId,
        Orders,
        Revenue,
        AverageOrder,
        ProbabilityAlive,
        ExpectedPurchases,
        SpendPerPurchase,
        PredictedClv,
        ColumnCount
    };

    explicit MostValuableTable(QWidget *parent = nullptr);

    // `currency`: ISO 4217 code of the workspace, for the money columns.
    void setCustomers(const QList<ValuedCustomer> &customers, const QString &currency);
    const QList<ValuedCustomer> &customers() const { return m_customers; }

Q_SIGNALS:
    // A row was double-clicked (or Enter pressed on it).
    void customerActivated(const mwb::ValuedCustomer &customer);

private:
    QList<ValuedCustomer> m_customers;
};

} // namespace mwb::ui
