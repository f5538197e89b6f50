// BgNbd: the beta-geometric / negative binomial distribution model of repeat buying
// (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way"). Customers buy at a
// Poisson rate λ ~ Gamma(r, α) while alive and drop out after any purchase with
// probability p ~ Beta(a, b). Fitted by maximum likelihood with NLopt (L-BFGS on the
// logarithms of the parameters, with the analytic gradient; lgamma and digamma from
// Boost.Math); customers with the same (x, t_x, T) are evaluated once.
#pragma once

#include "RepeatSummary.h"

#include <QString>

#include <optional>
#include <vector>

namespace mwb {

struct BgNbdParameters
{
    double r = 0;
    double alpha = 0;
    double a = 0;
    double b = 0;
};

struct BgNbdFit
{
    BgNbdParameters parameters;
    double logLikelihood = 0;
    int evaluations = 0;
    QString error; // why it could not be fitted (too little data, no repeat purchases…)
    bool ok() const { return error.isEmpty(); }
};

class BgNbd
{
public:
    static BgNbdFit fit(const std::vector<CustomerRepeats> &customers);
    // The log-likelihood of the data under the parameters.
    static double logLikelihood(const BgNbdParameters &p, const std::vector<CustomerRepeats> &customers);

    // P(alive | x, t_x, T).
    static double probabilityAlive(const BgNbdParameters &p, int x, double tx, double T);
    // E[purchases in (T, T + t] | x, t_x, T].
    static double expectedPurchases(const BgNbdParameters &p, double t, int x, double tx, double T);
    // E[X(t)]: purchases a new customer makes in the first t units after the first purchase.
    static double expectedPurchasesNew(const BgNbdParameters &p, double t);
    // Gauss's hypergeometric function 2F1(a, b; c; z) for |z| < 1 (series; Boost.Math beyond it).
    static double hypergeometric2F1(double a, double b, double c, double z);
};

} // namespace mwb
