#include "CustomerMerge.h"

#include "metrics/CustomerRefresh.h"
#include "store/CustomerSet.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::CustomerMerge" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::CustomerMerge)
};

// Runs `sql` with ?1 = kept and ?2 = merged; the rows it changed.
int run(SQLite::Database &db, const char *sql, qint64 kept, qint64 merged)
{
    SQLite::Statement statement(db, sql);
    statement.bind(1, static_cast<int64_t>(kept));
    if (statement.getBindParameterCount() >= 2)
        statement.bind(2, static_cast<int64_t>(merged));
    return statement.exec();
}

} // namespace

MergeResult CustomerMerge::merge(SQLite::Database &db, qint64 keptId, qint64 mergedId)
{
    MergeResult r;
    r.keptId = keptId;
    r.mergedId = mergedId;
    if (keptId == mergedId) {
        r.error = Text::tr("A customer cannot be merged with itself.");
        return r;
    }
    try {
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        std::string mergedRow;
        for (const qint64 id : {keptId, mergedId}) {
            SQLite::Statement exists(db,
                                     "SELECT json_object('id', id, 'external_id', external_id, 'name', name, "
                                     "'email', email, 'phone', phone, 'city', city, 'region', region, "
                                     "'country', country, 'gender', gender, 'birth_date', birth_date, "
                                     "'signup_at', signup_at, 'source_channel', source_channel, 'tier', tier, "
                                     "'attributes', attributes, 'address', address, 'postal_code', postal_code, "
                                     "'import_id', import_id) FROM customers WHERE id = ?1");
            exists.bind(1, static_cast<int64_t>(id));
            if (!exists.executeStep()) {
                r.error = Text::tr("There is no customer with id %1.").arg(id);
                return r;
            }
            if (id == mergedId)
                mergedRow = exists.getColumn(0).getString();
        }
        r.identitiesMoved = run(db, "UPDATE identities SET customer_id = ?1 WHERE customer_id = ?2", keptId, mergedId);
        r.ordersMoved = run(db, "UPDATE transactions SET customer_id = ?1 WHERE customer_id = ?2", keptId, mergedId);
        r.eventsMoved = run(db, "UPDATE events SET customer_id = ?1 WHERE customer_id = ?2", keptId, mergedId);
        r.tagsMoved = run(db,
                          "INSERT INTO customer_tags(customer_id, tag, import_id) SELECT ?1, tag, import_id "
                          "FROM customer_tags WHERE customer_id = ?2 ON CONFLICT DO NOTHING",
                          keptId, mergedId);
        // A campaign both were members of keeps the kept customer's membership.
        r.membershipsMoved =
            run(db, "UPDATE OR IGNORE campaign_members SET customer_id = ?1 WHERE customer_id = ?2", keptId, mergedId);
        r.membershipsDropped =
            run(db, "DELETE FROM campaign_members WHERE customer_id = ?2 AND ?1 = ?1", keptId, mergedId);
        run(db, "UPDATE OR IGNORE segment_snapshot_members SET customer_id = ?1 WHERE customer_id = ?2", keptId,
            mergedId);
        // Empty fields of the kept customer are filled from the merged one; attributes joined,
        // the kept customer's values winning.
        run(db,
            "UPDATE customers SET external_id = coalesce(k.external_id, m.external_id), "
            "name = coalesce(k.name, m.name), email = coalesce(k.email, m.email), phone = coalesce(k.phone, m.phone), "
            "city = coalesce(k.city, m.city), region = coalesce(k.region, m.region), "
            "country = coalesce(k.country, m.country), gender = coalesce(k.gender, m.gender), "
            "birth_date = coalesce(k.birth_date, m.birth_date), signup_at = min(coalesce(k.signup_at, m.signup_at), "
            "coalesce(m.signup_at, k.signup_at)), source_channel = coalesce(k.source_channel, m.source_channel), "
            "tier = coalesce(k.tier, m.tier), "
            "address = CASE WHEN k.address IS NULL THEN m.address ELSE k.address END, "
            "postal_code = CASE WHEN k.address IS NULL THEN m.postal_code ELSE k.postal_code END, "
            "attributes = CASE WHEN m.attributes IS NULL THEN k.attributes "
            "ELSE json_patch(m.attributes, coalesce(k.attributes, '{}')) END "
            "FROM (SELECT * FROM customers WHERE id = ?1) AS k, (SELECT * FROM customers WHERE id = ?2) AS m "
            "WHERE customers.id = ?1",
            keptId, mergedId);
        SQLite::Statement log(db,
                              "INSERT INTO customer_merges(kept_id, merged_id, merged_at, merged_customer, "
                              "identities_moved, orders_moved, events_moved) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        log.bind(1, static_cast<int64_t>(keptId));
        log.bind(2, static_cast<int64_t>(mergedId));
        log.bind(3, static_cast<int64_t>(QDateTime::currentSecsSinceEpoch()));
        log.bind(4, mergedRow);
        log.bind(5, static_cast<int64_t>(r.identitiesMoved));
        log.bind(6, static_cast<int64_t>(r.ordersMoved));
        log.bind(7, static_cast<int64_t>(r.eventsMoved));
        log.exec();
        // What an undo of an import would restore belongs to the kept customer now.
        run(db, "DELETE FROM import_changes WHERE customer_id = ?2 AND ?1 = ?1", keptId, mergedId);
        run(db, "DELETE FROM customers WHERE id = ?2 AND ?1 = ?1", keptId, mergedId); // its metrics go with it

        CustomerSet touched;
        touched.insert(keptId);
        CustomerRefresh::afterChange(db, touched);
        transaction.commit();
    } catch (const SQLite::Exception &e) {
        r = MergeResult{};
        r.keptId = keptId;
        r.mergedId = mergedId;
        r.error = Text::tr("Cannot merge the customers: %1").arg(QString::fromUtf8(e.what()));
    }
    return r;
}

QList<MergeRecord> CustomerMerge::history(SQLite::Database &db)
{
    QList<MergeRecord> out;
    SQLite::Statement q(db,
                        "SELECT id, kept_id, merged_id, merged_customer ->> 'external_id', "
                        "merged_customer ->> 'name', merged_at FROM customer_merges ORDER BY id DESC");
    while (q.executeStep()) {
        MergeRecord m;
        m.id = q.getColumn(0).getInt64();
        m.keptId = q.getColumn(1).getInt64();
        m.mergedId = q.getColumn(2).getInt64();
        m.mergedExternalId = QString::fromUtf8(q.getColumn(3).getText());
        m.mergedName = QString::fromUtf8(q.getColumn(4).getText());
        m.mergedAt = QDateTime::fromSecsSinceEpoch(q.getColumn(5).getInt64(), QTimeZone::utc());
        out.append(m);
    }
    return out;
}

} // namespace mwb
