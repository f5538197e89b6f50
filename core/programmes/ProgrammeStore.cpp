#include "ProgrammeStore.h"

#include "store/Days.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::ProgrammeStore)
};

constexpr const char *kSelect =
    "SELECT p.id, p.name, p.definition, p.first_run_day, p.last_run_day, "
    "(SELECT count(*) FROM programme_members m WHERE m.programme_id = p.id AND m.exited_day IS NULL) "
    "FROM programmes p";

SavedProgramme read(SQLite::Statement &query)
{
    SavedProgramme p;
    p.id = query.getColumn(0).getInt64();
    p.name = QString::fromStdString(query.getColumn(1).getString());
    p.definition = QJsonDocument::fromJson(QByteArray::fromStdString(query.getColumn(2).getString())).object();
    if (!query.getColumn(3).isNull())
        p.firstRunDay = dateOfDay(query.getColumn(3).getInt64());
    if (!query.getColumn(4).isNull())
        p.lastRunDay = dateOfDay(query.getColumn(4).getInt64());
    p.activeMembers = query.getColumn(5).getInt64();
    return p;
}

} // namespace

ProgrammeSaved ProgrammeStore::save(SQLite::Database &db, const ProgrammeDefinition &definition, bool replace)
{
    ProgrammeSaved saved;
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    const std::string json = QJsonDocument(definition.json).toJson(QJsonDocument::Compact).toStdString();
    const auto now = static_cast<int64_t>(QDateTime::currentSecsSinceEpoch());
    SQLite::Statement existing(db, "SELECT id FROM programmes WHERE name = ?1");
    existing.bind(1, definition.name.toStdString());
    if (existing.executeStep()) {
        if (!replace) {
            saved.error = Text::tr("A programme named '%1' exists; say --replace to replace its definition.")
                              .arg(definition.name);
            return saved;
        }
        saved.id = existing.getColumn(0).getInt64();
        SQLite::Statement update(db, "UPDATE programmes SET definition = ?2, updated_at = ?3 WHERE id = ?1");
        update.bind(1, static_cast<int64_t>(saved.id));
        update.bind(2, json);
        update.bind(3, now);
        update.exec();
    } else {
        SQLite::Statement insert(db,
                                 "INSERT INTO programmes(name, definition, created_at, updated_at) "
                                 "VALUES (?1, ?2, ?3, ?3)");
        insert.bind(1, definition.name.toStdString());
        insert.bind(2, json);
        insert.bind(3, now);
        insert.exec();
        saved.id = db.getLastInsertRowid();
    }
    transaction.commit();
    return saved;
}

QList<SavedProgramme> ProgrammeStore::list(SQLite::Database &db)
{
    QList<SavedProgramme> programmes;
    SQLite::Statement query(db, kSelect);
    while (query.executeStep())
        programmes.append(read(query));
    const auto priority = [](const SavedProgramme &p) { return p.definition.value(u"priority"_s).toInt(5); };
    std::stable_sort(programmes.begin(), programmes.end(), [&](const SavedProgramme &a, const SavedProgramme &b) {
        return priority(a) != priority(b) ? priority(a) < priority(b) : a.name < b.name;
    });
    return programmes;
}

std::optional<SavedProgramme> ProgrammeStore::find(SQLite::Database &db, const QString &name)
{
    SQLite::Statement query(db, std::string(kSelect) + " WHERE p.name = ?1");
    query.bind(1, name.toStdString());
    if (!query.executeStep())
        return std::nullopt;
    return read(query);
}

bool ProgrammeStore::remove(SQLite::Database &db, const QString &name)
{
    SQLite::Statement remove(db, "DELETE FROM programmes WHERE name = ?1");
    remove.bind(1, name.toStdString());
    return remove.exec() > 0;
}

QList<ProgrammeRunRow> ProgrammeStore::runs(SQLite::Database &db, const QString &name, int limit)
{
    QList<ProgrammeRunRow> rows;
    SQLite::Statement query(db,
                            "SELECT r.day, r.step, coalesce(r.campaign_id, 0), r.entered, r.treatment, r.control, "
                            "r.global_control, r.capped, coalesce(r.file, '') FROM programme_runs r "
                            "JOIN programmes p ON p.id = r.programme_id WHERE p.name = ?1 "
                            "ORDER BY r.day DESC, r.step LIMIT ?2");
    query.bind(1, name.toStdString());
    query.bind(2, limit);
    while (query.executeStep()) {
        ProgrammeRunRow row;
        row.programme = name;
        row.day = dateOfDay(static_cast<qint32>(query.getColumn(0).getInt64()));
        row.step = query.getColumn(1).getInt();
        row.campaignId = query.getColumn(2).getInt64();
        row.entered = query.getColumn(3).getInt64();
        row.treatment = query.getColumn(4).getInt64();
        row.control = query.getColumn(5).getInt64();
        row.globalControl = query.getColumn(6).getInt64();
        row.capped = query.getColumn(7).getInt64();
        row.file = QString::fromStdString(query.getColumn(8).getString());
        rows.append(row);
    }
    return rows;
}

} // namespace mwb
