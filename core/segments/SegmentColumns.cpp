#include "SegmentColumns.h"

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Where each field lives. Column names come from this fixed table, never from a user.
constexpr SegmentColumn kColumns[] = {
    {"external_id", "c.external_id", "external_id"},
    {"name", "c.name", nullptr},
    {"email", "c.email", "email"},
    {"phone", "c.phone", "phone"},
    {"address", "c.address", nullptr},
    {"postal_code", "c.postal_code", nullptr},
    {"city", "c.city", nullptr},
    {"region", "c.region", nullptr},
    {"country", "c.country", nullptr},
    {"gender", "c.gender", nullptr},
    {"tier", "c.tier", nullptr},
    {"source_channel", "c.source_channel", nullptr},
    {"signup_date", "c.signup_at", nullptr},
    {"frequency", "m.orders", nullptr},
    {"monetary", "m.revenue_minor", nullptr},
    {"aov", "(CASE WHEN m.orders > 0 THEN m.revenue_minor * 1.0 / m.orders END)", nullptr},
    {"first_purchase_date", "m.first_purchase_at", nullptr},
    {"last_purchase_date", "m.last_purchase_at", nullptr},
    // Whole days from the last order's day to the reference day (floor division, so
    // times before 1970 fall on the right day too).
    {"recency_days", "(?R - (m.last_purchase_at - ((m.last_purchase_at % 86400) + 86400) % 86400) / 86400)", nullptr},
    {"predicted_clv", "m.predicted_clv_minor", nullptr},
    {"r_score", "m.r_score", nullptr},
    {"f_score", "m.f_score", nullptr},
    {"m_score", "m.m_score", nullptr},
    {"rfm_segment", "m.rfm_segment", nullptr},
    {"lifecycle_stage", "m.lifecycle_stage", nullptr},
    {"nps", "m.nps", nullptr}, // the latest answer, kept by CustomerMetrics
};

} // namespace

const SegmentColumn &segmentColumn(const QString &field)
{
    for (const SegmentColumn &column : kColumns) {
        if (field == QLatin1StringView(column.field))
            return column;
    }
    Q_UNREACHABLE();
    return kColumns[0];
}

} // namespace mwb
