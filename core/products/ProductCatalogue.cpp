#include "ProductCatalogue.h"

#include <SQLiteCpp/Statement.h>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

QString likePattern(const QString &text)
{
    QString pattern = u"%"_s;
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            pattern += u'\\';
        pattern += c;
    }
    return pattern + u'%';
}

} // namespace

QList<CatalogueEntry> ProductCatalogue::search(SQLite::Database &db, ProductGrouping grouping, const QString &text,
                                               int limit)
{
    // Column names come from this fixed choice, never from the caller.
    const std::string lines = "(SELECT count(*) FROM order_lines l WHERE l.product_id = p.id)";
    const std::string matches = " AND (?1 = '' OR k LIKE ?2 ESCAPE '\\' OR coalesce(p.name, '') LIKE ?2 ESCAPE '\\')";
    std::string sql;
    if (grouping == ProductGrouping::Product) {
        sql = "SELECT p.code AS k, coalesce(p.name, p.code), coalesce(p.category, ''), " + lines
            + " FROM products p WHERE 1" + matches + " ORDER BY 4 DESC, 1 LIMIT ?3";
    } else {
        const std::string column = grouping == ProductGrouping::Category ? "p.category" : "p.brand";
        sql = "SELECT " + column + " AS k, " + column + ", '', sum(" + lines + ") FROM products p WHERE " + column
            + " <> '' AND (?1 = '' OR k LIKE ?2 ESCAPE '\\')" + " GROUP BY k ORDER BY 4 DESC, 1 LIMIT ?3";
    }
    SQLite::Statement query(db, sql);
    query.bind(1, text.toStdString());
    query.bind(2, likePattern(text).toStdString());
    query.bind(3, limit);
    QList<CatalogueEntry> entries;
    while (query.executeStep()) {
        entries.append({QString::fromStdString(query.getColumn(0).getString()),
                        QString::fromStdString(query.getColumn(1).getString()),
                        QString::fromStdString(query.getColumn(2).getString()), query.getColumn(3).getInt64()});
    }
    return entries;
}

qint64 ProductCatalogue::count(SQLite::Database &db)
{
    return db.execAndGet("SELECT count(*) FROM products").getInt64();
}

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
