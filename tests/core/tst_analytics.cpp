// The analytics behind the dashboard, cohorts, NPS and CLV pages: every KPI on a
// hand-built workspace against values worked out by hand; the customers behind each KPI
// (the drill-down's segment) are exactly the ones counted, on the demo data too; a cohort
// matrix worked by hand; NPS from answers; CLV diagnostics and stored predictions.
#include "analytics/ClvFitRecord.h"
#include "analytics/ClvModel.h"
#include "analytics/Cohorts.h"
#include "analytics/KpiDashboard.h"
#include "analytics/NpsReport.h"
#include "demo/DemoGenerator.h"
#include "lifecycle/Lifecycle.h"
#include "metrics/CustomerMetrics.h"
#include "metrics/RfmScores.h"
#include "segments/SegmentQuery.h"
#include "store/Workspace.h"
#include "store/EventIds.h"
#include "vocabulary/Figures.h"
#include "vocabulary/TimeBuckets.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <QFile>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace mwb;

namespace {

constexpr qint64 kDay = 86400;

qint64 at(const QDate &day, int hour = 12)
{
    return QDate(1970, 1, 1).daysTo(day) * kDay + hour * 3600;
}

void customer(SQLite::Database &db, qint64 id, const QDate &signup = {})
{
    SQLite::Statement q(db, "INSERT INTO customers(id, external_id, signup_at) VALUES (?1, ?2, ?3)");
    q.bind(1, static_cast<int64_t>(id));
    q.bind(2, "C" + std::to_string(id));
    if (signup.isValid())
        q.bind(3, static_cast<int64_t>(at(signup, 0)));
    else
        q.bind(3);
    q.exec();
}

void order(SQLite::Database &db, qint64 customerId, const QDate &day, qint64 amountMinor, const char *channel = "web")
{
    static int ref = 0;
    SQLite::Statement q(db,
                        "INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor, channel) "
                        "VALUES (?1, ?2, ?3, ?4, ?5)");
    q.bind(1, "A" + std::to_string(++ref));
    if (customerId > 0)
        q.bind(2, static_cast<int64_t>(customerId));
    else
        q.bind(2);
    q.bind(3, static_cast<int64_t>(at(day)));
    q.bind(4, static_cast<int64_t>(amountMinor));
    q.bind(5, channel);
    q.exec();
}

void nps(SQLite::Database &db, qint64 customerId, const QDate &day, int score)
{
    SQLite::Statement q(db,
                        "INSERT INTO events(customer_id, occurred_at, type, value, id) VALUES (?1, ?2, 'nps', ?3, ?4)");
    q.bind(4, static_cast<int64_t>(EventIds::reserve(db, 1)));
    q.bind(1, static_cast<int64_t>(customerId));
    q.bind(2, static_cast<int64_t>(at(day)));
    q.bind(3, static_cast<double>(score));
    q.exec();
}

void refresh(SQLite::Database &db)
{
    SQLite::Transaction transaction(db);
    CustomerMetrics::recomputeAll(db);
    Lifecycle::recomputeAll(db);
    RfmScores::recompute(db);
    transaction.commit();
}

// Eight customers over March to May 2025:
//  1: bought in March and twice in May                        (returning in May, repeat)
//  2: bought in April only                                    (churned in May)
//  3: first bought in May, twice on two days                  (new, repeat by two orders)
//  4: first bought in May once                                (new)
//  5: signed up in May, never bought                          (known, not a buyer)
//  6: signed up in June                                       (not yet known in May)
//  7: no dates at all                                         (known)
//  8: bought in April and May; a refund in May                (returning)
// plus a guest order in May (counts as an order, not a customer).
void buildShop(SQLite::Database &db)
{
    for (qint64 id = 1; id <= 8; ++id)
        customer(db, id, id == 5 ? QDate(2025, 5, 3) : (id == 6 ? QDate(2025, 6, 2) : QDate()));
    order(db, 1, QDate(2025, 3, 10), 10000);
    order(db, 1, QDate(2025, 5, 2), 5000, "app");
    order(db, 1, QDate(2025, 5, 20), 7000, "app");
    order(db, 2, QDate(2025, 4, 15), 8000);
    order(db, 3, QDate(2025, 5, 5), 3000);
    order(db, 3, QDate(2025, 5, 6), 4000, "store");
    order(db, 4, QDate(2025, 5, 31), 6000, "store");
    order(db, 8, QDate(2025, 4, 1), 2000);
    order(db, 8, QDate(2025, 5, 9), 9000);
    order(db, 8, QDate(2025, 5, 10), -9000); // refund
    order(db, 0, QDate(2025, 5, 12), 1000);  // guest
    nps(db, 1, QDate(2025, 5, 3), 10);
    nps(db, 2, QDate(2025, 4, 3), 3);
    nps(db, 2, QDate(2025, 5, 3), 9); // customer 2's latest answer: a promoter
    nps(db, 3, QDate(2025, 5, 7), 7);
    nps(db, 4, QDate(2025, 5, 8), 0);
    refresh(db);
}

} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void periods();
    void kpisWorkedByHand();
    void drillDownsAreTheCustomersCounted();
    void shortDataIsDrawnByWeekOrDay();
    void cohortsWorkedByHand();
    void monthlyTrendFollowsEveryChangeOfTheOrders();
    void npsByMonthAndSegment();
    void purchaseConditionWithFixedDays();
    void clvDiagnosticsAndPredictions();
    void everyFigureIsDefinedOnceAndInTheGuide();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_n = 0;
};

void TestAnalytics::init()
{
    m_ws.reset();
    auto created = Workspace::create(m_dir.filePath(u"a%1.mwb"_s.arg(++m_n)), {u"CN"_s, u"CNY"_s});
    QVERIFY(created.workspace);
    m_ws = std::move(created.workspace);
}

void TestAnalytics::periods()
{
    const Period may = Period::containing(PeriodKind::Month, QDate(2025, 5, 17));
    QCOMPARE(may.from, QDate(2025, 5, 1));
    QCOMPARE(may.to, QDate(2025, 5, 31));
    QCOMPARE(may.previous(PeriodKind::Month).to, QDate(2025, 4, 30));
    const Period q1 = Period::containing(PeriodKind::Quarter, QDate(2025, 2, 28));
    QCOMPARE(q1.from, QDate(2025, 1, 1));
    QCOMPARE(q1.to, QDate(2025, 3, 31));
    QCOMPARE(q1.previous(PeriodKind::Quarter).from, QDate(2024, 10, 1));
    QCOMPARE(Period::containing(PeriodKind::Year, QDate(2024, 2, 29)).previous(PeriodKind::Year).to,
             QDate(2023, 12, 31));
    const Period custom{QDate(2025, 5, 10), QDate(2025, 5, 19)};
    QCOMPARE(custom.previous(PeriodKind::Custom).from, QDate(2025, 4, 30));
    QCOMPARE(custom.previous(PeriodKind::Custom).to, QDate(2025, 5, 9));
}

void TestAnalytics::kpisWorkedByHand()
{
    SQLite::Database &db = m_ws->db();
    buildShop(db);
    const Period may = Period::containing(PeriodKind::Month, QDate(2025, 5, 1));
    const KpiDashboardData d = KpiDashboard::compute(db, may, may.previous(PeriodKind::Month));
    QVERIFY2(d.ok(), qPrintable(d.error));
    const KpiValues &v = d.now;
    QCOMPARE(v.customers, qint64(7));       // all but 6, who signed up in June
    QCOMPARE(v.newCustomers, qint64(2));    // 3 and 4
    QCOMPARE(v.activeCustomers, qint64(4)); // 1, 3, 4, 8
    QCOMPARE(v.orders, qint64(7));          // 1×2, 3×2, 4, 8, guest; the refund is not an order
    // Revenue is net of the refund; the order value (for the average order) is not.
    QCOMPARE(v.revenueMinor, qint64(5000 + 7000 + 3000 + 4000 + 6000 + 9000 + 1000 - 9000));
    QCOMPARE(v.orderValueMinor, qint64(5000 + 7000 + 3000 + 4000 + 6000 + 9000 + 1000));
    QCOMPARE(*v.averageOrderValueMinor(), 35000.0 / 7);
    // Customers' orders over the customers who ordered: the guest's order is on neither side.
    QCOMPARE(v.customerOrders, qint64(6));
    QCOMPARE(*v.purchaseFrequency(), 6.0 / 4);
    QCOMPARE(v.repeatBuyers, qint64(3)); // 1 and 8 bought before May, 3 twice in it
    QCOMPARE(*v.repeatPurchaseRate(), 0.75);
    QCOMPARE(v.previousBuyers, qint64(2)); // April: 2 and 8
    QCOMPARE(v.churned, qint64(1));        // 2
    QCOMPARE(*v.churnRate(), 0.5);
    // April.
    QCOMPARE(d.before.customers, qint64(4)); // 1, 2, 8 (bought by then) and 7 (no dates)
    QCOMPARE(d.before.activeCustomers, qint64(2));
    QCOMPARE(d.before.newCustomers, qint64(2));   // 2 and 8
    QCOMPARE(d.before.previousBuyers, qint64(1)); // March: 1
    QCOMPARE(*d.before.churnRate(), 1.0);
    // Channel mix of May, by revenue (net): app 12000, store 10000, web 3000 + 9000 − 9000 (the
    // refund) + 1000 (the guest) = 4000 from 3 orders.
    QCOMPARE(d.channels.size(), qsizetype(3));
    QCOMPARE(d.channels[0].channel, u"app"_s);
    QCOMPARE(d.channels[0].revenueMinor, qint64(12000));
    QCOMPARE(d.channels[1].revenueMinor, qint64(10000));
    QCOMPARE(d.channels[2].channel, u"web"_s);
    QCOMPARE(d.channels[2].revenueMinor, qint64(4000));
    QCOMPARE(d.channels[2].orders, qint64(3));
}

void TestAnalytics::drillDownsAreTheCustomersCounted()
{
    // On the hand-built shop and on demo data, the segment behind each customer KPI has
    // exactly as many members as the KPI counts.
    for (const bool demo : {false, true}) {
        std::unique_ptr<Workspace> demoWs;
        SQLite::Database *db = &m_ws->db();
        Period current = Period::containing(PeriodKind::Month, QDate(2025, 5, 1));
        PeriodKind kind = PeriodKind::Month;
        if (demo) {
            const QString path = m_dir.filePath(u"demo.mwb"_s);
            DemoOptions options;
            options.customers = 3000;
            QVERIFY(DemoGenerator::create(path, options).error.ok());
            demoWs = std::move(Workspace::open(path).workspace);
            QVERIFY(demoWs);
            db = &demoWs->db();
            current = Period::containing(PeriodKind::Quarter, QDate(2026, 4, 1));
            kind = PeriodKind::Quarter;
        } else {
            buildShop(*db);
        }
        const Period previous = current.previous(kind);
        const KpiDashboardData d = KpiDashboard::compute(*db, current, previous);
        QVERIFY(d.ok());
        QVERIFY(d.now.activeCustomers > 0);
        const std::pair<Kpi, qint64> expected[] = {
            {Kpi::Customers, d.now.customers},
            {Kpi::NewCustomers, d.now.newCustomers},
            {Kpi::ActiveCustomers, d.now.activeCustomers},
            {Kpi::RepeatPurchaseRate, d.now.repeatBuyers},
            {Kpi::ChurnRate, d.now.churned},
        };
        for (const auto &[kpi, count] : expected) {
            const SegmentCount counted =
                SegmentQuery::count(*db, KpiDashboard::customersBehind(kpi, current, previous));
            QVERIFY2(counted.ok(), qPrintable(counted.error));
            QVERIFY2(counted.count == count,
                     qPrintable(u"%1 %2: %3 vs %4"_s.arg(demo ? u"demo"_s : u"shop"_s, KpiDashboard::kpiName(kpi))
                                    .arg(counted.count)
                                    .arg(count)));
        }
        // The trend ends with the period: by month on the demo's years of orders, by week on
        // the shop's twelve weeks (10 March to 31 May 2025: under 90 days).
        const TimeBucket bucket = demo ? TimeBucket::Month : TimeBucket::Week;
        QCOMPARE(d.trendBucket, bucket);
        QCOMPARE(d.trend.last().start, TimeBuckets::startOf(bucket, demo ? current.to : QDate(2025, 5, 31)));
    }
}

void TestAnalytics::shortDataIsDrawnByWeekOrDay()
{
    // The rule: 90 days or more by month, 22 or more by week, else by day.
    QCOMPARE(TimeBuckets::forRange(QDate(2025, 1, 1), QDate(2025, 3, 31)), TimeBucket::Month); // 90 days
    QCOMPARE(TimeBuckets::forRange(QDate(2025, 1, 1), QDate(2025, 3, 30)), TimeBucket::Week);
    QCOMPARE(TimeBuckets::forRange(QDate(2025, 1, 1), QDate(2025, 1, 22)), TimeBucket::Week); // 22 days
    QCOMPARE(TimeBuckets::forRange(QDate(2025, 1, 1), QDate(2025, 1, 21)), TimeBucket::Day);
    QCOMPARE(TimeBuckets::startOf(TimeBucket::Week, QDate(2025, 6, 1)), QDate(2025, 5, 26)); // a Sunday's Monday
    QCOMPARE(TimeBuckets::starts(TimeBucket::Week, QDate(2025, 5, 28), QDate(2025, 6, 9)),
             (QList<QDate>{QDate(2025, 5, 26), QDate(2025, 6, 2), QDate(2025, 6, 9)}));

    // The shop's weeks, counted by hand from buildShop: 12 weeks from Monday 10 March.
    buildShop(m_ws->db());
    const Period may = Period::containing(PeriodKind::Month, QDate(2025, 5, 1));
    const KpiDashboardData d = KpiDashboard::compute(m_ws->db(), may, may.previous(PeriodKind::Month));
    QVERIFY(d.ok());
    QCOMPARE(d.trendBucket, TimeBucket::Week);
    QCOMPARE(d.trend.size(), 12);
    QCOMPARE(d.trend.first().start, QDate(2025, 3, 10));
    qint64 revenue = 0;
    for (const TrendPoint &p : d.trend)
        revenue += p.revenueMinor;
    QCOMPARE(revenue, qint64(10000 + 5000 + 7000 + 8000 + 3000 + 4000 + 6000 + 2000 + 9000 - 9000 + 1000));
    // 5–11 May: 30.00 and 40.00 by customer 3, 90.00 by customer 8 refunded the next day.
    const TrendPoint &week = d.trend[8];
    QCOMPARE(week.start, QDate(2025, 5, 5));
    QCOMPARE(week.revenueMinor, qint64(3000 + 4000 + 9000 - 9000));
    QCOMPARE(week.activeCustomers, qint64(2)); // customers 3 and 8, each once
    QCOMPARE(d.trend[9].start, QDate(2025, 5, 12));
    QCOMPARE(d.trend[9].revenueMinor, qint64(1000)); // the guest's order
    QCOMPARE(d.trend[9].activeCustomers, qint64(0));

    // Ten days of orders: by day, every day of the data to the period's end.
    const QString path = m_dir.filePath(u"ten-days.mwb"_s);
    auto created = Workspace::create(path);
    QVERIFY(created.workspace);
    SQLite::Database &db = created.workspace->db();
    customer(db, 1);
    customer(db, 2);
    order(db, 1, QDate(2025, 6, 1), 1000);
    order(db, 2, QDate(2025, 6, 1), 2000);
    order(db, 1, QDate(2025, 6, 4), 500);
    order(db, 2, QDate(2025, 6, 10), 700);
    refresh(db);
    const Period june{QDate(2025, 6, 1), QDate(2025, 6, 30)}; // the trend stops at the last order
    const KpiDashboardData days = KpiDashboard::compute(db, june, Period{QDate(2025, 5, 2), QDate(2025, 5, 31)});
    QVERIFY(days.ok());
    QCOMPARE(days.trendBucket, TimeBucket::Day);
    QCOMPARE(days.trend.size(), 10);
    QCOMPARE(days.trend[0].revenueMinor, qint64(3000));
    QCOMPARE(days.trend[0].activeCustomers, qint64(2));
    QCOMPARE(days.trend[1].revenueMinor, qint64(0));
    QCOMPARE(days.trend[3].start, QDate(2025, 6, 4));
    QCOMPARE(days.trend[3].activeCustomers, qint64(1));
    QCOMPARE(days.trend[9].revenueMinor, qint64(700));
    // The stages over those days, day by day to the reference day.
    const StageTrend stages = Lifecycle::trend(db);
    QCOMPARE(stages.bucket, TimeBucket::Day);
    QCOMPARE(stages.ends.constLast(), Lifecycle::referenceDate(db));
    qint64 known = 0;
    for (qint64 n : stages.customers.constLast())
        known += n;
    QCOMPARE(known, qint64(2));
}

void TestAnalytics::cohortsWorkedByHand()
{
    SQLite::Database &db = m_ws->db();
    buildShop(db);
    const CohortMatrix m = Cohorts::compute(db, CohortBasis::FirstPurchase);
    QVERIFY(m.ok());
    QCOMPARE(m.rows.size(), qsizetype(3)); // March, April, May
    const CohortRow &march = m.rows[0];
    QCOMPARE(march.month, QDate(2025, 3, 1));
    QCOMPARE(march.customers, qint64(1));
    QCOMPARE(march.buyers, (QList<qint64>{1, 0, 1}));
    QCOMPARE(march.revenueMinor, (QList<qint64>{10000, 0, 12000}));
    QCOMPARE(march.cumulativeRevenuePerCustomer(2), 22000.0);
    const CohortRow &april = m.rows[1];
    QCOMPARE(april.customers, qint64(2)); // 2 and 8
    QCOMPARE(april.buyers, (QList<qint64>{2, 1}));
    QCOMPARE(april.retention(1), 0.5);
    QCOMPARE(april.revenuePerCustomer(0), 5000.0);
    // May: customer 8's order of 9000 and its refund the next day: a buyer, and no revenue.
    QCOMPARE(april.revenueMinor, (QList<qint64>{10000, 0}));
    const CohortRow &may = m.rows[2];
    QCOMPARE(may.customers, qint64(2)); // 3 and 4
    QCOMPARE(may.buyers, (QList<qint64>{2}));
    QCOMPARE(may.revenueMinor, (QList<qint64>{13000}));

    const CohortMatrix bySignup = Cohorts::compute(db, CohortBasis::Signup);
    QCOMPARE(bySignup.rows.size(), qsizetype(1)); // customer 5 in May; 6 signed up after the last order
    QCOMPARE(bySignup.rows[0].customers, qint64(1));
    QCOMPARE(bySignup.rows[0].buyers, (QList<qint64>{0}));
}

// The monthly trend and cohorts read customer_months, kept by triggers as orders come, change
// and go: compared with the months worked out by hand from the orders as they stand.
void TestAnalytics::monthlyTrendFollowsEveryChangeOfTheOrders()
{
    SQLite::Database &db = m_ws->db();
    buildShop(db);
    order(db, 2, QDate(2025, 1, 15), 5000); // five months of data: a monthly trend
    refresh(db);
    const auto monthRows = [&db] {
        QList<QList<qint64>> rows;
        SQLite::Statement q(db,
                            "SELECT customer_id, month, orders, revenue_minor FROM customer_months "
                            "WHERE orders <> 0 OR revenue_minor <> 0 ORDER BY 1, 2");
        while (q.executeStep())
            rows.append({q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64(),
                         q.getColumn(3).getInt64()});
        return rows;
    };
    const qint64 jan = 2025 * 12, mar = jan + 2, apr = jan + 3, may = jan + 4;
    QCOMPARE(monthRows(),
             (QList<QList<qint64>>{{1, mar, 1, 10000},
                                   {1, may, 2, 12000},
                                   {2, jan, 1, 5000},
                                   {2, apr, 1, 8000},
                                   {3, may, 2, 7000},
                                   {4, may, 1, 6000},
                                   {8, apr, 1, 2000},
                                   {8, may, 1, 0}})); // 9000 refunded; the guest has none

    const Period mayPeriod = Period::containing(PeriodKind::Month, QDate(2025, 5, 1));
    KpiDashboardData d = KpiDashboard::compute(db, mayPeriod, mayPeriod.previous(PeriodKind::Month));
    QVERIFY2(d.ok(), qPrintable(d.error));
    QCOMPARE(d.trendBucket, TimeBucket::Month);
    QCOMPARE(d.trend.size(), 5); // January to May
    const QList<qint64> revenue{5000, 0, 10000, 8000 + 2000, 5000 + 7000 + 3000 + 4000 + 6000 + 9000 - 9000 + 1000};
    const QList<qint64> buyers{1, 0, 1, 2, 4};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(d.trend[i].start, QDate(2025, 1 + i, 1));
        QCOMPARE(d.trend[i].revenueMinor, revenue[i]);
        QCOMPARE(d.trend[i].activeCustomers, buyers[i]);
    }
    // A period that ends in the middle of May: May's point holds the orders to its last day
    // only (customer 4's order of the 31st is after it).
    d = KpiDashboard::compute(db, Period{QDate(2025, 5, 1), QDate(2025, 5, 15)},
                              Period{QDate(2025, 4, 16), QDate(2025, 4, 30)});
    QVERIFY(d.ok());
    QCOMPARE(d.trend.constLast().start, QDate(2025, 5, 1));
    QCOMPARE(d.trend.constLast().revenueMinor, qint64(5000 + 3000 + 4000 + 9000 - 9000 + 1000));
    QCOMPARE(d.trend.constLast().activeCustomers, qint64(3)); // 1, 3 and 8
    QCOMPARE(d.now.activeCustomers, qint64(3));

    // Changes: an amount (April's 80.00 becomes 5.00), an order moved to another customer
    // (8's April order to 3, as a merge does), a date (1's March order to January), a delete
    // (3's second May order).
    db.exec("UPDATE transactions SET amount_minor = 500 WHERE customer_id = 2 AND amount_minor = 8000");
    db.exec("UPDATE transactions SET customer_id = 3 WHERE customer_id = 8 AND amount_minor = 2000");
    {
        SQLite::Statement move(db,
                               "UPDATE transactions SET ordered_at = ?1 WHERE customer_id = 1 "
                               "AND amount_minor = 10000");
        move.bind(1, static_cast<int64_t>(at(QDate(2025, 1, 20))));
        move.exec();
    }
    db.exec("DELETE FROM transactions WHERE customer_id = 3 AND amount_minor = 4000");
    QCOMPARE(monthRows(),
             (QList<QList<qint64>>{{1, jan, 1, 10000},
                                   {1, may, 2, 12000},
                                   {2, jan, 1, 5000},
                                   {2, apr, 1, 500},
                                   {3, apr, 1, 2000},
                                   {3, may, 1, 3000},
                                   {4, may, 1, 6000},
                                   {8, may, 1, 0}}));
    d = KpiDashboard::compute(db, mayPeriod, mayPeriod.previous(PeriodKind::Month));
    QVERIFY(d.ok());
    QCOMPARE(d.trend[0].revenueMinor, qint64(15000));
    QCOMPARE(d.trend[0].activeCustomers, qint64(2)); // 1 and 2
    QCOMPARE(d.trend[2].activeCustomers, qint64(0)); // March is empty now
    QCOMPARE(d.trend[3].revenueMinor, qint64(2500));
    QCOMPARE(d.trend[3].activeCustomers, qint64(2)); // 2 and 3
    refresh(db);
    const CohortMatrix m = Cohorts::compute(db, CohortBasis::FirstPurchase);
    QVERIFY(m.ok());
    QCOMPARE(m.rows.constFirst().month, QDate(2025, 1, 1)); // 1 and 2 first bought in January
    QCOMPARE(m.rows.constFirst().customers, qint64(2));
    QCOMPARE(m.rows.constFirst().buyers, (QList<qint64>{2, 0, 0, 1, 1}));
    QCOMPARE(m.rows.constFirst().revenueMinor, (QList<qint64>{15000, 0, 0, 500, 12000}));
}

void TestAnalytics::npsByMonthAndSegment()
{
    SQLite::Database &db = m_ws->db();
    buildShop(db);
    const QList<NpsMonth> months = NpsReport::monthly(db);
    QCOMPARE(months.size(), qsizetype(2));
    QCOMPARE(months[0].month, QDate(2025, 4, 1));
    QCOMPARE(months[0].counts.detractors, qint64(1));
    QCOMPARE(*months[0].counts.score(), -100.0);
    const NpsCounts may = months[1].counts; // 10, 9, 7, 0
    QCOMPARE(may.promoters, qint64(2));
    QCOMPARE(may.passives, qint64(1));
    QCOMPARE(may.detractors, qint64(1));
    QCOMPARE(*may.score(), 25.0);
    // Latest answers: 1 → 10, 2 → 9, 3 → 7, 4 → 0.
    const NpsCounts everyone = NpsReport::forSegment(db, SegmentNode::group(SegmentNode::Kind::All));
    QCOMPARE(everyone.answers(), qint64(4));
    QCOMPARE(*everyone.score(), 25.0);
    const NpsCounts newInMay = NpsReport::forSegment(
        db,
        KpiDashboard::customersBehind(Kpi::NewCustomers, Period::containing(PeriodKind::Month, QDate(2025, 5, 1)),
                                      Period::containing(PeriodKind::Month, QDate(2025, 4, 1))));
    QCOMPARE(newInMay.answers(), qint64(2)); // 3 (7) and 4 (0)
    QCOMPARE(*newInMay.score(), -50.0);
    QVERIFY(!NpsCounts{}.score());
}

void TestAnalytics::purchaseConditionWithFixedDays()
{
    SQLite::Database &db = m_ws->db();
    buildShop(db);
    auto count = [&db](const char *json) {
        const SegmentParse parse = SegmentDefinition::fromText(json);
        if (!parse.ok())
            return qint64(-1);
        return SegmentQuery::count(db, parse.node).count;
    };
    QCOMPARE(count(R"({"purchase": {"from": "2025-05-01", "to": "2025-05-31"}})"), qint64(4));
    QCOMPARE(count(R"({"purchase": {"from": "2025-05-31", "to": "2025-05-31"}})"), qint64(1)); // both days included
    QCOMPARE(count(R"({"purchase": {"to": "2025-04-30"}})"), qint64(3));                       // 1, 2, 8
    QCOMPARE(count(R"({"purchase": {"from": "2025-05-01", "to": "2025-05-31", "min_count": 2}})"), qint64(2));
    QCOMPARE(count(R"({"event": {"type": "nps", "from": "2025-05-01"}})"), qint64(4));
    // Together with "the last N days" (the reference day is 2025-05-31): both apply.
    QCOMPARE(count(R"({"purchase": {"within_days": 10, "from": "2025-05-01"}})"), qint64(1)); // 4 (31st), not 1 (20th)
    QCOMPARE(count(R"({"purchase": {"within_days": 12, "from": "2025-05-21"}})"), qint64(1)); // the later bound wins
    // A guest's order (no customer) in the period must not make "did not buy" match no one.
    QCOMPARE(count(R"({"not": {"purchase": {"within_days": 30}}})"), 8 - count(R"({"purchase": {"within_days": 30}})"));
    QCOMPARE(count(R"({"not": {"purchase": {"from": "2025-05-01", "to": "2025-05-31"}}})"), qint64(4));
    const SegmentParse backwards =
        SegmentDefinition::fromText(R"({"purchase": {"from": "2025-06-01", "to": "2025-05-01"}})");
    QCOMPARE(backwards.error, u"purchase.to: the period ends before it starts"_s);
    QVERIFY(SegmentDefinition::fromText(R"({"purchase": {"from": "May"}})").error.contains(u"purchase.from"_s));
    const SegmentParse parsed =
        SegmentDefinition::fromText(R"({"purchase": {"from": "2025-05-01", "to": "2025-05-31"}})");
    QCOMPARE(SegmentDefinition::fromJson(parsed.node.toJson()).node, parsed.node); // round trip
    QVERIFY(SegmentDefinition::describe(parsed.node).contains(u"from 2025-05-01 to 2025-05-31"_s));
}

void TestAnalytics::clvDiagnosticsAndPredictions()
{
    m_ws.reset();
    const QString path = m_dir.filePath(u"clv.mwb"_s);
    DemoOptions options;
    options.customers = 4000;
    QVERIFY(DemoGenerator::create(path, options).error.ok());
    auto opened = Workspace::open(path);
    QVERIFY(opened.workspace);
    SQLite::Database &db = opened.workspace->db();

    ClvFitRequest request;
    request.summary.calibrationEnd = QDate(2025, 6, 30);
    const ClvFitResult fit = ClvModel::fit(db, request);
    QVERIFY2(fit.ok() && fit.bgnbd.ok() && fit.gammaGamma.ok(), qPrintable(fit.error + fit.bgnbd.error));
    QCOMPARE(fit.holdoutEnd, QDate(2026, 6, 30));
    QCOMPARE(fit.holdoutLength, 365.0 / 7);
    qint64 customers = 0;
    double holdout = 0, expected = 0;
    for (const FrequencyCheck &row : fit.byFrequency) {
        customers += row.customers;
        holdout += row.actual * row.customers;
        expected += row.expected * row.customers;
    }
    QCOMPARE(customers, fit.customers);
    QVERIFY(std::abs(holdout - fit.holdoutRepeatPurchases) < 1e-6);
    // The demo's customers buy by a BG/NBD-like process: the model's total for the holdout
    // is within 15 % of what happened.
    QVERIFY2(std::abs(expected - holdout) < 0.15 * holdout, qPrintable(u"%1 vs %2"_s.arg(expected).arg(holdout)));
    QVERIFY(!fit.tracking.isEmpty());
    QVERIFY(fit.trackingNote.isEmpty());
    for (qsizetype i = 1; i < fit.tracking.size(); ++i) {
        QVERIFY(fit.tracking[i].actual >= fit.tracking[i - 1].actual);
        QVERIFY(fit.tracking[i].expected >= fit.tracking[i - 1].expected - 1e-9);
    }

    // Kept with the workspace and read back whole, after the connection is gone.
    QVERIFY(!ClvFitRecord::kept(db));
    ClvFitRecord::keep(db, fit);
    opened.workspace.reset();
    auto reopened = Workspace::open(path);
    QVERIFY(reopened.workspace);
    const std::optional<ClvFitResult> kept = ClvFitRecord::kept(reopened.workspace->db());
    QVERIFY(kept);
    QCOMPARE(kept->fittedAt.toSecsSinceEpoch(), fit.fittedAt.toSecsSinceEpoch());
    QCOMPARE(kept->calibrationEnd, fit.calibrationEnd);
    QCOMPARE(kept->holdoutEnd, fit.holdoutEnd);
    QCOMPARE(kept->customers, fit.customers);
    QCOMPARE(kept->holdoutRepeatPurchases, fit.holdoutRepeatPurchases);
    QCOMPARE(kept->bgnbd.parameters.r, fit.bgnbd.parameters.r);
    QCOMPARE(kept->bgnbd.parameters.b, fit.bgnbd.parameters.b);
    QCOMPARE(kept->bgnbd.logLikelihood, fit.bgnbd.logLikelihood);
    QCOMPARE(kept->gammaGamma.parameters.gamma, fit.gammaGamma.parameters.gamma);
    QCOMPARE(kept->byFrequency.size(), fit.byFrequency.size());
    QCOMPARE(kept->byFrequency.last().expected, fit.byFrequency.last().expected);
    QCOMPARE(kept->tracking.size(), fit.tracking.size());
    QCOMPARE(kept->tracking.last().weekStart, fit.tracking.last().weekStart);
    QCOMPARE(kept->tracking.last().actual, fit.tracking.last().actual);
    QVERIFY(!ClvFitRecord::fromJson("{\"version\": 99}"));
    QVERIFY(!ClvFitRecord::fromJson("not json"));
    SQLite::Database &db2 = reopened.workspace->db();

    ClvPredictRequest predict;
    const ClvPrediction p = ClvModel::predict(db2, predict);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.customersScored, db2.execAndGet("SELECT count(*) FROM customer_metrics WHERE orders > 0").getInt64());
    const SegmentCount scored = SegmentQuery::count(
        db2, SegmentDefinition::fromText(R"({"field": "predicted_clv", "op": ">=", "value": 0})").node);
    QCOMPARE(scored.count, p.customersScored);
    // One customer's value agrees with what was stored: the same model and horizon.
    qint64 topId = 0, topClv = 0;
    {
        SQLite::Statement top(db2,
                              "SELECT customer_id, predicted_clv_minor FROM customer_metrics "
                              "WHERE predicted_clv_minor IS NOT NULL ORDER BY predicted_clv_minor DESC LIMIT 1");
        QVERIFY(top.executeStep());
        topId = top.getColumn(0).getInt64();
        topClv = top.getColumn(1).getInt64();
    }
    const CustomerValue value = ClvModel::customer(db2, topId, predict);
    QVERIFY(value.probabilityAlive && *value.probabilityAlive > 0 && *value.probabilityAlive <= 1);
    QVERIFY(value.expectedPurchases && *value.expectedPurchases > 0);
    QCOMPARE(*value.predictedClvMinor, static_cast<double>(topClv));
    const std::optional<ClvModelInfo> info = ClvModel::lastPrediction(db2);
    QVERIFY(info);
    QCOMPARE(info->customersScored, p.customersScored);
    QCOMPARE(info->bgnbd.r, p.bgnbd.parameters.r);
    QCOMPARE(info->gammaGamma.gamma, p.gammaGamma.parameters.gamma);
    QCOMPARE(info->horizonMonths, 12);
    QVERIFY(info->scoredAt.isValid());
    QCOMPARE(info->calibrationEnd, QDate(2026, 6, 30));

    // A cancelled scoring leaves the stored values as they were.
    const std::atomic_bool cancelled = true;
    ClvPredictRequest longer = predict;
    longer.horizonMonths = 24;
    QVERIFY(ClvModel::predict(db2, longer, {}, &cancelled).cancelled);
    QCOMPARE(ClvModel::lastPrediction(db2)->horizonMonths, 12);
    QCOMPARE(db2.execAndGet("SELECT max(predicted_clv_minor) FROM customer_metrics").getInt64(), topClv);

    const QList<ValuedCustomer> best = ClvModel::mostValuable(db2, 5, predict);
    QCOMPARE(best.size(), qsizetype(5));
    QCOMPARE(best.first().id, topId);
    for (qsizetype i = 1; i < best.size(); ++i)
        QVERIFY(*best[i].value.predictedClvMinor <= *best[i - 1].value.predictedClvMinor);
    // The stored CLV is what the model says: discounted purchases × spend, so at most the
    // undiscounted expected purchases × spend.
    QVERIFY(*value.predictedClvMinor <= *value.expectedPurchases * *value.expectedSpendMinor + 1);
    QVERIFY(*value.predictedClvMinor >= 0.9 * *value.expectedPurchases * *value.expectedSpendMinor);
    // Undiscounted, the stored value can only be larger with a zero discount rate.
    predict.annualDiscountRate = 0;
    QVERIFY(ClvModel::predict(db2, predict).totalMinor > p.totalMinor);
    predict.margin = 0;
    QVERIFY(!ClvModel::predict(db2, predict).ok());

    const HistoricalClv h = ClvModel::historical(db2, 0.4);
    QCOMPARE(h.customers, p.customersScored);
    QCOMPARE(h.clvPerCustomerMinor, static_cast<double>(h.revenueMinor) / h.customers * 0.4);
}

// One definition per figure (vocabulary/Figures.h), stated in the user guide word for word.
void TestAnalytics::everyFigureIsDefinedOnceAndInTheGuide()
{
    QFile guide(QStringLiteral(MWB_SOURCE_DIR) + u"/docs/USER_GUIDE.md"_s);
    QVERIFY(guide.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(guide.readAll());
    QSet<QString> definitions;
    for (const Figure figure : Figures::all()) {
        const QString definition = Figures::englishDefinition(figure);
        QVERIFY2(!definition.isEmpty() && !Figures::scope(figure).isEmpty(), qPrintable(Figures::name(figure)));
        QVERIFY2(text.contains(definition), qPrintable(u"USER_GUIDE.md lacks: "_s + definition));
        QVERIFY2(
            text.contains(u"| "_s + Figures::label(figure) + u" | "_s + definition + u" | "_s + Figures::scope(figure)),
            qPrintable(Figures::name(figure)));
        definitions.insert(definition);
    }
    QCOMPARE(definitions.size(), Figures::all().size()); // no two figures share a definition
}

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
