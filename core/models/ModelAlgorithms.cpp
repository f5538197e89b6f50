#include "ModelAlgorithms.h"

#include "ModelFeatures.h"

#include <linear.h>
#include <xgboost/c_api.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <mutex>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// The logistic model reads each feature as sign(x)·log(1 + |x|) (counts and amounts have long
// tails), standardised to mean 0 and standard deviation 1 over the training rows.
double shrink(double x)
{
    return std::copysign(std::log1p(std::fabs(x)), x);
}

void quiet(const char *)
{
}

class Logistic : public Classifier
{
public:
    std::vector<double> mean, scale; // per feature, of the shrunk values
    std::vector<double> weights;     // per feature, then the bias
    std::vector<int> labels{1, -1};

    std::vector<double> predict(const float *values, std::size_t rows, int columns) const override
    {
        // LIBLINEAR's own prediction on a model rebuilt around the stored weights.
        model m{};
        m.param.solver_type = L2R_LR;
        m.nr_class = 2;
        m.nr_feature = columns;
        m.w = const_cast<double *>(weights.data());
        m.label = const_cast<int *>(labels.data());
        m.bias = 1;
        std::vector<feature_node> x(static_cast<std::size_t>(columns) + 2);
        std::vector<double> out(rows);
        double probabilities[2];
        for (std::size_t i = 0; i < rows; ++i) {
            fill(values + i * static_cast<std::size_t>(columns), columns, x.data());
            predict_probability(&m, x.data(), probabilities);
            out[i] = probabilities[0]; // labels[0] is 1
        }
        return out;
    }

    QList<double> featureWeights() const override { return QList<double>(weights.begin(), weights.end() - 1); }

    QByteArray parameters() const override
    {
        auto array = [](const std::vector<double> &v) {
            QJsonArray a;
            for (const double x : v)
                a.append(x);
            return a;
        };
        return QJsonDocument(QJsonObject{{u"format"_s, u"liblinear-l2r-lr"_s},
                                         {u"transform"_s, u"sign(x)*log(1+|x|), standardised"_s},
                                         {u"mean"_s, array(mean)},
                                         {u"scale"_s, array(scale)},
                                         {u"weights"_s, array(std::vector<double>(weights.begin(), weights.end() - 1))},
                                         {u"bias"_s, weights.back()}})
            .toJson(QJsonDocument::Compact);
    }

    double standardised(const float *row, int j) const
    {
        return (shrink(row[j]) - mean[std::size_t(j)]) / scale[std::size_t(j)];
    }
    // The nodes fill() writes for a row: its features other than 0, the bias, the end mark.
    std::size_t nodes(const float *row, int columns) const
    {
        std::size_t n = 2;
        for (int j = 0; j < columns; ++j)
            n += standardised(row, j) != 0 ? 1 : 0;
        return n;
    }
    // A row as LIBLINEAR's sparse nodes (indexes from 1), the bias last, then the end mark.
    void fill(const float *row, int columns, feature_node *x) const
    {
        int k = 0;
        for (int j = 0; j < columns; ++j) {
            const double z = standardised(row, j);
            if (z != 0)
                x[k++] = {j + 1, z};
        }
        x[k++] = {columns + 1, 1.0};
        x[k] = {-1, 0};
    }
};

TrainedClassifier trainLogistic(const FeatureMatrix &m)
{
    auto c = std::make_unique<Logistic>();
    const int columns = m.columns;
    const std::size_t n = m.rows();
    c->mean.assign(std::size_t(columns), 0.0);
    c->scale.assign(std::size_t(columns), 0.0);
    for (std::size_t i = 0; i < n; ++i)
        for (int j = 0; j < columns; ++j)
            c->mean[std::size_t(j)] += shrink(m.row(i)[j]);
    for (double &v : c->mean)
        v /= double(n);
    for (std::size_t i = 0; i < n; ++i)
        for (int j = 0; j < columns; ++j) {
            const double d = shrink(m.row(i)[j]) - c->mean[std::size_t(j)];
            c->scale[std::size_t(j)] += d * d;
        }
    for (double &v : c->scale) {
        v = std::sqrt(v / double(n));
        if (!(v > 1e-12))
            v = 1; // a constant feature stays 0
    }
    // All rows' nodes in one block, counted first so it holds only the nodes fill() writes
    // (a feature at its mean, as every value of a constant column is, has none).
    std::vector<std::size_t> starts(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        starts[i + 1] = starts[i] + c->nodes(m.row(i), columns);
    std::vector<feature_node> nodes(starts[n]);
    std::vector<feature_node *> rows(n);
    std::vector<double> y(n);
    for (std::size_t i = 0; i < n; ++i) {
        rows[i] = nodes.data() + starts[i];
        c->fill(m.row(i), columns, rows[i]);
        y[i] = m.labels[i] ? 1 : -1;
    }
    problem prob{};
    prob.l = static_cast<int>(n);
    prob.n = columns + 1;
    prob.y = y.data();
    prob.x = rows.data();
    prob.bias = 1;
    parameter param{};
    param.solver_type = L2R_LR;
    param.C = ModelAlgorithms::kLogisticC;
    param.eps = ModelAlgorithms::kLogisticTolerance;
#if LIBLINEAR_VERSION >= 240
    param.regularize_bias = 1;
#endif
    TrainedClassifier out;
    if (const char *problemText = check_parameter(&prob, &param)) {
        out.error = u"LIBLINEAR: %1"_s.arg(QString::fromUtf8(problemText));
        return out;
    }
    static std::once_flag silenced;
    std::call_once(silenced, [] { set_print_string_function(quiet); });
    model *trained = train(&prob, &param);
    // Weights for the label 1: LIBLINEAR keeps them for the label it met first.
    const double sign = trained->label[0] == 1 ? 1.0 : -1.0;
    c->weights.resize(std::size_t(columns) + 1);
    for (int j = 0; j <= columns; ++j)
        c->weights[std::size_t(j)] = sign * trained->w[j];
    free_and_destroy_model(&trained);
    out.classifier = std::move(c);
    return out;
}

// XGBoost ---------------------------------------------------------------------------------

QString xgbError(const char *what)
{
    return u"XGBoost: %1: %2"_s.arg(QLatin1StringView(what), QString::fromUtf8(XGBGetLastError()));
}

class Trees : public Classifier
{
public:
    BoosterHandle booster = nullptr;
    QList<double> weights;
    ~Trees() override
    {
        if (booster)
            XGBoosterFree(booster);
    }

    std::vector<double> predict(const float *values, std::size_t rows, int columns) const override
    {
        std::vector<double> out(rows);
        // In blocks, so a million customers never need a second copy of their features.
        constexpr std::size_t kBlock = 65536;
        for (std::size_t from = 0; from < rows; from += kBlock) {
            const std::size_t count = std::min(kBlock, rows - from);
            DMatrixHandle matrix = nullptr;
            if (XGDMatrixCreateFromMat(values + from * std::size_t(columns), bst_ulong(count), bst_ulong(columns),
                                       std::numeric_limits<float>::quiet_NaN(), &matrix)
                != 0)
                throw std::runtime_error(xgbError("matrix").toStdString());
            bst_ulong length = 0;
            const float *result = nullptr;
            const int failed = XGBoosterPredict(booster, matrix, 0, 0, 0, &length, &result);
            if (failed == 0)
                for (bst_ulong i = 0; i < length && i < count; ++i)
                    out[from + i] = result[i];
            XGDMatrixFree(matrix);
            if (failed != 0)
                throw std::runtime_error(xgbError("predict").toStdString());
        }
        return out;
    }

    QList<double> featureWeights() const override { return weights; }

    QByteArray parameters() const override
    {
        bst_ulong length = 0;
        const char *buffer = nullptr;
        if (XGBoosterSaveModelToBuffer(booster, R"({"format": "ubj"})", &length, &buffer) != 0)
            return {};
        return QByteArray(buffer, qsizetype(length));
    }

    // Each feature's share of the total gain over every split.
    void readWeights(int columns)
    {
        weights = QList<double>(columns, 0.0);
        bst_ulong count = 0, shapeLength = 0;
        const char **names = nullptr;
        const bst_ulong *shape = nullptr;
        const float *scores = nullptr;
        if (XGBoosterFeatureScore(booster, R"({"importance_type": "total_gain"})", &count, &names, &shapeLength, &shape,
                                  &scores)
            != 0)
            return;
        double total = 0;
        for (bst_ulong i = 0; i < count; ++i) {
            const QString name = QString::fromUtf8(names[i]); // "f12"
            const int j = name.mid(1).toInt();
            if (j >= 0 && j < columns) {
                weights[j] = scores[i];
                total += scores[i];
            }
        }
        if (total > 0)
            for (double &w : weights)
                w /= total;
    }
};

bool setParameters(BoosterHandle booster)
{
    const std::pair<const char *, QByteArray> params[] = {
        {"objective", "binary:logistic"},
        {"tree_method", "hist"},
        {"nthread", "2"},
        {"seed", "0"},
        {"max_depth", QByteArray::number(ModelAlgorithms::kTreeDepth)},
        {"eta", QByteArray::number(ModelAlgorithms::kTreeLearningRate)},
        {"min_child_weight", "5"},
        {"eval_metric", "auc"},
        {"verbosity", "0"},
    };
    for (const auto &[name, value] : params) {
        if (XGBoosterSetParam(booster, name, value.constData()) != 0)
            return false;
    }
    return true;
}

TrainedClassifier trainTrees(const FeatureMatrix &m)
{
    TrainedClassifier out;
    auto c = std::make_unique<Trees>();
    DMatrixHandle matrix = nullptr;
    if (XGDMatrixCreateFromMat(m.values.data(), bst_ulong(m.rows()), bst_ulong(m.columns),
                               std::numeric_limits<float>::quiet_NaN(), &matrix)
        != 0) {
        out.error = xgbError("matrix");
        return out;
    }
    std::vector<float> labels(m.labels.begin(), m.labels.end());
    bool ok = XGDMatrixSetFloatInfo(matrix, "label", labels.data(), bst_ulong(labels.size())) == 0
        && XGBoosterCreate(&matrix, 1, &c->booster) == 0 && setParameters(c->booster);
    for (int round = 0; ok && round < ModelAlgorithms::kTreeRounds; ++round)
        ok = XGBoosterUpdateOneIter(c->booster, round, matrix) == 0;
    if (!ok)
        out.error = xgbError("training");
    XGDMatrixFree(matrix);
    if (!ok)
        return out;
    c->readWeights(m.columns);
    out.classifier = std::move(c);
    return out;
}

} // namespace

QString modelAlgorithmName(ModelAlgorithm algorithm)
{
    return algorithm == ModelAlgorithm::Logistic ? u"logistic"_s : u"gbt"_s;
}

std::optional<ModelAlgorithm> modelAlgorithmFromName(const QString &name)
{
    if (name == u"logistic"_s)
        return ModelAlgorithm::Logistic;
    if (name == u"gbt"_s)
        return ModelAlgorithm::BoostedTrees;
    return std::nullopt;
}

TrainedClassifier ModelAlgorithms::train(ModelAlgorithm algorithm, const FeatureMatrix &matrix)
{
    return algorithm == ModelAlgorithm::Logistic ? trainLogistic(matrix) : trainTrees(matrix);
}

TrainedClassifier ModelAlgorithms::load(ModelAlgorithm algorithm, const QByteArray &parameters, int columns)
{
    TrainedClassifier out;
    if (algorithm == ModelAlgorithm::Logistic) {
        const QJsonObject o = QJsonDocument::fromJson(parameters).object();
        auto c = std::make_unique<Logistic>();
        auto read = [&](const char *key) {
            std::vector<double> v;
            for (const QJsonValue x : o.value(QLatin1StringView(key)).toArray())
                v.push_back(x.toDouble());
            return v;
        };
        c->mean = read("mean");
        c->scale = read("scale");
        c->weights = read("weights");
        c->weights.push_back(o.value(u"bias"_s).toDouble());
        const auto expected = std::size_t(columns);
        if (c->mean.size() != expected || c->scale.size() != expected || c->weights.size() != expected + 1) {
            out.error = u"The stored logistic model does not match its %1 features."_s.arg(columns);
            return out;
        }
        out.classifier = std::move(c);
        return out;
    }
    auto c = std::make_unique<Trees>();
    if (XGBoosterCreate(nullptr, 0, &c->booster) != 0
        || XGBoosterLoadModelFromBuffer(c->booster, parameters.constData(), bst_ulong(parameters.size())) != 0
        || XGBoosterSetParam(c->booster, "nthread", "2") != 0) {
        out.error = xgbError("loading the stored model");
        return out;
    }
    c->readWeights(columns);
    out.classifier = std::move(c);
    return out;
}

} // namespace mwb
