#include "CustomerSample.h"

#include "SegmentCompiler.h"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <limits>

namespace mwb {

CustomerSample::CustomerSample(SQLite::Database &db)
    : m_db(db)
{
}

void CustomerSample::load()
{
    if (m_total >= 0)
        return;
    auto scalar = [this](const char *sql) {
        SQLite::Statement query(m_db, sql);
        query.executeStep();
        return query.getColumn(0).getInt64();
    };
    m_firstId = scalar("SELECT coalesce(min(customer_id), 0) FROM customer_metrics");
    m_lastId = scalar("SELECT coalesce(max(customer_id), 0) FROM customer_metrics");
    m_total = scalar("SELECT count(*) FROM customer_metrics");
}

std::string CustomerSample::slices(qint64 share)
{
    load();
    constexpr int kSlices = 8;
    const qint64 span = m_lastId - m_firstId + 1;
    const qint64 width = std::max<qint64>(1, span / (kSlices * share));
    std::string sql;
    for (int slice = 0; slice < kSlices; ++slice) {
        const qint64 from = m_firstId + span * slice / kSlices;
        sql += std::string(slice > 0 ? " OR " : "") + "m.customer_id BETWEEN " + std::to_string(from) + " AND "
            + std::to_string(from + width - 1);
    }
    return sql;
}

qint64 CustomerSample::passing(const std::string &condition, const std::vector<SqlValue> &params, bool joined)
{
    load();
    if (m_total <= 0)
        return 0;
    // One statement over all slices: a set the condition builds is built once.
    SQLite::Statement query(m_db,
                            "SELECT count(*), coalesce(sum(CASE WHEN " + condition + " THEN 1 END), 0)"
                                + SegmentCompiler::fromClause(joined) + " WHERE " + slices(64));
    bindSegmentParams(query, params);
    qint64 seen = 0;
    qint64 passed = 0;
    if (query.executeStep()) {
        seen = query.getColumn(0).getInt64();
        passed = query.getColumn(1).getInt64();
    }
    return seen > 0 ? passed * m_total / seen : m_total;
}

qint64 CustomerSample::eventRows(const QString &type, std::optional<qint64> from, std::optional<qint64> end)
{
    load();
    if (m_total <= 0)
        return 0;
    std::string rows = "events e INDEXED BY sqlite_autoindex_events_1 WHERE e.customer_id = m.customer_id";
    if (!type.isEmpty())
        rows += " AND e.type = ?1 COLLATE NOCASE";
    if (from)
        rows += " AND e.occurred_at >= ?2";
    if (end)
        rows += " AND e.occurred_at < ?3";
    SQLite::Statement query(m_db,
                            "SELECT count(*), coalesce(sum((SELECT count(*) FROM " + rows
                                + ")), 0) FROM customer_metrics m WHERE " + slices(512));
    if (!type.isEmpty())
        query.bind(1, type.toStdString());
    if (from)
        query.bind(2, static_cast<int64_t>(*from));
    if (end)
        query.bind(3, static_cast<int64_t>(*end));
    if (!query.executeStep() || query.getColumn(0).getInt64() == 0)
        return std::numeric_limits<qint64>::max();
    return query.getColumn(1).getInt64() * m_total / query.getColumn(0).getInt64();
}

} // namespace mwb
