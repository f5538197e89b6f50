// ProductReport: what each product, category or brand sold (docs/CLI.md, `mwb products`; the
// Products page). The figures (vocabulary/Figures.h):
//   orders            orders with a line of it bought (a positive line on an order), guests' included
//   customers         known customers with such an order
//   quantity          the units on those lines
//   revenue           every line of it, refunded lines subtracted (net), guests' included
//   repeat_customers  customers with two orders of it or more
#pragma once

#include "LineScan.h"

#include <QList>

namespace mwb {

struct ProductFigures
{
    QString key; // the product code, category or brand ("" for products without one)
    QString name;
    QString category;
    qint64 orders = 0;
    qint64 customers = 0;
    qint64 quantity = 0;
    qint64 revenueMinor = 0;
    qint64 repeatCustomers = 0;
};

struct ProductReportOptions
{
    ProductGrouping by = ProductGrouping::Product;
    std::optional<qint64> from;  // orders at or after (epoch seconds)
    std::optional<qint64> until; // orders before
    int limit = 0;               // 0: all
};

class ProductReport
{
public:
    // Sorted by revenue, then orders, then key; keys without a line in the period left out.
    static QList<ProductFigures> compute(SQLite::Database &db, const ProductReportOptions &options);
};

} // namespace mwb
