// CustomerMetrics: keeps the customer_metrics aggregate (orders, revenue, first and last
// purchase and touch) in step with transactions and events. Segment, funnel and KPI
// queries read this table instead of scanning the histories.
#pragma once

#include <SQLiteCpp/Database.h>

namespace mwb {

class CustomerMetrics
{
public:
    // Rebuilds the purchase and event figures of every customer. Call inside the
    // transaction that changed the data, so readers never see them out of step.
    static void recomputeAll(SQLite::Database &db);
};

} // namespace mwb
