// ProgrammeService: the programmes of the open workspace, owned by the WorkspaceSession:
// the list with what is due, saving and deleting, running the due days, each programme's
// runs and report, and the simulation on past data. Each runs on a worker thread with a
// connection of its own; a run or an edit announces programmesChanged().
#pragma once

#include "programmes/ProgrammeReport.h"
#include "programmes/ProgrammeRunner.h"
#include "programmes/ProgrammeStore.h"

#include "WorkspaceService.h"

#include <QDate>
#include <QJsonObject>

#include <functional>

namespace mwb::ui {

struct ProgrammesAnswer
{
    QList<SavedProgramme> programmes;
    QDate referenceDate; // the last day of the data: what a run goes up to
    QString error;
    // Days still to run up to the reference day, over every programme.
    qint64 daysDue() const;
};

struct ProgrammeSaveOutcome
{
    qint64 id = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct ProgrammeDetailAnswer
{
    std::optional<SavedProgramme> programme;
    QList<ProgrammeRunRow> runs;
    ProgrammeReportData report;
    QString currency;
    QString error;
};

class ProgrammeService : public WorkspaceService
{
    Q_OBJECT

public:
    explicit ProgrammeService(QObject *parent = nullptr);

    void list(QObject *context, std::function<void(const ProgrammesAnswer &)> done);
    void detail(const QString &name, QObject *context, std::function<void(const ProgrammeDetailAnswer &)> done);
    // Saves (replacing the programme of that name when `replace`).
    void save(const QJsonObject &definition, bool replace, QObject *context,
              std::function<void(const ProgrammeSaveOutcome &)> done);
    void remove(const QString &name, QObject *context, std::function<void(const ProgrammeSaveOutcome &)> done);
    // Runs every due programme up to the last day of the data.
    void runDue(QObject *context, std::function<void(const ProgrammeRunResult &)> done);
    // What the definition would have done every day of the last `days` days of the data.
    void simulate(const QJsonObject &definition, int days, QObject *context,
                  std::function<void(const ProgrammeRunResult &)> done);
    // The same, for a live estimate as the design changes: the newest request wins.
    void estimate(const QJsonObject &definition, int days, QObject *context,
                  std::function<void(const ProgrammeRunResult &)> done);

Q_SIGNALS:
    void programmesChanged();

private:
    quint64 m_listGeneration = 0;
    quint64 m_detailGeneration = 0;
    quint64 m_estimateGeneration = 0;
};

} // namespace mwb::ui
