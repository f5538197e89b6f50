#include "PendingExports.h"

#include "export/AtomicFile.h"
#include "metrics/CustomerRefresh.h"
#include "store/CustomerSet.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::PendingExports" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::PendingExports)
};

void forget(SQLite::Database &db, qint64 id)
{
    SQLite::Statement remove(db, "DELETE FROM pending_exports WHERE id = ?1");
    remove.bind(1, static_cast<int64_t>(id));
    remove.exec();
}

// Takes back what the export logged: its campaign_sent events and the export time it set.
void undo(SQLite::Database &db, const PendingExport &p)
{
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    CustomerSet touched;
    {
        SQLite::Statement logged(db,
                                 "SELECT customer_id FROM events WHERE type = 'campaign_sent' COLLATE NOCASE "
                                 "AND type = 'campaign_sent' AND id > ?1 AND id <= ?2 AND campaign_id = ?3");
        logged.bind(1, static_cast<int64_t>(p.firstEventId));
        logged.bind(2, static_cast<int64_t>(p.lastEventId));
        logged.bind(3, static_cast<int64_t>(p.campaignId));
        while (logged.executeStep())
            touched.insert(logged.getColumn(0).getInt64());
    }
    SQLite::Statement events(db,
                             "DELETE FROM events WHERE type = 'campaign_sent' COLLATE NOCASE "
                             "AND type = 'campaign_sent' AND id > ?1 AND id <= ?2 AND campaign_id = ?3");
    events.bind(1, static_cast<int64_t>(p.firstEventId));
    events.bind(2, static_cast<int64_t>(p.lastEventId));
    events.bind(3, static_cast<int64_t>(p.campaignId));
    events.exec();
    SQLite::Statement members(db,
                              "UPDATE campaign_members SET exported_at = NULL WHERE campaign_id = ?1 "
                              "AND exported_at = ?2");
    members.bind(1, static_cast<int64_t>(p.campaignId));
    members.bind(2, static_cast<int64_t>(p.exportedAt));
    members.exec();
    CustomerRefresh::afterChange(db, touched, CustomerRefresh::Changed::TouchpointsOnly);
    forget(db, p.id);
    transaction.commit();
}

} // namespace

void PendingExports::record(SQLite::Database &db, PendingExport &pending)
{
    SQLite::Statement insert(db,
                             "INSERT INTO pending_exports(campaign_id, temp_path, target_path, sha256, "
                             "first_event_id, last_event_id, exported_at, created_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    insert.bind(1, static_cast<int64_t>(pending.campaignId));
    insert.bind(2, pending.tempPath.toStdString());
    insert.bind(3, pending.targetPath.toStdString());
    insert.bind(4, pending.sha256.toStdString());
    insert.bind(5, static_cast<int64_t>(pending.firstEventId));
    insert.bind(6, static_cast<int64_t>(pending.lastEventId));
    insert.bind(7, static_cast<int64_t>(pending.exportedAt));
    insert.bind(8, static_cast<int64_t>(QDateTime::currentSecsSinceEpoch()));
    insert.exec();
    pending.id = db.getLastInsertRowid();
}

PendingOutcome PendingExports::finish(SQLite::Database &db, const PendingExport &pending)
{
    PendingOutcome outcome;
    outcome.pending = pending;
    try {
        if (QFileInfo(pending.tempPath).isFile() && AtomicFile::fileSha256(pending.tempPath) == pending.sha256) {
            // The list is whole under its temporary name: put it in place (checked again, as
            // any write), replacing what the user chose to replace.
            const OutputTarget target = OutputGuard::check(pending.targetPath, ExistingFile::Replace);
            const QString error = target.ok()
                ? AtomicFile::renameFile(pending.tempPath, target.path, ExistingFile::Replace)
                : target.error;
            if (error.isEmpty()) {
                outcome.published = true;
                forget(db, pending.id);
                return outcome;
            }
            outcome.error = error;
        } else if (QFileInfo(pending.targetPath).isFile()
                   && AtomicFile::fileSha256(pending.targetPath) == pending.sha256) {
            outcome.published = true; // renamed before the process stopped
            forget(db, pending.id);
            return outcome;
        }
        // The list cannot be put in place: its contacts go too.
        undo(db, pending);
        outcome.undone = true;
        QFile::remove(pending.tempPath);
    } catch (const SQLite::Exception &e) {
        outcome.error = Text::tr("The export of campaign %1 to %2 could not be finished: %3")
                            .arg(pending.campaignId)
                            .arg(pending.targetPath, QString::fromUtf8(e.what()));
    }
    return outcome;
}

QList<PendingExport> PendingExports::list(SQLite::Database &db)
{
    QList<PendingExport> rows;
    if (!db.tableExists("pending_exports"))
        return rows;
    SQLite::Statement query(db,
                            "SELECT id, campaign_id, temp_path, target_path, sha256, first_event_id, "
                            "last_event_id, exported_at FROM pending_exports ORDER BY id");
    while (query.executeStep()) {
        PendingExport p;
        p.id = query.getColumn(0).getInt64();
        p.campaignId = query.getColumn(1).getInt64();
        p.tempPath = QString::fromStdString(query.getColumn(2).getString());
        p.targetPath = QString::fromStdString(query.getColumn(3).getString());
        p.sha256 = QByteArray::fromStdString(query.getColumn(4).getString());
        p.firstEventId = query.getColumn(5).getInt64();
        p.lastEventId = query.getColumn(6).getInt64();
        p.exportedAt = query.getColumn(7).getInt64();
        rows.append(p);
    }
    return rows;
}

QList<PendingOutcome> PendingExports::finishAll(SQLite::Database &db)
{
    QList<PendingOutcome> outcomes;
    for (const PendingExport &pending : list(db))
        outcomes.append(finish(db, pending));
    return outcomes;
}

} // namespace mwb
