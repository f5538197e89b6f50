#include "ModelFitting.h"

#include <nlopt.hpp>

#include <cmath>

namespace mwb::fitting {

namespace {

struct Context
{
    const Objective *f = nullptr;
    int evaluations = 0;
    std::vector<double> theta;
    std::vector<double> gradient;
};

double onLogScale(const std::vector<double> &phi, std::vector<double> &grad, void *data)
{
    auto *context = static_cast<Context *>(data);
    ++context->evaluations;
    for (std::size_t i = 0; i < phi.size(); ++i)
        context->theta[i] = std::exp(phi[i]);
    const double value = (*context->f)(context->theta, context->gradient);
    if (!grad.empty()) {
        for (std::size_t i = 0; i < phi.size(); ++i)
            grad[i] = context->gradient[i] * context->theta[i]; // d/dφ = θ d/dθ
    }
    return std::isfinite(value) ? value : -HUGE_VAL;
}

} // namespace

Maximum maximize(const Objective &f, std::vector<double> start)
{
    const auto n = static_cast<unsigned>(start.size());
    Context context{&f, 0, std::vector<double>(n), std::vector<double>(n)};
    std::vector<double> phi(n);
    for (unsigned i = 0; i < n; ++i)
        phi[i] = std::log(start[i]);

    nlopt::opt optimizer(nlopt::LD_LBFGS, n);
    optimizer.set_max_objective(onLogScale, &context);
    optimizer.set_lower_bounds(std::vector<double>(n, -20.0));
    optimizer.set_upper_bounds(std::vector<double>(n, 20.0));
    optimizer.set_ftol_rel(1e-13);
    optimizer.set_xtol_rel(1e-10);
    optimizer.set_maxeval(3000);
    Maximum result;
    double value = -HUGE_VAL;
    try {
        const nlopt::result outcome = optimizer.optimize(phi, value);
        result.converged = outcome > 0;
    } catch (const nlopt::roundoff_limited &) {
        // L-BFGS stops when rounding keeps it from improving: the point is as good as it gets.
        value = optimizer.last_optimum_value();
        result.converged = std::isfinite(value);
    } catch (const std::exception &) {
        result.converged = false;
    }
    result.theta.resize(n);
    for (unsigned i = 0; i < n; ++i)
        result.theta[i] = std::exp(phi[i]);
    result.value = value;
    result.evaluations = context.evaluations;
    return result;
}

} // namespace mwb::fitting
