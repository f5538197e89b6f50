// Propensity models: the metrics against independent computations (AUC by counting every
// pair, precision, recall and F1 worked by hand, lift and gain by counting), the labels and
// features of a demo workspace against a direct reading of its orders, a planted churn
// signal both algorithms must find and pure noise neither may, the same scores from the
// same data, and stored scores that segments read.
#include "demo/DemoGenerator.h"
#include "metrics/CustomerRefresh.h"
#include "models/ModelFeatures.h"
#include "models/ModelMetrics.h"
#include "models/PropensityModel.h"
#include "segments/SegmentDefinition.h"
#include "segments/SegmentQuery.h"
#include "store/Days.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <set>

using namespace Qt::StringLiterals;
using namespace mwb;

namespace {

// AUC by its definition: every (positive, negative) pair, 1 when the positive scores higher,
// ½ on a tie.
double pairAuc(const std::vector<double> &scores, const std::vector<std::uint8_t> &labels)
{
    double wins = 0, pairs = 0;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (!labels[i])
            continue;
        for (std::size_t j = 0; j < scores.size(); ++j) {
            if (labels[j])
                continue;
            pairs += 1;
            wins += scores[i] > scores[j] ? 1.0 : scores[i] == scores[j] ? 0.5 : 0.0;
        }
    }
    return wins / pairs;
}

qint64 scalar(SQLite::Database &db, const std::string &sql)
{
    SQLite::Statement q(db, sql);
    return q.executeStep() ? q.getColumn(0).getInt64() : -1;
}

const QDate kEnd(2026, 6, 30);
const qint32 kEndDay = dayNumber(kEnd);

// A workspace of `customers` customers signed up two years before kEnd, each ordering on
// the days `ordersOf(customer, random)` gives (days before kEnd, any order), and a guest's
// order on kEnd; refreshed as an import leaves it.
template <typename Orders>
std::unique_ptr<Workspace> synthetic(const QString &path, int customers, quint32 seed, const Orders &ordersOf)
{
    auto created = Workspace::create(path, {u"CN"_s, u"CNY"_s});
    if (!created.workspace)
        qFatal("cannot create the workspace");
    SQLite::Database &db = created.workspace->db();
    QRandomGenerator random(seed);
    SQLite::Transaction transaction(db);
    SQLite::Statement customer(db, "INSERT INTO customers(id, external_id, signup_at) VALUES (?1, ?2, ?3)");
    SQLite::Statement order(
        db, "INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor) VALUES (?1, ?2, ?3, ?4)");
    int ref = 0;
    for (int c = 1; c <= customers; ++c) {
        customer.bind(1, c);
        customer.bind(2, "C" + std::to_string(c));
        customer.bind(3, static_cast<int64_t>(kEndDay - 730) * 86400);
        customer.exec();
        customer.reset();
        for (const int daysBefore : ordersOf(c, random)) {
            order.bind(1, "O" + std::to_string(++ref));
            order.bind(2, c);
            order.bind(3, static_cast<int64_t>(kEndDay - daysBefore) * 86400 + 36000);
            order.bind(4, static_cast<int64_t>(1000 + random.bounded(9000)));
            order.exec();
            order.reset();
        }
    }
    // A guest's order on the last day: the data reaches it, whatever the customers did.
    order.bind(1, "guest");
    order.bind(2);
    order.bind(3, static_cast<int64_t>(kEndDay) * 86400 + 36000);
    order.bind(4, 100);
    order.exec();
    CustomerRefresh::all(db);
    transaction.commit();
    return std::move(created.workspace);
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aucCountsPairs();
    void precisionRecallF1ByHand();
    void bestThresholdHasTheBestF1();
    void liftGainAndCalibrationByCounting();
    void labelsAndFeaturesMatchTheOrders();
    void plantedChurnIsFound_data();
    void plantedChurnIsFound();
    void noiseIsNotFound_data();
    void noiseIsNotFound();
    void sameDataSameScores();
    void scoresAreStoredForSegments();
    void errorsSayWhatIsMissing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestModels::aucCountsPairs()
{
    // Hand-sized, with ties across the classes.
    const std::vector<double> scores{0.1, 0.4, 0.35, 0.8, 0.4, 0.4, 0.9, 0.2};
    const std::vector<std::uint8_t> labels{0, 1, 0, 1, 0, 1, 0, 0};
    // Positives 0.4, 0.8, 0.4 against negatives 0.1, 0.35, 0.4, 0.9, 0.2:
    // 0.4: 3 wins + ½ tie; 0.8: 4 wins; 0.4: 3 + ½ → 11 of 15.
    QCOMPARE(ModelMetrics::auc(scores, labels), 11.0 / 15);
    QCOMPARE(pairAuc(scores, labels), 11.0 / 15);
    // Random, with many ties, against the pair count.
    QRandomGenerator random(7);
    std::vector<double> s(400);
    std::vector<std::uint8_t> l(400);
    for (std::size_t i = 0; i < s.size(); ++i) {
        l[i] = random.bounded(3) == 0;
        s[i] = double(random.bounded(20) + (l[i] ? 3 : 0)) / 10;
    }
    QVERIFY(qAbs(ModelMetrics::auc(s, l) - pairAuc(s, l)) < 1e-12);
    // One class only: no AUC.
    QVERIFY(std::isnan(ModelMetrics::auc(std::vector<double>{0.1, 0.2}, std::vector<std::uint8_t>{1, 1})));
}

void TestModels::precisionRecallF1ByHand()
{
    const std::vector<double> scores{0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2};
    const std::vector<std::uint8_t> labels{1, 1, 0, 1, 0, 0, 1, 0};
    // At 0.6: predicted 0.9, 0.8, 0.7, 0.6 → TP 3, FP 1; missed 0.3 → FN 1; TN 3.
    Confusion c = ModelMetrics::confusion(scores, labels, 0.6);
    QCOMPARE(c.truePositives, 3);
    QCOMPARE(c.falsePositives, 1);
    QCOMPARE(c.falseNegatives, 1);
    QCOMPARE(c.trueNegatives, 3);
    QCOMPARE(c.precision(), 0.75);
    QCOMPARE(c.recall(), 0.75);
    QCOMPARE(c.f1(), 0.75);
    // At 0.5: TP 3, FP 2 → precision 0.6, recall 0.75, F1 = 2·0.45/1.35 = 2/3.
    c = ModelMetrics::confusion(scores, labels, 0.5);
    QCOMPARE(c.precision(), 0.6);
    QCOMPARE(c.recall(), 0.75);
    QVERIFY(qAbs(c.f1() - 2.0 / 3) < 1e-12);
    // Above every score: nothing predicted, all 0.
    c = ModelMetrics::confusion(scores, labels, 0.95);
    QCOMPARE(c.precision(), 0.0);
    QCOMPARE(c.f1(), 0.0);
    QCOMPARE(ModelMetrics::baseRate(labels), 0.5);
}

void TestModels::bestThresholdHasTheBestF1()
{
    QRandomGenerator random(11);
    for (int round = 0; round < 20; ++round) {
        std::vector<double> s(60);
        std::vector<std::uint8_t> l(60);
        for (std::size_t i = 0; i < s.size(); ++i) {
            l[i] = random.bounded(4) == 0;
            s[i] = double(random.bounded(15) + (l[i] ? 4 : 0)) / 20;
        }
        // Every score as a threshold, the highest of the best kept.
        double best = -1, bestThreshold = 0;
        for (const double t : std::set<double>(s.begin(), s.end())) {
            const double f1 = ModelMetrics::confusion(s, l, t).f1();
            if (f1 >= best) {
                best = f1;
                bestThreshold = t;
            }
        }
        QCOMPARE(ModelMetrics::bestF1Threshold(s, l), bestThreshold);
    }
}

void TestModels::liftGainAndCalibrationByCounting()
{
    // 20 customers scored 1.00, 0.95, … 0.05; 5 positives: the two highest, 0.70, 0.50, 0.10.
    std::vector<double> scores;
    std::vector<std::uint8_t> labels;
    for (int i = 0; i < 20; ++i) {
        scores.push_back(1.0 - 0.05 * i);
        labels.push_back(i == 0 || i == 1 || i == 6 || i == 10 || i == 18);
    }
    // Base rate 5/20; the top decile (2 customers) all positive: lift 1 ÷ 0.25 = 4.
    QCOMPARE(ModelMetrics::liftTopDecile(scores, labels), 4.0);
    const auto d = ModelMetrics::deciles(scores, labels);
    QCOMPARE(d[0].customers, 2);
    QCOMPARE(d[0].gain, 0.4);
    QCOMPARE(d[3].gain, 0.6); // 0.70 is the 7th: decile 4
    QCOMPARE(d[5].gain, 0.8); // 0.50 the 11th: decile 6
    QCOMPARE(d[8].gain, 0.8);
    QCOMPARE(d[9].gain, 1.0); // 0.10 the 19th
    QVERIFY(qAbs(d[0].meanScore - 0.975) < 1e-12);
    QCOMPARE(d[0].observedRate, 1.0);
    QCOMPARE(d[9].observedRate, 0.5);
}

// The demo's labels and a few features as of a day, against SQL over the orders themselves;
// a refund and an order of 0.00 in the horizon are no purchase.
void TestModels::labelsAndFeaturesMatchTheOrders()
{
    const QString file = path(u"demo.mwb"_s);
    DemoOptions demo;
    demo.customers = 1500;
    QVERIFY(DemoGenerator::create(file, demo).error.ok());
    auto opened = Workspace::open(file);
    QVERIFY(opened.workspace);
    SQLite::Database &db = opened.workspace->db();
    const qint32 D = dayNumber(QDate(2025, 12, 31));
    const int H = 60;
    // Two customers who bought before D: one gets only a refund, another an order of 0.00 in the horizon.
    std::vector<qint64> buyers;
    {
        SQLite::Statement q(db,
                            "SELECT customer_id FROM transactions WHERE amount_minor > 0 GROUP BY customer_id "
                            "HAVING max(ordered_at) < ?1 ORDER BY customer_id LIMIT 2");
        q.bind(1, static_cast<int64_t>(D - 200) * 86400);
        while (q.executeStep())
            buyers.push_back(q.getColumn(0).getInt64());
    }
    QCOMPARE(buyers.size(), std::size_t(2));
    db.exec("INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor) VALUES "
            "('refund-1', "
            + std::to_string(buyers[0]) + ", " + std::to_string((qint64(D) + 5) * 86400)
            + ", -500), "
              "('zero-1', "
            + std::to_string(buyers[1]) + ", " + std::to_string((qint64(D) + 6) * 86400) + ", 0)");

    for (const ModelTarget target : {ModelTarget::Churn, ModelTarget::Purchase}) {
        FeatureRequest request;
        request.target = target;
        request.asOfDays = {D};
        request.horizonDays = H;
        const FeatureSpec spec = FeatureSpec::choose(db);
        const auto matrices = ModelFeatures::build(db, spec, request);
        QCOMPARE(matrices.size(), std::size_t(1));
        const FeatureMatrix &m = matrices[0];
        // The population and labels, read directly: buyers by D (churn) or customers with a
        // dated fact or an import by D (purchase); an order in (D, D + H].
        std::map<qint64, int> expected;
        const std::string population = target == ModelTarget::Churn
            ? "SELECT DISTINCT customer_id FROM transactions WHERE amount_minor > 0 AND ordered_at < ?2"
            : "SELECT c.id AS customer_id FROM customers c LEFT JOIN imports i ON i.id = c.import_id WHERE "
              "coalesce(c.signup_at, 1e18) < ?2 OR EXISTS (SELECT 1 FROM transactions t WHERE t.customer_id = c.id "
              "AND t.ordered_at < ?2) OR EXISTS (SELECT 1 FROM events e WHERE e.customer_id = c.id AND "
              "e.occurred_at < ?2) OR (c.signup_at IS NULL AND NOT EXISTS (SELECT 1 FROM transactions t WHERE "
              "t.customer_id = c.id) AND NOT EXISTS (SELECT 1 FROM events e WHERE e.customer_id = c.id) AND "
              "coalesce(i.started_at, 0) < ?2)";
        SQLite::Statement q(db,
                            "SELECT p.customer_id, EXISTS (SELECT 1 FROM transactions t WHERE t.customer_id = "
                            "p.customer_id AND t.amount_minor > 0 AND t.ordered_at >= ?2 AND t.ordered_at < ?3) "
                            "FROM ("
                                + population + ") AS p ORDER BY 1");
        q.bind(2, static_cast<int64_t>(D + 1) * 86400);
        q.bind(3, static_cast<int64_t>(D + 1 + H) * 86400);
        while (q.executeStep()) {
            const bool ordered = q.getColumn(1).getInt() != 0;
            expected[q.getColumn(0).getInt64()] = target == ModelTarget::Churn ? !ordered : ordered;
        }
        QCOMPARE(qint64(m.rows()), qint64(expected.size()));
        QCOMPARE(m.population, qint64(expected.size()));
        qint64 positives = 0;
        for (std::size_t i = 0; i < m.rows(); ++i) {
            QVERIFY(expected.contains(m.ids[i]));
            QCOMPARE(int(m.labels[i]), expected[m.ids[i]]);
            positives += m.labels[i];
        }
        QVERIFY(positives > 20 && positives < qint64(m.rows()) - 20);
        if (target == ModelTarget::Churn) {
            QCOMPARE(int(m.labels[std::size_t(std::find(m.ids.begin(), m.ids.end(), buyers[0]) - m.ids.begin())]), 1);
            QCOMPARE(int(m.labels[std::size_t(std::find(m.ids.begin(), m.ids.end(), buyers[1]) - m.ids.begin())]), 1);
        }
        // Orders by D and in its last 90 days, per customer, from SQL.
        const QStringList names = spec.names();
        const int frequency = int(names.indexOf(u"frequency"_s));
        const int orders90 = int(names.indexOf(u"orders_90d"_s));
        SQLite::Statement counts(db,
                                 "SELECT customer_id, count(*), sum(ordered_at >= ?2) FROM transactions WHERE "
                                 "amount_minor > 0 AND ordered_at < ?1 GROUP BY customer_id");
        counts.bind(1, static_cast<int64_t>(D + 1) * 86400);
        counts.bind(2, static_cast<int64_t>(D + 1 - 90) * 86400);
        std::map<qint64, std::pair<qint64, qint64>> byCustomer;
        while (counts.executeStep())
            byCustomer[counts.getColumn(0).getInt64()] = {counts.getColumn(1).getInt64(),
                                                          counts.getColumn(2).getInt64()};
        for (std::size_t i = 0; i < m.rows(); ++i) {
            const auto it = byCustomer.find(m.ids[i]);
            const auto [all, recent] = it == byCustomer.end() ? std::pair<qint64, qint64>{0, 0} : it->second;
            QCOMPARE(qint64(m.row(i)[frequency]), all);
            QCOMPARE(qint64(m.row(i)[orders90]), recent);
        }
    }
}

// Customers who buy every 10-40 days rarely go 90 days without an order; those who buy
// every 60-240 days often do. Both algorithms must rank them apart.
void TestModels::plantedChurnIsFound_data()
{
    QTest::addColumn<ModelAlgorithm>("algorithm");
    QTest::newRow("logistic") << ModelAlgorithm::Logistic;
    QTest::newRow("gbt") << ModelAlgorithm::BoostedTrees;
}

void TestModels::plantedChurnIsFound()
{
    QFETCH(ModelAlgorithm, algorithm);
    auto ws = synthetic(path(u"planted.mwb"_s), 1600, 21, [](int c, QRandomGenerator &random) {
        const bool slow = c % 2 == 0;
        std::vector<int> days;
        for (int d = 720 - int(random.bounded(60)); d >= 0;
             d -= slow ? 60 + int(random.bounded(181)) : 10 + int(random.bounded(31)))
            days.push_back(d);
        return days;
    });
    ModelTrainRequest request;
    request.target = ModelTarget::Churn;
    request.algorithm = algorithm;
    const ModelReport report = PropensityModel::train(ws->db(), request);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.test);
    QCOMPARE(report.cutoff, kEnd.addDays(-90));
    QCOMPARE(report.trainAsOf, kEnd.addDays(-180));
    qInfo("planted churn, %s: AUC %.3f, lift %.2f", qPrintable(modelAlgorithmName(algorithm)), report.test->auc,
          report.test->liftTopDecile);
    // The stated bar: AUC above 0.75 on the held-out period.
    QVERIFY2(report.test->auc > 0.75, qPrintable(QString::number(report.test->auc)));
    QVERIFY(report.test->liftTopDecile > 1.5);
    // The evaluation rows give back the figures.
    QCOMPARE(ModelMetrics::auc(report.testScores, report.testLabels), report.test->auc);
    QCOMPARE(report.test->customers, qint64(report.testIds.size()));
}

// Every customer orders on each day with the same chance: the past says nothing of the
// future, and no algorithm may claim otherwise.
void TestModels::noiseIsNotFound_data()
{
    plantedChurnIsFound_data();
}

void TestModels::noiseIsNotFound()
{
    QFETCH(ModelAlgorithm, algorithm);
    auto ws = synthetic(path(u"noise.mwb"_s), 2500, 5, [](int, QRandomGenerator &random) {
        std::vector<int> days{720};
        for (int d = 719; d > 0; --d)
            if (random.bounded(60) == 0)
                days.push_back(d);
        return days;
    });
    ModelTrainRequest request;
    request.target = ModelTarget::Churn;
    request.algorithm = algorithm;
    request.horizonDays = 60;
    const ModelReport report = PropensityModel::train(ws->db(), request);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.test);
    qInfo("noise, %s: AUC %.3f", qPrintable(modelAlgorithmName(algorithm)), report.test->auc);
    // About 2,500 customers, a quarter positive: the AUC's standard error is about 0.013;
    // the stated tolerance is 0.5 ± 0.06.
    QVERIFY2(qAbs(report.test->auc - 0.5) < 0.06, qPrintable(QString::number(report.test->auc)));
}

void TestModels::sameDataSameScores()
{
    const QString file = path(u"same.mwb"_s);
    DemoOptions demo;
    demo.customers = 2000;
    QVERIFY(DemoGenerator::create(file, demo).error.ok());
    auto opened = Workspace::open(file);
    SQLite::Database &db = opened.workspace->db();
    for (const ModelAlgorithm algorithm : {ModelAlgorithm::Logistic, ModelAlgorithm::BoostedTrees}) {
        ModelTrainRequest request;
        request.target = ModelTarget::Purchase;
        request.algorithm = algorithm;
        std::vector<double> first;
        QByteArray parameters;
        for (int run = 0; run < 2; ++run) {
            const ModelReport report = PropensityModel::train(db, request);
            QVERIFY2(report.ok(), qPrintable(report.error));
            const ModelScoring scoring = PropensityModel::score(db, ModelTarget::Purchase);
            QVERIFY2(scoring.ok(), qPrintable(scoring.error));
            std::vector<double> scores;
            SQLite::Statement q(db, "SELECT purchase_score FROM customer_metrics ORDER BY customer_id");
            while (q.executeStep())
                scores.push_back(q.getColumn(0).isNull() ? -1 : q.getColumn(0).getDouble());
            SQLite::Statement p(db, "SELECT parameters FROM models WHERE target = 'purchase'");
            QVERIFY(p.executeStep());
            const QByteArray blob(static_cast<const char *>(p.getColumn(0).getBlob()), p.getColumn(0).getBytes());
            if (run == 0) {
                first = scores;
                parameters = blob;
            } else {
                QVERIFY(scores == first);
                QVERIFY(blob == parameters);
            }
        }
    }
}

void TestModels::scoresAreStoredForSegments()
{
    const QString file = path(u"segments.mwb"_s);
    DemoOptions demo;
    demo.customers = 2000;
    QVERIFY(DemoGenerator::create(file, demo).error.ok());
    auto opened = Workspace::open(file);
    SQLite::Database &db = opened.workspace->db();
    ModelTrainRequest request;
    request.target = ModelTarget::Churn;
    request.algorithm = ModelAlgorithm::BoostedTrees;
    const ModelReport trained = PropensityModel::train(db, request);
    QVERIFY2(trained.ok(), qPrintable(trained.error));
    QVERIFY(!PropensityModel::load(db, ModelTarget::Churn)->scoredAt);
    const ModelScoring scoring = PropensityModel::score(db, ModelTarget::Churn);
    QVERIFY2(scoring.ok(), qPrintable(scoring.error));
    // Every buyer scored, from 0 to 1; nobody else.
    QCOMPARE(scoring.customersScored, scalar(db, "SELECT count(*) FROM customer_metrics WHERE orders > 0"));
    QCOMPARE(scalar(db, "SELECT count(*) FROM customer_metrics WHERE churn_score IS NOT NULL"),
             scoring.customersScored);
    QCOMPARE(scalar(db, "SELECT count(*) FROM customer_metrics WHERE churn_score < 0 OR churn_score > 1"), 0);
    QCOMPARE(scalar(db, "SELECT count(*) FROM customer_metrics WHERE orders = 0 AND churn_score IS NOT NULL"), 0);
    const qint64 high = scalar(db, "SELECT count(*) FROM customer_metrics WHERE churn_score >= 0.5");
    QVERIFY(high > 0 && high < scoring.customersScored);
    const SegmentCount count = SegmentQuery::count(
        db, SegmentDefinition::fromText(R"({"field": "churn_score", "op": ">=", "value": 0.5})").node);
    QCOMPARE(count.count, high);
    // The stored model knows it was scored; a new training clears the old model's scores.
    const std::optional<ModelReport> stored = PropensityModel::load(db, ModelTarget::Churn);
    QVERIFY(stored && stored->scoredAt);
    QCOMPARE(stored->customersScored, scoring.customersScored);
    QCOMPARE(stored->features.size(), stored->spec.names().size());
    QCOMPARE(stored->test->auc, trained.test->auc);
    QVERIFY(PropensityModel::train(db, request).ok());
    QCOMPARE(scalar(db, "SELECT count(churn_score) FROM customer_metrics"), 0);
    QCOMPARE(scalar(db, "SELECT count(*) FROM models WHERE scored_at IS NULL"), 1);
}

void TestModels::errorsSayWhatIsMissing()
{
    // 100 days of data: a horizon of 90 needs 181.
    auto ws = synthetic(path(u"short.mwb"_s), 50, 3, [](int c, QRandomGenerator &) {
        return std::vector<int>{99, 45, c % 10};
    });
    ModelTrainRequest request;
    ModelReport report = PropensityModel::train(ws->db(), request);
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(u"covers 100 days"_s) && report.error.contains(u"181"_s), qPrintable(report.error));
    // A horizon of 30 fits, but the 50 customers all buy again in (day −60, day −30]: one class.
    request.horizonDays = 30;
    report = PropensityModel::train(ws->db(), request);
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(u"at least 20 of each"_s), qPrintable(report.error));
    QCOMPARE(scalar(ws->db(), "SELECT count(*) FROM models"), 0);
    QVERIFY(!PropensityModel::score(ws->db(), ModelTarget::Churn).ok());
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
