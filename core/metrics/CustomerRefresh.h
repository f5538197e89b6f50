// CustomerRefresh: brings everything customer_metrics derives from the raw history up to
// date after a change of customers, orders or events: the purchase and touch figures, the
// latest NPS answer, the 5A stage history and the stage on the reference day, and the RFM
// scores (see CustomerMetrics, Lifecycle and RfmScores, which keep each part apart).
//
// When the changed customers are a large share of all (a big import, an undo of one), one
// pass over every customer's orders and events computes the figures and the history
// together, and one statement then sets every stage and score: each row is written at most
// twice, instead of once per part.
#pragma once

#include "store/CustomerSet.h"

#include <SQLiteCpp/Database.h>

namespace mwb {

class CustomerRefresh
{
public:
    // What changed of the customers: RFM scores read orders only, so a change of
    // touchpoints alone leaves them be.
    enum class Changed {
        Anything,
        TouchpointsOnly
    };
    // The one entry after the customers in `dirty` changed (an import, its undo, a merge, a
    // campaign's contact log): every caller comes here instead of calling the parts in
    // turn. Call inside the transaction that changed them.
    static void afterChange(SQLite::Database &db, const CustomerSet &dirty, Changed changed = Changed::Anything);
    // Every customer, in one pass.
    static void all(SQLite::Database &db);
};

} // namespace mwb
