// Days: the day arithmetic of stored times — days since 1970-01-01 (and before), and the UTC
// day of an epoch time in seconds, as the stage histories and the per-day tables count them.
#pragma once

#include <QDate>

#include <vector>

namespace mwb {

qint32 dayNumber(const QDate &date);
qint32 dayOfSeconds(qint64 seconds);
QDate dateOfDay(qint32 day);

// Month numbers (year × 12 + month − 1) of stored times, for passes over millions of rows:
// the calendar is asked once per day of [firstDay, lastDay], each time after that is a look-up
// (times outside the range are worked out as they come).
class MonthOfDay
{
public:
    MonthOfDay(qint32 firstDay, qint32 lastDay);
    int operator()(qint64 seconds) const
    {
        const qint64 index = qint64(dayOfSeconds(seconds)) - m_first;
        return index >= 0 && index < qint64(m_months.size()) ? m_months[std::size_t(index)] : monthOf(seconds);
    }
    static int monthOf(qint64 seconds);

private:
    qint32 m_first;
    std::vector<int> m_months;
};

} // namespace mwb
