#include "ImportHistory.h"

#include "metrics/CustomerMetrics.h"
#include "metrics/CustomerRefresh.h"
#include "store/WorkspaceActivity.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::ImportHistory" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::ImportHistory)
};

qint64 count(SQLite::Database &db, const char *sql, qint64 importId)
{
    SQLite::Statement query(db, sql);
    query.bind(1, static_cast<int64_t>(importId));
    return query.executeStep() ? query.getColumn(0).getInt64() : 0;
}

qint64 run(SQLite::Database &db, const char *sql, qint64 importId)
{
    SQLite::Statement statement(db, sql);
    statement.bind(1, static_cast<int64_t>(importId));
    return statement.exec();
}

} // namespace

QList<ImportRecord> ImportHistory::list(SQLite::Database &db)
{
    QList<ImportRecord> imports;
    SQLite::Statement query(db,
                            "SELECT id, kind, file_name, started_at, rows_read, rows_imported, rows_duplicate, "
                            "rows_rejected, customers_created, customers_matched, encoding, status "
                            "FROM imports ORDER BY id DESC");
    while (query.executeStep()) {
        ImportRecord r;
        r.id = query.getColumn(0).getInt64();
        r.kind = QString::fromStdString(query.getColumn(1).getString());
        r.fileName = QString::fromStdString(query.getColumn(2).getString());
        r.startedAt = query.getColumn(3).getInt64();
        r.rowsRead = query.getColumn(4).getInt64();
        r.rowsImported = query.getColumn(5).getInt64();
        r.rowsDuplicate = query.getColumn(6).getInt64();
        r.rowsRejected = query.getColumn(7).getInt64();
        r.customersCreated = query.getColumn(8).getInt64();
        r.customersMatched = query.getColumn(9).getInt64();
        r.encoding = QString::fromStdString(query.getColumn(10).getString());
        r.status = QString::fromStdString(query.getColumn(11).getString());
        imports.append(r);
    }
    return imports;
}

UndoResult ImportHistory::undo(SQLite::Database &db, qint64 importId)
{
    UndoResult result;
    try {
        const WorkspaceActivity activity(QString::fromStdString(db.getFilename()),
                                         Text::tr("an undo of import #%1").arg(importId));
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        {
            SQLite::Statement status(db, "SELECT status FROM imports WHERE id = ?1");
            status.bind(1, static_cast<int64_t>(importId));
            if (!status.executeStep()) {
                result.error = Text::tr("There is no import #%1.").arg(importId);
                return result;
            }
            if (status.getColumn(0).getString() == "undone") {
                result.error = Text::tr("Import #%1 was already undone.").arg(importId);
                return result;
            }
        }
        // Customers this import created that later imports gave orders, touchpoints or changes.
        SQLite::Statement later(db, R"sql(
SELECT min(import_id) FROM (
    SELECT t.import_id FROM transactions t JOIN customers c ON c.id = t.customer_id
    WHERE c.import_id = ?1 AND t.import_id > ?1
    UNION ALL
    SELECT e.import_id FROM events e JOIN customers c ON c.id = e.customer_id
    WHERE c.import_id = ?1 AND e.import_id > ?1
    UNION ALL
    SELECT x.import_id FROM import_changes x JOIN customers c ON c.id = x.customer_id
    WHERE c.import_id = ?1 AND x.import_id > ?1
    UNION ALL
    SELECT i.import_id FROM identities i JOIN customers c ON c.id = i.customer_id
    WHERE c.import_id = ?1 AND i.import_id > ?1
    UNION ALL
    SELECT p.import_id FROM points p JOIN customers c ON c.id = p.customer_id
    WHERE c.import_id = ?1 AND p.import_id > ?1
    UNION ALL
    SELECT r.import_id FROM referrals r JOIN customers c ON c.id IN (r.referee_id, r.referrer_id)
    WHERE c.import_id = ?1 AND r.import_id > ?1)
)sql");
        later.bind(1, static_cast<int64_t>(importId));
        if (later.executeStep() && !later.getColumn(0).isNull()) {
            result.error = Text::tr("Import #%1 added customers that import #%2 built on; undo #%2 first.")
                               .arg(importId)
                               .arg(later.getColumn(0).getInt64());
            return result;
        }
        later.reset();

        CustomerMetrics::prepareDirty(db);
        run(db,
            "INSERT OR IGNORE INTO temp.metrics_dirty(customer_id) SELECT customer_id FROM transactions "
            "WHERE import_id = ?1 AND customer_id IS NOT NULL",
            importId);
        run(db,
            "INSERT OR IGNORE INTO temp.metrics_dirty(customer_id) SELECT customer_id FROM events WHERE import_id = ?1",
            importId);
        run(db, "DELETE FROM order_lines WHERE order_id IN (SELECT id FROM transactions WHERE import_id = ?1)",
            importId);
        result.transactionsRemoved = run(db, "DELETE FROM transactions WHERE import_id = ?1", importId);
        // The products the import brought that no line names any more.
        run(db,
            "DELETE FROM products WHERE import_id = ?1 AND NOT EXISTS "
            "(SELECT 1 FROM order_lines l WHERE l.product_id = products.id)",
            importId);
        result.eventsRemoved = run(db, "DELETE FROM events WHERE import_id = ?1", importId);
        run(db,
            "INSERT OR IGNORE INTO temp.metrics_dirty(customer_id) SELECT customer_id FROM points WHERE import_id = ?1",
            importId);
        run(db,
            "INSERT OR IGNORE INTO temp.metrics_dirty(customer_id) SELECT referee_id FROM referrals WHERE import_id = ?1",
            importId);
        run(db, "DELETE FROM points WHERE import_id = ?1", importId);
        run(db, "DELETE FROM referrals WHERE import_id = ?1", importId);
        run(db, "DELETE FROM customer_tags WHERE import_id = ?1", importId);
        run(db,
            "DELETE FROM identities WHERE import_id = ?1 AND customer_id NOT IN "
            "(SELECT id FROM customers WHERE import_id = ?1)",
            importId);

        // Restore the fields of existing customers as they were.
        result.customersRestored = count(db, "SELECT count(*) FROM import_changes WHERE import_id = ?1", importId);
        run(db, R"sql(
UPDATE customers SET
    name = json_extract(x.before, '$.name'), email = json_extract(x.before, '$.email'),
    phone = json_extract(x.before, '$.phone'), city = json_extract(x.before, '$.city'),
    region = json_extract(x.before, '$.region'), country = json_extract(x.before, '$.country'),
    gender = json_extract(x.before, '$.gender'), birth_date = json_extract(x.before, '$.birth_date'),
    signup_at = json_extract(x.before, '$.signup_at'), source_channel = json_extract(x.before, '$.source_channel'),
    tier = json_extract(x.before, '$.tier'), external_id = json_extract(x.before, '$.external_id'),
    attributes = json_extract(x.before, '$.attributes'),
    address = json_extract(x.before, '$.address'), postal_code = json_extract(x.before, '$.postal_code')
FROM import_changes x WHERE x.import_id = ?1 AND x.customer_id = customers.id
)sql",
            importId);
        run(db, "DELETE FROM import_changes WHERE import_id = ?1", importId);

        run(db, "DELETE FROM temp.metrics_dirty WHERE customer_id IN (SELECT id FROM customers WHERE import_id = ?1)",
            importId);
        result.customersRemoved = run(db, "DELETE FROM customers WHERE import_id = ?1", importId);
        CustomerSet dirty;
        {
            SQLite::Statement touched(db, "SELECT customer_id FROM temp.metrics_dirty");
            while (touched.executeStep())
                dirty.insert(touched.getColumn(0).getInt64());
        }
        CustomerRefresh::afterChange(db, dirty);
        run(db, "UPDATE imports SET status = 'undone' WHERE id = ?1", importId);
        transaction.commit();
    } catch (const SQLite::Exception &e) {
        result = {};
        result.error = Text::tr("Undoing import #%1 failed: %2. Nothing was changed.")
                           .arg(importId)
                           .arg(QString::fromUtf8(e.what()));
    }
    return result;
}

} // namespace mwb
