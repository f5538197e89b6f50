// WorkspaceStats: the totals and headline KPIs of a workspace, as `mwb stats` prints
// them and the Overview page shows them, each as vocabulary/Figures.h defines it. Reads
// the kept aggregates (sales_daily, customer_metrics), so it stays fast on a million
// customers.
#pragma once

#include <SQLiteCpp/Database.h>

#include <QDate>
#include <QList>

namespace mwb {

struct WorkspaceTotals
{
    qint64 customers = 0;
    qint64 transactions = 0;      // every row: orders, refunds and orders of nothing
    qint64 orders = 0;            // Figure::Orders
    qint64 revenueMinor = 0;      // Figure::Revenue: net of refunds, guests' orders included
    qint64 refunds = 0;           // Figure::Refunds
    qint64 refundMinor = 0;       // their amount (negative)
    qint64 guestOrders = 0;       // Figure::GuestOrders
    qint64 guestRevenueMinor = 0; // the amounts of the guests' orders
    qint64 events = 0;
    qint64 campaigns = 0;
    qint64 segments = 0;
    QDate firstDate; // first transaction or touchpoint; null in an empty workspace
    QDate lastDate;  // the last day of the data (Lifecycle's reference day)
};

struct MonthlySales
{
    QDate month; // first day of the month
    qint64 orders = 0;
    qint64 revenueMinor = 0;
};

struct OverviewKpis
{
    WorkspaceTotals totals;
    QDate asOf; // the last day with data: KPIs describe the data, not today
    int activeWindowDays = 90;
    qint64 activeCustomers = 0; // customers with an order in the window ending at asOf
    QList<MonthlySales> monthlySales;
};

class WorkspaceStats
{
public:
    static WorkspaceTotals totals(SQLite::Database &db);
    // No customer, transaction or touchpoint yet.
    static bool isEmpty(SQLite::Database &db);
    static OverviewKpis overview(SQLite::Database &db, int activeWindowDays = 90);
    static QList<MonthlySales> monthlySales(SQLite::Database &db);
};

} // namespace mwb
