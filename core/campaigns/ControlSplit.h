// ControlSplit: the random hold-out of a campaign. Complete randomisation with a fixed
// control size: round(n × share) members of the audience (or of each stratum) are drawn
// as the control group by a seeded Fisher–Yates shuffle (Boost.Random's mt19937_64 and
// uniform_int_distribution, identical on every platform), so the same audience, share
// and seed give the same split on any machine.
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
};

} // namespace mwb
