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
    // A day as the locale writes it with a four-digit year (12/23/2010, 2010/12/23), or as
    // ISO 8601 (2010-12-23) when the user prefers it; date fields use the same format.
    static QString date(const QDate &date);
    static QString dateFormat();
    static void setIsoDates(bool iso);
    static bool isoDates();
    // A month with its year as the locale writes it: "May 2026" ("Sep 2026" when not `full`),
    // "2026年5月" in Chinese; monthFormat is the pattern, for date axes.
    static QString month(const QDate &month, bool full = true);
    static QString monthFormat(bool full = true);
    // A day without its year, for date axes of weeks and days: "Mar 7" (US), "7 Mar", "3月7日".
    static QString dayFormat();
    static QString currencySymbol(const QString &currency);

    // A share (0.123) as a percentage: 12.3%.
    static QString percent(double share, int decimals = 1);
    // The difference of two shares in percentage points, with its sign: +1.2 pp, −0.4 pp
    // (without the unit: +1.2, −0.4).
    static QString points(double difference, int decimals = 1, bool unit = true);
    // A p-value as papers write it: 0.034, 0.0012, < 0.0001.
    static QString pValue(double p);
    static QString decimal(double value, int decimals = 1);
    // What a figure shows when it is not defined (no cost, nobody converted…).
    static QString undefined();
};

} // namespace mwb::ui
