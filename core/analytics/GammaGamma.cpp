#include "GammaGamma.h"

#include <QCoreApplication>

#include "ModelFitting.h"

#include <boost/math/special_functions/digamma.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::GammaGamma" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::GammaGamma)
};

using Key = std::pair<int, double>; // x, zbar

// Customers with repeat purchases, grouped by (x, zbar), with what does not change
// between evaluations worked out once.
struct Rows
{
    struct Row
    {
        double x = 0, m = 0, logM = 0, logX = 0, count = 0;
        std::size_t xIndex = 0;
    };
    std::vector<Row> rows;
    std::vector<double> xs; // distinct x
};

Rows groupCustomers(const std::vector<CustomerRepeats> &customers)
{
    std::vector<Key> keys;
    for (const CustomerRepeats &c : customers) {
        if (c.x > 0 && c.zbar > 0)
            keys.emplace_back(c.x, c.zbar);
    }
    Rows out;
    for (const auto &[key, count] : fitting::groupCounts(keys)) {
        const double x = key.first;
        if (out.xs.empty() || out.xs.back() != x) // sorted by x first
            out.xs.push_back(x);
        out.rows.push_back({x, key.second, std::log(key.second), std::log(x), count, out.xs.size() - 1});
    }
    return out;
}

// Fader & Hardie (2013), note 025, eq. 3, summed over customers, and its gradient in (p, q, γ).
double evaluate(const Rows &data, const std::vector<double> &theta, std::vector<double> *gradient)
{
    using boost::math::digamma;
    using boost::math::lgamma;
    const double p = theta[0], q = theta[1], v = theta[2];
    const double lgQ = lgamma(q), psiQ = digamma(q), logV = std::log(v);
    // The gamma-function parts depend on x alone.
    std::vector<double> lg(data.xs.size()), psiSum(data.xs.size()), psiX(data.xs.size());
    for (std::size_t i = 0; i < data.xs.size(); ++i) {
        const double px = p * data.xs[i];
        lg[i] = lgamma(px + q) - lgamma(px);
        if (gradient) {
            psiSum[i] = digamma(px + q);
            psiX[i] = digamma(px);
        }
    }
    double total = 0, gp = 0, gq = 0, gv = 0;
    for (const Rows::Row &r : data.rows) {
        const double px = p * r.x;
        const double logXmV = std::log(r.x * r.m + v);
        total += r.count * (lg[r.xIndex] - lgQ + q * logV + (px - 1) * r.logM + px * r.logX - (px + q) * logXmV);
        if (gradient) {
            gp += r.count * r.x * (psiSum[r.xIndex] - psiX[r.xIndex] + r.logM + r.logX - logXmV);
            gq += r.count * (psiSum[r.xIndex] - psiQ + logV - logXmV);
            gv += r.count * (q / v - (px + q) / (r.x * r.m + v));
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
    const Rows rows = groupCustomers(customers);
    double n = 0, meanSpend = 0;
    for (const Rows::Row &row : rows.rows) {
        n += row.count;
        meanSpend += row.count * row.m;
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
        result.error = Text::tr("The gamma-gamma fit did not converge.");
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
