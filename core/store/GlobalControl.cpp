#include "GlobalControl.h"

#include "WorkspaceSettings.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>
#include <QLocale>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::GlobalControl)
};

quint64 splitMix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

void unitHashSql(sqlite3_context *context, int, sqlite3_value **values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL || sqlite3_value_type(values[1]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto seed = static_cast<quint64>(sqlite3_value_int64(values[0]));
    sqlite3_result_double(context, unitHash(seed, sqlite3_value_int64(values[1])));
}

} // namespace

double unitHash(quint64 seed, qint64 id)
{
    const quint64 mixed = splitMix(seed ^ splitMix(static_cast<quint64>(id)));
    return static_cast<double>(mixed >> 11) * 0x1.0p-53;
}

GlobalControlGroup GlobalControl::read(SQLite::Database &db)
{
    GlobalControlGroup group;
    const auto share = readSetting(db, WorkspaceSetting::GlobalControlShare);
    const auto seed = readSetting(db, WorkspaceSetting::GlobalControlSeed);
    if (share && seed) {
        group.share = share->toDouble();
        group.seed = seed->toULongLong();
    }
    return group;
}

QString GlobalControl::set(SQLite::Database &db, double share, quint64 seed, bool reset)
{
    if (!(share >= 0 && share <= kMaxShare))
        return Text::tr("The global control share must be between 0 and %1.").arg(kMaxShare);
    const GlobalControlGroup current = read(db);
    if (current.share > 0 && !reset && (current.share != share || current.seed != seed)) {
        return Text::tr("The global control group is set already (share %1, seed %2); changing it moves customers "
                        "in or out of it: say --reset to do so.")
            .arg(current.share)
            .arg(current.seed);
    }
    writeSetting(db, WorkspaceSetting::GlobalControlShare, QString::number(share, 'g', 17));
    writeSetting(db, WorkspaceSetting::GlobalControlSeed, QString::number(seed));
    return {};
}

qint64 GlobalControl::members(SQLite::Database &db)
{
    const GlobalControlGroup group = read(db);
    if (group.share <= 0)
        return 0;
    SQLite::Statement query(db, "SELECT count(*) FROM customers WHERE mwb_unit_hash(?1, id) < ?2");
    query.bind(1, static_cast<int64_t>(group.seed));
    query.bind(2, group.share);
    query.executeStep();
    return query.getColumn(0).getInt64();
}

void GlobalControl::registerSqlFunctions(SQLite::Database &db)
{
    try {
        db.createFunction("mwb_unit_hash", 2, true, nullptr, &unitHashSql);
    } catch (const SQLite::Exception &) {
        // Registered already (SQLite refuses a replacement while statements run).
    }
}

} // namespace mwb
