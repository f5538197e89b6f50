// BulkLoad: makes a large insert into a fresh or quiet workspace fast. While it lives,
// the triggers and the secondary indexes of the named tables are dropped, except the
// indexes the load fills in key order (appending to those costs less than a rebuild);
// finish() recreates them from their own SQL (read from sqlite_schema, so they cannot
// drift from Schema.cpp) and rebuilds the aggregates the triggers would have kept.
// Use inside a transaction: if it rolls back, the drops roll back with it.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

namespace mwb {

class BulkLoad
{
public:
    BulkLoad(SQLite::Database &db, const std::vector<std::string> &tables,
             const std::vector<std::string> &keepIndexes = {});
    void finish();

private:
    SQLite::Database &m_db;
    std::vector<std::string> m_recreate;
    bool m_finished = false;
};

// Recomputes sales_daily from transactions (after a bulk load without triggers).
void rebuildSalesDaily(SQLite::Database &db);

} // namespace mwb
