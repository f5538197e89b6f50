// CustomerSample: figures estimated from thin slices of the customers, for the compiler's
// choice between a set of customers and a look at each customer's own rows
// (docs/SEGMENTS.md). Internal to core/segments.
#pragma once

#include "SegmentQuery.h"

#include <SQLiteCpp/Database.h>

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace mwb {

class CustomerSample
{
public:
    explicit CustomerSample(SQLite::Database &db);

    // How many customers pass `condition` (SQL over customer_metrics m, and customers c
    // when `joined`; ?N its values in `params`), counted on 1/64 of them and scaled up.
    qint64 passing(const std::string &condition, const std::vector<SqlValue> &params, bool joined);
    // How many events are of `type` (empty: any) in [from, end), counted over 1/512 of the
    // customers and scaled up; the largest number when the sample holds no one.
    qint64 eventRows(const QString &type, std::optional<qint64> from, std::optional<qint64> end);

private:
    void load();
    // "m.customer_id BETWEEN … OR …": 8 thin slices spread over the ids, together about
    // 1/share of the customers.
    std::string slices(qint64 share);

    SQLite::Database &m_db;
    qint64 m_firstId = 0;
    qint64 m_lastId = 0;
    qint64 m_total = -1; // customers; -1 until read
};

} // namespace mwb
