#include "WorkspaceSettings.h"

#include <QLocale>

#include <array>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

constexpr std::array<WorkspaceSettingInfo, 4> kSettings{{
    {WorkspaceSetting::Region, "region"},
    {WorkspaceSetting::Currency, "currency"},
    {WorkspaceSetting::CreatedAt, "created_at"},
    {WorkspaceSetting::CreatedBy, "created_by"},
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
    static const QStringList zeroDecimal = {u"JPY"_s, u"KRW"_s, u"VND"_s, u"CLP"_s,
                                            u"ISK"_s, u"PYG"_s, u"UGX"_s};
    return zeroDecimal.contains(currency.toUpper()) ? 1 : 100;
}

} // namespace mwb
