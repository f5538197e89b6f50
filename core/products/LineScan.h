// LineScan: one pass over the order lines, customer by customer in time order, for the
// product figures, basket pairs and replenishment intervals. Lines are grouped by a key: the
// product, its category or its brand. Customers are cut into id ranges read at the same time
// on connections of their own (ParallelRanges); a customer's lines all go to one part, so
// what a part counts per customer adds up across parts. Guests' orders come last, order by
// order, on the calling connection.
#pragma once

#include <SQLiteCpp/Database.h>

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace mwb {

enum class ProductGrouping {
    Product,
    Category,
    Brand
};

QString productGroupingName(ProductGrouping grouping); // "product", "category", "brand"
std::optional<ProductGrouping> productGroupingFromName(const QString &name);

// The keys lines are grouped by: each product's key index, and per key its text (the code,
// category or brand; empty for products without one), a name and a category to show.
struct ProductKeys
{
    std::unordered_map<qint64, int> byProduct; // product id -> key index
    QStringList keys;
    QStringList names;
    QStringList categories;

    static ProductKeys load(SQLite::Database &db, ProductGrouping grouping);
    int keyOf(qint64 productId) const
    {
        const auto it = byProduct.find(productId);
        return it == byProduct.end() ? -1 : it->second;
    }
};

struct LineRow
{
    qint64 customerId = 0; // 0: a guest's order
    qint64 orderId = 0;
    qint64 orderedAt = 0;
    qint64 orderAmountMinor = 0;
    int key = -1;        // -1: the line names no product
    qint64 quantity = 0; // 0 when the file gave none
    qint64 amountMinor = 0;

    // A line bought: a positive amount on an order (a positive total, vocabulary/Figures.h).
    bool purchased() const { return orderAmountMinor > 0 && amountMinor > 0; }
};

struct LineScanOptions
{
    std::optional<qint64> from;  // orders at or after (epoch seconds)
    std::optional<qint64> until; // orders before
    bool guests = true;
};

class LineScan
{
public:
    // The number of parts run() calls `customer` with (0 .. parts() - 1): one inside a
    // transaction (what it changed is not seen by other connections).
    static int parts(SQLite::Database &db);
    // Calls customer(part, rows) with every customer's lines in order of time (an order's lines
    // together), then, when options.guests, each guest order's lines with part 0.
    static void run(SQLite::Database &db, const ProductKeys &keys, const LineScanOptions &options,
                    const std::function<void(int part, std::span<const LineRow> rows)> &customer);
};

} // namespace mwb
