#include "ContactWriter.h"

#include "vocabulary/Vocabulary.h"
#include "store/Bind.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::RowWriter" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::RowWriter)
};

using F = ImportField;

bool hasHan(std::string_view text)
{
    // Any byte of a 3-byte UTF-8 sequence in the CJK ranges is enough to tell.
    for (unsigned char c : text) {
        if (c >= 0xE3 && c <= 0xE9)
            return true;
    }
    return false;
}

} // namespace

ContactWriter::ContactWriter(ImportContext &context)
    : m_context(context)
    // What an existing customer looked like before this import first changed them.
    , m_snapshot(context.db,
                 "INSERT OR IGNORE INTO import_changes(import_id, customer_id, before) "
                 "SELECT ?1, id, json_object('name', name, 'email', email, 'phone', phone, 'city', city, "
                 "'region', region, 'country', country, 'gender', gender, 'birth_date', birth_date, "
                 "'signup_at', signup_at, 'source_channel', source_channel, 'tier', tier, "
                 "'external_id', external_id, 'attributes', attributes, 'address', address, "
                 "'postal_code', postal_code) FROM customers WHERE id = ?2")
    , m_dropSnapshot(context.db, "DELETE FROM import_changes WHERE import_id = ?1 AND customer_id = ?2")
    // Each field: the new value when there is one, else what the customer had. The WHERE
    // clause makes an unchanged row change nothing, so it can be told from an update.
    , m_update(context.db, R"sql(
UPDATE customers SET
    name = coalesce(?2, name), email = coalesce(email, ?3), phone = coalesce(phone, ?4),
    city = coalesce(?5, city), region = coalesce(?6, region), country = coalesce(?7, country),
    gender = coalesce(?8, gender), birth_date = coalesce(?9, birth_date), signup_at = coalesce(?10, signup_at),
    source_channel = coalesce(?11, source_channel), tier = coalesce(?12, tier),
    external_id = coalesce(external_id, ?13),
    address = coalesce(?15, address), postal_code = coalesce(?16, postal_code),
    attributes = CASE WHEN ?14 IS NULL THEN attributes ELSE json_patch(coalesce(attributes, '{}'), ?14) END
WHERE id = ?1 AND (
    (?2 IS NOT NULL AND name IS NOT ?2) OR (email IS NULL AND ?3 IS NOT NULL) OR (phone IS NULL AND ?4 IS NOT NULL)
    OR (?5 IS NOT NULL AND city IS NOT ?5) OR (?6 IS NOT NULL AND region IS NOT ?6)
    OR (?7 IS NOT NULL AND country IS NOT ?7) OR (?8 IS NOT NULL AND gender IS NOT ?8)
    OR (?9 IS NOT NULL AND birth_date IS NOT ?9) OR (?10 IS NOT NULL AND signup_at IS NOT ?10)
    OR (?11 IS NOT NULL AND source_channel IS NOT ?11) OR (?12 IS NOT NULL AND tier IS NOT ?12)
    OR (external_id IS NULL AND ?13 IS NOT NULL)
    OR (?15 IS NOT NULL AND address IS NOT ?15) OR (?16 IS NOT NULL AND postal_code IS NOT ?16)
    OR (?14 IS NOT NULL AND json_patch(coalesce(attributes, '{}'), ?14) IS NOT coalesce(attributes, '{}')))
)sql")
    , m_tag(context.db, "INSERT OR IGNORE INTO customer_tags(customer_id, tag, import_id) VALUES (?1, ?2, ?3)")
    , m_referrals(context)
{
    for (qsizetype column = 0; column < context.mapping().size(); ++column) {
        if (context.mapping().at(column) == F::Custom)
            m_customColumns.append(static_cast<int>(column));
    }
}

QString ContactWriter::missingFields() const
{
    return mwb::missingFields(m_context.kind, m_context.mapping());
}

RowOutcome ContactWriter::write(const std::vector<std::string_view> &fields)
{
    ImportContext &c = m_context;
    QStringList unreadable;
    const RowIdentity identity = c.identity(fields, &unreadable);
    if (identity.empty())
        return c.noIdentity(unreadable);

    auto parseDate = [&](F field, std::optional<qint64> &out) -> QString {
        const std::string_view text = c.value(fields, field);
        if (text.empty())
            return {};
        out = c.dateParser(c.column(field)).parse(text);
        return out ? QString() : Text::tr("Unreadable date %1.").arg(quoted(text));
    };
    std::optional<qint64> birth, signup;
    if (const QString error = parseDate(F::BirthDate, birth); !error.isEmpty())
        return RowOutcome::rejected(c.column(F::BirthDate) + 1, error);
    if (const QString error = parseDate(F::SignupDate, signup); !error.isEmpty())
        return RowOutcome::rejected(c.column(F::SignupDate) + 1, error);

    std::string name(c.value(fields, F::Name));
    if (name.empty()) {
        const std::string first(c.value(fields, F::FirstName));
        const std::string last(c.value(fields, F::LastName));
        if (hasHan(first) || hasHan(last))
            name = last + first; // 王 + 伟: family name first, no space
        else
            name = first.empty() || last.empty() ? first + last : first + " " + last;
    }

    QJsonObject attributes;
    for (int column : std::as_const(m_customColumns)) {
        if (static_cast<std::size_t>(column) < fields.size() && !fields[static_cast<std::size_t>(column)].empty()) {
            const std::string_view v = fields[static_cast<std::size_t>(column)];
            attributes.insert(c.headers.value(column), QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())));
        }
    }
    for (const QString &header : std::as_const(unreadable)) {
        const std::string_view v = c.value(fields, header == c.headers.value(c.column(F::Email)) ? F::Email : F::Phone);
        attributes.insert(header, QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())));
    }

    // Who brought the customer: checked before anything of the row is written.
    const std::string_view referredBy = c.value(fields, F::Referrer);
    qint64 referrer = 0;
    if (!referredBy.empty()) {
        RowOutcome refused;
        referrer = m_referrals.prepare(referredBy, identity, c.column(F::Referrer), refused);
        if (referrer == 0)
            return refused;
    }

    const auto match = c.identities.resolve(identity);
    if (match.created)
        ++c.customersCreated;

    bool snapshotTaken = false;
    if (!match.created) {
        m_snapshot.bind(1, static_cast<int64_t>(c.importId));
        m_snapshot.bind(2, static_cast<int64_t>(match.customerId));
        snapshotTaken = m_snapshot.exec() > 0;
        m_snapshot.reset();
    }

    m_update.bind(1, static_cast<int64_t>(match.customerId));
    bindText(m_update, 2, name);
    bindText(m_update, 3, identity.email);
    bindText(m_update, 4, identity.phone);
    bindText(m_update, 5, c.value(fields, F::City));
    bindText(m_update, 6, c.value(fields, F::Region));
    bindText(m_update, 7, c.value(fields, F::Country));
    const std::string_view genderText = c.value(fields, F::Gender);
    bindText(m_update, 8, genderText.empty() ? std::string() : Vocabulary::gender(genderText));
    bindInteger(m_update, 9, birth);
    bindInteger(m_update, 10, signup);
    const std::string_view source = c.value(fields, F::SourceChannel);
    bindText(m_update, 11, source.empty() ? std::string() : c.channel(source));
    bindText(m_update, 12, c.value(fields, F::Tier));
    bindText(m_update, 13, identity.externalId);
    if (attributes.isEmpty())
        m_update.bind(14);
    else
        m_update.bind(14, QJsonDocument(attributes).toJson(QJsonDocument::Compact).toStdString());
    bindText(m_update, 15, c.value(fields, F::Address));
    bindText(m_update, 16, c.value(fields, F::PostalCode));
    bool changed = m_update.exec() > 0;
    m_update.reset();
    if (snapshotTaken && !changed) { // nothing to restore on undo
        m_dropSnapshot.bind(1, static_cast<int64_t>(c.importId));
        m_dropSnapshot.bind(2, static_cast<int64_t>(match.customerId));
        m_dropSnapshot.exec();
        m_dropSnapshot.reset();
    }

    const std::string_view tags = c.value(fields, F::Tags);
    if (!tags.empty()) {
        static const QRegularExpression separators(u"[,;|、，；]"_s);
        const QStringList parts = QString::fromUtf8(tags.data(), static_cast<qsizetype>(tags.size())).split(separators);
        for (const QString &part : parts) {
            const QString tag = part.trimmed();
            if (tag.isEmpty())
                continue;
            m_tag.bind(1, static_cast<int64_t>(match.customerId));
            m_tag.bind(2, tag.toStdString());
            m_tag.bind(3, static_cast<int64_t>(c.importId));
            changed = m_tag.exec() > 0 || changed;
            m_tag.reset();
        }
    }

    if (referrer != 0)
        changed = m_referrals.record(match.customerId, referrer, signup, c.column(F::Referrer)).kind
                == RowOutcome::Kind::Imported
            || changed;

    if (!match.created && !match.addedIdentity && !changed)
        return RowOutcome::duplicate();
    c.touchCustomer(match.customerId);
    return RowOutcome::imported();
}

} // namespace mwb
