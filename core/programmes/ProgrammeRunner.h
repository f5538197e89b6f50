// ProgrammeRunner: runs the due programmes for each day since each last ran, up to the
// as-of day (by default the last day of the data). For a programme and a day, in one
// transaction: the customers the trigger names that day (within the audience, and allowed
// back by the re-entry rule) enter, each in the programme's holdout or not by a hash of
// their id and the programme's seed, or in the global control group; every member due that
// day goes through the steps until a wait or the end; each send step's treatment members
// (unless the frequency cap stops them) and its control members become a campaign wave;
// the day is recorded, so a day never runs twice. After the transaction, each wave's list
// is written to the programme's output folder (logging the contacts, as a campaign export
// does); a list that could not be written is written by the next run.
#pragma once

#include "ProgrammeDefinition.h"

#include <QDate>
#include <QList>
#include <QString>

namespace SQLite {
class Database;
}

namespace mwb {

struct ProgrammeRunRow
{
    QString programme;
    QDate day;
    int step = 0; // 0: the day sent nothing
    qint64 campaignId = 0;
    qint64 entered = 0; // customers who entered the programme that day
    qint64 treatment = 0;
    qint64 control = 0;
    qint64 globalControl = 0;
    qint64 capped = 0;
    QString file;
    QString error; // the list could not be written (it will be on the next run)
};

struct ProgrammeRunOptions
{
    QString name; // empty: every programme
    QDate asOf;   // invalid: the last day of the data
    bool dryRun = false;
};

struct ProgrammeRunResult
{
    QList<ProgrammeRunRow> runs;
    QDate asOf;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

class ProgrammeRunner
{
public:
    static ProgrammeRunResult run(SQLite::Database &db, const ProgrammeRunOptions &options);
    // What a programme would have done had it run every day from `from` to `to` (on the data
    // as it is; segments as they are now): its rows, nothing written.
    static ProgrammeRunResult simulate(SQLite::Database &db, const ProgrammeDefinition &definition, const QDate &from,
                                       const QDate &to);
    // The file a wave's list goes to: FOLDER/PROGRAMME-stepN-YYYY-MM-DD.csv (or .xlsx).
    static QString waveFile(const ProgrammeDefinition &definition, int step, const QDate &day);
    // Lists of earlier runs that were not written (the run was stopped between its
    // transaction and its files): written now. Returns the rows written.
    static QList<ProgrammeRunRow> writePendingLists(SQLite::Database &db);

private:
    // Inside a transaction of the caller's: no transaction per day, no lists written.
    static ProgrammeRunResult runDays(SQLite::Database &db, const ProgrammeRunOptions &options, bool inTransaction);
};

} // namespace mwb
