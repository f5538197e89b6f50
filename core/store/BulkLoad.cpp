#include "BulkLoad.h"

#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace mwb {

BulkLoad::BulkLoad(SQLite::Database &db, const std::vector<std::string> &tables,
                   const std::vector<std::string> &keepIndexes)
    : m_db(db)
{
    std::vector<std::pair<std::string, std::string>> drops; // (kind, name)
    SQLite::Statement query(db, "SELECT type, name, sql FROM sqlite_schema "
                                "WHERE type IN ('index', 'trigger') AND tbl_name = ?1 AND sql IS NOT NULL");
    for (const std::string &table : tables) {
        query.bind(1, table);
        while (query.executeStep()) {
            if (std::find(keepIndexes.begin(), keepIndexes.end(), query.getColumn(1).getString()) != keepIndexes.end())
                continue;
            drops.emplace_back(query.getColumn(0).getString(), query.getColumn(1).getString());
            m_recreate.push_back(query.getColumn(2).getString());
        }
        query.reset();
    }
    for (const auto &[kind, name] : drops) {
        // Names come from sqlite_schema, not from a user; identifiers cannot be bound.
        m_db.exec("DROP " + kind + " \"" + name + "\"");
    }
}

void BulkLoad::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    for (const std::string &sql : m_recreate)
        m_db.exec(sql);
    rebuildSalesDaily(m_db);
}

void rebuildSalesDaily(SQLite::Database &db)
{
    db.exec("DELETE FROM sales_daily;"
            "INSERT INTO sales_daily(day, orders, revenue_minor) "
            "SELECT ordered_at / 86400, count(*), sum(amount_minor) FROM transactions GROUP BY 1;");
}

} // namespace mwb
