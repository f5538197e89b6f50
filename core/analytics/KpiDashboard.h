// KpiDashboard: the headline figures of a period against the period before it, as the
// Overview dashboard shows them, with the trends and the channel mix, and for every figure
// the segment definition of the customers behind it (a drill-down that can be saved).
// Reads orders through the time index once per period; a period on a million customers
// takes well under a second.
//
// Each figure is what vocabulary/Figures.h defines (Figure::PeriodCustomers and the ones
// after it); periods are whole UTC days, both ends included.
#pragma once

#include "segments/SegmentDefinition.h"
#include "vocabulary/TimeBuckets.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace SQLite {
class Database;
}

namespace mwb {

enum class PeriodKind {
    Month,
    Quarter,
    Year,
    Custom
};

struct Period
{
    QDate from; // first day
    QDate to;   // last day

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return from.daysTo(to) + 1; }
    // The period of the same kind just before (a custom period: the same number of days).
    Period previous(PeriodKind kind) const;
    // The month, quarter or year that holds `day`.
    static Period containing(PeriodKind kind, const QDate &day);
};

enum class Kpi {
    Customers,
    NewCustomers,
    ActiveCustomers,
    Orders,
    Revenue,
    AverageOrderValue,
    PurchaseFrequency,
    RepeatPurchaseRate,
    ChurnRate,
};

struct KpiValues
{
    qint64 customers = 0;
    qint64 newCustomers = 0;
    qint64 activeCustomers = 0;
    qint64 orders = 0;          // customers' and guests' orders
    qint64 revenueMinor = 0;    // net of refunds, guests' included
    qint64 orderValueMinor = 0; // the orders' amounts, before refunds
    qint64 customerOrders = 0;  // the orders of customers (guests' left out)
    qint64 repeatBuyers = 0;    // active customers who bought before or on two days
    qint64 previousBuyers = 0;  // active in the previous period
    qint64 churned = 0;         // of those, not active in this one
    std::optional<double> averageOrderValueMinor() const;
    std::optional<double> purchaseFrequency() const;
    std::optional<double> repeatPurchaseRate() const;
    std::optional<double> churnRate() const;
    // The figure as a number (money in minor units, rates as fractions).
    std::optional<double> value(Kpi kpi) const;
};

struct ChannelShare
{
    QString channel; // empty: orders without a channel
    qint64 orders = 0;
    qint64 revenueMinor = 0;
};

struct TrendPoint
{
    QDate start; // the first day of the month, week or day (KpiDashboardData::trendBucket)
    qint64 revenueMinor = 0;
    qint64 activeCustomers = 0;
};

struct KpiDashboardData
{
    Period current;
    Period previous;
    KpiValues now;
    KpiValues before;
    QList<ChannelShare> channels; // in the current period, by revenue
    // Revenue and active customers per bucket, from the first order at most 36 months before
    // the period's end to the period's end: by month, or — when the orders up to the
    // period's end span less than three months (TimeBuckets::forRange, from the first to
    // the last day with orders) — by week or by day up to the last day with orders.
    QList<TrendPoint> trend;
    TimeBucket trendBucket = TimeBucket::Month;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

class KpiDashboard
{
public:
    static QString kpiName(Kpi kpi); // "customers", "new_customers"…
    static KpiDashboardData compute(SQLite::Database &db, const Period &current, const Period &previous);
    // The customers behind a figure of the period, as a segment definition.
    static SegmentNode customersBehind(Kpi kpi, const Period &current, const Period &previous);
};

} // namespace mwb
