// ModelAlgorithms: the two classifiers a propensity model can be, both from libraries:
// regularised logistic regression (LIBLINEAR, L2, primal trust-region Newton: the same
// weights on every run) on standardised features, and gradient boosted trees (XGBoost,
// hist method on two threads with a fixed seed). Each is trained on a FeatureMatrix, gives
// every row a probability, names what each feature weighs, and saves itself as the
// parameters kept in the models table.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace mwb {

struct FeatureMatrix;

enum class ModelAlgorithm {
    Logistic,     // "logistic"
    BoostedTrees, // "gbt"
};

QString modelAlgorithmName(ModelAlgorithm algorithm);
std::optional<ModelAlgorithm> modelAlgorithmFromName(const QString &name);

class Classifier
{
public:
    virtual ~Classifier() = default;
    // The probability of the label 1 for each of `rows` rows of `columns` features.
    virtual std::vector<double> predict(const float *values, std::size_t rows, int columns) const = 0;
    // Per feature: the weight of the standardised feature (logistic) or its share of the
    // trees' total gain (boosted trees).
    virtual QList<double> featureWeights() const = 0;
    // What the models table keeps: the weights and scaling as JSON, or XGBoost's model in
    // its binary JSON (UBJSON) form.
    virtual QByteArray parameters() const = 0;
};

struct TrainedClassifier
{
    std::unique_ptr<Classifier> classifier;
    QString error;
};

class ModelAlgorithms
{
public:
    // Rounds of boosting, depth of each tree, learning rate.
    static constexpr int kTreeRounds = 120;
    static constexpr int kTreeDepth = 5;
    static constexpr double kTreeLearningRate = 0.1;
    // LIBLINEAR's C (the inverse of the L2 penalty) and stopping tolerance.
    static constexpr double kLogisticC = 1.0;
    static constexpr double kLogisticTolerance = 0.01;

    static TrainedClassifier train(ModelAlgorithm algorithm, const FeatureMatrix &matrix);
    static TrainedClassifier load(ModelAlgorithm algorithm, const QByteArray &parameters, int columns);
};

} // namespace mwb
