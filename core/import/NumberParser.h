// NumberParser: reads amounts and counts as exports write them: decimal point or comma,
// thousands separators (, . space ' and narrow spaces), currency signs and codes
// (¥ ￥ $ € £ 元 RMB CNY USD …) on either side, leading or trailing minus and
// accountants' (12.50) negatives. Values are exact: fixed point with four decimals, so
// quantity × unit price and money never pass through binary floating point.
#pragma once

#include <QtGlobal>

#include <optional>
#include <string_view>

namespace mwb {

struct DecimalEvidence
{
    qint64 pointDecimal = 0; // values that only read with a decimal point
    qint64 commaDecimal = 0; // values that only read with a decimal comma
    void add(std::string_view text);
    char decimalSeparator() const { return commaDecimal > pointDecimal ? ',' : '.'; }
};

class NumberParser
{
public:
    static constexpr qint64 kScale = 10000; // fixed point: value × 10^4

    explicit NumberParser(char decimalSeparator = '.');

    // The value × 10^4, or nothing when `text` is not a number.
    std::optional<qint64> parseFixed(std::string_view text) const;
    // Rounds a fixed-point value to minor units (half away from zero).
    static qint64 toMinor(qint64 fixed, int minorPerMajor);
    // A whole number (counts, quantities); "3.0" reads as 3, "2.5" does not.
    std::optional<qint64> parseInteger(std::string_view text) const;

private:
    char m_decimal;
};

} // namespace mwb
