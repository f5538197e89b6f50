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
    // The tier by the workspace's rules when it has them (membership/MemberTiers.h), else the
    // imported one.
    {"tier", "coalesce(m.tier, c.tier)", nullptr},
    {"tier_since", "m.tier_since", nullptr},
    {"downgrade_due", "m.tier_downgrade_at", nullptr},
    {"tier_change", "m.tier_change", nullptr},
    // The member programme (membership/PointsLedger.h, Referrals.h).
    {"points_balance", "m.points_balance", nullptr},
    {"points_expiring", "m.points_expiring", nullptr},
    {"points_expire_on", "m.points_expire_at", nullptr},
    {"referrals_made",
     "(SELECT count(*) FROM referrals r INDEXED BY referrals_referrer WHERE r.referrer_id = m.customer_id)", nullptr},
    {"referred_by_known",
     "(CASE WHEN EXISTS(SELECT 1 FROM referrals r WHERE r.referee_id = m.customer_id) THEN 'true' ELSE 'false' END)",
     nullptr},
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
    // The products of the customer's lines bought (a positive line on an order).
    {"distinct_products",
     "(SELECT count(DISTINCT l.product_id) FROM transactions t INDEXED BY transactions_customer "
     "JOIN order_lines l ON l.order_id = t.id WHERE t.customer_id = m.customer_id AND t.amount_minor > 0 "
     "AND l.amount_minor > 0)",
     nullptr},
    // The category of most spend on the customer's lines bought; of two alike, the one bought
    // last, then the first by name.
    {"favourite_category",
     "(SELECT p.category FROM transactions t INDEXED BY transactions_customer JOIN order_lines l ON l.order_id = t.id "
     "JOIN products p ON p.id = l.product_id WHERE t.customer_id = m.customer_id AND t.amount_minor > 0 "
     "AND l.amount_minor > 0 AND p.category <> '' GROUP BY p.category "
     "ORDER BY sum(l.amount_minor) DESC, max(t.ordered_at) DESC, p.category LIMIT 1)",
     nullptr},
    // The last purchase of a product with a replenishment interval, plus the interval in whole
    // days (the earliest, of an order with several): products/Replenishment.h.
    {"replenishment_due",
     "(SELECT (t.ordered_at / 86400 + CAST(round(r.median_days) AS INTEGER)) * 86400 AS due "
     "FROM transactions t INDEXED BY transactions_customer JOIN order_lines l ON l.order_id = t.id "
     "JOIN product_intervals r ON r.product_id = l.product_id WHERE t.customer_id = m.customer_id "
     "AND t.amount_minor > 0 AND l.amount_minor > 0 ORDER BY t.ordered_at DESC, due LIMIT 1)",
     nullptr},
    // The global control group (store/GlobalControl.h): the customer's hash under the share.
    {"in_global_control",
     "(CASE WHEN mwb_unit_hash((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'global_control_seed'), "
     "m.customer_id) < (SELECT CAST(value AS REAL) FROM settings WHERE key = 'global_control_share') "
     "THEN 'true' ELSE 'false' END)",
     nullptr},
    {"predicted_clv", "m.predicted_clv_minor", nullptr},
    // The propensity models' scores (models/PropensityModel.h): 0 to 1, empty until scored.
    {"churn_score", "m.churn_score", nullptr},
    {"purchase_score", "m.purchase_score", nullptr},
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

std::string tierOnDaySql(const std::string &day)
{
    return "(CASE WHEN NOT EXISTS(SELECT 1 FROM settings WHERE key = 'tier_rules') THEN c.tier "
           "WHEN mwb_stage_on(m.stage_history, "
        + day
        + ") IS NULL THEN NULL "
          "ELSE coalesce((SELECT t.tier FROM customer_tiers t WHERE t.customer_id = m.customer_id AND t.day <= "
        + day
        + " ORDER BY t.day DESC LIMIT 1), (SELECT json_extract(value, '$.tiers[0].name') FROM settings "
          "WHERE key = 'tier_rules')) END)";
}

} // namespace mwb
