// ContactCap: the workspace's frequency cap across programmes: at most `contacts` sends to
// a customer in any `days` days. A programme whose send would pass it records the member
// as capped instead (programmes run in priority order, so the higher priority contacts).
#pragma once

#include <QString>

#include <optional>

namespace SQLite {
class Database;
}

namespace mwb {

struct ContactCap
{
    int contacts = 0;
    int days = 0;

    static std::optional<ContactCap> read(SQLite::Database &db); // nothing: no cap
    // Sets (or, with nothing, removes) the cap; an error message, empty on success.
    static QString write(SQLite::Database &db, const std::optional<ContactCap> &cap);
};

} // namespace mwb
