#include "MostValuableTable.h"

#include "widgets/ReadOnlyTable.h"

#include "DisplayFormat.h"

#include <QHeaderView>

#include <cmath>

namespace mwb::ui {

namespace {

QString moneyOrUndefined(const std::optional<double> &minor, const QString &currency)
{
    return minor ? DisplayFormat::money(std::llround(*minor), currency) : DisplayFormat::undefined();
}

QString decimalOrUndefined(const std::optional<double> &value, int decimals)
{
    return value ? DisplayFormat::decimal(*value, decimals) : DisplayFormat::undefined();
}

} // namespace

MostValuableTable::MostValuableTable(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Name"), tr("Customer ID"), tr("Orders"), tr("Revenue"), tr("Average order"),
                               tr("P(alive)"), tr("Expected purchases"), tr("Spend per purchase"),
                               tr("Predicted CLV")});
    horizontalHeaderItem(ProbabilityAlive)->setToolTip(tr("The probability that the customer is still buying"));
    horizontalHeaderItem(ExpectedPurchases)->setToolTip(tr("Purchases the model expects within the horizon"));
    horizontalHeaderItem(SpendPerPurchase)->setToolTip(tr("The spend the model expects per purchase"));
    horizontalHeaderItem(PredictedClv)->setToolTip(tr("Discounted and margin-adjusted value over the horizon"));
    ReadOnlyTable::setUp(this, ReadOnlyTable::Striped);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setAccessibleName(tr("Most valuable customers"));

    connect(this, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.row() < m_customers.size())
            Q_EMIT customerActivated(m_customers.at(index.row()));
    });
}

void MostValuableTable::setCustomers(const QList<ValuedCustomer> &customers, const QString &currency)
{
    m_customers = customers;
    setRowCount(static_cast<int>(customers.size()));
    for (int r = 0; r < customers.size(); ++r) {
        const ValuedCustomer &c = customers[r];
        const CustomerValue &v = c.value;
        const QStringList cells{c.name,
                                c.externalId,
                                DisplayFormat::count(v.orders),
                                DisplayFormat::money(v.revenueMinor, currency),
                                DisplayFormat::money(std::llround(v.aovMinor), currency),
                                v.probabilityAlive ? DisplayFormat::percent(*v.probabilityAlive)
                                                   : DisplayFormat::undefined(),
                                decimalOrUndefined(v.expectedPurchases, 2),
                                moneyOrUndefined(v.expectedSpendMinor, currency),
                                moneyOrUndefined(v.predictedClvMinor, currency)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column >= Orders)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            setItem(r, column, item);
        }
    }
    // Figures get their width and some air; the name takes what is left.
    resizeColumnsToContents();
    for (int column = ExternalId; column < ColumnCount; ++column)
        setColumnWidth(column, columnWidth(column) + 16);
    horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
}

} // namespace mwb::ui
