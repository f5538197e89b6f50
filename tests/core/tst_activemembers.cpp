// The active member rate against a direct reading of its definition (docs/MEMBERSHIP.md,
// "Active members"): for each month end, every customer is checked by hand — known by then
// (their first signup, order, refund or touchpoint), in which tier, and with an order or a
// touchpoint of their own in the window — on a workspace built row by row; overall, by the
// imported tiers and by the tiers of rules; and the campaigns marked on the chart.
#include "membership/ActiveMembers.h"
#include "membership/MemberTiers.h"
#include "membership/TierRules.h"

#include "lifecycle/Lifecycle.h"
#include "metrics/CustomerMetrics.h"
#include "store/Days.h"
#include "store/EventIds.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <map>
#include <optional>
#include <set>

using namespace Qt::StringLiterals;
using namespace mwb;

namespace {

struct Order
{
    qint32 day;
    qint64 amountMinor;
};

struct Touch
{
    qint32 day;
    std::string type;
};

struct Person
{
    std::optional<qint32> signupDay;
    std::optional<std::string> tier; // imported
    std::vector<Order> orders;
    std::vector<Touch> touches;
};

// Our own sends and what follows from them: they make a person known, not active.
bool ownAction(const std::string &type)
{
    static const std::set<std::string> ours{"campaign_sent", "campaign_delivered", "campaign_bounced",
                                            "campaign_unsubscribed"};
    return !ours.contains(type);
}

// The first day the customer is known: their earliest dated fact of any kind (none: always).
std::optional<qint32> knownDay(const Person &p)
{
    std::optional<qint32> known = p.signupDay;
    auto earlier = [&known](qint32 day) { known = known ? std::min(*known, day) : day; };
    for (const Order &o : p.orders)
        earlier(o.day);
    for (const Touch &t : p.touches)
        earlier(t.day);
    return known;
}

bool activeOn(const Person &p, qint32 day, int window)
{
    for (const Order &o : p.orders) {
        if (o.amountMinor > 0 && o.day <= day && o.day > day - window)
            return true;
    }
    for (const Touch &t : p.touches) {
        if (ownAction(t.type) && t.day <= day && t.day > day - window)
            return true;
    }
    return false;
}

struct Expected
{
    qint64 members = 0;
    qint64 active = 0;
};

// The month ends from `from`'s month to `to`'s, read off a calendar day by day.
QList<QDate> monthEndsByHand(const QDate &from, const QDate &to)
{
    QList<QDate> ends;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (d.addDays(1).month() != d.month() || d == to)
            ends.append(d);
    }
    return ends;
}

} // namespace

class TestActiveMembers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void monthEndsAreEachMonthsLastDay();
    void rateMatchesADirectReading_data();
    void rateMatchesADirectReading();
    void byTheTiersOfRules();
    void campaignsSentInTheRange();

private:
    void compare(const ActiveMemberSeries &series, int window,
                 const std::function<std::optional<std::string>(qint64 id, qint32 day)> &tierOf);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::map<qint64, Person> m_people;
    QDate m_from;
    QDate m_to;
};

void TestActiveMembers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto created = Workspace::create(m_dir.filePath(u"active.mwb"_s));
    QVERIFY2(created.workspace, qPrintable(created.error.message));
    m_workspace = std::move(created.workspace);
    SQLite::Database &db = m_workspace->db();
    QRandomGenerator random(2024);
    const qint32 start = dayNumber(QDate(2023, 1, 1));
    const char *types[] = {"visit",         "email_open",         "email_click",      "campaign_sent",
                           "campaign_sent", "campaign_delivered", "campaign_bounced", "campaign_unsubscribed",
                           "nps",           "coupon_redeemed"};
    const char *tiers[] = {"standard", "standard", "standard", "silver", "gold"};
    SQLite::Transaction transaction(db);
    SQLite::Statement customer(db, "INSERT INTO customers(id, external_id, signup_at, tier) VALUES (?1, ?2, ?3, ?4)");
    SQLite::Statement order(db,
                            "INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor) "
                            "VALUES (?1, ?2, ?3, ?4)");
    SQLite::Statement event(
        db, "INSERT INTO events(customer_id, occurred_at, type, value, id) VALUES (?1, ?2, ?3, ?4, ?5)");
    EventIds eventIds(db);
    for (qint64 id = 1; id <= 400; ++id) {
        Person p;
        if (random.bounded(3) != 0)
            p.signupDay = start + static_cast<qint32>(random.bounded(500));
        if (random.bounded(6) != 0)
            p.tier = tiers[random.bounded(5)];
        // Some only ever receive our sends; some never do anything dated at all.
        const int kind = static_cast<int>(random.bounded(10));
        qint32 day = start + static_cast<qint32>(random.bounded(400));
        const int orders = kind < 7 ? static_cast<int>(random.bounded(8)) : 0;
        for (int i = 0; i < orders; ++i) {
            day += static_cast<qint32>(random.bounded(random.bounded(3) == 0 ? 200 : 40));
            // Now and then a refund or an order of nothing: neither is a purchase.
            const int what = static_cast<int>(random.bounded(8));
            const qint64 amount = what == 0 ? -2500 : what == 1 ? 0 : 1000 + random.bounded(40000);
            p.orders.push_back({day, amount});
        }
        const int touches = kind == 9 ? 0 : static_cast<int>(random.bounded(10));
        qint32 touchDay = start + static_cast<qint32>(random.bounded(500));
        for (int i = 0; i < touches; ++i) {
            touchDay += static_cast<qint32>(random.bounded(60));
            p.touches.push_back({touchDay, kind == 8 ? "campaign_sent" : types[random.bounded(10)]});
        }
        customer.bind(1, static_cast<int64_t>(id));
        customer.bind(2, "C" + std::to_string(id));
        if (p.signupDay)
            customer.bind(3, static_cast<int64_t>(*p.signupDay) * 86400 + 7200);
        else
            customer.bind(3);
        if (p.tier)
            customer.bind(4, *p.tier);
        else
            customer.bind(4);
        customer.exec();
        customer.reset();
        int n = 0;
        for (const Order &o : p.orders) {
            order.bind(1, "O" + std::to_string(id) + "-" + std::to_string(n++));
            order.bind(2, static_cast<int64_t>(id));
            order.bind(3, static_cast<int64_t>(o.day) * 86400 + 3600 * (n % 24));
            order.bind(4, static_cast<int64_t>(o.amountMinor));
            order.exec();
            order.reset();
        }
        for (const Touch &t : p.touches) {
            event.bind(1, static_cast<int64_t>(id));
            event.bind(2, static_cast<int64_t>(t.day) * 86400 + 86399);
            event.bind(3, t.type);
            if (t.type == "nps")
                event.bind(4, static_cast<double>(random.bounded(11)));
            else
                event.bind(4);
            event.bind(5, static_cast<int64_t>(eventIds.next()));
            event.exec();
            event.reset();
        }
        m_people[id] = p;
    }
    CustomerMetrics::recomputeAll(db);
    Lifecycle::recomputeAll(db);
    transaction.commit();
    m_from = QDate(2023, 3, 10);
    m_to = QDate(2024, 11, 17); // the last month ends on this day
}

void TestActiveMembers::monthEndsAreEachMonthsLastDay()
{
    QCOMPARE(ActiveMembers::monthEnds(m_from, m_to), monthEndsByHand(m_from, m_to));
    QCOMPARE(ActiveMembers::monthEnds(QDate(2024, 2, 1), QDate(2024, 2, 29)), QList<QDate>{QDate(2024, 2, 29)});
    QVERIFY(ActiveMembers::monthEnds(m_to, m_from).isEmpty());
}

void TestActiveMembers::compare(const ActiveMemberSeries &series, int window,
                                const std::function<std::optional<std::string>(qint64, qint32)> &tierOf)
{
    const QList<QDate> ends = monthEndsByHand(m_from, m_to);
    QCOMPARE(series.monthEnds, ends);
    QCOMPARE(series.windowDays, window);
    qint64 someoneActive = 0;
    for (const QDate &end : ends) {
        const qint32 day = dayNumber(end);
        Expected overall;
        std::map<std::string, Expected> byTier;
        for (const auto &[id, p] : m_people) {
            const std::optional<qint32> known = knownDay(p);
            if (known && *known > day)
                continue;
            const bool active = activeOn(p, day, window);
            ++overall.members;
            overall.active += active ? 1 : 0;
            if (const std::optional<std::string> tier = tierOf(id, day)) {
                ++byTier[*tier].members;
                byTier[*tier].active += active ? 1 : 0;
            }
        }
        someoneActive += overall.active;
        const QList<ActiveMemberPoint> line = series.line(QString());
        const auto point = std::find_if(line.begin(), line.end(), [&](const auto &p) { return p.monthEnd == end; });
        QVERIFY(point != line.end());
        QCOMPARE(point->members, overall.members);
        QCOMPARE(point->active, overall.active);
        QCOMPARE(point->rate, overall.members ? double(overall.active) / double(overall.members) : 0.0);
        qint64 tiered = 0;
        for (const QString &tier : series.tiers) {
            const Expected expected = byTier[tier.toStdString()];
            const QList<ActiveMemberPoint> tierLine = series.line(tier);
            QCOMPARE(tierLine.size(), ends.size());
            const auto at =
                std::find_if(tierLine.begin(), tierLine.end(), [&](const auto &p) { return p.monthEnd == end; });
            QVERIFY(at != tierLine.end());
            QCOMPARE(at->members, expected.members);
            QCOMPARE(at->active, expected.active);
            tiered += at->members;
        }
        qint64 expectedTiered = 0;
        for (const auto &[name, e] : byTier)
            expectedTiered += e.members;
        if (!series.tiers.isEmpty())
            QCOMPARE(tiered, expectedTiered); // no tier left out
    }
    QVERIFY(someoneActive > 0);
}

void TestActiveMembers::rateMatchesADirectReading_data()
{
    QTest::addColumn<int>("window");
    QTest::addColumn<bool>("byTier");
    QTest::addColumn<int>("rangeWidth"); // customer ids per range: small ones spread over every connection
    QTest::newRow("90 days, overall") << 90 << false << 0;
    QTest::newRow("30 days, by imported tier") << 30 << true << 0;
    QTest::newRow("one day, by imported tier") << 1 << true << 0;
    QTest::newRow("a year, by imported tier") << 365 << true << 0;
    QTest::newRow("90 days, by imported tier, ranges of 7") << 90 << true << 7;
}

void TestActiveMembers::rateMatchesADirectReading()
{
    QFETCH(int, window);
    QFETCH(bool, byTier);
    QFETCH(int, rangeWidth);
    if (rangeWidth > 0)
        qputenv("MWB_ACTIVE_MEMBERS_RANGE", QByteArray::number(rangeWidth));
    else
        qunsetenv("MWB_ACTIVE_MEMBERS_RANGE");
    const ActiveMemberSeries series = ActiveMembers::rate(m_workspace->db(), m_from, m_to, window, byTier);
    QVERIFY(!series.tiersByRules);
    if (byTier) {
        // The imported tiers, most members on the last day first.
        QCOMPARE(series.tiers.size(), 3);
        QCOMPARE(series.tiers.constFirst(), u"standard"_s);
        QCOMPARE(series.points.size(), series.monthEnds.size() * 4);
    } else {
        QVERIFY(series.tiers.isEmpty());
        QCOMPARE(series.points.size(), series.monthEnds.size());
    }
    compare(series, window, [this](qint64 id, qint32) { return m_people[id].tier; });
}

void TestActiveMembers::byTheTiersOfRules()
{
    SQLite::Database &db = m_workspace->db();
    TierRules rules;
    rules.measure = TierMeasure::Spend;
    rules.windowDays = 180;
    rules.review = TierReview::Monthly;
    rules.tiers = {{u"Member"_s, 0}, {u"Silver"_s, 200}, {u"Gold"_s, 600}};
    {
        SQLite::Transaction transaction(db);
        QVERIFY(TierRules::save(db, rules).isEmpty());
        transaction.commit();
    }
    QVERIFY(MemberTiers::ensureCurrent(db));
    // Each customer's tier on a day: their last change on or before it, else the lowest.
    std::map<qint64, std::vector<std::pair<qint32, std::string>>> changes;
    SQLite::Statement stored(db, "SELECT customer_id, day, tier FROM customer_tiers ORDER BY customer_id, day");
    while (stored.executeStep())
        changes[stored.getColumn(0).getInt64()].emplace_back(stored.getColumn(1).getInt(),
                                                             stored.getColumn(2).getString());
    QVERIFY(changes.size() > 100);
    qputenv("MWB_ACTIVE_MEMBERS_RANGE", "13");
    const ActiveMemberSeries series = ActiveMembers::rate(db, m_from, m_to, 60, true);
    qunsetenv("MWB_ACTIVE_MEMBERS_RANGE");
    QVERIFY(series.tiersByRules);
    QCOMPARE(series.tiers, (QStringList{u"Member"_s, u"Silver"_s, u"Gold"_s}));
    compare(series, 60, [&changes](qint64 id, qint32 day) -> std::optional<std::string> {
        std::string tier = "Member";
        for (const auto &[from, name] : changes[id]) {
            if (from <= day)
                tier = name;
        }
        return tier;
    });
    // Every member is in a tier of the rules.
    for (const QDate &end : series.monthEnds) {
        qint64 sum = 0;
        qint64 all = 0;
        for (const ActiveMemberPoint &p : series.points) {
            if (p.monthEnd == end)
                (p.tier.isEmpty() ? all : sum) += p.members;
        }
        QCOMPARE(sum, all);
    }
    {
        SQLite::Transaction transaction(db);
        TierRules::clear(db);
        transaction.commit();
    }
}

void TestActiveMembers::campaignsSentInTheRange()
{
    SQLite::Database &db = m_workspace->db();
    const qint64 created = static_cast<qint64>(dayNumber(QDate(2024, 12, 1))) * 86400;
    {
        SQLite::Transaction transaction(db);
        SQLite::Statement campaign(db,
                                   "INSERT INTO campaigns(id, name, holdout, sent_at, created_at) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5)");
        auto add = [&](qint64 id, const char *name, double holdout, std::optional<QDate> sent, qint64 createdAt) {
            campaign.bind(1, static_cast<int64_t>(id));
            campaign.bind(2, name);
            campaign.bind(3, holdout);
            if (sent)
                campaign.bind(4, static_cast<int64_t>(dayNumber(*sent)) * 86400 + 36000);
            else
                campaign.bind(4);
            campaign.bind(5, static_cast<int64_t>(createdAt));
            campaign.exec();
            campaign.reset();
        };
        add(1, "Spring tea", 0.1, QDate(2023, 4, 3), created);
        add(2, "Summer, no holdout", 0, QDate(2023, 7, 14), created);
        add(3, "Before the range", 0.1, QDate(2023, 3, 9), created);
        add(4, "After the range", 0.1, QDate(2024, 11, 18), created);
        add(5, "Never sent", 0, std::nullopt, static_cast<qint64>(dayNumber(QDate(2024, 5, 5))) * 86400);
        add(6, "Programme wave", 0.1, QDate(2024, 2, 2), created);
        db.exec("INSERT INTO campaign_members(campaign_id, customer_id, grp, member_token) VALUES "
                "(1, 1, 'treatment', 't1'), (1, 2, 'control', 't2'), (2, 3, 'treatment', 't3'), "
                "(6, 4, 'treatment', 't4'), (6, 5, 'control', 't5')");
        db.exec("INSERT INTO programmes(id, name, definition, created_at, updated_at) VALUES (1, 'P', '{}', 0, 0)");
        db.exec("INSERT INTO programme_runs(programme_id, day, step, campaign_id, entered, treatment, control, "
                "global_control, capped) VALUES (1, 19755, 1, 6, 2, 1, 1, 0, 0)");
        transaction.commit();
    }
    const ActiveMemberSeries series = ActiveMembers::rate(db, m_from, m_to, 90, false);
    QCOMPARE(series.campaigns.size(), 3);
    QCOMPARE(series.campaigns[0].name, u"Spring tea"_s);
    QCOMPARE(series.campaigns[0].day, QDate(2023, 4, 3));
    QVERIFY(series.campaigns[0].hasControl);
    QCOMPARE(series.campaigns[1].name, u"Summer, no holdout"_s);
    QVERIFY(!series.campaigns[1].hasControl);
    // Without a send time, the day it was created (as its report reads it).
    QCOMPARE(series.campaigns[2].name, u"Never sent"_s);
    QCOMPARE(series.campaigns[2].day, QDate(2024, 5, 5));
}

QTEST_GUILESS_MAIN(TestActiveMembers)
#include "tst_activemembers.moc"
