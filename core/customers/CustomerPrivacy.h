// CustomerPrivacy: "forget this customer" for a data-subject request. Everything that
// identifies the person goes: their identities, profile fields, custom attributes, tags,
// the free text of their touchpoints, the rows an undo of an import would restore, the
// records of customers merged into them, the refused rows of imports that name them, and
// their campaign member tokens (replaced, so a list already sent can no longer be tied
// back to them). What they did stays, anonymous, so every aggregate stays as it was:
// orders and revenue, touchpoint counts and times, lifecycle stages, campaign groups and
// results. The request is logged without personal data. One transaction.
//
// And no byte of the workspace files keeps them: deleted content is overwritten
// (secure_delete), the search index is merged so its old segments go, and the write-ahead
// log is folded back into the file and emptied. Backup copies taken before upgrades are
// separate files: they are named in the result, for the user to delete.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace SQLite {
class Database;
}

namespace mwb {

struct ForgetResult
{
    qint64 customerId = 0;
    qint64 identitiesRemoved = 0;
    qint64 tagsRemoved = 0;
    qint64 eventsCleared = 0; // touchpoints whose free text was removed
    qint64 tokensReplaced = 0;
    qint64 mergesCleared = 0;  // records of customers merged into them
    qint64 rejectsCleared = 0; // refused import rows that named them
    bool logEmptied = false;   // the write-ahead log was emptied (false: another program kept it)
    QStringList backups;       // backup copies beside the workspace that still hold the person
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
