// SegmentStore: saved segments (a name and a definition in the JSON form of CLI.md).
// Saved segments are dynamic: the definition is kept and evaluated when used; the last
// count is remembered for the list. A snapshot freezes the members of a segment on demand.
#pragma once

#include <SQLiteCpp/Database.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mwb {

struct SavedSegment
{
    qint64 id = 0;
    QString name;
    QJsonObject definition;
    QDateTime updatedAt;
    std::optional<qint64> lastCount; // none until first counted
    QDateTime lastCountedAt;
};

struct SegmentSaveResult
{
    qint64 id = 0;
    QString error; // empty on success
    bool ok() const { return error.isEmpty(); }
};

struct SegmentSnapshot
{
    qint64 id = 0;
    qint64 segmentId = 0;
    QDateTime takenAt;
    qint64 customers = 0;
};

class SegmentStore
{
public:
    // Saves a new segment; refuses an empty or taken name and an invalid definition.
    static SegmentSaveResult save(SQLite::Database &db, const QString &name, const QJsonObject &definition);
    static QList<SavedSegment> list(SQLite::Database &db);
    static std::optional<SavedSegment> find(SQLite::Database &db, qint64 id);
    static std::optional<SavedSegment> findByName(SQLite::Database &db, const QString &name);

    // Each returns an error message, or an empty string.
    static QString rename(SQLite::Database &db, qint64 id, const QString &name);
    static QString updateDefinition(SQLite::Database &db, qint64 id, const QJsonObject &definition);
    static QString remove(SQLite::Database &db, qint64 id);
    // A copy named "<name> (copy)", "<name> (copy 2)"…
    static SegmentSaveResult duplicate(SQLite::Database &db, qint64 id);

    static void recordCount(SQLite::Database &db, qint64 id, qint64 count);

    // Freezes the current members of segment `id`; nothing (with `error`) when it cannot.
    static std::optional<SegmentSnapshot> snapshot(SQLite::Database &db, qint64 id, QString *error = nullptr);
    static QList<SegmentSnapshot> snapshots(SQLite::Database &db, qint64 segmentId);
    static QList<qint64> snapshotMembers(SQLite::Database &db, qint64 snapshotId);
};

} // namespace mwb
