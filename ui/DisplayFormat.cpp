#include "DisplayFormat.h"

#include "store/WorkspaceSettings.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

QString DisplayFormat::count(qint64 value)
{
    return QLocale().toString(value);
}

QString DisplayFormat::currencySymbol(const QString &currency)
{
    struct Symbol
    {
        const char16_t *code;
        const char16_t *symbol;
    };
    static constexpr Symbol kSymbols[] = {
        {u"CNY", u"¥"},   {u"JPY", u"¥"},   {u"USD", u"$"}, {u"EUR", u"€"},  {u"GBP", u"£"},
        {u"HKD", u"HK$"}, {u"TWD", u"NT$"}, {u"KRW", u"₩"}, {u"SGD", u"S$"}, {u"AUD", u"A$"},
    };
    for (const Symbol &s : kSymbols) {
        if (currency.compare(QStringView(s.code), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(s.symbol);
    }
    return currency.isEmpty() ? QString() : currency + u' ';
}

QString DisplayFormat::money(qint64 minor, const QString &currency, int decimals)
{
    const int perMajor = minorUnitsPerMajor(currency);
    if (decimals < 0)
        decimals = perMajor == 1 ? 0 : 2;
    return QLocale().toCurrencyString(static_cast<double>(minor) / perMajor, currencySymbol(currency), decimals);
}

QString DisplayFormat::moneyShort(qint64 minor, const QString &currency)
{
    const double major = static_cast<double>(minor) / minorUnitsPerMajor(currency);
    const double magnitude = std::abs(major);
    const QLocale locale;
    QString number;
    if (magnitude >= 1e9)
        number = locale.toString(major / 1e9, 'f', 1) + u'B';
    else if (magnitude >= 1e6)
        number = locale.toString(major / 1e6, 'f', 1) + u'M';
    else if (magnitude >= 1e4)
        number = locale.toString(major / 1e3, 'f', 1) + u'K';
    else
        return money(minor, currency);
    return currencySymbol(currency) + number;
}

QString DisplayFormat::monthFormat(bool full)
{
    if (QLocale().language() == QLocale::Chinese)
        return u"yyyy年M月"_s;
    return full ? u"MMMM yyyy"_s : u"MMM yyyy"_s;
}

QString DisplayFormat::dayFormat()
{
    if (QLocale().language() == QLocale::Chinese)
        return u"M月d日"_s;
    // Month first where the locale writes it so (the United States), else day first.
    const QString order = QLocale().dateFormat(QLocale::ShortFormat);
    return order.indexOf(u'M') < order.indexOf(u'd') ? u"MMM d"_s : u"d MMM"_s;
}

QString DisplayFormat::month(const QDate &month, bool full)
{
    return QLocale().toString(month, monthFormat(full));
}

namespace {
bool g_isoDates = false; // set at start and from Preferences, on the GUI thread
} // namespace

void DisplayFormat::setIsoDates(bool iso)
{
    g_isoDates = iso;
}

bool DisplayFormat::isoDates()
{
    return g_isoDates;
}

QString DisplayFormat::dateFormat()
{
    if (g_isoDates)
        return u"yyyy-MM-dd"_s;
    // The locale's short order and separators, with a four-digit year (7/3/2023, 2023/7/3).
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

QString DisplayFormat::date(const QDate &date)
{
    if (!date.isValid())
        return u"–"_s;
    return QLocale().toString(date, dateFormat());
}

QString DisplayFormat::percent(double share, int decimals)
{
    return QLocale().toString(100.0 * share, 'f', decimals) + u'%';
}

QString DisplayFormat::points(double difference, int decimals, bool unit)
{
    const double points = 100.0 * difference;
    // Rounded to zero is shown without a sign, never as "−0.0".
    const double shown = std::round(points * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    const QString number = QLocale().toString(std::abs(shown), 'f', decimals);
    const QString sign = shown > 0 ? u"+"_s : shown < 0 ? u"−"_s : QString();
    return sign + number + (unit ? u" pp"_s : QString());
}

QString DisplayFormat::pValue(double p)
{
    const QLocale locale;
    if (p < 0.0001)
        return u"< "_s + locale.toString(0.0001, 'f', 4);
    if (p < 0.01)
        return locale.toString(p, 'f', 4);
    return locale.toString(p, 'f', 3);
}

QString DisplayFormat::decimal(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString DisplayFormat::undefined()
{
    return u"—"_s;
}

} // namespace mwb::ui
