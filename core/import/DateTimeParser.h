// DateTimeParser: reads the dates and date-times of real exports: ISO 8601 (with or
// without time and offset), Y/M/D, D.M.Y, D/M/Y and M/D/Y, "7 May 2024", "May 7, 2024",
// 2024年5月7日, compact 20240507, and epoch seconds or milliseconds. A time without an
// offset is taken as written (stored as if it were UTC), so a day never shifts.
// Which of D/M/Y and M/D/Y a column uses is decided from all its values (see
// DateOrderEvidence); only when every value is ambiguous does the caller choose.
#pragma once

#include <QtGlobal>

#include <optional>
#include <string_view>

namespace mwb {

enum class DateOrder {
    Unknown,
    DayMonthYear,
    MonthDayYear
};

struct DateOrderEvidence
{
    qint64 dayFirst = 0;   // values only D/M/Y can read (first number > 12)
    qint64 monthFirst = 0; // values only M/D/Y can read (second number > 12)
    qint64 ambiguous = 0;  // values both can read differently (both numbers ≤ 12, not equal)

    void add(std::string_view text);
    // The order the column shows, Unknown when it shows none or both.
    DateOrder order() const;
    bool conflicting() const { return dayFirst > 0 && monthFirst > 0; }
};

class DateTimeParser
{
public:
    explicit DateTimeParser(DateOrder order = DateOrder::DayMonthYear);

    // Epoch seconds, or nothing when `text` is not a date this parser reads.
    std::optional<qint64> parse(std::string_view text) const;

    // The order the system locale writes dates in: month first for en_US, else day first.
    static DateOrder localeDateOrder();

    static qint64 daysFromCivil(int year, int month, int day);
    static bool validDate(int year, int month, int day);

private:
    DateOrder m_order;
};

} // namespace mwb
