#include "Cohorts.h"
#include "store/Days.h"
#include "vocabulary/Figures.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::Cohorts" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::Cohorts)
};

constexpr qint64 kDay = 86400;

int monthNumber(qint64 seconds)
{
    const QDate day = QDate(1970, 1, 1).addDays(seconds >= 0 ? seconds / kDay : -((-seconds + kDay - 1) / kDay));
    return day.year() * 12 + day.month() - 1;
}

int monthNumber(const QDate &date)
{
    return date.year() * 12 + date.month() - 1;
}

QDate monthDate(int number)
{
    return QDate(number / 12, number % 12 + 1, 1);
}

} // namespace

double CohortRow::retention(int k) const
{
    return customers > 0 && k >= 0 && k < buyers.size() ? static_cast<double>(buyers[k]) / customers : 0.0;
}

double CohortRow::revenuePerCustomer(int k) const
{
    return customers > 0 && k >= 0 && k < revenueMinor.size() ? static_cast<double>(revenueMinor[k]) / customers : 0.0;
}

double CohortRow::cumulativeRevenuePerCustomer(int k) const
{
    double total = 0;
    for (int i = 0; i <= k && i < revenueMinor.size(); ++i)
        total += static_cast<double>(revenueMinor[i]);
    return customers > 0 ? total / customers : 0.0;
}

CohortMatrix Cohorts::compute(SQLite::Database &db, CohortBasis basis, const QDate &from, const QDate &to)
{
    CohortMatrix matrix;
    matrix.basis = basis;
    try {
        // The first and last day with an order, and of any transaction, from the daily sales
        // the triggers keep (not a scan of the transactions).
        SQLite::Statement range(db,
                                "SELECT min(day) FILTER (WHERE orders > 0), max(day) FILTER (WHERE orders > 0), "
                                "min(day), max(day) FROM sales_daily WHERE transactions > 0");
        if (!range.executeStep() || range.getColumn(0).isNull())
            return matrix; // no orders: no cohorts
        const MonthOfDay monthOf(range.getColumn(2).getInt(), range.getColumn(3).getInt());
        const int lastMonth = monthNumber(range.getColumn(1).getInt64() * kDay);
        const int last = to.isValid() ? std::min(monthNumber(to), lastMonth) : lastMonth;
        const int first =
            from.isValid() ? monthNumber(from) : std::max(monthNumber(range.getColumn(0).getInt64() * kDay), last - 35);
        if (first > last)
            return matrix;

        // Each customer's cohort month (index from `first`), -1 when outside the range.
        SQLite::Statement maxId(db, "SELECT coalesce(max(id), 0) FROM customers");
        maxId.executeStep();
        std::vector<int> cohortOf(static_cast<std::size_t>(maxId.getColumn(0).getInt64()) + 1, -1);
        SQLite::Statement members(db,
                                  basis == CohortBasis::FirstPurchase
                                      ? "SELECT customer_id, first_purchase_at FROM customer_metrics "
                                        "WHERE first_purchase_at IS NOT NULL"
                                      : "SELECT id, signup_at FROM customers WHERE signup_at IS NOT NULL");
        const int rows = last - first + 1;
        for (int i = 0; i < rows; ++i) {
            CohortRow row;
            row.month = monthDate(first + i);
            const int span = lastMonth - (first + i) + 1;
            row.buyers = QList<qint64>(span, 0);
            row.revenueMinor = QList<qint64>(span, 0);
            matrix.rows.append(row);
        }
        while (members.executeStep()) {
            const qint64 id = members.getColumn(0).getInt64();
            const int month = monthOf(members.getColumn(1).getInt64());
            if (month < first || month > last || id < 0 || id >= static_cast<qint64>(cohortOf.size()))
                continue;
            cohortOf[static_cast<std::size_t>(id)] = month - first;
            ++matrix.rows[month - first].customers;
        }

        // Every customer's months with transactions (customer_months, kept by triggers: a third
        // of the rows of the orders): revenue is net of refunds (Figure::CohortRevenue); a
        // month counts a buyer when it has an order (Figure::CohortRetention).
        SQLite::Statement months(db, "SELECT customer_id, month, orders, revenue_minor FROM customer_months");
        while (months.executeStep()) {
            const qint64 id = months.getColumn(0).getInt64();
            if (id < 0 || id >= static_cast<qint64>(cohortOf.size()) || cohortOf[static_cast<std::size_t>(id)] < 0)
                continue;
            const int cohort = cohortOf[static_cast<std::size_t>(id)];
            const int k = months.getColumn(1).getInt() - (first + cohort);
            CohortRow &row = matrix.rows[cohort];
            if (k < 0 || k >= row.buyers.size()) // before signing up
                continue;
            row.revenueMinor[k] += months.getColumn(3).getInt64();
            if (months.getColumn(2).getInt64() > 0)
                ++row.buyers[k];
        }
        // Months in which nobody joined are no cohort.
        matrix.rows.removeIf([](const CohortRow &row) { return row.customers == 0; });
    } catch (const SQLite::Exception &e) {
        matrix.error = Text::tr("Cannot read the orders: %1").arg(QString::fromUtf8(e.what()));
    }
    return matrix;
}

} // namespace mwb
