// `mwb model train|score|show` as scripts use them: the figures printed are the ones the
// written evaluation gives back (AUC counted pair by pair, precision, recall and F1 at the
// printed threshold, gain by decile and the top decile's lift counted from the rows sorted by
// score), the stored model is shown, scores land where segments read them, a training without
// an evaluation prints its figures as null, and usage and data errors exit 1 and 2 with what
// is needed.
#include "TestCli.h"

#include <QJsonArray>
#include <QLocale>
#include <QtTest>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace clitest;

namespace {

struct Row
{
    qint64 id;
    double score;
    int label;
};

std::vector<Row> readScores(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    std::vector<Row> rows;
    const QList<QByteArray> lines = in.readAll().split('\n');
    if (lines.value(0) != "id,score,label")
        qFatal("unexpected header");
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].split(',');
        if (fields.size() == 3)
            rows.push_back({fields[0].toLongLong(), fields[1].toDouble(), fields[2].toInt()});
    }
    return rows;
}

} // namespace

void TestCli::modelTrainScoreShow()
{
    const QString ws = path(u"models.mwb"_s);
    QCOMPARE(runMwb({u"demo"_s, ws, u"--customers"_s, u"3000"_s}).exitCode, 0);

    for (const QString &algorithm : {u"logistic"_s, u"gbt"_s}) {
        const QString scores = path(u"scores-%1.csv"_s.arg(algorithm));
        const Run run = runMwb({u"model"_s, u"train"_s, ws, u"--target"_s, u"churn"_s, u"--algorithm"_s, algorithm,
                                u"--scores"_s, scores, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        const std::vector<Row> rows = readScores(scores);
        QCOMPARE(qint64(rows.size()), json.value(u"customers_test"_s).toInteger());
        QVERIFY(rows.size() > 500);
        // The figures, recomputed from the file: AUC over every pair, the rest at the threshold.
        const double threshold = json.value(u"threshold"_s).toDouble();
        double wins = 0, pairs = 0;
        qint64 tp = 0, fp = 0, fn = 0, positives = 0;
        for (const Row &a : rows) {
            positives += a.label;
            if (a.score >= threshold)
                ++(a.label ? tp : fp);
            else if (a.label)
                ++fn;
            if (!a.label)
                continue;
            for (const Row &b : rows) {
                if (b.label)
                    continue;
                pairs += 1;
                wins += a.score > b.score ? 1 : a.score == b.score ? 0.5 : 0;
            }
        }
        const double precision = double(tp) / double(tp + fp);
        const double recall = double(tp) / double(tp + fn);
        QVERIFY(qAbs(json.value(u"auc"_s).toDouble() - wins / pairs) < 1e-9);
        QVERIFY(qAbs(json.value(u"precision"_s).toDouble() - precision) < 1e-9);
        QVERIFY(qAbs(json.value(u"recall"_s).toDouble() - recall) < 1e-9);
        QVERIFY(qAbs(json.value(u"f1"_s).toDouble() - 2 * precision * recall / (precision + recall)) < 1e-9);
        QVERIFY(qAbs(json.value(u"base_rate"_s).toDouble() - double(positives) / double(rows.size())) < 1e-12);
        QVERIFY2(json.value(u"auc"_s).toDouble() > 0.7, qPrintable(QString::number(json.value(u"auc"_s).toDouble())));
        // Gain and lift by counting: the rows by score, highest first (ties by id), row i of n in
        // decile ⌊10·i / n⌋ + 1.
        std::vector<Row> sorted = rows;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Row &a, const Row &b) { return a.score != b.score ? a.score > b.score : a.id < b.id; });
        std::vector<qint64> inDecile(10, 0), positivesInDecile(10, 0);
        for (std::size_t i = 0; i < sorted.size(); ++i) {
            const std::size_t decile = 10 * i / sorted.size();
            ++inDecile[decile];
            positivesInDecile[decile] += sorted[i].label;
        }
        const QJsonArray gain = json.value(u"gain"_s).toArray();
        QCOMPARE(gain.size(), 10);
        qint64 above = 0;
        for (int d = 0; d < 10; ++d) {
            above += positivesInDecile[std::size_t(d)];
            QVERIFY2(qAbs(gain.at(d).toDouble() - double(above) / double(positives)) < 1e-12,
                     qPrintable(u"decile %1"_s.arg(d + 1)));
        }
        const double lift =
            (double(positivesInDecile[0]) / double(inDecile[0])) / (double(positives) / double(rows.size()));
        QVERIFY(qAbs(json.value(u"lift_top_decile"_s).toDouble() - lift) < 1e-9);
        QVERIFY(lift > 1);
        QCOMPARE(json.value(u"calibration"_s).toArray().size(), 10);
        QVERIFY(json.value(u"customers_train"_s).toInteger() > 500);
        QVERIFY(json.value(u"features"_s).toArray().contains(u"recency_days"_s));
        QCOMPARE(json.value(u"algorithm"_s).toString(), algorithm);
    }

    // Show prints the stored (last) model; score stores every buyer's score.
    Run run = runMwb({u"model"_s, u"show"_s, ws, u"--target"_s, u"churn"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"algorithm"_s).toString(), u"gbt"_s);
    QVERIFY(run.json().value(u"scored_at"_s).isNull());
    const QJsonArray weights = run.json().value(u"feature_weights"_s).toArray();
    QCOMPARE(weights.size(), run.json().value(u"features"_s).toArray().size());
    QVERIFY(weights.at(0).toObject().contains(u"importance"_s));
    run = runMwb({u"model"_s, u"score"_s, ws, u"--target"_s, u"churn"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const qint64 scored = run.json().value(u"customers_scored"_s).toInteger();
    QCOMPARE(scored, sqlCount(ws, "SELECT count(*) FROM customer_metrics WHERE orders > 0"));
    QCOMPARE(sqlCount(ws, "SELECT count(*) FROM customer_metrics WHERE churn_score BETWEEN 0 AND 1"), scored);
    run = runMwb({u"segment"_s, u"count"_s, ws, u"--definition"_s,
                  write(u"high.json"_s, R"({"field": "churn_score", "op": ">=", "value": 0.5})"), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"count"_s).toInteger(),
             sqlCount(ws, "SELECT count(*) FROM customer_metrics WHERE churn_score >= 0.5"));
    run = runMwb({u"model"_s, u"show"_s, ws, u"--target"_s, u"churn"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"scored %1"_s.arg(QLocale::c().toString(scored)).toUtf8()), run.out.constData());

    // Usage errors exit 1, data errors 2 saying what is needed.
    QCOMPARE(runMwb({u"model"_s, u"train"_s, ws}).exitCode, 1);
    QCOMPARE(runMwb({u"model"_s, u"train"_s, ws, u"--target"_s, u"loyalty"_s}).exitCode, 1);
    QCOMPARE(runMwb({u"model"_s, u"train"_s, ws, u"--target"_s, u"churn"_s, u"--algorithm"_s, u"forest"_s}).exitCode,
             1);
    QCOMPARE(runMwb({u"model"_s, u"show"_s, ws, u"--target"_s, u"purchase"_s}).exitCode, 2);
    QCOMPARE(runMwb({u"model"_s, u"score"_s, ws, u"--target"_s, u"purchase"_s}).exitCode, 2);
    run = runMwb({u"model"_s, u"train"_s, ws, u"--target"_s, u"purchase"_s, u"--horizon-days"_s, u"600"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("needs at least 1201"), run.err.constData());
    run = runMwb({u"model"_s, u"train"_s, ws, u"--target"_s, u"churn"_s, u"--scores"_s, ws});
    QCOMPARE(run.exitCode, 1); // the workspace itself

    // A cut-off too late for an evaluation: the model is stored, its evaluation's keys are
    // null, and --scores says there is nothing to write but the model was stored.
    const QString dataEnd = runMwb({u"model"_s, u"show"_s, ws, u"--target"_s, u"churn"_s, u"--json"_s})
                                .json()
                                .value(u"data_end"_s)
                                .toString();
    const QString late = QDate::fromString(dataEnd, Qt::ISODate).addDays(-30).toString(Qt::ISODate);
    run = runMwb({u"model"_s, u"train"_s, ws, u"--target"_s, u"churn"_s, u"--cutoff"_s, late, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    for (const char *key : {"customers_test", "positives_test", "auc", "precision", "recall", "f1", "base_rate",
                            "lift_top_decile", "gain", "calibration"})
        QVERIFY2(run.json().value(QLatin1StringView(key)).isNull(), key);
    QVERIFY(run.json().value(u"evaluation_note"_s).isString());
    QVERIFY(run.json().value(u"customers_train"_s).toInteger() > 500);
    const QString none = path(u"none.csv"_s);
    run = runMwb({u"model"_s, u"train"_s, ws, u"--target"_s, u"purchase"_s, u"--cutoff"_s, late, u"--scores"_s, none});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("purchase model was trained and stored"), run.err.constData());
    QVERIFY(!QFile::exists(none));
    QCOMPARE(runMwb({u"model"_s, u"show"_s, ws, u"--target"_s, u"purchase"_s}).exitCode, 0);
}
