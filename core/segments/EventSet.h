// EventSet: the customers an event condition holds for, one bit per customer id, built
// in one pass over the events_type index before a count and asked per customer through the
// SQL function mwb_in_set(set, id). Asking costs a few nanoseconds where SQLite's own
// IN (subquery) set is a b-tree search, and the set is built once (on as many connections
// as the count uses) instead of once in each range of a parallel count.
// Internal to core/segments: SegmentCompiler decides when a set pays (docs/SEGMENTS.md).
#pragma once

#include "store/CustomerSet.h"

#include <SQLiteCpp/Database.h>

#include <QString>

#include <memory>
#include <optional>

namespace mwb {

// A set as a statement names it: a number that stands for the set while this object lives
// (the SQL gets a number, never an address). mwb_in_set looks the number up once per
// statement and keeps the set for its rows.
class BoundCustomerSet
{
public:
    explicit BoundCustomerSet(std::shared_ptr<const CustomerSet> set);
    ~BoundCustomerSet();
    BoundCustomerSet(const BoundCustomerSet &) = delete;
    BoundCustomerSet &operator=(const BoundCustomerSet &) = delete;

    qint64 handle() const { return m_handle; }
    const CustomerSet &set() const { return *m_set; }

private:
    std::shared_ptr<const CustomerSet> m_set;
    qint64 m_handle = 0;
};

// Registers mwb_in_set(handle, id) on the connection: 1 when the customer is in the set of
// a live BoundCustomerSet, else 0; an error for a number that names no set.
void registerCustomerSetFunction(SQLite::Database &db);

// Which events make a customer a member: at least `minCount` events of `type` (empty: of
// any type) in [from, end), on the channel and of the campaign when given.
struct EventRows
{
    QString type; // empty: every type
    std::optional<qint64> from;
    std::optional<qint64> end;
    QString channel;
    std::optional<qint64> campaignId;
    int minCount = 1;
};

// The set, from at most `budget` rows of the events_type index (when the rows are more,
// nothing: the caller looks at each customer's own rows instead). Reads on read-only
// connections of the workspace beside `db` when it is a file outside a transaction.
// Throws SQLite::Exception.
std::shared_ptr<const CustomerSet> buildEventSet(SQLite::Database &db, const EventRows &rows, qint64 budget);

} // namespace mwb
