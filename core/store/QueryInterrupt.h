// QueryInterrupt: stops the statements a thread is running when the answer they work for is
// no longer wanted (a newer question of its kind, another workspace, a window closed). While
// a Scope lives on a thread, every statement that thread steps, on any workspace connection,
// ends with SQLITE_INTERRUPT (an exception from SQLiteCpp) soon after the flag is raised:
// the store installs a progress handler on each connection it opens that reads the flag of
// the thread stepping it. ParallelRanges hands the flag on to the threads it reads with.
#pragma once

#include <atomic>

namespace SQLite {
class Database;
}

namespace mwb {

class QueryInterrupt
{
public:
    class Scope
    {
    public:
        explicit Scope(const std::atomic_bool *flag);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        const std::atomic_bool *m_previous;
    };

    // The flag of the calling thread (null: none).
    static const std::atomic_bool *current();
    // Whether the calling thread's flag is raised.
    static bool requested();
    // Called by the store for every connection it opens.
    static void install(SQLite::Database &db);
};

} // namespace mwb
