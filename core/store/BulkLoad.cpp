#include "BulkLoad.h"

#include "CustomerIds.h"
#include "CustomerSearchIndex.h"
#include "CustomerSet.h"
#include "Days.h"

#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace mwb {

BulkLoad::BulkLoad(SQLite::Database &db, const std::vector<std::string> &tables,
                   const std::vector<std::string> &keepIndexes)
    : m_db(db)
{
    std::vector<std::pair<std::string, std::string>> drops; // (kind, name)
    SQLite::Statement query(db,
                            "SELECT type, name, sql FROM sqlite_schema "
                            "WHERE type IN ('index', 'trigger') AND tbl_name = ?1 AND sql IS NOT NULL");
    for (const std::string &table : tables) {
        m_customers = m_customers || table == "customers";
        query.bind(1, table);
        while (query.executeStep()) {
            if (std::find(keepIndexes.begin(), keepIndexes.end(), query.getColumn(1).getString()) != keepIndexes.end())
                continue;
            drops.emplace_back(query.getColumn(0).getString(), query.getColumn(1).getString());
            m_recreate.push_back(query.getColumn(2).getString());
        }
        query.reset();
    }
    for (const auto &[kind, name] : drops) {
        // Names come from sqlite_schema, not from a user; identifiers cannot be bound.
        m_db.exec("DROP " + kind + " \"" + name + "\"");
    }
}

void BulkLoad::recreate()
{
    // Index builds sort: a small page cache keeps the sorter's runs in the CPU caches, and
    // a second thread merges them (measured on 1M orders: 0.8 s for two indexes instead of
    // 1.9 s with a 32 MB cache). The connection's own settings come back afterwards.
    const auto pragma = [this](const char *name) {
        SQLite::Statement query(m_db, std::string("PRAGMA ") + name);
        return query.executeStep() ? query.getColumn(0).getInt64() : 0;
    };
    const qint64 cacheSize = pragma("cache_size");
    const qint64 threads = pragma("threads");
    m_db.exec("PRAGMA cache_size = -4096; PRAGMA threads = 2;");
    for (const std::string &sql : m_recreate)
        m_db.exec(sql);
    m_db.exec("PRAGMA cache_size = " + std::to_string(cacheSize) + "; PRAGMA threads = " + std::to_string(threads));
}

void BulkLoad::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    recreate();
    rebuildSalesDaily(m_db);
    rebuildCustomerMonths(m_db);
    if (m_customers)
        CustomerSearchIndex::rebuild(m_db);
}

void BulkLoad::finish(const DailySales &sales)
{
    if (m_finished)
        return;
    m_finished = true;
    recreate();
    sales.applyTo(m_db);
    if (m_customers)
        CustomerSearchIndex::rebuild(m_db);
}

namespace {

// Orders coming in customer and month order, added up into one customer_months row per
// customer and month: inserted, or added to the row already there.
class MonthRows
{
public:
    enum class Existing {
        None, // the customers' months were deleted, or never written
        AddTo // add to what a row holds
    };
    MonthRows(SQLite::Database &db, Existing existing)
        : m_write(db,
                  std::string("INSERT INTO customer_months(customer_id, month, orders, revenue_minor) "
                              "VALUES (?1, ?2, ?3, ?4)")
                      + (existing == Existing::AddTo
                             ? " ON CONFLICT(customer_id, month) DO UPDATE SET orders = orders + "
                               "excluded.orders, revenue_minor = revenue_minor + excluded.revenue_minor"
                             : ""))
    {
    }
    void add(qint64 customer, int month, qint64 amountMinor)
    {
        if (customer != m_customer || month != m_month) {
            flush();
            m_customer = customer;
            m_month = month;
        }
        m_orders += amountMinor > 0 ? 1 : 0; // kIsOrder
        m_revenueMinor += amountMinor;
    }
    void flush()
    {
        if (m_customer < 0)
            return;
        m_write.bind(1, static_cast<int64_t>(m_customer));
        m_write.bind(2, m_month);
        m_write.bind(3, static_cast<int64_t>(m_orders));
        m_write.bind(4, static_cast<int64_t>(m_revenueMinor));
        m_write.exec();
        m_write.reset();
        m_customer = -1;
        m_orders = m_revenueMinor = 0;
    }

private:
    SQLite::Statement m_write;
    qint64 m_customer = -1;
    int m_month = 0;
    qint64 m_orders = 0;
    qint64 m_revenueMinor = 0;
};

qint64 dayOf(qint64 at)
{
    // Truncating division, as the triggers' ordered_at / 86400 in SQLite: the same day
    // numbers either way, before 1970 too.
    return at / 86400;
}
} // namespace

DailySales::Order *DailySales::find(qint64 orderId)
{
    if (m_firstId >= 0 && orderId >= m_firstId) {
        const auto index = static_cast<std::size_t>(orderId - m_firstId);
        if (index < m_orders.size() && m_present[index])
            return &m_orders[index];
    }
    const auto it = m_others.find(orderId);
    return it == m_others.end() ? nullptr : &it->second;
}

void DailySales::addOrder(qint64 orderId, qint64 customerId, qint64 orderedAt, qint64 amountMinor)
{
    const qint32 day = dayOfSeconds(orderedAt);
    if (m_lastMonth < 0 || day != m_lastDay) { // orders often come day by day
        m_lastDay = day;
        m_lastMonth = MonthOfDay::monthOf(orderedAt);
    }
    const Order order{dayOf(orderedAt), amountMinor, customerId, m_lastMonth};
    if (m_firstId < 0)
        m_firstId = orderId;
    // Held by id while the ids come in order and close together; otherwise aside.
    if (orderId >= m_firstId && orderId - m_firstId < static_cast<qint64>(m_orders.size()) + (1 << 20)) {
        const auto index = static_cast<std::size_t>(orderId - m_firstId);
        if (index >= m_orders.size()) {
            m_orders.resize(index + 1);
            m_present.resize(index + 1, false);
        }
        m_orders[index] = order;
        m_present[index] = true;
    } else {
        m_others[orderId] = order;
    }
}

void DailySales::addAmount(qint64 orderId, qint64 amountMinor)
{
    if (Order *order = find(orderId))
        order->amountMinor += amountMinor;
}

void DailySales::applyTo(SQLite::Database &db) const
{
    struct Day
    {
        qint64 transactions = 0, orders = 0, revenueMinor = 0, refunds = 0, refundMinor = 0;
    };
    std::unordered_map<qint64, Day> days;
    const auto count = [&days](const Order &order) {
        Day &day = days[order.day];
        ++day.transactions;
        day.revenueMinor += order.amountMinor;
        if (order.amountMinor > 0) { // kIsOrder
            ++day.orders;
        } else if (order.amountMinor < 0) { // kIsRefund
            ++day.refunds;
            day.refundMinor += order.amountMinor;
        }
    };
    for (std::size_t i = 0; i < m_orders.size(); ++i) {
        if (m_present[i])
            count(m_orders[i]);
    }
    for (const auto &[id, order] : m_others)
        count(order);
    SQLite::Statement upsert(db,
                             "INSERT INTO sales_daily(day, transactions, orders, revenue_minor, refunds, "
                             "refund_minor) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(day) DO UPDATE SET "
                             "transactions = transactions + excluded.transactions, orders = orders + excluded.orders, "
                             "revenue_minor = revenue_minor + excluded.revenue_minor, refunds = refunds + "
                             "excluded.refunds, refund_minor = refund_minor + excluded.refund_minor");
    for (const auto &[day, sums] : days) {
        upsert.bind(1, static_cast<int64_t>(day));
        upsert.bind(2, static_cast<int64_t>(sums.transactions));
        upsert.bind(3, static_cast<int64_t>(sums.orders));
        upsert.bind(4, static_cast<int64_t>(sums.revenueMinor));
        upsert.bind(5, static_cast<int64_t>(sums.refunds));
        upsert.bind(6, static_cast<int64_t>(sums.refundMinor));
        upsert.exec();
        upsert.reset();
    }
    applyMonthsTo(db);
}

void DailySales::applyMonthsTo(SQLite::Database &db) const
{
    // The customers' orders by customer and month, added to what the months held before
    // (other customers' rows, or earlier months), in key order.
    struct Entry
    {
        qint64 customerId;
        int month;
        qint64 amountMinor;
    };
    std::vector<Entry> entries;
    const auto take = [&entries](const Order &order) {
        if (order.customerId > 0)
            entries.push_back({order.customerId, order.month, order.amountMinor});
    };
    for (std::size_t i = 0; i < m_orders.size(); ++i) {
        if (m_present[i])
            take(m_orders[i]);
    }
    for (const auto &[id, order] : m_others)
        take(order);
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.customerId != b.customerId ? a.customerId < b.customerId : a.month < b.month;
    });
    MonthRows rows(db, MonthRows::Existing::AddTo);
    for (const Entry &entry : entries)
        rows.add(entry.customerId, entry.month, entry.amountMinor);
    rows.flush();
}

void rebuildSalesDaily(SQLite::Database &db)
{
    db.exec("DELETE FROM sales_daily;"
            "INSERT INTO sales_daily(day, transactions, orders, revenue_minor, refunds, refund_minor) "
            "SELECT ordered_at / 86400, count(*), count(*) FILTER (WHERE amount_minor > 0), sum(amount_minor), "
            "count(*) FILTER (WHERE amount_minor < 0), coalesce(sum(amount_minor) FILTER (WHERE amount_minor < 0), 0) "
            "FROM transactions GROUP BY 1;");
}

void rebuildCustomerMonths(SQLite::Database &db)
{
    // One pass over the customers' orders in key order (the covering index), each customer's
    // month added up as it goes and written in key order: no sort, and the calendar looked up
    // once per day instead of strftime() for every order.
    db.exec("DELETE FROM customer_months");
    SQLite::Statement range(db, "SELECT min(day), max(day) FROM sales_daily");
    range.executeStep();
    if (range.getColumn(0).isNull())
        return;
    const MonthOfDay monthOf(range.getColumn(0).getInt(), range.getColumn(1).getInt());
    SQLite::Statement orders(db,
                             "SELECT customer_id, ordered_at, amount_minor FROM transactions "
                             "INDEXED BY transactions_customer WHERE customer_id IS NOT NULL "
                             "ORDER BY customer_id, ordered_at");
    MonthRows rows(db, MonthRows::Existing::None);
    while (orders.executeStep())
        rows.add(orders.getColumn(0).getInt64(), monthOf(orders.getColumn(1).getInt64()),
                 orders.getColumn(2).getInt64());
    rows.flush();
}

DeferredCustomerMonths::DeferredCustomerMonths(SQLite::Database &db)
    : m_db(db)
{
    std::vector<std::string> names;
    SQLite::Statement query(db,
                            "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'transactions' "
                            "AND sql LIKE '%customer_months%'");
    while (query.executeStep()) {
        names.push_back(query.getColumn(0).getString());
        m_recreate.push_back(query.getColumn(1).getString());
    }
    for (const std::string &name : names) // from sqlite_schema, not from a user
        m_db.exec("DROP TRIGGER \"" + name + "\"");
}

void DeferredCustomerMonths::finish(const CustomerSet &changed)
{
    if (m_finished)
        return;
    m_finished = true;
    for (const std::string &sql : m_recreate)
        m_db.exec(sql);
    if (changed.isEmpty())
        return;
    if (changed.size() * 4 >= CustomerIds::count(m_db)) {
        rebuildCustomerMonths(m_db);
        return;
    }
    SQLite::Statement drop(m_db, "DELETE FROM customer_months WHERE customer_id = ?1");
    SQLite::Statement orders(m_db,
                             "SELECT ordered_at, amount_minor FROM transactions INDEXED BY transactions_customer "
                             "WHERE customer_id = ?1 ORDER BY ordered_at");
    MonthRows rows(m_db, MonthRows::Existing::None); // each customer's rows are deleted first
    changed.forEach([&](qint64 customer) {
        drop.bind(1, static_cast<int64_t>(customer));
        drop.exec();
        drop.reset();
        orders.bind(1, static_cast<int64_t>(customer));
        while (orders.executeStep())
            rows.add(customer, MonthOfDay::monthOf(orders.getColumn(0).getInt64()), orders.getColumn(1).getInt64());
        orders.reset();
    });
    rows.flush();
}

} // namespace mwb
