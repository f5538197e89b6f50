#include "ModelMetrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace mwb {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Indexes by descending score, ties in the order given.
std::vector<std::size_t> byScoreDescending(std::span<const double> scores)
{
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    return order;
}

} // namespace

double Confusion::precision() const
{
    const qint64 predicted = truePositives + falsePositives;
    return predicted > 0 ? double(truePositives) / double(predicted) : 0.0;
}

double Confusion::recall() const
{
    const qint64 positives = truePositives + falseNegatives;
    return positives > 0 ? double(truePositives) / double(positives) : 0.0;
}

double Confusion::f1() const
{
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

double ModelMetrics::auc(std::span<const double> scores, std::span<const std::uint8_t> labels)
{
    const std::size_t n = std::min(scores.size(), labels.size());
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] < scores[b]; });
    double positiveRanks = 0;
    double positives = 0;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        while (j < n && scores[order[j]] == scores[order[i]])
            ++j;
        const double meanRank = (double(i + 1) + double(j)) / 2; // ranks i+1 … j
        for (std::size_t k = i; k < j; ++k) {
            if (labels[order[k]]) {
                positiveRanks += meanRank;
                positives += 1;
            }
        }
        i = j;
    }
    const double negatives = double(n) - positives;
    if (positives == 0 || negatives == 0)
        return kNaN;
    return (positiveRanks - positives * (positives + 1) / 2) / (positives * negatives);
}

Confusion ModelMetrics::confusion(std::span<const double> scores, std::span<const std::uint8_t> labels,
                                  double threshold)
{
    Confusion c;
    const std::size_t n = std::min(scores.size(), labels.size());
    for (std::size_t i = 0; i < n; ++i) {
        const bool predicted = scores[i] >= threshold;
        if (labels[i])
            ++(predicted ? c.truePositives : c.falseNegatives);
        else
            ++(predicted ? c.falsePositives : c.trueNegatives);
    }
    return c;
}

double ModelMetrics::bestF1Threshold(std::span<const double> scores, std::span<const std::uint8_t> labels)
{
    const std::size_t n = std::min(scores.size(), labels.size());
    const auto order = byScoreDescending(scores.first(n));
    qint64 positives = 0;
    for (std::size_t i = 0; i < n; ++i)
        positives += labels[i] ? 1 : 0;
    if (positives == 0)
        return 0.5;
    // Lowering the threshold to each distinct score in turn adds that score's customers.
    double best = -1, bestThreshold = 0.5;
    qint64 tp = 0, predicted = 0;
    for (std::size_t i = 0; i < n;) {
        const double threshold = scores[order[i]];
        for (; i < n && scores[order[i]] == threshold; ++i) {
            ++predicted;
            tp += labels[order[i]] ? 1 : 0;
        }
        const double f1 = 2.0 * double(tp) / double(predicted + positives); // 2TP ÷ (2TP + FP + FN)
        if (f1 > best) {
            best = f1;
            bestThreshold = threshold;
        }
    }
    return bestThreshold;
}

double ModelMetrics::baseRate(std::span<const std::uint8_t> labels)
{
    if (labels.empty())
        return kNaN;
    qint64 positives = 0;
    for (const std::uint8_t label : labels)
        positives += label ? 1 : 0;
    return double(positives) / double(labels.size());
}

std::array<DecileRow, 10> ModelMetrics::deciles(std::span<const double> scores, std::span<const std::uint8_t> labels)
{
    std::array<DecileRow, 10> rows{};
    const std::size_t n = std::min(scores.size(), labels.size());
    const auto order = byScoreDescending(scores.first(n));
    qint64 positives = 0;
    for (std::size_t i = 0; i < n; ++i) {
        DecileRow &row = rows[i * 10 / n];
        ++row.customers;
        row.positives += labels[order[i]] ? 1 : 0;
        row.meanScore += scores[order[i]];
        positives += labels[order[i]] ? 1 : 0;
    }
    qint64 cumulative = 0;
    for (DecileRow &row : rows) {
        cumulative += row.positives;
        if (row.customers > 0) {
            row.meanScore /= double(row.customers);
            row.observedRate = double(row.positives) / double(row.customers);
        }
        row.gain = positives > 0 ? double(cumulative) / double(positives) : 0.0;
    }
    return rows;
}

double ModelMetrics::liftTopDecile(std::span<const double> scores, std::span<const std::uint8_t> labels)
{
    const double base = baseRate(labels.first(std::min(scores.size(), labels.size())));
    if (!(base > 0))
        return kNaN;
    return deciles(scores, labels)[0].observedRate / base;
}

} // namespace mwb
