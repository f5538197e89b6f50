// PointsWriter: a member programme's points ledger, one row per change of a member's points:
// the customer (any identifier, matched like any identity), the time, the points and the
// type of change: earned, redeemed, expired or adjusted (English and Chinese spellings:
// 积分获得, 积分兑换, 过期, 调整…). Redeemed and expired points are kept negative and earned
// ones positive, whichever sign the file writes; an adjustment keeps its sign. Without a type
// column the sign tells: positive earned, negative redeemed. Each row is keyed by its content
// (and, for identical rows, how many came before it in the file), so importing the same file
// again adds nothing.
#pragma once

#include "RowWriter.h"

#include <QHash>

namespace mwb {

class PointsWriter : public RowWriter
{
public:
    explicit PointsWriter(ImportContext &context);
    RowOutcome write(const std::vector<std::string_view> &fields) override;
    QString missingFields() const override;

    // "earn", "redeem", "expire" or "adjust" for a type as files write it; empty when unknown.
    static std::string pointsType(std::string_view text);

private:
    ImportContext &m_context;
    SQLite::Statement m_insert;
    QHash<QByteArray, int> m_seen; // content -> rows with it so far in this file
};

} // namespace mwb
