#include "BgNbd.h"

#include <QCoreApplication>

#include "ModelFitting.h"

#include <boost/math/special_functions/digamma.hpp>
#include <boost/math/special_functions/gamma.hpp>
#include <boost/math/special_functions/hypergeometric_pFq.hpp>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::BgNbd" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::BgNbd)
};

using Key = std::tuple<int, double, double>; // x, t_x, T

struct Groups
{
    std::vector<std::pair<Key, double>> rows; // distinct (x, t_x, T) and their counts
    std::vector<int> xs;                      // distinct x
    std::vector<std::size_t> xIndex;          // of each row, into xs
};

Groups groupCustomers(const std::vector<CustomerRepeats> &customers)
{
    std::vector<Key> keys;
    keys.reserve(customers.size());
    for (const CustomerRepeats &c : customers)
        keys.emplace_back(c.x, c.tx, c.T);
    Groups g;
    g.rows = fitting::groupCounts(keys);
    for (const auto &[key, count] : g.rows) {
        if (g.xs.empty() || g.xs.back() != std::get<0>(key)) // rows are sorted by x first
            g.xs.push_back(std::get<0>(key));
        g.xIndex.push_back(g.xs.size() - 1);
    }
    return g;
}

// The log-likelihood (Fader, Hardie & Lee 2005, eq. 6) and its gradient in (r, α, a, b).
double evaluate(const Groups &g, const std::vector<double> &theta, std::vector<double> *gradient)
{
    using boost::math::digamma;
    using boost::math::lgamma;
    const double r = theta[0], alpha = theta[1], a = theta[2], b = theta[3];
    // The parts that depend on x alone, once per distinct x.
    std::vector<double> constant(g.xs.size()), dr(g.xs.size()), da(g.xs.size()), db(g.xs.size());
    const double lgR = lgamma(r), lgAB = lgamma(a + b), lgB = lgamma(b);
    const double psiR = digamma(r), psiAB = digamma(a + b), psiB = digamma(b);
    for (std::size_t i = 0; i < g.xs.size(); ++i) {
        const double x = g.xs[i];
        constant[i] = lgamma(r + x) - lgR + r * std::log(alpha) + lgAB + lgamma(b + x) - lgB - lgamma(a + b + x);
        if (gradient) {
            dr[i] = digamma(r + x) - psiR + std::log(alpha);
            da[i] = psiAB - digamma(a + b + x);
            db[i] = psiAB + digamma(b + x) - psiB - digamma(a + b + x);
        }
    }
    double total = 0;
    double gr = 0, galpha = 0, ga = 0, gb = 0;
    for (std::size_t k = 0; k < g.rows.size(); ++k) {
        const auto &[key, count] = g.rows[k];
        const auto [xi, tx, T] = key;
        const double x = xi;
        const double logAlphaT = std::log(alpha + T);
        const double a3 = -(r + x) * logAlphaT;
        double ll = a3;
        double w4 = 0, logAlphaTx = 0;
        if (xi > 0) {
            logAlphaTx = std::log(alpha + tx);
            const double a4 = std::log(a) - std::log(b + x - 1) - (r + x) * logAlphaTx;
            const double hi = std::max(a3, a4);
            ll = hi + std::log(std::exp(a3 - hi) + std::exp(a4 - hi));
            w4 = std::exp(a4 - ll);
        }
        const double w3 = std::exp(a3 - ll);
        const std::size_t i = g.xIndex[k];
        total += count * (constant[i] + ll);
        if (gradient) {
            gr += count * (dr[i] - w3 * logAlphaT - w4 * logAlphaTx);
            galpha += count * (r / alpha - w3 * (r + x) / (alpha + T) - (xi > 0 ? w4 * (r + x) / (alpha + tx) : 0.0));
            ga += count * (da[i] + w4 / a);
            gb += count * (db[i] - (xi > 0 ? w4 / (b + x - 1) : 0.0));
        }
    }
    if (gradient)
        *gradient = {gr, galpha, ga, gb};
    return total;
}

} // namespace

double BgNbd::logLikelihood(const BgNbdParameters &p, const std::vector<CustomerRepeats> &customers)
{
    return evaluate(groupCustomers(customers), {p.r, p.alpha, p.a, p.b}, nullptr);
}

BgNbdFit BgNbd::fit(const std::vector<CustomerRepeats> &customers)
{
    BgNbdFit result;
    if (customers.size() < 10) {
        result.error = u"Too little data: %1 customers with a first purchase in the calibration period; the model "
                       "needs at least 10."_s.arg(customers.size());
        return result;
    }
    qint64 repeaters = 0;
    double meanT = 0;
    for (const CustomerRepeats &c : customers) {
        repeaters += c.x > 0 ? 1 : 0;
        meanT += c.T;
    }
    meanT /= static_cast<double>(customers.size());
    if (repeaters == 0) {
        result.error = u"No customer bought again in the calibration period, so how often people come back "
                       "cannot be estimated."_s;
        return result;
    }
    if (meanT <= 0) {
        result.error =
            Text::tr("The calibration period is too short: every customer bought for the first time on its last day.");
        return result;
    }
    const Groups groups = groupCustomers(customers);
    const fitting::Objective objective = [&groups](const std::vector<double> &theta, std::vector<double> &gradient) {
        return evaluate(groups, theta, &gradient);
    };
    // α is on the scale of the time unit: start it at a tenth of the mean observation time.
    const fitting::Maximum best = fitting::maximize(objective, {1.0, std::max(0.1, meanT / 10), 1.0, 1.0});
    if (!best.converged || !std::isfinite(best.value)) {
        result.error = Text::tr("The BG/NBD fit did not converge.");
        return result;
    }
    result.parameters = {best.theta[0], best.theta[1], best.theta[2], best.theta[3]};
    result.logLikelihood = best.value;
    result.evaluations = best.evaluations;
    return result;
}

double BgNbd::hypergeometric2F1(double a, double b, double c, double z)
{
    // The BG/NBD expectations need 2F1 at 0 <= z < 1 with positive parameters, where Gauss's
    // series converges with terms of one sign. Summed directly it costs about 0.13 µs a call;
    // Boost.Math's general hypergeometric_pFq (with its error tracking) 1.3 µs (both measured
    // by bench_analytics), and scoring a million customers asks it millions of times. So the
    // series is summed here, and Boost.Math is the fallback for what it cannot do in 100,000
    // terms (z very close to 1) and the reference the tests compare it with.
    if (z >= 0 && z < 1 && a > 0 && b > 0 && c > 0) {
        double term = 1, sum = 1;
        for (int n = 0; n < 100000; ++n) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
            sum += term;
            if (term < 1e-16 * sum)
                return sum;
        }
    }
    return boost::math::hypergeometric_pFq({a, b}, {c}, z);
}

double BgNbd::probabilityAlive(const BgNbdParameters &p, int x, double tx, double T)
{
    if (x == 0)
        return 1.0;
    const double logRatio = (p.r + x) * (std::log(p.alpha + T) - std::log(p.alpha + tx));
    return 1.0 / (1.0 + std::exp(std::log(p.a / (p.b + x - 1)) + logRatio));
}

double BgNbd::expectedPurchases(const BgNbdParameters &p, double t, int x, double tx, double T)
{
    if (t <= 0)
        return 0.0;
    // Fader, Hardie & Lee (2005), eq. 10.
    const double z = t / (p.alpha + T + t);
    const double hyper = hypergeometric2F1(p.r + x, p.b + x, p.a + p.b + x - 1, z);
    const double first =
        (p.a + p.b + x - 1) / (p.a - 1) * (1 - std::pow((p.alpha + T) / (p.alpha + T + t), p.r + x) * hyper);
    double denominator = 1.0;
    if (x > 0)
        denominator += p.a / (p.b + x - 1) * std::pow((p.alpha + T) / (p.alpha + tx), p.r + x);
    return first / denominator;
}

double BgNbd::expectedPurchasesNew(const BgNbdParameters &p, double t)
{
    if (t <= 0)
        return 0.0;
    const double hyper = hypergeometric2F1(p.r, p.b, p.a + p.b - 1, t / (p.alpha + t));
    return (p.a + p.b - 1) / (p.a - 1) * (1 - std::pow(p.alpha / (p.alpha + t), p.r) * hyper);
}

} // namespace mwb
