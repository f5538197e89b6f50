// Cohorts: customers grouped by the month of their first purchase (or signup), followed
// month by month: the share who bought in each month since (retention), the revenue per
// cohort customer in that month and its running total. One pass over the orders in
// customer order.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace SQLite {
class Database;
}

namespace mwb {

enum class CohortBasis {
    FirstPurchase,
    Signup
};

struct CohortRow
{
    QDate month;          // the cohort's month (first day)
    qint64 customers = 0; // in the cohort
    // Index k: the k-th month after the cohort's month (0 = the month itself), up to the
    // last month of the data.
    QList<qint64> buyers;                   // customers of the cohort who bought in that month
    QList<qint64> revenueMinor;             // what they spent in that month
    double retention(int k) const;          // buyers ÷ customers
    double revenuePerCustomer(int k) const; // minor units
    double cumulativeRevenuePerCustomer(int k) const;
};

struct CohortMatrix
{
    CohortBasis basis = CohortBasis::FirstPurchase;
    QList<CohortRow> rows; // oldest cohort first
    QString error;
    bool ok() const { return error.isEmpty(); }
};

class Cohorts
{
public:
    // Cohorts from `from` to `to` (months; invalid: the whole history, at most 36 months back).
    static CohortMatrix compute(SQLite::Database &db, CohortBasis basis, const QDate &from = {}, const QDate &to = {});
};

} // namespace mwb
