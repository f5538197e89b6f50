#include "ReaderPool.h"

#include "Workspace.h"

#include <QFileInfo>

#include <map>
#include <mutex>
#include <vector>

namespace mwb {

namespace {

// More would only hold memory maps: no count uses more connections than cores.
constexpr std::size_t kMaxIdle = 4;

struct Entry
{
    quint64 generation = 1;
    std::vector<std::unique_ptr<SQLite::Database>> idle;
};

struct Pool
{
    std::mutex mutex;
    std::map<QString, Entry> files;
};

Pool &pool()
{
    // Never destroyed: a workspace closed by a static destructor at exit still finds it.
    static Pool *instance = new Pool;
    return *instance;
}

// One key per file however it is written.
QString keyOf(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(path).absoluteFilePath() : canonical;
}

} // namespace

void ReaderPool::Return::operator()(SQLite::Database *db) const
{
    std::unique_ptr<SQLite::Database> connection(db);
    Pool &p = pool();
    std::lock_guard lock(p.mutex);
    auto it = p.files.find(path);
    if (it == p.files.end() || it->second.generation != generation || it->second.idle.size() >= kMaxIdle)
        return; // closed meanwhile, or enough kept: the connection closes here
    it->second.idle.push_back(std::move(connection));
}

ReaderPool::Lease ReaderPool::borrow(const QString &path)
{
    const QString key = keyOf(path);
    Pool &p = pool();
    quint64 generation = 0;
    {
        std::lock_guard lock(p.mutex);
        Entry &entry = p.files[key];
        generation = entry.generation;
        if (!entry.idle.empty()) {
            SQLite::Database *db = entry.idle.back().release();
            entry.idle.pop_back();
            return Lease(db, Return{key, generation});
        }
    }
    // Opened outside the lock: another thread may borrow meanwhile.
    auto db = Workspace::openConnection(path, Workspace::Access::ReadOnly);
    return Lease(db.release(), Return{key, generation});
}

void ReaderPool::close(const QString &path)
{
    std::vector<std::unique_ptr<SQLite::Database>> closing;
    {
        Pool &p = pool();
        std::lock_guard lock(p.mutex);
        auto it = p.files.find(keyOf(path));
        if (it == p.files.end())
            return;
        closing.swap(it->second.idle);
        ++it->second.generation;
    }
    // The connections close here, outside the lock.
}

int ReaderPool::idleCount(const QString &path)
{
    Pool &p = pool();
    std::lock_guard lock(p.mutex);
    const auto it = p.files.find(keyOf(path));
    return it == p.files.end() ? 0 : static_cast<int>(it->second.idle.size());
}

} // namespace mwb
