// Propensity models: the metrics against independent computations (AUC by counting every
// pair, precision, recall and F1 worked by hand, lift and gain by counting), the labels and
// features of a demo workspace against a direct reading of its orders, features and
// populations as of a day that nothing after it changes, RFM scores and order counts against
// whole amounts, a planted churn signal both algorithms must find and pure noise neither
// may, the sample of a large workspace, the same scores from the same data, one state of
// the workspace for a training or a scoring, and stored scores that segments read.
#include "demo/DemoGenerator.h"
#include "metrics/CustomerRefresh.h"
#include "models/ModelFeatures.h"
#include "models/ModelMetrics.h"
#include "models/PropensityModel.h"
#include "segments/SegmentDefinition.h"
#include "segments/SegmentQuery.h"
#include "store/Days.h"
#include "store/EventIds.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
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

// The sample rule written out again: splitmix64 of the id, the top 53 bits as a fraction.
double splitmixShare(qint64 id)
{
    quint64 z = quint64(id) + 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return double(z >> 11) / 9007199254740992.0;
}

// Rows written straight into a workspace, every value bound.
class Rows
{
public:
    explicit Rows(SQLite::Database &db)
        : m_customer(db, "INSERT INTO customers(id, external_id, signup_at, import_id) VALUES (?1, ?2, ?3, ?4)")
        , m_order(db,
                  "INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor) VALUES (?1, ?2, ?3, ?4)")
        , m_line(db, "INSERT INTO order_lines(order_id, line_no, product_id, amount_minor) VALUES (?1, ?2, ?3, ?4)")
        , m_event(db,
                  "INSERT INTO events(customer_id, occurred_at, type, channel, value, id) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        , m_eventIds(db)
        , m_db(db)
    {
        SQLite::Statement q(db, "SELECT coalesce(max(id), 0) FROM transactions");
        m_refs = q.executeStep() ? q.getColumn(0).getInt64() : 0;
    }
    // signupDay / importId: none when below 0.
    void customer(qint64 id, qint32 signupDay, qint64 importId)
    {
        m_customer.bind(1, static_cast<int64_t>(id));
        m_customer.bind(2, "X" + std::to_string(id));
        if (signupDay >= 0)
            m_customer.bind(3, static_cast<int64_t>(signupDay) * 86400 + 3600);
        else
            m_customer.bind(3);
        if (importId > 0)
            m_customer.bind(4, static_cast<int64_t>(importId));
        else
            m_customer.bind(4);
        m_customer.exec();
        m_customer.reset();
    }
    // An order at a time, with lines {product, amount}; its id.
    qint64 order(qint64 customer, qint64 at, qint64 amount, const std::vector<std::pair<qint64, qint64>> &lines = {})
    {
        m_order.bind(1, "R" + std::to_string(++m_refs));
        m_order.bind(2, static_cast<int64_t>(customer));
        m_order.bind(3, static_cast<int64_t>(at));
        m_order.bind(4, static_cast<int64_t>(amount));
        m_order.exec();
        m_order.reset();
        const qint64 id = m_db.getLastInsertRowid();
        int no = 0;
        for (const auto &[product, lineAmount] : lines) {
            m_line.bind(1, static_cast<int64_t>(id));
            m_line.bind(2, ++no);
            m_line.bind(3, static_cast<int64_t>(product));
            m_line.bind(4, static_cast<int64_t>(lineAmount));
            m_line.exec();
            m_line.reset();
        }
        return id;
    }
    void event(qint64 customer, qint64 at, const std::string &type, const std::string &channel, double value = -1)
    {
        m_event.bind(1, static_cast<int64_t>(customer));
        m_event.bind(2, static_cast<int64_t>(at));
        m_event.bind(3, type);
        if (channel.empty())
            m_event.bind(4);
        else
            m_event.bind(4, channel);
        if (value >= 0)
            m_event.bind(5, value);
        else
            m_event.bind(5);
        m_event.bind(6, static_cast<int64_t>(m_eventIds.next()));
        m_event.exec();
        m_event.reset();
    }

private:
    SQLite::Statement m_customer, m_order, m_line, m_event;
    EventIds m_eventIds;
    SQLite::Database &m_db;
    qint64 m_refs = 0;
};

qint64 addImport(SQLite::Database &db, const std::string &file, qint32 day)
{
    SQLite::Statement q(db, "INSERT INTO imports(kind, file_name, started_at, finished_at) VALUES (?1, ?2, ?3, ?3)");
    q.bind(1, "contacts");
    q.bind(2, file);
    q.bind(3, static_cast<int64_t>(day) * 86400 + 7200);
    q.exec();
    return db.getLastInsertRowid();
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
    void nothingAfterTheDayChangesItsFeatures();
    void rfmScoresRankWholeAmounts();
    void plantedChurnIsFound_data();
    void plantedChurnIsFound();
    void noiseIsNotFound_data();
    void noiseIsNotFound();
    void largeWorkspacesTrainOnASample();
    void sameDataSameScores();
    void writersWaitForTrainingAndScoring();
    void scoringStampsOnlyWhenAndHowMany();
    void noEvaluationIsNull();
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
        const FeatureSpec spec = FeatureSpec::choose(db, D);
        const auto matrices = ModelFeatures::build(db, spec, request);
        QCOMPARE(matrices.size(), std::size_t(1));
        const FeatureMatrix &m = matrices[0];
        // The population and labels, read directly: buyers by D (churn) or customers with a
        // dated fact or an import by D, or with neither ever (known always) (purchase); an
        // order in (D, D + H].
        std::map<qint64, int> expected;
        const std::string population = target == ModelTarget::Churn
            ? "SELECT DISTINCT customer_id FROM transactions WHERE amount_minor > 0 AND ordered_at < ?2"
            : "SELECT c.id AS customer_id FROM customers c LEFT JOIN imports i ON i.id = c.import_id WHERE "
              "coalesce(c.signup_at, 1e18) < ?2 OR EXISTS (SELECT 1 FROM transactions t WHERE t.customer_id = c.id "
              "AND t.ordered_at < ?2) OR EXISTS (SELECT 1 FROM events e WHERE e.customer_id = c.id AND "
              "e.occurred_at < ?2) OR i.started_at < ?2 OR (i.id IS NULL AND c.signup_at IS NULL AND NOT EXISTS "
              "(SELECT 1 FROM transactions t WHERE t.customer_id = c.id) AND NOT EXISTS (SELECT 1 FROM events e "
              "WHERE e.customer_id = c.id))";
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

// Features, labels' populations and the chosen columns as of a day D are what was known on D:
// orders (with lines), touchpoints, NPS answers and customers dated after D, brought in as the
// application brings in a change (CustomerRefresh::afterChange), change none of them. Among
// the customers are contacts imported before D with no fact at all: their first order after D
// moves the start of their stage history past D, and still they were known on D.
void TestModels::nothingAfterTheDayChangesItsFeatures()
{
    auto created = Workspace::create(path(u"later.mwb"_s), {u"CN"_s, u"CNY"_s});
    QVERIFY(created.workspace);
    SQLite::Database &db = created.workspace->db();
    const qint32 D = dayNumber(QDate(2025, 6, 30));
    const int H = 60;
    const std::vector<qint32> days{D - 45, D};
    auto at = [](qint32 day, int hour = 10) { return qint64(day) * 86400 + hour * 3600; };
    QRandomGenerator random(17);
    // Six categories, nine touchpoint types, seven channels: the last of each the least
    // common by D, so the columns chosen (five, eight, six) leave it out.
    const std::vector<std::string> types{"visit", "open", "click", "view", "cart", "search", "chat", "review", "call"};
    const std::vector<std::string> channels{"web", "email", "app", "sms", "store", "phone", "social"};
    auto skewed = [&random](int n) { // 0 most often, n - 1 least
        const int a = int(random.bounded(n)), b = int(random.bounded(n));
        return std::min(a, b);
    };
    qint64 early = 0, late = 0;
    constexpr int kCustomers = 300;
    {
        SQLite::Transaction transaction(db);
        early = addImport(db, "early.csv", D - 100);
        late = addImport(db, "late.csv", D + 10);
        SQLite::Statement product(db, "INSERT INTO products(id, code, category) VALUES (?1, ?2, ?3)");
        for (int p = 1; p <= 6; ++p) {
            product.bind(1, p);
            product.bind(2, "P" + std::to_string(p));
            product.bind(3, "Cat" + std::to_string(p));
            product.exec();
            product.reset();
        }
        Rows rows(db);
        for (int c = 1; c <= kCustomers; ++c) {
            if (c % 3 == 0) { // a contact: imported before D, nothing dated
                rows.customer(c, -1, early);
                continue;
            }
            const bool buyer = c % 3 == 1;
            rows.customer(c, D - 200 - int(random.bounded(300)), buyer ? early : 0);
            const int orders = buyer ? 2 + int(random.bounded(5)) : int(random.bounded(2));
            for (int o = 0; o < orders; ++o) {
                const qint32 day = D - int(random.bounded(400));
                const qint64 a = 500 + random.bounded(5000), b = 200 + random.bounded(3000);
                rows.order(c, at(day), a + b, {{1 + skewed(6), a}, {1 + skewed(6), b}});
            }
            if (buyer && c % 7 == 1)
                rows.order(c, at(D - 3), -400); // a refund by D
            for (int e = int(random.bounded(12)); e > 0; --e)
                rows.event(c, at(D - int(random.bounded(200))), types[std::size_t(skewed(9))],
                           channels[std::size_t(skewed(7))]);
            if (c % 4 == 1)
                rows.event(c, at(D - int(random.bounded(100))), "nps", "email", double(random.bounded(11)));
            if (c % 5 == 1)
                rows.event(c, at(D - int(random.bounded(80))), "campaign_sent", "email");
        }
        CustomerRefresh::all(db);
        transaction.commit();
    }

    auto build = [&](ModelTarget target, const FeatureSpec &spec) {
        FeatureRequest request;
        request.target = target;
        request.asOfDays = days;
        request.horizonDays = H;
        return ModelFeatures::build(db, spec, request);
    };
    const FeatureSpec spec = FeatureSpec::choose(db, D);
    QCOMPARE(spec.categories.size(), qsizetype(FeatureSpec::kMaxCategories));
    QCOMPARE(spec.eventTypes.size(), qsizetype(FeatureSpec::kMaxEventTypes));
    QCOMPARE(spec.channels.size(), qsizetype(FeatureSpec::kMaxChannels));
    std::map<ModelTarget, std::vector<FeatureMatrix>> before;
    for (const ModelTarget target : {ModelTarget::Churn, ModelTarget::Purchase})
        before[target] = build(target, spec);
    // The purchase population as of D read directly: a dated fact or the import by D.
    {
        SQLite::Statement q(db,
                            "SELECT count(*) FROM customers c LEFT JOIN imports i ON i.id = c.import_id WHERE "
                            "c.signup_at < ?1 OR i.started_at < ?1 OR EXISTS (SELECT 1 FROM transactions t WHERE "
                            "t.customer_id = c.id AND t.ordered_at < ?1) OR EXISTS (SELECT 1 FROM events e WHERE "
                            "e.customer_id = c.id AND e.occurred_at < ?1)");
        q.bind(1, static_cast<int64_t>(D + 1) * 86400);
        QVERIFY(q.executeStep());
        QCOMPARE(before[ModelTarget::Purchase][1].population, q.getColumn(0).getInt64());
        QCOMPARE(before[ModelTarget::Purchase][1].population, qint64(kCustomers));
    }

    // What happens after D.
    CustomerSet dirty;
    {
        SQLite::Transaction transaction(db);
        Rows rows(db);
        for (int c = 1; c <= kCustomers; ++c) {
            dirty.insert(c);
            const qint32 day = D + 1 + int(random.bounded(200));
            switch (c % 6) {
            case 0: // a contact's first order, inside the horizon, with a line of the rarest category
                rows.order(c, at(D + 1 + int(random.bounded(H))), 90000, {{6, 90000}});
                break;
            case 3: // a contact's first touchpoint, the first second after D, and an NPS answer
                rows.event(c, qint64(D + 1) * 86400, "call", "social");
                rows.event(c, at(day), "nps", "email", 10);
                break;
            default: // more of everything, most of it what was rare by D
                rows.order(c, at(day), 250000, {{6, 200000}, {5, 50000}});
                rows.order(c, at(day + 1), -1000);
                for (int e = 0; e < 30; ++e)
                    rows.event(c, at(day, e % 20), e % 2 ? "call" : "review", "social");
                rows.event(c, at(day), "nps", "app", double(random.bounded(11)));
                rows.event(c, at(day), "campaign_opened", "email");
                break;
            }
        }
        // New customers: one import after D, and signed up after D without one.
        for (int c = kCustomers + 1; c <= kCustomers + 40; ++c) {
            rows.customer(c, D + 5 + int(random.bounded(100)), c % 2 ? late : 0);
            rows.order(c, at(D + 120), 5000, {{1, 5000}});
            rows.event(c, at(D + 110), "visit", "web");
            dirty.insert(c);
        }
        CustomerRefresh::afterChange(db, dirty);
        transaction.commit();
    }
    // The data after D would have chosen other columns.
    QVERIFY(FeatureSpec::choose(db, D + 400).names() != spec.names());
    QCOMPARE(FeatureSpec::choose(db, D).names(), spec.names());
    for (const ModelTarget target : {ModelTarget::Churn, ModelTarget::Purchase}) {
        const std::vector<FeatureMatrix> after = build(target, spec);
        for (std::size_t d = 0; d < days.size(); ++d) {
            const FeatureMatrix &a = before[target][d], &b = after[d];
            const QByteArray what =
                modelTargetName(target).toUtf8() + " as of " + dateOfDay(days[d]).toString().toUtf8();
            QVERIFY2(a.ids == b.ids, what.constData());
            QVERIFY2(a.population == b.population, what.constData());
            QVERIFY2(a.values.size() == b.values.size()
                         && std::memcmp(a.values.data(), b.values.data(), a.values.size() * sizeof(float)) == 0,
                     what.constData());
        }
    }
}

// RFM scores rank whole amounts: revenues a float cannot tell apart (above 2^24 minor units)
// still rank one above the other; and an order counts once however many lines it has, two
// orders of one time included.
void TestModels::rfmScoresRankWholeAmounts()
{
    auto created = Workspace::create(path(u"amounts.mwb"_s), {u"CN"_s, u"CNY"_s});
    QVERIFY(created.workspace);
    SQLite::Database &db = created.workspace->db();
    const qint32 D = dayNumber(QDate(2025, 6, 30));
    const qint64 base = qint64(1) << 26; // floats step by 8 here
    {
        SQLite::Transaction transaction(db);
        SQLite::Statement product(db, "INSERT INTO products(id, code, category) VALUES (1, 'P1', 'Tea')");
        product.exec();
        Rows rows(db);
        // Five buyers, one order each on one day, revenues base + 0 … base + 4.
        for (int c = 1; c <= 5; ++c) {
            rows.customer(c, D - 100, 0);
            rows.order(c, qint64(D - 10) * 86400, base + c - 1, {{1, base + c - 1}});
        }
        // A sixth: two orders of the same second, three lines each.
        rows.customer(6, D - 100, 0);
        rows.order(6, qint64(D - 5) * 86400, 600, {{1, 100}, {1, 200}, {1, 300}});
        rows.order(6, qint64(D - 5) * 86400, 60, {{1, 10}, {1, 20}, {1, 30}});
        CustomerRefresh::all(db);
        transaction.commit();
    }
    FeatureRequest request;
    request.target = ModelTarget::Churn;
    request.asOfDays = {D};
    const FeatureSpec spec = FeatureSpec::choose(db, D);
    const std::vector<FeatureMatrix> m = ModelFeatures::build(db, spec, request);
    QCOMPARE(m[0].rows(), std::size_t(6));
    const QStringList names = spec.names();
    const int mScore = int(names.indexOf(u"m_score"_s)), frequency = int(names.indexOf(u"frequency"_s));
    const int monetary = int(names.indexOf(u"monetary"_s)), fScore = int(names.indexOf(u"f_score"_s));
    // Of six buyers, customer 6 has the least revenue (0 worse: 1 + ⌊5·0/6⌋ = 1); customer c
    // of the five has c worse: 1 + ⌊5·c/6⌋.
    for (std::size_t i = 0; i < 5; ++i) {
        QCOMPARE(m[0].ids[i], qint64(i + 1));
        QCOMPARE(m[0].row(i)[mScore], float(1 + (5 * (i + 1)) / 6));
    }
    QCOMPARE(m[0].row(5)[mScore], 1.0f);
    QCOMPARE(m[0].row(5)[frequency], 2.0f);
    QCOMPARE(m[0].row(5)[monetary], 660.0f);
    // Frequency: five buyers of one order (none worse: 1), one of two (five worse: 1 + ⌊25/6⌋ = 5).
    QCOMPARE(m[0].row(0)[fScore], 1.0f);
    QCOMPARE(m[0].row(5)[fScore], 5.0f);
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
    // The evaluation rows give back the figures: the AUC counted pair by pair.
    QVERIFY(qAbs(pairAuc(report.testScores, report.testLabels) - report.test->auc) < 1e-12);
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

// More customers than a model reads: a share of each population, the customers whose id
// hashes below it, the same every time; the populations counted before the sample.
void TestModels::largeWorkspacesTrainOnASample()
{
    auto ws = synthetic(path(u"sample.mwb"_s), 1600, 21, [](int c, QRandomGenerator &random) {
        std::vector<int> days;
        for (int d = 720 - int(random.bounded(60)); d >= 0;
             d -= c % 2 ? 60 + int(random.bounded(181)) : 10 + int(random.bounded(31)))
            days.push_back(d);
        return days;
    });
    SQLite::Database &db = ws->db();
    ModelTrainRequest request;
    request.target = ModelTarget::Churn;
    request.maxRows = 400;
    const ModelReport report = PropensityModel::train(db, request);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.test);
    QCOMPARE(report.sampleShare, 400.0 / 1600.0);
    // The evaluation's population read in full, then the sample rule applied by hand.
    FeatureRequest full;
    full.target = ModelTarget::Churn;
    full.asOfDays = {dayNumber(report.trainAsOf), dayNumber(report.cutoff)};
    full.horizonDays = request.horizonDays;
    const std::vector<FeatureMatrix> everyone = ModelFeatures::build(db, report.spec, full);
    QCOMPARE(report.populationTrain, qint64(everyone[0].rows()));
    QCOMPARE(report.populationTest, qint64(everyone[1].rows()));
    std::vector<qint64> expected;
    qint64 trainRows = 0;
    for (const qint64 id : everyone[1].ids)
        if (splitmixShare(id) < report.sampleShare)
            expected.push_back(id);
    for (const qint64 id : everyone[0].ids)
        trainRows += splitmixShare(id) < report.sampleShare ? 1 : 0;
    QCOMPARE(report.testIds, expected);
    QCOMPARE(report.train.customers, trainRows);
    QVERIFY(report.train.customers < report.populationTrain / 2);
    QVERIFY(report.test->customers < report.populationTest / 2);
    // A quarter, within four standard deviations of the binomial.
    const double n = double(report.populationTest), sd = std::sqrt(n * 0.25 * 0.75);
    QVERIFY(qAbs(double(report.test->customers) - n / 4) < 4 * sd);
    // The same customers again.
    const ModelReport again = PropensityModel::train(db, request);
    QVERIFY(again.ok());
    QCOMPARE(again.testIds, report.testIds);
    // Under the cap: everyone.
    request.maxRows = PropensityModel::kMaxRows;
    const ModelReport all = PropensityModel::train(db, request);
    QCOMPARE(all.sampleShare, 1.0);
    QCOMPARE(all.testIds, everyone[1].ids);
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

// A training and a scoring read one state of the workspace: from before the data's days are
// read until the model or the scores are stored, another writer cannot commit.
void TestModels::writersWaitForTrainingAndScoring()
{
    const QString file = path(u"writers.mwb"_s);
    auto ws = synthetic(file, 600, 21, [](int c, QRandomGenerator &random) {
        std::vector<int> days;
        for (int d = 720 - int(random.bounded(60)); d >= 0;
             d -= c % 2 ? 60 + int(random.bounded(181)) : 10 + int(random.bounded(31)))
            days.push_back(d);
        return days;
    });
    SQLite::Database other(file.toStdString(), SQLite::OPEN_READWRITE); // waits for nothing
    int tries = 0, refused = 0;
    const PropensityModel::Progress tryToWrite = [&](qint64, qint64) {
        ++tries;
        try {
            other.exec("BEGIN IMMEDIATE");
            other.exec("ROLLBACK");
        } catch (const SQLite::Exception &) {
            ++refused;
        }
    };
    ModelTrainRequest request;
    const ModelReport report = PropensityModel::train(ws->db(), request, tryToWrite);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(tries > 1);
    QCOMPARE(refused, tries - 1); // all but the last call, after the commit
    tries = refused = 0;
    const ModelScoring scoring = PropensityModel::score(ws->db(), ModelTarget::Churn, tryToWrite);
    QVERIFY2(scoring.ok(), qPrintable(scoring.error));
    QVERIFY(tries > 1);
    QCOMPARE(refused, tries - 1);
    // Free again.
    other.exec("BEGIN IMMEDIATE");
    other.exec("ROLLBACK");
}

// Scoring writes when and how many into the stored definition and leaves the rest as the
// training wrote it.
void TestModels::scoringStampsOnlyWhenAndHowMany()
{
    auto ws = synthetic(path(u"stamp.mwb"_s), 400, 21, [](int c, QRandomGenerator &random) {
        std::vector<int> days;
        for (int d = 720 - int(random.bounded(60)); d >= 0;
             d -= c % 2 ? 60 + int(random.bounded(181)) : 10 + int(random.bounded(31)))
            days.push_back(d);
        return days;
    });
    SQLite::Database &db = ws->db();
    QVERIFY(PropensityModel::train(db, ModelTrainRequest()).ok());
    // A key the report does not know stays, as every other does.
    db.exec("UPDATE models SET definition = json_set(definition, '$.kept', 'yes')");
    auto definition = [&db] {
        SQLite::Statement q(db, "SELECT definition FROM models WHERE target = 'churn'");
        return q.executeStep() ? QJsonDocument::fromJson(QByteArray(q.getColumn(0).getText())).object() : QJsonObject();
    };
    QJsonObject before = definition();
    const ModelScoring scoring = PropensityModel::score(db, ModelTarget::Churn);
    QVERIFY2(scoring.ok(), qPrintable(scoring.error));
    QJsonObject after = definition();
    QCOMPARE(after.value(u"kept"_s).toString(), u"yes"_s);
    QCOMPARE(after.value(u"customers_scored"_s).toInteger(), scoring.customersScored);
    const QDateTime scoredAt = QDateTime::fromString(after.value(u"scored_at"_s).toString(), Qt::ISODate);
    QCOMPARE(scoredAt.toSecsSinceEpoch(), scalar(db, "SELECT scored_at FROM models WHERE target = 'churn'"));
    for (const char *key : {"scored_at", "customers_scored"}) {
        before.remove(QLatin1StringView(key));
        after.remove(QLatin1StringView(key));
    }
    QCOMPARE(after, before);
}

// Without an evaluation every key of one is null, as the command line's documentation says.
void TestModels::noEvaluationIsNull()
{
    auto ws = synthetic(path(u"noeval.mwb"_s), 400, 21, [](int c, QRandomGenerator &random) {
        std::vector<int> days;
        for (int d = 720 - int(random.bounded(60)); d >= 0;
             d -= c % 2 ? 60 + int(random.bounded(181)) : 10 + int(random.bounded(31)))
            days.push_back(d);
        return days;
    });
    ModelTrainRequest request;
    request.cutoff = kEnd.addDays(-30); // the data ends before the cut-off + 90 days
    const ModelReport report = PropensityModel::train(ws->db(), request);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(!report.test);
    const QJsonObject json = report.toJson();
    for (const char *key : {"customers_test", "positives_test", "auc", "precision", "recall", "f1", "base_rate",
                            "lift_top_decile", "gain", "calibration"})
        QVERIFY2(json.value(QLatin1StringView(key)).isNull(), key);
    QVERIFY(json.value(u"evaluation_note"_s).isString());
    QVERIFY(!ModelReport::fromJson(json).test);
    QVERIFY(PropensityModel::load(ws->db(), ModelTarget::Churn)->testNote.contains(u"No evaluation"_s));
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
