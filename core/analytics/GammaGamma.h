// GammaGamma: the gamma-gamma model of the spend per transaction (Fader, Hardie & Lee
// 2005, "RFM and CLV"; Fader & Hardie 2013, note 025): each transaction's value
// z ~ Gamma(p, ν), with ν ~ Gamma(q, γ) across customers. Fitted by maximum likelihood
// (NLopt L-BFGS on log-parameters, analytic gradient) on customers with repeat purchases
// and their mean repeat spend.
#pragma once

#include "RepeatSummary.h"

#include <QString>

#include <vector>

namespace mwb {

struct GammaGammaParameters
{
    double p = 0;
    double q = 0;
    double gamma = 0;
};

struct GammaGammaFit
{
    GammaGammaParameters parameters;
    double logLikelihood = 0;
    int customers = 0; // with x > 0 and a positive mean spend
    QString error;
    bool ok() const { return error.isEmpty(); }
};

class GammaGamma
{
public:
    static GammaGammaFit fit(const std::vector<CustomerRepeats> &customers);
    static double logLikelihood(const GammaGammaParameters &p, const std::vector<CustomerRepeats> &customers);
    // E[spend per transaction | x, zbar]; the population mean p·γ/(q − 1) when x = 0.
    static double expectedSpend(const GammaGammaParameters &p, int x, double zbar);
};

} // namespace mwb
