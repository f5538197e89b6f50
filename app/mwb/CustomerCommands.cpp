// `mwb customers`, `mwb customer show|timeline|tag|untag|merge` and `mwb journeys`: the
// customers table, one customer's profile and journey, and the paths to first purchase,
// for scripts; see docs/CLI.md.
#include "Cli.h"
#include "CliCommands.h"
#include "WorkspaceAccess.h"
#include "SegmentInput.h"

#include "customers/CustomerDirectory.h"
#include "customers/CustomerMerge.h"
#include "customers/CustomerPrivacy.h"
#include "customers/CustomerProfile.h"
#include "journeys/JourneyAnalyzer.h"
#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Exception.h>

#include <QDir>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace mwb::cli {

namespace {

QJsonValue date(const QDate &day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optional(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> customerId(Cli &cli, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        cli.usage(u"a customer is given by its id (a whole number), not '%1'"_s.arg(text));
        return std::nullopt;
    }
    return id;
}

int list(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption search(u"search"_s, u"Name, e-mail, phone or id (any part)."_s, u"TEXT"_s);
    const QCommandLineOption segment(u"segment"_s, u"Only the members of this saved segment."_s, u"NAME"_s);
    const QCommandLineOption sort(u"sort"_s, u"Column to sort by (id, name, revenue, orders, last_purchase_date…)."_s,
                                  u"COLUMN"_s);
    const QCommandLineOption descending(u"desc"_s, u"Largest first."_s);
    const QCommandLineOption limit(u"limit"_s, u"Rows to print (default 50)."_s, u"N"_s);
    parser.addOptions({search, segment, sort, descending, limit});
    if (!cli.parse(parser, u"customers"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();
    CustomerListQuery query;
    query.search = parser.value(search);
    query.descending = parser.isSet(descending);
    if (parser.isSet(sort)) {
        bool known = false;
        for (int s = 0; s <= static_cast<int>(CustomerSort::PredictedClv); ++s) {
            if (CustomerDirectory::sortName(static_cast<CustomerSort>(s)) == parser.value(sort)) {
                query.sort = static_cast<CustomerSort>(s);
                known = true;
            }
        }
        if (!known)
            return cli.usage(u"--sort: unknown column '%1'"_s.arg(parser.value(sort)));
    }
    bool ok = true;
    const int rows = parser.isSet(limit) ? parser.value(limit).toInt(&ok) : 50;
    if (!ok || rows < 1)
        return cli.usage(u"--limit takes a whole number of at least 1"_s);
    auto ws = SegmentInput::openWorkspace(cli, parser.positionalArguments().constFirst(), Purpose::Read);
    if (!ws)
        return cli.exitCode();
    if (!SegmentInput::optionalSaved(cli, *ws, parser, segment, &query.segment))
        return cli.exitCode();
    const CustomerIds ids = CustomerDirectory::orderedIds(ws->db(), query);
    if (!ids.ok())
        return cli.fail(ExitData, ids.error);
    const std::vector<qint64> shown(ids.ids.begin(),
                                    ids.ids.begin() + std::min<qsizetype>(rows, qsizetype(ids.ids.size())));
    const double perMajor = minorUnitsPerMajor(ws->currency());
    QJsonArray customers;
    QString text = u"%1 customers\n"_s.arg(QLocale::c().toString(qint64(ids.ids.size())));
    for (const CustomerListRow &r : CustomerDirectory::rows(ws->db(), shown)) {
        customers.append(QJsonObject{{u"id"_s, r.id},
                                     {u"external_id"_s, r.externalId},
                                     {u"name"_s, r.name},
                                     {u"email"_s, r.email},
                                     {u"phone"_s, r.phone},
                                     {u"city"_s, r.city},
                                     {u"lifecycle_stage"_s, r.stage},
                                     {u"orders"_s, r.orders},
                                     {u"revenue"_s, static_cast<double>(r.revenueMinor) / perMajor},
                                     {u"last_purchase_date"_s, date(r.lastPurchase)},
                                     {u"rfm_segment"_s, r.rfmSegment}});
        text += u"%1  %2  %3  %4  %5 orders\n"_s.arg(r.id, 8)
                    .arg(r.externalId, -12)
                    .arg(r.name, -20)
                    .arg(r.email, -32)
                    .arg(r.orders);
    }
    text.chop(1);
    return cli.succeed({{u"count"_s, qint64(ids.ids.size())}, {u"customers"_s, customers}}, text);
}

int show(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    if (!cli.parse(parser, u"customer show"_s, arguments, 2, u"WS ID"_s))
        return cli.exitCode();
    const auto id = customerId(cli, parser.positionalArguments().at(1));
    if (!id)
        return cli.exitCode();
    auto ws = SegmentInput::openWorkspace(cli, parser.positionalArguments().constFirst(), Purpose::Read);
    if (!ws)
        return cli.exitCode();
    const CustomerProfileData p = CustomerProfile::load(ws->db(), *id);
    if (!p.ok())
        return cli.fail(ExitData, p.error);
    const double perMajor = minorUnitsPerMajor(ws->currency());
    QJsonArray identities, campaigns;
    for (const CustomerIdentity &i : p.identities)
        identities.append(QJsonObject{{u"kind"_s, i.kind}, {u"value"_s, i.value}});
    for (const CampaignOutcome &c : p.campaigns)
        campaigns.append(QJsonObject{{u"id"_s, c.campaignId},
                                     {u"name"_s, c.name},
                                     {u"group"_s, c.group},
                                     {u"send_date"_s, date(c.sendDate)},
                                     {u"results"_s, QJsonArray::fromStringList(c.results)},
                                     {u"converted"_s, c.convertedInWindow}});
    QJsonObject attributes;
    for (const auto &[key, value] : p.attributes)
        attributes.insert(key, value);
    const QJsonObject json{{u"id"_s, p.id},
                           {u"external_id"_s, p.externalId},
                           {u"name"_s, p.name},
                           {u"email"_s, p.email},
                           {u"phone"_s, p.phone},
                           {u"city"_s, p.city},
                           {u"address"_s, p.address},
                           {u"postal_code"_s, p.postalCode},
                           {u"tier"_s, p.tier},
                           {u"identities"_s, identities},
                           {u"attributes"_s, attributes},
                           {u"tags"_s, QJsonArray::fromStringList(p.tags)},
                           {u"orders"_s, p.orders},
                           {u"revenue"_s, static_cast<double>(p.revenueMinor) / perMajor},
                           {u"first_purchase_date"_s, date(p.firstPurchase)},
                           {u"last_purchase_date"_s, date(p.lastPurchase)},
                           {u"lifecycle_stage"_s, p.stage},
                           {u"stage_since"_s, date(p.stageSince)},
                           {u"rfm_segment"_s, p.rfmSegment},
                           {u"predicted_clv"_s,
                            p.predictedClvMinor ? QJsonValue(static_cast<double>(*p.predictedClvMinor) / perMajor)
                                                : QJsonValue(QJsonValue::Null)},
                           {u"campaigns"_s, campaigns}};
    return cli.succeed(json,
                       u"%1 %2 (%3): %4 orders, stage %5, %6 campaigns"_s.arg(p.externalId, p.name, p.email)
                           .arg(p.orders)
                           .arg(p.stage)
                           .arg(p.campaigns.size()));
}

int timeline(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    if (!cli.parse(parser, u"customer timeline"_s, arguments, 2, u"WS ID"_s))
        return cli.exitCode();
    const auto id = customerId(cli, parser.positionalArguments().at(1));
    if (!id)
        return cli.exitCode();
    auto workspace = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), Purpose::Read);
    if (!workspace)
        return cli.exitCode();
    if (!CustomerProfile::load(workspace->db(), *id).ok())
        return cli.fail(ExitData, u"There is no customer with id %1."_s.arg(*id));
    const double perMajor = minorUnitsPerMajor(workspace->currency());
    QJsonArray items;
    QString text;
    for (const TimelineItem &t : CustomerProfile::timeline(workspace->db(), *id)) {
        const QString at = QDateTime::fromSecsSinceEpoch(t.at, QTimeZone::utc()).toUTC().toString(Qt::ISODate);
        QJsonObject o{{u"at"_s, at}, {u"type"_s, t.type}, {u"channel"_s, t.channel}};
        if (t.campaignId > 0)
            o.insert(u"campaign"_s, t.campaignName);
        if (t.kind == TimelineKind::Order || t.kind == TimelineKind::Refund) {
            o.insert(u"amount"_s, static_cast<double>(t.amountMinor) / perMajor);
            o.insert(u"order_id"_s, t.orderRef);
        } else if (t.value) {
            o.insert(u"value"_s, *t.value);
        }
        items.append(o);
        text += u"%1  %2  %3\n"_s.arg(at, t.type.leftJustified(22), t.channel);
    }
    text.chop(1);
    return cli.succeed({{u"id"_s, *id}, {u"items"_s, items}}, text);
}

int tag(const QStringList &arguments, bool add)
{
    Cli cli;
    QCommandLineParser parser;
    const QString command = add ? u"customer tag"_s : u"customer untag"_s;
    if (!cli.parse(parser, command, arguments, 3, u"WS ID TAG"_s))
        return cli.exitCode();
    const auto id = customerId(cli, parser.positionalArguments().at(1));
    if (!id)
        return cli.exitCode();
    auto workspace = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), Purpose::Write);
    if (!workspace)
        return cli.exitCode();
    const QString tagText = parser.positionalArguments().at(2);
    const QString error = add ? CustomerProfile::addTag(workspace->db(), *id, tagText)
                              : CustomerProfile::removeTag(workspace->db(), *id, tagText);
    if (!error.isEmpty())
        return cli.fail(ExitData, error);
    const QStringList tags = CustomerProfile::load(workspace->db(), *id).tags;
    return cli.succeed({{u"id"_s, *id}, {u"tags"_s, QJsonArray::fromStringList(tags)}}, tags.join(u", "_s));
}

int merge(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    if (!cli.parse(parser, u"customer merge"_s, arguments, 3, u"WS KEEP_ID MERGED_ID"_s))
        return cli.exitCode();
    const auto kept = customerId(cli, parser.positionalArguments().at(1));
    const auto merged = kept ? customerId(cli, parser.positionalArguments().at(2)) : std::nullopt;
    if (!merged)
        return cli.exitCode();
    auto ws = SegmentInput::openWorkspace(cli, parser.positionalArguments().constFirst(), Purpose::Write);
    if (!ws)
        return cli.exitCode();
    const MergeResult r = CustomerMerge::merge(ws->db(), *kept, *merged);
    if (!r.ok())
        return cli.fail(ExitData, r.error);
    return cli.succeed({{u"kept"_s, r.keptId},
                        {u"merged"_s, r.mergedId},
                        {u"identities_moved"_s, r.identitiesMoved},
                        {u"orders_moved"_s, r.ordersMoved},
                        {u"events_moved"_s, r.eventsMoved},
                        {u"tags_moved"_s, r.tagsMoved},
                        {u"memberships_moved"_s, r.membershipsMoved},
                        {u"memberships_dropped"_s, r.membershipsDropped}},
                       u"Merged customer %1 into %2: %3 identifiers, %4 orders, %5 events moved"_s.arg(r.mergedId)
                           .arg(r.keptId)
                           .arg(r.identitiesMoved)
                           .arg(r.ordersMoved)
                           .arg(r.eventsMoved));
}

int forget(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption customer(u"customer"_s, u"The customer's id."_s, u"ID"_s);
    parser.addOption(customer);
    if (!cli.parse(parser, u"forget"_s, arguments, 1, u"WS --customer ID"_s))
        return cli.exitCode();
    if (!parser.isSet(customer))
        return cli.usage(u"forget takes --customer ID"_s);
    const auto id = customerId(cli, parser.value(customer));
    if (!id)
        return cli.exitCode();
    auto workspace = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), Purpose::Write);
    if (!workspace)
        return cli.exitCode();
    const ForgetResult r = CustomerPrivacy::forget(workspace->db(), *id);
    if (!r.ok())
        return cli.fail(ExitData, r.error);
    if (!r.logEmptied)
        cli.note(u"another program is reading the workspace, so its write-ahead log still holds the customer's "
                 "old details; they go when that program closes the workspace"_s);
    for (const QString &backup : r.backups)
        cli.note(u"the backup copy %1 still holds the customer's details; delete it if it is no longer needed"_s.arg(
            QDir::toNativeSeparators(backup)));
    return cli.succeed({{u"id"_s, r.customerId},
                        {u"identities_removed"_s, r.identitiesRemoved},
                        {u"tags_removed"_s, r.tagsRemoved},
                        {u"events_cleared"_s, r.eventsCleared},
                        {u"tokens_replaced"_s, r.tokensReplaced},
                        {u"merges_cleared"_s, r.mergesCleared},
                        {u"rejects_cleared"_s, r.rejectsCleared},
                        {u"log_emptied"_s, r.logEmptied},
                        {u"backups"_s, QJsonArray::fromStringList(r.backups)}},
                       u"Customer %1 forgotten: %2 identifiers removed, %3 member tokens replaced"_s.arg(r.customerId)
                           .arg(r.identitiesRemoved)
                           .arg(r.tokensReplaced));
}

int journeys(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption from(u"from"_s, u"Journeys starting on or after."_s, u"DATE"_s);
    const QCommandLineOption to(u"to"_s, u"Journeys starting on or before."_s, u"DATE"_s);
    const QCommandLineOption segment(u"segment"_s, u"Only the members of this saved segment."_s, u"NAME"_s);
    const QCommandLineOption channels(u"channels"_s, u"Only touchpoints on these channels."_s, u"a,b"_s);
    const QCommandLineOption byType(u"by-type"_s, u"Steps by event type, not channel."_s);
    const QCommandLineOption noCampaigns(u"no-campaign-contacts"_s, u"Leave out our sends and their results."_s);
    const QCommandLineOption maxSteps(u"max-steps"_s, u"Steps of a path (default 6)."_s, u"N"_s);
    const QCommandLineOption top(u"top"_s, u"Paths listed (default 50)."_s, u"N"_s);
    parser.addOptions({from, to, segment, channels, byType, noCampaigns, maxSteps, top});
    if (!cli.parse(parser, u"journeys"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();
    JourneyFilter filter;
    for (const auto &[option, target] : {std::pair{&from, &filter.from}, std::pair{&to, &filter.to}}) {
        if (!parser.isSet(*option))
            continue;
        *target = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!target->isValid())
            return cli.usage(u"--%1 takes YYYY-MM-DD"_s.arg(option->names().constFirst()));
    }
    if (parser.isSet(channels))
        filter.channels = parser.value(channels).split(u',', Qt::SkipEmptyParts);
    filter.step = parser.isSet(byType) ? JourneyStep::EventType : JourneyStep::Channel;
    filter.includeCampaignContacts = !parser.isSet(noCampaigns);
    bool ok = true;
    if (parser.isSet(maxSteps))
        filter.maxSteps = parser.value(maxSteps).toInt(&ok);
    if (ok && parser.isSet(top))
        filter.topPaths = parser.value(top).toInt(&ok);
    if (!ok || filter.maxSteps < 2 || filter.topPaths < 1)
        return cli.usage(u"--max-steps takes 2 or more, --top 1 or more"_s);
    auto ws = SegmentInput::openWorkspace(cli, parser.positionalArguments().constFirst(), Purpose::Read);
    if (!ws)
        return cli.exitCode();
    if (!SegmentInput::optionalSaved(cli, *ws, parser, segment, &filter.segment))
        return cli.exitCode();
    const JourneyResult r = JourneyAnalyzer::analyze(
        ws->db(), filter, [&cli](qint64 done, qint64 total) { cli.progress(u"Reading touchpoints…"_s, done, total); });
    if (!r.ok())
        return cli.fail(ExitData, r.error);
    const double perMajor = minorUnitsPerMajor(ws->currency());
    auto pathJson = [](const JourneyPath &p) {
        return QJsonObject{{u"steps"_s, QJsonArray::fromStringList(p.steps)},
                           {u"customers"_s, p.customers},
                           {u"converters"_s, p.converters},
                           {u"conversion_rate"_s, p.conversionRate()},
                           {u"median_days_to_convert"_s, optional(p.medianDaysToConvert)}};
    };
    QJsonArray paths, attribution;
    QString text =
        u"%1 customers, %2 bought; %3 touchpoints read\n"_s.arg(r.customers).arg(r.converters).arg(r.touchpoints);
    for (const JourneyPath &p : r.paths) {
        paths.append(pathJson(p));
        text += u"%1  %2 bought  %3\n"_s.arg(p.customers, 8)
                    .arg(p.converters, 7)
                    .arg(p.steps.isEmpty() ? u"(no touchpoint)"_s : p.steps.join(u" → "_s));
    }
    for (const ChannelCredit &c : r.attribution)
        attribution.append(QJsonObject{{u"channel"_s, c.channel},
                                       {u"first_touch"_s, c.firstTouchMinor / perMajor},
                                       {u"last_touch"_s, c.lastTouchMinor / perMajor},
                                       {u"linear"_s, c.linearMinor / perMajor},
                                       {u"time_decay"_s, c.timeDecayMinor / perMajor}});
    text.chop(1);
    return cli.succeed({{u"customers"_s, r.customers},
                        {u"converters"_s, r.converters},
                        {u"touchpoints"_s, r.touchpoints},
                        {u"first_purchase_revenue"_s, r.firstPurchaseRevenueMinor / perMajor},
                        {u"paths"_s, paths},
                        {u"other"_s, pathJson(r.other)},
                        {u"attribution"_s, attribution}},
                       text);
}

} // namespace

int runCustomers(const QStringList &arguments)
{
    return runGuarded(list, arguments);
}

int runCustomer(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const std::map<QString, std::function<int(const QStringList &)>> subcommands{
        {u"show"_s, show},
        {u"timeline"_s, timeline},
        {u"tag"_s, [](const QStringList &a) { return tag(a, true); }},
        {u"untag"_s, [](const QStringList &a) { return tag(a, false); }},
        {u"merge"_s, merge},
    };
    if (sub == u"--help"_s || sub == u"-h"_s || sub.isEmpty()) {
        std::fputs("Usage: mwb customer show|timeline WS ID\n       mwb customer tag|untag WS ID TAG\n"
                   "       mwb customer merge WS KEEP_ID MERGED_ID\n",
                   sub.isEmpty() ? stderr : stdout);
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    const auto it = subcommands.find(sub);
    if (it == subcommands.end()) {
        Cli cli;
        return cli.usage(u"unknown customer subcommand '%1'; use show, timeline, tag, untag or merge"_s.arg(sub));
    }
    try {
        return it->second(arguments.mid(1));
    } catch (const SQLite::Exception &e) {
        return WorkspaceAccess::fail(e);
    }
}

int runForget(const QStringList &arguments)
{
    return runGuarded(forget, arguments);
}

int runJourneys(const QStringList &arguments)
{
    return runGuarded(journeys, arguments);
}

} // namespace mwb::cli
