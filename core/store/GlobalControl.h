// GlobalControl: the workspace's global control group, a fixed share of all customers that
// no programme ever contacts, so what all programmes together earn can be measured. A
// customer belongs by a hash of their id and the group's seed (unitHash below it is under
// the share), so customers who arrive later are assigned too, and the group never changes
// unless the analyst resets it. Stored as two settings; the segment field
// `in_global_control` reads the same hash in SQL (mwb_unit_hash).
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace SQLite {
class Database;
}

namespace mwb {

// A number in [0, 1) from a seed and a customer id: SplitMix64 of the two, its top 53
// bits. The same on every platform; about uniform over ids.
double unitHash(quint64 seed, qint64 id);

struct GlobalControlGroup
{
    double share = 0; // 0: no global control
    quint64 seed = 0;
    bool contains(qint64 customerId) const { return share > 0 && unitHash(seed, customerId) < share; }
};

class GlobalControl
{
public:
    static constexpr double kMaxShare = 0.5;
    // The workspace's group; share 0 when none was set.
    static GlobalControlGroup read(SQLite::Database &db);
    // Sets the group. Once set, a different share or seed is refused unless `reset` (which
    // moves customers in or out of the group, so it is an explicit act). Returns an error
    // message, empty on success.
    static QString set(SQLite::Database &db, double share, quint64 seed, bool reset);
    // The customers in the group now.
    static qint64 members(SQLite::Database &db);
    // Registers mwb_unit_hash(seed, id) on a connection (every connection has it).
    static void registerSqlFunctions(SQLite::Database &db);
};

} // namespace mwb
