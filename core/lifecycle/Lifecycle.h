// Lifecycle: the 5A stages of every customer, kept in customer_metrics (stage as of the
// workspace's reference day, the day it began, and the whole stage history), and the
// questions asked of them: the funnel as of a day, migrations between two days, the
// monthly trend. The customers behind any of those numbers are a segment definition
// (StageSelection::segmentDefinition), counted and listed by segments/SegmentQuery.
//
// The reference day is the last day the workspace holds an order or touchpoint for: the
// day the analyst's data runs to. Stages "now" are stages on that day.
#pragma once

#include "LifecycleRules.h"
#include "vocabulary/LifecycleStage.h"
#include "store/CustomerSet.h"
#include "store/Days.h" // the day arithmetic the stage functions take
#include "vocabulary/TimeBuckets.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace mwb {

struct Funnel
{
    QDate asOf;
    std::array<qint64, kLifecycleStageCount> customers{}; // by stageIndex()
    qint64 total() const;
};

// Customers by stage on `from` (rows; the last row: not yet known then) and on `to`
// (columns). Customers not yet known on `to` are left out.
struct StageMigration
{
    QDate from;
    QDate to;
    static constexpr int kNotYetKnown = kLifecycleStageCount;
    std::array<std::array<qint64, kLifecycleStageCount>, kLifecycleStageCount + 1> customers{};
};

struct StageTrend
{
    TimeBucket bucket = TimeBucket::Month;
    QList<QDate> ends; // the last day of each month, week or day (the reference day for the last)
    QList<std::array<qint64, kLifecycleStageCount>> customers; // per bucket, by stage
};

// A set of customers picked from the lifecycle figures: stage `stage` on `day`, and, for
// a migration cell, stage `fromStage` on `fromDay` (no fromStage: not yet known then).
struct StageSelection
{
    QDate day;
    LifecycleStage stage = LifecycleStage::Aware;
    std::optional<QDate> fromDay;
    std::optional<LifecycleStage> fromStage;

    // The segment definition (CLI.md) that selects exactly these customers.
    QJsonObject segmentDefinition() const;
};

class Lifecycle
{
public:
    // Where recomputeAll may read the customers' raw history: through this connection only
    // (its transaction changed customers, orders or events), or also through read-only
    // connections on other threads, in parallel (this connection holds no uncommitted
    // change to them, and its transaction keeps other writers out).
    enum class HistoryReads {
        ThisConnection,
        Parallel
    };

    // Stage histories of every customer from their raw history. Call inside the
    // transaction that changed the data (or the rules).
    static void recomputeAll(SQLite::Database &db, HistoryReads reads = HistoryReads::ThisConnection);
    // The same for the customers in `dirty` (one pass over everyone when they are many),
    // and the stages "now" of everyone when the reference day moved.
    static void recompute(SQLite::Database &db, const CustomerSet &dirty);
    // Recomputes everything when the stages were computed under other rules or never
    // (a workspace from before the lifecycle existed). True when it did.
    static bool ensureCurrent(SQLite::Database &db);
    // Records that every stage history was computed under `rules` and every stage as of
    // `referenceDay` (for those who compute them elsewhere: CustomerRefresh).
    static void recordComputed(SQLite::Database &db, const LifecycleRules &rules, qint32 referenceDay);
    // Whether the stored histories were computed under `rules`.
    static bool computedUnder(SQLite::Database &db, const LifecycleRules &rules);
    // Saves new rules and recomputes every stage, in one transaction.
    static void applyRules(SQLite::Database &db, const LifecycleRules &rules);

    static QDate referenceDate(SQLite::Database &db);
    // The first and the last day of the data: days with a transaction (an order, refund or
    // order of nothing, of a customer or a guest) or a touchpoint. The last is the reference
    // day stages "now" are computed for; both none in a workspace without either.
    struct DataDays
    {
        std::optional<qint32> first;
        std::optional<qint32> last;
    };
    static DataDays dataDays(SQLite::Database &db);

    static Funnel funnel(SQLite::Database &db, const QDate &asOf);
    static StageMigration migration(SQLite::Database &db, const QDate &from, const QDate &to);
    static StageTrend monthlyTrend(SQLite::Database &db);
    // The same by the bucket that fits the span from the first dated fact to the reference
    // day (TimeBuckets::forRange): by week or by day for a workspace of a few weeks.
    static StageTrend trend(SQLite::Database &db);
};

// Registers mwb_stage_on(stage_history, day) -> stage name or NULL and
// mwb_stage_since(stage_history, day) -> epoch seconds or NULL on a connection, for the
// queries here and the segment conditions on lifecycle stages.
void registerLifecycleFunctions(SQLite::Database &db);

} // namespace mwb
