#include "ReferralWriter.h"

#include "store/Bind.h"

#include <QCoreApplication>

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

} // namespace

ReferralLinks::ReferralLinks(ImportContext &context)
    : m_context(context)
    , m_insert(context.db,
               "INSERT INTO referrals(referee_id, referrer_id, referred_at, import_id) VALUES (?1, ?2, ?3, ?4) "
               "ON CONFLICT(referee_id) DO NOTHING")
    , m_existing(context.db, "SELECT referrer_id FROM referrals WHERE referee_id = ?1")
{
}

qint64 ReferralLinks::referrer(std::string_view text)
{
    ImportContext &c = m_context;
    RowIdentity identity;
    if (const auto email = ContactNormalizer::email(text)) {
        identity.email = *email;
    } else {
        // A customer id on record first (ids are often digits), then a phone number.
        RowIdentity byId;
        byId.externalId = ContactNormalizer::id(text);
        if (byId.externalId.empty())
            return 0;
        if (const qint64 found = c.identities.find(byId))
            return found;
        if (const auto phone = c.normalizer.phone(text))
            identity.phone = *phone;
        else
            identity = byId;
    }
    const auto match = c.identities.resolve(identity);
    if (match.created)
        ++c.customersCreated;
    if (match.created || match.addedIdentity)
        c.touchCustomer(match.customerId);
    return match.customerId;
}

bool ReferralLinks::namesSelf(std::string_view text, const RowIdentity &identity) const
{
    if (const auto email = ContactNormalizer::email(text))
        return *email == identity.email;
    if (!identity.externalId.empty() && ContactNormalizer::id(text) == identity.externalId)
        return true;
    if (identity.phone.empty())
        return false;
    const auto phone = m_context.normalizer.phone(text);
    return phone && *phone == identity.phone;
}

qint64 ReferralLinks::prepare(std::string_view text, const RowIdentity &referee, int column, RowOutcome &refused)
{
    if (namesSelf(text, referee)) {
        refused = RowOutcome::rejected(column + 1, Text::tr("A customer cannot refer themselves."));
        return 0;
    }
    const qint64 found = referrer(text);
    if (found == 0) {
        refused = RowOutcome::rejected(column + 1, Text::tr("Unreadable referrer %1.").arg(quoted(text)));
        return 0;
    }
    if (const qint64 known = m_context.identities.find(referee)) {
        const RowOutcome outcome = check(known, found, column);
        if (outcome.kind == RowOutcome::Kind::Rejected) {
            refused = outcome;
            return 0;
        }
    }
    return found;
}

RowOutcome ReferralLinks::check(qint64 referee, qint64 referrer, int column)
{
    if (referee == referrer)
        return RowOutcome::rejected(column + 1, Text::tr("A customer cannot refer themselves."));
    auto referrerOf = [this](qint64 customer) {
        m_existing.bind(1, static_cast<int64_t>(customer));
        const qint64 found = m_existing.executeStep() ? m_existing.getColumn(0).getInt64() : 0;
        m_existing.reset();
        return found;
    };
    const qint64 standing = referrerOf(referee);
    if (standing == referrer)
        return RowOutcome::duplicate();
    if (standing != 0)
        return RowOutcome::rejected(column + 1,
                                    Text::tr("The customer was already referred by another customer; the first "
                                             "referral stands."));
    if (referrerOf(referrer) == referee)
        return RowOutcome::rejected(column + 1, Text::tr("The referrer was referred by this customer."));
    return RowOutcome::imported();
}

RowOutcome ReferralLinks::record(qint64 referee, qint64 referrer, std::optional<qint64> at, int column)
{
    const RowOutcome outcome = check(referee, referrer, column);
    if (outcome.kind != RowOutcome::Kind::Imported)
        return outcome;
    m_insert.bind(1, static_cast<int64_t>(referee));
    m_insert.bind(2, static_cast<int64_t>(referrer));
    bindInteger(m_insert, 3, at);
    m_insert.bind(4, static_cast<int64_t>(m_context.importId));
    m_insert.exec();
    m_insert.reset();
    m_context.touchCustomer(referee);
    m_context.touchCustomer(referrer);
    return outcome;
}

ReferralWriter::ReferralWriter(ImportContext &context)
    : m_context(context)
    , m_links(context)
{
}

QString ReferralWriter::missingFields() const
{
    return mwb::missingFields(m_context.kind, m_context.mapping());
}

RowOutcome ReferralWriter::write(const std::vector<std::string_view> &fields)
{
    ImportContext &c = m_context;
    QStringList unreadable;
    const RowIdentity identity = c.identity(fields, &unreadable);
    if (identity.empty())
        return c.noIdentity(unreadable);
    const int referrerColumn = c.column(F::Referrer);
    const std::string_view referrerText = c.value(fields, F::Referrer);
    if (referrerText.empty())
        return RowOutcome::rejected(referrerColumn + 1, Text::tr("No referrer."));
    std::optional<qint64> at;
    const std::string_view timeText = c.value(fields, F::EventTime);
    if (!timeText.empty()) {
        at = c.dateParser(c.column(F::EventTime)).parse(timeText);
        if (!at)
            return RowOutcome::rejected(c.column(F::EventTime) + 1,
                                        Text::tr("Unreadable time %1.").arg(quoted(timeText)));
    }
    RowOutcome refused;
    const qint64 referrer = m_links.prepare(referrerText, identity, referrerColumn, refused);
    if (referrer == 0)
        return refused;
    const auto match = c.identities.resolve(identity);
    if (match.created)
        ++c.customersCreated;
    if (match.created || match.addedIdentity)
        c.touchCustomer(match.customerId);
    return m_links.record(match.customerId, referrer, at, referrerColumn);
}

} // namespace mwb
