// ControlSplit: the random hold-out of a campaign. Complete randomisation with a fixed
// control size: round(n × share) members of the audience (or of each stratum) are drawn
// as the control group by a seeded Fisher–Yates shuffle (Boost.Random's mt19937_64 and
// uniform_int_distribution, identical on every platform), so the same audience, share
// and seed give the same split on any machine. An A/B/n campaign's treatment group is then
// dealt into its arms the same way (arms()).
#pragma once

#include <QList>
#include <QtGlobal>

#include <vector>

namespace mwb {

struct SplitResult
{
    std::vector<qint64> treatment; // ascending
    std::vector<qint64> control;   // ascending
};

class ControlSplit
{
public:
    // `ids` in any order (duplicates are ignored); `strata`, when not empty, is the
    // stratum of each id (same length as ids), and each stratum is split on its own.
    static SplitResult split(std::vector<qint64> ids, double share, quint64 seed, const std::vector<int> &strata = {});
    // round(n × share), the size the control group of n members gets.
    static qint64 controlSize(qint64 n, double share);

    // The arm of each of `treatment`'s members (same order), drawn by a seeded shuffle of
    // exact arm sizes: n × share rounded by largest remainder (ties to the earlier arm), so
    // equal shares give sizes at most one apart and the sizes always add up to n. The seed is
    // the campaign's; the arms' draw is a stream of its own, independent of the control split.
    static std::vector<int> arms(const std::vector<qint64> &treatment, const std::vector<double> &shares, quint64 seed);
    // The sizes arms() gives n members.
    static std::vector<qint64> armSizes(qint64 n, const std::vector<double> &shares);
};

} // namespace mwb
