// EventIds: the ids of new events. Events are kept clustered by customer and time (a
// WITHOUT ROWID table, see Schema.cpp version 23), so SQLite does not number them: a writer
// takes ids from the workspace's `sequences` row for events, which holds the last id handed
// out. Ids are reserved in blocks inside the writer's transaction (a rollback returns them
// with everything else); ids reserved but not used are gaps, which nothing minds. Ids grow
// in the order events were written, which is what an export's undo relies on.
//
// A query that reads one customer's events, or a range of customers', names the table's key
// as its index: `FROM events INDEXED BY sqlite_autoindex_events_1` (the name SQLite gives the
// primary key of a WITHOUT ROWID table; tst_workspace checks it). NOT INDEXED does not keep
// the planner from events_type on such a table, and a scan of every event of a type for each
// customer costs seconds.
#pragma once

#include <QtGlobal>

namespace SQLite {
class Database;
}

namespace mwb {

class EventIds
{
public:
    // `block`: how many ids each reservation takes (a writer of many events wants many).
    explicit EventIds(SQLite::Database &db, qint64 block = 256);
    qint64 next();

    // Reserves `count` ids at once; returns the first (the others follow it).
    static qint64 reserve(SQLite::Database &db, qint64 count);
    // The last id handed out so far.
    static qint64 last(SQLite::Database &db);

private:
    SQLite::Database &m_db;
    qint64 m_block;
    qint64 m_next = 0;
    qint64 m_end = 0; // one past the last id of the current block
};

} // namespace mwb
