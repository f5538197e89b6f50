// EventSet: the customers an event condition holds for, one bit per customer id, built
// in one pass over the events_type index before a count (on as many connections as the
// count uses) instead of once in each range of a parallel count. A statement asks it per
// customer through a BoundCustomerSet.
// Internal to core/segments: SegmentCompiler decides when a set pays (docs/SEGMENTS.md).
#pragma once

#include "store/CustomerSet.h"

#include <SQLiteCpp/Database.h>

#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mwb {

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

// The types of the events (one spelling of each, ignoring case), one seek each in
// events_type: a DISTINCT would read the whole index.
std::vector<std::string> eventTypes(SQLite::Database &db);
// The time of the type's first or last event (nothing when there is none): one seek.
std::optional<qint64> eventTypeBoundary(SQLite::Database &db, const std::string &type, bool last);

} // namespace mwb
