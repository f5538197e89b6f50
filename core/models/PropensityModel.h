// PropensityModel: churn and purchase propensity models (docs/MODELS.md), trained on the
// workspace's own history and judged on a later stretch of it.
//
// train(): with a horizon H and a cut-off C (default: the last day of the data − H), the
// features as of C − H and the orders in (C − H, C] train the model; the features as of C
// and the orders in (C, C + H] evaluate it, when the data reaches C + H. The threshold is
// the one with the best F1 on the training rows unless one is given. The model (its
// definition as JSON and its parameters) replaces the target's stored one, and the target's
// stored scores are cleared, in one transaction.
//
// score(): the stored model, as trained, applied to the features as of the last day of the
// data; every customer of the target's population gets a score from 0 to 1
// (customer_metrics.churn_score or purchase_score, the segment fields of those names),
// everyone else none, in one transaction.
//
// Both read the workspace in one pass (ModelFeatures), report progress and stop on cancel
// with nothing stored.
#pragma once

#include "ModelAlgorithms.h"
#include "ModelFeatures.h"
#include "ModelLabels.h"
#include "ModelMetrics.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace SQLite {
class Database;
}

namespace mwb {

struct ModelTrainRequest
{
    ModelTarget target = ModelTarget::Churn;
    ModelAlgorithm algorithm = ModelAlgorithm::Logistic;
    int horizonDays = 90;            // 7 … 730
    QDate cutoff;                    // invalid: the last day of the data − horizon
    std::optional<double> threshold; // none: the best F1 on the training rows
    // At most this many customers of a population are read (a workspace with more trains and
    // evaluates on a sample, ModelFeatures::sampleHash).
    static constexpr qint64 kDefaultMaxRows = 250000;
    qint64 maxRows = kDefaultMaxRows;
};

struct ModelFeatureWeight
{
    QString name;
    double value = 0; // the standardised weight (logistic) or the share of gain (gbt)
};

// How the model did on one set of customers.
struct ModelEvaluation
{
    qint64 customers = 0;
    qint64 positives = 0;
    double auc = 0;
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    double baseRate = 0;
    double liftTopDecile = 0;
    std::array<DecileRow, 10> deciles{}; // gain and calibration

    static ModelEvaluation of(std::span<const double> scores, std::span<const std::uint8_t> labels, double threshold);
    QJsonObject toJson() const;
    static ModelEvaluation fromJson(const QJsonObject &object);
};

struct ModelReport
{
    ModelTarget target = ModelTarget::Churn;
    ModelAlgorithm algorithm = ModelAlgorithm::Logistic;
    int horizonDays = 90;
    QDate cutoff;     // features of the evaluation as of this day
    QDate trainAsOf;  // cutoff − horizon: features of the training
    QDate dataEnd;    // the last day with a transaction or a touchpoint
    FeatureSpec spec; // the columns
    QList<ModelFeatureWeight> features;
    double threshold = 0.5;
    bool thresholdGiven = false;
    double sampleShare = 1.0;   // of each population, trained and evaluated on
    qint64 populationTrain = 0; // before sampling
    qint64 populationTest = 0;
    ModelEvaluation train;               // on the training rows (customers_train)
    std::optional<ModelEvaluation> test; // none when the data ends before cutoff + horizon
    QString testNote;                    // why there is no evaluation
    QDateTime trainedAt;                 // UTC
    std::optional<QDateTime> scoredAt;
    qint64 customersScored = 0;
    double seconds = 0;

    // The evaluation rows (not stored): customer id, score, label.
    std::vector<qint64> testIds;
    std::vector<double> testScores;
    std::vector<std::uint8_t> testLabels;

    QString error;
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }

    // "weight" (logistic) or "importance" (gbt): what features[].value is.
    QString weightKind() const;
    // The definition kept in the models table (and what `mwb model … --json` prints).
    QJsonObject toJson() const;
    static ModelReport fromJson(const QJsonObject &object);
};

struct ModelScoring
{
    ModelTarget target = ModelTarget::Churn;
    QDate asOf;
    qint64 customersScored = 0;
    qint64 atOrAboveThreshold = 0;
    double meanScore = 0;
    double threshold = 0.5;
    double seconds = 0;
    QString error;
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

class PropensityModel
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // At most this many customers of a population are read into a model (a workspace with
    // more trains and evaluates on a sample, ModelFeatures::sampleHash).
    static constexpr qint64 kMaxRows = ModelTrainRequest::kDefaultMaxRows;
    // Fewer positives or negatives than this in the training rows: no model.
    static constexpr qint64 kMinClassRows = 20;

    static ModelReport train(SQLite::Database &db, const ModelTrainRequest &request, const Progress &progress = {},
                             const std::atomic_bool *cancel = nullptr);
    static ModelScoring score(SQLite::Database &db, ModelTarget target, const Progress &progress = {},
                              const std::atomic_bool *cancel = nullptr);
    // The stored model of the target; none before the first training.
    static std::optional<ModelReport> load(SQLite::Database &db, ModelTarget target);
    // Writes the evaluation rows as "id,score,label" (AtomicFile); an error message, or empty.
    static QString writeEvaluation(const ModelReport &report, const QString &path);
};

} // namespace mwb
