#include "ControlSplit.h"

#include <boost/random/mersenne_twister.hpp>
#include <boost/random/uniform_int_distribution.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace mwb {

namespace {

// Draws `count` of `ids` (sorted, distinct) into control with a partial Fisher–Yates
// shuffle; the rest go to treatment.
void draw(std::vector<qint64> &ids, qint64 count, boost::random::mt19937_64 &engine, SplitResult &out)
{
    const auto n = static_cast<qint64>(ids.size());
    for (qint64 i = 0; i < count; ++i) {
        boost::random::uniform_int_distribution<qint64> pick(i, n - 1);
        std::swap(ids[static_cast<std::size_t>(i)], ids[static_cast<std::size_t>(pick(engine))]);
    }
    out.control.insert(out.control.end(), ids.begin(), ids.begin() + count);
    out.treatment.insert(out.treatment.end(), ids.begin() + count, ids.end());
}

} // namespace

qint64 ControlSplit::controlSize(qint64 n, double share)
{
    if (n <= 0 || share <= 0)
        return 0;
    return std::min(n, static_cast<qint64>(std::llround(static_cast<double>(n) * share)));
}

std::vector<qint64> ControlSplit::armSizes(qint64 n, const std::vector<double> &shares)
{
    std::vector<qint64> sizes(shares.size(), 0);
    if (shares.empty() || n <= 0)
        return sizes;
    double total = 0;
    for (const double share : shares)
        total += std::max(share, 0.0);
    if (total <= 0)
        return sizes;
    std::vector<std::pair<double, std::size_t>> remainders;
    qint64 given = 0;
    for (std::size_t i = 0; i < shares.size(); ++i) {
        const double exact = static_cast<double>(n) * std::max(shares[i], 0.0) / total;
        sizes[i] = static_cast<qint64>(std::floor(exact));
        given += sizes[i];
        remainders.emplace_back(exact - static_cast<double>(sizes[i]), i);
    }
    // Largest remainder first; equal remainders to the earlier arm.
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (std::size_t k = 0; given < n; ++k, ++given)
        ++sizes[remainders[k % remainders.size()].second];
    return sizes;
}

std::vector<int> ControlSplit::arms(const std::vector<qint64> &treatment, const std::vector<double> &shares,
                                    quint64 seed)
{
    const auto n = static_cast<qint64>(treatment.size());
    const std::vector<qint64> sizes = armSizes(n, shares);
    std::vector<int> labels;
    labels.reserve(treatment.size());
    for (std::size_t arm = 0; arm < sizes.size(); ++arm)
        labels.insert(labels.end(), static_cast<std::size_t>(sizes[arm]), static_cast<int>(arm));
    // "ARMS" in the seed: a stream apart from the control split's.
    boost::random::mt19937_64 engine(seed ^ 0x41524D5341524D53ULL);
    for (qint64 i = n - 1; i > 0; --i) {
        boost::random::uniform_int_distribution<qint64> pick(0, i);
        std::swap(labels[static_cast<std::size_t>(i)], labels[static_cast<std::size_t>(pick(engine))]);
    }
    return labels;
}

SplitResult ControlSplit::split(std::vector<qint64> ids, double share, quint64 seed, const std::vector<int> &strata)
{
    SplitResult result;
    boost::random::mt19937_64 engine(seed);
    const bool stratified = !strata.empty() && strata.size() == ids.size();
    if (!stratified) {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        draw(ids, controlSize(static_cast<qint64>(ids.size()), share), engine, result);
    } else {
        // Strata in ascending order, each with its ids sorted: the order of the input
        // never changes the split.
        std::map<int, std::vector<qint64>> groups;
        for (std::size_t i = 0; i < ids.size(); ++i)
            groups[strata[i]].push_back(ids[i]);
        for (auto &[stratum, members] : groups) {
            std::sort(members.begin(), members.end());
            members.erase(std::unique(members.begin(), members.end()), members.end());
            draw(members, controlSize(static_cast<qint64>(members.size()), share), engine, result);
        }
    }
    std::sort(result.treatment.begin(), result.treatment.end());
    std::sort(result.control.begin(), result.control.end());
    return result;
}

} // namespace mwb
