#include "PointsLedger.h"

#include "TierRules.h"
#include "lifecycle/Lifecycle.h"
#include "store/Days.h"
#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <cmath>
#include <deque>
#include <limits>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::PointsLedger)
};

constexpr int64_t kDay = 86400;

struct Lot
{
    qint32 expiryDay; // the day the points are no longer there
    qint64 points;
};

// The member's lots, debt and tallies as entries are applied in time order.
class Member
{
public:
    explicit Member(const PointsRules &rules)
        : m_rules(rules)
    {
    }

    void apply(const PointsEntry &entry)
    {
        const qint32 day = dayOfSeconds(entry.at);
        expireUpTo(day);
        const qint64 points = entry.points;
        if (points > 0) { // earned, or added by an adjustment
            m_position.issued += points;
            const qint64 repaid = std::min(m_debt, points);
            m_debt -= repaid;
            if (points > repaid)
                m_lots.push_back({expiryOf(day), points - repaid});
            return;
        }
        const qint64 used = -points;
        switch (entry.type) {
        case PointsType::Expire: {
            m_position.expired += used;
            const qint64 settled = std::min(m_pendingExpired, used);
            m_pendingExpired -= settled;
            consume(used - settled);
            break;
        }
        case PointsType::Adjust:
            m_position.adjusted += used;
            consume(used);
            break;
        default: // a redemption (or an earning written negative by hand)
            m_position.redeemed += used;
            consume(used);
            break;
        }
    }

    // The balance at the end of `day`, after the entries applied so far.
    qint64 outstandingAt(qint32 day)
    {
        expireUpTo(day);
        qint64 held = 0;
        for (const Lot &lot : m_lots)
            held += lot.points;
        return held - m_debt;
    }

    // The days the rule expires the lots held now, ascending.
    void expiryDays(std::vector<qint32> &days) const
    {
        if (m_rules.expiryMonths <= 0)
            return;
        for (const Lot &lot : m_lots)
            days.push_back(lot.expiryDay);
    }

    PointsPosition finish(qint32 day)
    {
        expireUpTo(day);
        PointsPosition position = m_position;
        position.expired += m_pendingExpired;
        qint64 held = 0;
        for (const Lot &lot : m_lots) {
            held += lot.points;
            if (m_rules.expiryMonths > 0 && lot.expiryDay <= day + m_rules.noticeDays)
                position.expiring += lot.points;
        }
        position.outstanding = held - m_debt;
        if (m_rules.expiryMonths > 0 && !m_lots.empty())
            position.nextExpiryDay = m_lots.front().expiryDay;
        return position;
    }

private:
    qint32 expiryOf(qint32 day) const
    {
        if (m_rules.expiryMonths <= 0)
            return std::numeric_limits<qint32>::max();
        return dayNumber(dateOfDay(day).addMonths(m_rules.expiryMonths));
    }

    // The points whose expiry day has come: expired by the rule, awaiting a recorded expiry.
    void expireUpTo(qint32 day)
    {
        while (!m_lots.empty() && m_lots.front().expiryDay <= day) {
            m_pendingExpired += m_lots.front().points;
            m_lots.pop_front();
        }
    }

    void consume(qint64 points)
    {
        while (points > 0 && !m_lots.empty()) {
            Lot &lot = m_lots.front();
            const qint64 take = std::min(lot.points, points);
            lot.points -= take;
            points -= take;
            if (lot.points == 0)
                m_lots.pop_front();
        }
        m_debt += points;
    }

    const PointsRules &m_rules;
    std::deque<Lot> m_lots; // oldest first (lots expire in the order they were earned)
    qint64 m_debt = 0;
    qint64 m_pendingExpired = 0;
    PointsPosition m_position;
};

// Tiers by points balance follow the expiry rule: marked for recomputing when it changes.
void forgetPointsTiers(SQLite::Database &db)
{
    const std::optional<TierRules> tiers = TierRules::load(db);
    if (tiers && tiers->measure == TierMeasure::Points)
        removeSetting(db, WorkspaceSetting::TierHistory);
}

PointsType typeOf(const char *text)
{
    return PointsLedger::typeFromName(QString::fromUtf8(text)).value_or(PointsType::Adjust);
}

} // namespace

QJsonObject PointsRules::toJson() const
{
    return QJsonObject{
        {u"expiry_months"_s, expiryMonths}, {u"point_value"_s, pointValue}, {u"notice_days"_s, noticeDays}};
}

std::optional<PointsRules> PointsRules::fromJson(const QJsonObject &object, QString *error)
{
    PointsRules rules;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"expiry_months"_s && it.key() != u"point_value"_s && it.key() != u"notice_days"_s)
            return fail(Text::tr("unknown key '%1' (expiry_months, point_value, notice_days)").arg(it.key()));
    }
    auto whole = [&](const char *key, int &out) {
        const QJsonValue value = object.value(QLatin1StringView(key));
        if (value.isUndefined())
            return true;
        if (!value.isDouble() || value.toDouble() != std::floor(value.toDouble()))
            return false;
        out = value.toInt();
        return true;
    };
    if (!whole("expiry_months", rules.expiryMonths))
        return fail(Text::tr("expiry_months: a whole number of months (0: points never expire)"));
    if (!whole("notice_days", rules.noticeDays))
        return fail(Text::tr("notice_days: a whole number of days"));
    const QJsonValue value = object.value(u"point_value"_s);
    if (!value.isUndefined()) {
        if (!value.isDouble())
            return fail(Text::tr("point_value: a number (what one point is worth)"));
        rules.pointValue = value.toDouble();
    }
    if (const QString invalid = rules.validate(); !invalid.isEmpty())
        return fail(invalid);
    return rules;
}

QString PointsRules::validate() const
{
    if (expiryMonths < 0 || expiryMonths > 120)
        return Text::tr("expiry_months: 0 to 120 months, not %1").arg(expiryMonths);
    if (!(pointValue >= 0 && pointValue <= 1e6))
        return Text::tr("point_value: 0 to 1,000,000, not %1").arg(pointValue);
    if (noticeDays < 1 || noticeDays > 365)
        return Text::tr("notice_days: 1 to 365 days, not %1").arg(noticeDays);
    return {};
}

PointsRules PointsRules::load(SQLite::Database &db)
{
    const std::optional<QString> stored = readSetting(db, WorkspaceSetting::PointsRules);
    if (!stored)
        return {};
    return fromJson(QJsonDocument::fromJson(stored->toUtf8()).object(), nullptr).value_or(PointsRules{});
}

QString PointsRules::save(SQLite::Database &db, const PointsRules &rules)
{
    if (const QString invalid = rules.validate(); !invalid.isEmpty())
        return invalid;
    writeSetting(db, WorkspaceSetting::PointsRules,
                 QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact)));
    removeSetting(db, WorkspaceSetting::PointsBalances);
    forgetPointsTiers(db);
    return {};
}

void PointsRules::clear(SQLite::Database &db)
{
    removeSetting(db, WorkspaceSetting::PointsRules);
    removeSetting(db, WorkspaceSetting::PointsBalances);
    forgetPointsTiers(db);
}

std::optional<PointsType> PointsLedger::typeFromName(const QString &name)
{
    if (name == u"earn"_s)
        return PointsType::Earn;
    if (name == u"redeem"_s)
        return PointsType::Redeem;
    if (name == u"expire"_s)
        return PointsType::Expire;
    if (name == u"adjust"_s)
        return PointsType::Adjust;
    return std::nullopt;
}

QString PointsLedger::typeName(PointsType type)
{
    switch (type) {
    case PointsType::Earn: return u"earn"_s;
    case PointsType::Redeem: return u"redeem"_s;
    case PointsType::Expire: return u"expire"_s;
    case PointsType::Adjust: return u"adjust"_s;
    }
    return {};
}

PointsPosition PointsLedger::position(const PointsRules &rules, const std::vector<PointsEntry> &entries, qint32 day)
{
    Member member(rules);
    const qint64 end = (static_cast<qint64>(day) + 1) * kDay;
    for (const PointsEntry &entry : entries) {
        if (entry.at >= end)
            break;
        member.apply(entry);
    }
    return member.finish(day);
}

std::vector<std::pair<qint32, qint64>> PointsLedger::balances(const PointsRules &rules,
                                                              const std::vector<PointsEntry> &entries, qint32 lastDay)
{
    std::vector<std::pair<qint32, qint64>> steps;
    Member member(rules);
    qint64 balance = 0;
    std::size_t next = 0;
    std::vector<qint32> expiries; // days lots held expire, found as lots are earned
    auto record = [&](qint32 day) {
        const qint64 now = member.outstandingAt(day);
        if (now != balance || steps.empty()) {
            steps.emplace_back(day, now);
            balance = now;
        }
    };
    while (true) {
        const qint32 entryDay =
            next < entries.size() ? dayOfSeconds(entries[next].at) : std::numeric_limits<qint32>::max();
        // The earliest expiry still to come before the next entry's day.
        qint32 expiryDay = std::numeric_limits<qint32>::max();
        expiries.clear();
        member.expiryDays(expiries);
        for (const qint32 d : expiries) {
            if (d <= lastDay)
                expiryDay = std::min(expiryDay, d);
        }
        const qint32 day = std::min(entryDay, expiryDay);
        if (day > lastDay || day == std::numeric_limits<qint32>::max())
            break;
        for (; next < entries.size() && dayOfSeconds(entries[next].at) == day; ++next)
            member.apply(entries[next]);
        record(day);
    }
    return steps;
}

namespace {

// Calls `each(customer, position)` for every member with entries up to the end of `day`.
template <typename Each> void forEachMember(SQLite::Database &db, const PointsRules &rules, qint32 day, Each each)
{
    SQLite::Statement query(db,
                            "SELECT customer_id, occurred_at, points, type FROM points INDEXED BY points_customer "
                            "WHERE occurred_at < ?1 ORDER BY customer_id, occurred_at, id");
    query.bind(1, (static_cast<int64_t>(day) + 1) * kDay);
    qint64 customer = -1;
    std::optional<Member> member;
    while (query.executeStep()) {
        const qint64 id = query.getColumn(0).getInt64();
        if (id != customer) {
            if (member)
                each(customer, member->finish(day));
            member.emplace(rules);
            customer = id;
        }
        member->apply(
            {query.getColumn(1).getInt64(), query.getColumn(2).getInt64(), typeOf(query.getColumn(3).getText())});
    }
    if (member)
        each(customer, member->finish(day));
}

} // namespace

PointsSummary PointsLedger::summary(SQLite::Database &db, const QDate &day)
{
    const PointsRules rules = PointsRules::load(db);
    PointsSummary summary;
    summary.day = day;
    summary.noticeDays = rules.noticeDays;
    forEachMember(db, rules, dayNumber(day), [&](qint64, const PointsPosition &p) {
        summary.issued += p.issued;
        summary.redeemed += p.redeemed;
        summary.expired += p.expired;
        summary.adjusted += p.adjusted;
        summary.outstanding += p.outstanding;
        summary.expiring += p.expiring;
        if (p.outstanding > 0)
            ++summary.membersWithPoints;
    });
    if (rules.pointValue > 0) {
        const int minorPerMajor = minorUnitsPerMajor(readSetting(db, WorkspaceSetting::Currency).value_or(QString()));
        summary.liabilityMinor =
            std::llround(static_cast<double>(summary.outstanding) * rules.pointValue * minorPerMajor);
    }
    if (summary.issued > 0)
        summary.redemptionRate = static_cast<double>(summary.redeemed) / static_cast<double>(summary.issued);
    return summary;
}

std::vector<PointsEntry> PointsLedger::entries(SQLite::Database &db, qint64 customerId)
{
    std::vector<PointsEntry> out;
    SQLite::Statement query(db,
                            "SELECT occurred_at, points, type FROM points WHERE customer_id = ?1 "
                            "ORDER BY occurred_at, id");
    query.bind(1, static_cast<int64_t>(customerId));
    while (query.executeStep())
        out.push_back(
            {query.getColumn(0).getInt64(), query.getColumn(1).getInt64(), typeOf(query.getColumn(2).getText())});
    return out;
}

void PointsLedger::recompute(SQLite::Database &db)
{
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    const PointsRules rules = PointsRules::load(db);
    const QDate reference = Lifecycle::referenceDate(db);
    const qint32 day = reference.isValid() ? dayNumber(reference) : dayOfSeconds(QDateTime::currentSecsSinceEpoch());
    // What is stored now, by customer: only what changes is written (after a small import
    // nearly nothing does, and writing a million rows again would be most of the work).
    struct Stored
    {
        qint64 customer;
        qint64 balance;
        qint64 expiring;
        qint64 expireAt; // kNone: none
    };
    constexpr qint64 kNone = std::numeric_limits<qint64>::min();
    std::vector<Stored> stored;
    {
        SQLite::Statement query(db,
                                "SELECT customer_id, points_balance, coalesce(points_expiring, 0), "
                                "coalesce(points_expire_at, ?1) FROM customer_metrics "
                                "WHERE points_balance IS NOT NULL ORDER BY customer_id");
        query.bind(1, static_cast<int64_t>(kNone));
        while (query.executeStep())
            stored.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getInt64(),
                              query.getColumn(2).getInt64(), query.getColumn(3).getInt64()});
    }
    SQLite::Statement update(db,
                             "UPDATE customer_metrics SET points_balance = ?2, points_expiring = ?3, "
                             "points_expire_at = ?4 WHERE customer_id = ?1");
    SQLite::Statement clear(db,
                            "UPDATE customer_metrics SET points_balance = NULL, points_expiring = NULL, "
                            "points_expire_at = NULL WHERE customer_id = ?1");
    auto clearOne = [&](qint64 customer) {
        clear.bind(1, static_cast<int64_t>(customer));
        clear.exec();
        clear.reset();
    };
    std::size_t next = 0; // the first stored row not yet passed
    forEachMember(db, rules, day, [&](qint64 customer, const PointsPosition &p) {
        for (; next < stored.size() && stored[next].customer < customer; ++next)
            clearOne(stored[next].customer); // no entries any more
        const qint64 expireAt = p.nextExpiryDay ? static_cast<qint64>(*p.nextExpiryDay) * kDay : kNone;
        if (next < stored.size() && stored[next].customer == customer) {
            const Stored &now = stored[next++];
            if (now.balance == p.outstanding && now.expiring == p.expiring && now.expireAt == expireAt)
                return;
        }
        update.bind(1, static_cast<int64_t>(customer));
        update.bind(2, static_cast<int64_t>(p.outstanding));
        update.bind(3, static_cast<int64_t>(p.expiring));
        if (expireAt != kNone)
            update.bind(4, static_cast<int64_t>(expireAt));
        else
            update.bind(4);
        update.exec();
        update.reset();
    });
    for (; next < stored.size(); ++next)
        clearOne(stored[next].customer);
    writeSetting(db, WorkspaceSetting::PointsBalances, u"1"_s);
    transaction.commit();
}

bool PointsLedger::ensureCurrent(SQLite::Database &db)
{
    if (readSetting(db, WorkspaceSetting::PointsBalances))
        return false;
    recompute(db); // also when the ledger is empty now: balances stored before are cleared
    return true;
}

} // namespace mwb
