#include "SegmentStore.h"

#include "SegmentDefinition.h"
#include "SegmentQuery.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::SegmentStore" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::SegmentStore)
};

constexpr const char *kSelect = "SELECT id, name, definition, updated_at, last_count, last_counted_at FROM segments";

SavedSegment readSegment(SQLite::Statement &query)
{
    SavedSegment segment;
    segment.id = query.getColumn(0).getInt64();
    segment.name = QString::fromStdString(query.getColumn(1).getString());
    segment.definition = QJsonDocument::fromJson(QByteArray::fromStdString(query.getColumn(2).getString())).object();
    segment.updatedAt = QDateTime::fromSecsSinceEpoch(query.getColumn(3).getInt64());
    if (!query.getColumn(4).isNull()) {
        segment.lastCount = query.getColumn(4).getInt64();
        segment.lastCountedAt = QDateTime::fromSecsSinceEpoch(query.getColumn(5).getInt64());
    }
    return segment;
}

std::string compact(const QJsonObject &definition)
{
    return QJsonDocument(definition).toJson(QJsonDocument::Compact).toStdString();
}

bool nameTaken(SQLite::Database &db, const QString &name, qint64 exceptId = 0)
{
    SQLite::Statement taken(db, "SELECT 1 FROM segments WHERE name = ?1 AND id <> ?2");
    taken.bind(1, name.toStdString());
    taken.bind(2, static_cast<int64_t>(exceptId));
    return taken.executeStep();
}

// Why `name` cannot name a segment (other than `exceptId`), or empty.
QString nameError(SQLite::Database &db, const QString &name, qint64 exceptId = 0)
{
    if (name.isEmpty())
        return Text::tr("A segment needs a name.");
    if (nameTaken(db, name, exceptId))
        return Text::tr("A segment named '%1' already exists.").arg(name);
    return {};
}

QString definitionError(const QJsonObject &definition)
{
    const QString error = SegmentDefinition::fromJson(definition).error;
    return error.isEmpty() ? QString() : Text::tr("The definition is not valid: %1").arg(error);
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

SegmentSaveResult SegmentStore::save(SQLite::Database &db, const QString &name, const QJsonObject &definition)
{
    SegmentSaveResult result;
    const QString trimmed = name.trimmed();
    result.error = nameError(db, trimmed);
    if (result.error.isEmpty())
        result.error = definitionError(definition);
    if (!result.ok())
        return result;
    SQLite::Statement insert(db,
                             "INSERT INTO segments(name, definition, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)");
    insert.bind(1, trimmed.toStdString());
    insert.bind(2, compact(definition));
    insert.bind(3, static_cast<int64_t>(now()));
    insert.exec();
    result.id = db.getLastInsertRowid();
    return result;
}

QList<SavedSegment> SegmentStore::list(SQLite::Database &db)
{
    SQLite::Statement query(db, std::string(kSelect) + " ORDER BY name");
    QList<SavedSegment> segments;
    while (query.executeStep())
        segments.append(readSegment(query));
    return segments;
}

std::optional<SavedSegment> SegmentStore::find(SQLite::Database &db, qint64 id)
{
    SQLite::Statement query(db, std::string(kSelect) + " WHERE id = ?1");
    query.bind(1, static_cast<int64_t>(id));
    if (!query.executeStep())
        return std::nullopt;
    return readSegment(query);
}

std::optional<SavedSegment> SegmentStore::findByName(SQLite::Database &db, const QString &name)
{
    SQLite::Statement query(db, std::string(kSelect) + " WHERE name = ?1");
    query.bind(1, name.trimmed().toStdString());
    if (!query.executeStep())
        return std::nullopt;
    return readSegment(query);
}

QString SegmentStore::rename(SQLite::Database &db, qint64 id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!find(db, id))
        return Text::tr("There is no segment %1.").arg(id);
    if (const QString error = nameError(db, trimmed, id); !error.isEmpty())
        return error;
    SQLite::Statement update(db, "UPDATE segments SET name = ?1, updated_at = ?2 WHERE id = ?3");
    update.bind(1, trimmed.toStdString());
    update.bind(2, static_cast<int64_t>(now()));
    update.bind(3, static_cast<int64_t>(id));
    update.exec();
    return {};
}

QString SegmentStore::updateDefinition(SQLite::Database &db, qint64 id, const QJsonObject &definition)
{
    if (const QString error = definitionError(definition); !error.isEmpty())
        return error;
    SQLite::Statement update(db,
                             "UPDATE segments SET definition = ?1, updated_at = ?2, last_count = NULL, "
                             "last_counted_at = NULL WHERE id = ?3");
    update.bind(1, compact(definition));
    update.bind(2, static_cast<int64_t>(now()));
    update.bind(3, static_cast<int64_t>(id));
    if (update.exec() == 0)
        return Text::tr("There is no segment %1.").arg(id);
    return {};
}

QString SegmentStore::remove(SQLite::Database &db, qint64 id)
{
    SQLite::Statement remove(db, "DELETE FROM segments WHERE id = ?1");
    remove.bind(1, static_cast<int64_t>(id));
    if (remove.exec() == 0)
        return Text::tr("There is no segment %1.").arg(id);
    return {};
}

SegmentSaveResult SegmentStore::duplicate(SQLite::Database &db, qint64 id)
{
    const auto original = find(db, id);
    if (!original) {
        SegmentSaveResult result;
        result.error = Text::tr("There is no segment %1.").arg(id);
        return result;
    }
    QString name = Text::tr("%1 (copy)").arg(original->name);
    for (int n = 2; nameTaken(db, name); ++n)
        name = Text::tr("%1 (copy %2)").arg(original->name).arg(n);
    return save(db, name, original->definition);
}

void SegmentStore::recordCount(SQLite::Database &db, qint64 id, qint64 count)
{
    SQLite::Statement update(db, "UPDATE segments SET last_count = ?1, last_counted_at = ?2 WHERE id = ?3");
    update.bind(1, static_cast<int64_t>(count));
    update.bind(2, static_cast<int64_t>(now()));
    update.bind(3, static_cast<int64_t>(id));
    update.exec();
}

std::optional<SegmentSnapshot> SegmentStore::snapshot(SQLite::Database &db, qint64 id, QString *error)
{
    auto failed = [error](const QString &message) -> std::optional<SegmentSnapshot> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto segment = find(db, id);
    if (!segment)
        return failed(Text::tr("There is no segment %1.").arg(id));
    const SegmentParse parse = SegmentDefinition::fromJson(segment->definition);
    if (!parse.ok())
        return failed(parse.error);
    QString queryError;
    const QList<qint64> members = SegmentQuery::ids(db, parse.node, &queryError);
    if (!queryError.isEmpty())
        return failed(queryError);
    SQLite::Transaction transaction(db);
    SegmentSnapshot snapshot;
    snapshot.segmentId = id;
    snapshot.takenAt = QDateTime::fromSecsSinceEpoch(now());
    snapshot.customers = members.size();
    SQLite::Statement insert(db, "INSERT INTO segment_snapshots(segment_id, taken_at, customers) VALUES (?1, ?2, ?3)");
    insert.bind(1, static_cast<int64_t>(id));
    insert.bind(2, static_cast<int64_t>(snapshot.takenAt.toSecsSinceEpoch()));
    insert.bind(3, static_cast<int64_t>(snapshot.customers));
    insert.exec();
    snapshot.id = db.getLastInsertRowid();
    SQLite::Statement member(db, "INSERT INTO segment_snapshot_members(snapshot_id, customer_id) VALUES (?1, ?2)");
    member.bind(1, static_cast<int64_t>(snapshot.id));
    for (qint64 customer : members) {
        member.bind(2, static_cast<int64_t>(customer));
        member.exec();
        member.reset();
    }
    recordCount(db, id, snapshot.customers);
    transaction.commit();
    if (error)
        error->clear();
    return snapshot;
}

QList<SegmentSnapshot> SegmentStore::snapshots(SQLite::Database &db, qint64 segmentId)
{
    SQLite::Statement query(db,
                            "SELECT id, segment_id, taken_at, customers FROM segment_snapshots "
                            "WHERE segment_id = ?1 ORDER BY taken_at DESC, id DESC");
    query.bind(1, static_cast<int64_t>(segmentId));
    QList<SegmentSnapshot> list;
    while (query.executeStep())
        list.append({query.getColumn(0).getInt64(), query.getColumn(1).getInt64(),
                     QDateTime::fromSecsSinceEpoch(query.getColumn(2).getInt64()), query.getColumn(3).getInt64()});
    return list;
}

QList<qint64> SegmentStore::snapshotMembers(SQLite::Database &db, qint64 snapshotId)
{
    SQLite::Statement query(db,
                            "SELECT customer_id FROM segment_snapshot_members WHERE snapshot_id = ?1 "
                            "ORDER BY customer_id");
    query.bind(1, static_cast<int64_t>(snapshotId));
    QList<qint64> members;
    while (query.executeStep())
        members.append(query.getColumn(0).getInt64());
    return members;
}

} // namespace mwb
