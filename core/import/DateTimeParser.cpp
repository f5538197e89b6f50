#include "DateTimeParser.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

namespace mwb {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// A small cursor over the text with the few reads a date needs.
struct Cursor
{
    std::string_view s;
    std::size_t i = 0;

    bool atEnd() const { return i >= s.size(); }
    char peek() const { return atEnd() ? '\0' : s[i]; }
    bool eat(char c)
    {
        if (peek() != c)
            return false;
        ++i;
        return true;
    }
    bool eat(std::string_view word)
    {
        if (s.substr(i, word.size()) != word)
            return false;
        i += word.size();
        return true;
    }
    // Up to maxDigits digits; returns the count read (0: none).
    int number(int maxDigits, int &value)
    {
        int count = 0;
        value = 0;
        while (count < maxDigits && !atEnd() && isDigit(s[i])) {
            value = value * 10 + (s[i] - '0');
            ++i;
            ++count;
        }
        return count;
    }
    void skipSpaces()
    {
        while (!atEnd() && (s[i] == ' ' || s[i] == '\t'))
            ++i;
    }
};

int monthFromName(std::string_view word)
{
    static constexpr std::array<const char *, 12> kMonths{"jan", "feb", "mar", "apr", "may", "jun",
                                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    if (word.size() < 3)
        return 0;
    char lower[3];
    for (int k = 0; k < 3; ++k)
        lower[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[static_cast<std::size_t>(k)])));
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
        if (std::memcmp(lower, kMonths[m], 3) == 0)
            return static_cast<int>(m) + 1;
    }
    return 0;
}

std::string_view readWord(Cursor &c)
{
    const std::size_t start = c.i;
    while (!c.atEnd() && std::isalpha(static_cast<unsigned char>(c.peek())))
        ++c.i;
    return c.s.substr(start, c.i - start);
}

int expandYear(int year, int digits)
{
    if (digits == 2)
        return year < 70 ? 2000 + year : 1900 + year;
    return year;
}

// Reads "[T| ]H:MM[:SS[.fff]] [AM|PM] [Z|±HH[:MM]]" into seconds of the day and an
// offset in seconds east of UTC. The whole rest of the text must be consumed.
bool readTime(Cursor &c, int &secondsOfDay, int &offsetSeconds)
{
    secondsOfDay = 0;
    offsetSeconds = 0;
    if (c.atEnd())
        return true;
    if (!c.eat('T'))
        c.skipSpaces();
    if (c.atEnd())
        return true;
    int hour = 0, minute = 0, second = 0;
    if (c.number(2, hour) == 0)
        return false;
    if (!c.eat(':') && !c.eat("时") && !c.eat("點") && !c.eat("点"))
        return false;
    if (c.number(2, minute) != 2)
        return false;
    c.eat("分");
    if (c.eat(':')) {
        if (c.number(2, second) != 2)
            return false;
        c.eat("秒");
        if (c.eat('.') || c.eat(',')) {
            int ignored = 0;
            while (c.number(9, ignored) > 0) { }
        }
    }
    c.skipSpaces();
    if (!c.atEnd() && std::isalpha(static_cast<unsigned char>(c.peek())) && c.peek() != 'Z') {
        const std::string_view word = readWord(c);
        const bool pm = word == "PM" || word == "pm" || word == "p.m.";
        const bool am = word == "AM" || word == "am" || word == "a.m.";
        if (!pm && !am)
            return false;
        if (hour < 1 || hour > 12)
            return false;
        hour = (hour % 12) + (pm ? 12 : 0);
        c.skipSpaces();
    }
    if (c.eat('Z')) {
        offsetSeconds = 0;
    } else if (c.peek() == '+' || c.peek() == '-') {
        const int sign = c.peek() == '-' ? -1 : 1;
        ++c.i;
        int oh = 0, om = 0;
        if (c.number(2, oh) != 2)
            return false;
        c.eat(':');
        c.number(2, om);
        offsetSeconds = sign * (oh * 3600 + om * 60);
    }
    if (!c.atEnd() || hour > 23 || minute > 59 || second > 60)
        return false;
    secondsOfDay = hour * 3600 + minute * 60 + std::min(second, 59);
    return true;
}

} // namespace

DateOrder DateTimeParser::localeDateOrder()
{
    const QString format = QLocale::system().dateFormat(QLocale::ShortFormat);
    const qsizetype month = format.indexOf(u'M');
    const qsizetype day = format.indexOf(u'd');
    return month >= 0 && day >= 0 && month < day && !format.startsWith(u'y') ? DateOrder::MonthDayYear
                                                                             : DateOrder::DayMonthYear;
}

qint64 DateTimeParser::daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil: proleptic Gregorian calendar.
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy =
        (153 * static_cast<unsigned>(month + (month > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

bool DateTimeParser::validDate(int year, int month, int day)
{
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
}

DateTimeParser::DateTimeParser(DateOrder order)
    : m_order(order == DateOrder::Unknown ? DateOrder::DayMonthYear : order)
{
}

std::optional<qint64> DateTimeParser::parse(std::string_view text) const
{
    text = trim(text);
    if (text.empty())
        return std::nullopt;

    // All digits: compact dates and epoch times.
    bool allDigits = true;
    for (char ch : text)
        allDigits = allDigits && isDigit(ch);
    if (allDigits) {
        if (text.size() > 13) // longer than any compact date or epoch time (and than a qint64)
            return std::nullopt;
        qint64 value = 0;
        for (char ch : text)
            value = value * 10 + (ch - '0');
        if (text.size() == 8) {
            const int y = static_cast<int>(value / 10000), m = static_cast<int>(value / 100 % 100),
                      d = static_cast<int>(value % 100);
            if (!validDate(y, m, d))
                return std::nullopt;
            return daysFromCivil(y, m, d) * 86400;
        }
        if (text.size() == 10 || text.size() == 9)
            return value;
        if (text.size() == 13)
            return value / 1000;
        return std::nullopt;
    }

    Cursor c{text};
    int year = 0, month = 0, day = 0;
    int a = 0;
    const int aDigits = c.number(4, a);
    if (aDigits == 0) {
        // "May 7, 2024" or "Tue, May 7 2024"
        std::string_view word = readWord(c);
        if (c.eat(',')) {
            c.skipSpaces();
            word = readWord(c);
        }
        month = monthFromName(word);
        if (month == 0)
            return std::nullopt;
        c.skipSpaces();
        c.eat('-');
        if (c.number(2, day) == 0)
            return std::nullopt;
        c.eat(',');
        c.skipSpaces();
        c.eat('-');
        const int yd = c.number(4, year);
        if (yd != 4 && yd != 2)
            return std::nullopt;
        year = expandYear(year, yd);
    } else if (aDigits == 4) {
        // Year first: 2024-05-07, 2024/5/7, 2024.05.07, 2024年5月7日
        year = a;
        const bool chinese = c.eat("年");
        const char separator = chinese ? '\0' : c.peek();
        if (!chinese) {
            if (separator != '-' && separator != '/' && separator != '.')
                return std::nullopt;
            ++c.i;
        }
        if (c.number(2, month) == 0) {
            month = monthFromName(readWord(c));
            if (month == 0)
                return std::nullopt;
        }
        if (chinese ? !c.eat("月") : !c.eat(separator))
            return std::nullopt;
        if (c.number(2, day) == 0)
            return std::nullopt;
        if (chinese && !c.eat("日"))
            c.eat("号");
    } else {
        // Day or month first: 7/5/2024, 07.05.2024, 7-May-2024, 7 May 2024
        int b = 0;
        const char separator = c.peek();
        if (separator != '/' && separator != '.' && separator != '-' && separator != ' ')
            return std::nullopt;
        ++c.i;
        c.skipSpaces();
        if (c.number(2, b) == 0) {
            b = monthFromName(readWord(c));
            if (b == 0)
                return std::nullopt;
            day = a, month = b;
        } else if (separator == '.') {
            day = a, month = b; // D.M.Y is the dotted convention everywhere it is used
        } else if (m_order == DateOrder::MonthDayYear) {
            month = a, day = b;
        } else {
            day = a, month = b;
        }
        c.skipSpaces();
        if (!c.eat(separator) && separator != ' ')
            return std::nullopt;
        c.skipSpaces();
        const int yd = c.number(4, year);
        if (yd != 4 && yd != 2)
            return std::nullopt;
        year = expandYear(year, yd);
    }
    if (!validDate(year, month, day))
        return std::nullopt;
    int secondsOfDay = 0, offset = 0;
    if (!readTime(c, secondsOfDay, offset))
        return std::nullopt;
    return daysFromCivil(year, month, day) * 86400 + secondsOfDay - offset;
}

void DateOrderEvidence::add(std::string_view text)
{
    text = trim(text);
    Cursor c{text};
    int a = 0, b = 0;
    const int aDigits = c.number(2, a);
    if (aDigits == 0 || c.atEnd())
        return;
    const char separator = c.peek();
    if (separator != '/' && separator != '-')
        return;
    ++c.i;
    if (c.number(2, b) == 0 || !c.eat(separator))
        return;
    if (a > 12 && b <= 12)
        ++dayFirst;
    else if (b > 12 && a <= 12)
        ++monthFirst;
    else if (a != b && a <= 12 && b <= 12)
        ++ambiguous;
}

DateOrder DateOrderEvidence::order() const
{
    if (dayFirst > 0 && monthFirst == 0)
        return DateOrder::DayMonthYear;
    if (monthFirst > 0 && dayFirst == 0)
        return DateOrder::MonthDayYear;
    return DateOrder::Unknown;
}

} // namespace mwb
