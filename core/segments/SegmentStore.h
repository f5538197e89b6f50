// SegmentStore: saved segments (a name and a definition in the JSON form of CLI.md).
// Saved segments are dynamic: the definition is kept and evaluated when used.
#pragma once

#include <SQLiteCpp/Database.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mwb {

struct SavedSegment
{
    qint64 id = 0;
    QString name;
    QJsonObject definition;
    QDateTime updatedAt;
};

struct SegmentSaveResult
{
    qint64 id = 0;
    QString error; // empty on success
    bool ok() const { return error.isEmpty(); }
};

class SegmentStore
{
public:
    // Saves a new segment; refuses an empty or taken name.
    static SegmentSaveResult save(SQLite::Database &db, const QString &name, const QJsonObject &definition);
    static QList<SavedSegment> list(SQLite::Database &db);
};

} // namespace mwb
