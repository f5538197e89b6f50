#include "QueryInterrupt.h"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

namespace mwb {

namespace {

thread_local const std::atomic_bool *t_flag = nullptr;

// Called by SQLite every kSteps virtual machine instructions of a statement: about every
// few microseconds of work, so a raised flag stops a scan at once, at no measurable cost.
constexpr int kSteps = 10000;

int stopWhenAsked(void *)
{
    const std::atomic_bool *flag = t_flag;
    return flag && flag->load(std::memory_order_relaxed) ? 1 : 0;
}

} // namespace

QueryInterrupt::Scope::Scope(const std::atomic_bool *flag)
    : m_previous(t_flag)
{
    t_flag = flag;
}

QueryInterrupt::Scope::~Scope()
{
    t_flag = m_previous;
}

const std::atomic_bool *QueryInterrupt::current()
{
    return t_flag;
}

bool QueryInterrupt::requested()
{
    return t_flag && t_flag->load(std::memory_order_relaxed);
}

void QueryInterrupt::install(SQLite::Database &db)
{
    sqlite3_progress_handler(db.getHandle(), kSteps, &stopWhenAsked, nullptr);
}

} // namespace mwb
