#include "EventWriter.h"

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

using F = ImportField;

} // namespace

EventWriter::EventWriter(ImportContext &context)
    : m_context(context)
    , m_insert(context.db,
               "INSERT INTO events(customer_id, occurred_at, type, channel, campaign_id, value, detail, "
               "content_key, import_id, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
               "ON CONFLICT(content_key) WHERE content_key IS NOT NULL DO NOTHING")
    , m_campaign(context.db, "SELECT id FROM campaigns WHERE name = ?1 OR CAST(id AS TEXT) = ?1")
    , m_ids(context.db, 4096)
{
}

QString EventWriter::missingFields() const
{
    return mwb::missingFields(m_context.kind, m_context.mapping());
}

std::optional<qint64> EventWriter::campaignId(std::string_view text)
{
    const QString key = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    auto it = m_campaigns.find(key);
    if (it == m_campaigns.end()) {
        m_campaign.bind(1, key.toStdString());
        const qint64 id = m_campaign.executeStep() ? m_campaign.getColumn(0).getInt64() : 0;
        m_campaign.reset();
        it = m_campaigns.insert(key, id);
    }
    return it.value() ? std::optional<qint64>(it.value()) : std::nullopt;
}

RowOutcome EventWriter::write(const std::vector<std::string_view> &fields)
{
    ImportContext &c = m_context;
    QStringList unreadable;
    const RowIdentity identity = c.identity(fields, &unreadable);
    if (identity.empty())
        return c.noIdentity(unreadable);
    const int timeColumn = c.column(F::EventTime);
    const std::string_view timeText = c.value(fields, F::EventTime);
    const auto at = c.dateParser(timeColumn).parse(timeText);
    if (!at)
        return RowOutcome::rejected(timeColumn + 1,
                                    timeText.empty() ? Text::tr("No time.")
                                                     : Text::tr("Unreadable time %1.").arg(quoted(timeText)));
    const std::string_view typeText = c.value(fields, F::EventType);
    if (typeText.empty())
        return RowOutcome::rejected(c.column(F::EventType) + 1, Text::tr("No event type."));
    const std::string &type = c.eventType(typeText);

    std::optional<double> value;
    const std::string_view valueText = c.value(fields, F::Value);
    if (!valueText.empty()) {
        const auto fixed = c.numberParser(c.column(F::Value)).parseFixed(valueText);
        if (!fixed)
            return RowOutcome::rejected(c.column(F::Value) + 1,
                                        Text::tr("Unreadable value %1.").arg(quoted(valueText)));
        value = static_cast<double>(*fixed) / NumberParser::kScale;
    }
    if (type == "nps") {
        if (!value || *value < 0 || *value > 10 || *value != static_cast<double>(static_cast<int>(*value))) {
            return RowOutcome::rejected(
                c.column(F::Value) + 1,
                Text::tr("An NPS answer needs a whole score from 0 to 10, not %1.").arg(quoted(valueText)));
        }
    }

    const std::string_view channelText = c.value(fields, F::Channel);
    const std::string channel = channelText.empty() ? std::string() : c.channel(channelText);
    const std::string_view campaignText = c.value(fields, F::Campaign);
    const std::optional<qint64> campaign = campaignText.empty() ? std::nullopt : campaignId(campaignText);
    std::string detail(c.value(fields, F::Detail));
    if (!campaignText.empty() && !campaign) // an unknown campaign is kept as written
        detail = detail.empty() ? "campaign: " + std::string(campaignText)
                                : detail + " | campaign: " + std::string(campaignText);

    // The content key: who, when, what, where and the rest of the row's meaning.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const std::string who = !identity.externalId.empty() ? "i:" + identity.externalId
        : !identity.email.empty()                        ? "e:" + identity.email
                                                         : "p:" + identity.phone;
    for (const std::string_view part : {std::string_view(who), std::string_view(type), std::string_view(channel),
                                        campaignText, valueText, std::string_view(detail)}) {
        hash.addData(QByteArrayView(part.data(), static_cast<qsizetype>(part.size())));
        hash.addData(QByteArrayView("\x1f", 1));
    }
    const qint64 seconds = *at;
    hash.addData(QByteArray::number(seconds));
    const std::string key = hash.result().left(16).toBase64(QByteArray::OmitTrailingEquals).toStdString();

    const auto match = c.identities.resolve(identity);
    if (match.created)
        ++c.customersCreated;

    m_insert.bind(1, static_cast<int64_t>(match.customerId));
    m_insert.bind(2, static_cast<int64_t>(seconds));
    m_insert.bindNoCopy(3, type);
    bindText(m_insert, 4, channel);
    bindInteger(m_insert, 5, campaign);
    if (value)
        m_insert.bind(6, *value);
    else
        m_insert.bind(6);
    bindText(m_insert, 7, detail);
    m_insert.bindNoCopy(8, key);
    m_insert.bind(9, static_cast<int64_t>(c.importId));
    m_insert.bind(10, static_cast<int64_t>(m_ids.next()));
    const int inserted = m_insert.exec();
    m_insert.reset();
    if (inserted == 0 && !match.created && !match.addedIdentity)
        return RowOutcome::duplicate();
    c.touchCustomer(match.customerId);
    return RowOutcome::imported();
}

} // namespace mwb
