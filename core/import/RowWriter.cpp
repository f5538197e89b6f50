#include "RowWriter.h"

#include "ContactWriter.h"
#include "EventWriter.h"
#include "PointsWriter.h"
#include "ReferralWriter.h"
#include "ResultWriter.h"
#include "TransactionWriter.h"
#include "vocabulary/Vocabulary.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::RowWriter" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::RowWriter)
};

} // namespace

ImportContext::ImportContext(SQLite::Database &database, qint64 import, const QString &region)
    : db(database)
    , importId(import)
    , normalizer(region)
    , identities(database, import)
{
    m_columns.fill(-1);
}

void ImportContext::setMapping(const QList<ImportField> &mapping)
{
    m_mapping = mapping;
    m_columns.fill(-1);
    for (qsizetype c = mapping.size() - 1; c >= 0; --c)
        m_columns[static_cast<std::size_t>(mapping[c])] = static_cast<int>(c);
}

int ImportContext::column(ImportField field) const
{
    return m_columns[static_cast<std::size_t>(field)];
}

std::string_view ImportContext::value(const std::vector<std::string_view> &fields, ImportField field) const
{
    const int c = column(field);
    if (c < 0 || static_cast<std::size_t>(c) >= fields.size())
        return {};
    std::string_view v = fields[static_cast<std::size_t>(c)];
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
    return v;
}

RowIdentity ImportContext::identity(const std::vector<std::string_view> &fields, QStringList *unreadable) const
{
    if (prepared) {
        if (unreadable)
            unreadable->append(prepared->unreadable);
        return prepared->identity;
    }
    PreparedIdentity read = readIdentity(fields, normalizer);
    if (unreadable)
        unreadable->append(read.unreadable);
    return std::move(read.identity);
}

PreparedIdentity ImportContext::readIdentity(const std::vector<std::string_view> &fields,
                                             const ContactNormalizer &phones) const
{
    PreparedIdentity read;
    RowIdentity &id = read.identity;
    id.externalId = ContactNormalizer::id(value(fields, ImportField::ExternalId));
    const std::string_view email = value(fields, ImportField::Email);
    if (!email.empty()) {
        if (auto normalized = ContactNormalizer::email(email))
            id.email = std::move(*normalized);
        else
            read.unreadable.append(headers.value(column(ImportField::Email)));
    }
    const std::string_view phone = value(fields, ImportField::Phone);
    if (!phone.empty()) {
        if (auto normalized = phones.phone(phone))
            id.phone = std::move(*normalized);
        else
            read.unreadable.append(headers.value(column(ImportField::Phone)));
    }
    return read;
}

RowOutcome ImportContext::noIdentity(const QStringList &unreadable) const
{
    const int c = std::max({column(ImportField::ExternalId), column(ImportField::Email), column(ImportField::Phone)});
    return RowOutcome::rejected(c + 1,
                                unreadable.isEmpty()
                                    ? Text::tr("No usable identifier (customer id, e-mail or phone).")
                                    : Text::tr("No usable identifier: %1 cannot be read.")
                                          .arg(unreadable.join(Text::tr(" and ", "between the unreadable columns"))));
}

const DateTimeParser &ImportContext::dateParser(int column) const
{
    static const DateTimeParser fallback;
    const auto it = dateParsers.find(column);
    return it == dateParsers.end() ? fallback : it->second;
}

const NumberParser &ImportContext::numberParser(int column) const
{
    static const NumberParser fallback;
    const auto it = numberParsers.find(column);
    return it == numberParsers.end() ? fallback : it->second;
}

const std::string &ImportContext::channel(std::string_view text)
{
    auto it = m_channels.find(std::string(text));
    if (it == m_channels.end())
        it = m_channels.emplace(std::string(text), Vocabulary::channel(text)).first;
    return it->second;
}

const std::string &ImportContext::eventType(std::string_view text)
{
    auto it = m_eventTypes.find(std::string(text));
    if (it == m_eventTypes.end())
        it = m_eventTypes.emplace(std::string(text), Vocabulary::eventType(text)).first;
    return it->second;
}

std::unique_ptr<RowWriter> RowWriter::create(ImportContext &context)
{
    switch (context.kind) {
    case ImportKind::Contacts: return std::make_unique<ContactWriter>(context);
    case ImportKind::Transactions: return std::make_unique<TransactionWriter>(context);
    case ImportKind::Events: return std::make_unique<EventWriter>(context);
    case ImportKind::Results: return std::make_unique<ResultWriter>(context);
    case ImportKind::Points: return std::make_unique<PointsWriter>(context);
    case ImportKind::Referrals: return std::make_unique<ReferralWriter>(context);
    }
    return nullptr;
}

QString quoted(std::string_view value)
{
    QString text = QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
    if (text.size() > 40)
        text = text.left(37) + u"…"_s;
    return u"'"_s + text + u"'"_s;
}

} // namespace mwb
