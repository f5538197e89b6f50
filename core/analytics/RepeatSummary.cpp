#include "RepeatSummary.h"

#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>
#include <QtGlobal>

#include <algorithm>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::RepeatSummary" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::RepeatSummary)
};

constexpr qint64 kDay = 86400;

qint64 dayOf(qint64 seconds)
{
    return seconds >= 0 ? seconds / kDay : -((-seconds + kDay - 1) / kDay);
}

qint64 dayNumber(const QDate &date)
{
    return QDate(1970, 1, 1).daysTo(date);
}

} // namespace

double RepeatSummaries::daysPerUnit(TimeUnit unit)
{
    return unit == TimeUnit::Week ? 7.0 : 1.0;
}

RepeatSummary RepeatSummaries::extract(SQLite::Database &db, const RepeatSummaryRequest &request)
{
    RepeatSummary summary;
    summary.unit = request.unit;
    try {
        SQLite::Statement last(db, "SELECT max(ordered_at) FROM transactions WHERE customer_id IS NOT NULL");
        if (!last.executeStep() || last.getColumn(0).isNull()) {
            summary.error = Text::tr("The workspace holds no orders of known customers.");
            return summary;
        }
        const QDate lastDay = QDate(1970, 1, 1).addDays(dayOf(last.getColumn(0).getInt64()));
        summary.calibrationEnd = request.calibrationEnd.isValid() ? request.calibrationEnd : lastDay;
        summary.holdoutEnd = request.holdoutEnd.isValid() ? request.holdoutEnd : lastDay;
        const qint64 calEnd = dayNumber(summary.calibrationEnd);
        const qint64 holdEnd = dayNumber(summary.holdoutEnd);
        const qint64 cohortStart =
            request.cohortStart.isValid() ? dayNumber(request.cohortStart) : std::numeric_limits<qint64>::min();
        const qint64 cohortEnd = request.cohortEnd.isValid() ? std::min(dayNumber(request.cohortEnd), calEnd) : calEnd;
        const double unit = daysPerUnit(request.unit);
        const double perMajor = minorUnitsPerMajor(readSetting(db, WorkspaceSetting::Currency).value_or(QString()));

        // Refunds are not purchases; an order of 0.00 is (a free sample still is a visit).
        SQLite::Statement orders(db,
                                 request.onlyCustomer > 0
                                     ? "SELECT customer_id, ordered_at, amount_minor FROM transactions "
                                       "WHERE customer_id = ?1 AND amount_minor >= 0 ORDER BY ordered_at"
                                     : "SELECT customer_id, ordered_at, amount_minor FROM transactions "
                                       "WHERE customer_id IS NOT NULL AND amount_minor >= 0 "
                                       "ORDER BY customer_id, ordered_at");
        if (request.onlyCustomer > 0)
            orders.bind(1, static_cast<int64_t>(request.onlyCustomer));
        CustomerRepeats current;
        qint64 firstDay = 0, lastCalDay = 0, lastDayCounted = 0, calDays = 0;
        qint64 repeatSpend = 0, daySpend = 0;
        std::vector<qint64> repeatDays; // of the current customer, up to the holdout end
        std::map<qint64, int> repeatsOn;
        bool open = false;
        auto closeDay = [&] {
            if (calDays > 1)
                repeatSpend += daySpend;
            daySpend = 0;
        };
        auto finish = [&] {
            if (!open)
                return;
            closeDay();
            // Customers who first bought after the calibration end are not in the model.
            if (firstDay >= cohortStart && firstDay <= cohortEnd) {
                current.x = static_cast<int>(calDays - 1);
                current.tx = static_cast<double>(lastCalDay - firstDay) / unit;
                current.T = static_cast<double>(calEnd - firstDay) / unit;
                current.zbar = current.x > 0 ? static_cast<double>(repeatSpend) / perMajor / current.x : 0.0;
                current.firstDay = firstDay;
                summary.customers.push_back(current);
                for (const qint64 day : repeatDays)
                    repeatsOn[day] += 1;
            }
            open = false;
        };
        while (orders.executeStep()) {
            ++summary.ordersRead;
            const qint64 customer = orders.getColumn(0).getInt64();
            const qint64 day = dayOf(orders.getColumn(1).getInt64());
            const qint64 amount = orders.getColumn(2).getInt64();
            if (!open || customer != current.customerId) {
                finish();
                current = CustomerRepeats{};
                current.customerId = customer;
                firstDay = lastCalDay = lastDayCounted = day;
                calDays = day <= calEnd ? 1 : 0;
                repeatSpend = 0;
                daySpend = day <= calEnd ? amount : 0;
                repeatDays.clear();
                open = true;
                continue;
            }
            if (day == lastDayCounted) { // same day: one transaction
                if (day <= calEnd)
                    daySpend += amount;
                continue;
            }
            lastDayCounted = day;
            if (day <= holdEnd)
                repeatDays.push_back(day);
            if (day <= calEnd) {
                closeDay();
                ++calDays;
                lastCalDay = day;
                daySpend = amount;
            } else if (day <= holdEnd) {
                ++current.holdoutX;
            }
        }
        finish();
        if (!summary.customers.empty()) {
            summary.firstDay = summary.customers.front().firstDay;
            for (const CustomerRepeats &c : summary.customers)
                summary.firstDay = std::min(summary.firstDay, c.firstDay);
            summary.repeatsByDay.assign(static_cast<std::size_t>(std::max<qint64>(0, holdEnd - summary.firstDay + 1)),
                                        0);
            for (const auto &[day, count] : repeatsOn) {
                if (day >= summary.firstDay && day <= holdEnd)
                    summary.repeatsByDay[static_cast<std::size_t>(day - summary.firstDay)] += count;
            }
        }
    } catch (const SQLite::Exception &e) {
        summary.error = Text::tr("Cannot read the orders: %1").arg(QString::fromUtf8(e.what()));
    }
    return summary;
}

} // namespace mwb
