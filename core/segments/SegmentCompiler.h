// SegmentCompiler: a segment definition as one SQL expression over customer_metrics m (and
// customers c when a profile field is read), every value a numbered parameter. Chooses for
// each behaviour or tag condition between one set of the matching rows and a look at the
// customer's own rows (docs/SEGMENTS.md says when). Internal to core/segments: SegmentQuery
// is the interface the rest of the code uses.
#pragma once

#include "SegmentDefinition.h"
#include "SegmentQuery.h"

#include <SQLiteCpp/Database.h>

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace mwb {

class SegmentCompiler
{
public:
    // `customersJoined`: the query joins customers c to customer_metrics m (see
    // readsCustomers); the conditions on a customer's own rows then name the customer by
    // c.id, so SQLite asks them after the profile conditions.
    SegmentCompiler(SQLite::Database &db, const SegmentContext &context, bool customersJoined);
    ~SegmentCompiler();
    SegmentCompiler(const SegmentCompiler &) = delete;
    SegmentCompiler &operator=(const SegmentCompiler &) = delete;

    // The expression for `node`, never NULL. Several nodes compiled by one compiler share
    // one parameter list (the overlap of segments is one statement).
    std::string node(const SegmentNode &node);
    const std::vector<SqlValue> &params() const;
    std::vector<SqlValue> takeParams();
    const QString &error() const; // the first error (an unknown campaign…), empty if none
    bool usesCustomers() const;

    // Whether a definition reads a column of customers, so that its query joins them.
    static bool readsCustomers(const SegmentNode &node);
    // " FROM customer_metrics m" and, when customers are read, the join that keeps
    // customer_metrics the outer loop.
    static std::string fromClause(bool usesCustomers);

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace mwb
