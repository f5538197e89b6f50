#include "EventSet.h"

#include "SegmentQuery.h"
#include "store/ParallelRanges.h"
#include "store/QueryInterrupt.h"
#include "store/RowCursor.h"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <limits>

namespace mwb {

namespace {

// One stretch of the index a worker reads: the rows of one type in [from, end).
struct Slice
{
    std::string type;
    qint64 from = 0;
    qint64 end = 0;
};

} // namespace

std::vector<std::string> eventTypes(SQLite::Database &db)
{
    std::vector<std::string> types;
    RowCursor next(db,
                   "SELECT type FROM events INDEXED BY events_type WHERE type > ?1 COLLATE NOCASE "
                   "ORDER BY type COLLATE NOCASE LIMIT 1");
    std::string after;
    for (;;) {
        next.bind(1, std::string_view(after));
        if (!next.step())
            break;
        after = next.text(0);
        next.reset();
        types.push_back(after);
    }
    return types;
}

std::optional<qint64> eventTypeBoundary(SQLite::Database &db, const std::string &type, bool last)
{
    RowCursor query(db,
                    std::string("SELECT occurred_at FROM events INDEXED BY events_type WHERE type = ?1 COLLATE NOCASE "
                                "ORDER BY occurred_at ")
                        + (last ? "DESC" : "ASC") + " LIMIT 1");
    query.bind(1, std::string_view(type));
    if (!query.step())
        return std::nullopt;
    return query.integer(0);
}

namespace {

// What one worker has read: the members (one event is enough) or the events per customer.
struct Tally
{
    explicit Tally(qint64 maxId, int minCount)
    {
        if (minCount > 1)
            counts.assign(static_cast<std::size_t>(maxId + 1), 0);
    }
    CustomerSet members;
    std::vector<quint16> counts; // used when more than one event is needed (up to 65,535 counted)
};

} // namespace

std::shared_ptr<const CustomerSet> buildEventSet(SQLite::Database &db, const EventRows &rows, qint64 budget)
{
    if (rows.minCount > std::numeric_limits<quint16>::max())
        return nullptr; // counted per customer up to 65,535
    qint64 maxId = 0;
    {
        SQLite::Statement query(db, "SELECT coalesce(max(id), 0) FROM customers");
        query.executeStep();
        maxId = query.getColumn(0).getInt64();
    }
    // Readers beside this connection see what it sees only when it has no transaction
    // open; in a small workspace one connection is quicker than starting others.
    const bool parallel = maxId >= segmentParallelFrom() && ParallelRanges::readsBeside(db)
        && sqlite3_get_autocommit(db.getHandle()) != 0;
    const int threads = parallel ? std::max(1, segmentCountThreads()) : 1;

    std::vector<std::string> types;
    if (rows.type.isEmpty())
        types = eventTypes(db);
    else
        types.push_back(rows.type.toStdString());
    // Each type's rows in the period, cut into four stretches of time per worker (the index
    // keeps a type's rows in time order); a worker done early takes the next.
    std::vector<Slice> slices;
    for (const std::string &type : types) {
        qint64 from = 0;
        qint64 end = 0;
        if (rows.from) {
            from = *rows.from;
        } else if (const auto first = eventTypeBoundary(db, type, false)) {
            from = *first;
        } else {
            continue;
        }
        if (rows.end) {
            end = *rows.end;
        } else if (const auto last = eventTypeBoundary(db, type, true)) {
            end = *last + 1;
        } else {
            continue;
        }
        if (from >= end)
            continue;
        const qint64 step = std::max<qint64>(1, (end - from) / (threads * 4) + 1);
        for (qint64 at = from; at < end; at += step)
            slices.push_back({type, at, std::min(end, at + step)});
    }

    std::string sql = "SELECT customer_id FROM events INDEXED BY events_type "
                      "WHERE type = ?1 COLLATE NOCASE AND occurred_at >= ?2 AND occurred_at < ?3";
    if (!rows.channel.isEmpty())
        sql += " AND channel = ?4 COLLATE NOCASE";
    if (rows.campaignId)
        sql += " AND campaign_id = ?5";
    const std::string channel = rows.channel.toStdString();

    // The budget counts SQLite's steps through the rows (about kStepsPerRow a row, whether
    // the row matches or not), so rows passed over by the channel or campaign count too.
    constexpr qint64 kStepsPerRow = 4;
    constexpr int kCheckEvery = 1000; // steps
    struct Spent
    {
        std::atomic<qint64> steps{0};   // as the progress handler saw them, for stopping early
        std::atomic<qint64> counted{0}; // as the statements counted them, for the verdict
        qint64 limit = 0;
        std::atomic_bool over{false};
    } spent;
    spent.limit = budget < 0 ? std::numeric_limits<qint64>::max() : budget * kStepsPerRow;
    const auto onProgress = [](void *data) -> int {
        auto *s = static_cast<Spent *>(data);
        if (s->steps.fetch_add(kCheckEvery, std::memory_order_relaxed) + kCheckEvery > s->limit)
            s->over = true;
        if (QueryInterrupt::requested())
            s->over = true;
        return s->over.load(std::memory_order_relaxed) ? 1 : 0; // 1 interrupts the statement
    };

    ParallelRanges ranges(slices.size());
    std::atomic_bool &over = spent.over;
    std::vector<Tally> tallies;
    tallies.reserve(static_cast<std::size_t>(threads));
    for (int i = 0; i < threads; ++i)
        tallies.emplace_back(maxId, rows.minCount);

    auto work = [&](SQLite::Database &connection, Tally &tally) {
        RowCursor cursor(connection, sql);
        if (!rows.channel.isEmpty())
            cursor.bind(4, std::string_view(channel));
        if (rows.campaignId)
            cursor.bind(5, *rows.campaignId);
        struct Handler // gives the connection its usual handler back
        {
            SQLite::Database &connection;
            sqlite3 *handle;
            ~Handler() { QueryInterrupt::install(connection); }
        } handler{connection, connection.getHandle()};
        if (budget >= 0)
            sqlite3_progress_handler(handler.handle, kCheckEvery, onProgress, &spent);
        const bool counting = !tally.counts.empty();
        try {
            while (!over.load(std::memory_order_relaxed)) {
                const auto range = ranges.next();
                if (!range)
                    break;
                const Slice &slice = slices[range->index];
                cursor.bind(1, std::string_view(slice.type));
                cursor.bind(2, slice.from);
                cursor.bind(3, slice.end);
                while (cursor.step()) {
                    const qint64 id = cursor.integer(0);
                    if (id <= 0 || id > maxId)
                        continue;
                    if (counting) {
                        quint16 &count = tally.counts[static_cast<std::size_t>(id)];
                        if (count < std::numeric_limits<quint16>::max())
                            ++count;
                    } else {
                        tally.members.insert(id);
                    }
                }
                cursor.reset();
                spent.counted += cursor.takeSteps();
            }
        } catch (const SQLite::Exception &e) {
            if ((e.getErrorCode() & 0xff) != SQLITE_INTERRUPT || !over || QueryInterrupt::requested())
                throw;
        }
    };

    ranges.run(db, threads, [&](SQLite::Database &connection, int part) {
        work(connection, tallies[static_cast<std::size_t>(part)]);
    });
    if (over || spent.counted > spent.limit)
        return nullptr;

    auto set = std::make_shared<CustomerSet>();
    if (rows.minCount > 1) {
        const auto needed = static_cast<quint32>(rows.minCount);
        for (std::size_t id = 1; id <= static_cast<std::size_t>(maxId); ++id) {
            quint32 total = 0;
            for (const Tally &tally : tallies)
                total += tally.counts[id];
            if (total >= needed)
                set->insert(static_cast<qint64>(id));
        }
    } else {
        for (const Tally &tally : tallies)
            set->unite(tally.members);
    }
    return set;
}

} // namespace mwb
