#include "NpsReport.h"

#include "lifecycle/Lifecycle.h"
#include "segments/SegmentQuery.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace mwb {

std::optional<double> NpsCounts::score() const
{
    const qint64 n = answers();
    if (n == 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(promoters - detractors) / static_cast<double>(n);
}

void NpsCounts::add(int answer)
{
    if (answer >= 9)
        ++promoters;
    else if (answer >= 7)
        ++passives;
    else if (answer >= 0)
        ++detractors;
}

QList<NpsMonth> NpsReport::monthly(SQLite::Database &db)
{
    std::map<int, NpsCounts> months;
    SQLite::Statement answers(db,
                              "SELECT occurred_at, value FROM events INDEXED BY events_type "
                              "WHERE type = 'nps' COLLATE NOCASE AND value IS NOT NULL");
    while (answers.executeStep()) {
        const qint64 seconds = answers.getColumn(0).getInt64();
        const QDate day = QDate(1970, 1, 1).addDays(seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400));
        months[day.year() * 12 + day.month() - 1].add(static_cast<int>(std::lround(answers.getColumn(1).getDouble())));
    }
    QList<NpsMonth> out;
    for (const auto &[month, counts] : months)
        out.append({QDate(month / 12, month % 12 + 1, 1), counts});
    return out;
}

NpsCounts NpsReport::forSegment(SQLite::Database &db, const SegmentNode &segment, QString *error)
{
    NpsCounts counts;
    const CompiledSegment compiled = SegmentQuery::compile(db, segment, SegmentContext::load(db));
    if (error)
        *error = compiled.error;
    if (!compiled.ok())
        return counts;
    SQLite::Statement query(db,
                            std::string("SELECT m.nps FROM customer_metrics m")
                                + (compiled.usesCustomers ? " JOIN customers c ON c.id = m.customer_id" : "")
                                + " WHERE m.nps IS NOT NULL AND (" + compiled.where + ")");
    bindSegmentParams(query, compiled.params);
    while (query.executeStep())
        counts.add(query.getColumn(0).getInt());
    return counts;
}

} // namespace mwb
