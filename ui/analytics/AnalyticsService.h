// AnalyticsService: the analytics questions of the open workspace, owned by the
// WorkspaceSession: the KPI dashboard of a period, cohorts, historical and predicted
// customer lifetime value, and NPS. Each runs on a worker thread with its own connection
// (read-only, except scoring, which writes predicted_clv); the answer comes back on the
// GUI thread to a callback that runs only while its context object is alive. For each
// live question the newest request wins and overtaken answers are dropped.
#pragma once

#include "analytics/ClvModel.h"
#include "analytics/Cohorts.h"
#include "analytics/KpiDashboard.h"
#include "analytics/NpsReport.h"
#include "models/PropensityModel.h"
#include "segments/SegmentDefinition.h"

#include "WorkspaceService.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace mwb {
class JobProgress;
class Workspace;
} // namespace mwb

namespace mwb::ui {

struct HistoricalClvAnswer
{
    HistoricalClv clv;
    QString error;
};

// The last fit kept with the workspace, the model behind the stored predicted CLV and
// the customers it values most (none before the first fit / scoring).
struct StoredClvAnswer
{
    std::optional<ClvFitResult> fit; // the last fit kept with the workspace
    std::optional<ClvModelInfo> model;
    QList<ValuedCustomer> customers;
    QString error;
};

struct NpsMonthlyAnswer
{
    QList<NpsMonth> months;
    QString error;
};

struct NpsSegmentAnswer
{
    NpsCounts counts;
    QString error;
};

// A target's stored propensity model; none before the first training.
struct StoredModelAnswer
{
    std::optional<ModelReport> model;
    QString error;
};

class AnalyticsService : public WorkspaceService
{
    Q_OBJECT

public:
    explicit AnalyticsService(QObject *parent = nullptr);
    ~AnalyticsService() override;

    // Live questions: the newest request of each kind wins.
    void dashboard(const Period &current, const Period &previous, QObject *context,
                   std::function<void(const KpiDashboardData &)> done);
    void cohorts(CohortBasis basis, QObject *context, std::function<void(const CohortMatrix &)> done);
    void historicalClv(double margin, QObject *context, std::function<void(const HistoricalClvAnswer &)> done);
    void fitClv(const ClvFitRequest &request, QObject *context, std::function<void(const ClvFitResult &)> done);
    void npsMonthly(QObject *context, std::function<void(const NpsMonthlyAnswer &)> done);
    void npsForSegment(const SegmentNode &segment, QObject *context,
                       std::function<void(const NpsSegmentAnswer &)> done);

    // The stored scoring: its model and the `limit` customers with the highest predicted
    // CLV, valued with the horizon, discount and margin they were scored with.
    void storedClv(int limit, QObject *context, std::function<void(const StoredClvAnswer &)> done);

    // Scores every customer and stores predicted_clv; metricsChanged() follows success.
    // `progress` (may be null) hears customers scored of all and carries the cancel; the
    // worker shares it, so it outlives the worker whoever else lets it go.
    void predictClv(const ClvPredictRequest &request, std::shared_ptr<JobProgress> progress, QObject *context,
                    std::function<void(const ClvPrediction &)> done);

    // Propensity models (models/PropensityModel.h). Training stores the model (and clears the
    // target's scores), scoring stores every customer's score: both changes, announced by
    // metricsChanged() on success. `progress` as for predictClv.
    void storedModel(ModelTarget target, QObject *context, std::function<void(const StoredModelAnswer &)> done);
    void trainModel(const ModelTrainRequest &request, std::shared_ptr<JobProgress> progress, QObject *context,
                    std::function<void(const ModelReport &)> done);
    void scoreModel(ModelTarget target, std::shared_ptr<JobProgress> progress, QObject *context,
                    std::function<void(const ModelScoring &)> done);

Q_SIGNALS:
    // Stored customer metrics changed (predicted CLV, propensity scores): segments over them
    // count anew.
    void metricsChanged();

private:
    quint64 m_dashboardGeneration = 0;
    quint64 m_cohortGeneration = 0;
    quint64 m_historicalGeneration = 0;
    quint64 m_fitGeneration = 0;
    quint64 m_storedClvGeneration = 0;
    quint64 m_npsMonthlyGeneration = 0;
    quint64 m_npsSegmentGeneration = 0;
    quint64 m_storedModelGeneration = 0;
};

} // namespace mwb::ui
