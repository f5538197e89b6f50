// CustomerMerge: two customers who are the same person, made one by hand. Everything of
// the merged customer moves to the kept one (identities, orders, events, tags, campaign
// memberships, snapshot memberships); the kept customer's empty fields and attributes
// are filled from the merged one's; the merged customer is removed and the merge logged
// (with the merged customer as it was) in customer_merges. Metrics, stages and RFM scores
// are brought up to date. One transaction: all or nothing.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace SQLite {
class Database;
}

namespace mwb {

struct MergeResult
{
    qint64 keptId = 0;
    qint64 mergedId = 0;
    qint64 identitiesMoved = 0;
    qint64 ordersMoved = 0;
    qint64 eventsMoved = 0;
    qint64 tagsMoved = 0;
    qint64 membershipsMoved = 0; // campaign memberships; one in a campaign both were in is dropped
    qint64 membershipsDropped = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct MergeRecord
{
    qint64 id = 0;
    qint64 keptId = 0;
    qint64 mergedId = 0;
    QString mergedExternalId;
    QString mergedName;
    QDateTime mergedAt; // UTC
};

class CustomerMerge
{
public:
    static MergeResult merge(SQLite::Database &db, qint64 keptId, qint64 mergedId);
    // Newest first.
    static QList<MergeRecord> history(SQLite::Database &db);
};

} // namespace mwb
