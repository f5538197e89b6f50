#include "CustomerRefresh.h"

#include "CustomerMetrics.h"
#include "lifecycle/Lifecycle.h"
#include "lifecycle/StageHistory.h"
#include "lifecycle/TouchClassifier.h"
#include "segments/RfmScores.h"
#include "store/Bind.h"
#include "store/RowCursor.h"

#include <SQLiteCpp/Statement.h>

#include <QByteArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mwb {

namespace {

constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

// Customers per range: each range is read whole before its rows are written (a statement
// reading a table this connection writes would see some of the changes and not others).
constexpr qint64 kRangeSize = 65536;

// What customer_metrics holds of one customer's raw history (apart from stages and scores).
struct Figures
{
    qint64 orders = 0;
    qint64 revenueMinor = 0;
    std::optional<qint64> firstPurchaseAt, lastPurchaseAt;
    qint64 events = 0;
    std::optional<qint64> firstEventAt, lastEventAt;
    bool hasNps = false;
    double nps = 0; // 0 without an answer

    friend bool operator==(const Figures &, const Figures &) = default;
};

std::optional<qint64> optionalInteger(const RowCursor &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return row.integer(column);
}

struct Row
{
    qint64 id;
    Figures figures;
    std::size_t historyEnd; // in Range::histories
};

struct Range
{
    std::vector<Row> rows; // the rows to write: new or changed
    std::string histories;
};

// Reads the customers with ids in [first, last], their orders and their events in three
// streams merged in customer order, and keeps the rows that differ from what is stored.
// Also gathers what the stages and scores need of everyone: the latest activity and the
// buyers' values.
class Pass
{
public:
    Pass(SQLite::Database &db, const LifecycleRules &rules)
        : m_db(db)
        , m_classifier(rules)
        , m_builder(rules)
    {
    }

    Range read(qint64 first, qint64 last)
    {
        RowCursor customers(m_db, "SELECT c.id, c.signup_at, m.customer_id, m.orders, m.revenue_minor, "
                                  "m.first_purchase_at, m.last_purchase_at, m.events, m.first_event_at, "
                                  "m.last_event_at, m.nps, m.stage_history FROM customers c "
                                  "LEFT JOIN customer_metrics m ON m.customer_id = c.id "
                                  "WHERE c.id BETWEEN ?1 AND ?2 ORDER BY c.id");
        // Both from the covering indexes that lead with the customer and the time.
        RowCursor orders(m_db, "SELECT customer_id, ordered_at, amount_minor FROM transactions "
                               "INDEXED BY transactions_customer WHERE customer_id BETWEEN ?1 AND ?2 "
                               "ORDER BY customer_id, ordered_at");
        RowCursor events(m_db, "SELECT customer_id, occurred_at, type, value, id FROM events "
                               "INDEXED BY events_customer WHERE customer_id BETWEEN ?1 AND ?2 "
                               "ORDER BY customer_id, occurred_at");
        for (RowCursor *query : {&customers, &orders, &events}) {
            query->bind(1, first);
            query->bind(2, last);
        }
        bool moreOrders = orders.step();
        bool moreEvents = events.step();
        Range range;
        while (customers.step()) {
            const qint64 id = customers.integer(0);
            m_facts.clear();
            if (!customers.isNull(1))
                m_facts.signupDay = dayOfSeconds(customers.integer(1));
            Figures f;
            for (; moreOrders && orders.integer(0) <= id; moreOrders = orders.step()) {
                if (orders.integer(0) < id)
                    continue;
                const qint64 at = orders.integer(1);
                const qint64 amount = orders.integer(2);
                f.revenueMinor += amount; // refunds (negative amounts) reduce revenue but are not orders
                if (amount > 0) {
                    ++f.orders;
                    if (!f.firstPurchaseAt)
                        f.firstPurchaseAt = at; // in time order
                    f.lastPurchaseAt = at;
                    m_facts.purchaseDays.push_back(dayOfSeconds(at));
                }
            }
            qint64 npsAt = 0, npsEvent = 0;
            bool npsSeen = false;
            for (; moreEvents && events.integer(0) <= id; moreEvents = events.step()) {
                if (events.integer(0) < id)
                    continue;
                const qint64 at = events.integer(1);
                const char *type = events.text(2);
                const double value = events.isNull(3) ? kNoValue : events.real(3);
                ++f.events;
                if (!f.firstEventAt)
                    f.firstEventAt = at;
                f.lastEventAt = at;
                m_facts.touches.push_back({dayOfSeconds(at), m_classifier.classify(type, value)});
                // The latest NPS answer by time, and of one time the one imported last.
                const qint64 event = events.integer(4);
                if (std::string_view(type) == "nps" && (!npsSeen || at > npsAt || (at == npsAt && event > npsEvent))) {
                    npsSeen = true;
                    npsAt = at;
                    npsEvent = event;
                    f.hasNps = !std::isnan(value);
                    f.nps = f.hasNps ? value : 0;
                }
            }
            note(f);
            encodeStageHistory(m_builder.build(m_facts), m_history);
            const std::string_view history(m_history.constData(), static_cast<std::size_t>(m_history.size()));
            if (!customers.isNull(2)) {
                const Figures stored{customers.integer(3),          customers.integer(4),
                                     optionalInteger(customers, 5), optionalInteger(customers, 6),
                                     customers.integer(7),          optionalInteger(customers, 8),
                                     optionalInteger(customers, 9),
                                     !customers.isNull(10),         customers.real(10)};
                if (stored == f && !customers.isNull(11) && customers.blob(11) == history)
                    continue;
            }
            range.histories.append(history);
            range.rows.push_back({id, f, range.histories.size()});
        }
        return range;
    }

    // The reference day as Lifecycle reads it from customer_metrics: the latest purchase
    // or touch of anyone (a customer without one counts as 1970); none without customers.
    std::optional<qint64> latestActivity() const { return m_seen ? std::optional<qint64>(m_latest) : std::nullopt; }
    RfmScoring &scoring() { return m_scoring; }

private:
    void note(const Figures &f)
    {
        m_latest = std::max({m_seen ? m_latest : std::numeric_limits<qint64>::min(), f.lastPurchaseAt.value_or(0),
                             f.lastEventAt.value_or(0)});
        m_seen = m_seen || f.lastPurchaseAt || f.lastEventAt;
        if (f.orders > 0)
            m_scoring.addBuyer(*f.lastPurchaseAt, f.orders, f.revenueMinor);
    }

    SQLite::Database &m_db;
    TouchClassifier m_classifier;
    StageHistoryBuilder m_builder;
    CustomerFacts m_facts;
    QByteArray m_history;
    qint64 m_latest = 0;
    bool m_seen = false;
    RfmScoring m_scoring;
};

void write(SQLite::Statement &upsert, const Range &range)
{
    std::size_t begin = 0;
    for (const Row &row : range.rows) {
        const Figures &f = row.figures;
        upsert.bind(1, static_cast<int64_t>(row.id));
        upsert.bind(2, static_cast<int64_t>(f.orders));
        upsert.bind(3, static_cast<int64_t>(f.revenueMinor));
        bindInteger(upsert, 4, f.firstPurchaseAt);
        bindInteger(upsert, 5, f.lastPurchaseAt);
        upsert.bind(6, static_cast<int64_t>(f.events));
        bindInteger(upsert, 7, f.firstEventAt);
        bindInteger(upsert, 8, f.lastEventAt);
        if (f.hasNps)
            upsert.bind(9, f.nps);
        else
            upsert.bind(9);
        upsert.bindNoCopy(10, range.histories.data() + begin, static_cast<int>(row.historyEnd - begin));
        upsert.exec();
        upsert.reset();
        begin = row.historyEnd;
    }
}

} // namespace

void CustomerRefresh::afterChange(SQLite::Database &db, const CustomerSet &dirty)
{
    if (dirty.isEmpty())
        return;
    qint64 customers = 0;
    {
        SQLite::Statement count(db, "SELECT count(*) FROM customers");
        count.executeStep();
        customers = count.getColumn(0).getInt64();
    }
    if (dirty.size() * 4 >= customers || !Lifecycle::computedUnder(db, LifecycleRules::load(db))) {
        all(db);
        return;
    }
    CustomerMetrics::recompute(db, dirty);
    Lifecycle::recompute(db, dirty);
    // Quintiles are relative to every buyer: any change of metrics can move them.
    RfmScores::recompute(db);
}

void CustomerRefresh::all(SQLite::Database &db)
{
    const LifecycleRules rules = LifecycleRules::load(db);
    qint64 first = 0;
    qint64 last = -1;
    {
        // Apart, each is read from one end of the table (a count would read all of it).
        SQLite::Statement low(db, "SELECT min(id) FROM customers");
        SQLite::Statement high(db, "SELECT max(id) FROM customers");
        if (low.executeStep() && high.executeStep() && !low.getColumn(0).isNull()) {
            first = low.getColumn(0).getInt64();
            last = high.getColumn(0).getInt64();
        }
    }
    Pass pass(db, rules);
    SQLite::Statement upsert(db, R"sql(
INSERT INTO customer_metrics(customer_id, orders, revenue_minor, first_purchase_at, last_purchase_at, events,
                             first_event_at, last_event_at, nps, stage_history)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
ON CONFLICT(customer_id) DO UPDATE SET
    orders = excluded.orders, revenue_minor = excluded.revenue_minor,
    first_purchase_at = excluded.first_purchase_at, last_purchase_at = excluded.last_purchase_at,
    events = excluded.events, first_event_at = excluded.first_event_at, last_event_at = excluded.last_event_at,
    nps = excluded.nps, stage_history = excluded.stage_history
)sql");
    for (qint64 from = first; from <= last; from += kRangeSize)
        write(upsert, pass.read(from, std::min(last, from + kRangeSize - 1)));

    // Every stage on the reference day and every score, in one statement that rewrites
    // only the rows where one of them changes.
    const qint32 referenceDay = pass.latestActivity() ? dayOfSeconds(*pass.latestActivity())
                                                      : dayNumber(QDate::currentDate());
    RfmScoring &scoring = pass.scoring();
    scoring.finish();
    SQLite::Statement update(db, "UPDATE customer_metrics SET lifecycle_stage = mwb_stage_on(stage_history, ?1), "
                                 "stage_since = mwb_stage_since(stage_history, ?1), "
                                 + RfmScoring::assignments(2)
                                 + " WHERE lifecycle_stage IS NOT mwb_stage_on(stage_history, ?1) "
                                   "OR stage_since IS NOT mwb_stage_since(stage_history, ?1) OR "
                                 + RfmScoring::differences(2));
    update.bind(1, referenceDay);
    scoring.bind(update, 2);
    update.exec();
    Lifecycle::recordComputed(db, rules, referenceDay);
    RfmScores::markScored(db);
}

} // namespace mwb
