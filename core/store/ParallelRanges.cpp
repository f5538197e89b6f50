#include "ParallelRanges.h"

#include "QueryInterrupt.h"
#include "ReaderPool.h"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace mwb {

ParallelRanges::ParallelRanges(qint64 first, qint64 last, std::size_t ranges)
    : m_first(first)
    , m_last(last)
{
    if (first > last || ranges == 0)
        return;
    m_step = (last - first) / static_cast<qint64>(ranges) + 1;
    m_count = static_cast<std::size_t>((last - first) / m_step + 1);
}

ParallelRanges::ParallelRanges(std::size_t count)
    : m_first(0)
    , m_last(static_cast<qint64>(count) - 1)
    , m_count(count)
{
}

ParallelRanges::Range ParallelRanges::at(std::size_t index) const
{
    const qint64 from = m_first + static_cast<qint64>(index) * m_step;
    return {index, from, std::min(m_last, from + m_step - 1)};
}

std::optional<ParallelRanges::Range> ParallelRanges::next()
{
    if (m_stopped.load(std::memory_order_relaxed))
        return std::nullopt;
    const std::size_t index = m_next++;
    if (index >= m_count)
        return std::nullopt;
    return at(index);
}

bool ParallelRanges::readsBeside(SQLite::Database &db)
{
    // The file as SQLite resolved it: none for a database in memory.
    const char *file = sqlite3_db_filename(db.getHandle(), "main");
    return file && *file;
}

void ParallelRanges::run(SQLite::Database &self, int parts,
                         const std::function<void(SQLite::Database &, int part)> &work,
                         const std::function<void()> &onFailure)
{
    if (!readsBeside(self))
        parts = 1; // no file for other connections to open
    const QString path = QString::fromUtf8(sqlite3_db_filename(self.getHandle(), "main"));
    std::exception_ptr failure;
    std::mutex mutex;
    auto attempt = [&](auto &&body) {
        try {
            body();
        } catch (...) {
            stop();
            {
                std::lock_guard lock(mutex);
                if (!failure)
                    failure = std::current_exception();
            }
            if (onFailure)
                onFailure();
        }
    };
    std::vector<std::thread> workers;
    const std::atomic_bool *interrupt = QueryInterrupt::current(); // the readers stop with the asker
    for (int part = 1; part < parts; ++part) {
        workers.emplace_back([&, part] {
            const QueryInterrupt::Scope stopWithAsker(interrupt);
            attempt([&] {
                const auto connection = ReaderPool::borrow(path);
                work(*connection, part);
            });
        });
    }
    attempt([&] { work(self, 0); });
    for (std::thread &worker : workers)
        worker.join();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace mwb
