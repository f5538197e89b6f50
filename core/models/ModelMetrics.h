// ModelMetrics: how a propensity model's scores are judged against what happened (the
// figures of docs/MODELS.md, defined once in vocabulary/Figures). Pure functions of scores
// and 0/1 labels, in any order; a customer is predicted positive when their score is at or
// above the threshold. Deciles cut the customers sorted by score, highest first (ties in the
// order given), into ten parts: customer i of n (from 0) is in decile ⌊10·i / n⌋.
#pragma once

#include <QtGlobal>

#include <array>
#include <cstdint>
#include <span>

namespace mwb {

struct Confusion
{
    qint64 truePositives = 0;
    qint64 falsePositives = 0;
    qint64 trueNegatives = 0;
    qint64 falseNegatives = 0;

    // TP ÷ (TP + FP); 0 when nobody is predicted positive.
    double precision() const;
    // TP ÷ (TP + FN); 0 without positives.
    double recall() const;
    // 2·P·R ÷ (P + R); 0 when both are 0.
    double f1() const;
};

struct DecileRow
{
    qint64 customers = 0;
    qint64 positives = 0;
    double meanScore = 0;    // calibration: the mean score of the decile
    double observedRate = 0; // calibration: positives ÷ customers of the decile
    double gain = 0;         // cumulative share of all positives in this decile and those above
};

class ModelMetrics
{
public:
    // The probability that a random positive scores above a random negative, ties counting
    // half: (Σ ranks of the positives − n₊(n₊ + 1)/2) ÷ (n₊·n₋), ranks from 1 by ascending score
    // with tied scores given the mean of their ranks. NaN without a positive or a negative.
    static double auc(std::span<const double> scores, std::span<const std::uint8_t> labels);
    static Confusion confusion(std::span<const double> scores, std::span<const std::uint8_t> labels, double threshold);
    // The threshold (one of the scores) whose F1 is highest; of several, the highest
    // threshold. 0.5 without a positive.
    static double bestF1Threshold(std::span<const double> scores, std::span<const std::uint8_t> labels);
    // Positives ÷ customers; NaN without customers.
    static double baseRate(std::span<const std::uint8_t> labels);
    // The ten deciles (empty ones when there are fewer than ten customers).
    static std::array<DecileRow, 10> deciles(std::span<const double> scores, std::span<const std::uint8_t> labels);
    // The top decile's observed rate ÷ the base rate; NaN without positives.
    static double liftTopDecile(std::span<const double> scores, std::span<const std::uint8_t> labels);
};

} // namespace mwb
