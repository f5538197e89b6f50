// CustomerTable: a read-only table of customer summaries (id, name, contact, stage,
// orders, revenue, last purchase), as drill-downs and segment previews list them. A
// double-click or Enter on a row asks for that customer's profile.
#pragma once

#include "metrics/CustomerSummary.h"

#include <QTableWidget>

namespace mwb::ui {

class CustomerTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column {
        ExternalId,
        Name,
        Email,
        Phone,
        Stage,
        StageSince,
        Orders,
        Revenue,
        LastPurchase,
        ColumnCount
    };

    explicit CustomerTable(QWidget *parent = nullptr);

    // `currency`: ISO 4217 code of the workspace, for the revenue column.
    void setCustomers(const QList<CustomerSummary> &rows, const QString &currency);
    const QList<CustomerSummary> &customers() const { return m_rows; }

Q_SIGNALS:
    void customerActivated(qint64 customerId);

private:
    QList<CustomerSummary> m_rows;
};

} // namespace mwb::ui
