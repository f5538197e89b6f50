#include "GammaGamma.h"

#include "ModelFitting.h"

#include <boost/math/special_functions/digamma.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

using Key = std::pair<int, double>; // x, zbar

std::vector<std::pair<Key, double>> groupCustomers(const std::vector<CustomerRepeats> &customers)
{
    std::vector<Key> keys;
    for (const CustomerRepeats &c : customers) {
        if (c.x > 0 && c.zbar > 0)
            keys.emplace_back(c.x, c.zbar);
    }
    return fitting::groupCounts(keys);
}

// Fader & Hardie (2013), note 025, eq. 3, summed over customers, and its gradient in (p, q, γ).
double evaluate(const std::vector<std::pair<Key, double>> &rows, const std::vector<double> &theta,
                std::vector<double> *gradient)
{
    using boost::math::digamma;
    using boost::math::lgamma;
    const double p = theta[0], q = theta[1], v = theta[2];
    const double lgQ = lgamma(q), psiQ = digamma(q), logV = std::log(v);
    double total = 0, gp = 0, gq = 0, gv = 0;
    for (const auto &[key, count] : rows) {
        const double x = key.first, m = key.second;
        const double px = p * x;
        const double logM = std::log(m), logX = std::log(x), logXmV = std::log(x * m + v);
        total += count * (lgamma(px + q) - lgamma(px) - lgQ + q * logV + (px - 1) * logM + px * logX
                          - (px + q) * logXmV);
        if (gradient) {
            const double psiPxQ = digamma(px + q);
            gp += count * x * (psiPxQ - digamma(px) + logM + logX - logXmV);
            gq += count * (psiPxQ - psiQ + logV - logXmV);
            gv += count * (q / v - (px + q) / (x * m + v));
        }
    }
    if (gradient)
        *gradient = {gp, gq, gv};
    return total;
}

} // namespace

double GammaGamma::logLikelihood(const GammaGammaParameters &p, const std::vector<CustomerRepeats> &customers)
{
    return evaluate(groupCustomers(customers), {p.p, p.q, p.gamma}, nullptr);
}

GammaGammaFit GammaGamma::fit(const std::vector<CustomerRepeats> &customers)
{
    GammaGammaFit result;
    const auto rows = groupCustomers(customers);
    double n = 0, meanSpend = 0;
    for (const auto &[key, count] : rows) {
        n += count;
        meanSpend += count * key.second;
    }
    result.customers = static_cast<int>(n);
    if (n < 10) {
        result.error = u"Too little data: %1 customers with repeat purchases and a positive spend; the spend model "
                       "needs at least 10."_s.arg(result.customers);
        return result;
    }
    meanSpend /= n;
    const fitting::Objective objective = [&rows](const std::vector<double> &theta, std::vector<double> &gradient) {
        return evaluate(rows, theta, &gradient);
    };
    const fitting::Maximum best = fitting::maximize(objective, {1.0, 2.0, meanSpend});
    if (!best.converged || !std::isfinite(best.value)) {
        result.error = u"The gamma-gamma fit did not converge."_s;
        return result;
    }
    result.parameters = {best.theta[0], best.theta[1], best.theta[2]};
    result.logLikelihood = best.value;
    return result;
}

double GammaGamma::expectedSpend(const GammaGammaParameters &p, int x, double zbar)
{
    if (x <= 0 || zbar <= 0)
        return p.q > 1 ? p.p * p.gamma / (p.q - 1) : 0.0;
    return p.p * (p.gamma + x * zbar) / (p.p * x + p.q - 1);
}

} // namespace mwb
