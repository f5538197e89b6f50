#include "CustomerIds.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace mwb {

qint64 CustomerIds::count(SQLite::Database &db)
{
    SQLite::Statement count(db, "SELECT count(*) FROM customers");
    count.executeStep();
    return count.getColumn(0).getInt64();
}

CustomerIdRange CustomerIds::range(SQLite::Database &db)
{
    SQLite::Statement low(db, "SELECT min(id) FROM customers");
    SQLite::Statement high(db, "SELECT max(id) FROM customers");
    if (low.executeStep() && high.executeStep() && !low.getColumn(0).isNull())
        return {low.getColumn(0).getInt64(), high.getColumn(0).getInt64()};
    return {};
}

} // namespace mwb
