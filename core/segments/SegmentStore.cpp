#include "SegmentStore.h"

#include <SQLiteCpp/Statement.h>

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mwb {

SegmentSaveResult SegmentStore::save(SQLite::Database &db, const QString &name, const QJsonObject &definition)
{
    SegmentSaveResult result;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        result.error = u"A segment needs a name."_s;
        return result;
    }
    SQLite::Statement taken(db, "SELECT 1 FROM segments WHERE name = ?1");
    taken.bind(1, trimmed.toStdString());
    if (taken.executeStep()) {
        result.error = u"A segment named '%1' already exists."_s.arg(trimmed);
        return result;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    SQLite::Statement insert(db, "INSERT INTO segments(name, definition, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)");
    insert.bind(1, trimmed.toStdString());
    insert.bind(2, QJsonDocument(definition).toJson(QJsonDocument::Compact).toStdString());
    insert.bind(3, static_cast<int64_t>(now));
    insert.exec();
    result.id = db.getLastInsertRowid();
    return result;
}

QList<SavedSegment> SegmentStore::list(SQLite::Database &db)
{
    SQLite::Statement query(db, "SELECT id, name, definition, updated_at FROM segments ORDER BY name");
    QList<SavedSegment> segments;
    while (query.executeStep()) {
        segments.append({query.getColumn(0).getInt64(), QString::fromStdString(query.getColumn(1).getString()),
                         QJsonDocument::fromJson(QByteArray::fromStdString(query.getColumn(2).getString())).object(),
                         QDateTime::fromSecsSinceEpoch(query.getColumn(3).getInt64())});
    }
    return segments;
}

} // namespace mwb
