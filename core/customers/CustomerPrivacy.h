// CustomerPrivacy: "forget this customer" for a data-subject request. Everything that
// identifies the person goes: their identities, profile fields, custom attributes, tags,
// the free text of their touchpoints, the rows an undo of an import would restore, and
// their campaign member tokens (replaced, so a list already sent can no longer be tied
// back to them). What they did stays, anonymous, so every aggregate stays as it was:
// orders and revenue, touchpoint counts and times, lifecycle stages, campaign groups and
// results. The request is logged without personal data. One transaction.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace SQLite {
class Database;
}

namespace mwb {

struct ForgetResult
{
    qint64 customerId = 0;
    qint64 identitiesRemoved = 0;
    qint64 tagsRemoved = 0;
    qint64 eventsCleared = 0;  // touchpoints whose free text was removed
    qint64 tokensReplaced = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct ForgetRecord
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDateTime forgottenAt; // UTC
};

class CustomerPrivacy
{
public:
    static ForgetResult forget(SQLite::Database &db, qint64 customerId);
    static QList<ForgetRecord> log(SQLite::Database &db);
};

} // namespace mwb
