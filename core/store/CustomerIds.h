// CustomerIds: how many customers a workspace holds and the range of their ids, read
// cheaply — what every pass over the customers in id ranges starts from.
#pragma once

#include <QtGlobal>

namespace SQLite {
class Database;
}

namespace mwb {

struct CustomerIdRange
{
    qint64 first = 0;
    qint64 last = -1; // {0, -1}: no customers
};

class CustomerIds
{
public:
    static qint64 count(SQLite::Database &db);
    // The least and the greatest customer id, each read from one end of the table (a count
    // would read all of it).
    static CustomerIdRange range(SQLite::Database &db);
};

} // namespace mwb
