#include "CustomerMetrics.h"

#include "store/CustomerIds.h"
#include "vocabulary/Figures.h"

#include <SQLiteCpp/Statement.h>

namespace mwb {

namespace {

// Each customer's latest NPS answer (by time; on one time, the one imported last), from
// the NPS events only: one range of events_type.
constexpr const char *kLatestNps = R"sql(
SELECT customer_id, value FROM (
    SELECT customer_id, value,
           row_number() OVER (PARTITION BY customer_id ORDER BY occurred_at DESC, id DESC) AS newest
    FROM events INDEXED BY events_type WHERE type COLLATE NOCASE = 'nps' AND type = 'nps')
WHERE newest = 1
)sql";

// Sets customer_metrics.nps of the customers `scope` selects (an SQL condition on
// customer_metrics.customer_id, fixed text) to their latest answer.
void refreshNps(SQLite::Database &db, const std::string &scope)
{
    db.exec("UPDATE customer_metrics SET nps = NULL WHERE nps IS NOT NULL AND " + scope
            + ";"
              "UPDATE customer_metrics SET nps = n.value FROM ("
            + kLatestNps + ") AS n WHERE n.customer_id = customer_metrics.customer_id AND n.value IS NOT NULL AND "
            + scope);
}

// A customer's purchase figures over their transactions grouped by customer_id, as the
// columns orders, revenue_minor, first_at and last_at: refunds reduce revenue but are
// not orders (kIsOrder, the one rule every figure follows).
std::string purchaseFigures()
{
    const std::string order = std::string(" FILTER (WHERE ") + kIsOrder + ")";
    return "count(*)" + order + " AS orders, sum(amount_minor) AS revenue_minor, min(ordered_at)" + order
        + " AS first_at, max(ordered_at)" + order + " AS last_at";
}

} // namespace

void CustomerMetrics::recomputeAll(SQLite::Database &db)
{
    // Three passes in customer order (each GROUP BY walks an index on customer_id), so the
    // inserts append to customer_metrics instead of seeking through it.
    db.exec(R"sql(
DELETE FROM customer_metrics;
INSERT INTO customer_metrics(customer_id, orders, revenue_minor, first_purchase_at, last_purchase_at)
SELECT customer_id, )sql"
            + purchaseFigures() + R"sql(
FROM transactions WHERE customer_id IS NOT NULL GROUP BY customer_id;
INSERT INTO customer_metrics(customer_id, events, first_event_at, last_event_at)
SELECT customer_id, count(*), min(occurred_at), max(occurred_at) FROM events WHERE true GROUP BY customer_id
ON CONFLICT(customer_id) DO UPDATE SET events = excluded.events,
                                       first_event_at = excluded.first_event_at,
                                       last_event_at = excluded.last_event_at;
INSERT OR IGNORE INTO customer_metrics(customer_id) SELECT id FROM customers;
)sql");
    refreshNps(db, "1");
}

} // namespace mwb

namespace mwb {

void CustomerMetrics::prepareDirty(SQLite::Database &db)
{
    db.exec("CREATE TEMP TABLE IF NOT EXISTS metrics_dirty(customer_id INTEGER PRIMARY KEY);"
            "DELETE FROM temp.metrics_dirty;");
}

void CustomerMetrics::recomputeDirty(SQLite::Database &db)
{
    db.exec(R"sql(
INSERT OR IGNORE INTO customer_metrics(customer_id) SELECT customer_id FROM temp.metrics_dirty;
UPDATE customer_metrics SET orders = 0, revenue_minor = 0, first_purchase_at = NULL, last_purchase_at = NULL,
                            events = 0, first_event_at = NULL, last_event_at = NULL
WHERE customer_id IN (SELECT customer_id FROM temp.metrics_dirty);
INSERT INTO customer_metrics(customer_id, orders, revenue_minor, first_purchase_at, last_purchase_at)
SELECT customer_id, )sql"
            + purchaseFigures() + R"sql(
FROM transactions WHERE customer_id IN (SELECT customer_id FROM temp.metrics_dirty) GROUP BY customer_id
ON CONFLICT(customer_id) DO UPDATE SET orders = excluded.orders, revenue_minor = excluded.revenue_minor,
                                       first_purchase_at = excluded.first_purchase_at,
                                       last_purchase_at = excluded.last_purchase_at;
INSERT INTO customer_metrics(customer_id, events, first_event_at, last_event_at)
SELECT customer_id, count(*), min(occurred_at), max(occurred_at)
FROM events WHERE customer_id IN (SELECT customer_id FROM temp.metrics_dirty) GROUP BY customer_id
ON CONFLICT(customer_id) DO UPDATE SET events = excluded.events,
                                       first_event_at = excluded.first_event_at,
                                       last_event_at = excluded.last_event_at;
)sql");
    refreshNps(db, "customer_metrics.customer_id IN (SELECT customer_id FROM temp.metrics_dirty)");
}

void CustomerMetrics::recompute(SQLite::Database &db, const CustomerSet &dirty)
{
    if (dirty.isEmpty())
        return;
    if (dirty.size() * 4 < CustomerIds::count(db)) {
        prepareDirty(db);
        SQLite::Statement add(db, "INSERT INTO temp.metrics_dirty(customer_id) VALUES (?1)");
        dirty.forEach([&add](qint64 id) {
            add.bind(1, static_cast<int64_t>(id));
            add.exec();
            add.reset();
        });
        recomputeDirty(db);
        return;
    }
    db.exec(R"sql(
INSERT INTO customer_metrics(customer_id, orders, revenue_minor, first_purchase_at, last_purchase_at,
                             events, first_event_at, last_event_at)
SELECT c.id, coalesce(t.orders, 0), coalesce(t.revenue_minor, 0), t.first_at, t.last_at,
       coalesce(e.events, 0), e.first_at, e.last_at
FROM customers c
LEFT JOIN (SELECT customer_id, )sql"
            + purchaseFigures() + R"sql(
           FROM transactions WHERE customer_id IS NOT NULL GROUP BY customer_id) t ON t.customer_id = c.id
LEFT JOIN (SELECT customer_id, count(*) AS events, min(occurred_at) AS first_at, max(occurred_at) AS last_at
           FROM events GROUP BY customer_id) e ON e.customer_id = c.id
WHERE true
ON CONFLICT(customer_id) DO UPDATE SET
    orders = excluded.orders, revenue_minor = excluded.revenue_minor,
    first_purchase_at = excluded.first_purchase_at, last_purchase_at = excluded.last_purchase_at,
    events = excluded.events, first_event_at = excluded.first_event_at, last_event_at = excluded.last_event_at
WHERE orders IS NOT excluded.orders OR revenue_minor IS NOT excluded.revenue_minor
   OR first_purchase_at IS NOT excluded.first_purchase_at OR last_purchase_at IS NOT excluded.last_purchase_at
   OR events IS NOT excluded.events OR first_event_at IS NOT excluded.first_event_at
   OR last_event_at IS NOT excluded.last_event_at;
)sql");
    refreshNps(db, "1");
}

} // namespace mwb
