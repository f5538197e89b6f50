#include "CampaignService.h"

#include "jobs/AsyncTask.h"
#include "jobs/JobProgress.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include <QPointer>

#include <exception>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QString messageOf(const std::exception &e)
{
    return QString::fromUtf8(e.what());
}

// Delivers a worker's answer to `done` on the GUI thread when nothing overtook it.
template <typename Work, typename Done>
void ask(CampaignService *service, const quint64 *workspaceGeneration, quint64 *liveGeneration, QObject *context,
         Work &&work, Done &&done)
{
    runAsyncLatest(service, context, workspaceGeneration, liveGeneration, std::forward<Work>(work),
                   std::forward<Done>(done));
}

} // namespace

CampaignService::CampaignService(QObject *parent)
    : QObject(parent)
{
}

CampaignService::~CampaignService() = default;

void CampaignService::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    ++m_workspaceGeneration;
}

QString CampaignService::path() const
{
    return m_workspace ? m_workspace->path() : QString();
}

QString CampaignService::currency() const
{
    return m_workspace ? m_workspace->currency() : QString();
}

int CampaignService::minorUnitsPerMajor() const
{
    return mwb::minorUnitsPerMajor(currency());
}

QDate CampaignService::defaultSendDate() const
{
    if (!m_workspace)
        return QDate::currentDate();
    try {
        return CampaignStore::defaultSendDate(m_workspace->db());
    } catch (const std::exception &) {
        return QDate::currentDate();
    }
}

QList<Campaign> CampaignService::listCampaigns() const
{
    if (!m_workspace)
        return {};
    try {
        return CampaignStore::list(m_workspace->db());
    } catch (const std::exception &) {
        return {};
    }
}

std::optional<Campaign> CampaignService::findCampaign(qint64 id) const
{
    if (!m_workspace)
        return std::nullopt;
    try {
        return CampaignStore::find(m_workspace->db(), id);
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

void CampaignService::plan(const CampaignSpec &spec, QObject *context, std::function<void(const CampaignPlan &)> done)
{
    if (!m_workspace)
        return;
    ask(
        this, &m_workspaceGeneration, &m_planGeneration, context,
        [path = path(), spec]() -> CampaignPlan {
            try {
                auto db = Workspace::openConnection(path, Workspace::Access::ReadOnly);
                return CampaignStore::plan(*db, spec);
            } catch (const std::exception &e) {
                CampaignPlan failed;
                failed.error = messageOf(e);
                return failed;
            }
        },
        std::move(done));
}

void CampaignService::create(const CampaignSpec &spec, QObject *context,
                             std::function<void(const CampaignCreated &)> done)
{
    if (!m_workspace)
        return;
    ask(
        this, &m_workspaceGeneration, nullptr, context,
        [path = path(), spec]() -> CampaignCreated {
            try {
                auto db = Workspace::openConnection(path, Workspace::Access::ReadWrite);
                return CampaignStore::create(*db, spec);
            } catch (const std::exception &e) {
                CampaignCreated failed;
                failed.error = messageOf(e);
                return failed;
            }
        },
        [this, done = std::move(done)](const CampaignCreated &created) {
            done(created);
            if (created.ok())
                Q_EMIT campaignsChanged();
        });
}

void CampaignService::remove(qint64 id, QObject *context, std::function<void(const QString &)> done)
{
    if (!m_workspace)
        return;
    ask(
        this, &m_workspaceGeneration, nullptr, context,
        [path = path(), id]() -> QString {
            try {
                auto db = Workspace::openConnection(path, Workspace::Access::ReadWrite);
                return CampaignStore::remove(*db, id);
            } catch (const std::exception &e) {
                return messageOf(e);
            }
        },
        [this, done = std::move(done)](const QString &error) {
            done(error);
            if (error.isEmpty())
                Q_EMIT campaignsChanged();
        });
}

void CampaignService::exportList(const CampaignExportRequest &request, std::shared_ptr<JobProgress> progress,
                                 QObject *context, std::function<void(const CampaignExportResult &)> done)
{
    if (!m_workspace)
        return;
    ask(
        this, &m_workspaceGeneration, nullptr, context,
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
                failed.error = messageOf(e);
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
    if (!m_workspace)
        return;
    ask(
        this, &m_workspaceGeneration, &m_reportsGeneration, context,
        [path = path()]() -> CampaignReports {
            CampaignReports answer;
            try {
                auto db = Workspace::openConnection(path, Workspace::Access::ReadOnly);
                answer.reports = CampaignReport::all(*db);
            } catch (const std::exception &e) {
                answer.error = messageOf(e);
            }
            return answer;
        },
        std::move(done));
}

void CampaignService::report(qint64 id, QObject *context, std::function<void(const CampaignReportData &)> done)
{
    if (!m_workspace)
        return;
    ask(
        this, &m_workspaceGeneration, nullptr, context,
        [path = path(), id]() -> CampaignReportData {
            try {
                auto db = Workspace::openConnection(path, Workspace::Access::ReadOnly);
                return CampaignReport::compute(*db, id);
            } catch (const std::exception &e) {
                CampaignReportData failed;
                failed.error = messageOf(e);
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
