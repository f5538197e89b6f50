#include "CustomerTable.h"

#include "widgets/ReadOnlyTable.h"

#include "DisplayFormat.h"
#include "lifecycle/StageStyle.h"

#include <QHeaderView>

namespace mwb::ui {

CustomerTable::CustomerTable(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Customer ID"), tr("Name"), tr("E-mail"), tr("Phone"), tr("Stage now"), tr("Since"),
                               tr("Orders"), tr("Revenue"), tr("Last purchase")});
    ReadOnlyTable::setUp(this, ReadOnlyTable::Striped);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setAccessibleName(tr("Customers"));
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.row() >= 0 && index.row() < m_rows.size())
            Q_EMIT customerActivated(m_rows.at(index.row()).id);
    });
}

void CustomerTable::setCustomers(const QList<CustomerSummary> &rows, const QString &currency)
{
    m_rows = rows;
    setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const CustomerSummary &c = rows[r];
        const QStringList cells{c.externalId,
                                c.name,
                                c.email,
                                c.phone,
                                c.stage ? StageStyle::displayName(*c.stage) : QString(),
                                c.stageSince.isValid() ? DisplayFormat::date(c.stageSince) : QString(),
                                DisplayFormat::count(c.orders),
                                DisplayFormat::money(c.revenueMinor, currency),
                                c.lastPurchase.isValid() ? DisplayFormat::date(c.lastPurchase) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == Orders || column == Revenue)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            setItem(r, column, item);
        }
    }
    resizeColumnsToContents();
}

} // namespace mwb::ui
