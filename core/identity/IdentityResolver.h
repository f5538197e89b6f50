// IdentityResolver: finds the customer a row speaks of, by external id, then e-mail, then
// phone (all normalised), or creates one. Every identifier a row brings is recorded on
// its customer unless another customer already holds it (then it is left where it is and
// counted as a conflict). Works inside the caller's transaction; lookups are cached for
// the length of one import.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QtGlobal>

#include <string>
#include <unordered_map>

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

    // The matching customer; creates one (with these identifiers) when none matches.
    Match resolve(const RowIdentity &identity);
    // The matching customer, or 0; creates nothing.
    qint64 find(const RowIdentity &identity);

    qint64 conflicts() const { return m_conflicts; }

private:
    qint64 lookup(const char *kind, const std::string &value);
    bool attach(const char *kind, const std::string &value, qint64 customerId);

    SQLite::Database &m_db;
    SQLite::Statement m_find;
    SQLite::Statement m_insertIdentity;
    SQLite::Statement m_insertCustomer;
    qint64 m_importId;
    qint64 m_conflicts = 0;
    std::unordered_map<std::string, qint64> m_cache; // "kind\x1fvalue" -> customer id (0: none)
    std::string m_key; // reused, so a cache hit allocates nothing
    const std::string &key(const char *kind, const std::string &value);
};

} // namespace mwb
