// `mwb points` and `mwb referrals`: the member programme's points ledger and who brought whom
// (membership/; docs/MEMBERSHIP.md).
#include "Cli.h"
#include "CliCommands.h"
#include "WorkspaceAccess.h"
#include "lifecycle/Lifecycle.h"
#include "membership/PointsLedger.h"
#include "membership/Referrals.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Transaction.h>

#include <QJsonArray>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::cli {

namespace {

// A number option, or nothing after a usage error.
std::optional<double> numberOption(Cli &cli, const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok) {
        cli.usage(u"--%1 takes a number, not '%2'"_s.arg(option.names().constFirst(), parser.value(option)));
        return std::nullopt;
    }
    return value;
}

// A money figure in major units, or null when there is none.
QJsonValue money(const std::optional<qint64> &minor, const QString &currency)
{
    return minor ? QJsonValue(majorUnits(*minor, currency)) : QJsonValue(QJsonValue::Null);
}

int points(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption asOf(u"as-of"_s, u"The ledger at the end of this day (default: the data's last)."_s,
                                  u"DATE"_s);
    const QCommandLineOption expiry(u"expiry-months"_s,
                                    u"Sets the rule: points expire this many months after they were earned "
                                    "(0: never)."_s,
                                    u"N"_s);
    const QCommandLineOption value(u"point-value"_s,
                                   u"Sets what one point is worth in the workspace currency (for the liability)."_s,
                                   u"AMOUNT"_s);
    const QCommandLineOption notice(u"notice-days"_s, u"Sets how many days ahead points count as expiring soon."_s,
                                    u"DAYS"_s);
    parser.addOptions({asOf, expiry, value, notice});
    if (!cli.parse(parser, u"points"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();
    const auto day = dateOption(cli, parser, asOf);
    if (!day)
        return cli.exitCode();
    const bool changing = parser.isSet(expiry) || parser.isSet(value) || parser.isSet(notice);
    auto ws = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(),
                                    changing ? Purpose::Write : Purpose::Read, true);
    if (!ws)
        return cli.exitCode();
    SQLite::Database &db = ws->db();
    PointsRules rules = PointsRules::load(db);
    if (changing) {
        for (const auto &[option, target] : {std::pair{&expiry, 0}, std::pair{&value, 1}, std::pair{&notice, 2}}) {
            if (!parser.isSet(*option))
                continue;
            const std::optional<double> number = numberOption(cli, parser, *option);
            if (!number)
                return cli.exitCode();
            if (target == 1) {
                rules.pointValue = *number;
            } else if (*number != std::floor(*number) || std::abs(*number) > 1e6) {
                return cli.usage(u"--%1 takes a whole number"_s.arg(option->names().constFirst()));
            } else {
                (target == 0 ? rules.expiryMonths : rules.noticeDays) = static_cast<int>(*number);
            }
        }
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        if (const QString error = PointsRules::save(db, rules); !error.isEmpty())
            return cli.fail(ExitData, u"Invalid points rules: %1"_s.arg(error));
        transaction.commit();
        PointsLedger::ensureCurrent(db);
    }
    const QDate on = day->isValid() ? *day : Lifecycle::referenceDate(db);
    if (!on.isValid())
        return cli.succeed({{u"as_of"_s, QJsonValue(QJsonValue::Null)}, {u"rules"_s, rules.toJson()}},
                           u"The workspace holds no data yet."_s);
    const PointsSummary s = PointsLedger::summary(db, on);
    const QString currency = ws->currency();
    const QLocale c = QLocale::c();
    QJsonObject out{
        {u"as_of"_s, on.toString(Qt::ISODate)},
        {u"rules"_s, rules.toJson()},
        {u"issued"_s, s.issued},
        {u"redeemed"_s, s.redeemed},
        {u"expired"_s, s.expired},
        {u"adjusted"_s, s.adjusted},
        {u"outstanding"_s, s.outstanding},
        {u"members_with_points"_s, s.membersWithPoints},
        {u"expiring_soon"_s, s.expiring},
        {u"notice_days"_s, s.noticeDays},
        {u"liability"_s, money(s.liabilityMinor, currency)},
        {u"redemption_rate"_s, s.redemptionRate ? QJsonValue(*s.redemptionRate) : QJsonValue(QJsonValue::Null)}};
    QString text = u"Points on %1 (%2)\n"_s.arg(
        on.toString(Qt::ISODate),
        rules.expiryMonths > 0 ? u"points expire %1 months after they were earned"_s.arg(rules.expiryMonths)
                               : u"points never expire"_s);
    auto line = [&](const QString &label, const QString &figure) {
        text += u"%1 %2\n"_s.arg(label, -28).arg(figure, 16);
    };
    line(u"issued"_s, c.toString(s.issued));
    line(u"redeemed"_s, c.toString(s.redeemed));
    line(u"expired"_s, c.toString(s.expired));
    line(u"adjusted down"_s, c.toString(s.adjusted));
    line(u"outstanding"_s, c.toString(s.outstanding));
    line(u"members with points"_s, c.toString(s.membersWithPoints));
    line(u"expiring in %1 days"_s.arg(s.noticeDays), rules.expiryMonths > 0 ? c.toString(s.expiring) : u"-"_s);
    line(u"liability (%1)"_s.arg(currency),
         s.liabilityMinor ? c.toString(majorUnits(*s.liabilityMinor, currency), 'f', 2) : u"- (no point value)"_s);
    line(u"redemption rate"_s, s.redemptionRate ? c.toString(*s.redemptionRate * 100, 'f', 1) + u" %"_s : u"-"_s);
    text.chop(1);
    return cli.succeed(out, text);
}

QJsonObject nodeJson(const ReferralNode &node, const QString &currency)
{
    QJsonArray children;
    for (const ReferralNode &child : node.children)
        children.append(nodeJson(child, currency));
    return QJsonObject{
        {u"id"_s, node.externalId.isEmpty() ? QJsonValue(node.customerId) : QJsonValue(node.externalId)},
        {u"name"_s, node.name},
        {u"referred_on"_s,
         node.referredOn.isValid() ? QJsonValue(node.referredOn.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {u"revenue"_s, majorUnits(node.revenueMinor, currency)},
        {u"referred"_s, children}};
}

void nodeText(const ReferralNode &node, const QString &currency, int depth, QString &text)
{
    text += u"\n%1%2 %3  revenue %4"_s.arg(
        QString(depth * 2, u' '), node.externalId.isEmpty() ? QString::number(node.customerId) : node.externalId,
        node.name, QLocale::c().toString(majorUnits(node.revenueMinor, currency), 'f', 2));
    for (const ReferralNode &child : node.children)
        nodeText(child, currency, depth + 1, text);
}

int referrals(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption top(u"top"_s, u"How many referrers to list (default 10)."_s, u"N"_s, u"10"_s);
    const QCommandLineOption customer(u"customer"_s, u"The referral tree of one customer (their id)."_s, u"ID"_s);
    const QCommandLineOption reward(u"reward"_s, u"Sets the reward paid per referred customer."_s, u"AMOUNT"_s);
    const QCommandLineOption other(u"other-costs"_s, u"Sets what else the programme cost (its campaigns, materials)."_s,
                                   u"AMOUNT"_s);
    parser.addOptions({top, customer, reward, other});
    if (!cli.parse(parser, u"referrals"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();
    bool ok = false;
    const int topCount = parser.value(top).toInt(&ok);
    if (!ok || topCount < 0 || topCount > 100000)
        return cli.usage(u"--top takes a whole number from 0 to 100000"_s);
    const bool changing = parser.isSet(reward) || parser.isSet(other);
    auto ws = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(),
                                    changing ? Purpose::Write : Purpose::Read, true);
    if (!ws)
        return cli.exitCode();
    SQLite::Database &db = ws->db();
    const QString currency = ws->currency();
    if (changing) {
        ReferralCosts costs = ReferralCosts::load(db).value_or(ReferralCosts{});
        if (parser.isSet(reward)) {
            const auto amount = numberOption(cli, parser, reward);
            if (!amount)
                return cli.exitCode();
            costs.rewardPerReferral = *amount;
        }
        if (parser.isSet(other)) {
            const auto amount = numberOption(cli, parser, other);
            if (!amount)
                return cli.exitCode();
            costs.otherCosts = *amount;
        }
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        if (const QString error = ReferralCosts::save(db, costs); !error.isEmpty())
            return cli.fail(ExitData, u"Invalid referral costs: %1"_s.arg(error));
        transaction.commit();
    }
    if (parser.isSet(customer)) {
        SQLite::Statement find(db,
                               "SELECT id FROM customers WHERE external_id = ?1 OR CAST(id AS TEXT) = ?1 "
                               "ORDER BY external_id = ?1 DESC LIMIT 1");
        find.bind(1, parser.value(customer).toStdString());
        if (!find.executeStep())
            return cli.fail(ExitData, u"No customer %1 in the workspace."_s.arg(parser.value(customer)));
        const ReferralTree tree = Referrals::tree(db, find.getColumn(0).getInt64());
        QJsonArray up;
        QString text = u"Referred by:"_s;
        for (const ReferralNode &node : tree.referredBy) {
            up.append(QJsonObject{{u"id"_s, node.externalId}, {u"name"_s, node.name}});
            text += u" %1"_s.arg(node.externalId.isEmpty() ? QString::number(node.customerId) : node.externalId);
        }
        if (tree.referredBy.isEmpty())
            text += u" no one on record"_s;
        nodeText(tree.root, currency, 0, text);
        text += u"\n%1 customers referred down from them"_s.arg(tree.descendants);
        return cli.succeed(
            {{u"referred_by"_s, up}, {u"tree"_s, nodeJson(tree.root, currency)}, {u"descendants"_s, tree.descendants}},
            text);
    }
    const ReferralSummary s = Referrals::summary(db, topCount);
    QJsonArray list;
    const QLocale c = QLocale::c();
    QString text =
        u"%1 referrers brought %2 customers (%3 of them bought); referred revenue %4 %5, first orders %6"_s.arg(
            c.toString(s.referrers), c.toString(s.referredCustomers), c.toString(s.referredBuyers),
            c.toString(majorUnits(s.referredRevenueMinor, currency), 'f', 2), currency,
            c.toString(majorUnits(s.firstOrderRevenueMinor, currency), 'f', 2));
    if (s.costPerReferredMinor)
        text += u"\nprogramme cost %1 %2, %3 %2 per referred customer"_s.arg(
            c.toString(majorUnits(*s.costMinor, currency), 'f', 2), currency,
            c.toString(*s.costPerReferredMinor / minorUnitsPerMajor(currency), 'f', 2));
    if (!s.top.isEmpty())
        text += u"\nreferrer              name                  referred        revenue"_s;
    for (const Referrer &r : s.top) {
        const QString id = r.externalId.isEmpty() ? QString::number(r.customerId) : r.externalId;
        list.append(QJsonObject{{u"id"_s, id},
                                {u"name"_s, r.name},
                                {u"referred"_s, r.referred},
                                {u"first_order_revenue"_s, majorUnits(r.firstOrderRevenueMinor, currency)},
                                {u"revenue"_s, majorUnits(r.revenueMinor, currency)}});
        text += u"\n%1 %2 %3 %4"_s.arg(id.left(20), -20)
                    .arg(r.name.left(20), -20)
                    .arg(c.toString(r.referred), 10)
                    .arg(c.toString(majorUnits(r.revenueMinor, currency), 'f', 2), 14);
    }
    return cli.succeed({{u"referrers"_s, s.referrers},
                        {u"referred_customers"_s, s.referredCustomers},
                        {u"referred_buyers"_s, s.referredBuyers},
                        {u"referred_revenue"_s, majorUnits(s.referredRevenueMinor, currency)},
                        {u"first_order_revenue"_s, majorUnits(s.firstOrderRevenueMinor, currency)},
                        {u"programme_cost"_s, money(s.costMinor, currency)},
                        {u"cost_per_referred"_s,
                         s.costPerReferredMinor ? QJsonValue(*s.costPerReferredMinor / minorUnitsPerMajor(currency))
                                                : QJsonValue(QJsonValue::Null)},
                        {u"top"_s, list}},
                       text);
}

} // namespace

int runPoints(const QStringList &arguments)
{
    return runGuarded(points, arguments);
}

int runReferrals(const QStringList &arguments)
{
    return runGuarded(referrals, arguments);
}

} // namespace mwb::cli
