#include "WorkspaceStats.h"

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

QDate dateFromEpochSeconds(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).date();
}

} // namespace

WorkspaceTotals WorkspaceStats::totals(SQLite::Database &db)
{
    WorkspaceTotals totals;
    totals.customers = scalar(db, "SELECT count(*) FROM customers");
    totals.transactions = scalar(db, "SELECT coalesce(sum(orders), 0) FROM sales_daily");
    totals.revenueMinor = scalar(db, "SELECT coalesce(sum(revenue_minor), 0) FROM sales_daily");
    totals.events = scalar(db, "SELECT count(*) FROM events");
    totals.campaigns = scalar(db, "SELECT count(*) FROM campaigns");
    totals.segments = scalar(db, "SELECT count(*) FROM segments");

    SQLite::Statement range(db, R"sql(
SELECT min(lo), max(hi) FROM (
    SELECT min(day) * 86400 AS lo, max(day) * 86400 AS hi FROM sales_daily WHERE orders <> 0
    UNION ALL
    SELECT min(first_event_at), max(last_event_at) FROM customer_metrics)
)sql");
    if (range.executeStep() && !range.getColumn(0).isNull()) {
        totals.firstDate = dateFromEpochSeconds(range.getColumn(0).getInt64());
        totals.lastDate = dateFromEpochSeconds(range.getColumn(1).getInt64());
    }
    return totals;
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
        const qint64 windowStart = QDateTime(kpis.asOf.addDays(1 - activeWindowDays), QTime(0, 0), QTimeZone::utc())
                                       .toSecsSinceEpoch();
        SQLite::Statement active(db, "SELECT count(*) FROM customer_metrics WHERE last_purchase_at >= ?1");
        active.bind(1, static_cast<int64_t>(windowStart));
        if (active.executeStep())
            kpis.activeCustomers = active.getColumn(0).getInt64();
    }
    kpis.monthlySales = monthlySales(db);
    return kpis;
}

} // namespace mwb
