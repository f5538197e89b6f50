// Where each segment field lives in SQL: a fixed column or expression over customers `c`
// and customer_metrics `m` (never text from a user), and the identity kind matched through
// the identities table for the fields that are identities. Read by the compiler, and by the
// customer export for the product fields (one definition for both).
#pragma once

#include <QString>

namespace mwb {

struct SegmentColumn
{
    const char *field;
    const char *sql;          // "?R" stands for the reference day, bound by the compiler
    const char *identityKind; // identities matched through the identities table, or null
};

const SegmentColumn &segmentColumn(const QString &field);

} // namespace mwb
