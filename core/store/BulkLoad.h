// BulkLoad: makes a large insert into a fresh or quiet workspace fast. While it lives,
// the triggers and the secondary indexes of the named tables are dropped, except the
// indexes the load fills in key order (appending to those costs less than a rebuild);
// finish() recreates them from their own SQL (read from sqlite_schema, so they cannot
// drift from Schema.cpp) and brings up to date the aggregates the triggers would have
// kept: rebuilt from the table, or, for a load that counted its own sales, by adding them.
// Use inside a transaction: if it rolls back, the drops roll back with it.
#pragma once

#include <SQLiteCpp/Database.h>

#include <QtGlobal>

#include <string>
#include <unordered_map>
#include <vector>

namespace mwb {

class BulkLoad
{
public:
    BulkLoad(SQLite::Database &db, const std::vector<std::string> &tables,
             const std::vector<std::string> &keepIndexes = {});
    void finish();
    // Finishes a load whose sales were counted as they were written: `sales` is added to
    // sales_daily instead of scanning transactions again.
    void finish(const class DailySales &sales);

private:
    void recreate();

    SQLite::Database &m_db;
    std::vector<std::string> m_recreate;
    bool m_customers = false; // the customers' search index is rebuilt at the end
    bool m_finished = false;
};

// Daily sales of the orders one load wrote, as the triggers would have counted them: each
// order by its final amount (an order's lines may still change it), told apart by what a
// transaction is (an order, a refund or neither).
class DailySales
{
public:
    // customerId 0: a guest's order.
    void addOrder(qint64 orderId, qint64 customerId, qint64 orderedAt, qint64 amountMinor);
    void addAmount(qint64 orderId, qint64 amountMinor); // a further line of an order of this load
    // Adds the counts to sales_daily, and each customer's to customer_months.
    void applyTo(SQLite::Database &db) const;

private:
    struct Order
    {
        qint64 day = 0;
        qint64 amountMinor = 0;
        qint64 customerId = 0;
        int month = 0; // year × 12 + month − 1, UTC
    };
    void applyMonthsTo(SQLite::Database &db) const;
    int m_lastDay = 0, m_lastMonth = -1; // the month of the day last seen
    Order *find(qint64 orderId);

    // Orders get ascending ids as a load writes them: held by id from the first.
    qint64 m_firstId = -1;
    std::vector<Order> m_orders;
    std::vector<bool> m_present;
    std::unordered_map<qint64, Order> m_others; // an id out of that order, should one come
};

// Recomputes sales_daily from transactions (after a bulk load without triggers).
void rebuildSalesDaily(SQLite::Database &db);
// Recomputes customer_months from transactions (after a bulk load without triggers; reads
// sales_daily for the range of days, so rebuild that first).
void rebuildCustomerMonths(SQLite::Database &db);

// DeferredCustomerMonths: while it lives, customer_months is not kept order by order (its
// triggers on transactions are dropped: an upsert at a random customer per order costs a
// quarter of an import's time); finish() re-creates them from their own SQL and recomputes
// the months of the customers whose orders changed, in id order, or of everyone when they
// are many. For a writer that knows whose orders it wrote (an import). Use inside a
// transaction: if it rolls back, the drops roll back with it.
class DeferredCustomerMonths
{
public:
    explicit DeferredCustomerMonths(SQLite::Database &db);
    void finish(const class CustomerSet &changed);

private:
    SQLite::Database &m_db;
    std::vector<std::string> m_recreate;
    bool m_finished = false;
};

} // namespace mwb
