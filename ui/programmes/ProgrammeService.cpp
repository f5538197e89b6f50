#include "ProgrammeService.h"

#include "lifecycle/Lifecycle.h"
#include "store/Days.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include <exception>

using namespace Qt::StringLiterals;

namespace mwb::ui {

qint64 ProgrammesAnswer::daysDue() const
{
    qint64 days = 0;
    for (const SavedProgramme &p : programmes) {
        if (!p.lastRunDay)
            days += 1; // a new programme starts on the last day of the data
        else if (*p.lastRunDay < referenceDate)
            days += p.lastRunDay->daysTo(referenceDate);
    }
    return days;
}

ProgrammeService::ProgrammeService(QObject *parent)
    : WorkspaceService(parent)
{
}

void ProgrammeService::list(QObject *context, std::function<void(const ProgrammesAnswer &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_listGeneration, context,
        [path = path()]() -> ProgrammesAnswer {
            ProgrammesAnswer answer;
            try {
                auto db = Workspace::openConnection(path, Workspace::Access::ReadOnly);
                answer.programmes = ProgrammeStore::list(*db);
                answer.referenceDate = Lifecycle::referenceDate(*db);
            } catch (const std::exception &e) {
                answer.error = failure(path, e);
            }
            return answer;
        },
        std::move(done));
}

void ProgrammeService::detail(const QString &name, QObject *context,
                              std::function<void(const ProgrammeDetailAnswer &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_detailGeneration, context,
        [path = path(), name, currency = currency()]() -> ProgrammeDetailAnswer {
            ProgrammeDetailAnswer answer;
            answer.currency = currency;
            try {
                auto db = Workspace::openConnection(path, Workspace::Access::ReadOnly);
                answer.programme = ProgrammeStore::find(*db, name);
                answer.runs = ProgrammeStore::runs(*db, name);
                answer.report = ProgrammeReport::compute(*db, name);
            } catch (const std::exception &e) {
                answer.error = failure(path, e);
            }
            return answer;
        },
        std::move(done));
}

void ProgrammeService::save(const QJsonObject &definition, bool replace, QObject *context,
                            std::function<void(const ProgrammeSaveOutcome &)> done)
{
    askToChange(
        context, ProgrammeSaveOutcome{},
        [definition, replace](SQLite::Database &db) {
            ProgrammeSaveOutcome outcome;
            const int minorPerMajor =
                minorUnitsPerMajor(readSetting(db, WorkspaceSetting::Currency).value_or(u"CNY"_s));
            const ProgrammeParse parse = parseProgramme(definition, minorPerMajor);
            if (!parse.ok()) {
                outcome.error = parse.error;
                return outcome;
            }
            const ProgrammeSaved saved = ProgrammeStore::save(db, parse.definition, replace);
            outcome.id = saved.id;
            outcome.error = saved.error;
            return outcome;
        },
        [this](const ProgrammeSaveOutcome &outcome) {
            if (outcome.ok())
                Q_EMIT programmesChanged();
        },
        std::move(done));
}

void ProgrammeService::remove(const QString &name, QObject *context,
                              std::function<void(const ProgrammeSaveOutcome &)> done)
{
    askToChange(
        context, ProgrammeSaveOutcome{},
        [name](SQLite::Database &db) {
            ProgrammeSaveOutcome outcome;
            if (!ProgrammeStore::remove(db, name))
                outcome.error = tr("No programme named '%1'.").arg(name);
            return outcome;
        },
        [this](const ProgrammeSaveOutcome &outcome) {
            if (outcome.ok())
                Q_EMIT programmesChanged();
        },
        std::move(done));
}

void ProgrammeService::runDue(QObject *context, std::function<void(const ProgrammeRunResult &)> done)
{
    askToChange(
        context, ProgrammeRunResult{},
        [](SQLite::Database &db) { return ProgrammeRunner::run(db, ProgrammeRunOptions{}); },
        [this](const ProgrammeRunResult &) { Q_EMIT programmesChanged(); }, std::move(done));
}

void ProgrammeService::simulate(const QJsonObject &definition, int days, QObject *context,
                                std::function<void(const ProgrammeRunResult &)> done)
{
    askToChange(
        context, ProgrammeRunResult{},
        [definition, days](SQLite::Database &db) {
            const int minorPerMajor =
                minorUnitsPerMajor(readSetting(db, WorkspaceSetting::Currency).value_or(u"CNY"_s));
            const ProgrammeParse parse = parseProgramme(definition, minorPerMajor);
            if (!parse.ok()) {
                ProgrammeRunResult failed;
                failed.error = parse.error;
                return failed;
            }
            const QDate last = Lifecycle::referenceDate(db);
            return ProgrammeRunner::simulate(db, parse.definition, last.addDays(1 - days), last);
        },
        [](const ProgrammeRunResult &) {}, std::move(done));
}

void ProgrammeService::estimate(const QJsonObject &definition, int days, QObject *context,
                                std::function<void(const ProgrammeRunResult &)> done)
{
    if (!isOpen() || !refusal().isEmpty())
        return;
    askLatest(
        &m_estimateGeneration, context,
        [path = path(), definition, days]() -> ProgrammeRunResult {
            try {
                auto db = Workspace::openConnection(path, Workspace::Access::ReadWrite);
                const int minorPerMajor =
                    minorUnitsPerMajor(readSetting(*db, WorkspaceSetting::Currency).value_or(u"CNY"_s));
                const ProgrammeParse parse = parseProgramme(definition, minorPerMajor);
                if (!parse.ok()) {
                    ProgrammeRunResult failed;
                    failed.error = parse.error;
                    return failed;
                }
                const QDate last = Lifecycle::referenceDate(*db);
                return ProgrammeRunner::simulate(*db, parse.definition, last.addDays(1 - days), last);
            } catch (const std::exception &e) {
                ProgrammeRunResult failed;
                failed.error = failure(path, e);
                return failed;
            }
        },
        std::move(done));
}

} // namespace mwb::ui
