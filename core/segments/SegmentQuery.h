// SegmentQuery: segment definitions compiled to one parameterised SQL query over
// customers, customer_metrics, identities, tags, events and transactions (every value a
// bound parameter), and the questions asked of them: how many, which, the first few, and
// how two or three segments overlap.
//
// Relative dates ("N days ago", "within the last N days", recency) count back from the
// workspace's reference day: the last day its data holds an order or touchpoint (see
// Lifecycle::referenceDate), so an export from last year reads as it did then.
#pragma once

#include "SegmentDefinition.h"
#include "metrics/CustomerSummary.h"

#include <SQLiteCpp/Database.h>

#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QString>

#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace mwb {

struct SegmentContext
{
    qint32 referenceDay = 0; // days since 1970-01-01
    int minorPerMajor = 100; // of the workspace currency
    QString region;          // for phone numbers in conditions

    static SegmentContext load(SQLite::Database &db);
};

// The values the builder's pickers offer: what this workspace holds.
struct SegmentVocabulary
{
    // Choice field name -> its values, most frequent first (lifecycle_stage and
    // rfm_segment: their fixed vocabulary, in order).
    QHash<QString, QStringList> choices;
    QStringList
        eventTypes;       // every type of the events, most used in their last 30 days first, plus the shared vocabulary
    QStringList channels; // of events and orders, plus the shared vocabulary
    QStringList tags;
    QList<QPair<qint64, QString>> campaigns; // id, name
    // The catalogue for purchase conditions: the products most often on a line first (at most
    // kVocabularyProducts, code and name), every category and brand by how many products have it.
    QList<QPair<QString, QString>> products;
    QStringList categories;
    QStringList brands;
    static constexpr int kVocabularyProducts = 5000;
    QString currency; // ISO 4217 code
};

class BoundCustomerSet;
// A value bound to a compiled segment: SQL NULL, an integer, a real, a text, or a set of
// customers asked through mwb_in_set (bound as its handle; see BoundCustomerSet.h).
using SqlValue = std::variant<std::nullptr_t, qint64, double, std::string, std::shared_ptr<const BoundCustomerSet>>;

struct CompiledSegment
{
    // A boolean SQL expression over `c` (customers) and `m` (customer_metrics) that is
    // never NULL; ?N placeholders refer to params[N-1].
    std::string where;
    std::vector<SqlValue> params;
    // Whether `where` reads `c`; when not, it can run over customer_metrics alone (every
    // customer has a row there).
    bool usesCustomers = false;
    QString error; // empty when compiled (unknown campaign…)
    bool ok() const { return error.isEmpty(); }
};

struct SegmentCount
{
    qint64 count = 0;
    qint64 total = 0;  // all customers
    qint64 millis = 0; // time the count took
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Customers in each region of two or three segments: regions[mask] counts customers in
// exactly the segments whose bits are set in mask (bit i: segments[i]); regions[0] is
// the customers in none of them.
struct SegmentOverlap
{
    int segments = 0;
    QList<qint64> regions;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

class SegmentQuery
{
public:
    static CompiledSegment compile(SQLite::Database &db, const SegmentNode &node, const SegmentContext &context);

    static SegmentCount count(SQLite::Database &db, const SegmentNode &node);
    // Every member's id, ascending.
    static QList<qint64> ids(SQLite::Database &db, const SegmentNode &node, QString *error = nullptr);
    // The first `limit` members by id.
    static QList<CustomerSummary> preview(SQLite::Database &db, const SegmentNode &node, int limit,
                                          QString *error = nullptr);
    static SegmentOverlap overlap(SQLite::Database &db, const QList<SegmentNode> &segments);

    // What the builder offers in its lists for this workspace.
    static SegmentVocabulary vocabulary(SQLite::Database &db);
};

// Binds params to a statement prepared from SQL containing a compiled `where` (those past
// the last placeholder the statement has are left out).
void bindSegmentParams(SQLite::Statement &statement, const std::vector<SqlValue> &params, int offset = 0);

// Workspaces from this many customers count (and build sets) in parallel over ranges of
// customer ids, one connection per range: a count is a scan, and the scan splits cleanly
// across cores. MWB_SEGMENT_PARALLEL_FROM sets another number, so tests take either way.
qint64 segmentParallelFrom();
// The connections a count (and the sets it builds) is split over: up to 4, one per core;
// MWB_COUNT_THREADS sets another number, so benchmarks can compare.
int segmentCountThreads();

} // namespace mwb
