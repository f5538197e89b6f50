#include "ImportKind.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::ImportKind" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::ImportKind)
};

constexpr std::array<std::pair<ImportKind, const char *>, 6> kKinds{{
    {ImportKind::Contacts, "contacts"},
    {ImportKind::Transactions, "transactions"},
    {ImportKind::Events, "events"},
    {ImportKind::Results, "results"},
    {ImportKind::Points, "points"},
    {ImportKind::Referrals, "referrals"},
}};

constexpr std::array<std::pair<ImportField, const char *>, 40> kFields{{
    {ImportField::Ignore, "ignore"},
    {ImportField::Custom, "custom"},
    {ImportField::ExternalId, "external_id"},
    {ImportField::Name, "name"},
    {ImportField::FirstName, "first_name"},
    {ImportField::LastName, "last_name"},
    {ImportField::Email, "email"},
    {ImportField::Phone, "phone"},
    {ImportField::City, "city"},
    {ImportField::Region, "region"},
    {ImportField::Country, "country"},
    {ImportField::Gender, "gender"},
    {ImportField::BirthDate, "birth_date"},
    {ImportField::SignupDate, "signup_date"},
    {ImportField::SourceChannel, "source_channel"},
    {ImportField::Tier, "tier"},
    {ImportField::Tags, "tags"},
    {ImportField::OrderId, "order_id"},
    {ImportField::OrderDate, "order_date"},
    {ImportField::Amount, "amount"},
    {ImportField::Quantity, "quantity"},
    {ImportField::UnitPrice, "unit_price"},
    {ImportField::Channel, "channel"},
    {ImportField::Product, "product"},
    {ImportField::EventTime, "time"},
    {ImportField::EventType, "type"},
    {ImportField::Campaign, "campaign"},
    {ImportField::Value, "value"},
    {ImportField::Detail, "detail"},
    {ImportField::Status, "status"},
    {ImportField::MemberToken, "member_token"},
    {ImportField::Address, "address"},
    {ImportField::PostalCode, "postal_code"},
    {ImportField::ProductCode, "product_code"},
    {ImportField::Category, "category"},
    {ImportField::Brand, "brand"},
    {ImportField::LineAmount, "line_amount"},
    {ImportField::Points, "points"},
    {ImportField::Reference, "reference"},
    {ImportField::Referrer, "referred_by"},
}};

} // namespace

QString importKindName(ImportKind kind)
{
    for (const auto &[k, name] : kKinds) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ImportKind> importKindFromName(const QString &name)
{
    for (const auto &[k, n] : kKinds) {
        if (name.compare(QLatin1StringView(n), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QString importFieldName(ImportField field)
{
    for (const auto &[f, name] : kFields) {
        if (f == field)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ImportField> importFieldFromName(const QString &name)
{
    for (const auto &[f, n] : kFields) {
        if (name.compare(QLatin1StringView(n), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QList<ImportField> fieldsForKind(ImportKind kind)
{
    using F = ImportField;
    const QList<F> identity{F::ExternalId, F::Email, F::Phone};
    switch (kind) {
    case ImportKind::Contacts:
        return QList<F>{F::Ignore, F::Custom} + identity
            + QList<F>{F::Name,    F::FirstName, F::LastName,  F::Address,    F::PostalCode,    F::City, F::Region,
                       F::Country, F::Gender,    F::BirthDate, F::SignupDate, F::SourceChannel, F::Tier, F::Tags, F::Referrer};
    case ImportKind::Transactions:
        return QList<F>{F::Ignore,     F::OrderId,     F::OrderDate, F::Amount,   F::Quantity, F::UnitPrice,
                        F::LineAmount, F::ProductCode, F::Product,   F::Category, F::Brand,    F::Channel}
        + identity;
    case ImportKind::Events:
        return QList<F>{F::Ignore, F::EventTime, F::EventType, F::Channel, F::Campaign, F::Value, F::Detail} + identity;
    case ImportKind::Results:
        return QList<F>{F::Ignore, F::MemberToken, F::Status, F::Amount, F::OrderId, F::EventTime} + identity;
    case ImportKind::Points:
        return QList<F>{F::Ignore, F::EventTime, F::Points, F::EventType, F::Reference} + identity;
    case ImportKind::Referrals: return QList<F>{F::Ignore, F::Referrer, F::EventTime} + identity;
    }
    return {F::Ignore};
}

QString missingFields(ImportKind kind, const QList<ImportField> &mapping)
{
    using F = ImportField;
    const bool identity = mapping.contains(F::ExternalId) || mapping.contains(F::Email) || mapping.contains(F::Phone);
    QStringList missing;
    switch (kind) {
    case ImportKind::Contacts:
        if (!identity)
            missing << Text::tr("an identifier (customer id, e-mail or phone)");
        break;
    case ImportKind::Transactions: // without an order id, each row is an order of its own
        if (!mapping.contains(F::OrderDate))
            missing << Text::tr("order date");
        if (!mapping.contains(F::Amount) && !mapping.contains(F::UnitPrice) && !mapping.contains(F::LineAmount))
            missing << Text::tr("amount (or unit price)");
        break;
    case ImportKind::Events:
        if (!mapping.contains(F::EventTime))
            missing << Text::tr("time");
        if (!mapping.contains(F::EventType))
            missing << Text::tr("event type");
        if (!identity)
            missing << Text::tr("a customer identifier (id, e-mail or phone)");
        break;
    case ImportKind::Results:
        if (!mapping.contains(F::Status))
            missing << Text::tr("status");
        if (!identity && !mapping.contains(F::MemberToken))
            missing << Text::tr("a member token or customer identifier");
        break;
    case ImportKind::Points: // without a type, the sign says: earned when positive, redeemed when negative
        if (!mapping.contains(F::EventTime))
            missing << Text::tr("time");
        if (!mapping.contains(F::Points))
            missing << Text::tr("points");
        if (!identity)
            missing << Text::tr("a customer identifier (id, e-mail or phone)");
        break;
    case ImportKind::Referrals:
        if (!mapping.contains(F::Referrer))
            missing << Text::tr("referrer");
        if (!identity)
            missing << Text::tr("the referred customer's identifier (id, e-mail or phone)");
        break;
    }
    return missing.join(Text::tr(", ", "between the missing fields"));
}

bool mapsProducts(const QList<ImportField> &mapping)
{
    return mapping.contains(ImportField::ProductCode) || mapping.contains(ImportField::Product);
}

bool derivesOrderKeys(ImportKind kind, const QList<ImportField> &mapping)
{
    return kind == ImportKind::Transactions && !mapping.contains(ImportField::OrderId);
}

QString derivedOrderKeysNote()
{
    return Text::tr("No column holds an order id: each row is taken as an order of its own, known by its customer, "
                    "time, amount, quantity and product (and, for identical rows, how many came before it in the "
                    "file), so importing the same file again adds nothing.");
}

} // namespace mwb
