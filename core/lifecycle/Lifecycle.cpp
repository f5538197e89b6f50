#include "Lifecycle.h"

#include "StageHistory.h"
#include "TouchClassifier.h"
#include "store/CustomerIds.h"
#include "store/ParallelRanges.h"
#include "store/RowCursor.h"
#include "store/SqlFunctions.h"
#include "store/WorkspaceActivity.h"
#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <QThread>

#include <cmath>
#include <limits>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <optional>
#include <string>
#include <vector>
#include <map>
#include <string_view>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::Lifecycle" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::Lifecycle)
};

constexpr qint64 kSecondsPerDay = 86400;
constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

const char *stageText(LifecycleStage stage)
{
    static const std::array<std::string, kLifecycleStageCount> names = [] {
        std::array<std::string, kLifecycleStageCount> n;
        for (LifecycleStage s : kLifecycleStages)
            n[static_cast<std::size_t>(stageIndex(s))] = stageName(s).toStdString();
        return n;
    }();
    return names[static_cast<std::size_t>(stageIndex(stage))].c_str();
}

// What stored stages were computed under: the rules, and the version of how facts are read
// (2: refunds, orders of nothing and the import day make a customer known), so stages
// computed the earlier way are computed again.
QString rulesKey(const LifecycleRules &rules)
{
    return u"facts-2:"_s + QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact));
}

// The last day of the data (Lifecycle::dataDays), today when there is none.
qint32 computeReferenceDay(SQLite::Database &db)
{
    const auto last = Lifecycle::dataDays(db).last;
    return last ? *last : dayNumber(QDate::currentDate());
}

// What is stored of a customer's stage on the reference day: the stage (null: none) and
// the second it began (none: known from always).
struct StoredStage
{
    const char *stage = nullptr;
    std::optional<qint64> since;
};

StoredStage storedStage(const QByteArray &history, qint32 referenceDay)
{
    StoredStage stored;
    if (const auto now = stageOnDay(history.constData(), history.size(), referenceDay)) {
        stored.stage = stageText(now->stage);
        if (now->since != kAlwaysKnownDay)
            stored.since = qint64(now->since) * kSecondsPerDay;
    }
    return stored;
}

constexpr const char *kStoreStage = "UPDATE customer_metrics SET lifecycle_stage = ?2, stage_since = ?3, "
                                    "stage_history = ?4 WHERE customer_id = ?1";

// Runs kStoreStage for one customer.
void storeStage(SQLite::Statement &update, qint64 customerId, const StoredStage &stored, const char *history,
                std::size_t size)
{
    update.bind(1, static_cast<int64_t>(customerId));
    if (stored.stage)
        update.bindNoCopy(2, stored.stage);
    else
        update.bind(2);
    if (stored.since)
        update.bind(3, static_cast<int64_t>(*stored.since));
    else
        update.bind(3);
    update.bindNoCopy(4, history, static_cast<int>(size));
    update.exec();
    update.reset();
}

// Writes one customer's history and stage on the reference day.
class StageWriter
{
public:
    StageWriter(SQLite::Database &db, const LifecycleRules &rules, qint32 referenceDay)
        : m_builder(rules)
        , m_referenceDay(referenceDay)
        , m_update(db, kStoreStage)
    {
    }

    void write(qint64 customerId, const CustomerFacts &facts)
    {
        encodeStageHistory(m_builder.build(facts), m_history);
        storeStage(m_update, customerId, storedStage(m_history, m_referenceDay), m_history.constData(),
                   static_cast<std::size_t>(m_history.size()));
    }

private:
    StageHistoryBuilder m_builder;
    QByteArray m_history;
    qint32 m_referenceDay;
    SQLite::Statement m_update;
};

void refreshStagesOn(SQLite::Database &db, qint32 referenceDay)
{
    SQLite::Statement update(db,
                             "UPDATE customer_metrics SET lifecycle_stage = mwb_stage_on(stage_history, ?1), "
                             "stage_since = mwb_stage_since(stage_history, ?1) "
                             "WHERE lifecycle_stage IS NOT mwb_stage_on(stage_history, ?1) "
                             "OR stage_since IS NOT mwb_stage_since(stage_history, ?1)");
    update.bind(1, referenceDay);
    update.exec();
}

// Calls `function(history bytes, size)` for every customer.
template <typename Function> void forEachHistory(SQLite::Database &db, Function &&function)
{
    SQLite::Statement query(db, "SELECT stage_history FROM customer_metrics");
    while (query.executeStep()) {
        const SQLite::Column column = query.getColumn(0);
        function(static_cast<const char *>(column.getBlob()), static_cast<qsizetype>(column.getBytes()));
    }
}

// The stage a (history, day) pair of SQL arguments names; none for a NULL day or a day
// before the customer was known.
std::optional<StageOnDay> stageArgument(sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[1]) == SQLITE_NULL)
        return std::nullopt;
    const auto *data = static_cast<const char *>(sqlite3_value_blob(argv[0]));
    return stageOnDay(data, sqlite3_value_bytes(argv[0]), sqlite3_value_int(argv[1]));
}

void stageOnSql(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (const auto stage = stageArgument(argv))
        sqlite3_result_text(context, stageText(stage->stage), -1, SQLITE_STATIC);
    else
        sqlite3_result_null(context);
}

void stageSinceSql(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto stage = stageArgument(argv);
    if (stage && stage->since != kAlwaysKnownDay)
        sqlite3_result_int64(context, static_cast<sqlite3_int64>(stage->since) * kSecondsPerDay);
    else
        sqlite3_result_null(context);
}

} // namespace

qint64 Funnel::total() const
{
    qint64 sum = 0;
    for (qint64 c : customers)
        sum += c;
    return sum;
}

QJsonObject StageSelection::segmentDefinition() const
{
    const QJsonObject to{{u"field"_s, u"lifecycle_stage"_s},
                         {u"op"_s, u"="_s},
                         {u"value"_s, stageName(stage)},
                         {u"as_of"_s, day.toString(Qt::ISODate)}};
    if (!fromDay)
        return to;
    QJsonObject from{{u"field"_s, u"lifecycle_stage"_s}, {u"as_of"_s, fromDay->toString(Qt::ISODate)}};
    if (fromStage) {
        from.insert(u"op"_s, u"="_s);
        from.insert(u"value"_s, stageName(*fromStage));
    } else {
        from.insert(u"op"_s, u"is_empty"_s);
    }
    return QJsonObject{{u"all"_s, QJsonArray{from, to}}};
}

namespace {
// Every connection the store opens gets the stage functions.
[[maybe_unused]] const bool kStageFunctions = SqlFunctions::add(&registerLifecycleFunctions);
} // namespace

void registerLifecycleFunctions(SQLite::Database &db)
{
    try {
        db.createFunction("mwb_stage_on", 2, true, nullptr, &stageOnSql);
        db.createFunction("mwb_stage_since", 2, true, nullptr, &stageSinceSql);
    } catch (const SQLite::Exception &) {
        // SQLite refuses only to replace a function while statements of the connection
        // are running: then the functions are registered already, and stay.
    }
}

namespace {

// The stored stage rows that change, of the customers in one range of ids.
struct StageChanges
{
    std::vector<qint64> ids;
    std::vector<const char *> stages;         // nullptr: no stage (NULL)
    std::vector<std::optional<qint64>> since; // seconds
    std::vector<std::size_t> historyEnds;     // end of each customer's history in `histories`
    std::string histories;
};

// Builds the stage histories of the customers with ids in [first, last] from their raw
// history, read through `db` in three streams merged in customer order, and keeps those
// that differ from what is stored: a change of rules leaves most customers as they were,
// and an unchanged row need not be written.
StageChanges computeStages(SQLite::Database &db, const LifecycleRules &rules, qint32 referenceDay, qint64 first,
                           qint64 last)
{
    RowCursor customers(
        db,
        "SELECT c.id, c.signup_at, m.customer_id, m.stage_history, m.lifecycle_stage, "
        "m.stage_since, i.started_at FROM customers c "
        "LEFT JOIN customer_metrics m ON m.customer_id = c.id LEFT JOIN imports i ON i.id = c.import_id "
        "WHERE c.id BETWEEN ?1 AND ?2 ORDER BY c.id");
    // Both read from the covering indexes that lead with the customer and the time.
    RowCursor orders(db,
                     "SELECT customer_id, ordered_at, amount_minor FROM transactions INDEXED BY transactions_customer "
                     "WHERE customer_id BETWEEN ?1 AND ?2 ORDER BY customer_id, ordered_at");
    RowCursor events(db,
                     "SELECT customer_id, occurred_at, type, value FROM events INDEXED BY sqlite_autoindex_events_1 "
                     "WHERE customer_id BETWEEN ?1 AND ?2 ORDER BY customer_id, occurred_at");
    for (RowCursor *query : {&customers, &orders, &events}) {
        query->bind(1, first);
        query->bind(2, last);
    }
    bool moreOrders = orders.step();
    bool moreEvents = events.step();
    TouchClassifier classifier(rules);
    StageHistoryBuilder builder(rules);
    CustomerFacts facts;
    QByteArray history;
    StageChanges changes;
    while (customers.step()) {
        const qint64 id = customers.integer(0);
        facts.clear();
        if (!customers.isNull(1))
            facts.signupDay = dayOfSeconds(customers.integer(1));
        if (!customers.isNull(6))
            facts.enteredDay = dayOfSeconds(customers.integer(6));
        while (moreOrders && orders.integer(0) <= id) {
            if (orders.integer(0) == id)
                facts.addTransaction(dayOfSeconds(orders.integer(1)), orders.integer(2));
            moreOrders = orders.step();
        }
        while (moreEvents && events.integer(0) <= id) {
            if (events.integer(0) == id) {
                const double value = events.isNull(3) ? kNoValue : events.real(3);
                facts.touches.push_back({dayOfSeconds(events.integer(1)), classifier.classify(events.text(2), value)});
            }
            moreEvents = events.step();
        }
        if (customers.isNull(2))
            continue; // no metrics row to write to (CustomerMetrics keeps one for everyone)
        encodeStageHistory(builder.build(facts), history);
        const StoredStage stored = storedStage(history, referenceDay);
        const char *stage = stored.stage;
        const std::optional<qint64> since = stored.since;

        const std::string_view storedHistory = customers.blob(3);
        const char *storedStage = customers.text(4);
        const bool sameHistory = !customers.isNull(3)
            && storedHistory == std::string_view(history.constData(), static_cast<std::size_t>(history.size()));
        const bool sameStage = stage ? storedStage && std::strcmp(storedStage, stage) == 0 : !storedStage;
        const bool sameSince = since ? !customers.isNull(5) && customers.integer(5) == *since : customers.isNull(5);
        if (sameHistory && sameStage && sameSince)
            continue;
        changes.ids.push_back(id);
        changes.stages.push_back(stage);
        changes.since.push_back(since);
        changes.histories.append(history.constData(), static_cast<std::size_t>(history.size()));
        changes.historyEnds.push_back(changes.histories.size());
    }
    return changes;
}

void writeStages(SQLite::Statement &update, const StageChanges &changes)
{
    std::size_t begin = 0;
    for (std::size_t i = 0; i < changes.ids.size(); ++i) {
        const std::size_t end = changes.historyEnds[i];
        storeStage(update, changes.ids[i], {changes.stages[i], changes.since[i]}, changes.histories.data() + begin,
                   end - begin);
        begin = end;
    }
}

// From this many customers a recompute that may read in parallel does
// (MWB_LIFECYCLE_PARALLEL_FROM sets another bound, so tests can take that path).
qint64 parallelFrom()
{
    bool set = false;
    const int bound = qEnvironmentVariableIntValue("MWB_LIFECYCLE_PARALLEL_FROM", &set);
    return set ? bound : 100000;
}
// Ranges of ids: small enough for the writing to start early and the workers to finish
// together, large enough for each range's statements to pay.
constexpr qint64 kRanges = 32;

} // namespace

void Lifecycle::recomputeAll(SQLite::Database &db, HistoryReads reads)
{
    const LifecycleRules rules = LifecycleRules::load(db);
    const qint32 referenceDay = computeReferenceDay(db);
    const auto [first, last] = CustomerIds::range(db);
    const qint64 customerSpan = last - first + 1; // about the number of customers
    SQLite::Statement update(db, kStoreStage);
    // Two workers even on one core: one computes while the other waits on the disk.
    const int threads = std::clamp(QThread::idealThreadCount(), 2, 4);
    if (reads == HistoryReads::ThisConnection || customerSpan < parallelFrom() || !ParallelRanges::readsBeside(db)) {
        // Range by range: each range's statements are done before its rows are written.
        const qint64 step = (last - first) / 8 + 1;
        for (qint64 from = first; from <= last; from += step)
            writeStages(update, computeStages(db, rules, referenceDay, from, std::min(last, from + step - 1)));
    } else {
        // Worker threads compute ranges on read-only connections, which see what this one
        // does (the caller has no uncommitted change to the history); this thread writes
        // each range as soon as it and those before it are done.
        ParallelRanges ranges(first, last, static_cast<std::size_t>(kRanges));
        std::vector<std::optional<StageChanges>> done(ranges.count());
        std::mutex mutex;
        std::condition_variable ready;
        ranges.run(
            db, threads + 1,
            [&](SQLite::Database &connection, int part) {
                if (part > 0) {
                    // A failure here stops the ranges; run() wakes the writer (below) and rethrows.
                    while (const auto range = ranges.next()) {
                        StageChanges changes =
                            computeStages(connection, rules, referenceDay, range->first, range->last);
                        std::lock_guard lock(mutex);
                        done[range->index] = std::move(changes);
                        ready.notify_all();
                    }
                    return;
                }
                for (std::size_t i = 0; i < done.size(); ++i) {
                    std::optional<StageChanges> changes;
                    {
                        std::unique_lock lock(mutex);
                        ready.wait(lock, [&] { return done[i].has_value() || ranges.stopped(); });
                        if (!done[i])
                            return; // a worker failed: run() rethrows its error
                        changes = std::move(done[i]);
                        done[i].reset();
                    }
                    writeStages(update, *changes);
                }
            },
            [&] {
                // A part failed, perhaps before it could read (its connection): the
                // writer waiting for its ranges stops waiting.
                std::lock_guard lock(mutex);
                ready.notify_all();
            });
    }
    recordComputed(db, rules, referenceDay);
}

void Lifecycle::recordComputed(SQLite::Database &db, const LifecycleRules &rules, qint32 referenceDay)
{
    writeSetting(db, WorkspaceSetting::LifecycleReferenceDay, QString::number(referenceDay));
    writeSetting(db, WorkspaceSetting::LifecycleComputedUnder, rulesKey(rules));
}

bool Lifecycle::computedUnder(SQLite::Database &db, const LifecycleRules &rules)
{
    return readSetting(db, WorkspaceSetting::LifecycleComputedUnder) == rulesKey(rules);
}

void Lifecycle::recompute(SQLite::Database &db, const CustomerSet &dirty)
{
    const qint64 customerCount = CustomerIds::count(db);
    const LifecycleRules rules = LifecycleRules::load(db);
    if (dirty.size() * 4 >= customerCount || !computedUnder(db, rules)) {
        recomputeAll(db);
        return;
    }

    const qint32 referenceDay = computeReferenceDay(db);
    SQLite::Statement signup(db,
                             "SELECT c.signup_at, i.started_at FROM customers c "
                             "LEFT JOIN imports i ON i.id = c.import_id WHERE c.id = ?1");
    SQLite::Statement orders(db, "SELECT ordered_at, amount_minor FROM transactions WHERE customer_id = ?1");
    SQLite::Statement events(db, "SELECT occurred_at, type, value FROM events WHERE customer_id = ?1");
    TouchClassifier classifier(rules);
    StageWriter writer(db, rules, referenceDay);
    CustomerFacts facts;
    dirty.forEach([&](qint64 id) {
        facts.clear();
        signup.bind(1, static_cast<int64_t>(id));
        if (!signup.executeStep()) { // removed (an undone import)
            signup.reset();
            return;
        }
        if (!signup.getColumn(0).isNull())
            facts.signupDay = dayOfSeconds(signup.getColumn(0).getInt64());
        if (!signup.getColumn(1).isNull())
            facts.enteredDay = dayOfSeconds(signup.getColumn(1).getInt64());
        signup.reset();
        orders.bind(1, static_cast<int64_t>(id));
        while (orders.executeStep())
            facts.addTransaction(dayOfSeconds(orders.getColumn(0).getInt64()), orders.getColumn(1).getInt64());
        orders.reset();
        events.bind(1, static_cast<int64_t>(id));
        while (events.executeStep())
            facts.touches.push_back(
                {dayOfSeconds(events.getColumn(0).getInt64()),
                 classifier.classify(events.getColumn(1).getText(),
                                     events.getColumn(2).isNull() ? kNoValue : events.getColumn(2).getDouble())});
        events.reset();
        writer.write(id, facts);
    });

    const QString day = QString::number(referenceDay);
    if (readSetting(db, WorkspaceSetting::LifecycleReferenceDay) != day) {
        refreshStagesOn(db, referenceDay);
        writeSetting(db, WorkspaceSetting::LifecycleReferenceDay, day);
    }
}

bool Lifecycle::ensureCurrent(SQLite::Database &db)
{
    if (computedUnder(db, LifecycleRules::load(db)))
        return false;
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    recomputeAll(db, HistoryReads::Parallel); // nothing written yet
    transaction.commit();
    return true;
}

void Lifecycle::applyRules(SQLite::Database &db, const LifecycleRules &rules)
{
    const WorkspaceActivity activity(QString::fromStdString(db.getFilename()),
                                     Text::tr("a recompute of every lifecycle stage"));
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    LifecycleRules::save(db, rules);
    recomputeAll(db, HistoryReads::Parallel); // only the rules written
    transaction.commit();
}

Lifecycle::DataDays Lifecycle::dataDays(SQLite::Database &db)
{
    // Daily sales count every transaction by its day; touchpoints are each customer's first
    // and last in customer_metrics. (Days as the daily sales number them: ordered_at / 86400.)
    SQLite::Statement query(db, R"sql(
SELECT min(lo), max(hi) FROM (
    SELECT min(day) AS lo, max(day) AS hi FROM sales_daily WHERE transactions <> 0
    UNION ALL
    SELECT min(first_event_at) / 86400, max(last_event_at) / 86400 FROM customer_metrics)
)sql");
    DataDays days;
    if (query.executeStep() && !query.getColumn(0).isNull()) {
        days.first = static_cast<qint32>(query.getColumn(0).getInt64());
        days.last = static_cast<qint32>(query.getColumn(1).getInt64());
    }
    return days;
}

QDate Lifecycle::referenceDate(SQLite::Database &db)
{
    bool ok = false;
    const qint32 stored = readSetting(db, WorkspaceSetting::LifecycleReferenceDay).value_or(QString()).toInt(&ok);
    if (ok)
        return dateOfDay(stored);
    return dateOfDay(computeReferenceDay(db));
}

Funnel Lifecycle::funnel(SQLite::Database &db, const QDate &asOf)
{
    Funnel funnel;
    funnel.asOf = asOf;
    const qint32 day = dayNumber(asOf);
    forEachHistory(db, [&](const char *data, qsizetype size) {
        if (const auto stage = stageOnDay(data, size, day))
            ++funnel.customers[static_cast<std::size_t>(stageIndex(stage->stage))];
    });
    return funnel;
}

StageMigration Lifecycle::migration(SQLite::Database &db, const QDate &from, const QDate &to)
{
    StageMigration migration;
    migration.from = from;
    migration.to = to;
    const qint32 fromDay = dayNumber(from);
    const qint32 toDay = dayNumber(to);
    forEachHistory(db, [&](const char *data, qsizetype size) {
        const auto after = stageOnDay(data, size, toDay);
        if (!after)
            return;
        const auto before = stageOnDay(data, size, fromDay);
        const int row = before ? stageIndex(before->stage) : StageMigration::kNotYetKnown;
        ++migration.customers[static_cast<std::size_t>(row)][static_cast<std::size_t>(stageIndex(after->stage))];
    });
    return migration;
}

namespace {

// Stage sizes at the end of each bucket from the first dated fact (at most ten years back)
// to the reference day; `bucket` none: the one TimeBuckets picks for that span.
StageTrend stageTrend(SQLite::Database &db, std::optional<TimeBucket> bucket)
{
    StageTrend trend;
    const QDate reference = Lifecycle::referenceDate(db);
    QDate first = reference.addYears(-10);
    {
        SQLite::Statement query(db,
                                "SELECT min(x) FROM (SELECT min(signup_at) AS x FROM customers "
                                "UNION ALL SELECT min(first_purchase_at) FROM customer_metrics "
                                "UNION ALL SELECT min(first_event_at) FROM customer_metrics)");
        if (query.executeStep() && !query.getColumn(0).isNull())
            first = std::max(first, dateOfDay(dayOfSeconds(query.getColumn(0).getInt64())));
    }
    trend.bucket = bucket.value_or(TimeBuckets::forRange(first, reference));
    std::vector<qint32> days;
    for (const QDate &start : TimeBuckets::starts(trend.bucket, first, reference)) {
        const QDate end = std::min(TimeBuckets::endOf(trend.bucket, start), reference);
        trend.ends.append(end);
        days.push_back(dayNumber(end));
    }
    std::vector<std::array<qint64, kLifecycleStageCount>> counts(days.size());
    StageTransitions transitions; // reused for every customer
    forEachHistory(db, [&](const char *data, qsizetype size) {
        if (size < 4) { // no facts: Aware all along
            for (auto &end : counts)
                ++end[static_cast<std::size_t>(stageIndex(LifecycleStage::Aware))];
            return;
        }
        decodeStageHistory(data, size, transitions);
        std::size_t t = 0;
        for (std::size_t m = 0; m < days.size(); ++m) {
            while (t < transitions.size() && transitions[t].day <= days[m])
                ++t;
            if (t > 0)
                ++counts[m][static_cast<std::size_t>(stageIndex(transitions[t - 1].stage))];
        }
    });
    trend.customers = QList<std::array<qint64, kLifecycleStageCount>>(counts.begin(), counts.end());
    return trend;
}

} // namespace

StageTrend Lifecycle::monthlyTrend(SQLite::Database &db)
{
    return stageTrend(db, TimeBucket::Month);
}

StageTrend Lifecycle::trend(SQLite::Database &db)
{
    return stageTrend(db, std::nullopt);
}

} // namespace mwb
