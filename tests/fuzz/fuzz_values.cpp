// Fuzz target: the value parsers an import runs on every cell: dates in each order and the
// evidence that picks the order, numbers with either decimal separator, whole numbers, phone
// numbers for three regions, e-mails and ids. Answers must be sane, not only survive.
#include "FuzzCheck.h"
#include "identity/ContactNormalizer.h"
#include "import/DateTimeParser.h"
#include "import/NumberParser.h"

#include <QString>

#include <cstdint>
#include <string_view>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);

    // Dates: years 1-9999 at most (epoch seconds within their range).
    constexpr qint64 kMin = -62135596800LL; // 0001-01-01
    constexpr qint64 kMax = 253402300799LL; // 9999-12-31 23:59:59
    for (mwb::DateOrder order : {mwb::DateOrder::DayMonthYear, mwb::DateOrder::MonthDayYear, mwb::DateOrder::Unknown}) {
        if (const auto seconds = mwb::DateTimeParser(order).parse(text))
            FUZZ_CHECK(*seconds >= kMin && *seconds <= kMax);
    }
    mwb::DateOrderEvidence dates;
    dates.add(text);
    FUZZ_CHECK(dates.dayFirst + dates.monthFirst + dates.ambiguous <= 1);

    // Numbers: a whole number reads as the same value in fixed point.
    mwb::DecimalEvidence decimals;
    decimals.add(text);
    for (char separator : {'.', ','}) {
        const mwb::NumberParser parser(separator);
        const auto fixed = parser.parseFixed(text);
        if (const auto whole = parser.parseInteger(text)) {
            FUZZ_CHECK(fixed.has_value());
            FUZZ_CHECK(*fixed == *whole * mwb::NumberParser::kScale);
        }
        if (fixed) {
            for (int minor : {1, 100, 1000})
                (void)mwb::NumberParser::toMinor(*fixed, minor);
        }
    }

    // Phones: E.164 when read; reading the answer again gives the answer.
    for (const QString &region : {u"CN"_s, u"GB"_s, u"US"_s}) {
        const mwb::ContactNormalizer normalizer(region);
        if (const auto phone = normalizer.phone(text)) {
            FUZZ_CHECK(phone->size() >= 2 && phone->size() <= 16 && (*phone)[0] == '+');
            FUZZ_CHECK(normalizer.phone(*phone) == phone);
        }
    }
    // E-mails: trimmed and lower case, one @, stable.
    if (const auto email = mwb::ContactNormalizer::email(text)) {
        FUZZ_CHECK(email->find('@') != std::string::npos);
        FUZZ_CHECK(mwb::ContactNormalizer::email(*email) == email);
        for (char c : *email)
            FUZZ_CHECK(!(c >= 'A' && c <= 'Z'));
    }
    // Ids: normalising twice changes nothing.
    const std::string id = mwb::ContactNormalizer::id(text);
    FUZZ_CHECK(mwb::ContactNormalizer::id(id) == id);
    return 0;
}
