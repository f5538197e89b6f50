// DisplayFormat: numbers, money and dates as the user's locale writes them.
#pragma once

#include <QDate>
#include <QString>

namespace mwb::ui {

class DisplayFormat
{
public:
    static QString count(qint64 value);
    // `minor` units of `currency` (ISO 4217) with its symbol, e.g. ¥1,234.50.
    static QString money(qint64 minor, const QString &currency, int decimals = -1);
    // Large amounts shortened for cards and axes: ¥1.2M, ¥310.4M.
    static QString moneyShort(qint64 minor, const QString &currency);
    static QString date(const QDate &date);
    static QString currencySymbol(const QString &currency);
};

} // namespace mwb::ui
