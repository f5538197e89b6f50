// ProductCatalogue: the cross-sell segment of a basket pair. (The builder's pickers read the
// catalogue through SegmentQuery::vocabulary.)
#pragma once

#include "LineScan.h"

#include "segments/SegmentDefinition.h"

namespace mwb {

class ProductCatalogue
{
public:
    // "Bought a (by code or category) and never b": who to offer b.
    static SegmentNode crossSell(ProductGrouping grouping, const QString &a, const QString &b);
};

} // namespace mwb
