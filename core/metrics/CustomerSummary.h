// CustomerSummary: one customer as a list shows them — who they are and their figures from
// customer_metrics (5A stage now and since when, orders, revenue, last purchase), read by
// every list of customers (segment previews, drill-downs).
#pragma once

#include "vocabulary/LifecycleStage.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace SQLite {
class Statement;
}

namespace mwb {

struct CustomerSummary
{
    qint64 id = 0;
    QString externalId;
    QString name;
    QString email;
    QString phone;
    std::optional<LifecycleStage> stage; // now (on the reference day)
    QDate stageSince;
    qint64 orders = 0;
    qint64 revenueMinor = 0;
    QDate lastPurchase;
};

// The columns of a CustomerSummary over customers `c` and customer_metrics `m`, in the
// order readCustomerSummaries() reads them.
inline constexpr const char *kCustomerSummaryColumns =
    "c.id, c.external_id, c.name, c.email, c.phone, m.lifecycle_stage, m.stage_since, m.orders, m.revenue_minor, "
    "m.last_purchase_at";
QList<CustomerSummary> readCustomerSummaries(SQLite::Statement &query);

} // namespace mwb
