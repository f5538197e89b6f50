// UpliftStatistics: the statistics of a treatment / control comparison of two
// proportions: Wilson score intervals, Newcombe's hybrid score interval for the
// difference (method 10 of Newcombe 1998, no continuity correction) and the two-sided
// p-value of the pooled two-proportion z-test (normal distribution from Boost.Math), and
// Holm's adjustment when several arms are compared.
#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

namespace mwb {

struct Interval
{
    double low = 0;
    double high = 0;
};

struct ProportionComparison
{
    double rate1 = 0;             // x1 / n1
    double rate2 = 0;             // x2 / n2
    double difference = 0;        // rate1 - rate2
    Interval interval;            // of the difference, 95 % by default
    std::optional<double> pValue; // none when undefined (nobody or everybody converted in both)
};

class UpliftStatistics
{
public:
    static constexpr double kZ95 = 1.959963984540054;

    // Wilson score interval of x successes in n trials (n > 0).
    static Interval wilson(qint64 x, qint64 n, double z = kZ95);
    // Group 1 against group 2; both n must be > 0.
    static ProportionComparison compare(qint64 x1, qint64 n1, qint64 x2, qint64 n2, double z = kZ95);
    // Two-sided p-value of the pooled z-test of p1 = p2.
    static std::optional<double> twoProportionPValue(qint64 x1, qint64 n1, qint64 x2, qint64 n2);
    // Holm's step-down adjustment of m p-values (Holm 1979): the i-th smallest becomes
    // max over j ≤ i of min(1, (m − j + 1) · p(j)), so "adjusted p < α" rejects exactly the
    // hypotheses Holm's procedure rejects at family-wise error α. Undefined p-values stay
    // undefined and do not count in m.
    static std::vector<std::optional<double>> holm(const std::vector<std::optional<double>> &pValues);
};

} // namespace mwb
