// ProgrammeStore: saving, listing and removing programmes. A saved programme keeps its
// definition's JSON as given; its runs, members and waves are the runner's.
#pragma once

#include "ProgrammeDefinition.h"
#include "ProgrammeRunner.h"

#include <QDate>
#include <QList>

#include <optional>

namespace SQLite {
class Database;
}

namespace mwb {

struct SavedProgramme
{
    qint64 id = 0;
    QString name;
    QJsonObject definition;
    std::optional<QDate> firstRunDay; // nothing: never run
    std::optional<QDate> lastRunDay;
    qint64 activeMembers = 0; // entries not exited
};

struct ProgrammeSaved
{
    qint64 id = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

class ProgrammeStore
{
public:
    // Saves a valid definition under its name; an existing name is refused unless `replace`
    // (its runs and members stay: the new steps apply from the next run).
    static ProgrammeSaved save(SQLite::Database &db, const ProgrammeDefinition &definition, bool replace);
    static QList<SavedProgramme> list(SQLite::Database &db); // by priority, then name
    static std::optional<SavedProgramme> find(SQLite::Database &db, const QString &name);
    // Removes the programme with its members and runs; its waves stay as campaigns.
    static bool remove(SQLite::Database &db, const QString &name);
    // The programme's recorded runs, newest day first (a row per day and send step).
    static QList<ProgrammeRunRow> runs(SQLite::Database &db, const QString &name, int limit = 1000);
};

} // namespace mwb
