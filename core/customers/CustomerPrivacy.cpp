#include "CustomerPrivacy.h"

#include "identity/MemberToken.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
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

// The customer and every customer merged into them, directly or through others.
std::vector<qint64> mergedInto(SQLite::Database &db, qint64 customerId)
{
    std::vector<qint64> ids{customerId};
    SQLite::Statement merged(
        db,
        "WITH RECURSIVE chain(id) AS (SELECT ?1 UNION SELECT m.merged_id FROM "
        "customer_merges m JOIN chain ON m.kept_id = chain.id) SELECT id FROM chain WHERE id <> ?1");
    merged.bind(1, static_cast<int64_t>(customerId));
    while (merged.executeStep())
        ids.push_back(merged.getColumn(0).getInt64());
    return ids;
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

// What identifies the person in free text: their names, addresses, numbers and ids as
// they are stored, and those of customers merged into them; phone numbers also as digits
// (the national number without its country code too), as files spell them many ways.
struct Traces
{
    QStringList texts;  // compared ignoring case
    QStringList digits; // compared with the digits of a text

    bool foundIn(const QString &raw) const
    {
        const QString lower = raw.toLower();
        for (const QString &t : texts) {
            if (lower.contains(t))
                return true;
        }
        if (digits.isEmpty())
            return false;
        const QString rawDigits = digitsOf(raw);
        for (const QString &d : digits) {
            if (rawDigits.contains(d))
                return true;
        }
        return false;
    }
};

Traces tracesOf(SQLite::Database &db, const std::vector<qint64> &people)
{
    Traces traces;
    const auto addText = [&traces](const QString &value) {
        const QString t = value.trimmed().toLower();
        if (t.size() >= 2 && !traces.texts.contains(t))
            traces.texts << t;
    };
    const auto addPhone = [&traces](const QString &value) {
        const QString d = digitsOf(value);
        if (d.size() >= 7 && !traces.digits.contains(d))
            traces.digits << d;
        // "+8613800138000" is written "13800138000" in local files: the last 11, 10, 9 digits.
        for (const int n : {11, 10, 9}) {
            if (d.size() > n && !traces.digits.contains(d.right(n)))
                traces.digits << d.right(n);
        }
    };
    SQLite::Statement profile(db, "SELECT name, email, phone, external_id FROM customers WHERE id = ?1");
    SQLite::Statement identities(db, "SELECT kind, value FROM identities WHERE customer_id = ?1");
    for (const qint64 id : people) {
        profile.bind(1, static_cast<int64_t>(id));
        if (profile.executeStep()) {
            addText(QString::fromUtf8(profile.getColumn(0).getText()));
            addText(QString::fromUtf8(profile.getColumn(1).getText()));
            addText(QString::fromUtf8(profile.getColumn(3).getText()));
            addPhone(QString::fromUtf8(profile.getColumn(2).getText()));
        }
        profile.reset();
        identities.bind(1, static_cast<int64_t>(id));
        while (identities.executeStep()) {
            const QString value = QString::fromUtf8(identities.getColumn(1).getText());
            if (identities.getColumn(0).getString() == "phone")
                addPhone(value);
            else
                addText(value);
        }
        identities.reset();
    }
    // Customers merged away are kept as JSON in the merge log.
    SQLite::Statement merges(db,
                             "SELECT merged_customer ->> 'name', merged_customer ->> 'email', "
                             "merged_customer ->> 'phone', merged_customer ->> 'external_id' "
                             "FROM customer_merges WHERE kept_id = ?1");
    for (const qint64 id : people) {
        merges.bind(1, static_cast<int64_t>(id));
        while (merges.executeStep()) {
            addText(QString::fromUtf8(merges.getColumn(0).getText()));
            addText(QString::fromUtf8(merges.getColumn(1).getText()));
            addPhone(QString::fromUtf8(merges.getColumn(2).getText()));
            addText(QString::fromUtf8(merges.getColumn(3).getText()));
        }
        merges.reset();
    }
    return traces;
}

// The refused rows of imports that name the person: their raw text goes, and the values
// their reasons quote.
qint64 clearRejects(SQLite::Database &db, const Traces &traces)
{
    if (traces.texts.isEmpty() && traces.digits.isEmpty())
        return 0;
    std::vector<std::pair<qint64, qint64>> naming;
    {
        SQLite::Statement rows(db, "SELECT import_id, line, coalesce(raw, ''), reason FROM import_rejects");
        while (rows.executeStep()) {
            if (traces.foundIn(QString::fromUtf8(rows.getColumn(2).getText()))
                || traces.foundIn(QString::fromUtf8(rows.getColumn(3).getText())))
                naming.emplace_back(rows.getColumn(0).getInt64(), rows.getColumn(1).getInt64());
        }
    }
    SQLite::Statement clear(db,
                            "UPDATE import_rejects SET raw = NULL, "
                            "reason = ?3 WHERE import_id = ?1 AND line = ?2");
    const std::string reason = Text::tr("(removed: the row named a customer who was forgotten)").toStdString();
    for (const auto &[importId, line] : naming) {
        clear.bind(1, static_cast<int64_t>(importId));
        clear.bind(2, static_cast<int64_t>(line));
        clear.bind(3, reason);
        clear.exec();
        clear.reset();
    }
    return static_cast<qint64>(naming.size());
}

// Backup copies of the workspace taken before upgrades ("WS.mwb.v9.bak").
QStringList backupsOf(const QString &workspacePath)
{
    const QFileInfo info(workspacePath);
    QStringList found;
    const QStringList names = info.dir().entryList({info.fileName() + u".v*.bak"_s}, QDir::Files);
    for (const QString &name : names)
        found << info.dir().filePath(name);
    return found;
}

} // namespace

ForgetResult CustomerPrivacy::forget(SQLite::Database &db, qint64 customerId)
{
    ForgetResult r;
    r.customerId = customerId;
    try {
        // Deleted and overwritten content is zeroed on the pages, not merely unlinked.
        db.exec("PRAGMA secure_delete = ON");
        const auto secureDeleteOff = qScopeGuard([&db] {
            try {
                db.exec("PRAGMA secure_delete = OFF");
            } catch (const SQLite::Exception &) {
            }
        });
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        {
            SQLite::Statement exists(db, "SELECT 1 FROM customers WHERE id = ?1");
            exists.bind(1, static_cast<int64_t>(customerId));
            if (!exists.executeStep()) {
                r.error = Text::tr("There is no customer with id %1.").arg(customerId);
                return r;
            }
        }
        const std::vector<qint64> people = mergedInto(db, customerId);
        const Traces traces = tracesOf(db, people);
        r.rejectsCleared = clearRejects(db, traces);
        r.identitiesRemoved = run(db, "DELETE FROM identities WHERE customer_id = ?1", customerId);
        r.tagsRemoved = run(db, "DELETE FROM customer_tags WHERE customer_id = ?1", customerId);
        // The profile (the search index follows through its trigger).
        run(db,
            "UPDATE customers SET external_id = NULL, name = NULL, email = NULL, phone = NULL, city = NULL, "
            "region = NULL, country = NULL, gender = NULL, birth_date = NULL, attributes = NULL, address = NULL, "
            "postal_code = NULL WHERE id = ?1",
            customerId);
        // Touchpoints keep their type, channel, time and campaign: the free text goes, and
        // the content key (made from the person's identifier) is replaced by none.
        r.eventsCleared = run(db,
                              "UPDATE events SET detail = NULL, content_key = NULL WHERE customer_id = ?1 "
                              "AND (detail IS NOT NULL OR content_key IS NOT NULL)",
                              customerId);
        run(db, "DELETE FROM import_changes WHERE customer_id = ?1", customerId);
        // The merged customers as they were: only that a merge happened, and its counts, stay.
        for (const qint64 person : people) {
            r.mergesCleared += run(db,
                                   "UPDATE customer_merges SET merged_customer = '{}' WHERE kept_id = ?1 "
                                   "AND merged_customer <> '{}'",
                                   person);
        }
        std::vector<qint64> campaigns;
        {
            SQLite::Statement memberships(db, "SELECT campaign_id FROM campaign_members WHERE customer_id = ?1");
            memberships.bind(1, static_cast<int64_t>(customerId));
            while (memberships.executeStep())
                campaigns.push_back(memberships.getColumn(0).getInt64());
        }
        SQLite::Statement token(
            db, "UPDATE campaign_members SET member_token = ?3 WHERE campaign_id = ?1 AND customer_id = ?2");
        for (const qint64 campaign : campaigns) {
            token.bind(1, static_cast<int64_t>(campaign));
            token.bind(2, static_cast<int64_t>(customerId));
            token.bind(3, MemberToken::generate().toStdString());
            r.tokensReplaced += token.exec();
            token.reset();
        }
        // The search index keeps deleted entries in its older segments until they are
        // merged: one merge of everything leaves none.
        db.exec("INSERT INTO customer_search(customer_search) VALUES ('optimize')");
        SQLite::Statement log(db, "INSERT INTO customer_forgets(customer_id, forgotten_at) VALUES (?1, ?2)");
        log.bind(1, static_cast<int64_t>(customerId));
        log.bind(2, static_cast<int64_t>(QDateTime::currentSecsSinceEpoch()));
        log.exec();
        transaction.commit();
        // The log still holds the pages as they were: they go back into the file, and the
        // log is emptied (waiting, within the busy timeout, for readers to let go).
        SQLite::Statement checkpoint(db, "PRAGMA wal_checkpoint(TRUNCATE)");
        r.logEmptied = checkpoint.executeStep() && checkpoint.getColumn(0).getInt() == 0;
        r.backups = backupsOf(QString::fromStdString(db.getFilename()));
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
