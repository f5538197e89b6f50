// CustomerSearchIndex: the customers' quick-search index (an FTS5 trigram table of each
// customer's name, e-mail, phone and external id; see Schema.cpp). Triggers on customers
// keep it in step row by row, which is right for a few changes; a large write (an import,
// a bulk load) is about ten times faster when the triggers are set aside while it writes
// and the customers it touched are indexed again at the end, in one statement.
#pragma once

#include <SQLiteCpp/Database.h>

#include <QtGlobal>

#include <string>
#include <vector>

namespace mwb {

class CustomerSet;

class CustomerSearchIndex
{
public:
    // While it lives, the index triggers are dropped (inside the caller's transaction:
    // a rollback brings them back with everything else); refresh() then recreates them.
    class Deferred
    {
    public:
        explicit Deferred(SQLite::Database &db);
        ~Deferred(); // recreates the triggers if refresh() was not called (the index may lag: call refresh)
        Deferred(const Deferred &) = delete;
        Deferred &operator=(const Deferred &) = delete;
        // Indexes `touched` customers again (their old entries go) and recreates the triggers.
        void refresh(const CustomerSet &touched);

    private:
        void recreate();
        SQLite::Database &m_db;
        std::vector<std::string> m_triggers;
        qint64 m_lastBefore = 0; // the greatest customer id before: those after have no entries yet
    };

    // Indexes every customer again (after a bulk load that dropped the triggers).
    static void rebuild(SQLite::Database &db);
};

} // namespace mwb
