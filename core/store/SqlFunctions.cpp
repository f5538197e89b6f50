#include "SqlFunctions.h"

#include <algorithm>
#include <mutex>
#include <vector>

namespace mwb {

namespace {

struct Registry
{
    std::mutex mutex;
    std::vector<SqlFunctions::Installer> installers;
};

Registry &registry()
{
    static Registry instance; // built on first use, also from other static initialisers
    return instance;
}

} // namespace

bool SqlFunctions::add(Installer installer)
{
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    if (std::find(r.installers.cbegin(), r.installers.cend(), installer) == r.installers.cend())
        r.installers.push_back(installer);
    return true;
}

void SqlFunctions::installAll(SQLite::Database &db)
{
    std::vector<Installer> installers;
    {
        Registry &r = registry();
        const std::lock_guard lock(r.mutex);
        installers = r.installers;
    }
    for (Installer install : installers)
        install(db);
}

} // namespace mwb
