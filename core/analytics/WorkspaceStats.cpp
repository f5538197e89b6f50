#include "WorkspaceStats.h"

#include "lifecycle/Lifecycle.h"
#include "vocabulary/Figures.h"

#include <SQLiteCpp/Statement.h>

#include <QDateTime>
#include <QTimeZone>

namespace mwb {

namespace {

qint64 scalar(SQLite::Database &db, const char *sql)
{
    SQLite::Statement query(db, sql);
    if (!query.executeStep() || query.getColumn(0).isNull())
        return 0;
    return query.getColumn(0).getInt64();
}

QDate dateFromEpochDay(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day);
}

} // namespace

WorkspaceTotals WorkspaceStats::totals(SQLite::Database &db)
{
    WorkspaceTotals totals;
    totals.customers = scalar(db, "SELECT count(*) FROM customers");
    {
        SQLite::Statement sales(db,
                                "SELECT coalesce(sum(transactions), 0), coalesce(sum(orders), 0), "
                                "coalesce(sum(revenue_minor), 0), coalesce(sum(refunds), 0), "
                                "coalesce(sum(refund_minor), 0) FROM sales_daily");
        sales.executeStep();
        totals.transactions = sales.getColumn(0).getInt64();
        totals.orders = sales.getColumn(1).getInt64();
        totals.revenueMinor = sales.getColumn(2).getInt64();
        totals.refunds = sales.getColumn(3).getInt64();
        totals.refundMinor = sales.getColumn(4).getInt64();
    }
    {
        // Guests' transactions lead the customer index (customer_id NULL): one short range.
        SQLite::Statement guests(db,
                                 std::string("SELECT count(*) FILTER (WHERE ") + kIsOrder
                                     + "), coalesce(sum(amount_minor) FILTER (WHERE " + kIsOrder
                                     + "), 0) FROM transactions INDEXED BY transactions_customer "
                                       "WHERE customer_id IS NULL");
        guests.executeStep();
        totals.guestOrders = guests.getColumn(0).getInt64();
        totals.guestRevenueMinor = guests.getColumn(1).getInt64();
    }
    totals.events = scalar(db, "SELECT count(*) FROM events");
    totals.campaigns = scalar(db, "SELECT count(*) FROM campaigns");
    totals.segments = scalar(db, "SELECT count(*) FROM segments");
    const Lifecycle::DataDays days = Lifecycle::dataDays(db);
    if (days.first) {
        totals.firstDate = dateOfDay(*days.first);
        totals.lastDate = dateOfDay(*days.last);
    }
    return totals;
}

bool WorkspaceStats::isEmpty(SQLite::Database &db)
{
    return scalar(db,
                  "SELECT NOT EXISTS (SELECT 1 FROM customers) AND NOT EXISTS (SELECT 1 FROM transactions) "
                  "AND NOT EXISTS (SELECT 1 FROM events)")
        == 1;
}

QList<MonthlySales> WorkspaceStats::monthlySales(SQLite::Database &db)
{
    QList<MonthlySales> months;
    SQLite::Statement query(db, "SELECT day, orders, revenue_minor FROM sales_daily ORDER BY day");
    while (query.executeStep()) {
        const QDate day = dateFromEpochDay(query.getColumn(0).getInt64());
        const QDate month(day.year(), day.month(), 1);
        if (months.isEmpty() || months.constLast().month != month)
            months.append({month, 0, 0});
        months.last().orders += query.getColumn(1).getInt64();
        months.last().revenueMinor += query.getColumn(2).getInt64();
    }
    return months;
}

OverviewKpis WorkspaceStats::overview(SQLite::Database &db, int activeWindowDays)
{
    OverviewKpis kpis;
    kpis.totals = totals(db);
    kpis.activeWindowDays = activeWindowDays;
    kpis.asOf = kpis.totals.lastDate;
    if (kpis.asOf.isValid()) {
        // The window holds the activeWindowDays days that end with asOf.
        const qint64 windowStart =
            QDateTime(kpis.asOf.addDays(1 - activeWindowDays), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        SQLite::Statement active(db, "SELECT count(*) FROM customer_metrics WHERE last_purchase_at >= ?1");
        active.bind(1, static_cast<int64_t>(windowStart));
        if (active.executeStep())
            kpis.activeCustomers = active.getColumn(0).getInt64();
    }
    kpis.monthlySales = monthlySales(db);
    return kpis;
}

} // namespace mwb
