#include "ImportKind.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

constexpr std::array<std::pair<ImportKind, const char *>, 4> kKinds{{
    {ImportKind::Contacts, "contacts"},
    {ImportKind::Transactions, "transactions"},
    {ImportKind::Events, "events"},
    {ImportKind::Results, "results"},
}};

constexpr std::array<std::pair<ImportField, const char *>, 31> kFields{{
    {ImportField::Ignore, "ignore"},         {ImportField::Custom, "custom"},
    {ImportField::ExternalId, "external_id"}, {ImportField::Name, "name"},
    {ImportField::FirstName, "first_name"},   {ImportField::LastName, "last_name"},
    {ImportField::Email, "email"},            {ImportField::Phone, "phone"},
    {ImportField::City, "city"},              {ImportField::Region, "region"},
    {ImportField::Country, "country"},        {ImportField::Gender, "gender"},
    {ImportField::BirthDate, "birth_date"},   {ImportField::SignupDate, "signup_date"},
    {ImportField::SourceChannel, "source_channel"}, {ImportField::Tier, "tier"},
    {ImportField::Tags, "tags"},              {ImportField::OrderId, "order_id"},
    {ImportField::OrderDate, "order_date"},   {ImportField::Amount, "amount"},
    {ImportField::Quantity, "quantity"},      {ImportField::UnitPrice, "unit_price"},
    {ImportField::Channel, "channel"},        {ImportField::Product, "product"},
    {ImportField::EventTime, "time"},         {ImportField::EventType, "type"},
    {ImportField::Campaign, "campaign"},      {ImportField::Value, "value"},
    {ImportField::Detail, "detail"},          {ImportField::Status, "status"},
    {ImportField::MemberToken, "member_token"},
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

} // namespace mwb
