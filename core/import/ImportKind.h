// ImportKind and ImportField: what a file holds and the canonical fields its columns map to.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace mwb {

enum class ImportKind {
    Contacts,
    Transactions,
    Events,
    Results,
    Points,    // the member programme's points ledger: earn, redeem, expire, adjust
    Referrals, // who brought whom: a referrer and the customer they referred
};

enum class ImportField {
    Ignore, // the column is left out on purpose
    Custom, // kept as a custom attribute under its header (contacts)
    ExternalId,
    Name,
    FirstName,
    LastName,
    Email,
    Phone,
    City,
    Region,
    Country,
    Gender,
    BirthDate,
    SignupDate,
    SourceChannel,
    Tier,
    Tags,
    OrderId,
    OrderDate,
    Amount,
    Quantity,
    UnitPrice,
    Channel,
    Product,
    EventTime,
    EventType,
    Campaign,
    Value,
    Detail,
    Status,
    MemberToken,
    Address,     // street lines of the postal address (contacts)
    PostalCode,  // postcode / ZIP / 邮编 (contacts)
    ProductCode, // SKU / StockCode / 商品编码: what identifies a product (transactions)
    Category,    // the product's category / 品类 (transactions)
    Brand,       // the product's brand / 品牌 (transactions)
    LineAmount,  // what the line cost, when the file says it (transactions)
    Points,      // points earned (+) or spent (-) (points)
    Reference,   // what the points were for: an order, a reward, a note (points)
    Referrer,    // who brought the customer: their id, e-mail or phone (referrals; contacts' referred_by)
};

QString importKindName(ImportKind kind); // "contacts", "transactions", "events", "results", "points", "referrals"
std::optional<ImportKind> importKindFromName(const QString &name);

QString importFieldName(ImportField field); // "external_id", "email", …, "custom", "ignore"
// Whether the mapping names a product (its code or its name): then each row is an order line.
bool mapsProducts(const QList<ImportField> &mapping);
// The fields a column of this kind of file can map to (Ignore first; Custom for contacts).
QList<ImportField> fieldsForKind(ImportKind kind);
// What the mapping still needs for this kind ("order date, amount"), empty when complete.
QString missingFields(ImportKind kind, const QList<ImportField> &mapping);
// A transactions file without an order id column: each row is an order of its own, keyed
// by what it holds (TransactionWriter), so importing the file again adds nothing.
bool derivesOrderKeys(ImportKind kind, const QList<ImportField> &mapping);
// What the wizard and the import summary say when it does.
QString derivedOrderKeysNote();
std::optional<ImportField> importFieldFromName(const QString &name);

} // namespace mwb
