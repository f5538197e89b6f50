#include "EventIds.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace mwb {

EventIds::EventIds(SQLite::Database &db, qint64 block)
    : m_db(db)
    , m_block(std::max<qint64>(block, 1))
{
}

qint64 EventIds::next()
{
    if (m_next == m_end) {
        m_next = reserve(m_db, m_block);
        m_end = m_next + m_block;
    }
    return m_next++;
}

qint64 EventIds::reserve(SQLite::Database &db, qint64 count)
{
    SQLite::Statement take(db, "UPDATE sequences SET last = last + ?1 WHERE name = 'events' RETURNING last");
    take.bind(1, static_cast<int64_t>(std::max<qint64>(count, 0)));
    if (!take.executeStep())
        throw SQLite::Exception("the workspace has no sequence of event ids");
    return take.getColumn(0).getInt64() - count + 1;
}

qint64 EventIds::last(SQLite::Database &db)
{
    SQLite::Statement last(db, "SELECT last FROM sequences WHERE name = 'events'");
    return last.executeStep() ? last.getColumn(0).getInt64() : 0;
}

} // namespace mwb
