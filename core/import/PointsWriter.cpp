#include "PointsWriter.h"

#include "store/Bind.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <array>
#include <utility>

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

// Spellings of the four types, compared after lower-casing ASCII and dropping spaces,
// hyphens and underscores.
constexpr std::array<std::pair<const char *, const char *>, 52> kTypes{{
    {"earn", "earn"},         {"earned", "earn"},       {"accrual", "earn"},    {"accrue", "earn"},
    {"award", "earn"},        {"awarded", "earn"},      {"issue", "earn"},      {"issued", "earn"},
    {"credit", "earn"},       {"bonus", "earn"},        {"积分获得", "earn"},   {"獲得積分", "earn"},
    {"获得", "earn"},         {"獲得", "earn"},         {"积分发放", "earn"},   {"發放", "earn"},
    {"消费得积分", "earn"},   {"赠送", "earn"},         {"redeem", "redeem"},   {"redeemed", "redeem"},
    {"redemption", "redeem"}, {"burn", "redeem"},       {"spend", "redeem"},    {"spent", "redeem"},
    {"use", "redeem"},        {"used", "redeem"},       {"积分兑换", "redeem"}, {"積分兌換", "redeem"},
    {"兑换", "redeem"},       {"兌換", "redeem"},       {"积分抵扣", "redeem"}, {"抵扣", "redeem"},
    {"使用", "redeem"},       {"消耗", "redeem"},       {"expire", "expire"},   {"expired", "expire"},
    {"expiry", "expire"},     {"expiration", "expire"}, {"过期", "expire"},     {"過期", "expire"},
    {"积分过期", "expire"},   {"積分過期", "expire"},   {"失效", "expire"},     {"adjust", "adjust"},
    {"adjustment", "adjust"}, {"correction", "adjust"}, {"manual", "adjust"},   {"调整", "adjust"},
    {"調整", "adjust"},       {"积分调整", "adjust"},   {"積分調整", "adjust"}, {"补录", "adjust"},
}};

} // namespace

std::string PointsWriter::pointsType(std::string_view text)
{
    std::string key;
    key.reserve(text.size());
    for (char ch : text) {
        if (ch == ' ' || ch == '-' || ch == '_')
            continue;
        key.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch);
    }
    for (const auto &[spelling, type] : kTypes) {
        if (key == spelling)
            return type;
    }
    return {};
}

PointsWriter::PointsWriter(ImportContext &context)
    : m_context(context)
    , m_insert(context.db,
               "INSERT INTO points(customer_id, occurred_at, points, type, reference, content_key, import_id) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
               "ON CONFLICT(content_key) WHERE content_key IS NOT NULL DO NOTHING")
{
}

QString PointsWriter::missingFields() const
{
    return mwb::missingFields(m_context.kind, m_context.mapping());
}

RowOutcome PointsWriter::write(const std::vector<std::string_view> &fields)
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
    const int pointsColumn = c.column(F::Points);
    const std::string_view pointsText = c.value(fields, F::Points);
    const auto fixed = pointsText.empty() ? std::nullopt : c.numberParser(pointsColumn).parseFixed(pointsText);
    if (!fixed || *fixed % NumberParser::kScale != 0 || *fixed == 0)
        return RowOutcome::rejected(
            pointsColumn + 1,
            pointsText.empty()
                ? Text::tr("No points.")
                : Text::tr("Points must be a whole number other than 0, not %1.").arg(quoted(pointsText)));
    qint64 points = *fixed / NumberParser::kScale;

    const std::string_view typeText = c.value(fields, F::EventType);
    std::string type;
    if (typeText.empty()) {
        type = points > 0 ? "earn" : "redeem";
    } else {
        type = pointsType(typeText);
        if (type.empty())
            return RowOutcome::rejected(
                c.column(F::EventType) + 1,
                Text::tr("Unknown type of points %1: earn, redeem, expire or adjust.").arg(quoted(typeText)));
    }
    if (type == "earn")
        points = points < 0 ? -points : points;
    else if (type == "redeem" || type == "expire")
        points = points > 0 ? -points : points;
    const std::string_view reference = c.value(fields, F::Reference);

    // The content key: who, when, how many, what and why, and how many identical rows came
    // before this one in the file.
    QByteArray content;
    const std::string who = !identity.externalId.empty() ? "i:" + identity.externalId
        : !identity.email.empty()                        ? "e:" + identity.email
                                                         : "p:" + identity.phone;
    for (const std::string_view part : {std::string_view(who), std::string_view(type), std::string_view(reference)}) {
        content.append(part.data(), static_cast<qsizetype>(part.size()));
        content.append('\x1f');
    }
    content.append(QByteArray::number(*at)).append('\x1f').append(QByteArray::number(points));
    const int occurrence = m_seen[content]++;
    content.append('\x1f').append(QByteArray::number(occurrence));
    const std::string key = QCryptographicHash::hash(content, QCryptographicHash::Sha256)
                                .left(16)
                                .toBase64(QByteArray::OmitTrailingEquals)
                                .toStdString();

    const auto match = c.identities.resolve(identity);
    if (match.created)
        ++c.customersCreated;
    m_insert.bind(1, static_cast<int64_t>(match.customerId));
    m_insert.bind(2, static_cast<int64_t>(*at));
    m_insert.bind(3, static_cast<int64_t>(points));
    m_insert.bind(4, type);
    bindText(m_insert, 5, reference);
    m_insert.bind(6, key);
    m_insert.bind(7, static_cast<int64_t>(c.importId));
    const int inserted = m_insert.exec();
    m_insert.reset();
    if (inserted == 0 && !match.created && !match.addedIdentity)
        return RowOutcome::duplicate();
    c.touchCustomer(match.customerId);
    return RowOutcome::imported();
}

} // namespace mwb
