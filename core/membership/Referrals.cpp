#include "Referrals.h"

#include "store/Days.h"
#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::Referrals)
};

QString text(const SQLite::Column &column)
{
    return column.isNull() ? QString() : QString::fromUtf8(column.getText());
}

// The amount of each referred customer's first order (the earliest order with a positive
// amount), and their revenue (orders less refunds) from customer_metrics.
constexpr const char *kReferred = R"sql(
SELECT r.referrer_id, r.referee_id,
       coalesce((SELECT t.amount_minor FROM transactions t INDEXED BY transactions_customer
                 WHERE t.customer_id = r.referee_id AND t.amount_minor > 0 ORDER BY t.ordered_at LIMIT 1), 0),
       coalesce(m.revenue_minor, 0), coalesce(m.orders, 0)
FROM referrals r LEFT JOIN customer_metrics m ON m.customer_id = r.referee_id
)sql";

} // namespace

QJsonObject ReferralCosts::toJson() const
{
    return QJsonObject{{u"reward_per_referral"_s, rewardPerReferral}, {u"other_costs"_s, otherCosts}};
}

std::optional<ReferralCosts> ReferralCosts::fromJson(const QJsonObject &object, QString *error)
{
    ReferralCosts costs;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"reward_per_referral"_s && it.key() != u"other_costs"_s)
            return fail(Text::tr("unknown key '%1' (reward_per_referral, other_costs)").arg(it.key()));
        if (!it.value().isDouble() || it.value().toDouble() < 0 || it.value().toDouble() > 1e12)
            return fail(Text::tr("%1: an amount of 0 or more").arg(it.key()));
    }
    costs.rewardPerReferral = object.value(u"reward_per_referral"_s).toDouble();
    costs.otherCosts = object.value(u"other_costs"_s).toDouble();
    return costs;
}

std::optional<ReferralCosts> ReferralCosts::load(SQLite::Database &db)
{
    const std::optional<QString> stored = readSetting(db, WorkspaceSetting::ReferralCosts);
    if (!stored)
        return std::nullopt;
    return fromJson(QJsonDocument::fromJson(stored->toUtf8()).object(), nullptr);
}

QString ReferralCosts::save(SQLite::Database &db, const ReferralCosts &costs)
{
    QString error;
    if (!fromJson(costs.toJson(), &error))
        return error;
    writeSetting(db, WorkspaceSetting::ReferralCosts,
                 QString::fromUtf8(QJsonDocument(costs.toJson()).toJson(QJsonDocument::Compact)));
    return {};
}

ReferralSummary Referrals::summary(SQLite::Database &db, int top)
{
    ReferralSummary summary;
    QHash<qint64, Referrer> byReferrer;
    SQLite::Statement query(db, kReferred);
    while (query.executeStep()) {
        Referrer &referrer = byReferrer[query.getColumn(0).getInt64()];
        referrer.customerId = query.getColumn(0).getInt64();
        ++referrer.referred;
        referrer.firstOrderRevenueMinor += query.getColumn(2).getInt64();
        referrer.revenueMinor += query.getColumn(3).getInt64();
        ++summary.referredCustomers;
        summary.firstOrderRevenueMinor += query.getColumn(2).getInt64();
        summary.referredRevenueMinor += query.getColumn(3).getInt64();
        if (query.getColumn(4).getInt64() > 0)
            ++summary.referredBuyers;
    }
    summary.referrers = byReferrer.size();
    QList<Referrer> all = byReferrer.values();
    std::sort(all.begin(), all.end(), [](const Referrer &a, const Referrer &b) {
        if (a.referred != b.referred)
            return a.referred > b.referred;
        if (a.revenueMinor != b.revenueMinor)
            return a.revenueMinor > b.revenueMinor;
        return a.customerId < b.customerId;
    });
    summary.top = all.mid(0, std::max(0, top));
    SQLite::Statement names(db, "SELECT external_id, name FROM customers WHERE id = ?1");
    for (Referrer &referrer : summary.top) {
        names.bind(1, static_cast<int64_t>(referrer.customerId));
        if (names.executeStep()) {
            referrer.externalId = text(names.getColumn(0));
            referrer.name = text(names.getColumn(1));
        }
        names.reset();
    }
    if (const std::optional<ReferralCosts> costs = ReferralCosts::load(db)) {
        const int minorPerMajor = minorUnitsPerMajor(readSetting(db, WorkspaceSetting::Currency).value_or(QString()));
        summary.costMinor =
            std::llround((costs->rewardPerReferral * static_cast<double>(summary.referredCustomers) + costs->otherCosts)
                         * minorPerMajor);
        if (summary.referredCustomers > 0)
            summary.costPerReferredMinor =
                static_cast<double>(*summary.costMinor) / static_cast<double>(summary.referredCustomers);
    }
    return summary;
}

ReferralTree Referrals::tree(SQLite::Database &db, qint64 customerId, int maxDepth)
{
    ReferralTree tree;
    SQLite::Statement person(db,
                             "SELECT c.external_id, c.name, coalesce(m.revenue_minor, 0), "
                             "(SELECT referred_at FROM referrals WHERE referee_id = c.id) "
                             "FROM customers c LEFT JOIN customer_metrics m ON m.customer_id = c.id WHERE c.id = ?1");
    auto node = [&](qint64 id) {
        ReferralNode n;
        n.customerId = id;
        person.bind(1, static_cast<int64_t>(id));
        if (person.executeStep()) {
            n.externalId = text(person.getColumn(0));
            n.name = text(person.getColumn(1));
            n.revenueMinor = person.getColumn(2).getInt64();
            if (!person.getColumn(3).isNull())
                n.referredOn = dateOfDay(dayOfSeconds(person.getColumn(3).getInt64()));
        }
        person.reset();
        return n;
    };
    QSet<qint64> shown{customerId};
    SQLite::Statement up(db, "SELECT referrer_id FROM referrals WHERE referee_id = ?1");
    for (qint64 id = customerId; tree.referredBy.size() < maxDepth;) {
        up.bind(1, static_cast<int64_t>(id));
        const qint64 referrer = up.executeStep() ? up.getColumn(0).getInt64() : 0;
        up.reset();
        if (referrer == 0 || shown.contains(referrer))
            break;
        shown.insert(referrer);
        tree.referredBy.append(node(referrer));
        id = referrer;
    }
    SQLite::Statement down(db,
                           "SELECT referee_id FROM referrals INDEXED BY referrals_referrer WHERE referrer_id = ?1 "
                           "ORDER BY referred_at, referee_id");
    auto grow = [&](auto &&self, ReferralNode &parent, int depth) -> void {
        if (depth >= maxDepth)
            return;
        QList<qint64> children;
        down.bind(1, static_cast<int64_t>(parent.customerId));
        while (down.executeStep())
            children.append(down.getColumn(0).getInt64());
        down.reset();
        for (const qint64 child : std::as_const(children)) {
            if (shown.contains(child))
                continue;
            shown.insert(child);
            parent.children.append(node(child));
            ++tree.descendants;
            self(self, parent.children.last(), depth + 1);
        }
    };
    tree.root = node(customerId);
    grow(grow, tree.root, 0);
    return tree;
}

} // namespace mwb
