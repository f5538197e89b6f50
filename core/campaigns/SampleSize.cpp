#include "SampleSize.h"

#include <QCoreApplication>
#include <QLocale>

#include <boost/math/distributions/normal.hpp>

#include <cmath>
#include <limits>

namespace mwb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::SampleSize)
};

double quantile(double p)
{
    return boost::math::quantile(boost::math::normal_distribution<double>(), p);
}

double cdf(double x)
{
    return boost::math::cdf(boost::math::normal_distribution<double>(), x);
}

bool inOpenUnit(double value)
{
    return std::isfinite(value) && value > 0 && value < 1;
}

// The uplift the test detects with groups n1 (treatment) and n2 (control): the d of the header.
double detectable(double p1, double d, double n1, double n2, double zAlpha, double zPower)
{
    const double p2 = p1 + d;
    const double pooled = (n1 * p2 + n2 * p1) / (n1 + n2);
    return zAlpha * std::sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
        + zPower * std::sqrt(p1 * (1 - p1) / n2 + p2 * (1 - p2) / n1);
}

} // namespace

QString SampleSize::validate(const SampleSizeQuestion &question)
{
    if (!inOpenUnit(question.baseline))
        return Text::tr("The baseline conversion rate must be between 0 and 1 (not included); %1 is not.")
            .arg(question.baseline);
    if (!inOpenUnit(question.alpha))
        return Text::tr("The significance level must be between 0 and 1 (not included); %1 is not.")
            .arg(question.alpha);
    if (!inOpenUnit(question.power))
        return Text::tr("The power must be between 0 and 1 (not included); %1 is not.").arg(question.power);
    if (question.arms < 1 || question.arms > 10)
        return Text::tr("A test has 1 to 10 arms besides the control group; %1 is not.").arg(question.arms);
    return {};
}

SampleSizeAnswer SampleSize::perGroup(const SampleSizeQuestion &question, double mde)
{
    SampleSizeAnswer answer;
    answer.error = validate(question);
    if (!answer.ok())
        return answer;
    const double p1 = question.baseline;
    const double p2 = p1 + mde;
    if (!std::isfinite(mde) || mde <= 0 || p2 >= 1) {
        answer.error = Text::tr("The uplift to detect must be above 0 and keep the rate below 1 (baseline %1 + "
                                "uplift %2 = %3).")
                           .arg(p1)
                           .arg(mde)
                           .arg(p2);
        return answer;
    }
    const double zAlpha = quantile(1 - question.comparisonAlpha() / 2);
    const double zPower = quantile(question.power);
    const double mean = (p1 + p2) / 2;
    const double root = zAlpha * std::sqrt(2 * mean * (1 - mean)) + zPower * std::sqrt(p1 * (1 - p1) + p2 * (1 - p2));
    const double n = root * root / (mde * mde);
    // Rounded up; a difference of one part in 10¹⁰ is the floating point's, not the formula's.
    const double rounded = std::ceil(n - 1e-10 * n);
    if (rounded > static_cast<double>(std::numeric_limits<qint64>::max() / 16)) {
        answer.error = Text::tr("An uplift of %1 is too small to plan for.").arg(mde);
        return answer;
    }
    answer.perGroup = static_cast<qint64>(rounded);
    answer.total = answer.perGroup * (question.arms + 1);
    return answer;
}

DetectableEffect SampleSize::minimumDetectableEffect(const SampleSizeQuestion &question, qint64 treatment,
                                                     qint64 control)
{
    DetectableEffect effect;
    effect.error = validate(question);
    if (!effect.ok())
        return effect;
    if (treatment <= 0 || control <= 0) {
        effect.error = Text::tr("Both the treatment and the control group need members.");
        return effect;
    }
    const double p1 = question.baseline;
    const double n1 = static_cast<double>(treatment);
    const double n2 = static_cast<double>(control);
    const double zAlpha = quantile(1 - question.comparisonAlpha() / 2);
    const double zPower = quantile(question.power);
    // d − detectable(d) rises from negative (at d → 0) and is solved by bisection; when it
    // is still negative at the largest uplift possible, no uplift is detectable.
    auto gap = [&](double d) { return d - detectable(p1, d, n1, n2, zAlpha, zPower); };
    double low = 0;
    double high = 1 - p1 - 1e-12;
    if (gap(high) < 0)
        return effect;
    for (int i = 0; i < 200 && high - low > 1e-12; ++i) {
        const double middle = (low + high) / 2;
        (gap(middle) < 0 ? low : high) = middle;
    }
    effect.mde = high;
    return effect;
}

double SampleSize::power(double baseline, double mde, qint64 treatment, qint64 control, double alpha)
{
    if (treatment <= 0 || control <= 0 || !inOpenUnit(baseline) || !inOpenUnit(alpha) || !inOpenUnit(baseline + mde))
        return 0;
    const double p1 = baseline;
    const double p2 = baseline + mde;
    const double n1 = static_cast<double>(treatment);
    const double n2 = static_cast<double>(control);
    const double pooled = (n1 * p2 + n2 * p1) / (n1 + n2);
    const double null = std::sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    const double alternative = std::sqrt(p1 * (1 - p1) / n2 + p2 * (1 - p2) / n1);
    const double zAlpha = quantile(1 - alpha / 2);
    return cdf((std::abs(mde) - zAlpha * null) / alternative) + cdf((-std::abs(mde) - zAlpha * null) / alternative);
}

} // namespace mwb
