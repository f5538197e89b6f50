#include "DemoGenerator.h"

#include "DemoPopulation.h"
#include "DemoVocabulary.h"
#include "lifecycle/Lifecycle.h"
#include "membership/MemberTiers.h"
#include "membership/PointsLedger.h"
#include "membership/Referrals.h"
#include "membership/TierRules.h"
#include "metrics/RfmScores.h"
#include "metrics/CustomerRefresh.h"
#include "products/Replenishment.h"
#include "store/BulkLoad.h"
#include "store/EventIds.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <condition_variable>
#include <cstdio>
#include <algorithm>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// The messages the window shows when the demo cannot be written, translated there.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::DemoGenerator)
};

using demo::CustomerDraft;
using demo::DemoPopulation;
using demo::LineDraft;
using demo::Product;
using demo::products;

void bindText(SQLite::Statement &statement, int index, const std::string &text)
{
    if (text.empty())
        statement.bind(index);
    else
        statement.bindNoCopy(index, text);
}

void bindText(SQLite::Statement &statement, int index, const char *text)
{
    if (text == nullptr)
        statement.bind(index);
    else
        statement.bindNoCopy(index, text);
}

void run(SQLite::Statement &statement)
{
    statement.exec();
    statement.reset();
}

// Prepared statements of the demo load, bound and stepped once per row.
qint64 campaignSendTime(qint64 campaignId)
{
    for (const auto &campaign : DemoPopulation::campaigns()) {
        if (campaign.id == campaignId)
            return DemoPopulation::sendTime(campaign);
    }
    return 0;
}

class DemoWriter
{
public:
    explicit DemoWriter(SQLite::Database &db)
        : m_customer(db,
                     "INSERT INTO customers(id, external_id, name, email, phone, city, region, country, gender, "
                     "signup_at, source_channel, tier, address, postal_code) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")
        , m_identity(db, prepareIdentities(db))
        , m_tag(db, "INSERT INTO customer_tags(customer_id, tag) VALUES (?1, ?2)")
        , m_order(db,
                  "INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor, quantity, channel) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        , m_event(db,
                  "INSERT INTO events(customer_id, occurred_at, type, channel, campaign_id, value, id) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        , m_eventIds(db, 65536)
        , m_member(db,
                   "INSERT INTO campaign_members(campaign_id, customer_id, grp, member_token, exported_at) "
                   "VALUES (?1, ?2, ?3, ?4, ?5)")
        , m_line(db,
                 "INSERT INTO order_lines(order_id, line_no, product_id, quantity, unit_price_minor, amount_minor) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        , m_db(db)
    {
        // The catalogue, its products numbered in its order.
        SQLite::Statement product(db,
                                  "INSERT INTO products(id, code, name, category, brand) VALUES (?1, ?2, ?3, ?4, ?5)");
        qint64 id = 0;
        for (const Product &p : products()) {
            product.bind(1, static_cast<int64_t>(++id));
            product.bind(2, p.code);
            product.bind(3, p.name);
            product.bind(4, p.category);
            product.bind(5, p.brand);
            run(product);
        }
    }

    static qint64 productId(const Product *product) { return static_cast<qint64>(product - products().data()) + 1; }

    // Identities are keyed by their value, which is random: inserting them one by one seeks
    // all over the index. They are staged in arrival order and inserted sorted at the end.
    static const char *prepareIdentities(SQLite::Database &db)
    {
        db.exec("CREATE TEMP TABLE demo_identities(kind TEXT, value TEXT, customer_id INTEGER)");
        return "INSERT INTO temp.demo_identities(kind, value, customer_id) VALUES (?1, ?2, ?3)";
    }

    static void finishIdentities(SQLite::Database &db)
    {
        db.exec("INSERT INTO identities(kind, value, customer_id) "
                "SELECT kind, value, customer_id FROM temp.demo_identities ORDER BY kind, value;"
                "DROP TABLE temp.demo_identities;");
    }

    void write(const CustomerDraft &c, DemoSummary &summary)
    {
        m_customer.bind(1, static_cast<int64_t>(c.id));
        bindText(m_customer, 2, c.externalId);
        bindText(m_customer, 3, c.name);
        bindText(m_customer, 4, c.email);
        bindText(m_customer, 5, c.phone);
        bindText(m_customer, 6, c.city);
        bindText(m_customer, 7, c.region);
        bindText(m_customer, 8, c.country);
        bindText(m_customer, 9, c.gender);
        m_customer.bind(10, static_cast<int64_t>(c.signupAt));
        bindText(m_customer, 11, c.sourceChannel);
        bindText(m_customer, 12, c.tier);
        bindText(m_customer, 13, c.address);
        bindText(m_customer, 14, c.postalCode);
        run(m_customer);
        ++summary.customers;

        for (const auto &identity : c.identities) {
            m_identity.bindNoCopy(1, identity.kind);
            m_identity.bindNoCopy(2, identity.value);
            m_identity.bind(3, static_cast<int64_t>(c.id));
            run(m_identity);
        }
        for (const char *tag : c.tags) {
            m_tag.bind(1, static_cast<int64_t>(c.id));
            m_tag.bindNoCopy(2, tag);
            run(m_tag);
        }
        for (const auto &order : c.orders) {
            char ref[24];
            std::snprintf(ref, sizeof ref, "%s%09lld", order.refund ? "RF" : "SO",
                          static_cast<long long>(++m_orderNumber));
            m_order.bind(1, ref);
            m_order.bind(2, static_cast<int64_t>(c.id));
            m_order.bind(3, static_cast<int64_t>(order.at));
            m_order.bind(4, static_cast<int64_t>(order.amountMinor));
            m_order.bind(5, order.refund ? -order.quantity : order.quantity);
            bindText(m_order, 6, order.channel);
            run(m_order);
            ++summary.transactions;
            const qint64 orderId = m_db.getLastInsertRowid();
            const int sign = order.refund ? -1 : 1;
            int lineNo = 0;
            for (const LineDraft &line : order.lines) {
                m_line.bind(1, static_cast<int64_t>(orderId));
                m_line.bind(2, ++lineNo);
                m_line.bind(3, static_cast<int64_t>(productId(line.product)));
                m_line.bind(4, sign * line.quantity);
                m_line.bind(5, static_cast<int64_t>(line.amountMinor / line.quantity));
                m_line.bind(6, static_cast<int64_t>(sign * line.amountMinor));
                run(m_line);
            }
        }
        for (const auto &event : c.events) {
            m_event.bind(1, static_cast<int64_t>(c.id));
            m_event.bind(2, static_cast<int64_t>(event.at));
            m_event.bindNoCopy(3, event.type);
            bindText(m_event, 4, event.channel);
            if (event.campaignId > 0)
                m_event.bind(5, event.campaignId);
            else
                m_event.bind(5);
            if (event.hasValue)
                m_event.bind(6, event.value);
            else
                m_event.bind(6);
            m_event.bind(7, static_cast<int64_t>(m_eventIds.next()));
            run(m_event);
            ++summary.events;
        }
        for (const auto &member : c.memberships) {
            m_member.bind(1, member.campaignId);
            m_member.bind(2, static_cast<int64_t>(c.id));
            m_member.bind(3, member.control ? "control" : "treatment");
            m_member.bindNoCopy(4, member.token);
            if (member.control) // the treatment's list went out on the send date
                m_member.bind(5);
            else
                m_member.bind(5, static_cast<int64_t>(campaignSendTime(member.campaignId)));
            run(m_member);
        }
    }

private:
    SQLite::Statement m_customer;
    SQLite::Statement m_identity;
    SQLite::Statement m_tag;
    SQLite::Statement m_order;
    SQLite::Statement m_event;
    EventIds m_eventIds;
    SQLite::Statement m_member;
    SQLite::Statement m_line;
    SQLite::Database &m_db;
    qint64 m_orderNumber = 0;
};

// Draws customers on a second thread while the caller writes them: drawing and SQLite
// each take about half of the time, so the two overlap on two cores.
class DrawAhead
{
public:
    using Batch = std::vector<CustomerDraft>;

    DrawAhead(const DemoPopulation &population, qint64 total)
        : m_population(population)
        , m_total(total)
        , m_thread([this] { drawAll(); })
    {
    }

    ~DrawAhead()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    // The next batch in id order; empty when all customers were handed out.
    Batch next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
        if (m_ready.empty())
            return {};
        Batch batch = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return batch;
    }

private:
    static constexpr qint64 kBatchSize = 2048;
    static constexpr std::size_t kMaxReady = 4;

    void drawAll()
    {
        for (qint64 first = 1; first <= m_total; first += kBatchSize) {
            Batch batch(static_cast<std::size_t>(std::min(kBatchSize, m_total - first + 1)));
            for (std::size_t i = 0; i < batch.size(); ++i)
                m_population.draw(first + static_cast<qint64>(i), batch[i]);
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_ready.size() < kMaxReady || m_stop; });
            if (m_stop)
                return;
            m_ready.push_back(std::move(batch));
            m_changed.notify_all();
        }
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_changed.notify_all();
    }

    const DemoPopulation &m_population;
    const qint64 m_total;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    bool m_done = false;
    bool m_stop = false;
    std::thread m_thread; // last: starts once the members above exist
};

void writeCampaigns(SQLite::Database &db, DemoSummary &summary)
{
    SQLite::Statement insert(db,
                             "INSERT INTO campaigns(id, name, channel, offer, holdout, seed, cost_fixed_minor, "
                             "cost_per_contact_minor, sent_at, attribution_days, created_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 14, ?10)");
    for (const auto &campaign : DemoPopulation::campaigns()) {
        const qint64 send = DemoPopulation::sendTime(campaign);
        insert.bind(1, campaign.id);
        insert.bind(2, campaign.name);
        insert.bind(3, campaign.channel);
        insert.bind(4, campaign.offer);
        insert.bind(5, campaign.holdout);
        insert.bind(6, campaign.id * 1000 + 7);
        insert.bind(7, static_cast<int64_t>(campaign.costFixed * 100));
        insert.bind(8, static_cast<int64_t>(campaign.costPerContact * 100));
        insert.bind(9, static_cast<int64_t>(send));
        insert.bind(10, static_cast<int64_t>(send - 3 * 86400));
        run(insert);
        ++summary.campaigns;
    }
}

// The member programme, consistent with the orders and touchpoints written: tiers by spend in
// the last year (named as the imported ones), a point per yuan of each order (refunds take
// theirs back), one redemption of half the points of their last 600 days for a third of the members
// with 1,000 or more then, points that expire after 24 months; and the customers who signed up through WeChat or
// the app after someone's "referral" touchpoint, about one in eight, referred by one of them.
void writeMemberProgramme(SQLite::Database &db)
{
    TierRules tiers;
    tiers.measure = TierMeasure::Spend;
    tiers.windowDays = 365;
    tiers.review = TierReview::Quarterly;
    tiers.graceDays = 30;
    tiers.tiers = {{u"standard"_s, 0}, {u"silver"_s, 600}, {u"gold"_s, 2000}, {u"platinum"_s, 5000}};
    TierRules::save(db, tiers);
    PointsRules points;
    points.expiryMonths = 24;
    points.pointValue = 0.01;
    PointsRules::save(db, points);
    ReferralCosts::save(db, {20, 5000});

    db.exec(R"sql(
INSERT INTO points(customer_id, occurred_at, points, type, reference)
SELECT customer_id, ordered_at, amount_minor / 100, CASE WHEN amount_minor > 0 THEN 'earn' ELSE 'adjust' END,
       order_ref
FROM transactions WHERE customer_id IS NOT NULL AND abs(amount_minor) >= 100;
INSERT INTO points(customer_id, occurred_at, points, type, reference)
SELECT p.customer_id, l.last + 3600, -(sum(p.points) / 200) * 100, 'redeem', 'reward'
FROM points p JOIN (SELECT customer_id, max(occurred_at) AS last FROM points GROUP BY customer_id) l
     ON l.customer_id = p.customer_id
WHERE (p.customer_id * 2654435761) % 3 = 0 AND p.occurred_at > l.last - 600 * 86400
GROUP BY p.customer_id HAVING sum(p.points) >= 1000;
)sql");

    std::vector<std::pair<qint64, qint64>> referrals; // (time, referrer), by time
    {
        SQLite::Statement query(db,
                                "SELECT occurred_at, customer_id FROM events WHERE type = 'referral' "
                                "ORDER BY occurred_at, customer_id");
        while (query.executeStep())
            referrals.emplace_back(query.getColumn(0).getInt64(), query.getColumn(1).getInt64());
    }
    if (referrals.empty())
        return;
    SQLite::Statement referees(db,
                               "SELECT id, signup_at FROM customers WHERE source_channel IN ('wechat', 'app') "
                               "AND signup_at IS NOT NULL AND (id * 40503) % 8 = 0");
    SQLite::Statement insert(db, "INSERT INTO referrals(referee_id, referrer_id, referred_at) VALUES (?1, ?2, ?3)");
    while (referees.executeStep()) {
        const qint64 id = referees.getColumn(0).getInt64();
        const qint64 signup = referees.getColumn(1).getInt64();
        const auto before = std::upper_bound(referrals.begin(), referrals.end(), std::pair{signup, qint64(-1)},
                                             [](const auto &a, const auto &b) { return a.first < b.first; });
        const auto count = static_cast<std::size_t>(before - referrals.begin());
        if (count == 0)
            continue;
        const qint64 referrer = referrals[static_cast<std::size_t>(id * 2654435761LL % qint64(count))].second;
        if (referrer == id)
            continue;
        insert.bind(1, static_cast<int64_t>(id));
        insert.bind(2, static_cast<int64_t>(referrer));
        insert.bind(3, static_cast<int64_t>(signup));
        run(insert);
    }
}

} // namespace

DemoResult DemoGenerator::create(const QString &path, const DemoOptions &options, const Progress &progress,
                                 const std::atomic_bool *cancel)
{
    using Code = StoreError::Code;
    if (options.customers < 0)
        return {{}, StoreError::make(Code::Io, Text::tr("The number of customers cannot be negative."))};
    if (QFileInfo::exists(path)) {
        return {{},
                StoreError::make(Code::AlreadyExists,
                                 Text::tr("%1 already exists; choose another name or open it.").arg(path))};
    }
    // The shape asked for: the activities of purchases and touchpoints that give it.
    const DemoPopulation::Rates rates = options.ordersPerCustomer > 0 || options.eventsPerCustomer > 0
        ? DemoPopulation::calibrate(options.seed, options.endDate, options.activity, options.customers,
                                    options.ordersPerCustomer, options.eventsPerCustomer)
        : DemoPopulation::Rates{options.activity, options.activity, {}};
    if (!rates.error.isEmpty())
        return {{}, StoreError::make(Code::Io, rates.error)};

    const QString partial = path + u".partial"_s;
    QFile::remove(partial);
    QFile::remove(partial + u"-wal"_s);
    QFile::remove(partial + u"-shm"_s);

    auto opened = Workspace::create(partial, NewWorkspaceOptions{u"CN"_s, u"CNY"_s});
    if (!opened.workspace) {
        // Name the file the caller asked for, not the temporary one they never saw.
        StoreError error = opened.error;
        error.message.replace(QFileInfo(partial).fileName(), QFileInfo(path).fileName());
        return {{}, error};
    }

    DemoSummary summary;
    auto fail = [&](const StoreError &error) {
        opened.workspace.reset();
        QFile::remove(partial);
        QFile::remove(partial + u"-wal"_s);
        QFile::remove(partial + u"-shm"_s);
        return DemoResult{{}, error};
    };

    try {
        SQLite::Database &db = opened.workspace->db();
        // A new file that is renamed into place only when complete needs no journal.
        db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;");
        SQLite::Transaction transaction(db);
        // Customers are written in id order, so indexes led by customer_id grow by appending.
        BulkLoad bulk(db, {"customers", "identities", "customer_tags", "transactions", "events", "campaign_members"},
                      {"transactions_customer", "campaign_members_customer"});
        writeCampaigns(db, summary);

        DemoPopulation population(options.seed, options.endDate, rates.purchase, rates.touch);
        DemoWriter writer(db);
        const qint64 total = options.customers;
        DrawAhead drawn(population, total);
        qint64 written = 0;
        for (auto batch = drawn.next(); !batch.empty(); batch = drawn.next()) {
            for (const CustomerDraft &draft : batch)
                writer.write(draft, summary);
            written += static_cast<qint64>(batch.size());
            if (cancel && cancel->load())
                return fail(StoreError::make(Code::Io, Text::tr("Cancelled.")));
            if (progress)
                progress(written, total);
        }
        DemoWriter::finishIdentities(db);
        bulk.finish();
        writeMemberProgramme(db);
        CustomerRefresh::all(db);
        transaction.commit();
        db.exec("PRAGMA journal_mode = WAL");
        Replenishment::ensureCurrent(db); // after the commit: read on parallel connections
        MemberTiers::ensureCurrent(db);
        PointsLedger::ensureCurrent(db);
        if (progress)
            progress(total, total);
    } catch (const SQLite::Exception &e) {
        return fail(StoreError::make(
            Code::Io, Text::tr("Writing the demo workspace failed: %1").arg(QString::fromUtf8(e.what()))));
    }

    opened.workspace.reset();
    if (!QFile::rename(partial, path)) {
        return fail(StoreError::make(Code::Io, Text::tr("Cannot move the demo workspace into place at %1.").arg(path)));
    }
    return {summary, {}};
}

} // namespace mwb
