#include "AnalyticsService.h"

#include "jobs/AsyncTask.h"
#include "jobs/JobProgress.h"
#include "store/Workspace.h"

#include <QPointer>

#include <exception>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QString messageOf(const std::exception &e)
{
    return QString::fromUtf8(e.what());
}

std::unique_ptr<SQLite::Database> readConnection(const QString &path)
{
    return Workspace::openConnection(path, Workspace::Access::ReadOnly);
}

} // namespace

AnalyticsService::AnalyticsService(QObject *parent)
    : QObject(parent)
{
}

AnalyticsService::~AnalyticsService() = default;

void AnalyticsService::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    ++m_workspaceGeneration;
}

QString AnalyticsService::path() const
{
    return m_workspace ? m_workspace->path() : QString();
}

QString AnalyticsService::currency() const
{
    return m_workspace ? m_workspace->currency() : QString();
}

// Delivers a worker's answer to `done` on the GUI thread when nothing overtook it.
template <typename Work, typename Done>
void AnalyticsService::ask(quint64 *liveGeneration, QObject *context, Work &&work, Done &&done)
{
    runAsyncLatest(this, context, &m_workspaceGeneration, liveGeneration, std::forward<Work>(work),
                   std::forward<Done>(done));
}

void AnalyticsService::dashboard(const Period &current, const Period &previous, QObject *context,
                                 std::function<void(const KpiDashboardData &)> done)
{
    if (!m_workspace)
        return;
    ask(
        &m_dashboardGeneration, context,
        [path = path(), current, previous]() -> KpiDashboardData {
            try {
                auto db = readConnection(path);
                return KpiDashboard::compute(*db, current, previous);
            } catch (const std::exception &e) {
                KpiDashboardData failed;
                failed.current = current;
                failed.previous = previous;
                failed.error = messageOf(e);
                return failed;
            }
        },
        std::move(done));
}

void AnalyticsService::cohorts(CohortBasis basis, QObject *context, std::function<void(const CohortMatrix &)> done)
{
    if (!m_workspace)
        return;
    ask(
        &m_cohortGeneration, context,
        [path = path(), basis]() -> CohortMatrix {
            try {
                auto db = readConnection(path);
                return Cohorts::compute(*db, basis);
            } catch (const std::exception &e) {
                CohortMatrix failed;
                failed.basis = basis;
                failed.error = messageOf(e);
                return failed;
            }
        },
        std::move(done));
}

void AnalyticsService::historicalClv(double margin, QObject *context,
                                     std::function<void(const HistoricalClvAnswer &)> done)
{
    if (!m_workspace)
        return;
    ask(
        &m_historicalGeneration, context,
        [path = path(), margin]() -> HistoricalClvAnswer {
            HistoricalClvAnswer answer;
            try {
                auto db = readConnection(path);
                answer.clv = ClvModel::historical(*db, margin);
            } catch (const std::exception &e) {
                answer.error = messageOf(e);
            }
            return answer;
        },
        std::move(done));
}

void AnalyticsService::fitClv(const ClvFitRequest &request, QObject *context,
                              std::function<void(const ClvFitResult &)> done)
{
    if (!m_workspace)
        return;
    ask(
        &m_fitGeneration, context,
        [path = path(), request]() -> ClvFitResult {
            try {
                auto db = readConnection(path);
                return ClvModel::fit(*db, request);
            } catch (const std::exception &e) {
                ClvFitResult failed;
                failed.error = messageOf(e);
                return failed;
            }
        },
        std::move(done));
}

void AnalyticsService::storedClv(int limit, QObject *context, std::function<void(const StoredClvAnswer &)> done)
{
    if (!m_workspace)
        return;
    ask(
        &m_storedClvGeneration, context,
        [path = path(), limit]() -> StoredClvAnswer {
            StoredClvAnswer answer;
            try {
                auto db = readConnection(path);
                answer.model = ClvModel::lastPrediction(*db);
                if (answer.model) {
                    ClvPredictRequest request;
                    request.horizonMonths = answer.model->horizonMonths;
                    request.annualDiscountRate = answer.model->annualDiscountRate;
                    request.margin = answer.model->margin;
                    request.unit = answer.model->unit;
                    answer.customers = ClvModel::mostValuable(*db, limit, request);
                }
            } catch (const std::exception &e) {
                answer.error = messageOf(e);
            }
            return answer;
        },
        std::move(done));
}

void AnalyticsService::npsMonthly(QObject *context, std::function<void(const NpsMonthlyAnswer &)> done)
{
    if (!m_workspace)
        return;
    ask(
        &m_npsMonthlyGeneration, context,
        [path = path()]() -> NpsMonthlyAnswer {
            NpsMonthlyAnswer answer;
            try {
                auto db = readConnection(path);
                answer.months = NpsReport::monthly(*db);
            } catch (const std::exception &e) {
                answer.error = messageOf(e);
            }
            return answer;
        },
        std::move(done));
}

void AnalyticsService::npsForSegment(const SegmentNode &segment, QObject *context,
                                     std::function<void(const NpsSegmentAnswer &)> done)
{
    if (!m_workspace)
        return;
    ask(
        &m_npsSegmentGeneration, context,
        [path = path(), segment]() -> NpsSegmentAnswer {
            NpsSegmentAnswer answer;
            try {
                auto db = readConnection(path);
                answer.counts = NpsReport::forSegment(*db, segment, &answer.error);
            } catch (const std::exception &e) {
                answer.error = messageOf(e);
            }
            return answer;
        },
        std::move(done));
}

void AnalyticsService::predictClv(const ClvPredictRequest &request, std::shared_ptr<JobProgress> progress,
                                  QObject *context, std::function<void(const ClvPrediction &)> done)
{
    if (!m_workspace)
        return;
    const quint64 askedWorkspace = m_workspaceGeneration;
    QPointer<QObject> guard(context ? context : this);
    // Not dropped when the asking page is gone: the scores were written either way.
    runAsync(
        this,
        [path = path(), request, progress = std::move(progress)]() -> ClvPrediction {
            try {
                auto db = Workspace::openConnection(path, Workspace::Access::ReadWrite);
                const ClvModel::Progress report = [&progress](qint64 done, qint64 total) {
                    if (progress)
                        progress->report(done, total, done);
                };
                return ClvModel::predict(*db, request, report, progress ? progress->cancelFlag() : nullptr);
            } catch (const std::exception &e) {
                ClvPrediction failed;
                failed.error = messageOf(e);
                return failed;
            }
        },
        [this, askedWorkspace, guard, done = std::move(done)](const ClvPrediction &prediction) {
            if (askedWorkspace != m_workspaceGeneration)
                return;
            if (prediction.ok())
                Q_EMIT metricsChanged();
            if (guard)
                done(prediction);
        });
}

} // namespace mwb::ui
