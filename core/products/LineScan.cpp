#include "LineScan.h"

#include "store/CustomerIds.h"
#include "store/ParallelRanges.h"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <QHash>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

constexpr const char *kColumns = "t.customer_id, t.id, t.ordered_at, t.amount_minor, l.product_id, l.quantity, "
                                 "l.amount_minor FROM transactions t ";

std::string period(const LineScanOptions &options)
{
    std::string sql;
    if (options.from)
        sql += " AND t.ordered_at >= ?3";
    if (options.until)
        sql += " AND t.ordered_at < ?4";
    return sql;
}

void bindPeriod(SQLite::Statement &query, const LineScanOptions &options)
{
    if (options.from)
        query.bind(3, static_cast<int64_t>(*options.from));
    if (options.until)
        query.bind(4, static_cast<int64_t>(*options.until));
}

LineRow readRow(SQLite::Statement &query, const ProductKeys &keys)
{
    LineRow row;
    row.customerId = query.getColumn(0).isNull() ? 0 : query.getColumn(0).getInt64();
    row.orderId = query.getColumn(1).getInt64();
    row.orderedAt = query.getColumn(2).getInt64();
    row.orderAmountMinor = query.getColumn(3).getInt64();
    row.key = query.getColumn(4).isNull() ? -1 : keys.keyOf(query.getColumn(4).getInt64());
    row.quantity = query.getColumn(5).isNull() ? 0 : query.getColumn(5).getInt64();
    row.amountMinor = query.getColumn(6).getInt64();
    return row;
}

} // namespace

QString productGroupingName(ProductGrouping grouping)
{
    switch (grouping) {
    case ProductGrouping::Product: return u"product"_s;
    case ProductGrouping::Category: return u"category"_s;
    case ProductGrouping::Brand: return u"brand"_s;
    }
    return {};
}

std::optional<ProductGrouping> productGroupingFromName(const QString &name)
{
    for (const ProductGrouping g : {ProductGrouping::Product, ProductGrouping::Category, ProductGrouping::Brand}) {
        if (name.compare(productGroupingName(g), Qt::CaseInsensitive) == 0)
            return g;
    }
    return std::nullopt;
}

ProductKeys ProductKeys::load(SQLite::Database &db, ProductGrouping grouping)
{
    ProductKeys keys;
    SQLite::Statement query(db,
                            "SELECT id, code, coalesce(name, code), coalesce(category, ''), coalesce(brand, '') "
                            "FROM products ORDER BY id");
    QHash<QString, int> index;
    while (query.executeStep()) {
        const QString code = QString::fromStdString(query.getColumn(1).getString());
        const QString name = QString::fromStdString(query.getColumn(2).getString());
        const QString category = QString::fromStdString(query.getColumn(3).getString());
        const QString brand = QString::fromStdString(query.getColumn(4).getString());
        const QString key = grouping == ProductGrouping::Product ? code
            : grouping == ProductGrouping::Category              ? category
                                                                 : brand;
        auto it = index.constFind(key);
        if (it == index.cend()) {
            it = index.insert(key, static_cast<int>(keys.keys.size()));
            keys.keys.append(key);
            keys.names.append(grouping == ProductGrouping::Product ? name : key);
            keys.categories.append(grouping == ProductGrouping::Brand ? QString() : category);
        }
        keys.byProduct.emplace(query.getColumn(0).getInt64(), it.value());
    }
    return keys;
}

int LineScan::parts(SQLite::Database &db)
{
    // Other connections see what is committed: inside a transaction, which may have changed
    // orders, everything is read here.
    const bool committed = sqlite3_get_autocommit(db.getHandle()) != 0;
    return committed && ParallelRanges::readsBeside(db) ? std::clamp(QThread::idealThreadCount(), 1, 4) : 1;
}

void LineScan::run(SQLite::Database &db, const ProductKeys &keys, const LineScanOptions &options,
                   const std::function<void(int part, std::span<const LineRow> rows)> &customer)
{
    const CustomerIdRange ids = CustomerIds::range(db);
    const int parts = LineScan::parts(db);
    ParallelRanges ranges(ids.first, ids.last, static_cast<std::size_t>(parts * 8));
    const std::string byCustomer = std::string("SELECT ") + kColumns
        + "INDEXED BY transactions_customer JOIN order_lines l ON l.order_id = t.id "
          "WHERE t.customer_id BETWEEN ?1 AND ?2"
        + period(options) + " ORDER BY t.customer_id, t.ordered_at, t.id";
    ranges.run(db, parts, [&](SQLite::Database &connection, int part) {
        SQLite::Statement query(connection, byCustomer);
        std::vector<LineRow> rows;
        while (const auto range = ranges.next()) {
            query.bind(1, static_cast<int64_t>(range->first));
            query.bind(2, static_cast<int64_t>(range->last));
            bindPeriod(query, options);
            rows.clear();
            while (query.executeStep()) {
                LineRow row = readRow(query, keys);
                if (!rows.empty() && rows.back().customerId != row.customerId) {
                    customer(part, rows);
                    rows.clear();
                }
                rows.push_back(row);
            }
            if (!rows.empty())
                customer(part, rows);
            query.reset();
        }
    });
    if (!options.guests)
        return;
    SQLite::Statement guests(db,
                             std::string("SELECT ") + kColumns
                                 + "JOIN order_lines l ON l.order_id = t.id WHERE t.customer_id IS NULL"
                                 + period(options) + " ORDER BY t.id");
    bindPeriod(guests, options);
    std::vector<LineRow> rows;
    while (guests.executeStep()) {
        LineRow row = readRow(guests, keys);
        if (!rows.empty() && rows.back().orderId != row.orderId) {
            customer(0, rows);
            rows.clear();
        }
        rows.push_back(row);
    }
    if (!rows.empty())
        customer(0, rows);
}

} // namespace mwb
