// SqlFunctions: the SQL functions every workspace connection has (mwb_stage_on, mwb_in_set…).
// The capabilities that define them add their installer here once, when the program
// starts; every connection the store opens runs them all. So the store never includes the
// layers above it, and no caller has to remember to register anything.
#pragma once

namespace SQLite {
class Database;
}

namespace mwb {

class SqlFunctions
{
public:
    using Installer = void (*)(SQLite::Database &);
    // Adds `installer` for every connection opened from now on; returns true, so a
    // capability can call it from a static initialiser.
    static bool add(Installer installer);
    // Runs every installer on `db` (the store calls it for each connection it opens).
    static void installAll(SQLite::Database &db);
};

} // namespace mwb
