#include "UpliftStatistics.h"

#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>

namespace mwb {

Interval UpliftStatistics::wilson(qint64 x, qint64 n, double z)
{
    if (n <= 0)
        return {0.0, 1.0};
    const double nn = static_cast<double>(n);
    const double p = static_cast<double>(x) / nn;
    const double z2 = z * z;
    const double centre = p + z2 / (2 * nn);
    const double spread = z * std::sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn));
    const double denominator = 1 + z2 / nn;
    // At x = 0 or x = n one end is exactly 0 or 1; clamp the rounding error away.
    return {std::clamp((centre - spread) / denominator, 0.0, 1.0),
            std::clamp((centre + spread) / denominator, 0.0, 1.0)};
}

ProportionComparison UpliftStatistics::compare(qint64 x1, qint64 n1, qint64 x2, qint64 n2, double z)
{
    ProportionComparison result;
    if (n1 <= 0 || n2 <= 0)
        return result;
    result.rate1 = static_cast<double>(x1) / static_cast<double>(n1);
    result.rate2 = static_cast<double>(x2) / static_cast<double>(n2);
    result.difference = result.rate1 - result.rate2;
    // Newcombe (1998), method 10: the hybrid of the two Wilson intervals.
    const Interval w1 = wilson(x1, n1, z);
    const Interval w2 = wilson(x2, n2, z);
    const double below = std::sqrt(std::pow(result.rate1 - w1.low, 2) + std::pow(w2.high - result.rate2, 2));
    const double above = std::sqrt(std::pow(w1.high - result.rate1, 2) + std::pow(result.rate2 - w2.low, 2));
    result.interval = {result.difference - below, result.difference + above};
    result.pValue = twoProportionPValue(x1, n1, x2, n2);
    return result;
}

std::optional<double> UpliftStatistics::twoProportionPValue(qint64 x1, qint64 n1, qint64 x2, qint64 n2)
{
    if (n1 <= 0 || n2 <= 0)
        return std::nullopt;
    const double pooled = static_cast<double>(x1 + x2) / static_cast<double>(n1 + n2);
    const double variance = pooled * (1 - pooled) * (1.0 / static_cast<double>(n1) + 1.0 / static_cast<double>(n2));
    if (variance <= 0)
        return std::nullopt; // nobody, or everybody, converted in both groups
    const double difference =
        static_cast<double>(x1) / static_cast<double>(n1) - static_cast<double>(x2) / static_cast<double>(n2);
    const double zScore = std::abs(difference) / std::sqrt(variance);
    const boost::math::normal standard;
    return std::min(1.0, 2 * boost::math::cdf(boost::math::complement(standard, zScore)));
}

std::vector<std::optional<double>> UpliftStatistics::holm(const std::vector<std::optional<double>> &pValues)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < pValues.size(); ++i) {
        if (pValues[i])
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return *pValues[a] < *pValues[b]; });
    std::vector<std::optional<double>> adjusted(pValues.size());
    const double m = static_cast<double>(order.size());
    double running = 0;
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
        const double scaled = std::min(1.0, (m - static_cast<double>(rank)) * *pValues[order[rank]]);
        running = std::max(running, scaled);
        adjusted[order[rank]] = running;
    }
    return adjusted;
}

} // namespace mwb
