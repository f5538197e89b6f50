// `mwb campaign create|list|export|report|delete`: campaigns with a random control
// group, their target lists and their closed-loop report; see docs/CLI.md.
#include "Cli.h"
#include "CliCommands.h"
#include "WorkspaceAccess.h"
#include "SegmentInput.h"

#include "campaigns/CampaignExport.h"
#include "campaigns/CampaignReport.h"
#include "campaigns/CampaignStore.h"
#include "campaigns/SampleSize.h"
#include "customers/CustomerExport.h"
#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Exception.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QRandomGenerator>

#include <cmath>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace mwb::cli {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// An amount in major units ("1200.50") as minor units; nothing when unreadable or negative.
std::optional<qint64> minorFrom(const QString &text, int minorPerMajor)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || value < 0 || !std::isfinite(value))
        return std::nullopt;
    return std::llround(value * minorPerMajor);
}

std::optional<Campaign> findCampaign(Cli &cli, Workspace &ws, const QString &ref)
{
    auto campaign = CampaignStore::findByRef(ws.db(), ref);
    if (!campaign)
        cli.fail(ExitData, u"%1: no campaign '%2'"_s.arg(QDir::toNativeSeparators(ws.path()), ref));
    return campaign;
}

QJsonObject groupJson(const GroupFigures &g, const QString &currency)
{
    return {{u"members"_s, g.members},
            {u"contacted"_s, g.contacted},
            {u"delivered"_s, g.delivered},
            {u"bounced"_s, g.bounced},
            {u"opened"_s, g.opened},
            {u"clicked"_s, g.clicked},
            {u"unsubscribed"_s, g.unsubscribed},
            {u"converted"_s, g.converted},
            {u"conversion_rate"_s, g.members > 0 ? QJsonValue(g.rate()) : QJsonValue(QJsonValue::Null)},
            {u"revenue"_s, majorUnits(g.revenueMinor, currency)}};
}

QJsonArray breakdownJson(const QList<ReportBreakdownRow> &rows, const QString &currency)
{
    QJsonArray out;
    for (const ReportBreakdownRow &row : rows) {
        const auto &k = row.uplift.comparison;
        out.append(QJsonObject{{u"key"_s, row.key.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.key)},
                               {u"treatment"_s, groupJson(row.treatment, currency)},
                               {u"control"_s, groupJson(row.control, currency)},
                               {u"uplift"_s, k ? QJsonValue(k->difference) : QJsonValue(QJsonValue::Null)},
                               {u"uplift_ci_low"_s, k ? QJsonValue(k->interval.low) : QJsonValue(QJsonValue::Null)},
                               {u"uplift_ci_high"_s, k ? QJsonValue(k->interval.high) : QJsonValue(QJsonValue::Null)},
                               {u"p_value"_s, k ? optionalNumber(k->pValue) : QJsonValue(QJsonValue::Null)}});
    }
    return out;
}

QJsonArray armsJson(const CampaignReportData &r, const QString &currency)
{
    const QJsonValue null(QJsonValue::Null);
    QJsonArray arms;
    for (const ArmFigures &arm : r.arms) {
        const auto &k = arm.uplift.comparison;
        arms.append(QJsonObject{{u"arm"_s, arm.name},
                                {u"share"_s, arm.share},
                                {u"members"_s, arm.figures.members},
                                {u"contacted"_s, arm.figures.contacted},
                                {u"conversions"_s, arm.figures.converted},
                                {u"conversion_rate"_s, arm.figures.members > 0 ? QJsonValue(arm.figures.rate()) : null},
                                {u"uplift"_s, k ? QJsonValue(k->difference) : null},
                                {u"uplift_ci_low"_s, k ? QJsonValue(k->interval.low) : null},
                                {u"uplift_ci_high"_s, k ? QJsonValue(k->interval.high) : null},
                                {u"p_value"_s, k ? optionalNumber(k->pValue) : null},
                                {u"p_value_holm"_s, optionalNumber(arm.pValueHolm)},
                                {u"revenue"_s, majorUnits(arm.figures.revenueMinor, currency)},
                                {u"incremental_revenue"_s,
                                 arm.uplift.incrementalRevenueMinor
                                     ? QJsonValue(*arm.uplift.incrementalRevenueMinor / minorUnitsPerMajor(currency))
                                     : null},
                                {u"cost"_s, majorUnits(arm.costMinor, currency)},
                                {u"roi"_s, optionalNumber(arm.roi)}});
    }
    return arms;
}

QString percent(double share)
{
    return QLocale::c().toString(share * 100, 'f', 2) + u" %"_s;
}

int create(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption name(u"name"_s, u"The campaign's name (unique)."_s, u"NAME"_s);
    const QCommandLineOption segment(u"segment"_s, u"The saved segment it goes to; its members are frozen now."_s,
                                     u"NAME"_s);
    const QCommandLineOption channel(u"channel"_s, u"%1 (default email)."_s.arg(campaignChannels().join(u", "_s)),
                                     u"CHANNEL"_s);
    const QCommandLineOption offer(u"offer"_s, u"What the campaign offers."_s, u"TEXT"_s);
    const QCommandLineOption holdout(
        u"holdout"_s, u"Share of the audience kept as control group, 0 to 0.9 (default 0.1)."_s, u"FRACTION"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the random split (default: a random one, printed)."_s, u"S"_s);
    const QCommandLineOption cost(u"cost"_s, u"Fixed cost in the workspace currency."_s, u"AMOUNT"_s);
    const QCommandLineOption costPerContact(u"cost-per-contact"_s, u"Cost per contacted member."_s, u"AMOUNT"_s);
    const QCommandLineOption sendDate(u"send-date"_s, u"YYYY-MM-DD (default: today, or the day after the data ends)."_s,
                                      u"DATE"_s);
    const QCommandLineOption window(u"window"_s, u"Attribution window in days (default 14)."_s, u"DAYS"_s);
    const QCommandLineOption stratify(u"stratify"_s, u"Split each lifecycle stage on its own."_s);
    const QCommandLineOption excludeContacted(u"exclude-contacted-days"_s,
                                              u"Leave out who another campaign reached in the last N days."_s, u"N"_s);
    const QCommandLineOption includeOptedOut(u"include-opted-out"_s, u"Keep who unsubscribed on this channel."_s);
    const QCommandLineOption includeUnreachable(u"include-unreachable"_s,
                                                u"Keep who has no address for this channel."_s);
    const QCommandLineOption dryRun(u"dry-run"_s, u"Show the sizes; create nothing."_s);
    const QCommandLineOption arms(u"arms"_s, u"A/B/n: 2 to 4 arms the treatment is split into, e.g. A,B,C."_s,
                                  u"A,B[,C,D]"_s);
    const QCommandLineOption armShares(u"arm-shares"_s, u"Each arm's share of the treatment (default: equal)."_s,
                                       u"S1,S2[,…]"_s);
    parser.addOptions({name, segment, channel, offer, holdout, seed, cost, costPerContact, sendDate, window, stratify,
                       excludeContacted, includeOptedOut, includeUnreachable, dryRun, arms, armShares});
    if (!cli.parse(parser, u"campaign create"_s, arguments, 1, u"WS --name NAME --segment NAME"_s))
        return cli.exitCode();

    CampaignSpec spec;
    spec.name = parser.value(name);
    if (spec.name.trimmed().isEmpty() || !parser.isSet(segment))
        return cli.usage(u"campaign create takes --name NAME and --segment NAME"_s);
    if (parser.isSet(channel))
        spec.channel = parser.value(channel).trimmed().toLower();
    spec.offer = parser.value(offer);
    bool ok = true;
    if (parser.isSet(holdout)) {
        spec.holdout = parser.value(holdout).toDouble(&ok);
        if (!ok)
            return cli.usage(u"--holdout takes a fraction such as 0.1"_s);
    }
    spec.seed = QRandomGenerator::system()->generate64() >> 11; // fits JSON numbers exactly
    if (parser.isSet(seed)) {
        spec.seed = parser.value(seed).toULongLong(&ok);
        if (!ok || spec.seed >= (quint64(1) << 53))
            return cli.usage(u"--seed takes a whole number from 0 to 2^53 - 1"_s);
    }
    if (parser.isSet(sendDate)) {
        spec.sendDate = QDate::fromString(parser.value(sendDate), Qt::ISODate);
        if (!spec.sendDate.isValid())
            return cli.usage(u"--send-date takes YYYY-MM-DD"_s);
    }
    if (parser.isSet(window)) {
        spec.attributionDays = parser.value(window).toInt(&ok);
        if (!ok)
            return cli.usage(u"--window takes a number of days"_s);
    }
    if (parser.isSet(excludeContacted)) {
        spec.excludeContactedWithinDays = parser.value(excludeContacted).toInt(&ok);
        if (!ok)
            return cli.usage(u"--exclude-contacted-days takes a number of days"_s);
    }
    spec.stratifyByStage = parser.isSet(stratify);
    if (parser.isSet(arms)) {
        for (const QString &arm : parser.value(arms).split(u','))
            spec.arms << arm.trimmed();
    }
    if (parser.isSet(armShares)) {
        for (const QString &share : parser.value(armShares).split(u',')) {
            spec.armShares << share.trimmed().toDouble(&ok);
            if (!ok)
                return cli.usage(u"--arm-shares takes fractions such as 0.5,0.3,0.2"_s);
        }
    }
    spec.excludeOptedOut = !parser.isSet(includeOptedOut);
    spec.excludeUnreachable = !parser.isSet(includeUnreachable);
    spec.segmentId = 1; // checked for real below, once the workspace is open
    if (const QString error = CampaignStore::validate(spec); !error.isEmpty())
        return cli.usage(error);

    auto ws = SegmentInput::openWorkspace(cli, parser.positionalArguments().constFirst(), Purpose::Write);
    if (!ws)
        return cli.exitCode();
    const QString currency = ws->currency();
    const int perMajor = minorUnitsPerMajor(currency);
    for (const auto &[option, target] :
         {std::pair{&cost, &spec.costFixedMinor}, std::pair{&costPerContact, &spec.costPerContactMinor}}) {
        if (!parser.isSet(*option))
            continue;
        const auto minor = minorFrom(parser.value(*option), perMajor);
        if (!minor)
            return cli.usage(u"--%1 takes an amount such as 1200.50"_s.arg(option->names().constFirst()));
        *target = *minor;
    }
    const auto saved = SegmentInput::findSaved(cli, *ws, parser.value(segment));
    if (!saved)
        return cli.exitCode();
    spec.segmentId = saved->saved.id;
    if (!spec.sendDate.isValid())
        spec.sendDate = CampaignStore::defaultSendDate(ws->db());

    CampaignPlan plan;
    qint64 id = 0;
    if (parser.isSet(dryRun)) {
        plan = CampaignStore::plan(ws->db(), spec);
        if (!plan.ok())
            return cli.fail(ExitData, plan.error);
    } else {
        const CampaignCreated created = CampaignStore::create(ws->db(), spec);
        if (!created.ok())
            return cli.fail(ExitData, created.error);
        plan = created.plan;
        id = created.id;
    }
    QJsonObject json{
        {u"id"_s, id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null)},
        {u"name"_s, spec.name.trimmed()},
        {u"treatment"_s, plan.treatment},
        {u"control"_s, plan.control},
        {u"audience"_s, plan.audience},
        {u"excluded"_s,
         QJsonObject{{u"opted_out"_s, plan.excludedOptedOut},
                     {u"unreachable"_s, plan.excludedUnreachable},
                     {u"contacted"_s, plan.excludedContacted}}},
        {u"seed"_s, static_cast<double>(spec.seed)},
        {u"send_date"_s, dateValue(spec.sendDate)},
        {u"dry_run"_s, parser.isSet(dryRun)},
    };
    json.insert(u"baseline_rate"_s, optionalNumber(plan.baseline));
    json.insert(u"detectable_uplift"_s, optionalNumber(plan.detectableUplift));
    json.insert(u"control_too_small"_s, plan.controlTooSmall);
    if (!plan.armSizes.empty()) {
        QJsonArray armSizes;
        for (std::size_t i = 0; i < plan.armSizes.size(); ++i)
            armSizes.append(QJsonObject{{u"arm"_s, spec.arms[static_cast<qsizetype>(i)]},
                                        {u"share"_s, CampaignStore::armShares(spec)[i]},
                                        {u"members"_s, plan.armSizes[i]}});
        json.insert(u"arms"_s, armSizes);
    }
    // A dry run says so when nobody would be left to contact (create refuses then).
    const QString empty = CampaignStore::emptyTreatmentReason(plan, spec);
    if (parser.isSet(dryRun))
        json.insert(u"nobody_to_contact"_s, empty.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(empty));
    const QLocale c = QLocale::c();
    QString text = id > 0 ? u"Campaign %1 '%2' created"_s.arg(id).arg(spec.name.trimmed())
                          : u"Campaign '%1' would have"_s.arg(spec.name.trimmed());
    text += u": treatment %1, control %2 (audience %3; left out: %4 opted out, %5 unreachable, %6 contacted "
            "recently); seed %7, send date %8"_s.arg(
                c.toString(plan.treatment), c.toString(plan.control), c.toString(plan.audience),
                c.toString(plan.excludedOptedOut), c.toString(plan.excludedUnreachable),
                c.toString(plan.excludedContacted), QString::number(spec.seed), spec.sendDate.toString(Qt::ISODate));
    if (plan.detectableUplift && plan.baseline)
        text += u"\nRecent conversion rate %1; the smallest uplift these groups can show: %2 points"_s.arg(
            percent(*plan.baseline), c.toString(*plan.detectableUplift * 100, 'f', 2));
    if (plan.controlTooSmall)
        text += u"\nWarning: the control group is too small to show what the campaign does."_s;
    if (!empty.isEmpty())
        text += u"\nIt could not be created: "_s + empty;
    return cli.succeed(json, text);
}

int list(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    if (!cli.parse(parser, u"campaign list"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();
    auto workspace = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), Purpose::Read);
    if (!workspace)
        return cli.exitCode();
    QJsonArray campaigns;
    QString text;
    for (const Campaign &campaign : CampaignStore::list(workspace->db())) {
        campaigns.append(QJsonObject{{u"id"_s, campaign.id},
                                     {u"name"_s, campaign.name},
                                     {u"channel"_s, campaign.channel},
                                     {u"segment"_s, campaign.segmentName},
                                     {u"send_date"_s, dateValue(campaign.sendDate)},
                                     {u"treatment"_s, campaign.treatment},
                                     {u"control"_s, campaign.control},
                                     {u"exported"_s, campaign.exported},
                                     {u"holdout"_s, campaign.holdout}});
        text += u"%1  %2  %3  %4  treatment %5, control %6\n"_s.arg(campaign.id, 4)
                    .arg(campaign.sendDate.toString(Qt::ISODate), campaign.channel.leftJustified(11), campaign.name)
                    .arg(campaign.treatment)
                    .arg(campaign.control);
    }
    if (text.isEmpty())
        text = u"No campaigns.\n"_s;
    text.chop(1);
    return cli.succeed({{u"campaigns"_s, campaigns}}, text);
}

int exportList(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption out(u"out"_s, u"The file to write; replaced only when the export is complete."_s,
                                 u"FILE"_s);
    const QCommandLineOption format(u"format"_s, u"csv, xlsx or hashed (default: from the suffix, else csv)."_s,
                                    u"FORMAT"_s);
    const QCommandLineOption columns(u"columns"_s, u"Comma-separated customer columns after member_token."_s,
                                     u"a,b,c"_s);
    const QCommandLineOption bom(u"bom"_s, u"CSV: start with a UTF-8 byte order mark (for Excel)."_s);
    const QCommandLineOption delimiter(u"delimiter"_s, u"CSV: the field separator; \\t for tab."_s, u"CHAR"_s);
    const QCommandLineOption noLog(u"no-log"_s, u"Write the file only; record no contact on the members."_s);
    const QCommandLineOption arm(u"arm"_s, u"A/B/n campaigns: only this arm's members."_s, u"NAME"_s);
    parser.addOptions({out, format, columns, bom, delimiter, noLog, arm});
    if (!cli.parse(parser, u"campaign export"_s, arguments, 2, u"WS CAMPAIGN --out FILE"_s))
        return cli.exitCode();

    CampaignExportRequest request;
    request.path = parser.value(out);
    request.arm = parser.value(arm).trimmed();
    if (request.path.isEmpty())
        return cli.usage(u"campaign export takes --out FILE"_s);
    request.format =
        exportFormatForPath(request.path) == ExportFormat::Xlsx ? CampaignListFormat::Xlsx : CampaignListFormat::Csv;
    if (parser.isSet(format)) {
        const auto chosen = CampaignExport::formatFromName(parser.value(format));
        if (!chosen)
            return cli.usage(u"--format takes csv, xlsx or hashed, not '%1'"_s.arg(parser.value(format)));
        request.format = *chosen;
    }
    if (request.format == CampaignListFormat::Xlsx && (parser.isSet(bom) || parser.isSet(delimiter)))
        return cli.usage(u"--bom and --delimiter apply to CSV only"_s);
    if (request.format == CampaignListFormat::Hashed && parser.isSet(columns))
        return cli.usage(
            u"a hashed list has the fixed columns %1"_s.arg(CampaignExport::hashedColumns().join(u", "_s)));
    request.options.bom = parser.isSet(bom);
    if (parser.isSet(delimiter)) {
        const auto d = exportDelimiterFrom(parser.value(delimiter));
        if (!d)
            return cli.usage(u"--delimiter takes one character such as , ; | or \\t"_s);
        request.options.delimiter = *d;
    }
    if (parser.isSet(columns)) {
        for (const QString &column : parser.value(columns).split(u','))
            request.columns.append(column.trimmed());
        request.columns.removeAll(u"member_token"_s);
        if (const QString error = CustomerExport::validateColumns(request.columns); !error.isEmpty())
            return cli.usage(u"--columns: "_s + error);
    }
    request.logContacts = !parser.isSet(noLog);

    const QString workspace = parser.positionalArguments().constFirst();
    if (!checkOutput(cli, request.path, workspace))
        return cli.exitCode();
    auto ws = SegmentInput::openWorkspace(cli, workspace, Purpose::Write);
    if (!ws)
        return cli.exitCode();
    const auto campaign = findCampaign(cli, *ws, parser.positionalArguments().at(1));
    if (!campaign)
        return cli.exitCode();
    request.campaignId = campaign->id;
    CampaignExport::Progress progress;
    if (Cli::stderrIsTerminal())
        progress = [&cli](qint64 done, qint64 total) { cli.progress(u"Exporting…"_s, done, total); };
    const CampaignExportResult result = CampaignExport::run(ws->db(), request, progress);
    if (!result.ok())
        return cli.fail(ExitData, result.error);
    return cli.succeed({{u"rows"_s, result.rows},
                        {u"file"_s, result.file},
                        {u"format"_s, CampaignExport::formatName(request.format)},
                        {u"columns"_s, QJsonArray::fromStringList(result.columns)},
                        {u"contacts_logged"_s, result.contactsLogged}},
                       u"Exported %1 members of '%2' to %3 (%4 contacts recorded)"_s.arg(
                           QLocale::c().toString(result.rows), campaign->name, QDir::toNativeSeparators(result.file),
                           QLocale::c().toString(result.contactsLogged)));
}

int report(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption out(u"out"_s, u"Also write the report as CSV to FILE."_s, u"FILE"_s);
    parser.addOption(out);
    if (!cli.parse(parser, u"campaign report"_s, arguments, 2, u"WS CAMPAIGN"_s))
        return cli.exitCode();
    if (parser.isSet(out) && !checkOutput(cli, parser.value(out), parser.positionalArguments().constFirst()))
        return cli.exitCode();
    auto ws = SegmentInput::openWorkspace(cli, parser.positionalArguments().constFirst(), Purpose::Read);
    if (!ws)
        return cli.exitCode();
    const auto campaign = findCampaign(cli, *ws, parser.positionalArguments().at(1));
    if (!campaign)
        return cli.exitCode();
    const CampaignReportData r = CampaignReport::compute(ws->db(), campaign->id);
    if (!r.ok())
        return cli.fail(ExitInternal, r.error);
    const QString currency = ws->currency();
    if (parser.isSet(out)) {
        if (const QString error = CampaignReport::writeCsv(r, parser.value(out), minorUnitsPerMajor(currency));
            !error.isEmpty())
            return cli.fail(ExitData, error);
    }
    const auto &k = r.uplift.comparison;
    const QJsonValue null(QJsonValue::Null);
    QJsonObject json{
        {u"id"_s, r.campaign.id},
        {u"name"_s, r.campaign.name},
        {u"channel"_s, r.campaign.channel},
        {u"send_date"_s, dateValue(r.campaign.sendDate)},
        {u"window_end"_s, dateValue(r.windowEnd)},
        {u"window_open"_s, r.windowOpen},
        {u"treatment"_s, r.treatment.members},
        {u"control"_s, r.control.members},
        {u"treatment_conversions"_s, r.treatment.converted},
        {u"control_conversions"_s, r.control.converted},
        {u"treatment_rate"_s, r.treatment.members > 0 ? QJsonValue(r.treatment.rate()) : null},
        {u"control_rate"_s, r.control.members > 0 ? QJsonValue(r.control.rate()) : null},
        {u"uplift"_s, k ? QJsonValue(k->difference) : null},
        {u"uplift_ci_low"_s, k ? QJsonValue(k->interval.low) : null},
        {u"uplift_ci_high"_s, k ? QJsonValue(k->interval.high) : null},
        {u"p_value"_s, k ? optionalNumber(k->pValue) : null},
        {u"revenue"_s, majorUnits(r.treatment.revenueMinor, currency)},
        {u"control_revenue"_s, r.control.members > 0 ? QJsonValue(majorUnits(r.control.revenueMinor, currency)) : null},
        {u"incremental_conversions"_s, optionalNumber(r.uplift.incrementalConversions)},
        {u"incremental_revenue"_s,
         r.uplift.incrementalRevenueMinor ? QJsonValue(*r.uplift.incrementalRevenueMinor / minorUnitsPerMajor(currency))
                                          : null},
        {u"cost"_s, majorUnits(r.costMinor, currency)},
        {u"roi"_s, optionalNumber(r.roi)},
        {u"cost_per_incremental_conversion"_s,
         r.costPerIncrementalConversionMinor
             ? QJsonValue(*r.costPerIncrementalConversionMinor / minorUnitsPerMajor(currency))
             : null},
        {u"currency"_s, currency},
        {u"groups"_s,
         QJsonObject{{u"treatment"_s, groupJson(r.treatment, currency)},
                     {u"control"_s, groupJson(r.control, currency)}}},
        {u"by_stage"_s, breakdownJson(r.byStage, currency)},
        {u"by_rfm_segment"_s, breakdownJson(r.byRfm, currency)},
    };
    const QLocale c = QLocale::c();
    QString text = u"%1 (%2, sent %3, window to %4%5)\n"_s.arg(
        r.campaign.name, r.campaign.channel, r.campaign.sendDate.toString(Qt::ISODate),
        r.windowEnd.toString(Qt::ISODate), r.windowOpen ? u", still open"_s : QString());
    text += u"             members  contacted  delivered  opened  clicked  converted  rate\n"_s;
    for (const auto &[label, g] : {std::pair{u"treatment"_s, &r.treatment}, std::pair{u"control  "_s, &r.control}}) {
        text += u"%1 %2 %3 %4 %5 %6 %7  %8\n"_s.arg(label, -9)
                    .arg(g->members, 10)
                    .arg(g->contacted, 10)
                    .arg(g->delivered, 10)
                    .arg(g->opened, 7)
                    .arg(g->clicked, 8)
                    .arg(g->converted, 10)
                    .arg(percent(g->rate()));
    }
    if (k) {
        text += u"uplift %1 points (95 % CI %2 to %3), p = %4\n"_s.arg(
            c.toString(k->difference * 100, 'f', 2), c.toString(k->interval.low * 100, 'f', 2),
            c.toString(k->interval.high * 100, 'f', 2), k->pValue ? c.toString(*k->pValue, 'g', 3) : u"n/a"_s);
    }
    const auto &u = r.uplift;
    text += u"incremental conversions %1, incremental revenue %2 %3, cost %2 %4, ROI %5"_s.arg(
        u.incrementalConversions ? c.toString(*u.incrementalConversions, 'f', 1) : u"n/a"_s, currency,
        u.incrementalRevenueMinor ? c.toString(*u.incrementalRevenueMinor / minorUnitsPerMajor(currency), 'f', 2)
                                  : u"n/a"_s,
        c.toString(static_cast<double>(r.costMinor) / minorUnitsPerMajor(currency), 'f', 2),
        r.roi ? percent(*r.roi) : u"n/a"_s);
    if (!r.arms.isEmpty()) {
        json.insert(u"arms"_s, armsJson(r, currency));
        QJsonArray pairs;
        for (const ArmPair &pair : r.armPairs) {
            const auto &d = pair.comparison;
            pairs.append(QJsonObject{{u"first"_s, pair.first},
                                     {u"second"_s, pair.second},
                                     {u"difference"_s, d ? QJsonValue(d->difference) : null},
                                     {u"ci_low"_s, d ? QJsonValue(d->interval.low) : null},
                                     {u"ci_high"_s, d ? QJsonValue(d->interval.high) : null},
                                     {u"p_value"_s, d ? optionalNumber(d->pValue) : null},
                                     {u"p_value_holm"_s, optionalNumber(pair.pValueHolm)}});
        }
        json.insert(u"arm_pairs"_s, pairs);
        const ArmVerdict &v = *r.verdict;
        const char16_t *kinds[] = {u"winner", u"beats_control", u"none_yet"};
        json.insert(u"verdict"_s,
                    QJsonObject{{u"kind"_s, QString::fromUtf16(kinds[static_cast<int>(v.kind)])},
                                {u"arm"_s, v.arm.isEmpty() ? null : QJsonValue(v.arm)},
                                {u"tied_with"_s, QJsonArray::fromStringList(v.tiedWith)},
                                {u"needed_per_group"_s, v.neededPerGroup ? QJsonValue(*v.neededPerGroup) : null},
                                {u"more_per_group"_s, v.morePerGroup ? QJsonValue(*v.morePerGroup) : null}});
        text += u"\n\narm          members  converted  rate      uplift (95 % CI)             p (Holm)\n"_s;
        for (const ArmFigures &arm : r.arms) {
            const auto &a = arm.uplift.comparison;
            text += u"%1 %2 %3  %4  %5 (%6 to %7)  %8\n"_s.arg(arm.name.left(10), -10)
                        .arg(arm.figures.members, 9)
                        .arg(arm.figures.converted, 9)
                        .arg(percent(arm.figures.rate()), -8)
                        .arg(a ? c.toString(a->difference * 100, 'f', 2) : u"n/a"_s, 6)
                        .arg(a ? c.toString(a->interval.low * 100, 'f', 2) : u"n/a"_s)
                        .arg(a ? c.toString(a->interval.high * 100, 'f', 2) : u"n/a"_s)
                        .arg(arm.pValueHolm ? c.toString(*arm.pValueHolm, 'g', 3) : u"n/a"_s);
        }
        switch (v.kind) {
        case ArmVerdict::Kind::Winner:
            text += u"Arm %1 wins: it beats the control group and every other arm."_s.arg(v.arm);
            break;
        case ArmVerdict::Kind::BeatsControl:
            text += u"Arm %1 beats the control group, but not yet clearly %2."_s.arg(v.arm, v.tiedWith.join(u", "_s));
            break;
        case ArmVerdict::Kind::NoneYet:
            if (v.arm.isEmpty())
                text += u"No arm is ahead of the control group."_s;
            else if (v.morePerGroup)
                text += u"No arm wins yet; %1 leads. Showing its uplift needs %2 members per group (%3 more)."_s.arg(
                    v.arm, c.toString(*v.neededPerGroup), c.toString(*v.morePerGroup));
            else
                text += u"No arm wins yet; %1 leads."_s.arg(v.arm);
            break;
        }
    }
    return cli.succeed(json, text);
}

int remove(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    if (!cli.parse(parser, u"campaign delete"_s, arguments, 2, u"WS CAMPAIGN"_s))
        return cli.exitCode();
    auto workspace = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), Purpose::Write);
    if (!workspace)
        return cli.exitCode();
    const auto campaign = findCampaign(cli, *workspace, parser.positionalArguments().at(1));
    if (!campaign)
        return cli.exitCode();
    if (const QString error = CampaignStore::remove(workspace->db(), campaign->id); !error.isEmpty())
        return cli.fail(ExitData, error);
    return cli.succeed({{u"id"_s, campaign->id}, {u"deleted"_s, true}},
                       u"Deleted campaign %1 '%2'"_s.arg(campaign->id).arg(campaign->name));
}

const std::map<QString, Subcommand> &subcommands()
{
    static const std::map<QString, Subcommand> table{
        {u"create"_s,
         {create, "create WS --name NAME --segment NAME [options]  a campaign with a random control group"}},
        {u"list"_s, {list, "list WS                                         the campaigns, newest first"}},
        {u"export"_s, {exportList, "export WS CAMPAIGN --out FILE [--format csv|xlsx|hashed]  the target list"}},
        {u"report"_s, {report, "report WS CAMPAIGN [--out FILE.csv]             uplift, ROI and breakdowns"}},
        {u"delete"_s, {remove, "delete WS CAMPAIGN                              remove a campaign and its members"}},
    };
    return table;
}

} // namespace

int runCampaign(const QStringList &arguments)
{
    return runSubcommand("campaign", subcommands(), {u"create"_s, u"list"_s, u"export"_s, u"report"_s, u"delete"_s},
                         arguments);
}

// mwb sample-size: the members a test needs to detect an uplift, or the uplift a test of
// given size can detect (campaigns/SampleSize.h).
int runSampleSize(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption baseline(u"baseline"_s, u"The control group's conversion rate (0 to 1)."_s, u"P"_s);
    const QCommandLineOption mde(u"mde"_s, u"The smallest uplift to detect, a difference of rates."_s, u"D"_s);
    const QCommandLineOption perGroup(u"per-group"_s, u"Members in each group: answers the uplift it detects."_s,
                                      u"N"_s);
    const QCommandLineOption alpha(u"alpha"_s, u"Two-sided significance level (default 0.05)."_s, u"A"_s, u"0.05"_s);
    const QCommandLineOption power(u"power"_s, u"Chance of detecting the uplift (default 0.8)."_s, u"P"_s, u"0.8"_s);
    const QCommandLineOption arms(u"arms"_s, u"Treatment arms, each compared with the control (default 1)."_s, u"K"_s,
                                  u"1"_s);
    parser.addOptions({baseline, mde, perGroup, alpha, power, arms});
    if (!cli.parse(parser, u"sample-size"_s, arguments, 0, u"--baseline P (--mde D | --per-group N)"_s))
        return cli.exitCode();
    if (!parser.isSet(baseline) || parser.isSet(mde) == parser.isSet(perGroup))
        return cli.usage(u"sample-size needs --baseline and one of --mde or --per-group"_s);
    auto number = [&](const QCommandLineOption &option, double *value) {
        bool ok = false;
        *value = parser.value(option).toDouble(&ok);
        return ok;
    };
    SampleSizeQuestion question;
    bool okArms = false;
    question.arms = parser.value(arms).toInt(&okArms);
    if (!number(baseline, &question.baseline) || !number(alpha, &question.alpha) || !number(power, &question.power)
        || !okArms)
        return cli.usage(u"--baseline, --alpha and --power take numbers, --arms a whole number"_s);
    if (const QString error = SampleSize::validate(question); !error.isEmpty())
        return cli.usage(error);
    QJsonObject object{
        {u"baseline"_s, question.baseline},
        {u"alpha"_s, question.alpha},
        {u"comparison_alpha"_s, question.comparisonAlpha()},
        {u"power"_s, question.power},
        {u"arms"_s, question.arms},
        {u"test"_s, u"two-sided two-proportion z-test, normal approximation, no continuity correction"_s}};
    const QLocale locale;
    if (parser.isSet(mde)) {
        double d = 0;
        if (!number(mde, &d))
            return cli.usage(u"--mde takes a number, a difference of rates (0.01 = one percentage point)"_s);
        const SampleSizeAnswer answer = SampleSize::perGroup(question, d);
        if (!answer.ok())
            return cli.usage(answer.error);
        object.insert(u"mde"_s, d);
        object.insert(u"per_group"_s, answer.perGroup);
        object.insert(u"total"_s, answer.total);
        return cli.succeed(
            object,
            u"%1 per group, %2 in all (%3 arm(s) and the control group), to detect %4 → %5 "
            "at alpha %6 with power %7."_s.arg(locale.toString(answer.perGroup), locale.toString(answer.total))
                .arg(question.arms)
                .arg(question.baseline)
                .arg(question.baseline + d)
                .arg(question.alpha)
                .arg(question.power));
    }
    bool okN = false;
    const qlonglong n = parser.value(perGroup).toLongLong(&okN);
    if (!okN || n < 1)
        return cli.usage(u"--per-group takes a whole number of at least 1"_s);
    const DetectableEffect effect = SampleSize::minimumDetectableEffect(question, n, n);
    if (!effect.ok())
        return cli.usage(effect.error);
    object.insert(u"per_group"_s, n);
    object.insert(u"total"_s, n * (question.arms + 1));
    object.insert(u"mde"_s, effect.mde ? QJsonValue(*effect.mde) : QJsonValue(QJsonValue::Null));
    if (!effect.mde)
        return cli.succeed(
            object, u"Groups of %1 cannot detect any uplift over %2."_s.arg(locale.toString(n)).arg(question.baseline));
    return cli.succeed(
        object,
        u"Groups of %1 detect an uplift of %2 percentage points or more (%3 → %4)."_s.arg(locale.toString(n))
            .arg(*effect.mde * 100, 0, 'f', 2)
            .arg(question.baseline)
            .arg(question.baseline + *effect.mde, 0, 'f', 4));
}

} // namespace mwb::cli
