#include "WorkspaceCheck.h"

#include "metrics/CustomerRefresh.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::WorkspaceCheck" once the GUI has installed
// a translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::WorkspaceCheck)
};

qint64 scalar(SQLite::Database &db, const char *sql)
{
    SQLite::Statement query(db, sql);
    return query.executeStep() ? query.getColumn(0).getInt64() : 0;
}

// The columns of customer_metrics a refresh recomputes from the history.
constexpr const char *kDerivedColumns[] = {
    "orders",        "revenue_minor", "first_purchase_at", "last_purchase_at", "events",      "first_event_at",
    "last_event_at", "r_score",       "f_score",           "m_score",          "rfm_segment", "lifecycle_stage",
    "stage_since",   "nps",           "stage_history"};

void checkIntegrity(SQLite::Database &db, CheckReport &report)
{
    SQLite::Statement integrity(db, "PRAGMA integrity_check(100)");
    while (integrity.executeStep()) {
        const QString line = QString::fromStdString(integrity.getColumn(0).getString());
        if (line != u"ok"_s)
            report.integrity << line;
    }
    SQLite::Statement keys(db, "PRAGMA foreign_key_check");
    while (keys.executeStep())
        ++report.foreignKeys[QString::fromStdString(keys.getColumn(0).getString())];
}

void checkSearchIndex(SQLite::Database &db, CheckReport &report, bool writable)
{
    const qint64 indexed = scalar(db, "SELECT count(*) FROM customer_search");
    if (indexed != report.customers) {
        report.searchIndex = Text::tr("%1 customers, %2 in the search index").arg(report.customers).arg(indexed);
        return;
    }
    const qint64 differing = scalar(db,
                                    "SELECT count(*) FROM customers c JOIN customer_search s ON s.rowid = c.id "
                                    "WHERE s.name IS NOT c.name OR s.email IS NOT c.email OR s.phone IS NOT c.phone "
                                    "OR s.external_id IS NOT c.external_id");
    if (differing > 0) {
        report.searchIndex = Text::tr("%1 customers are indexed with other details than they have").arg(differing);
        return;
    }
    if (!writable)
        return;
    // FTS5's own check of its index against its content (asked through an insert).
    try {
        db.exec("SAVEPOINT search_check");
        db.exec("INSERT INTO customer_search(customer_search) VALUES ('integrity-check')");
        db.exec("ROLLBACK TO search_check; RELEASE search_check");
    } catch (const SQLite::Exception &e) {
        db.exec("ROLLBACK TO search_check; RELEASE search_check");
        report.searchIndex = QString::fromUtf8(e.what());
    }
}

void checkSalesDaily(SQLite::Database &db, CheckReport &report)
{
    report.salesDailyMismatches = scalar(db, R"sql(
WITH kept AS (SELECT day, transactions, orders, revenue_minor, refunds, refund_minor FROM sales_daily
              WHERE transactions <> 0 OR revenue_minor <> 0),
     counted AS (SELECT ordered_at / 86400, count(*), count(*) FILTER (WHERE amount_minor > 0), sum(amount_minor),
                        count(*) FILTER (WHERE amount_minor < 0),
                        coalesce(sum(amount_minor) FILTER (WHERE amount_minor < 0), 0)
                 FROM transactions GROUP BY 1)
SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM counted
                      UNION ALL
                      SELECT * FROM (SELECT * FROM counted EXCEPT SELECT * FROM kept))
)sql");
}

void checkCustomerMonths(SQLite::Database &db, CheckReport &report)
{
    report.customerMonthsMismatches = scalar(db, R"sql(
WITH kept AS (SELECT customer_id, month, orders, revenue_minor FROM customer_months
              WHERE orders <> 0 OR revenue_minor <> 0),
     counted AS (SELECT customer_id, CAST(strftime('%Y', ordered_at, 'unixepoch') AS INTEGER) * 12
                        + CAST(strftime('%m', ordered_at, 'unixepoch') AS INTEGER) - 1,
                        count(*) FILTER (WHERE amount_minor > 0), sum(amount_minor)
                 FROM transactions WHERE customer_id IS NOT NULL GROUP BY 1, 2
                 HAVING count(*) FILTER (WHERE amount_minor > 0) <> 0 OR sum(amount_minor) <> 0)
SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM counted
                      UNION ALL
                      SELECT * FROM (SELECT * FROM counted EXCEPT SELECT * FROM kept))
)sql");
}

// Recomputes every customer's figures in a savepoint and counts the rows that differ
// from what was stored; nothing is kept.
void checkMetrics(SQLite::Database &db, CheckReport &report)
{
    std::string columns;
    std::string differs;
    for (const char *column : kDerivedColumns) {
        columns += std::string(columns.empty() ? "" : ", ") + column;
        differs += std::string(differs.empty() ? "" : " OR ") + "b." + column + " IS NOT m." + column;
    }
    db.exec("SAVEPOINT metrics_check");
    try {
        db.exec("CREATE TEMP TABLE stored_metrics AS SELECT customer_id, " + columns + " FROM customer_metrics");
        CustomerRefresh::all(db);
        report.customerMetricsMismatches =
            db.execAndGet(
                  "SELECT (SELECT count(*) FROM temp.stored_metrics b JOIN customer_metrics m USING (customer_id) "
                  "WHERE "
                  + differs
                  + ") + (SELECT count(*) FROM customer_metrics WHERE customer_id NOT IN "
                    "(SELECT customer_id FROM temp.stored_metrics)) + (SELECT count(*) FROM temp.stored_metrics "
                    "WHERE customer_id NOT IN (SELECT customer_id FROM customer_metrics))")
                .getInt64();
        report.derivedChecked = true;
    } catch (const SQLite::Exception &) {
        db.exec("ROLLBACK TO metrics_check; RELEASE metrics_check");
        db.exec("DROP TABLE IF EXISTS temp.stored_metrics");
        throw;
    }
    db.exec("ROLLBACK TO metrics_check; RELEASE metrics_check");
    db.exec("DROP TABLE IF EXISTS temp.stored_metrics");
}

} // namespace

CheckReport WorkspaceCheck::run(const QString &workspacePath)
{
    CheckReport report;
    const bool writable = Workspace::writeProblem(workspacePath).isEmpty();
    std::unique_ptr<SQLite::Database> db;
    try {
        db = Workspace::openConnection(workspacePath,
                                       writable ? Workspace::Access::ReadWrite : Workspace::Access::ReadOnly);
    } catch (const SQLite::Exception &e) {
        report.error = Workspace::failure(workspacePath, e).message;
        return report;
    }
    try {
        checkIntegrity(*db, report);
    } catch (const SQLite::Exception &e) {
        report.integrity << QString::fromUtf8(e.what());
    }
    if (!report.integrity.isEmpty())
        return report; // the rest would read damaged pages
    try {
        report.customers = scalar(*db, "SELECT count(*) FROM customers");
        checkSearchIndex(*db, report, writable);
        checkSalesDaily(*db, report);
        checkCustomerMonths(*db, report);
        if (writable)
            checkMetrics(*db, report);
    } catch (const SQLite::Exception &e) {
        report.error = Workspace::failure(workspacePath, e).message;
    }
    return report;
}

} // namespace mwb
