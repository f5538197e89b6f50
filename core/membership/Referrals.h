// Referrals: who brought whom into the member programme (the referrals table, from a
// referral file or the referred_by column of contacts), and what it brought
// (docs/MEMBERSHIP.md is the exact meaning).
//
//   referrers            customers who referred at least one customer
//   referred customers   customers with a referrer on record
//   first-order revenue  the amount of each referred customer's first order
//   referred revenue     referred customers' orders less refunds, all time
//   later revenue        referred revenue less first-order revenue
//   programme cost       reward per referred customer × referred customers + other costs
//   cost per referred    programme cost ÷ referred customers
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace SQLite {
class Database;
}

namespace mwb {

struct ReferralCosts
{
    double rewardPerReferral = 0; // workspace currency, paid for each referred customer
    double otherCosts = 0;        // what else the programme cost: its campaigns, materials

    QJsonObject toJson() const; // {"reward_per_referral": 20, "other_costs": 5000}
    static std::optional<ReferralCosts> fromJson(const QJsonObject &object, QString *error);
    static std::optional<ReferralCosts> load(SQLite::Database &db); // none until entered
    static QString save(SQLite::Database &db, const ReferralCosts &costs);
};

struct Referrer
{
    qint64 customerId = 0;
    QString externalId;
    QString name;
    qint64 referred = 0;
    qint64 firstOrderRevenueMinor = 0; // of the customers they referred
    qint64 revenueMinor = 0;           // the referred customers' revenue, all time
};

struct ReferralSummary
{
    qint64 referrers = 0;
    qint64 referredCustomers = 0;
    qint64 referredBuyers = 0; // referred customers with at least one order
    qint64 firstOrderRevenueMinor = 0;
    qint64 referredRevenueMinor = 0;
    std::optional<qint64> costMinor;            // none until costs are entered
    std::optional<double> costPerReferredMinor; // none without costs or referred customers
    QList<Referrer> top;                        // most referred first, then most revenue
};

struct ReferralNode
{
    qint64 customerId = 0;
    QString externalId;
    QString name;
    QDate referredOn; // invalid when the file did not say
    qint64 revenueMinor = 0;
    QList<ReferralNode> children;
};

struct ReferralTree
{
    QList<ReferralNode> referredBy; // who referred the customer, nearest first
    ReferralNode root;              // the customer and whom they referred, and whom those did…
    qint64 descendants = 0;
};

class Referrals
{
public:
    static ReferralSummary summary(SQLite::Database &db, int top = 10);
    // The customer's referrers up the chain and everyone referred down from them, to `maxDepth`
    // levels (a chain that comes back to a customer already shown stops there).
    static ReferralTree tree(SQLite::Database &db, qint64 customerId, int maxDepth = 8);
};

} // namespace mwb
