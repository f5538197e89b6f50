// What the BG/NBD and gamma-gamma fits share: customers grouped by the figures the
// likelihood reads (each group evaluated once, weighted by its size), and maximisation of
// a log-likelihood over the logarithms of positive parameters with NLopt's L-BFGS.
// Internal to analytics/.
#pragma once

#include <functional>
#include <map>
#include <vector>

namespace mwb::fitting {

// f(θ, gradient ∂f/∂θ) → value, for θ > 0.
using Objective = std::function<double(const std::vector<double> &theta, std::vector<double> &gradient)>;

struct Maximum
{
    std::vector<double> theta;
    double value = 0;
    int evaluations = 0;
    bool converged = false;
};

// Maximises `f` from `start` (all > 0) over log θ ∈ [-20, 20].
Maximum maximize(const Objective &f, std::vector<double> start);

// Distinct values of a key with how often each occurs.
template <typename Key> std::vector<std::pair<Key, double>> groupCounts(const std::vector<Key> &keys)
{
    std::map<Key, double> counts;
    for (const Key &key : keys)
        counts[key] += 1.0;
    return {counts.begin(), counts.end()};
}

} // namespace mwb::fitting
