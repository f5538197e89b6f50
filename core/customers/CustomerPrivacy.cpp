#include "CustomerPrivacy.h"

#include "campaigns/CampaignStore.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QCoreApplication>
#include <QTimeZone>

#include <vector>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::CustomerPrivacy" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::CustomerPrivacy)
};

int run(SQLite::Database &db, const char *sql, qint64 customerId)
{
    SQLite::Statement statement(db, sql);
    statement.bind(1, static_cast<int64_t>(customerId));
    return statement.exec();
}

} // namespace

ForgetResult CustomerPrivacy::forget(SQLite::Database &db, qint64 customerId)
{
    ForgetResult r;
    r.customerId = customerId;
    try {
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        {
            SQLite::Statement exists(db, "SELECT 1 FROM customers WHERE id = ?1");
            exists.bind(1, static_cast<int64_t>(customerId));
            if (!exists.executeStep()) {
                r.error = Text::tr("There is no customer with id %1.").arg(customerId);
                return r;
            }
        }
        r.identitiesRemoved = run(db, "DELETE FROM identities WHERE customer_id = ?1", customerId);
        r.tagsRemoved = run(db, "DELETE FROM customer_tags WHERE customer_id = ?1", customerId);
        // The profile (the search index follows through its trigger).
        run(db, "UPDATE customers SET external_id = NULL, name = NULL, email = NULL, phone = NULL, city = NULL, "
                "region = NULL, country = NULL, gender = NULL, birth_date = NULL, attributes = NULL WHERE id = ?1",
            customerId);
        // Touchpoints keep their type, channel, time and campaign: the free text goes, and
        // the content key (made from the person's identifier) is replaced by none.
        r.eventsCleared = run(db, "UPDATE events SET detail = NULL, content_key = NULL WHERE customer_id = ?1 "
                                  "AND (detail IS NOT NULL OR content_key IS NOT NULL)",
                              customerId);
        run(db, "DELETE FROM import_changes WHERE customer_id = ?1", customerId);
        std::vector<qint64> campaigns;
        {
            SQLite::Statement memberships(db, "SELECT campaign_id FROM campaign_members WHERE customer_id = ?1");
            memberships.bind(1, static_cast<int64_t>(customerId));
            while (memberships.executeStep())
                campaigns.push_back(memberships.getColumn(0).getInt64());
        }
        SQLite::Statement token(db, "UPDATE campaign_members SET member_token = ?3 WHERE campaign_id = ?1 AND customer_id = ?2");
        for (const qint64 campaign : campaigns) {
            token.bind(1, static_cast<int64_t>(campaign));
            token.bind(2, static_cast<int64_t>(customerId));
            token.bind(3, CampaignStore::newMemberToken().toStdString());
            r.tokensReplaced += token.exec();
            token.reset();
        }
        SQLite::Statement log(db, "INSERT INTO customer_forgets(customer_id, forgotten_at) VALUES (?1, ?2)");
        log.bind(1, static_cast<int64_t>(customerId));
        log.bind(2, static_cast<int64_t>(QDateTime::currentSecsSinceEpoch()));
        log.exec();
        transaction.commit();
    } catch (const SQLite::Exception &e) {
        r = ForgetResult{};
        r.customerId = customerId;
        r.error = Text::tr("Cannot forget the customer: %1").arg(QString::fromUtf8(e.what()));
    }
    return r;
}

QList<ForgetRecord> CustomerPrivacy::log(SQLite::Database &db)
{
    QList<ForgetRecord> out;
    SQLite::Statement q(db, "SELECT id, customer_id, forgotten_at FROM customer_forgets ORDER BY id DESC");
    while (q.executeStep())
        out.append({q.getColumn(0).getInt64(), q.getColumn(1).getInt64(),
                    QDateTime::fromSecsSinceEpoch(q.getColumn(2).getInt64(), QTimeZone::utc())});
    return out;
}

} // namespace mwb
