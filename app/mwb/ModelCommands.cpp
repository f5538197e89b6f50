// `mwb model train|score|show`: the churn and purchase propensity models of docs/MODELS.md
// for scripts.
#include "Cli.h"
#include "CliCommands.h"
#include "WorkspaceAccess.h"

#include "models/PropensityModel.h"

#include <QJsonArray>
#include <QLocale>

#include <map>

using namespace Qt::StringLiterals;

namespace mwb::cli {

namespace {

// --target, required: churn or purchase.
std::optional<ModelTarget> targetOption(Cli &cli, const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option)) {
        cli.usage(u"--target churn|purchase is needed"_s);
        return std::nullopt;
    }
    const auto target = modelTargetFromName(parser.value(option).toLower());
    if (!target)
        cli.usage(u"--target takes churn or purchase"_s);
    return target;
}

QString figure(double value, int decimals = 3)
{
    return std::isfinite(value) ? QLocale::c().toString(value, 'f', decimals) : u"-"_s;
}

// The report as text: the periods, the figures of the evaluation, the features by weight.
QString reportText(const ModelReport &r, bool allFeatures)
{
    QStringList lines;
    lines << u"%1 model (%2), horizon %3 days: trained on features as of %4, evaluated as of %5 (data to %6)"_s
                 .arg(modelTargetName(r.target), modelAlgorithmName(r.algorithm))
                 .arg(r.horizonDays)
                 .arg(r.trainAsOf.toString(Qt::ISODate), r.cutoff.toString(Qt::ISODate),
                      r.dataEnd.toString(Qt::ISODate));
    lines << u"training: %1 customers, %2 with the outcome; threshold %3 (%4)"_s.arg(
        QLocale::c().toString(r.train.customers), QLocale::c().toString(r.train.positives), figure(r.threshold, 4),
        r.thresholdGiven ? u"given"_s : u"best F1 on the training period"_s);
    if (r.test) {
        const ModelEvaluation &t = *r.test;
        lines << u"evaluation: %1 customers, base rate %2; AUC %3, precision %4, recall %5, F1 %6, lift in the top "
                 "decile %7"_s.arg(QLocale::c().toString(t.customers), figure(t.baseRate), figure(t.auc),
                                   figure(t.precision), figure(t.recall), figure(t.f1), figure(t.liftTopDecile, 2));
        QStringList gain;
        for (const DecileRow &row : t.deciles)
            gain << figure(row.gain, 2);
        lines << u"gain by decile: "_s + gain.join(u' ');
    } else {
        lines << r.testNote;
    }
    if (r.sampleShare < 1)
        lines << u"sample: %1 % of each period's customers"_s.arg(figure(100 * r.sampleShare, 1));
    QList<ModelFeatureWeight> sorted = r.features;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return std::fabs(a.value) > std::fabs(b.value); });
    const qsizetype shown = allFeatures ? sorted.size() : std::min<qsizetype>(10, sorted.size());
    lines << u"features (%1), by %2%3:"_s.arg(r.features.size())
                 .arg(r.weightKind(), shown < sorted.size() ? u", the first %1"_s.arg(shown) : QString());
    for (qsizetype i = 0; i < shown; ++i)
        lines << u"  %1 %2"_s.arg(sorted[i].name, -32).arg(figure(sorted[i].value, 4));
    return lines.join(u'\n');
}

int train(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption target(u"target"_s, u"churn or purchase."_s, u"TARGET"_s);
    const QCommandLineOption horizon(u"horizon-days"_s, u"Days ahead the outcome is looked for (default 90)."_s,
                                     u"H"_s);
    const QCommandLineOption cutoff(u"cutoff"_s, u"Day of the evaluation's features (default: data end − H)."_s,
                                    u"DATE"_s);
    const QCommandLineOption algorithm(u"algorithm"_s, u"logistic (default) or gbt."_s, u"ALGORITHM"_s);
    const QCommandLineOption scores(u"scores"_s, u"Write the evaluation as id,score,label CSV."_s, u"FILE"_s);
    const QCommandLineOption threshold(u"threshold"_s, u"Score from which the outcome is predicted (0-1)."_s, u"T"_s);
    parser.addOptions({target, horizon, cutoff, algorithm, scores, threshold});
    if (!cli.parse(parser, u"model train"_s, arguments, 1, u"WS --target churn|purchase"_s))
        return cli.exitCode();
    ModelTrainRequest request;
    const auto t = targetOption(cli, parser, target);
    if (!t)
        return cli.exitCode();
    request.target = *t;
    bool ok = true;
    if (parser.isSet(horizon))
        request.horizonDays = parser.value(horizon).toInt(&ok);
    if (!ok)
        return cli.usage(u"--horizon-days takes a whole number of days"_s);
    if (parser.isSet(threshold)) {
        request.threshold = parser.value(threshold).toDouble(&ok);
        if (!ok)
            return cli.usage(u"--threshold takes a number from 0 to 1"_s);
    }
    if (parser.isSet(algorithm)) {
        const auto a = modelAlgorithmFromName(parser.value(algorithm).toLower());
        if (!a)
            return cli.usage(u"--algorithm takes logistic or gbt"_s);
        request.algorithm = *a;
    }
    const auto day = dateOption(cli, parser, cutoff);
    if (!day)
        return cli.exitCode();
    request.cutoff = *day;
    const QString workspacePath = parser.positionalArguments().constFirst();
    if (parser.isSet(scores) && !checkOutput(cli, parser.value(scores), workspacePath))
        return cli.exitCode();

    auto ws = WorkspaceAccess::open(cli, workspacePath, Purpose::Write, true);
    if (!ws)
        return cli.exitCode();
    const ModelReport report = PropensityModel::train(
        ws->db(), request, [&cli](qint64 done, qint64 total) { cli.progress(u"Training…"_s, done, total); });
    cli.endProgress();
    if (!report.ok())
        return cli.fail(ExitData, report.error);
    // The model is stored by now: a file that cannot be written says so.
    if (parser.isSet(scores)) {
        if (!report.test && report.testIds.empty())
            return cli.fail(ExitData,
                            u"The %1 model was trained and stored, but there is no evaluation to write to %2: %3"_s.arg(
                                modelTargetName(report.target), parser.value(scores), report.testNote));
        if (const QString error = PropensityModel::writeEvaluation(report, parser.value(scores)); !error.isEmpty())
            return cli.fail(ExitData,
                            u"The %1 model was trained and stored, but its evaluation was not written: %2"_s.arg(
                                modelTargetName(report.target), error));
    }
    QJsonObject json = report.toJson();
    json.insert(u"seconds"_s, report.seconds);
    return cli.succeed(json, reportText(report, false));
}

int score(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption target(u"target"_s, u"churn or purchase."_s, u"TARGET"_s);
    parser.addOption(target);
    if (!cli.parse(parser, u"model score"_s, arguments, 1, u"WS --target churn|purchase"_s))
        return cli.exitCode();
    const auto t = targetOption(cli, parser, target);
    if (!t)
        return cli.exitCode();
    auto ws = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), Purpose::Write, true);
    if (!ws)
        return cli.exitCode();
    const ModelScoring s = PropensityModel::score(
        ws->db(), *t, [&cli](qint64 done, qint64 total) { cli.progress(u"Scoring…"_s, done, total); });
    cli.endProgress();
    if (!s.ok())
        return cli.fail(ExitData, s.error);
    return cli.succeed({{u"target"_s, modelTargetName(s.target)},
                        {u"as_of"_s, s.asOf.toString(Qt::ISODate)},
                        {u"customers_scored"_s, s.customersScored},
                        {u"at_or_above_threshold"_s, s.atOrAboveThreshold},
                        {u"threshold"_s, s.threshold},
                        {u"mean_score"_s, s.meanScore},
                        {u"column"_s, QString::fromLatin1(modelScoreColumn(s.target))},
                        {u"seconds"_s, s.seconds}},
                       u"Scored %1 customers as of %2 (%3): mean %4, %5 at or above the threshold %6"_s.arg(
                           QLocale::c().toString(s.customersScored), s.asOf.toString(Qt::ISODate),
                           QString::fromLatin1(modelScoreColumn(s.target)), figure(s.meanScore),
                           QLocale::c().toString(s.atOrAboveThreshold), figure(s.threshold, 4)));
}

int show(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption target(u"target"_s, u"churn or purchase."_s, u"TARGET"_s);
    parser.addOption(target);
    if (!cli.parse(parser, u"model show"_s, arguments, 1, u"WS --target churn|purchase"_s))
        return cli.exitCode();
    const auto t = targetOption(cli, parser, target);
    if (!t)
        return cli.exitCode();
    auto ws = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), Purpose::Read);
    if (!ws)
        return cli.exitCode();
    const std::optional<ModelReport> report = PropensityModel::load(ws->db(), *t);
    if (!report)
        return cli.fail(ExitData,
                        u"There is no %1 model yet: train one with mwb model train."_s.arg(modelTargetName(*t)));
    QString text = reportText(*report, true);
    text += report->scoredAt ? u"\nscored %1 customers at %2"_s.arg(QLocale::c().toString(report->customersScored),
                                                                    report->scoredAt->toString(Qt::ISODate))
                             : u"\nnot scored since it was trained"_s;
    return cli.succeed(report->toJson(), text);
}

const std::map<QString, Subcommand> &subcommands()
{
    static const std::map<QString, Subcommand> table{
        {u"train"_s,
         {train,
          "train WS --target churn|purchase [--horizon-days H] [--cutoff D] [--algorithm logistic|gbt] "
          "[--scores FILE] [--threshold T]  train and evaluate a model, store it"}},
        {u"score"_s, {score, "score WS --target churn|purchase      score every customer with the stored model"}},
        {u"show"_s, {show, "show WS --target churn|purchase       the stored model: periods, figures, features"}},
    };
    return table;
}

} // namespace

int runModel(const QStringList &arguments)
{
    return runSubcommand("model", subcommands(), {u"train"_s, u"score"_s, u"show"_s}, arguments);
}

} // namespace mwb::cli
