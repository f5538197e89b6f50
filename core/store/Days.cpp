#include "Days.h"

namespace mwb {

namespace {
constexpr qint64 kSecondsPerDay = 86400;
} // namespace

qint32 dayOfSeconds(qint64 seconds)
{
    return static_cast<qint32>(seconds >= 0 ? seconds / kSecondsPerDay
                                            : -((-seconds + kSecondsPerDay - 1) / kSecondsPerDay));
}

qint32 dayNumber(const QDate &date)
{
    return static_cast<qint32>(QDate(1970, 1, 1).daysTo(date));
}

QDate dateOfDay(qint32 day)
{
    return QDate(1970, 1, 1).addDays(day);
}

MonthOfDay::MonthOfDay(qint32 firstDay, qint32 lastDay)
    : m_first(firstDay)
{
    if (lastDay >= firstDay)
        m_months.reserve(std::size_t(lastDay - firstDay) + 1);
    for (qint32 day = firstDay; day <= lastDay; ++day) {
        const QDate date = dateOfDay(day);
        m_months.push_back(date.year() * 12 + date.month() - 1);
    }
}

int MonthOfDay::monthOf(qint64 seconds)
{
    const QDate date = dateOfDay(dayOfSeconds(seconds));
    return date.year() * 12 + date.month() - 1;
}

} // namespace mwb
