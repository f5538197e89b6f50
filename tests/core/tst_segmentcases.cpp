// Segment definitions on a small hand-built workspace whose answers are worked out by hand
// from docs/SEGMENTS.md: every operator on every kind of field, empty values, money in
// major units, dates at the day boundaries, stages as of a day, behaviour conditions at
// their window's edge; and the errors, each naming its place in the definition.
#include "lifecycle/Lifecycle.h"
#include "metrics/CustomerMetrics.h"
#include "metrics/RfmScores.h"
#include "segments/SegmentDefinition.h"
#include "segments/SegmentQuery.h"
#include "store/Workspace.h"
#include "store/EventIds.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

Q_DECLARE_METATYPE(mwb::SegmentNode)

using namespace Qt::StringLiterals;
using namespace mwb;

namespace {

qint64 at(const char *isoDateTime)
{
    return QDateTime::fromString(QString::fromLatin1(isoDateTime), Qt::ISODate).toSecsSinceEpoch();
}

// Binds a text, or NULL for nullptr.
void bindText(SQLite::Statement &s, int index, const char *text)
{
    if (text)
        s.bind(index, text);
    else
        s.bind(index);
}

} // namespace

class TestSegmentCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void members_data();
    void members();
    void unknownCampaignIsAnError_data();
    void unknownCampaignIsAnError();
    void definitionErrors_data();
    void definitionErrors();
    void nodeErrors_data();
    void nodeErrors();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QHash<qint64, QString> m_externalIds;
};

// Reference day 2024-06-30 (the last order and touchpoints). By hand, with the default
// lifecycle rules (advocate: 3 orders in 365 days, an NPS of 9+ or a referral; abandon
// after 180 days):
//   A  2 orders (12.50 web "Green Tea" on 06-30, 30.00 store "Tea Set" on 06-01), refund
//      -5.00: revenue 37.50, AOV 18.75, recency 0; NPS 9 on 05-01 then 3 (latest) on 06-10;
//      stage adopt, on 2024-05-15 advocate; RFM 3/3/3 Need attention; CLV 150.00.
//   B  2 orders of 10.00 on 04-01 (web, store): recency 90; NPS 8 and 6 at the same time
//      (6 imported last); stage adopt; RFM 2/3/2 At risk; CLV 12.50.
//   C  1 order of 0.29 on 2023-06-30: recency 366; stage abandon; RFM 1/1/1 Lost.
//   D  nothing bought, signs up 2024-07-10: no stage on the reference day; no main
//      external id, but the identity D400.
//   E  a refund only on 05-01 (revenue -10.00, no orders), which makes E known (aware) from
//      then; a referral on 06-29: stage advocate.
//   F  1 order of 100.00 on 06-30 23:59:59: RFM 3/1/4 About to sleep; stage adopt.
void TestSegmentCases::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto created = Workspace::create(m_dir.filePath(u"cases.mwb"_s), {u"CN"_s, u"CNY"_s});
    QVERIFY(created.workspace);
    m_workspace = std::move(created.workspace);
    SQLite::Database &db = m_workspace->db();
    SQLite::Transaction transaction(db);
    db.exec("INSERT INTO campaigns(id, name, created_at) VALUES (1, 'Spring Sale', 0), (2, '双十一 Promo', 0)");

    struct Customer
    {
        qint64 id;
        const char *ext, *name, *email, *phone, *city, *region, *country, *gender, *source, *tier;
        qint64 signup; // 0: none
    };
    const Customer customers[] = {
        {1, "A100", "Alice Wong", "alice@example.com", "+8613800000001", "Shanghai", "East", "CN", "female", "wechat",
         "Gold", at("2024-01-15T10:00:00Z")},
        {2, "B200", "bob", "bob@example.com", nullptr, "shanghai", "", nullptr, "male", "app", "gold",
         at("2023-12-01T00:00:00Z")},
        {3, "17850", "王伟", nullptr, "+8613912345678", "北京", "华北", "中国", "", nullptr, nullptr, 0},
        {4, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
         at("2024-07-10T08:00:00Z")},
        {5, "E500", "Éva", nullptr, nullptr, "Zürich", "West", nullptr, nullptr, nullptr, nullptr, 0},
        {6, "f600", "50% Club", nullptr, nullptr, "a_b", "East", nullptr, nullptr, nullptr, nullptr, 0},
    };
    SQLite::Statement customer(db,
                               "INSERT INTO customers(id, external_id, name, email, phone, city, region, country, "
                               "gender, source_channel, tier, signup_at) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    for (const Customer &c : customers) {
        customer.bind(1, static_cast<int64_t>(c.id));
        const char *texts[] = {c.ext,    c.name,    c.email,  c.phone,  c.city,
                               c.region, c.country, c.gender, c.source, c.tier};
        for (int i = 0; i < 10; ++i)
            bindText(customer, i + 2, texts[i]);
        if (c.signup)
            customer.bind(12, static_cast<int64_t>(c.signup));
        else
            customer.bind(12);
        customer.exec();
        customer.reset();
        m_externalIds.insert(c.id, QString::fromUtf8(c.ext ? c.ext : "D400"));
    }
    SQLite::Statement identity(db, "INSERT INTO identities(kind, value, customer_id) VALUES (?1, ?2, ?3)");
    const std::tuple<const char *, const char *, qint64> identities[] = {
        {"external_id", "A100", 1},        {"external_id", "B200", 2},         {"external_id", "17850", 3},
        {"external_id", "D400", 4},        {"external_id", "E500", 5},         {"external_id", "f600", 6},
        {"email", "alice@example.com", 1}, {"email", "alice.work@corp.cn", 1}, {"email", "bob@example.com", 2},
        {"phone", "+8613800000001", 1},    {"phone", "+8613912345678", 3}};
    for (const auto &[kind, value, id] : identities) {
        identity.bind(1, kind);
        identity.bind(2, value);
        identity.bind(3, static_cast<int64_t>(id));
        identity.exec();
        identity.reset();
    }
    SQLite::Statement tag(db, "INSERT INTO customer_tags(customer_id, tag) VALUES (?1, ?2)");
    for (const auto &[id, text] :
         {std::pair<qint64, const char *>{1, "VIP"}, {1, "Newsletter"}, {2, "vip"}, {5, "b2b"}}) {
        tag.bind(1, static_cast<int64_t>(id));
        tag.bind(2, text);
        tag.exec();
        tag.reset();
    }
    // Each order is one line of its product; the refunds' lines are negative.
    db.exec("INSERT INTO products(code, name, category, brand) VALUES ('GT-1', 'Green Tea', 'Tea', 'Lotus'), "
            "('TS-1', 'Tea Set', 'Teaware', 'Jingdezhen'), ('OO-1', 'Oolong', 'Tea', 'Lotus'), "
            "('PU-1', 'pu_erh 50% off', 'Tea', NULL)");
    SQLite::Statement order(db,
                            "INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor, channel) "
                            "VALUES (?1, ?2, ?3, ?4, ?5)");
    SQLite::Statement line(db,
                           "INSERT INTO order_lines(order_id, line_no, product_id, amount_minor) "
                           "SELECT ?1, 1, id, ?2 FROM products WHERE name = ?3");
    struct Order
    {
        qint64 customer;
        const char *time;
        qint64 amount;
        const char *channel, *product;
    };
    const Order orders[] = {{1, "2024-06-30T10:00:00Z", 1250, "web", "Green Tea"},
                            {1, "2024-06-01T09:00:00Z", 3000, "store", "Tea Set"},
                            {1, "2024-06-02T09:00:00Z", -500, "store", "Tea Set"},
                            {2, "2024-04-01T08:00:00Z", 1000, "web", "Oolong"},
                            {2, "2024-04-01T18:00:00Z", 1000, "store", "Oolong"},
                            {3, "2023-06-30T12:00:00Z", 29, "store", "pu_erh 50% off"},
                            {5, "2024-05-01T12:00:00Z", -1000, "web", "Oolong"},
                            {6, "2024-06-30T23:59:59Z", 10000, "app", "Oolong"}};
    int ref = 0;
    for (const Order &o : orders) {
        order.bind(1, "O" + std::to_string(++ref));
        order.bind(2, static_cast<int64_t>(o.customer));
        order.bind(3, static_cast<int64_t>(at(o.time)));
        order.bind(4, static_cast<int64_t>(o.amount));
        order.bind(5, o.channel);
        order.exec();
        order.reset();
        line.bind(1, static_cast<int64_t>(db.getLastInsertRowid()));
        line.bind(2, static_cast<int64_t>(o.amount));
        line.bind(3, o.product);
        QCOMPARE(line.exec(), 1);
        line.reset();
    }
    SQLite::Statement event(db,
                            "INSERT INTO events(customer_id, occurred_at, type, channel, campaign_id, value, id) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    EventIds eventIds(db);
    struct Event
    {
        qint64 customer;
        const char *time, *type, *channel;
        qint64 campaign;
        int value;
    };
    const Event events[] = {{1, "2024-06-30T08:00:00Z", "email_open", "email", 1, -1},
                            {1, "2024-05-01T12:00:00Z", "nps", "web", 0, 9},
                            {1, "2024-06-10T12:00:00Z", "nps", "web", 0, 3},
                            {2, "2024-06-01T09:00:00Z", "web_visit", "web", 0, -1},
                            {2, "2024-06-01T10:00:00Z", "email_open", "email", 1, -1},
                            {2, "2024-06-15T10:00:00Z", "email_open", "email", 1, -1},
                            {2, "2024-06-15T12:00:00Z", "nps", "app", 0, 8},
                            {2, "2024-06-15T12:00:00Z", "nps", "app", 0, 6},
                            {3, "2024-06-30T00:00:00Z", "campaign_sent", "sms", 2, -1},
                            {5, "2024-06-29T12:00:00Z", "referral", "web", 0, -1}};
    for (const Event &e : events) {
        event.bind(1, static_cast<int64_t>(e.customer));
        event.bind(2, static_cast<int64_t>(at(e.time)));
        event.bind(3, e.type);
        event.bind(4, e.channel);
        if (e.campaign)
            event.bind(5, static_cast<int64_t>(e.campaign));
        else
            event.bind(5);
        if (e.value >= 0)
            event.bind(6, double(e.value));
        else
            event.bind(6);
        event.bind(7, static_cast<int64_t>(eventIds.next()));
        event.exec();
        event.reset();
    }
    CustomerMetrics::recomputeAll(db);
    Lifecycle::recomputeAll(db);
    RfmScores::recompute(db);
    db.exec(
        "UPDATE customer_metrics SET predicted_clv_minor = CASE customer_id WHEN 1 THEN 15000 WHEN 2 THEN 1250 END");
    transaction.commit();
    QCOMPARE(Lifecycle::referenceDate(db), QDate(2024, 6, 30));
}

void TestSegmentCases::members_data()
{
    QTest::addColumn<QByteArray>("definition");
    QTest::addColumn<QString>("expected"); // external ids of the members, by customer id

    const auto row = [](const char *name, const char *json, const char *expected) {
        QTest::newRow(name) << QByteArray(json) << QString::fromUtf8(expected);
    };
    // Groups.
    row("empty all", R"({"all": []})", "A100,B200,17850,D400,E500,f600");
    row("empty any", R"({"any": []})", "");
    row("not empty any", R"({"not": {"any": []}})", "A100,B200,17850,D400,E500,f600");
    // Text: A-Z fold only; empty (NULL or "") for !=, not_in, is_empty.
    row("name = other case", R"({"field": "name", "op": "=", "value": "alice WONG"})", "A100");
    row("name = É is not é", R"({"field": "name", "op": "=", "value": "éva"})", "");
    row("name = ÉVA", R"({"field": "name", "op": "=", "value": "ÉVA"})", "E500");
    row("name != takes empty", R"({"field": "name", "op": "!=", "value": "Alice Wong"})", "B200,17850,D400,E500,f600");
    row("name = chinese", R"({"field": "name", "op": "=", "value": "王伟"})", "17850");
    row("name contains %", R"({"field": "name", "op": "contains", "value": "%"})", "f600");
    row("name contains 0% c", R"({"field": "name", "op": "contains", "value": "0% C"})", "f600");
    row("city contains _", R"({"field": "city", "op": "contains", "value": "_"})", "f600");
    row("city starts_with", R"({"field": "city", "op": "starts_with", "value": "SHANG"})", "A100,B200");
    row("city = Ü not folded", R"({"field": "city", "op": "=", "value": "ZÜRICH"})", "");
    row("city in", R"({"field": "city", "op": "in", "value": ["beijing", "北京"]})", "17850");
    row("city not_in", R"({"field": "city", "op": "not_in", "value": ["Shanghai"]})", "17850,D400,E500,f600");
    row("region is_empty", R"({"field": "region", "op": "is_empty"})", "B200,D400");
    row("region is_empty null", R"({"field": "region", "op": "is_empty", "value": null})", "B200,D400");
    row("region is_not_empty", R"({"field": "region", "op": "is_not_empty"})", "A100,17850,E500,f600");
    row("gender = empty text", R"({"field": "gender", "op": "=", "value": ""})", "");
    row("tier = GOLD", R"({"field": "tier", "op": "=", "value": "GOLD"})", "A100,B200");
    row("source in", R"({"field": "source_channel", "op": "in", "value": ["WeChat", "store"]})", "A100");
    row("country not_in", R"({"field": "country", "op": "not_in", "value": ["cn"]})", "B200,17850,D400,E500,f600");
    // Identities: every identity of the kind, normalised; contains / is_empty: the main value.
    row("email second identity", R"({"field": "email", "op": "=", "value": " ALICE.WORK@corp.cn "})", "A100");
    row("email !=", R"({"field": "email", "op": "!=", "value": "alice@example.com"})", "B200,17850,D400,E500,f600");
    row("email in", R"({"field": "email", "op": "in", "value": ["nobody@x.com", "Bob@Example.COM"]})", "B200");
    row("email not_in", R"({"field": "email", "op": "not_in", "value": ["alice.work@corp.cn"]})",
        "B200,17850,D400,E500,f600");
    row("email contains main", R"({"field": "email", "op": "contains", "value": "EXAMPLE"})", "A100,B200");
    row("email starts_with main only", R"({"field": "email", "op": "starts_with", "value": "alice.work"})", "");
    row("email is_empty", R"({"field": "email", "op": "is_empty"})", "17850,D400,E500,f600");
    row("phone national", R"({"field": "phone", "op": "=", "value": "138 0000 0001"})", "A100");
    row("phone 0086", R"({"field": "phone", "op": "=", "value": "0086 139-1234-5678"})", "17850");
    row("phone not a number", R"({"field": "phone", "op": "=", "value": "not a phone"})", "");
    row("phone != not a number", R"({"field": "phone", "op": "!=", "value": "not a phone"})",
        "A100,B200,17850,D400,E500,f600");
    row("phone contains", R"({"field": "phone", "op": "contains", "value": "1391"})", "17850");
    row("external_id spreadsheet", R"({"field": "external_id", "op": "=", "value": "17850.0"})", "17850");
    row("external_id case", R"({"field": "external_id", "op": "=", "value": "a100"})", "A100");
    row("external_id identity only", R"({"field": "external_id", "op": "=", "value": "D400"})", "D400");
    row("external_id in", R"({"field": "external_id", "op": "in", "value": ["B200", "F600"]})", "B200,f600");
    row("external_id starts_with", R"({"field": "external_id", "op": "starts_with", "value": "F"})", "f600");
    row("external_id is_empty main", R"({"field": "external_id", "op": "is_empty"})", "D400");
    // Tags.
    row("tag =", R"({"field": "tag", "op": "=", "value": "vip"})", "A100,B200");
    row("tag !=", R"({"field": "tag", "op": "!=", "value": "VIP"})", "17850,D400,E500,f600");
    row("tag in", R"({"field": "tag", "op": "in", "value": ["B2B", "newsletter"]})", "A100,E500");
    row("tag not_in", R"({"field": "tag", "op": "not_in", "value": ["vip"]})", "17850,D400,E500,f600");
    row("tag contains", R"({"field": "tag", "op": "contains", "value": "LETT"})", "A100");
    row("tag starts_with", R"({"field": "tag", "op": "starts_with", "value": "b"})", "E500");
    row("tag is_empty", R"({"field": "tag", "op": "is_empty"})", "17850,D400,f600");
    row("tag is_not_empty", R"({"field": "tag", "op": "is_not_empty"})", "A100,B200,E500");
    row("not tag", R"({"not": {"field": "tag", "op": "=", "value": "vip"}})", "17850,D400,E500,f600");
    // Numbers and money (major units).
    row("frequency = 0", R"({"field": "frequency", "op": "=", "value": 0})", "D400,E500");
    row("frequency in", R"({"field": "frequency", "op": "in", "value": [1, 3]})", "17850,f600");
    row("frequency not_in", R"({"field": "frequency", "op": "not_in", "value": [2]})", "17850,D400,E500,f600");
    row("frequency >= 2", R"({"field": "frequency", "op": ">=", "value": 2})", "A100,B200");
    row("frequency is_empty", R"({"field": "frequency", "op": "is_empty"})", "");
    row("monetary = 0.29", R"({"field": "monetary", "op": "=", "value": 0.29})", "17850");
    row("monetary > 0.29", R"({"field": "monetary", "op": ">", "value": 0.29})", "A100,B200,f600");
    row("monetary <= 0.29", R"({"field": "monetary", "op": "<=", "value": 0.29})", "17850,D400,E500");
    row("monetary < 0", R"({"field": "monetary", "op": "<", "value": 0})", "E500");
    row("monetary = 37.5", R"({"field": "monetary", "op": "=", "value": 37.5})", "A100");
    row("monetary between swapped", R"({"field": "monetary", "op": "between", "value": [37.5, 20]})", "A100,B200");
    row("aov = 18.75", R"({"field": "aov", "op": "=", "value": 18.75})", "A100");
    row("aov >= 10", R"({"field": "aov", "op": ">=", "value": 10})", "A100,B200,f600");
    row("aov != 10", R"({"field": "aov", "op": "!=", "value": 10})", "A100,17850,D400,E500,f600");
    row("aov is_empty", R"({"field": "aov", "op": "is_empty"})", "D400,E500");
    row("clv = 12.5", R"({"field": "predicted_clv", "op": "=", "value": 12.5})", "B200");
    row("clv is_empty", R"({"field": "predicted_clv", "op": "is_empty"})", "17850,D400,E500,f600");
    row("recency <= 90", R"({"field": "recency_days", "op": "<=", "value": 90})", "A100,B200,f600");
    row("recency = 366", R"({"field": "recency_days", "op": "=", "value": 366})", "17850");
    row("recency is_empty", R"({"field": "recency_days", "op": "is_empty"})", "D400,E500");
    row("nps latest", R"({"field": "nps", "op": "=", "value": 3})", "A100");
    row("nps tie imported last", R"({"field": "nps", "op": "=", "value": 6})", "B200");
    row("nps >= 9", R"({"field": "nps", "op": ">=", "value": 9})", "");
    row("nps is_empty", R"({"field": "nps", "op": "is_empty"})", "17850,D400,E500,f600");
    row("r_score = 3", R"({"field": "r_score", "op": "=", "value": 3})", "A100,f600");
    row("f_score = 1", R"({"field": "f_score", "op": "=", "value": 1})", "17850,f600");
    row("m_score = 4", R"({"field": "m_score", "op": "=", "value": 4})", "f600");
    row("m_score between", R"({"field": "m_score", "op": "between", "value": [2, 3]})", "A100,B200");
    row("r_score is_empty", R"({"field": "r_score", "op": "is_empty"})", "D400,E500");
    row("rfm need attention", R"({"field": "rfm_segment", "op": "=", "value": "Need attention"})", "A100");
    row("rfm in", R"({"field": "rfm_segment", "op": "in", "value": ["At risk", "Lost"]})", "B200,17850");
    row("rfm not_in", R"({"field": "rfm_segment", "op": "not_in", "value": ["About to sleep"]})",
        "A100,B200,17850,D400,E500");
    row("rfm is_empty", R"({"field": "rfm_segment", "op": "is_empty"})", "D400,E500");
    // Dates: days, "YYYY-MM-DD" or N days before 2024-06-30.
    row("signup =", R"({"field": "signup_date", "op": "=", "value": "2024-01-15"})", "A100");
    row("signup <", R"({"field": "signup_date", "op": "<", "value": "2024-01-15"})", "B200");
    row("signup <=", R"({"field": "signup_date", "op": "<=", "value": "2024-01-15"})", "A100,B200");
    row("signup >", R"({"field": "signup_date", "op": ">", "value": "2024-01-15"})", "D400");
    row("signup between swapped", R"({"field": "signup_date", "op": "between", "value": ["2024-07-10", "2023-12-01"]})",
        "A100,B200,D400");
    row("signup !=", R"({"field": "signup_date", "op": "!=", "value": "2024-01-15"})", "B200,17850,D400,E500,f600");
    row("signup is_empty", R"({"field": "signup_date", "op": "is_empty"})", "17850,E500,f600");
    row("signup days_ago 167", R"({"field": "signup_date", "op": "=", "value": {"days_ago": 167}})", "A100");
    row("signup days_ago 168", R"({"field": "signup_date", "op": "=", "value": {"days_ago": 168}})", "");
    row("last purchase today", R"({"field": "last_purchase_date", "op": "=", "value": {"days_ago": 0}})", "A100,f600");
    row("last purchase >= 90", R"({"field": "last_purchase_date", "op": ">=", "value": {"days_ago": 90}})",
        "A100,B200,f600");
    row("last purchase > 90", R"({"field": "last_purchase_date", "op": ">", "value": {"days_ago": 90}})", "A100,f600");
    row("first purchase", R"({"field": "first_purchase_date", "op": "=", "value": "2024-06-01"})", "A100");
    row("first purchase between mixed",
        R"({"field": "first_purchase_date", "op": "between", "value": [{"days_ago": 0}, "2024-04-01"]})",
        "A100,B200,f600");
    row("first purchase is_empty", R"({"field": "first_purchase_date", "op": "is_empty"})", "D400,E500");
    // Lifecycle stages, now and as of a day.
    row("stage = adopt", R"({"field": "lifecycle_stage", "op": "=", "value": "adopt"})", "A100,B200,f600");
    row("stage !=", R"({"field": "lifecycle_stage", "op": "!=", "value": "adopt"})", "17850,D400,E500");
    row("stage in", R"({"field": "lifecycle_stage", "op": "in", "value": ["advocate", "abandon"]})", "17850,E500");
    row("stage is_empty now", R"({"field": "lifecycle_stage", "op": "is_empty"})", "D400");
    row("stage as_of advocate",
        R"({"field": "lifecycle_stage", "op": "=", "value": "advocate", "as_of": "2024-05-15"})", "A100");
    row("stage as_of is_empty", R"({"field": "lifecycle_stage", "op": "is_empty", "as_of": "2024-05-15"})",
        "D400,f600");
    row("stage as_of refund only",
        R"({"field": "lifecycle_stage", "op": "=", "value": "aware", "as_of": "2024-05-15"})", "E500");
    row("stage the day before the refund", R"({"field": "lifecycle_stage", "op": "is_empty", "as_of": "2024-04-30"})",
        "D400,E500,f600");
    row("stage as_of not_in",
        R"({"field": "lifecycle_stage", "op": "not_in", "value": ["adopt"], "as_of": "2024-05-15"})",
        "A100,17850,D400,E500,f600");
    // Behaviour: within_days counts back from 2024-06-30, that day included.
    row("event type any case", R"({"event": {"type": "EMAIL_OPEN"}})", "A100,B200");
    row("event min_count 2", R"({"event": {"type": "email_open", "min_count": 2}})", "B200");
    row("event min_count 3", R"({"event": {"type": "email_open", "min_count": 3}})", "");
    row("event channel only", R"({"event": {"channel": "Email"}})", "A100,B200");
    row("event within 30 edge", R"({"event": {"type": "web_visit", "within_days": 30}})", "B200");
    row("event within 29", R"({"event": {"type": "web_visit", "within_days": 29}})", "");
    row("event within 1", R"({"event": {"type": "email_open", "within_days": 1}})", "A100");
    row("event within 2", R"({"event": {"type": "referral", "within_days": 2}})", "E500");
    row("event referral within 1", R"({"event": {"type": "referral", "within_days": 1}})", "");
    row("event campaign id", R"({"event": {"type": "email_open", "campaign": 1}})", "A100,B200");
    row("event campaign name", R"({"event": {"type": "email_open", "campaign": "Spring Sale"}})", "A100,B200");
    row("event campaign 2", R"({"event": {"channel": "sms", "campaign": "双十一 Promo"}})", "17850");
    row("event campaign mismatch", R"({"event": {"type": "email_open", "campaign": 2}})", "");
    row("event nps twice", R"({"event": {"type": "nps", "min_count": 2}})", "A100,B200");
    row("purchase any", R"({"purchase": {}})", "A100,B200,17850,f600");
    row("purchase within 1", R"({"purchase": {"within_days": 1}})", "A100,f600");
    row("purchase within 91", R"({"purchase": {"within_days": 91}})", "A100,B200,f600");
    row("purchase within 90", R"({"purchase": {"within_days": 90}})", "A100,f600");
    row("purchase min_count 2", R"({"purchase": {"min_count": 2}})", "A100,B200");
    row("purchase min_amount 12.5", R"({"purchase": {"min_amount": 12.5}})", "A100,f600");
    row("purchase min_amount 0.29", R"({"purchase": {"min_amount": 0.29}})", "A100,B200,17850,f600");
    row("purchase min_amount 0.3", R"({"purchase": {"min_amount": 0.3}})", "A100,B200,f600");
    row("purchase amount and count", R"({"purchase": {"min_amount": 12.5, "min_count": 2}})", "A100");
    row("purchase channel", R"({"purchase": {"channel": "WEB"}})", "A100,B200");
    row("purchase product", R"({"purchase": {"product_contains": "TEA"}})", "A100");
    row("purchase product %", R"({"purchase": {"product_contains": "%"}})", "17850");
    row("purchase product u_e", R"({"purchase": {"product_contains": "u_e"}})", "17850");
    row("purchase product u%e", R"({"purchase": {"product_contains": "u%e"}})", "");
    row("purchase store within 91 x2", R"({"purchase": {"channel": "store", "within_days": 91, "min_count": 2}})", "");
    // Lines: a refunded line is no purchase (E500 only returned an Oolong).
    row("purchase product code", R"({"purchase": {"product": "OO-1"}})", "B200,f600");
    row("purchase product codes", R"({"purchase": {"product": ["GT-1", "PU-1"]}})", "A100,17850");
    row("purchase product code exact", R"({"purchase": {"product": "oo-1"}})", "");
    row("purchase category any case", R"({"purchase": {"category": "tea"}})", "A100,B200,17850,f600");
    row("purchase category teaware", R"({"purchase": {"category": "Teaware"}})", "A100");
    row("purchase brand", R"({"purchase": {"brand": ["LOTUS", "none"]}})", "A100,B200,f600");
    row("purchase product twice", R"({"purchase": {"product": "OO-1", "min_count": 2}})", "B200");
    row("purchase product and channel", R"({"purchase": {"product": "OO-1", "channel": "store"}})", "B200");
    row("purchase category within 1", R"({"purchase": {"category": "Tea", "within_days": 1}})", "A100,f600");
    row("bought tea, never teaware",
        R"({"all": [{"purchase": {"category": "Tea"}}, {"not": {"purchase": {"category": "Teaware"}}}]})",
        "B200,17850,f600");
    row("distinct products 2", R"({"field": "distinct_products", "op": ">=", "value": 2})", "A100");
    row("distinct products 0", R"({"field": "distinct_products", "op": "=", "value": 0})", "D400,E500");
    // A100 spent 30.00 on teaware and 12.50 on tea (the refunded 5.00 is no purchase).
    row("favourite category tea", R"({"field": "favourite_category", "op": "=", "value": "tea"})", "B200,17850,f600");
    row("favourite category teaware", R"({"field": "favourite_category", "op": "=", "value": "Teaware"})", "A100");
    row("favourite category none", R"({"field": "favourite_category", "op": "is_empty"})", "D400,E500");
}

void TestSegmentCases::members()
{
    QFETCH(QByteArray, definition);
    QFETCH(QString, expected);
    const SegmentParse parsed = SegmentDefinition::fromText(definition);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QString error;
    const QList<qint64> ids = SegmentQuery::ids(m_workspace->db(), parsed.node, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList members;
    for (qint64 id : ids)
        members << m_externalIds.value(id);
    QCOMPARE(members.join(u','), expected);
    const SegmentCount count = SegmentQuery::count(m_workspace->db(), parsed.node);
    QVERIFY2(count.ok(), qPrintable(count.error));
    QCOMPARE(count.count, qint64(ids.size()));
    QCOMPARE(count.total, 6);
}

void TestSegmentCases::unknownCampaignIsAnError_data()
{
    QTest::addColumn<QByteArray>("definition");
    QTest::newRow("name") << QByteArray(R"({"event": {"type": "email_open", "campaign": "Nope"}})");
    QTest::newRow("name prefix") << QByteArray(R"({"any": [{"event": {"type": "email_open", "campaign": "Spring"}}]})");
    QTest::newRow("id") << QByteArray(R"({"event": {"type": "email_open", "campaign": 99}})");
    QTest::newRow("under not") << QByteArray(R"({"not": {"event": {"channel": "sms", "campaign": "Nope"}}})");
}

void TestSegmentCases::unknownCampaignIsAnError()
{
    QFETCH(QByteArray, definition);
    const SegmentParse parsed = SegmentDefinition::fromText(definition);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error)); // well formed: only the workspace can tell
    const SegmentCount count = SegmentQuery::count(m_workspace->db(), parsed.node);
    QVERIFY(!count.error.isEmpty());
    QCOMPARE(count.count, 0);
    QString error;
    QVERIFY(SegmentQuery::ids(m_workspace->db(), parsed.node, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestSegmentCases::definitionErrors_data()
{
    QTest::addColumn<QByteArray>("definition");
    QTest::addColumn<QStringList>("mentions"); // the place and the offending name

    const auto row = [](const char *name, const char *json, QStringList mentions) {
        QTest::newRow(name) << QByteArray(json) << mentions;
    };
    row("unknown field",
        R"({"all": [{"field": "city", "op": "=", "value": "x"}, {"field": "cty", "op": "=", "value": "x"}]})",
        {u"all[1].field"_s, u"cty"_s});
    row("unknown op",
        R"({"all": [{"field": "city", "op": "=", "value": "x"}, {"field": "city", "op": "eq", "value": "x"}]})",
        {u"all[1].op"_s, u"eq"_s});
    row("op not for dates", R"({"any": [{"field": "signup_date", "op": "contains", "value": "2024"}]})",
        {u"any[0].op"_s, u"contains"_s});
    row("op not for stages", R"({"any": [{"field": "lifecycle_stage", "op": "starts_with", "value": "a"}]})",
        {u"any[0].op"_s, u"starts_with"_s});
    row("op not for numbers", R"({"all": [{"field": "frequency", "op": "contains", "value": 1}]})",
        {u"all[0].op"_s, u"contains"_s});
    row("in not for dates", R"({"all": [{"field": "signup_date", "op": "in", "value": ["2024-01-01"]}]})",
        {u"all[0].op"_s, u"in"_s});
    row("unknown key in condition", R"({"all": [{"field": "city", "op": "=", "value": "x", "colour": 1}]})",
        {u"all[0]"_s, u"colour"_s});
    row("unknown key in event", R"({"all": [{"event": {"type": "web_visit", "when": 3}}]})",
        {u"all[0].event"_s, u"when"_s});
    row("unknown key in purchase", R"({"not": {"purchase": {"amount": 3}}})", {u"not.purchase"_s, u"amount"_s});
    row("event without type or channel", R"({"all": [{"event": {"within_days": 3}}]})",
        {u"all[0].event"_s, u"type"_s, u"channel"_s});
    row("group with two keys", R"({"not": {"all": [], "any": []}})", {u"not"_s, u"all"_s, u"any"_s});
    row("empty object", R"({"all": [{}]})", {u"all[0]"_s});
    row("not given a list", R"({"all": [{"not": [{"field": "city", "op": "is_empty"}]}]})", {u"all[0].not"_s});
    row("all given an object", R"({"any": [{"all": {"field": "city", "op": "is_empty"}}]})", {u"any[0].all"_s});
    row("missing op", R"({"all": [{"field": "city", "value": "x"}]})", {u"all[0]"_s, u"op"_s});
    row("number as text", R"({"all": [{"field": "frequency", "op": ">", "value": "three"}]})", {u"all[0].value"_s});
    row("money as text", R"({"all": [{"field": "monetary", "op": ">", "value": "12.5"}]})", {u"all[0].value"_s});
    row("text as number", R"({"all": [{"field": "city", "op": "=", "value": 3}]})", {u"all[0].value"_s});
    row("in not a list", R"({"any": [{"field": "city", "op": "in", "value": "Shanghai"}]})", {u"any[0].value"_s});
    row("in empty list", R"({"any": [{"field": "city", "op": "in", "value": []}]})", {u"any[0].value"_s});
    row("between one value", R"({"all": [{"field": "frequency", "op": "between", "value": [1]}]})",
        {u"all[0].value"_s});
    row("value missing", R"({"all": [{"field": "frequency", "op": ">"}]})", {u"all[0].value"_s});
    row("bad date", R"({"all": [{"field": "signup_date", "op": "=", "value": "2024-02-30"}]})",
        {u"all[0].value"_s, u"2024-02-30"_s});
    row("bad days_ago", R"({"all": [{"field": "signup_date", "op": "<", "value": {"days_ago": "x"}}]})",
        {u"all[0].value"_s, u"days_ago"_s});
    row("unknown stage", R"({"all": [{"field": "lifecycle_stage", "op": "=", "value": "sleeping"}]})",
        {u"all[0].value"_s, u"sleeping"_s});
    row("unknown stage in list", R"({"all": [{"field": "lifecycle_stage", "op": "in", "value": ["adopt", "zzz"]}]})",
        {u"all[0].value"_s, u"zzz"_s});
    row("unknown rfm segment", R"({"all": [{"field": "rfm_segment", "op": "=", "value": "Heroes"}]})",
        {u"all[0].value"_s, u"Heroes"_s});
    row("bad as_of", R"({"all": [{"field": "lifecycle_stage", "op": "is_empty", "as_of": "yesterday"}]})",
        {u"all[0].as_of"_s, u"yesterday"_s});
    row("as_of on city", R"({"all": [{"field": "city", "op": "is_empty", "as_of": "2024-01-01"}]})",
        {u"all[0]"_s, u"as_of"_s});
    row("within_days 0", R"({"all": [{"event": {"type": "web_visit", "within_days": 0}}]})",
        {u"all[0].event.within_days"_s});
    row("within_days 1.5", R"({"all": [{"purchase": {"within_days": 1.5}}]})", {u"all[0].purchase.within_days"_s});
    row("min_count 0", R"({"any": [{"purchase": {"min_count": 0}}]})", {u"any[0].purchase.min_count"_s});
    row("event min_count 0", R"({"any": [{"event": {"channel": "sms", "min_count": 0}}]})",
        {u"any[0].event.min_count"_s});
    row("min_amount text", R"({"purchase": {"min_amount": "ten"}})", {u"purchase.min_amount"_s});
    row("not json object", R"([1, 2])", {});
    row("syntax error", R"({"all": [)", {});
}

void TestSegmentCases::definitionErrors()
{
    QFETCH(QByteArray, definition);
    QFETCH(QStringList, mentions);
    const SegmentParse parsed = SegmentDefinition::fromText(definition);
    QVERIFY2(!parsed.ok(), qPrintable(QString::fromUtf8(definition)));
    for (const QString &mention : mentions)
        QVERIFY2(parsed.error.contains(mention),
                 qPrintable(u"'%1' does not mention '%2'"_s.arg(parsed.error, mention)));
}

void TestSegmentCases::nodeErrors_data()
{
    // Nodes built in code (as the builder does) go through the same checks; the queries
    // refuse them rather than reading them as "everyone".
    QTest::addColumn<SegmentNode>("node");
    QTest::addColumn<QStringList>("mentions");
    using Op = SegmentOp;
    const auto inAll = [](const SegmentNode &n) {
        return SegmentNode::group(SegmentNode::Kind::All, {SegmentNode::condition(u"city"_s, Op::IsEmpty), n});
    };
    QTest::newRow("unknown field") << inAll(SegmentNode::condition(u"cty"_s, Op::Equal, u"x"_s))
                                   << QStringList{u"all[1]"_s, u"cty"_s};
    QTest::newRow("op not allowed") << inAll(SegmentNode::condition(u"signup_date"_s, Op::Contains, u"2024"_s))
                                    << QStringList{u"all[1].op"_s, u"contains"_s};
    QTest::newRow("wrong kind") << inAll(SegmentNode::condition(u"frequency"_s, Op::Greater, u"three"_s))
                                << QStringList{u"all[1].value"_s};
    QTest::newRow("bad date") << inAll(SegmentNode::condition(u"signup_date"_s, Op::Equal, u"2024-13-01"_s))
                              << QStringList{u"all[1].value"_s};
    QTest::newRow("unknown stage") << inAll(SegmentNode::condition(u"lifecycle_stage"_s, Op::Equal, u"sleeping"_s))
                                   << QStringList{u"all[1].value"_s, u"sleeping"_s};
    QTest::newRow("empty in") << inAll(SegmentNode::condition(u"city"_s, Op::In, QJsonArray{}))
                              << QStringList{u"all[1].value"_s};
    SegmentNode twoChildren = SegmentNode::group(
        SegmentNode::Kind::Not,
        {SegmentNode::condition(u"city"_s, Op::IsEmpty), SegmentNode::condition(u"tier"_s, Op::IsEmpty)});
    QTest::newRow("not with two") << twoChildren << QStringList{u"not"_s};
    QTest::newRow("not with none") << inAll(SegmentNode::group(SegmentNode::Kind::Not)) << QStringList{u"all[1].not"_s};
    SegmentNode event;
    event.kind = SegmentNode::Kind::Event;
    event.withinDays = 3;
    QTest::newRow("event without type") << inAll(event) << QStringList{u"all[1].event"_s};
    event.type = u"web_visit"_s;
    event.withinDays = 0;
    QTest::newRow("within_days 0") << inAll(event) << QStringList{u"all[1].event.within_days"_s};
    SegmentNode purchase;
    purchase.kind = SegmentNode::Kind::Purchase;
    purchase.minCount = 0;
    QTest::newRow("min_count 0") << inAll(purchase) << QStringList{u"all[1].purchase.min_count"_s};
}

void TestSegmentCases::nodeErrors()
{
    QFETCH(SegmentNode, node);
    QFETCH(QStringList, mentions);
    const QString error = SegmentDefinition::validate(node);
    const SegmentCount count = SegmentQuery::count(m_workspace->db(), node);
    QVERIFY2(!error.isEmpty(),
             qPrintable(u"validate accepted %1; count: %2 of %3 (error '%4')"_s
                            .arg(QString::fromUtf8(QJsonDocument(node.toJson()).toJson(QJsonDocument::Compact)))
                            .arg(count.count)
                            .arg(count.total)
                            .arg(count.error)));
    for (const QString &mention : mentions)
        QVERIFY2(error.contains(mention), qPrintable(u"'%1' does not mention '%2'"_s.arg(error, mention)));
    QVERIFY2(!count.ok(), "counted an invalid definition");
    QCOMPARE(count.count, 0);
    QString idsError;
    QVERIFY(SegmentQuery::ids(m_workspace->db(), node, &idsError).isEmpty());
    QVERIFY(!idsError.isEmpty());
}

QTEST_GUILESS_MAIN(TestSegmentCases)
#include "tst_segmentcases.moc"
