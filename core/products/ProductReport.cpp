#include "ProductReport.h"

#include <algorithm>
#include <mutex>

namespace mwb {

namespace {

struct Tally
{
    qint64 orders = 0;
    qint64 customers = 0;
    qint64 quantity = 0;
    qint64 revenueMinor = 0;
    qint64 repeatCustomers = 0;
    bool seen = false;
};

} // namespace

QList<ProductFigures> ProductReport::compute(SQLite::Database &db, const ProductReportOptions &options)
{
    const ProductKeys keys = ProductKeys::load(db, options.by);
    const std::size_t keyCount = static_cast<std::size_t>(keys.keys.size());
    const int parts = LineScan::parts(db);
    std::vector<std::vector<Tally>> tallies(static_cast<std::size_t>(parts), std::vector<Tally>(keyCount));
    // Per part, what the customer being read bought of each key: orders, and the last order
    // counted (an order's lines come together).
    struct Bought
    {
        qint64 orders = 0;
        qint64 lastOrder = 0;
    };
    std::vector<std::unordered_map<int, Bought>> bought(static_cast<std::size_t>(parts));

    LineScan::run(db, keys, {options.from, options.until, true}, [&](int part, std::span<const LineRow> rows) {
        std::vector<Tally> &tally = tallies[static_cast<std::size_t>(part)];
        auto &customer = bought[static_cast<std::size_t>(part)];
        customer.clear();
        for (const LineRow &row : rows) {
            if (row.key < 0)
                continue;
            Tally &t = tally[static_cast<std::size_t>(row.key)];
            t.seen = true;
            t.revenueMinor += row.amountMinor;
            if (!row.purchased())
                continue;
            t.quantity += row.quantity;
            Bought &b = customer[row.key];
            if (b.lastOrder != row.orderId) {
                b.lastOrder = row.orderId;
                ++b.orders;
                ++t.orders;
            }
        }
        if (rows.front().customerId == 0)
            return; // a guest's order: no customer to count
        for (const auto &[key, b] : customer) {
            Tally &t = tally[static_cast<std::size_t>(key)];
            ++t.customers;
            if (b.orders >= 2)
                ++t.repeatCustomers;
        }
    });

    QList<ProductFigures> result;
    for (std::size_t k = 0; k < keyCount; ++k) {
        ProductFigures f;
        bool seen = false;
        for (const auto &tally : tallies) {
            const Tally &t = tally[k];
            seen = seen || t.seen;
            f.orders += t.orders;
            f.customers += t.customers;
            f.quantity += t.quantity;
            f.revenueMinor += t.revenueMinor;
            f.repeatCustomers += t.repeatCustomers;
        }
        if (!seen)
            continue;
        const auto i = static_cast<qsizetype>(k);
        f.key = keys.keys[i];
        f.name = keys.names[i];
        f.category = keys.categories[i];
        result.append(f);
    }
    std::sort(result.begin(), result.end(), [](const ProductFigures &a, const ProductFigures &b) {
        if (a.revenueMinor != b.revenueMinor)
            return a.revenueMinor > b.revenueMinor;
        if (a.orders != b.orders)
            return a.orders > b.orders;
        return a.key < b.key;
    });
    if (options.limit > 0 && result.size() > options.limit)
        result.resize(options.limit);
    return result;
}

} // namespace mwb
