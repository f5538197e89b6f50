#include "WorkspaceSettings.h"

#include <SQLiteCpp/Statement.h>

#include <QLocale>

#include <array>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

constexpr std::array<WorkspaceSettingInfo, 19> kSettings{{
    {WorkspaceSetting::Region, "region"},
    {WorkspaceSetting::Currency, "currency"},
    {WorkspaceSetting::CreatedAt, "created_at"},
    {WorkspaceSetting::CreatedBy, "created_by"},
    {WorkspaceSetting::LifecycleRules, "lifecycle_rules"},
    {WorkspaceSetting::LifecycleComputedUnder, "lifecycle_computed_under"},
    {WorkspaceSetting::LifecycleReferenceDay, "lifecycle_reference_day"},
    {WorkspaceSetting::RfmScored, "rfm_scored"},
    {WorkspaceSetting::ClvModel, "clv_model"},
    {WorkspaceSetting::ClvFit, "clv_fit"},
    {WorkspaceSetting::ProductIntervals, "product_intervals_current"},
    {WorkspaceSetting::GlobalControlShare, "global_control_share"},
    {WorkspaceSetting::GlobalControlSeed, "global_control_seed"},
    {WorkspaceSetting::ContactCap, "contact_cap"},
    {WorkspaceSetting::TierRules, "tier_rules"},
    {WorkspaceSetting::TierHistory, "tier_history_current"},
    {WorkspaceSetting::PointsRules, "points_rules"},
    {WorkspaceSetting::PointsBalances, "points_balances_current"},
    {WorkspaceSetting::ReferralCosts, "referral_costs"},
}};

// Used when the system locale names no territory or currency (the "C" locale of servers).
constexpr auto kFallbackRegion = "CN";
constexpr auto kFallbackCurrency = "CNY";

} // namespace

QString settingKey(WorkspaceSetting setting)
{
    for (const auto &info : kSettings) {
        if (info.setting == setting)
            return QString::fromLatin1(info.key);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<QString> readSetting(SQLite::Database &db, WorkspaceSetting setting)
{
    SQLite::Statement query(db, "SELECT value FROM settings WHERE key = ?1");
    query.bind(1, settingKey(setting).toStdString());
    if (!query.executeStep())
        return std::nullopt;
    return QString::fromStdString(query.getColumn(0).getString());
}

void writeSetting(SQLite::Database &db, WorkspaceSetting setting, const QString &value)
{
    SQLite::Statement upsert(db,
                             "INSERT INTO settings(key, value) VALUES (?1, ?2) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    upsert.bind(1, settingKey(setting).toStdString());
    upsert.bind(2, value.toStdString());
    upsert.exec();
}

void removeSetting(SQLite::Database &db, WorkspaceSetting setting)
{
    SQLite::Statement remove(db, "DELETE FROM settings WHERE key = ?1");
    remove.bind(1, settingKey(setting).toStdString());
    remove.exec();
}

QString defaultRegion()
{
    const QLocale locale = QLocale::system();
    if (locale.territory() == QLocale::AnyTerritory || locale.language() == QLocale::C)
        return QString::fromLatin1(kFallbackRegion);
    const QString code = QLocale::territoryToCode(locale.territory());
    return code.size() == 2 ? code : QString::fromLatin1(kFallbackRegion);
}

QString defaultCurrency()
{
    const QLocale locale = QLocale::system();
    if (locale.language() == QLocale::C)
        return QString::fromLatin1(kFallbackCurrency);
    const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
    return code.size() == 3 ? code : QString::fromLatin1(kFallbackCurrency);
}

int minorUnitsPerMajor(const QString &currency)
{
    // ISO 4217 currencies without a minor unit that analysts meet in practice.
    static const QStringList zeroDecimal = {u"JPY"_s, u"KRW"_s, u"VND"_s, u"CLP"_s, u"ISK"_s, u"PYG"_s, u"UGX"_s};
    return zeroDecimal.contains(currency.toUpper()) ? 1 : 100;
}

} // namespace mwb
