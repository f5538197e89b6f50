#include "IdentityResolver.h"

#include <algorithm>
#include <cstring>

namespace mwb {

namespace {
// Bounded (about 25 MB): memory must not grow with the file. Enough for the customers of
// most files; beyond, the cache starts again and lookups go to the workspace's index.
constexpr qsizetype kCacheLimit = 600000;
// Identifiers held back before they are written (about 50 bytes each).
constexpr std::size_t kPendingLimit = 100000;

// MWB_IDENTITY_CACHE_LIMIT sets a smaller cache, so tests can take the paths of a file
// with more identifiers than it holds.
qsizetype cacheLimit()
{
    bool set = false;
    const int limit = qEnvironmentVariableIntValue("MWB_IDENTITY_CACHE_LIMIT", &set);
    return set && limit > 0 ? limit : kCacheLimit;
}
} // namespace

IdentityResolver::IdentityResolver(SQLite::Database &db, qint64 importId)
    : m_db(db)
    , m_find(db, "SELECT customer_id FROM identities WHERE kind = ?1 AND value = ?2")
    , m_insertIdentity(db,
                       "INSERT OR IGNORE INTO identities(kind, value, customer_id, import_id) VALUES (?1, ?2, ?3, ?4)")
    , m_insertCustomer(db, "INSERT INTO customers(external_id, email, phone, import_id) VALUES (?1, ?2, ?3, ?4)")
    , m_importId(importId)
    , m_cacheLimit(cacheLimit())
    , m_pendingLimit(std::min<std::size_t>(kPendingLimit, static_cast<std::size_t>(m_cacheLimit)))
{
    SQLite::Statement any(db, "SELECT EXISTS (SELECT 1 FROM identities)");
    m_cacheComplete = any.executeStep() && any.getColumn(0).getInt() == 0;
}

void IdentityResolver::remember(const TextKeyCache::Key &key, qint64 customerId)
{
    if (m_cache.size() >= m_cacheLimit) {
        flush(); // what is pending must be found in the workspace once the cache forgets it
        m_cache.clear();
        m_cacheComplete = false;
    }
    m_cache.insert(key, customerId);
}

qint64 IdentityResolver::lookup(const char *kind, const std::string &value)
{
    const TextKeyCache::Key k = TextKeyCache::key(kind, value);
    if (const qint64 *id = m_cache.find(k))
        return *id;
    if (m_cacheComplete)
        return 0; // (not cached: a row with this identifier would be attached first)
    m_find.bindNoCopy(1, kind);
    m_find.bindNoCopy(2, value);
    const qint64 id = m_find.executeStep() ? m_find.getColumn(0).getInt64() : 0;
    m_find.reset();
    remember(k, id);
    return id;
}

bool IdentityResolver::attach(const char *kind, const std::string &value, qint64 customerId)
{
    if (value.empty())
        return false;
    const qint64 holder = lookup(kind, value);
    if (holder == customerId)
        return false;
    if (holder != 0) {
        ++m_conflicts;
        return false;
    }
    m_pending.push_back({kind, value, customerId});
    remember(TextKeyCache::key(kind, value), customerId);
    if (m_pending.size() >= m_pendingLimit)
        flush();
    return true;
}

void IdentityResolver::release()
{
    flush();
    m_cache.clear();
    m_cacheComplete = false;
}

void IdentityResolver::flush()
{
    // In the order of the table's key (kind, value), bytewise as SQLite compares text: each
    // insert lands next to the one before instead of on a page of its own.
    std::sort(m_pending.begin(), m_pending.end(), [](const Pending &a, const Pending &b) {
        if (const int kind = std::strcmp(a.kind, b.kind); kind != 0)
            return kind < 0;
        return a.value < b.value;
    });
    for (const Pending &p : m_pending) {
        m_insertIdentity.bindNoCopy(1, p.kind);
        m_insertIdentity.bindNoCopy(2, p.value);
        m_insertIdentity.bind(3, static_cast<int64_t>(p.customerId));
        m_insertIdentity.bind(4, static_cast<int64_t>(m_importId));
        m_insertIdentity.exec();
        m_insertIdentity.reset();
    }
    m_pending.clear();
}

qint64 IdentityResolver::find(const RowIdentity &identity)
{
    return findBy(identity).customerId;
}

IdentityResolver::Found IdentityResolver::findBy(const RowIdentity &identity)
{
    if (!identity.externalId.empty()) {
        if (const qint64 id = lookup("external_id", identity.externalId))
            return {id, Kind::ExternalId};
    }
    if (!identity.email.empty()) {
        if (const qint64 id = lookup("email", identity.email))
            return {id, Kind::Email};
    }
    if (!identity.phone.empty()) {
        if (const qint64 id = lookup("phone", identity.phone))
            return {id, Kind::Phone};
    }
    return {};
}

IdentityResolver::Match IdentityResolver::resolve(const RowIdentity &identity)
{
    return resolve(identity, findBy(identity));
}

IdentityResolver::Match IdentityResolver::resolve(const RowIdentity &identity, Found found)
{
    Match match;
    match.customerId = found.customerId;
    if (match.customerId == 0) {
        auto bindOrNull = [this](int index, const std::string &value) {
            if (value.empty())
                m_insertCustomer.bind(index);
            else
                m_insertCustomer.bindNoCopy(index, value);
        };
        bindOrNull(1, identity.externalId);
        bindOrNull(2, identity.email);
        bindOrNull(3, identity.phone);
        m_insertCustomer.bind(4, static_cast<int64_t>(m_importId));
        m_insertCustomer.exec();
        m_insertCustomer.reset();
        match.customerId = m_db.getLastInsertRowid();
        match.created = true;
    }
    // The identifier the customer was found by is theirs already.
    const bool a = found.by != Kind::ExternalId && attach("external_id", identity.externalId, match.customerId);
    const bool b = found.by != Kind::Email && attach("email", identity.email, match.customerId);
    const bool c = found.by != Kind::Phone && attach("phone", identity.phone, match.customerId);
    match.addedIdentity = !match.created && (a || b || c);
    return match;
}

} // namespace mwb
