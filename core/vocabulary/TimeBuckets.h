// TimeBuckets: how trends over time are cut — by month, by week (Monday to Sunday) or by
// day — and which one a stretch of data is drawn in, so that a workspace with a few weeks
// of data shows a line rather than one block. One definition for every trend.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace mwb {

enum class TimeBucket {
    Day,
    Week,
    Month
};

class TimeBuckets
{
public:
    static constexpr int kMonthlyFromDays = 90; // three months or more: by month
    static constexpr int kWeeklyFromDays = 22;  // more than three weeks: by week; else by day

    // The bucket for data from `first` to `last` (inclusive): months when it spans at least
    // 90 days, weeks when at least 22 days, else days.
    static TimeBucket forRange(const QDate &first, const QDate &last);
    // The first day of the bucket holding `day` (a month's 1st, a week's Monday, the day).
    static QDate startOf(TimeBucket bucket, const QDate &day);
    // The last day of the bucket that starts on `start`.
    static QDate endOf(TimeBucket bucket, const QDate &start);
    // The starts of the consecutive buckets covering `first` to `last`.
    static QList<QDate> starts(TimeBucket bucket, const QDate &first, const QDate &last);
    // "day", "week", "month", as the command line and files write it.
    static QString name(TimeBucket bucket);
};

} // namespace mwb
