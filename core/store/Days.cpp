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

} // namespace mwb
