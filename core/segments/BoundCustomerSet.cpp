#include "BoundCustomerSet.h"

#include "store/SqlFunctions.h"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <mutex>
#include <unordered_map>

namespace mwb {

namespace {

// The sets of the live BoundCustomerSets, by handle.
struct Registry
{
    std::mutex mutex;
    std::unordered_map<qint64, std::shared_ptr<const CustomerSet>> sets;
    qint64 next = 0;
};

Registry &registry()
{
    // Never destroyed: sets held by static objects may be released after it at exit.
    static Registry *instance = new Registry;
    return *instance;
}

void releaseSet(void *held)
{
    delete static_cast<std::shared_ptr<const CustomerSet> *>(held);
}

void inSetSql(sqlite3_context *context, int, sqlite3_value **argv)
{
    // The handle is a bound parameter, constant for the statement: the set found on the
    // first row is kept with the statement (SQLite's auxiliary data) for the others.
    auto *held = static_cast<std::shared_ptr<const CustomerSet> *>(sqlite3_get_auxdata(context, 0));
    const CustomerSet *set = held ? held->get() : nullptr;
    if (!set) {
        std::shared_ptr<const CustomerSet> found;
        {
            Registry &sets = registry();
            const std::lock_guard lock(sets.mutex);
            const auto it = sets.sets.find(sqlite3_value_int64(argv[0]));
            if (it != sets.sets.end())
                found = it->second;
        }
        if (!found) {
            sqlite3_result_error(context, "mwb_in_set: no such set of customers", -1);
            return;
        }
        set = found.get();
        // SQLite may release the copy at once; `found` keeps the set for this row.
        sqlite3_set_auxdata(context, 0, new std::shared_ptr<const CustomerSet>(found), &releaseSet);
        sqlite3_result_int(context, set->contains(sqlite3_value_int64(argv[1])) ? 1 : 0);
        return;
    }
    sqlite3_result_int(context, set->contains(sqlite3_value_int64(argv[1])) ? 1 : 0);
}

} // namespace

BoundCustomerSet::BoundCustomerSet(std::shared_ptr<const CustomerSet> set)
    : m_set(std::move(set))
{
    Registry &sets = registry();
    const std::lock_guard lock(sets.mutex);
    m_handle = ++sets.next;
    sets.sets.emplace(m_handle, m_set);
}

BoundCustomerSet::~BoundCustomerSet()
{
    Registry &sets = registry();
    const std::lock_guard lock(sets.mutex);
    sets.sets.erase(m_handle);
}

namespace {
// Every connection the store opens gets mwb_in_set.
[[maybe_unused]] const bool kSetFunction = SqlFunctions::add(&registerCustomerSetFunction);
} // namespace

void registerCustomerSetFunction(SQLite::Database &db)
{
    const int result = sqlite3_create_function_v2(db.getHandle(), "mwb_in_set", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                                  nullptr, &inSetSql, nullptr, nullptr, nullptr);
    // SQLite refuses only to replace a function while statements of the connection are
    // running: then it is registered already, and stays.
    (void)result;
}

} // namespace mwb
