#include "PropensityModel.h"

#include "export/AtomicFile.h"
#include "lifecycle/Lifecycle.h"
#include "membership/MemberTiers.h"
#include "store/CustomerIds.h"
#include "store/Days.h"
#include "store/WorkspaceActivity.h"
#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <exception>
#include <string>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::PropensityModel" once the GUI has
// installed a translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::PropensityModel)
};

constexpr int kMinHorizon = 7;
constexpr int kMaxHorizon = 730;
constexpr qint64 kProgressTotal = 1000; // per mille: the pass over the workspace, then the fit

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Reports the share of a stretch of the progress.
ModelFeatures::Progress within(const PropensityModel::Progress &progress, qint64 from, qint64 to)
{
    if (!progress)
        return {};
    return [progress, from, to](qint64 done, qint64 total) {
        progress(from + (total > 0 ? (to - from) * done / total : 0), kProgressTotal);
    };
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

// Announces a long hold of the write lock beside a workspace file (not one in memory).
void announce(std::optional<WorkspaceActivity> &activity, SQLite::Database &db, const QString &what)
{
    const std::string file = db.getFilename();
    if (!file.empty())
        activity.emplace(QString::fromStdString(file), what);
}

// The progress reported, also to the announcement.
PropensityModel::Progress alsoTo(const PropensityModel::Progress &progress, std::optional<WorkspaceActivity> &activity)
{
    return [&progress, &activity](qint64 done, qint64 total) {
        if (activity && total > 0)
            activity->setProgress(double(done) / double(total));
        if (progress)
            progress(done, total);
    };
}

// An import between bringing the tiers up to date and taking the writer's transaction would
// leave them behind the orders: said rather than read.
QString tiersChangedMeanwhile(SQLite::Database &db)
{
    if (readSetting(db, WorkspaceSetting::TierRules) && !readSetting(db, WorkspaceSetting::TierHistory))
        return Text::tr("The orders changed while the model was starting; try again.");
    return {};
}

} // namespace

ModelEvaluation ModelEvaluation::of(std::span<const double> scores, std::span<const std::uint8_t> labels,
                                    double threshold)
{
    ModelEvaluation e;
    e.customers = static_cast<qint64>(labels.size());
    for (const std::uint8_t label : labels)
        e.positives += label ? 1 : 0;
    const Confusion c = ModelMetrics::confusion(scores, labels, threshold);
    e.auc = ModelMetrics::auc(scores, labels);
    e.precision = c.precision();
    e.recall = c.recall();
    e.f1 = c.f1();
    e.baseRate = ModelMetrics::baseRate(labels);
    e.liftTopDecile = ModelMetrics::liftTopDecile(scores, labels);
    e.deciles = ModelMetrics::deciles(scores, labels);
    return e;
}

QJsonObject ModelEvaluation::toJson() const
{
    QJsonArray gain, calibration;
    for (std::size_t d = 0; d < deciles.size(); ++d) {
        const DecileRow &row = deciles[d];
        gain.append(number(row.gain));
        calibration.append(QJsonObject{{u"decile"_s, int(d) + 1},
                                       {u"customers"_s, row.customers},
                                       {u"positives"_s, row.positives},
                                       {u"mean_score"_s, number(row.meanScore)},
                                       {u"observed_rate"_s, number(row.observedRate)}});
    }
    return {{u"customers"_s, customers},
            {u"positives"_s, positives},
            {u"auc"_s, number(auc)},
            {u"precision"_s, number(precision)},
            {u"recall"_s, number(recall)},
            {u"f1"_s, number(f1)},
            {u"base_rate"_s, number(baseRate)},
            {u"lift_top_decile"_s, number(liftTopDecile)},
            {u"gain"_s, gain},
            {u"calibration"_s, calibration}};
}

ModelEvaluation ModelEvaluation::fromJson(const QJsonObject &o)
{
    ModelEvaluation e;
    e.customers = o.value(u"customers"_s).toInteger();
    e.positives = o.value(u"positives"_s).toInteger();
    e.auc = o.value(u"auc"_s).toDouble();
    e.precision = o.value(u"precision"_s).toDouble();
    e.recall = o.value(u"recall"_s).toDouble();
    e.f1 = o.value(u"f1"_s).toDouble();
    e.baseRate = o.value(u"base_rate"_s).toDouble();
    e.liftTopDecile = o.value(u"lift_top_decile"_s).toDouble();
    const QJsonArray calibration = o.value(u"calibration"_s).toArray();
    const QJsonArray gain = o.value(u"gain"_s).toArray();
    for (qsizetype d = 0; d < 10 && d < calibration.size(); ++d) {
        const QJsonObject row = calibration.at(d).toObject();
        DecileRow &r = e.deciles[std::size_t(d)];
        r.customers = row.value(u"customers"_s).toInteger();
        r.positives = row.value(u"positives"_s).toInteger();
        r.meanScore = row.value(u"mean_score"_s).toDouble();
        r.observedRate = row.value(u"observed_rate"_s).toDouble();
        r.gain = gain.at(d).toDouble();
    }
    return e;
}

QString ModelReport::weightKind() const
{
    return algorithm == ModelAlgorithm::Logistic ? u"weight"_s : u"importance"_s;
}

QJsonObject ModelReport::toJson() const
{
    QJsonArray names, weights;
    for (const ModelFeatureWeight &f : features) {
        names.append(f.name);
        weights.append(QJsonObject{{u"name"_s, f.name}, {weightKind(), number(f.value)}});
    }
    QJsonObject o{
        {u"target"_s, modelTargetName(target)},
        {u"algorithm"_s, modelAlgorithmName(algorithm)},
        {u"horizon_days"_s, horizonDays},
        {u"cutoff"_s, dateOrNull(cutoff)},
        {u"train_as_of"_s, dateOrNull(trainAsOf)},
        {u"data_end"_s, dateOrNull(dataEnd)},
        {u"features"_s, names},
        {u"feature_weights"_s, weights},
        {u"feature_columns"_s, spec.toJson()},
        {u"threshold"_s, threshold},
        {u"threshold_from"_s, thresholdGiven ? u"given"_s : u"best_f1_training"_s},
        {u"sample_share"_s, sampleShare},
        {u"population_train"_s, populationTrain},
        {u"population_test"_s, populationTest},
        {u"customers_train"_s, train.customers},
        {u"positives_train"_s, train.positives},
        {u"training"_s, train.toJson()},
        {u"evaluation_note"_s, testNote.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(testNote)},
        {u"trained_at"_s, trainedAt.toString(Qt::ISODate)},
        {u"scored_at"_s, scoredAt ? QJsonValue(scoredAt->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {u"customers_scored"_s, customersScored},
    };
    // The evaluation's figures at the top, as scripts read them (null without one).
    const QJsonObject t = test ? test->toJson() : ModelEvaluation().toJson();
    for (auto it = t.begin(); it != t.end(); ++it) {
        const QString key = it.key() == u"customers"_s ? u"customers_test"_s
            : it.key() == u"positives"_s               ? u"positives_test"_s
                                                       : it.key();
        o.insert(key, test ? it.value() : QJsonValue());
    }
    return o;
}

ModelReport ModelReport::fromJson(const QJsonObject &o)
{
    ModelReport r;
    r.target = modelTargetFromName(o.value(u"target"_s).toString()).value_or(ModelTarget::Churn);
    r.algorithm = modelAlgorithmFromName(o.value(u"algorithm"_s).toString()).value_or(ModelAlgorithm::Logistic);
    r.horizonDays = o.value(u"horizon_days"_s).toInt(90);
    r.cutoff = QDate::fromString(o.value(u"cutoff"_s).toString(), Qt::ISODate);
    r.trainAsOf = QDate::fromString(o.value(u"train_as_of"_s).toString(), Qt::ISODate);
    r.dataEnd = QDate::fromString(o.value(u"data_end"_s).toString(), Qt::ISODate);
    r.spec = FeatureSpec::fromJson(o.value(u"feature_columns"_s).toObject());
    const QString kind = r.weightKind();
    for (const QJsonValue v : o.value(u"feature_weights"_s).toArray())
        r.features.append({v.toObject().value(u"name"_s).toString(), v.toObject().value(kind).toDouble()});
    r.threshold = o.value(u"threshold"_s).toDouble(0.5);
    r.thresholdGiven = o.value(u"threshold_from"_s).toString() == u"given"_s;
    r.sampleShare = o.value(u"sample_share"_s).toDouble(1.0);
    r.populationTrain = o.value(u"population_train"_s).toInteger();
    r.populationTest = o.value(u"population_test"_s).toInteger();
    r.train = ModelEvaluation::fromJson(o.value(u"training"_s).toObject());
    if (!o.value(u"auc"_s).isNull()) {
        QJsonObject t = o;
        t.insert(u"customers"_s, o.value(u"customers_test"_s));
        t.insert(u"positives"_s, o.value(u"positives_test"_s));
        r.test = ModelEvaluation::fromJson(t);
    }
    r.testNote = o.value(u"evaluation_note"_s).toString();
    r.trainedAt = QDateTime::fromString(o.value(u"trained_at"_s).toString(), Qt::ISODate);
    if (o.value(u"scored_at"_s).isString())
        r.scoredAt = QDateTime::fromString(o.value(u"scored_at"_s).toString(), Qt::ISODate);
    r.customersScored = o.value(u"customers_scored"_s).toInteger();
    return r;
}

ModelReport PropensityModel::train(SQLite::Database &db, const ModelTrainRequest &request, const Progress &progress,
                                   const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    ModelReport r;
    r.target = request.target;
    r.algorithm = request.algorithm;
    r.horizonDays = request.horizonDays;
    if (request.horizonDays < kMinHorizon || request.horizonDays > kMaxHorizon) {
        r.error = Text::tr("The horizon must be %1 to %2 days.").arg(kMinHorizon).arg(kMaxHorizon);
        return r;
    }
    if (request.threshold && !(*request.threshold >= 0 && *request.threshold <= 1)) {
        r.error = Text::tr("The threshold must be from 0 to 1.");
        return r;
    }
    if (request.maxRows < 1) {
        r.error = Text::tr("At least one customer must be read into a model.");
        return r;
    }

    try {
        // One state of the workspace from the data's days to the stored model: the writer's
        // transaction keeps other writers out, and the connections reading beside this one
        // (ModelFeatures::build) see the last commit, which is this one's state as nothing
        // is written before the model.
        // The tiers are features (tier_rank): brought up to date and committed first, so the
        // connections reading beside this one see them.
        MemberTiers::ensureCurrent(db);
        std::optional<WorkspaceActivity> activity;
        announce(activity, db, Text::tr("a training of the %1 model").arg(modelTargetName(request.target)));
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        if (const QString changed = tiersChangedMeanwhile(db); !changed.isEmpty()) {
            r.error = changed;
            return r;
        }
        const Lifecycle::DataDays days = Lifecycle::dataDays(db);
        if (!days.last) {
            r.error = Text::tr("The workspace holds no transactions or touchpoints to learn from.");
            return r;
        }
        const int h = request.horizonDays;
        r.dataEnd = dateOfDay(*days.last);
        r.cutoff = request.cutoff.isValid() ? request.cutoff : r.dataEnd.addDays(-h);
        r.trainAsOf = r.cutoff.addDays(-h);
        const QDate dataStart = dateOfDay(*days.first);
        if (r.cutoff > r.dataEnd) {
            r.error = Text::tr("The cut-off %1 is after the last day of the data (%2): the training labels need the "
                               "orders up to the cut-off.")
                          .arg(isoDate(r.cutoff), isoDate(r.dataEnd));
            return r;
        }
        if (r.trainAsOf < dataStart) {
            const qint64 covered = dataStart.daysTo(r.dataEnd) + 1;
            r.error = request.cutoff.isValid()
                ? Text::tr("The data starts on %1, after the training features' day %2 (the cut-off %3 less the "
                           "horizon of %4 days): choose a cut-off on or after %5.")
                      .arg(isoDate(dataStart), isoDate(r.trainAsOf), isoDate(r.cutoff))
                      .arg(h)
                      .arg(isoDate(dataStart.addDays(h)))
                : Text::tr("The data covers %1 days (%2 to %3); a horizon of %4 days needs at least %5: features "
                           "as of the first of them, %4 days of orders to learn from and %4 to check against.")
                      .arg(covered)
                      .arg(isoDate(dataStart), isoDate(r.dataEnd))
                      .arg(h)
                      .arg(2 * h + 1);
            return r;
        }
        const bool evaluate = r.cutoff.addDays(h) <= r.dataEnd;
        if (!evaluate)
            r.testNote = Text::tr("No evaluation: the data ends on %1, before the cut-off plus the horizon (%2).")
                             .arg(isoDate(r.dataEnd), isoDate(r.cutoff.addDays(h)));

        r.spec = FeatureSpec::choose(db, dayNumber(r.trainAsOf));
        const qint64 customers = CustomerIds::count(db);
        r.sampleShare = customers > request.maxRows ? double(request.maxRows) / double(customers) : 1.0;
        FeatureRequest features;
        features.target = request.target;
        features.horizonDays = h;
        features.sampleShare = r.sampleShare;
        features.asOfDays = {dayNumber(r.trainAsOf)};
        if (evaluate)
            features.asOfDays.push_back(dayNumber(r.cutoff));
        std::vector<FeatureMatrix> matrices =
            ModelFeatures::build(db, r.spec, features, within(alsoTo(progress, activity), 0, 800), cancel);
        if (matrices.empty() || cancelled(cancel)) {
            r.cancelled = true;
            return r;
        }
        const FeatureMatrix &training = matrices[0];
        r.populationTrain = training.population;
        const qint64 positives = training.positives();
        const qint64 negatives = static_cast<qint64>(training.rows()) - positives;
        if (positives < kMinClassRows || negatives < kMinClassRows) {
            r.error = Text::tr("The training period (features as of %1, orders to %2) has %3 customers with the "
                               "label 1 and %4 with 0; a model needs at least %5 of each.")
                          .arg(isoDate(r.trainAsOf), isoDate(r.cutoff))
                          .arg(positives)
                          .arg(negatives)
                          .arg(kMinClassRows);
            return r;
        }
        TrainedClassifier fitted = ModelAlgorithms::train(request.algorithm, training);
        if (!fitted.classifier) {
            r.error = fitted.error;
            return r;
        }
        if (cancelled(cancel)) {
            r.cancelled = true;
            return r;
        }
        if (progress)
            progress(950, kProgressTotal);
        const QStringList names = r.spec.names();
        const QList<double> weights = fitted.classifier->featureWeights();
        for (qsizetype j = 0; j < names.size(); ++j)
            r.features.append({names[j], weights.value(j)});
        const std::vector<double> trainScores =
            fitted.classifier->predict(training.values.data(), training.rows(), training.columns);
        r.thresholdGiven = request.threshold.has_value();
        r.threshold = request.threshold.value_or(ModelMetrics::bestF1Threshold(trainScores, training.labels));
        r.train = ModelEvaluation::of(trainScores, training.labels, r.threshold);
        if (evaluate) {
            const FeatureMatrix &test = matrices[1];
            r.populationTest = test.population;
            r.testIds = test.ids;
            r.testLabels = test.labels;
            r.testScores = fitted.classifier->predict(test.values.data(), test.rows(), test.columns);
            const qint64 p = test.positives();
            if (p > 0 && p < static_cast<qint64>(test.rows()))
                r.test = ModelEvaluation::of(r.testScores, r.testLabels, r.threshold);
            else
                r.testNote = Text::tr("No evaluation: the %1 customers as of %2 all have the label %3.")
                                 .arg(test.rows())
                                 .arg(isoDate(r.cutoff))
                                 .arg(p > 0 ? 1 : 0);
        }
        r.trainedAt = QDateTime::currentDateTimeUtc();
        r.seconds = double(timer.elapsed()) / 1000;

        SQLite::Statement store(db,
                                "INSERT INTO models(target, definition, parameters, trained_at, scored_at) "
                                "VALUES (?1, ?2, ?3, ?4, NULL) ON CONFLICT(target) DO UPDATE SET "
                                "definition = excluded.definition, parameters = excluded.parameters, "
                                "trained_at = excluded.trained_at, scored_at = NULL");
        const QByteArray parameters = fitted.classifier->parameters();
        store.bind(1, modelTargetName(r.target).toStdString());
        store.bind(2, QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact).toStdString());
        store.bind(3, parameters.constData(), static_cast<int>(parameters.size()));
        store.bind(4, static_cast<int64_t>(r.trainedAt.toSecsSinceEpoch()));
        store.exec();
        // The scores were the old model's.
        const std::string column = modelScoreColumn(r.target);
        db.exec("UPDATE customer_metrics SET " + column + " = NULL WHERE " + column + " IS NOT NULL");
        if (cancelled(cancel)) {
            r.cancelled = true;
            return r;
        }
        transaction.commit();
    } catch (const SQLite::Exception &e) {
        r.error = Text::tr("Cannot train the model: %1").arg(QString::fromUtf8(e.what()));
        return r;
    } catch (const std::exception &e) {
        r.error = QString::fromUtf8(e.what());
        return r;
    }
    if (progress)
        progress(kProgressTotal, kProgressTotal);
    r.seconds = double(timer.elapsed()) / 1000;
    return r;
}

std::optional<ModelReport> PropensityModel::load(SQLite::Database &db, ModelTarget target)
{
    SQLite::Statement q(db, "SELECT definition FROM models WHERE target = ?1");
    q.bind(1, modelTargetName(target).toStdString());
    if (!q.executeStep())
        return std::nullopt;
    return ModelReport::fromJson(QJsonDocument::fromJson(QByteArray(q.getColumn(0).getText())).object());
}

ModelScoring PropensityModel::score(SQLite::Database &db, ModelTarget target, const Progress &progress,
                                    const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    ModelScoring s;
    s.target = target;
    try {
        // The model, the data's days, the features and the scores of one state of the
        // workspace: the writer's transaction, taken before anything is read, keeps a training
        // from replacing the model meanwhile, and the connections reading beside this one
        // (ModelFeatures::build) see the last commit, this one's state until the scores.
        MemberTiers::ensureCurrent(db);
        std::optional<WorkspaceActivity> activity;
        announce(activity, db, Text::tr("a scoring with the %1 model").arg(modelTargetName(target)));
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        if (const QString changed = tiersChangedMeanwhile(db); !changed.isEmpty()) {
            s.error = changed;
            return s;
        }
        SQLite::Statement q(db, "SELECT definition, parameters FROM models WHERE target = ?1");
        q.bind(1, modelTargetName(target).toStdString());
        if (!q.executeStep()) {
            s.error = Text::tr("There is no %1 model yet: train one first.").arg(modelTargetName(target));
            return s;
        }
        const ModelReport model =
            ModelReport::fromJson(QJsonDocument::fromJson(QByteArray(q.getColumn(0).getText())).object());
        const QByteArray parameters(static_cast<const char *>(q.getColumn(1).getBlob()), q.getColumn(1).getBytes());
        q.reset();
        s.threshold = model.threshold;
        const TrainedClassifier classifier = ModelAlgorithms::load(model.algorithm, parameters, model.spec.columns());
        if (!classifier.classifier) {
            s.error = classifier.error;
            return s;
        }
        const Lifecycle::DataDays days = Lifecycle::dataDays(db);
        if (!days.last) {
            s.error = Text::tr("The workspace holds no transactions or touchpoints to score.");
            return s;
        }
        s.asOf = dateOfDay(*days.last);
        FeatureRequest features;
        features.target = target;
        features.asOfDays = {*days.last};
        features.labels = false;
        features.horizonDays = model.horizonDays;
        std::vector<FeatureMatrix> matrices =
            ModelFeatures::build(db, model.spec, features, within(alsoTo(progress, activity), 0, 800), cancel);
        if (matrices.empty() || cancelled(cancel)) {
            s.cancelled = true;
            return s;
        }
        const FeatureMatrix &m = matrices[0];
        const std::vector<double> scores = classifier.classifier->predict(m.values.data(), m.rows(), m.columns);
        if (progress)
            progress(900, kProgressTotal);

        const std::string column = modelScoreColumn(target);
        db.exec("UPDATE customer_metrics SET " + column + " = NULL WHERE " + column + " IS NOT NULL");
        SQLite::Statement update(db, "UPDATE customer_metrics SET " + column + " = ?2 WHERE customer_id = ?1");
        double total = 0;
        for (std::size_t i = 0; i < m.rows(); ++i) {
            if ((i & 0xffff) == 0 && cancelled(cancel)) {
                s.cancelled = true;
                return s; // rolled back: the stored scores stay as they were
            }
            update.bind(1, static_cast<int64_t>(m.ids[i]));
            update.bind(2, scores[i]);
            update.exec();
            update.reset();
            total += scores[i];
            s.atOrAboveThreshold += scores[i] >= model.threshold ? 1 : 0;
        }
        s.customersScored = static_cast<qint64>(m.rows());
        s.meanScore = m.rows() > 0 ? total / double(m.rows()) : 0;
        // Only when and how many: the rest of the definition is the training's.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        SQLite::Statement stamp(db,
                                "UPDATE models SET scored_at = ?2, definition = json_set(definition, "
                                "'$.scored_at', ?3, '$.customers_scored', ?4) WHERE target = ?1");
        stamp.bind(1, modelTargetName(target).toStdString());
        stamp.bind(2, static_cast<int64_t>(now.toSecsSinceEpoch()));
        stamp.bind(3, now.toString(Qt::ISODate).toStdString());
        stamp.bind(4, static_cast<int64_t>(s.customersScored));
        stamp.exec();
        if (cancelled(cancel)) {
            s.cancelled = true;
            return s;
        }
        transaction.commit();
    } catch (const SQLite::Exception &e) {
        s.error = Text::tr("Cannot store the scores: %1").arg(QString::fromUtf8(e.what()));
        s.customersScored = 0;
        return s;
    } catch (const std::exception &e) {
        s.error = QString::fromUtf8(e.what());
        s.customersScored = 0;
        return s;
    }
    if (progress)
        progress(kProgressTotal, kProgressTotal);
    s.seconds = double(timer.elapsed()) / 1000;
    return s;
}

QString PropensityModel::writeEvaluation(const ModelReport &report, const QString &path)
{
    AtomicFile file(path, ExistingFile::Replace);
    if (QString error = file.open(); !error.isEmpty())
        return error;
    QByteArray text = "id,score,label\n";
    char line[64];
    for (std::size_t i = 0; i < report.testIds.size(); ++i) {
        const int n = std::snprintf(line, sizeof line, "%lld,%.17g,%d\n", static_cast<long long>(report.testIds[i]),
                                    report.testScores[i], int(report.testLabels[i]));
        text.append(line, n);
        if (text.size() > (1 << 20)) {
            if (file.device()->write(text) != text.size())
                return file.writeFailed();
            text.clear();
        }
    }
    if (file.device()->write(text) != text.size())
        return file.writeFailed();
    return file.commit();
}

} // namespace mwb
