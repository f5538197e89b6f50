// PendingExports: makes "the list file exists exactly when its contacts are logged" hold
// across kills, full disks and failed renames. A campaign list is written complete under a
// temporary name first; its contacts are then logged in one transaction together with a
// row here naming the temporary file, the target and the file's SHA-256; the file is then
// renamed onto the target and the row removed. A row found later (the process died, or the
// rename failed) is finished: the temporary file renamed into place when it is still there
// and whole, or nothing to do when the target already holds that content; otherwise the
// contacts it logged are undone. Every workspace opened for writing finishes its rows first.
#pragma once

#include <QList>
#include <QString>

namespace SQLite {
class Database;
}

namespace mwb {

struct PendingExport
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QString tempPath;
    QString targetPath;
    QByteArray sha256;
    qint64 firstEventId = 0; // the campaign_sent events it logged have ids in (first, last]
    qint64 lastEventId = 0;
    qint64 exportedAt = 0; // the export time it set on members not exported before
};

struct PendingOutcome
{
    PendingExport pending;
    bool published = false; // the file is in place (renamed now, or found there)
    bool undone = false;    // the contacts were taken back
    QString error;          // nothing could be done now; the row stays for the next time
};

class PendingExports
{
public:
    // Records `pending` (its id is set). Call inside the transaction that logs its contacts.
    static void record(SQLite::Database &db, PendingExport &pending);
    // Finishes one: publishes the file or undoes its contacts, then forgets the row.
    static PendingOutcome finish(SQLite::Database &db, const PendingExport &pending);
    // Finishes every row left by earlier runs.
    static QList<PendingOutcome> finishAll(SQLite::Database &db);
    static QList<PendingExport> list(SQLite::Database &db);
};

} // namespace mwb
