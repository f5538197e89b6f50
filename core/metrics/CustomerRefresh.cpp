#include "CustomerRefresh.h"

#include "CustomerMetrics.h"
#include "store/CustomerIds.h"
#include "lifecycle/Lifecycle.h"
#include "vocabulary/LifecycleStage.h"
#include "lifecycle/StageHistory.h"
#include "lifecycle/TouchClassifier.h"
#include "metrics/RfmScores.h"
#include "store/Bind.h"
#include "store/RowCursor.h"
#include "store/WorkspaceSettings.h"
#include "vocabulary/Figures.h"

#include <SQLiteCpp/Statement.h>

#include <QByteArray>

#include <algorithm>
#include <array>
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
// Rows held for one write of everything (about 120 bytes a customer): MWB_REFRESH_HELD_BYTES
// sets another bound, so tests can take the other way.
std::size_t heldBytesLimit()
{
    bool set = false;
    const int bytes = qEnvironmentVariableIntValue("MWB_REFRESH_HELD_BYTES", &set);
    return set && bytes >= 0 ? static_cast<std::size_t>(bytes) : std::size_t(32) << 20;
}

// A time that may be missing, in one word (rows are held by the hundred thousand).
class Time
{
public:
    Time() = default;
    Time(qint64 seconds)
        : m_value(seconds)
    {
    }
    explicit operator bool() const { return m_value != kNone; }
    qint64 operator*() const { return m_value; }
    qint64 value_or(qint64 otherwise) const { return *this ? m_value : otherwise; }
    std::optional<qint64> optional() const { return *this ? std::optional<qint64>(m_value) : std::nullopt; }
    friend bool operator==(Time, Time) = default;

private:
    static constexpr qint64 kNone = std::numeric_limits<qint64>::min();
    qint64 m_value = kNone;
};

// What customer_metrics holds of one customer's raw history (apart from stages and scores).
struct Figures
{
    qint64 revenueMinor = 0;
    Time firstPurchaseAt, lastPurchaseAt;
    Time firstEventAt, lastEventAt;
    double nps = 0; // 0 without an answer
    qint32 orders = 0;
    qint32 events = 0;
    bool hasNps = false;

    friend bool operator==(const Figures &, const Figures &) = default;
};

Time optionalInteger(const RowCursor &row, int column)
{
    if (row.isNull(column))
        return {};
    return row.integer(column);
}

// What is stored of a customer's stage and scores: indexes into the names (-1: NULL,
// -2: a text that is none of them), scores 1-5 (0: NULL).
struct Standing
{
    Time since;
    qint8 stage = -1;
    qint8 r = 0, f = 0, m = 0;
    qint8 segment = -1;

    friend bool operator==(const Standing &, const Standing &) = default;
};

struct Row
{
    qint64 id;
    Figures figures;
    Standing stored;
    quint32 historyEnd; // in Range::histories
    bool changed;       // figures or history differ from the stored (or none are)
};

struct Range
{
    std::vector<Row> rows; // the rows to write (new or changed), or every customer's
    std::string histories;

    std::size_t bytes() const { return rows.capacity() * sizeof(Row) + histories.capacity(); }
};

const std::array<std::string, kLifecycleStageCount> &stageNames()
{
    static const auto names = [] {
        std::array<std::string, kLifecycleStageCount> n;
        for (LifecycleStage stage : kLifecycleStages)
            n[static_cast<std::size_t>(stageIndex(stage))] = stageName(stage).toStdString();
        return n;
    }();
    return names;
}

const std::vector<std::string> &segmentNames()
{
    static const auto names = [] {
        std::vector<std::string> n;
        for (const QString &name : RfmScores::segmentNames())
            n.push_back(name.toStdString());
        return n;
    }();
    return names;
}

template <typename Names> qint8 nameIndex(const Names &names, const RowCursor &row, int column)
{
    if (row.isNull(column))
        return -1;
    const std::string_view text(row.text(column));
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == text)
            return static_cast<qint8>(i);
    }
    return -2;
}

qint8 score(const RowCursor &row, int column)
{
    return row.isNull(column) ? 0 : static_cast<qint8>(row.integer(column));
}

// Reads the customers with ids in [first, last], their orders and their events in three
// streams merged in customer order, and computes each one's figures and stage history,
// marked where they differ from what is stored. Also gathers what the stages and scores
// need of everyone: the latest activity and the buyers' values.
class Pass
{
public:
    Pass(SQLite::Database &db, const LifecycleRules &rules)
        : m_db(db)
        , m_classifier(rules)
        , m_builder(rules)
    {
    }

    // Every customer's row when `everyone`, else those to write.
    Range read(qint64 first, qint64 last, bool everyone)
    {
        RowCursor customers(m_db,
                            "SELECT c.id, c.signup_at, m.customer_id, m.orders, m.revenue_minor, "
                            "m.first_purchase_at, m.last_purchase_at, m.events, m.first_event_at, "
                            "m.last_event_at, m.nps, m.stage_history, m.lifecycle_stage, m.stage_since, "
                            "m.r_score, m.f_score, m.m_score, m.rfm_segment, i.started_at FROM customers c "
                            "LEFT JOIN customer_metrics m ON m.customer_id = c.id "
                            "LEFT JOIN imports i ON i.id = c.import_id "
                            "WHERE c.id BETWEEN ?1 AND ?2 ORDER BY c.id");
        // Both from the covering indexes that lead with the customer and the time.
        RowCursor orders(m_db,
                         "SELECT customer_id, ordered_at, amount_minor FROM transactions "
                         "INDEXED BY transactions_customer WHERE customer_id BETWEEN ?1 AND ?2 "
                         "ORDER BY customer_id, ordered_at");
        RowCursor events(m_db,
                         "SELECT customer_id, occurred_at, type, value, id FROM events "
                         "INDEXED BY sqlite_autoindex_events_1 WHERE customer_id BETWEEN ?1 AND ?2 "
                         "ORDER BY customer_id, occurred_at");
        for (RowCursor *query : {&customers, &orders, &events}) {
            query->bind(1, first);
            query->bind(2, last);
        }
        bool moreOrders = orders.step();
        bool moreEvents = events.step();
        Range range;
        if (everyone)
            range.rows.reserve(static_cast<std::size_t>(last - first + 1));
        while (customers.step()) {
            const qint64 id = customers.integer(0);
            m_facts.clear();
            if (!customers.isNull(1))
                m_facts.signupDay = dayOfSeconds(customers.integer(1));
            if (!customers.isNull(18))
                m_facts.enteredDay = dayOfSeconds(customers.integer(18));
            Figures f;
            for (; moreOrders && orders.integer(0) <= id; moreOrders = orders.step()) {
                if (orders.integer(0) < id)
                    continue;
                const qint64 at = orders.integer(1);
                const qint64 amount = orders.integer(2);
                f.revenueMinor += amount; // refunds reduce revenue but are not orders
                if (isOrder(amount)) {
                    ++f.orders;
                    if (!f.firstPurchaseAt)
                        f.firstPurchaseAt = at; // in time order
                    f.lastPurchaseAt = at;
                }
                m_facts.addTransaction(dayOfSeconds(at), amount);
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
            bool changed = true;
            Standing stored;
            if (!customers.isNull(2)) {
                Figures figures;
                figures.orders = static_cast<qint32>(customers.integer(3));
                figures.revenueMinor = customers.integer(4);
                figures.firstPurchaseAt = optionalInteger(customers, 5);
                figures.lastPurchaseAt = optionalInteger(customers, 6);
                figures.events = static_cast<qint32>(customers.integer(7));
                figures.firstEventAt = optionalInteger(customers, 8);
                figures.lastEventAt = optionalInteger(customers, 9);
                figures.hasNps = !customers.isNull(10);
                figures.nps = customers.real(10);
                changed = !(figures == f && !customers.isNull(11) && customers.blob(11) == history);
                stored = {optionalInteger(customers, 13), nameIndex(stageNames(), customers, 12),
                          score(customers, 14),           score(customers, 15),
                          score(customers, 16),           nameIndex(segmentNames(), customers, 17)};
            }
            if (!changed && !everyone)
                continue;
            range.histories.append(history);
            range.rows.push_back({id, f, stored, static_cast<quint32>(range.histories.size()), changed});
        }
        range.histories.shrink_to_fit();
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

void bindFigures(SQLite::Statement &upsert, const Row &row, std::string_view history)
{
    const Figures &f = row.figures;
    upsert.bind(1, static_cast<int64_t>(row.id));
    upsert.bind(2, static_cast<int64_t>(f.orders));
    upsert.bind(3, static_cast<int64_t>(f.revenueMinor));
    bindInteger(upsert, 4, f.firstPurchaseAt.optional());
    bindInteger(upsert, 5, f.lastPurchaseAt.optional());
    upsert.bind(6, static_cast<int64_t>(f.events));
    bindInteger(upsert, 7, f.firstEventAt.optional());
    bindInteger(upsert, 8, f.lastEventAt.optional());
    if (f.hasNps)
        upsert.bind(9, f.nps);
    else
        upsert.bind(9);
    upsert.bindNoCopy(10, history.data(), static_cast<int>(history.size()));
}

constexpr const char *kUpsertFigures = R"sql(
INSERT INTO customer_metrics(customer_id, orders, revenue_minor, first_purchase_at, last_purchase_at, events,
                             first_event_at, last_event_at, nps, stage_history)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
ON CONFLICT(customer_id) DO UPDATE SET
    orders = excluded.orders, revenue_minor = excluded.revenue_minor,
    first_purchase_at = excluded.first_purchase_at, last_purchase_at = excluded.last_purchase_at,
    events = excluded.events, first_event_at = excluded.first_event_at, last_event_at = excluded.last_event_at,
    nps = excluded.nps, stage_history = excluded.stage_history
)sql";

constexpr const char *kUpsertAll = R"sql(
INSERT INTO customer_metrics(customer_id, orders, revenue_minor, first_purchase_at, last_purchase_at, events,
                             first_event_at, last_event_at, nps, stage_history, lifecycle_stage, stage_since,
                             r_score, f_score, m_score, rfm_segment)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
ON CONFLICT(customer_id) DO UPDATE SET
    orders = excluded.orders, revenue_minor = excluded.revenue_minor,
    first_purchase_at = excluded.first_purchase_at, last_purchase_at = excluded.last_purchase_at,
    events = excluded.events, first_event_at = excluded.first_event_at, last_event_at = excluded.last_event_at,
    nps = excluded.nps, stage_history = excluded.stage_history, lifecycle_stage = excluded.lifecycle_stage,
    stage_since = excluded.stage_since, r_score = excluded.r_score, f_score = excluded.f_score,
    m_score = excluded.m_score, rfm_segment = excluded.rfm_segment
)sql";

// Writes the figures and histories of the changed rows of `range` (stages and scores follow).
void writeFigures(SQLite::Statement &upsert, const Range &range)
{
    std::size_t begin = 0;
    for (const Row &row : range.rows) {
        if (row.changed) {
            bindFigures(upsert, row, std::string_view(range.histories).substr(begin, row.historyEnd - begin));
            upsert.exec();
            upsert.reset();
        }
        begin = row.historyEnd;
    }
}

// Writes every row of `range` whose figures, history, stage or scores change, with all of them.
void writeAll(SQLite::Statement &upsert, const Range &range, qint32 referenceDay, const RfmScoring &scoring)
{
    std::size_t begin = 0;
    for (const Row &row : range.rows) {
        const std::string_view history = std::string_view(range.histories).substr(begin, row.historyEnd - begin);
        begin = row.historyEnd;
        Standing now;
        if (const auto stage = stageOnDay(history.data(), static_cast<qsizetype>(history.size()), referenceDay)) {
            now.stage = static_cast<qint8>(stageIndex(stage->stage));
            if (stage->since != kAlwaysKnownDay)
                now.since = qint64(stage->since) * 86400;
        }
        const Figures &f = row.figures;
        if (f.orders > 0) {
            const auto [r, fs, m] = scoring.score(*f.lastPurchaseAt, f.orders, f.revenueMinor);
            now.r = static_cast<qint8>(r);
            now.f = static_cast<qint8>(fs);
            now.m = static_cast<qint8>(m);
            now.segment = static_cast<qint8>(RfmScores::segmentNames().indexOf(RfmScores::segmentName(r, fs)));
        }
        if (!row.changed && now == row.stored)
            continue;
        bindFigures(upsert, row, history);
        if (now.stage >= 0)
            upsert.bindNoCopy(11, stageNames()[static_cast<std::size_t>(now.stage)]);
        else
            upsert.bind(11);
        bindInteger(upsert, 12, now.since.optional());
        for (int s = 0; s < 3; ++s) {
            const qint8 value = s == 0 ? now.r : s == 1 ? now.f : now.m;
            if (value > 0)
                upsert.bind(13 + s, value);
            else
                upsert.bind(13 + s);
        }
        if (now.segment >= 0)
            upsert.bindNoCopy(16, segmentNames()[static_cast<std::size_t>(now.segment)]);
        else
            upsert.bind(16);
        upsert.exec();
        upsert.reset();
    }
}

} // namespace

void CustomerRefresh::afterChange(SQLite::Database &db, const CustomerSet &dirty, Changed changed)
{
    if (dirty.isEmpty())
        return;
    // Replenishment intervals and member tiers read customers' orders: computed again when
    // next asked.
    if (changed == Changed::Anything) {
        removeSetting(db, WorkspaceSetting::ProductIntervals);
        removeSetting(db, WorkspaceSetting::TierHistory);    // tiers follow the orders
        removeSetting(db, WorkspaceSetting::PointsBalances); // balances follow the ledger and the day
    }
    if (dirty.size() * 4 >= CustomerIds::count(db) || !Lifecycle::computedUnder(db, LifecycleRules::load(db))) {
        all(db);
        return;
    }
    CustomerMetrics::recompute(db, dirty);
    Lifecycle::recompute(db, dirty);
    // Quintiles are relative to every buyer: any change of orders can move them.
    if (changed == Changed::Anything)
        RfmScores::recompute(db);
}

void CustomerRefresh::all(SQLite::Database &db)
{
    const LifecycleRules rules = LifecycleRules::load(db);
    const auto [first, last] = CustomerIds::range(db);
    // Every customer's row is held until the stages and scores are known, and written once,
    // while they fit in heldBytesLimit(); beyond, the figures and histories are written range by
    // range, and one statement then sets the stages and scores.
    Pass pass(db, rules);
    std::vector<Range> held;
    std::size_t heldBytes = 0;
    const std::size_t heldLimit = heldBytesLimit();
    bool holding = true;
    std::optional<SQLite::Statement> figures;
    for (qint64 from = first; from <= last; from += kRangeSize) {
        Range range = pass.read(from, std::min(last, from + kRangeSize - 1), holding);
        if (holding) {
            heldBytes += range.bytes();
            if (heldBytes <= heldLimit) {
                held.push_back(std::move(range));
                continue;
            }
            holding = false;
            figures.emplace(db, kUpsertFigures);
            for (const Range &h : held)
                writeFigures(*figures, h);
            held = {};
        }
        writeFigures(*figures, range);
    }

    const qint32 referenceDay =
        pass.latestActivity() ? dayOfSeconds(*pass.latestActivity()) : dayNumber(QDate::currentDate());
    RfmScoring &scoring = pass.scoring();
    scoring.finish();
    if (holding) {
        SQLite::Statement upsert(db, kUpsertAll);
        for (const Range &range : held)
            writeAll(upsert, range, referenceDay, scoring);
    } else {
        // Every stage on the reference day and every score, in one statement that rewrites
        // only the rows where one of them changes.
        SQLite::Statement update(db,
                                 "UPDATE customer_metrics SET lifecycle_stage = mwb_stage_on(stage_history, ?1), "
                                 "stage_since = mwb_stage_since(stage_history, ?1), "
                                     + RfmScoring::assignments(2)
                                     + " WHERE lifecycle_stage IS NOT mwb_stage_on(stage_history, ?1) "
                                       "OR stage_since IS NOT mwb_stage_since(stage_history, ?1) OR "
                                     + RfmScoring::differences(2));
        update.bind(1, referenceDay);
        scoring.bind(update, 2);
        update.exec();
    }
    Lifecycle::recordComputed(db, rules, referenceDay);
    RfmScores::markScored(db);
}

} // namespace mwb
