#include "ResultWriter.h"

#include "ResultStatus.h"
#include "Importer.h"
#include "store/Bind.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::RowWriter" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::RowWriter)
};

// "The customer with this external id is not a member of this campaign.", one sentence per
// identifier so that each translates whole.
QString notMemberReason(std::string_view identifier)
{
    if (identifier == "external_id")
        return Text::tr("The customer with this external id is not a member of this campaign.");
    if (identifier == "email")
        return Text::tr("The customer with this email is not a member of this campaign.");
    if (identifier == "phone")
        return Text::tr("The customer with this phone is not a member of this campaign.");
    return Text::tr("The customer with this %1 is not a member of this campaign.")
        .arg(QString::fromLatin1(identifier.data(), static_cast<qsizetype>(identifier.size())).replace(u'_', u' '));
}

using F = ImportField;

} // namespace

ResultWriter::ResultWriter(ImportContext &context)
    : m_context(context)
    , m_byToken(context.db, "SELECT customer_id, campaign_id FROM campaign_members WHERE member_token = ?1")
    , m_member(context.db, "SELECT 1 FROM campaign_members WHERE campaign_id = ?1 AND customer_id = ?2")
    , m_insert(context.db,
               "INSERT INTO events(customer_id, occurred_at, type, channel, campaign_id, value, detail, "
               "content_key, import_id, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
               "ON CONFLICT(content_key) WHERE content_key IS NOT NULL DO NOTHING")
    , m_ids(context.db, 4096)
{
    SQLite::Statement campaign(context.db,
                               "SELECT coalesce(channel, ''), coalesce(sent_at, created_at) "
                               "FROM campaigns WHERE id = ?1");
    campaign.bind(1, static_cast<int64_t>(context.campaignId));
    if (campaign.executeStep()) {
        m_campaignFound = true;
        m_channel = campaign.getColumn(0).getString();
        m_sentAt = campaign.getColumn(1).getInt64();
    }
}

QString ResultWriter::missingFields() const
{
    if (!m_campaignFound)
        return Text::tr("a campaign to report on (there is no campaign with id %1)").arg(m_context.campaignId);
    return mwb::missingFields(m_context.kind, m_context.mapping());
}

void ResultWriter::summarize(ImportSummary &summary) const
{
    summary.rowsMatched = m_matched;
    summary.rowsUnmatched = m_unmatched;
    summary.matchedBy = m_matchedBy;
}

bool ResultWriter::isMember(qint64 customerId)
{
    m_member.bind(1, static_cast<int64_t>(m_context.campaignId));
    m_member.bind(2, static_cast<int64_t>(customerId));
    const bool member = m_member.executeStep();
    m_member.reset();
    return member;
}

ResultWriter::Member ResultWriter::match(const std::vector<std::string_view> &fields)
{
    ImportContext &c = m_context;
    Member found;
    const std::string_view tokenText = c.value(fields, F::MemberToken);
    if (!tokenText.empty()) {
        const QString token =
            QString::fromUtf8(tokenText.data(), static_cast<qsizetype>(tokenText.size())).trimmed().toUpper();
        m_byToken.bind(1, token.toStdString());
        if (m_byToken.executeStep()) {
            const qint64 customer = m_byToken.getColumn(0).getInt64();
            const qint64 campaign = m_byToken.getColumn(1).getInt64();
            if (campaign == c.campaignId) {
                found.customerId = customer;
                found.matchedBy = "member_token";
            } else {
                found.problem = Text::tr("Member token %1 belongs to another campaign (id %2).")
                                    .arg(quoted(tokenText))
                                    .arg(campaign);
            }
        } else {
            found.problem = Text::tr("No member of this campaign has the member token %1.").arg(quoted(tokenText));
        }
        m_byToken.reset();
        if (found.customerId > 0)
            return found;
    }

    // Else (or for a token that matched nobody) the identifiers, in their order.
    QStringList unreadable;
    const RowIdentity identity = c.identity(fields, &unreadable);
    const struct
    {
        const std::string &value;
        const char *name;
        RowIdentity only;
    } tries[] = {
        {identity.externalId, "external_id", RowIdentity{identity.externalId, {}, {}}},
        {identity.email, "email", RowIdentity{{}, identity.email, {}}},
        {identity.phone, "phone", RowIdentity{{}, {}, identity.phone}},
    };
    QString notMember;
    for (const auto &attempt : tries) {
        if (attempt.value.empty())
            continue;
        const qint64 customer = c.identities.find(attempt.only);
        if (customer <= 0)
            continue;
        if (isMember(customer)) {
            found.customerId = customer;
            found.matchedBy = attempt.name;
            found.problem.clear();
            return found;
        }
        if (notMember.isEmpty()) {
            notMember = notMemberReason(attempt.name);
        }
    }
    if (found.problem.isEmpty()) {
        if (!notMember.isEmpty())
            found.problem = notMember;
        else if (identity.empty())
            found.problem = c.noIdentity(unreadable).reason;
        else
            found.problem = Text::tr("No customer in the workspace has this id, e-mail or phone.");
    }
    return found;
}

RowOutcome ResultWriter::write(const std::vector<std::string_view> &fields)
{
    ImportContext &c = m_context;
    const Member member = match(fields);
    if (member.customerId <= 0) {
        ++m_unmatched;
        const int column = c.column(F::MemberToken) >= 0 ? c.column(F::MemberToken) + 1 : 0;
        return RowOutcome::rejected(column, member.problem);
    }
    ++m_matched;
    ++m_matchedBy[QString::fromLatin1(member.matchedBy)];

    const std::string_view statusText = c.value(fields, F::Status);
    const int statusColumn = c.column(F::Status) + 1;
    if (statusText.empty())
        return RowOutcome::rejected(statusColumn, Text::tr("No status."));
    const std::optional<ResultStatus> status = resultStatusFromText(statusText);
    if (!status) {
        return RowOutcome::rejected(
            statusColumn,
            Text::tr("Unknown status %1 (expected %2).").arg(quoted(statusText), resultStatusNames().join(u", "_s)));
    }

    qint64 at = m_sentAt;
    const std::string_view timeText = c.value(fields, F::EventTime);
    if (!timeText.empty()) {
        const auto parsed = c.dateParser(c.column(F::EventTime)).parse(timeText);
        if (!parsed)
            return RowOutcome::rejected(c.column(F::EventTime) + 1,
                                        Text::tr("Unreadable time %1.").arg(quoted(timeText)));
        at = *parsed;
    }

    std::optional<double> revenue;
    const std::string_view amountText = c.value(fields, F::Amount);
    if (!amountText.empty()) {
        const auto fixed = c.numberParser(c.column(F::Amount)).parseFixed(amountText);
        if (!fixed)
            return RowOutcome::rejected(c.column(F::Amount) + 1,
                                        Text::tr("Unreadable revenue %1.").arg(quoted(amountText)));
        revenue = static_cast<double>(*fixed) / NumberParser::kScale;
    }
    const std::string_view orderText = c.value(fields, F::OrderId);
    const std::string detail = orderText.empty() ? std::string() : "order: " + std::string(orderText);
    const std::string type = resultEventType(*status);

    // The same result of the same member at the same time is the same row.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const std::string parts[] = {"result",
                                 std::to_string(c.campaignId),
                                 std::to_string(member.customerId),
                                 type,
                                 std::to_string(at),
                                 std::string(orderText),
                                 std::string(amountText)};
    for (const std::string &part : parts) {
        hash.addData(QByteArrayView(part.data(), static_cast<qsizetype>(part.size())));
        hash.addData(QByteArrayView("\x1f", 1));
    }
    const std::string key = hash.result().left(16).toBase64(QByteArray::OmitTrailingEquals).toStdString();

    m_insert.bind(1, static_cast<int64_t>(member.customerId));
    m_insert.bind(2, static_cast<int64_t>(at));
    m_insert.bind(3, type);
    bindText(m_insert, 4, m_channel);
    m_insert.bind(5, static_cast<int64_t>(c.campaignId));
    if (revenue)
        m_insert.bind(6, *revenue);
    else
        m_insert.bind(6);
    bindText(m_insert, 7, detail);
    m_insert.bind(8, key);
    m_insert.bind(9, static_cast<int64_t>(c.importId));
    m_insert.bind(10, static_cast<int64_t>(m_ids.next()));
    const int inserted = m_insert.exec();
    m_insert.reset();
    if (inserted == 0)
        return RowOutcome::duplicate();
    c.touchCustomer(member.customerId);
    return RowOutcome::imported();
}

} // namespace mwb
