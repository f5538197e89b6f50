// RepeatSummary: each customer's purchase history in the form the buy-till-you-die models
// read: x repeat purchases (days with a purchase after the first, same-day purchases
// collapsed into one), t_x the time of the last purchase and T the time observed, both
// from the first purchase, in the chosen unit; zbar the mean spend of the repeat days.
// Read in one pass over the covering index of transactions on (customer, time, amount).
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <vector>

namespace SQLite {
class Database;
}

namespace mwb {

enum class TimeUnit {
    Day,
    Week
};

struct CustomerRepeats
{
    qint64 customerId = 0;
    int x = 0;           // repeat purchase days in calibration
    double tx = 0;       // last purchase − first purchase, in units
    double T = 0;        // calibration end − first purchase, in units
    double zbar = 0;     // mean spend (major units) of the repeat days in calibration; 0 when x = 0
    int holdoutX = 0;    // purchase days after the calibration end (up to the holdout end)
    qint64 firstDay = 0; // of the first purchase, days since 1970-01-01
};

struct RepeatSummaryRequest
{
    QDate calibrationEnd; // inclusive; invalid: the last day with an order
    QDate holdoutEnd;     // inclusive; invalid: the last day with an order
    QDate cohortStart;    // first purchases from (invalid: any)
    QDate cohortEnd;      // first purchases up to (invalid: calibrationEnd)
    TimeUnit unit = TimeUnit::Week;
    qint64 onlyCustomer = 0; // > 0: this customer alone
};

struct RepeatSummary
{
    std::vector<CustomerRepeats> customers; // in id order
    QDate calibrationEnd;
    QDate holdoutEnd;
    TimeUnit unit = TimeUnit::Week;
    qint64 ordersRead = 0;
    // Repeat purchase days of these customers by day (calibration and holdout), from
    // firstDay of the earliest customer: the tracking plot's actual line.
    qint64 firstDay = 0;
    std::vector<int> repeatsByDay;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

class RepeatSummaries
{
public:
    // Days of a unit (7 for weeks).
    static double daysPerUnit(TimeUnit unit);
    static RepeatSummary extract(SQLite::Database &db, const RepeatSummaryRequest &request);
};

} // namespace mwb
