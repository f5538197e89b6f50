// Where each segment field lives in SQL: a fixed column or expression over customers `c`
// and customer_metrics `m` (never text from a user), and the identity kind matched through
// the identities table for the fields that are identities. Read by the compiler, and by the
// customer export for the product fields (one definition for both).
#pragma once

#include <QString>

#include <string>

namespace mwb {

struct SegmentColumn
{
    const char *field;
    const char *sql;          // "?R" stands for the reference day, bound by the compiler
    const char *identityKind; // identities matched through the identities table, or null
};

const SegmentColumn &segmentColumn(const QString &field);

// The tier on a day (`tier` with as_of) by the rules' history (membership/MemberTiers.h): the
// last change on or before it, the lowest tier for a customer known then without one, empty
// for one not known yet; without rules the imported tier, which has no history. `day` is the
// placeholder the day (days since 1970-01-01) is bound to; it reads customers `c`.
std::string tierOnDaySql(const std::string &day);

} // namespace mwb
