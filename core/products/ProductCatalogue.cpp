#include "ProductCatalogue.h"

using namespace Qt::StringLiterals;

namespace mwb {

SegmentNode ProductCatalogue::crossSell(ProductGrouping grouping, const QString &a, const QString &b)
{
    SegmentNode bought;
    bought.kind = SegmentNode::Kind::Purchase;
    SegmentNode never = bought;
    QStringList SegmentNode::*list = grouping == ProductGrouping::Product ? &SegmentNode::products
        : grouping == ProductGrouping::Category                           ? &SegmentNode::categories
                                                                          : &SegmentNode::brands;
    bought.*list = QStringList{a};
    never.*list = QStringList{b};
    return SegmentNode::group(SegmentNode::Kind::All, {bought, SegmentNode::group(SegmentNode::Kind::Not, {never})});
}

} // namespace mwb
