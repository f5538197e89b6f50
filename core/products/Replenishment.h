// Replenishment: how often what runs out is bought again, and when each customer is due
// (docs/CLI.md, `mwb replenishment`; the Products page; the segment field replenishment_due).
// For a product or category (vocabulary/Figures.h):
//   the days between a customer's consecutive purchases of it (the UTC days with a line of it
//   bought; two purchases on one day are one), over every customer; its replenishment
//   interval is their median, kept for the products and categories bought again by at least
//   `minCustomers` customers (10 unless told).
//   A customer is due on the day of their last purchase of it plus the interval (rounded to
//   whole days, halves up); replenishment_due is that day for the customer's last purchase of
//   a product with an interval (the earliest, when that order held several).
#pragma once

#include "LineScan.h"

#include "segments/SegmentDefinition.h"

#include <QDate>
#include <QList>

namespace mwb {

struct ReplenishmentInterval
{
    QString key;
    QString name;
    qint64 customers = 0; // customers who bought it again
    qint64 repeats = 0;   // the intervals the median is taken of
    double medianDays = 0;
    qint64 dueSoon = 0; // customers due from the reference day to `dueWithinDays` after it
    qint64 overdue = 0; // customers due before the reference day (and not bought since)
};

struct ReplenishmentOptions
{
    ProductGrouping by = ProductGrouping::Product;
    int minCustomers = 10; // Replenishment::kMinCustomers
    int dueWithinDays = 7;
    QDate referenceDate; // the last day of the data (Lifecycle::referenceDate) when invalid
};

class Replenishment
{
public:
    static constexpr int kMinCustomers = 10; // who bought again, for an interval to be kept
    // Sorted by the customers who bought again, then by key.
    static QList<ReplenishmentInterval> compute(SQLite::Database &db, const ReplenishmentOptions &options);
    // Keeps each product's interval in product_intervals (what replenishment_due reads).
    static void recompute(SQLite::Database &db);
    // Recomputes when an import, undo or merge changed orders since; true when it did.
    static bool ensureCurrent(SQLite::Database &db);
    // Who is due from the reference day to `days` after it (the reminder play):
    // {"field": "replenishment_due", "op": "between", "value": [{"days_ago": 0}, {"days_ago": -days}]}.
    static SegmentNode dueWithin(int days);
    // The interval rounded as due days count it.
    static qint32 wholeDays(double medianDays);
};

} // namespace mwb
