// BoundCustomerSet: a customer set a statement asks per customer through the SQL function
// mwb_in_set(handle, id). Asking costs a few nanoseconds where SQLite's own IN (subquery)
// set is a b-tree search. Internal to core/segments (the sets of EventSet and the
// segment conditions that pay for one: docs/SEGMENTS.md).
#pragma once

#include "store/CustomerSet.h"

#include <memory>

namespace SQLite {
class Database;
}

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

} // namespace mwb
