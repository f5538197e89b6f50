#include "TimeBuckets.h"

using namespace Qt::StringLiterals;

namespace mwb {

TimeBucket TimeBuckets::forRange(const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid())
        return TimeBucket::Month;
    const qint64 days = first.daysTo(last) + 1;
    if (days >= kMonthlyFromDays)
        return TimeBucket::Month;
    return days >= kWeeklyFromDays ? TimeBucket::Week : TimeBucket::Day;
}

QDate TimeBuckets::startOf(TimeBucket bucket, const QDate &day)
{
    switch (bucket) {
    case TimeBucket::Day: return day;
    case TimeBucket::Week: return day.addDays(1 - day.dayOfWeek());
    case TimeBucket::Month: return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate TimeBuckets::endOf(TimeBucket bucket, const QDate &start)
{
    switch (bucket) {
    case TimeBucket::Day: return start;
    case TimeBucket::Week: return start.addDays(6);
    case TimeBucket::Month: return start.addMonths(1).addDays(-1);
    }
    return start;
}

QList<QDate> TimeBuckets::starts(TimeBucket bucket, const QDate &first, const QDate &last)
{
    QList<QDate> result;
    if (!first.isValid() || !last.isValid() || last < first)
        return result;
    for (QDate start = startOf(bucket, first); start <= last; start = endOf(bucket, start).addDays(1))
        result.append(start);
    return result;
}

QString TimeBuckets::name(TimeBucket bucket)
{
    switch (bucket) {
    case TimeBucket::Day: return u"day"_s;
    case TimeBucket::Week: return u"week"_s;
    case TimeBucket::Month: return u"month"_s;
    }
    return {};
}

} // namespace mwb
