// BasketAnalysis: which products (or categories) are bought together in one order, for
// cross-selling (docs/CLI.md, `mwb basket`; the Products page). Over the orders with at least
// one line bought (a positive line on an order), guests' included, each product counted once
// per order (vocabulary/Figures.h):
//   support     orders with both a and b ÷ orders
//   confidence  orders with both ÷ orders with a: how often b joins a
//   lift        confidence ÷ the share of orders with b: above 1, b comes with a more often than
//               with any order
// A pair appears in both directions (a → b and b → a), as their confidence differs.
#pragma once

#include "LineScan.h"

#include <QList>

namespace mwb {

struct BasketPair
{
    QString a; // key (product code or category)
    QString aName;
    QString b;
    QString bName;
    qint64 orders = 0; // orders with both
    double support = 0;
    double confidence = 0;
    double lift = 0;
};

struct BasketOptions
{
    ProductGrouping by = ProductGrouping::Product;
    double minSupport = 0.001;
    int limit = 50; // 0: all
};

struct BasketResult
{
    qint64 orders = 0;       // the orders counted: with at least one line bought of a key
    QList<BasketPair> pairs; // by lift, then orders with both, then a and b
};

class BasketAnalysis
{
public:
    static BasketResult compute(SQLite::Database &db, const BasketOptions &options);
};

} // namespace mwb
