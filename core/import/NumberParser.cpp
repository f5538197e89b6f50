#include "NumberParser.h"

#include <array>
#include <cstdlib>

namespace mwb {

namespace {

// Currency signs and codes that may stand before or after an amount (UTF-8).
constexpr std::array<std::string_view, 16> kCurrencyMarks{"¥",   "￥",  "$",   "€",   "£",   "元",  "RMB", "CNY",
                                                          "USD", "EUR", "GBP", "HKD", "US$", "HK$", "NT$", "JPY"};

std::string_view trimSpaces(std::string_view s)
{
    auto isSpace = [](std::string_view t, std::size_t &len) {
        if (t.empty())
            return false;
        if (t[0] == ' ' || t[0] == '\t') {
            len = 1;
            return true;
        }
        // U+00A0 no-break space, U+202F narrow no-break space, U+3000 ideographic space
        if (t.substr(0, 2) == "\xC2\xA0") {
            len = 2;
            return true;
        }
        if (t.substr(0, 3) == "\xE2\x80\xAF" || t.substr(0, 3) == "\xE3\x80\x80") {
            len = 3;
            return true;
        }
        return false;
    };
    std::size_t len = 0;
    while (isSpace(s, len))
        s.remove_prefix(len);
    // Trailing: check the last 1-3 bytes.
    for (bool again = true; again && !s.empty();) {
        again = false;
        for (std::size_t n : {std::size_t(1), std::size_t(2), std::size_t(3)}) {
            if (s.size() >= n) {
                std::size_t l = 0;
                if (isSpace(s.substr(s.size() - n), l) && l == n) {
                    s.remove_suffix(n);
                    again = true;
                    break;
                }
            }
        }
    }
    return s;
}

bool stripCurrency(std::string_view &s)
{
    // Most values carry no sign at all: digits, a minus or a bracket at both ends.
    auto plain = [](char c) { return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == ','; };
    if (s.empty() || (plain(s.front()) && plain(s.back())))
        return false;
    for (std::string_view mark : kCurrencyMarks) {
        if (s.size() >= mark.size() && s.substr(0, mark.size()) == mark) {
            s.remove_prefix(mark.size());
            s = trimSpaces(s);
            return true;
        }
        if (s.size() >= mark.size() && s.substr(s.size() - mark.size()) == mark) {
            s.remove_suffix(mark.size());
            s = trimSpaces(s);
            return true;
        }
    }
    return false;
}

bool isGroupSeparator(std::string_view s, std::size_t i, std::size_t &len, char decimal)
{
    const char c = s[i];
    if ((c == ',' || c == '.') && c != decimal) {
        len = 1;
        return true;
    }
    if (c == ' ' || c == '\'') {
        len = 1;
        return true;
    }
    if (s.substr(i, 2) == "\xC2\xA0") {
        len = 2;
        return true;
    }
    if (s.substr(i, 3) == "\xE2\x80\xAF") {
        len = 3;
        return true;
    }
    return false;
}

} // namespace

void DecimalEvidence::add(std::string_view text)
{
    // The last separator followed by 1, 2 or 4+ digits (never 3: that may be grouping) is
    // the decimal one; with both separators present, the last one is.
    const std::size_t lastComma = text.rfind(',');
    const std::size_t lastPoint = text.rfind('.');
    if (lastComma == std::string_view::npos && lastPoint == std::string_view::npos)
        return;
    if (lastComma != std::string_view::npos && lastPoint != std::string_view::npos) {
        (lastComma > lastPoint ? commaDecimal : pointDecimal)++;
        return;
    }
    const bool comma = lastComma != std::string_view::npos;
    const std::size_t at = comma ? lastComma : lastPoint;
    std::size_t digits = 0;
    while (at + 1 + digits < text.size() && text[at + 1 + digits] >= '0' && text[at + 1 + digits] <= '9')
        ++digits;
    if (digits == 0 || digits == 3)
        return;
    (comma ? commaDecimal : pointDecimal)++;
}

NumberParser::NumberParser(char decimalSeparator)
    : m_decimal(decimalSeparator)
{
}

std::optional<qint64> NumberParser::parseFixed(std::string_view text) const
{
    std::string_view s = trimSpaces(text);
    if (s.empty())
        return std::nullopt;
    bool negative = false;
    if (s.front() == '(' && s.back() == ')') {
        negative = true;
        s = trimSpaces(s.substr(1, s.size() - 2));
    }
    for (int pass = 0; pass < 3; ++pass) {
        stripCurrency(s);
        if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
            negative = negative != (s.front() == '-');
            s = trimSpaces(s.substr(1));
        } else if (!s.empty() && s.back() == '-') {
            negative = !negative;
            s = trimSpaces(s.substr(0, s.size() - 1));
        }
    }
    if (s.empty())
        return std::nullopt;

    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool seenDecimal = false;
    bool anyDigit = false;
    int roundDigit = -1; // the fifth fraction digit, for rounding
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            anyDigit = true;
            if (!seenDecimal) {
                if (whole > 90000000000000LL) // beyond any money amount; refuse instead of overflowing
                    return std::nullopt;
                whole = whole * 10 + (c - '0');
            } else if (fractionDigits < 4) {
                fraction = fraction * 10 + (c - '0');
                ++fractionDigits;
            } else if (roundDigit < 0) {
                roundDigit = c - '0';
            }
            ++i;
            continue;
        }
        if (c == m_decimal && !seenDecimal) {
            seenDecimal = true;
            ++i;
            continue;
        }
        std::size_t len = 0;
        if (!seenDecimal && anyDigit && isGroupSeparator(s, i, len, m_decimal) && i + len < s.size()) {
            i += len;
            continue;
        }
        return std::nullopt;
    }
    if (!anyDigit)
        return std::nullopt;
    while (fractionDigits < 4) {
        fraction *= 10;
        ++fractionDigits;
    }
    qint64 value = whole * kScale + fraction + (roundDigit >= 5 ? 1 : 0);
    return negative ? -value : value;
}

qint64 NumberParser::toMinor(qint64 fixed, int minorPerMajor)
{
    const qint64 divisor = kScale / minorPerMajor;
    const qint64 half = divisor / 2;
    return fixed >= 0 ? (fixed + half) / divisor : -((-fixed + half) / divisor);
}

std::optional<qint64> NumberParser::parseInteger(std::string_view text) const
{
    const auto fixed = parseFixed(text);
    if (!fixed || *fixed % kScale != 0)
        return std::nullopt;
    return *fixed / kScale;
}

} // namespace mwb
