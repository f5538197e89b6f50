#include "SegmentQuery.h"

#include "BoundCustomerSet.h"
#include "SegmentCompiler.h"
#include "lifecycle/Lifecycle.h"
#include "store/ParallelRanges.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;

namespace mwb {

SegmentContext SegmentContext::load(SQLite::Database &db)
{
    SegmentContext context;
    context.referenceDay = dayNumber(Lifecycle::referenceDate(db));
    const QString currency = readSetting(db, WorkspaceSetting::Currency).value_or(defaultCurrency());
    context.minorPerMajor = minorUnitsPerMajor(currency);
    context.region = readSetting(db, WorkspaceSetting::Region).value_or(defaultRegion());
    return context;
}

void bindSegmentParams(SQLite::Statement &statement, const std::vector<SqlValue> &params, int offset)
{
    const int placeholders = statement.getBindParameterCount();
    for (std::size_t i = 0; i < params.size(); ++i) {
        const int index = offset + static_cast<int>(i) + 1;
        if (index > placeholders)
            break;
        std::visit(
            [&statement, index](const auto &value) {
                using T = std::decay_t<decltype(value)>;
                if constexpr (std::is_same_v<T, std::nullptr_t>)
                    statement.bind(index);
                else if constexpr (std::is_same_v<T, qint64>)
                    statement.bind(index, static_cast<int64_t>(value));
                else if constexpr (std::is_same_v<T, std::shared_ptr<const BoundCustomerSet>>)
                    statement.bind(index, static_cast<int64_t>(value->handle()));
                else
                    statement.bind(index, value);
            },
            params[i]);
    }
}

qint64 segmentParallelFrom()
{
    bool set = false;
    const qint64 from = qEnvironmentVariable("MWB_SEGMENT_PARALLEL_FROM").toLongLong(&set);
    return set ? from : 100000;
}

int segmentCountThreads()
{
    return qEnvironmentVariableIsSet("MWB_COUNT_THREADS") ? qEnvironmentVariableIntValue("MWB_COUNT_THREADS")
                                                          : std::min(QThread::idealThreadCount(), 4);
}

CompiledSegment SegmentQuery::compile(SQLite::Database &db, const SegmentNode &node, const SegmentContext &context)
{
    CompiledSegment compiled;
    compiled.error = SegmentDefinition::validate(node);
    if (!compiled.ok())
        return compiled;
    SegmentCompiler compiler(db, context, SegmentCompiler::readsCustomers(node));
    compiled.where = compiler.node(node);
    compiled.params = compiler.takeParams();
    compiled.error = compiler.error();
    compiled.usesCustomers = compiler.usesCustomers();
    return compiled;
}

namespace {

// Counts the members among the customers of the ranges of ids `next` hands out (each
// [first, last]; none left: first > last), with one statement.
template <typename Next> qint64 countRanges(SQLite::Database &db, const CompiledSegment &compiled, Next next)
{
    const auto low = static_cast<int>(compiled.params.size() + 1);
    SQLite::Statement query(db,
                            "SELECT count(*)" + SegmentCompiler::fromClause(compiled.usesCustomers)
                                + " WHERE m.customer_id BETWEEN ?" + std::to_string(low) + " AND ?"
                                + std::to_string(low + 1) + " AND " + compiled.where);
    bindSegmentParams(query, compiled.params);
    qint64 count = 0;
    for (auto [first, last] = next(); first <= last; std::tie(first, last) = next()) {
        query.bind(low, static_cast<int64_t>(first));
        query.bind(low + 1, static_cast<int64_t>(last));
        query.executeStep();
        count += query.getColumn(0).getInt64();
        query.reset();
    }
    return count;
}

} // namespace

SegmentCount SegmentQuery::count(SQLite::Database &db, const SegmentNode &node)
{
    QElapsedTimer timer;
    timer.start();
    SegmentCount result;
    const CompiledSegment compiled = compile(db, node, SegmentContext::load(db));
    if (!compiled.ok()) {
        result.error = compiled.error;
        return result;
    }
    qint64 first = 0;
    qint64 last = 0;
    {
        // Apart, each is answered from one end of a b-tree or the smallest index;
        // together they would scan the table.
        auto scalar = [&db](const char *sql) {
            SQLite::Statement query(db, sql);
            query.executeStep();
            return query.getColumn(0).getInt64();
        };
        first = scalar("SELECT min(customer_id) FROM customer_metrics");
        last = scalar("SELECT max(customer_id) FROM customer_metrics");
        result.total = scalar("SELECT count(*) FROM customer_metrics");
    }
    // In parallel the ids are cut into four ranges per connection (the sets a definition
    // needs are built before, once): this thread counts on its own connection, each other
    // on a read-only one of its own.
    const int threads = segmentCountThreads();
    const bool parallel = result.total >= segmentParallelFrom() && threads >= 2;
    const int parts = parallel ? threads : 1;
    ParallelRanges ranges(first, last, static_cast<std::size_t>(parallel ? threads * 4 : 1));
    std::vector<qint64> counts(static_cast<std::size_t>(parts), 0);
    try {
        ranges.run(db, parts, [&](SQLite::Database &connection, int part) {
            counts[static_cast<std::size_t>(part)] = countRanges(connection, compiled, [&ranges] {
                const auto range = ranges.next();
                return range ? std::pair{range->first, range->last} : std::pair{qint64(1), qint64(0)};
            });
        });
    } catch (const std::exception &e) {
        result.error = QString::fromUtf8(e.what());
        return result;
    }
    for (const qint64 count : counts)
        result.count += count;
    result.millis = timer.elapsed();
    return result;
}

QList<qint64> SegmentQuery::ids(SQLite::Database &db, const SegmentNode &node, QString *error)
{
    const CompiledSegment compiled = compile(db, node, SegmentContext::load(db));
    if (error)
        *error = compiled.error;
    if (!compiled.ok())
        return {};
    SQLite::Statement query(db,
                            "SELECT m.customer_id" + SegmentCompiler::fromClause(compiled.usesCustomers) + " WHERE "
                                + compiled.where + " ORDER BY m.customer_id");
    bindSegmentParams(query, compiled.params);
    QList<qint64> ids;
    while (query.executeStep())
        ids.append(query.getColumn(0).getInt64());
    return ids;
}

QList<CustomerSummary> SegmentQuery::preview(SQLite::Database &db, const SegmentNode &node, int limit, QString *error)
{
    const CompiledSegment compiled = compile(db, node, SegmentContext::load(db));
    if (error)
        *error = compiled.error;
    if (!compiled.ok())
        return {};
    SQLite::Statement query(db,
                            std::string("SELECT ") + kCustomerSummaryColumns + SegmentCompiler::fromClause(true)
                                + " WHERE " + compiled.where + " ORDER BY m.customer_id LIMIT ?"
                                + std::to_string(compiled.params.size() + 1));
    bindSegmentParams(query, compiled.params);
    query.bind(static_cast<int>(compiled.params.size() + 1), limit);
    return readCustomerSummaries(query);
}

SegmentOverlap SegmentQuery::overlap(SQLite::Database &db, const QList<SegmentNode> &segments)
{
    SegmentOverlap result;
    if (segments.size() < 2 || segments.size() > 3) {
        result.error = QCoreApplication::translate("mwb::SegmentQuery", "overlap takes two or three segments");
        return result;
    }
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (const QString error = SegmentDefinition::validate(segments.at(i)); !error.isEmpty()) {
            result.error = QCoreApplication::translate("mwb::SegmentQuery", "segment %1: %2").arg(i + 1).arg(error);
            return result;
        }
    }
    const bool joined = std::any_of(segments.begin(), segments.end(), SegmentCompiler::readsCustomers);
    SegmentCompiler compiler(db, SegmentContext::load(db), joined);
    std::string mask;
    for (qsizetype i = 0; i < segments.size(); ++i)
        mask += (i ? " + " : "") + std::to_string(1 << i) + " * " + compiler.node(segments.at(i));
    if (!compiler.error().isEmpty()) {
        result.error = compiler.error();
        return result;
    }
    SQLite::Statement query(db,
                            "SELECT " + mask + " AS mask, count(*)"
                                + SegmentCompiler::fromClause(compiler.usesCustomers()) + " GROUP BY mask");
    bindSegmentParams(query, compiler.params());
    result.segments = static_cast<int>(segments.size());
    result.regions.fill(0, 1 << segments.size());
    while (query.executeStep())
        result.regions[query.getColumn(0).getInt()] = query.getColumn(1).getInt64();
    return result;
}

} // namespace mwb
