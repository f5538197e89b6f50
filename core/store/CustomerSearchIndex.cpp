#include "CustomerSearchIndex.h"

#include "CustomerSet.h"

#include <SQLiteCpp/Statement.h>

namespace mwb {

CustomerSearchIndex::Deferred::Deferred(SQLite::Database &db)
    : m_db(db)
{
    std::vector<std::string> names;
    {
        SQLite::Statement triggers(db,
                                   "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' "
                                   "AND tbl_name = 'customers' AND name LIKE 'customers\\_search\\_%' ESCAPE '\\'");
        while (triggers.executeStep()) {
            names.push_back(triggers.getColumn(0).getString());
            m_triggers.push_back(triggers.getColumn(1).getString());
        }
    }
    for (const std::string &name : names)
        db.exec("DROP TRIGGER " + name);
    SQLite::Statement last(db, "SELECT coalesce(max(id), 0) FROM customers");
    last.executeStep();
    m_lastBefore = last.getColumn(0).getInt64();
}

CustomerSearchIndex::Deferred::~Deferred()
{
    try {
        recreate();
    } catch (const SQLite::Exception &) { // the transaction is rolling back: the drop goes with it
    }
}

void CustomerSearchIndex::Deferred::recreate()
{
    for (const std::string &sql : m_triggers)
        m_db.exec(sql);
    m_triggers.clear();
}

void CustomerSearchIndex::Deferred::refresh(const CustomerSet &touched)
{
    // Customers that were there before lose their old entries first; new ones (ids after
    // the greatest before: ids only grow) are indexed in one range.
    bool touchedNew = false;
    bool touchedOld = false;
    touched.forEach([&](qint64 id) { (id > m_lastBefore ? touchedNew : touchedOld) = true; });
    if (touchedOld) {
        m_db.exec(
            "CREATE TEMP TABLE IF NOT EXISTS search_dirty(customer_id INTEGER PRIMARY KEY); DELETE FROM search_dirty");
        SQLite::Statement mark(m_db, "INSERT INTO search_dirty(customer_id) VALUES (?1)");
        touched.forEach([&](qint64 id) {
            if (id > m_lastBefore)
                return;
            mark.bind(1, static_cast<int64_t>(id));
            mark.exec();
            mark.reset();
        });
        m_db.exec("DELETE FROM customer_search WHERE rowid IN (SELECT customer_id FROM search_dirty);"
                  "INSERT INTO customer_search(rowid, name, email, phone, external_id) "
                  "SELECT id, name, email, phone, external_id FROM customers WHERE id IN (SELECT customer_id FROM "
                  "search_dirty);"
                  "DELETE FROM search_dirty");
    }
    if (touchedNew) {
        SQLite::Statement index(m_db,
                                "INSERT INTO customer_search(rowid, name, email, phone, external_id) "
                                "SELECT id, name, email, phone, external_id FROM customers WHERE id > ?1");
        index.bind(1, static_cast<int64_t>(m_lastBefore));
        index.exec();
    }
    recreate();
}

void CustomerSearchIndex::rebuild(SQLite::Database &db)
{
    db.exec("DELETE FROM customer_search;"
            "INSERT INTO customer_search(rowid, name, email, phone, external_id) "
            "SELECT id, name, email, phone, external_id FROM customers");
}

} // namespace mwb
