// CustomerMetrics: keeps the customer_metrics aggregate (orders, revenue, first and last
// purchase and touch, latest NPS answer) in step with transactions and events. Segment, funnel and KPI
// queries read this table instead of scanning the histories.
#pragma once

#include "store/CustomerSet.h"

#include <SQLiteCpp/Database.h>

namespace mwb {

class CustomerMetrics
{
public:
    // Rebuilds the purchase and event figures of every customer. Call inside the
    // transaction that changed the data, so readers never see them out of step.
    static void recomputeAll(SQLite::Database &db);
    // The same for the customers listed in temp.metrics_dirty(customer_id), which the
    // caller fills; other columns of their rows (stages, scores) are kept.
    static void recomputeDirty(SQLite::Database &db);
    // Creates (or empties) temp.metrics_dirty.
    static void prepareDirty(SQLite::Database &db);
    // The same for the customers in `dirty`. When they are a large share of all customers
    // (a big first import), one pass over every customer's history is cheaper than a
    // lookup per customer; rows whose figures did not change are not rewritten.
    static void recompute(SQLite::Database &db, const CustomerSet &dirty);
};

} // namespace mwb
