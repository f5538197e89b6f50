#include "BasketAnalysis.h"

#include <algorithm>
#include <cmath>

namespace mwb {

namespace {

quint64 pairKey(int a, int b)
{
    return (static_cast<quint64>(static_cast<quint32>(a)) << 32) | static_cast<quint32>(b);
}

struct PartCounts
{
    qint64 orders = 0;
    std::vector<qint64> single;
    std::unordered_map<quint64, qint64> both; // a < b
};

} // namespace

BasketResult BasketAnalysis::compute(SQLite::Database &db, const BasketOptions &options)
{
    const ProductKeys keys = ProductKeys::load(db, options.by);
    const std::size_t keyCount = static_cast<std::size_t>(keys.keys.size());
    std::vector<PartCounts> parts(static_cast<std::size_t>(LineScan::parts(db)));
    for (PartCounts &p : parts)
        p.single.assign(keyCount, 0);

    LineScan::run(db, keys, {}, [&](int part, std::span<const LineRow> rows) {
        PartCounts &counts = parts[static_cast<std::size_t>(part)];
        std::vector<int> basket;
        auto close = [&] {
            std::sort(basket.begin(), basket.end());
            basket.erase(std::unique(basket.begin(), basket.end()), basket.end());
            if (!basket.empty())
                ++counts.orders;
            for (std::size_t i = 0; i < basket.size(); ++i) {
                ++counts.single[static_cast<std::size_t>(basket[i])];
                for (std::size_t j = i + 1; j < basket.size(); ++j)
                    ++counts.both[pairKey(basket[i], basket[j])];
            }
            basket.clear();
        };
        qint64 order = 0;
        for (const LineRow &row : rows) {
            if (row.orderId != order) {
                close();
                order = row.orderId;
            }
            if (row.purchased() && row.key >= 0 && !keys.keys[row.key].isEmpty())
                basket.push_back(row.key);
        }
        close();
    });

    BasketResult result;
    std::vector<qint64> single(keyCount, 0);
    std::unordered_map<quint64, qint64> both;
    for (PartCounts &p : parts) {
        result.orders += p.orders;
        for (std::size_t k = 0; k < keyCount; ++k)
            single[k] += p.single[k];
        for (const auto &[key, n] : p.both)
            both[key] += n;
    }
    if (result.orders == 0)
        return result;
    const double orders = static_cast<double>(result.orders);
    for (const auto &[key, n] : both) {
        const double support = static_cast<double>(n) / orders;
        if (support < options.minSupport)
            continue;
        const int lo = static_cast<int>(key >> 32);
        const int hi = static_cast<int>(key & 0xffffffffu);
        for (const auto &[a, b] : {std::pair{lo, hi}, std::pair{hi, lo}}) {
            BasketPair pair;
            pair.a = keys.keys[a];
            pair.aName = keys.names[a];
            pair.b = keys.keys[b];
            pair.bName = keys.names[b];
            pair.orders = n;
            pair.support = support;
            pair.confidence = static_cast<double>(n) / static_cast<double>(single[static_cast<std::size_t>(a)]);
            pair.lift = pair.confidence / (static_cast<double>(single[static_cast<std::size_t>(b)]) / orders);
            result.pairs.append(pair);
        }
    }
    std::sort(result.pairs.begin(), result.pairs.end(), [](const BasketPair &x, const BasketPair &y) {
        if (x.lift != y.lift)
            return x.lift > y.lift;
        if (x.orders != y.orders)
            return x.orders > y.orders;
        return std::tie(x.a, x.b) < std::tie(y.a, y.b);
    });
    if (options.limit > 0 && result.pairs.size() > options.limit)
        result.pairs.resize(options.limit);
    return result;
}

} // namespace mwb
