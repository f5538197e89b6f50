// ProductCatalogue: the products, categories and brands a workspace knows, found by any part
// of their code or name (the pickers of the segment builder; thousands of products), and the
// cross-sell segment of a basket pair.
#pragma once

#include "LineScan.h"

#include "segments/SegmentDefinition.h"

#include <QList>

namespace mwb {

struct CatalogueEntry
{
    QString key; // product code, category or brand
    QString name;
    QString category;
    qint64 lines = 0; // order lines that name it
};

class ProductCatalogue
{
public:
    // Entries whose key or name holds `text` (ignoring the case of ASCII letters), most-sold
    // first; every entry for an empty text. At most `limit`.
    static QList<CatalogueEntry> search(SQLite::Database &db, ProductGrouping grouping, const QString &text, int limit);
    static qint64 count(SQLite::Database &db); // products in the catalogue

    // "Bought a (by code or category) and never b": who to offer b.
    static SegmentNode crossSell(ProductGrouping grouping, const QString &a, const QString &b);
};

} // namespace mwb
