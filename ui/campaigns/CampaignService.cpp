#include "CampaignService.h"

#include "jobs/AsyncTask.h"
#include "jobs/JobProgress.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include <QPointer>

#include <exception>

using namespace Qt::StringLiterals;

namespace mwb::ui {

CampaignService::CampaignService(QObject *parent)
    : WorkspaceService(parent)
{
}

CampaignService::~CampaignService() = default;

int CampaignService::minorUnitsPerMajor() const
{
    return mwb::minorUnitsPerMajor(currency());
}

QDate CampaignService::defaultSendDate() const
{
    if (!isOpen())
        return QDate::currentDate();
    try {
        return CampaignStore::defaultSendDate(workspace()->db());
    } catch (const std::exception &) {
        return QDate::currentDate();
    }
}

QList<Campaign> CampaignService::listCampaigns() const
{
    if (!isOpen())
        return {};
    try {
        return CampaignStore::list(workspace()->db());
    } catch (const std::exception &) {
        return {};
    }
}

std::optional<Campaign> CampaignService::findCampaign(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    try {
        return CampaignStore::find(workspace()->db(), id);
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

void CampaignService::plan(const CampaignSpec &spec, QObject *context, std::function<void(const CampaignPlan &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_planGeneration, context,
        [path = path(), spec]() -> CampaignPlan {
            try {
                auto db = Workspace::openConnection(path, Workspace::Access::ReadOnly);
                return CampaignStore::plan(*db, spec);
            } catch (const std::exception &e) {
                CampaignPlan failed;
                failed.error = failure(path, e);
                return failed;
            }
        },
        std::move(done));
}

void CampaignService::create(const CampaignSpec &spec, QObject *context,
                             std::function<void(const CampaignCreated &)> done)
{
    if (!isOpen())
        return;
    askToChange(
        context, CampaignCreated{}, [spec](SQLite::Database &db) { return CampaignStore::create(db, spec); },
        [this](const CampaignCreated &created) {
            if (created.ok())
                Q_EMIT campaignsChanged();
        },
        std::move(done));
}

void CampaignService::remove(qint64 id, QObject *context, std::function<void(const QString &)> done)
{
    if (!isOpen())
        return;
    askToChange(
        context, QString(), [id](SQLite::Database &db) { return CampaignStore::remove(db, id); },
        [this](const QString &error) {
            if (error.isEmpty())
                Q_EMIT campaignsChanged();
        },
        std::move(done));
}

void CampaignService::exportList(const CampaignExportRequest &request, std::shared_ptr<JobProgress> progress,
                                 QObject *context, std::function<void(const CampaignExportResult &)> done)
{
    if (!isOpen())
        return;
    // A list that logs its contacts writes to the workspace; a preview file does not.
    if (const QString refused = refusal(); !refused.isEmpty() && request.logContacts) {
        CampaignExportResult failed;
        failed.error = refused;
        done(failed);
        return;
    }
    ask(
        context,
        // The worker holds the progress (and so its cancel flag) until it ends: the dialog
        // that asked may be destroyed first, with its window.
        [path = path(), request, progress = std::move(progress)]() -> CampaignExportResult {
            try {
                const CampaignExport::Progress report = [&progress](qint64 done, qint64 total) {
                    if (progress)
                        progress->report(done, total, done);
                };
                return CampaignExport::runInWorkspace(path, request, report,
                                                      progress ? progress->cancelFlag() : nullptr);
            } catch (const std::exception &e) {
                CampaignExportResult failed;
                failed.error = failure(path, e);
                return failed;
            }
        },
        [this, done = std::move(done)](const CampaignExportResult &result) {
            done(result);
            if (result.ok()) {
                Q_EMIT campaignsChanged();
                if (result.contactsLogged > 0)
                    Q_EMIT customerDataChanged();
            }
        });
}

void CampaignService::reports(QObject *context, std::function<void(const CampaignReports &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_reportsGeneration, context,
        [path = path()]() -> CampaignReports {
            CampaignReports answer;
            try {
                auto db = Workspace::openConnection(path, Workspace::Access::ReadOnly);
                answer.reports = CampaignReport::all(*db);
            } catch (const std::exception &e) {
                answer.error = failure(path, e);
            }
            return answer;
        },
        std::move(done));
}

void CampaignService::report(qint64 id, QObject *context, std::function<void(const CampaignReportData &)> done)
{
    if (!isOpen())
        return;
    ask(
        context,
        [path = path(), id]() -> CampaignReportData {
            try {
                auto db = Workspace::openConnection(path, Workspace::Access::ReadOnly);
                return CampaignReport::compute(*db, id);
            } catch (const std::exception &e) {
                CampaignReportData failed;
                failed.error = failure(path, e);
                return failed;
            }
        },
        std::move(done));
}

void CampaignService::notifyResultsChanged()
{
    Q_EMIT campaignsChanged();
}

} // namespace mwb::ui
