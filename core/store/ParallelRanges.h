// ParallelRanges: work cut into numbered ranges (customer ids, or any list of slices) and
// handed out in turn to connections reading at the same time: a connection done early takes
// the next range, so none waits long for a range slower than the others. The one fan-out
// every parallel pass over the workspace uses (segment counts, event sets, the lifecycle's
// recompute), so threads, pooled connections and failures are handled in one place.
#pragma once

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <cstddef>
#include <functional>
#include <optional>

namespace SQLite {
class Database;
}

namespace mwb {

class ParallelRanges
{
public:
    struct Range
    {
        std::size_t index = 0; // 0 .. count() - 1
        qint64 first = 0;
        qint64 last = -1; // inclusive
    };

    // [first, last] cut into at most `ranges` ranges of equal width (none when first > last).
    ParallelRanges(qint64 first, qint64 last, std::size_t ranges);
    // `count` ranges of one number each, 0 .. count - 1: slices the caller keeps in a list.
    explicit ParallelRanges(std::size_t count);

    std::size_t count() const { return m_count; }
    Range at(std::size_t index) const;

    // The next range nobody has taken; none once all are taken or after stop().
    // Safe to call from any thread.
    std::optional<Range> next();
    void stop() { m_stopped = true; }
    bool stopped() const { return m_stopped; }

    // Runs work(connection, part) for parts 0 .. parts - 1 at the same time, each on a
    // connection of its own: part 0 on this thread with `self`, the others on threads of their
    // own with read-only connections to `self`'s file borrowed from ReaderPool (with one part,
    // or a workspace in memory, everything runs here). Each part takes ranges with next()
    // until none is left. The first exception stops the ranges for every part, calls
    // `onFailure` (to wake a part waiting for the others) and is rethrown once all have
    // returned.
    void run(SQLite::Database &self, int parts, const std::function<void(SQLite::Database &, int part)> &work,
             const std::function<void()> &onFailure = {});
    // Whether other connections can read what `db` holds: it is a file (not in memory).
    // run() gives every part to this thread otherwise.
    static bool readsBeside(SQLite::Database &db);

private:
    qint64 m_first = 0;
    qint64 m_step = 1;
    qint64 m_last = -1;
    std::size_t m_count = 0;
    std::atomic<std::size_t> m_next{0};
    std::atomic_bool m_stopped{false};
};

} // namespace mwb
