#include "AnalyticsService.h"

#include "analytics/ClvFitRecord.h"

#include "jobs/AsyncTask.h"
#include "jobs/JobProgress.h"
#include "store/Workspace.h"

#include <QPointer>

#include <exception>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

std::unique_ptr<SQLite::Database> readConnection(const QString &path)
{
    return Workspace::openConnection(path, Workspace::Access::ReadOnly);
}

} // namespace

AnalyticsService::AnalyticsService(QObject *parent)
    : WorkspaceService(parent)
{
}

AnalyticsService::~AnalyticsService() = default;

void AnalyticsService::dashboard(const Period &current, const Period &previous, QObject *context,
                                 std::function<void(const KpiDashboardData &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_dashboardGeneration, context,
        [path = path(), current, previous]() -> KpiDashboardData {
            try {
                auto db = readConnection(path);
                return KpiDashboard::compute(*db, current, previous);
            } catch (const std::exception &e) {
                KpiDashboardData failed;
                failed.current = current;
                failed.previous = previous;
                failed.error = failure(path, e);
                return failed;
            }
        },
        std::move(done));
}

void AnalyticsService::cohorts(CohortBasis basis, QObject *context, std::function<void(const CohortMatrix &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_cohortGeneration, context,
        [path = path(), basis]() -> CohortMatrix {
            try {
                auto db = readConnection(path);
                return Cohorts::compute(*db, basis);
            } catch (const std::exception &e) {
                CohortMatrix failed;
                failed.basis = basis;
                failed.error = failure(path, e);
                return failed;
            }
        },
        std::move(done));
}

void AnalyticsService::historicalClv(double margin, QObject *context,
                                     std::function<void(const HistoricalClvAnswer &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_historicalGeneration, context,
        [path = path(), margin]() -> HistoricalClvAnswer {
            HistoricalClvAnswer answer;
            try {
                auto db = readConnection(path);
                answer.clv = ClvModel::historical(*db, margin);
            } catch (const std::exception &e) {
                answer.error = failure(path, e);
            }
            return answer;
        },
        std::move(done));
}

void AnalyticsService::fitClv(const ClvFitRequest &request, QObject *context,
                              std::function<void(const ClvFitResult &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_fitGeneration, context,
        [path = path(), request]() -> ClvFitResult {
            try {
                ClvFitResult fit;
                {
                    auto db = readConnection(path);
                    fit = ClvModel::fit(*db, request);
                }
                // Kept with the workspace, to be shown again after a restart; a workspace
                // that cannot be changed, or is busy, keeps its previous fit.
                if (fit.ok() && Workspace::writeProblem(path).isEmpty()) {
                    try {
                        auto db = Workspace::openConnection(path, Workspace::Access::ReadWrite);
                        ClvFitRecord::keep(*db, fit);
                    } catch (const std::exception &) {
                    }
                }
                return fit;
            } catch (const std::exception &e) {
                ClvFitResult failed;
                failed.error = failure(path, e);
                return failed;
            }
        },
        std::move(done));
}

void AnalyticsService::storedClv(int limit, QObject *context, std::function<void(const StoredClvAnswer &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_storedClvGeneration, context,
        [path = path(), limit]() -> StoredClvAnswer {
            StoredClvAnswer answer;
            try {
                auto db = readConnection(path);
                answer.fit = ClvFitRecord::kept(*db);
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
                answer.error = failure(path, e);
            }
            return answer;
        },
        std::move(done));
}

void AnalyticsService::npsMonthly(QObject *context, std::function<void(const NpsMonthlyAnswer &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_npsMonthlyGeneration, context,
        [path = path()]() -> NpsMonthlyAnswer {
            NpsMonthlyAnswer answer;
            try {
                auto db = readConnection(path);
                answer.months = NpsReport::monthly(*db);
            } catch (const std::exception &e) {
                answer.error = failure(path, e);
            }
            return answer;
        },
        std::move(done));
}

void AnalyticsService::npsForSegment(const SegmentNode &segment, QObject *context,
                                     std::function<void(const NpsSegmentAnswer &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_npsSegmentGeneration, context,
        [path = path(), segment]() -> NpsSegmentAnswer {
            NpsSegmentAnswer answer;
            try {
                auto db = readConnection(path);
                answer.counts = NpsReport::forSegment(*db, segment, &answer.error);
            } catch (const std::exception &e) {
                answer.error = failure(path, e);
            }
            return answer;
        },
        std::move(done));
}

void AnalyticsService::predictClv(const ClvPredictRequest &request, std::shared_ptr<JobProgress> progress,
                                  QObject *context, std::function<void(const ClvPrediction &)> done)
{
    if (!isOpen())
        return;
    // Announced even when the asking page is gone: the scores were written either way. The
    // worker holds the progress (and so its cancel flag) until it ends.
    askToChange(
        context, ClvPrediction{},
        [request, progress = std::move(progress)](SQLite::Database &db) {
            const ClvModel::Progress report = [&progress](qint64 done, qint64 total) {
                if (progress)
                    progress->report(done, total, done);
            };
            return ClvModel::predict(db, request, report, progress ? progress->cancelFlag() : nullptr);
        },
        [this](const ClvPrediction &prediction) {
            if (prediction.ok())
                Q_EMIT metricsChanged();
        },
        std::move(done));
}

void AnalyticsService::storedModel(ModelTarget target, QObject *context,
                                   std::function<void(const StoredModelAnswer &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_storedModelGeneration, context,
        [path = path(), target]() -> StoredModelAnswer {
            StoredModelAnswer answer;
            try {
                auto db = readConnection(path);
                answer.model = PropensityModel::load(*db, target);
            } catch (const std::exception &e) {
                answer.error = failure(path, e);
            }
            return answer;
        },
        std::move(done));
}

void AnalyticsService::trainModel(const ModelTrainRequest &request, std::shared_ptr<JobProgress> progress,
                                  QObject *context, std::function<void(const ModelReport &)> done)
{
    if (!isOpen())
        return;
    askToChange(
        context, ModelReport{},
        [request, progress = std::move(progress)](SQLite::Database &db) {
            const PropensityModel::Progress report = [&progress](qint64 done, qint64 total) {
                if (progress)
                    progress->report(done, total, done);
            };
            return PropensityModel::train(db, request, report, progress ? progress->cancelFlag() : nullptr);
        },
        [this](const ModelReport &report) {
            if (report.ok())
                Q_EMIT metricsChanged(); // the target's old scores are gone
        },
        std::move(done));
}

void AnalyticsService::scoreModel(ModelTarget target, std::shared_ptr<JobProgress> progress, QObject *context,
                                  std::function<void(const ModelScoring &)> done)
{
    if (!isOpen())
        return;
    askToChange(
        context, ModelScoring{},
        [target, progress = std::move(progress)](SQLite::Database &db) {
            const PropensityModel::Progress report = [&progress](qint64 done, qint64 total) {
                if (progress)
                    progress->report(done, total, done);
            };
            return PropensityModel::score(db, target, report, progress ? progress->cancelFlag() : nullptr);
        },
        [this](const ModelScoring &scoring) {
            if (scoring.ok())
                Q_EMIT metricsChanged();
        },
        std::move(done));
}

} // namespace mwb::ui
