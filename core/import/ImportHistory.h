// ImportHistory: the imports a workspace has seen, and undoing one. Undo removes exactly
// what the import added: its orders and touchpoints, the customers it created, the
// identifiers and tags it recorded, and it restores the fields it changed on existing
// customers. It refuses when a later import built on what it added (undo that first).
#pragma once

#include <SQLiteCpp/Database.h>

#include <QList>
#include <QString>

namespace mwb {

struct ImportRecord
{
    qint64 id = 0;
    QString kind;
    QString fileName;
    qint64 startedAt = 0;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsDuplicate = 0;
    qint64 rowsRejected = 0;
    qint64 customersCreated = 0;
    qint64 customersMatched = 0;
    QString encoding;
    QString status; // done, undone
};

struct UndoResult
{
    qint64 transactionsRemoved = 0;
    qint64 eventsRemoved = 0;
    qint64 customersRemoved = 0;
    qint64 customersRestored = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

class ImportHistory
{
public:
    static QList<ImportRecord> list(SQLite::Database &db);
    static UndoResult undo(SQLite::Database &db, qint64 importId);
};

} // namespace mwb
