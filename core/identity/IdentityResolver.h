// IdentityResolver: finds the customer a row speaks of, by external id, then e-mail, then
// phone (all normalised), or creates one. Every identifier a row brings is recorded on
// its customer unless another customer already holds it (then it is left where it is and
// counted as a conflict). Works inside the caller's transaction; lookups are cached for
// the length of one import. New identifiers are written in batches in key order (several
// times faster than in the order of the file): call flush() before anything else reads them.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "TextKeyCache.h"

#include <QtGlobal>

#include <string>
#include <vector>

namespace mwb {

struct RowIdentity
{
    std::string externalId; // empty when absent
    std::string email;      // normalised
    std::string phone;      // E.164
    bool empty() const { return externalId.empty() && email.empty() && phone.empty(); }
};

class IdentityResolver
{
public:
    IdentityResolver(SQLite::Database &db, qint64 importId);

    struct Match
    {
        qint64 customerId = 0;
        bool created = false;
        bool addedIdentity = false; // a new identifier was recorded on an existing customer
    };

    enum class Kind {
        None,
        ExternalId,
        Email,
        Phone
    };
    // A customer found, and by which identifier.
    struct Found
    {
        qint64 customerId = 0; // 0: none
        Kind by = Kind::None;
    };

    // The matching customer; creates one (with these identifiers) when none matches.
    Match resolve(const RowIdentity &identity);
    // The same, for a row whose customer findBy() has just given.
    Match resolve(const RowIdentity &identity, Found found);
    // The matching customer, or 0; creates nothing.
    qint64 find(const RowIdentity &identity);
    Found findBy(const RowIdentity &identity);

    qint64 conflicts() const { return m_conflicts; }
    // Writes the identifiers recorded since the last flush.
    void flush();
    // Writes them and gives the cache's memory back (lookups after it search the workspace).
    void release();

private:
    qint64 lookup(const char *kind, const std::string &value);
    bool attach(const char *kind, const std::string &value, qint64 customerId);

    SQLite::Database &m_db;
    SQLite::Statement m_find;
    SQLite::Statement m_insertIdentity;
    SQLite::Statement m_insertCustomer;
    qint64 m_importId;
    qsizetype m_cacheLimit;
    std::size_t m_pendingLimit;
    qint64 m_conflicts = 0;
    // The cache holds every identifier of the workspace: it had none when the import began
    // and the cache was never emptied. An identifier not in it then belongs to no one,
    // without a search of the workspace's index.
    bool m_cacheComplete = false;
    // Identifier -> customer id (0: none).
    void remember(const TextKeyCache::Key &key, qint64 customerId);
    TextKeyCache m_cache;
    // Identifiers recorded and not written yet; all of them are in the cache, so no lookup
    // misses them (the cache is emptied only after a flush).
    struct Pending
    {
        const char *kind;
        std::string value;
        qint64 customerId;
    };
    std::vector<Pending> m_pending;
};

} // namespace mwb
