// SampleSize: how many members a test of two proportions needs, and what it can detect.
//
// The two-sided two-proportion z-test with the standard normal approximation and no
// continuity correction (Fleiss, Levin and Paik, "Statistical Methods for Rates and
// Proportions", 3rd ed., eq. 4.14 without the correction; Chow, Shao and Wang, "Sample
// Size Calculations in Clinical Research", 4.2): with p1 the baseline conversion rate,
// p2 = p1 + d, p̄ the members-weighted mean of the two and z the standard normal quantile,
//
//     d = z(1 − α/2) · √(p̄(1 − p̄)(1/n1 + 1/n2)) + z(power) · √(p1(1 − p1)/n1 + p2(1 − p2)/n2)
//
// which for equal groups gives n per group = (z(1−α/2)·√(2p̄q̄) + z(power)·√(p1q1 + p2q2))² / d²,
// rounded up: baseline 0.05 and an uplift of 0.01 need 8,158 per group at α = 0.05, power 0.8.
// With K treatment arms each compared with the control, α is divided by K (Bonferroni: the
// plan that keeps the report's Holm-adjusted comparisons at α), and the test needs K + 1
// groups of that size.
#pragma once

#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <optional>

namespace mwb {

struct SampleSizeQuestion
{
    double baseline = 0; // the control group's conversion rate, (0, 1)
    double alpha = 0.05; // two-sided significance level, (0, 1)
    double power = 0.8;  // (0, 1)
    int arms = 1;        // treatment arms compared with the control, 1–10
    // The alpha each comparison is tested at: alpha / arms.
    double comparisonAlpha() const { return alpha / std::max(arms, 1); }
};

struct SampleSizeAnswer
{
    qint64 perGroup = 0; // members in each arm and in the control group
    qint64 total = 0;    // perGroup × (arms + 1)
    QString error;       // names the value out of range; empty when answered
    bool ok() const { return error.isEmpty(); }
};

struct DetectableEffect
{
    std::optional<double> mde; // smallest uplift (rate difference) detectable; none when no uplift is
    QString error;
    bool ok() const { return error.isEmpty(); }
};

class SampleSize
{
public:
    // Members per group to detect an uplift of `mde` (a difference of rates, > 0, with
    // baseline + mde < 1) in each arm against the control.
    static SampleSizeAnswer perGroup(const SampleSizeQuestion &question, double mde);
    // The smallest uplift above the baseline a treatment (arm) of `treatment` members against a
    // control of `control` members detects; none when even the largest uplift possible is not
    // detectable (tiny groups).
    static DetectableEffect minimumDetectableEffect(const SampleSizeQuestion &question, qint64 treatment,
                                                    qint64 control);
    // The power of that test for a true uplift `mde`, [0, 1] (both terms of the two-sided test).
    static double power(double baseline, double mde, qint64 treatment, qint64 control, double alpha);
    // Checks baseline, alpha, power and arms; the error or empty.
    static QString validate(const SampleSizeQuestion &question);
};

} // namespace mwb
