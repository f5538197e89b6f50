// `mwb programme …` and `mwb global-control`: programmes as docs/CLI.md and
// docs/PROGRAMMES.md describe them.
#include "Cli.h"
#include "CliCommands.h"
#include "WorkspaceAccess.h"

#include "programmes/ContactCap.h"
#include "programmes/ProgrammeDefinition.h"
#include "programmes/ProgrammeReport.h"
#include "programmes/ProgrammeRunner.h"
#include "programmes/ProgrammeStore.h"
#include "programmes/ProgrammeTemplates.h"
#include "store/GlobalControl.h"
#include "store/InputFile.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <functional>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace mwb::cli {

namespace {

constexpr qint64 kMaxDefinitionBytes = 1 << 20;

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue dateOrNull(const std::optional<QDate> &date)
{
    return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

int save(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption definition(u"definition"_s, u"The programme, as JSON (docs/PROGRAMMES.md)."_s, u"FILE"_s);
    const QCommandLineOption replace(u"replace"_s, u"Replace the definition of the programme of that name."_s);
    parser.addOptions({definition, replace});
    if (!cli.parse(parser, u"programme save"_s, arguments, 1, u"WS --definition FILE.json"_s))
        return cli.exitCode();
    if (!parser.isSet(definition))
        return cli.usage(u"--definition FILE.json is needed"_s);
    const QString file = parser.value(definition);
    if (const QString problem = InputFile::problem(file); !problem.isEmpty())
        return cli.fail(ExitData, u"Cannot read the programme definition: %1"_s.arg(problem));
    if (QFileInfo(file).size() > kMaxDefinitionBytes)
        return cli.fail(ExitData,
                        u"Invalid programme definition in %1: a definition holds at most 1 MB"_s.arg(
                            QDir::toNativeSeparators(file)));
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return cli.fail(
            ExitData,
            u"Cannot read the programme definition %1: %2."_s.arg(QDir::toNativeSeparators(file), in.errorString()));
    auto ws = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), Purpose::Write);
    if (!ws)
        return cli.exitCode();
    const ProgrammeParse parse = parseProgramme(in.readAll(), minorUnitsPerMajor(ws->currency()));
    if (!parse.ok())
        return cli.fail(ExitData,
                        u"Invalid programme definition in %1: %2"_s.arg(QDir::toNativeSeparators(file), parse.error));
    const ProgrammeSaved saved = ProgrammeStore::save(ws->db(), parse.definition, parser.isSet(replace));
    if (!saved.ok())
        return cli.fail(ExitData, saved.error);
    return cli.succeed(QJsonObject{{u"id"_s, saved.id}, {u"name"_s, parse.definition.name}},
                       u"Saved programme '%1'."_s.arg(parse.definition.name));
}

QJsonObject summary(const SavedProgramme &p)
{
    return QJsonObject{{u"id"_s, p.id},
                       {u"name"_s, p.name},
                       {u"trigger"_s, p.definition.value(u"trigger"_s)},
                       {u"priority"_s, p.definition.value(u"priority"_s).toInt(5)},
                       {u"first_run"_s, dateOrNull(p.firstRunDay)},
                       {u"last_run"_s, dateOrNull(p.lastRunDay)},
                       {u"active_members"_s, p.activeMembers}};
}

int list(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    if (!cli.parse(parser, u"programme list"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();
    auto ws = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), Purpose::Read);
    if (!ws)
        return cli.exitCode();
    QJsonArray programmes;
    QStringList lines;
    for (const SavedProgramme &p : ProgrammeStore::list(ws->db())) {
        programmes.append(summary(p));
        lines << u"%1  priority %2  last run %3  %4 active"_s.arg(p.name)
                     .arg(p.definition.value(u"priority"_s).toInt(5))
                     .arg(p.lastRunDay ? p.lastRunDay->toString(Qt::ISODate) : u"never"_s)
                     .arg(p.activeMembers);
    }
    if (lines.isEmpty())
        lines << u"No programmes."_s;
    return cli.succeed(QJsonObject{{u"programmes"_s, programmes}}, lines.join(u'\n'));
}

int show(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    if (!cli.parse(parser, u"programme show"_s, arguments, 2, u"WS NAME"_s))
        return cli.exitCode();
    auto ws = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), Purpose::Read);
    if (!ws)
        return cli.exitCode();
    const QString name = parser.positionalArguments().at(1);
    const auto p = ProgrammeStore::find(ws->db(), name);
    if (!p)
        return cli.fail(ExitData, u"No programme named '%1'."_s.arg(name));
    QJsonObject object = summary(*p);
    object.insert(u"definition"_s, p->definition);
    return cli.succeed(object,
                       QString::fromUtf8(QJsonDocument(p->definition).toJson(QJsonDocument::Indented)).trimmed());
}

int remove(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    if (!cli.parse(parser, u"programme delete"_s, arguments, 2, u"WS NAME"_s))
        return cli.exitCode();
    auto ws = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), Purpose::Write);
    if (!ws)
        return cli.exitCode();
    const QString name = parser.positionalArguments().at(1);
    if (!ProgrammeStore::remove(ws->db(), name))
        return cli.fail(ExitData, u"No programme named '%1'."_s.arg(name));
    return cli.succeed(QJsonObject{{u"deleted"_s, name}},
                       u"Deleted programme '%1'; its waves stay as campaigns."_s.arg(name));
}

int run(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption name(u"name"_s, u"Only this programme."_s, u"NAME"_s);
    const QCommandLineOption asOf(u"as-of"_s, u"Run up to this day (default: the last day of the data)."_s, u"DATE"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, u"Say what would happen; change nothing."_s);
    parser.addOptions({name, asOf, dryRun});
    if (!cli.parse(parser, u"programme run"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();
    const auto day = dateOption(cli, parser, asOf);
    if (!day)
        return cli.exitCode();
    auto ws = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(),
                                    parser.isSet(dryRun) ? Purpose::Read : Purpose::Write, true);
    if (!ws)
        return cli.exitCode();
    ProgrammeRunOptions options;
    options.name = parser.value(name);
    options.asOf = *day;
    options.dryRun = parser.isSet(dryRun);
    const ProgrammeRunResult result = ProgrammeRunner::run(ws->db(), options);
    if (!result.ok())
        return cli.fail(ExitData, result.error);
    QJsonArray runs;
    QStringList lines;
    QStringList errors;
    for (const ProgrammeRunRow &r : result.runs) {
        runs.append(QJsonObject{{u"programme"_s, r.programme},
                                {u"day"_s, r.day.toString(Qt::ISODate)},
                                {u"step"_s, r.step > 0 ? QJsonValue(r.step) : QJsonValue(QJsonValue::Null)},
                                {u"campaign_id"_s, r.campaignId > 0 ? QJsonValue(r.campaignId) : QJsonValue()},
                                {u"entered"_s, r.entered},
                                {u"treatment"_s, r.treatment},
                                {u"control"_s, r.control},
                                {u"global_control"_s, r.globalControl},
                                {u"capped"_s, r.capped},
                                {u"file"_s, orNull(r.file)},
                                {u"error"_s, orNull(r.error)}});
        if (r.step > 0)
            lines << u"%1 %2 step %3: %4 contacted, %5 control, %6 capped%7"_s
                         .arg(r.day.toString(Qt::ISODate), r.programme)
                         .arg(r.step)
                         .arg(r.treatment)
                         .arg(r.control)
                         .arg(r.capped)
                         .arg(r.file.isEmpty() ? QString() : u" -> "_s + QDir::toNativeSeparators(r.file));
        else
            lines
                << u"%1 %2: %3 entered, nothing to send"_s.arg(r.day.toString(Qt::ISODate), r.programme).arg(r.entered);
        if (!r.error.isEmpty())
            errors << u"%1 %2 step %3: %4"_s.arg(r.day.toString(Qt::ISODate), r.programme).arg(r.step).arg(r.error);
    }
    if (lines.isEmpty())
        lines << u"Nothing due up to %1."_s.arg(result.asOf.toString(Qt::ISODate));
    if (options.dryRun)
        lines << u"(dry run: nothing was changed)"_s;
    const QJsonObject object{
        {u"as_of"_s, result.asOf.toString(Qt::ISODate)}, {u"dry_run"_s, options.dryRun}, {u"runs"_s, runs}};
    if (!errors.isEmpty()) {
        for (const QString &e : std::as_const(errors))
            cli.note(e);
        cli.succeed(object, lines.join(u'\n'));
        return ExitData; // the runs are recorded; the lists that failed are written by the next run
    }
    return cli.succeed(object, lines.join(u'\n'));
}

QJsonObject groupJson(const ProgrammeGroupFigures &g, const QString &currency)
{
    return QJsonObject{{u"members"_s, g.members},
                       {u"converted"_s, g.converted},
                       {u"conversion_rate"_s, g.members > 0 ? QJsonValue(g.rate()) : QJsonValue(QJsonValue::Null)},
                       {u"revenue"_s, majorUnits(g.revenueMinor, currency)}};
}

QJsonObject comparisonJson(const ProgrammeComparison &c, const QString &currency)
{
    const auto &k = c.comparison;
    const QJsonValue null(QJsonValue::Null);
    return QJsonObject{
        {u"uplift"_s, k ? QJsonValue(k->difference) : null},
        {u"uplift_ci_low"_s, k ? QJsonValue(k->interval.low) : null},
        {u"uplift_ci_high"_s, k ? QJsonValue(k->interval.high) : null},
        {u"p_value"_s, k && k->pValue ? QJsonValue(*k->pValue) : null},
        {u"incremental_conversions"_s, k ? QJsonValue(c.incrementalConversions) : null},
        {u"incremental_revenue"_s, k ? QJsonValue(majorUnits(c.incrementalRevenueMinor, currency)) : null}};
}

QString percent(const ProgrammeComparison &c)
{
    if (!c.comparison)
        return u"—"_s;
    return u"%1 pp (95 %: %2 to %3)"_s.arg(c.comparison->difference * 100, 0, 'f', 1)
        .arg(c.comparison->interval.low * 100, 0, 'f', 1)
        .arg(c.comparison->interval.high * 100, 0, 'f', 1);
}

int report(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    if (!cli.parse(parser, u"programme report"_s, arguments, 2, u"WS NAME"_s))
        return cli.exitCode();
    auto ws = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), Purpose::Read);
    if (!ws)
        return cli.exitCode();
    const ProgrammeReportData r = ProgrammeReport::compute(ws->db(), parser.positionalArguments().at(1));
    if (!r.ok())
        return cli.fail(ExitData, r.error);
    const QString currency = ws->currency();
    QJsonArray steps;
    QStringList lines{u"%1: %2 entries (%3 control, %4 global control), window %5 days"_s.arg(r.name)
                          .arg(r.treatment.members + r.control.members + r.globalControl.members)
                          .arg(r.control.members)
                          .arg(r.globalControl.members)
                          .arg(r.windowDays)};
    for (const ProgrammeStepFigures &s : r.steps) {
        QJsonObject step{
            {u"step"_s, s.step},
            {u"channel"_s, s.channel},
            {u"treatment"_s, s.treatment.members},
            {u"control"_s, s.control.members},
            {u"contacted"_s, s.contacted},
            {u"capped"_s, s.capped},
            {u"converted"_s, s.treatment.converted},
            {u"control_converted"_s, s.control.converted},
            {u"conversion_rate"_s, s.treatment.members ? QJsonValue(s.treatment.rate()) : QJsonValue()},
            {u"control_conversion_rate"_s, s.control.members ? QJsonValue(s.control.rate()) : QJsonValue()},
            {u"revenue"_s, majorUnits(s.treatment.revenueMinor, currency)},
            {u"cost"_s, majorUnits(s.costMinor, currency)}};
        const QJsonObject uplift = comparisonJson(s.uplift, currency);
        for (auto it = uplift.begin(); it != uplift.end(); ++it)
            step.insert(it.key(), it.value());
        steps.append(step);
        lines << u"  step %1 (%2): %3 treatment, %4 control, %5 contacted; uplift %6"_s.arg(s.step)
                     .arg(s.channel)
                     .arg(s.treatment.members)
                     .arg(s.control.members)
                     .arg(s.contacted)
                     .arg(percent(s.uplift));
    }
    QJsonArray weeks;
    for (const ProgrammeWeek &w : r.weeks) {
        weeks.append(QJsonObject{{u"week"_s, w.week.toString(Qt::ISODate)},
                                 {u"treatment"_s, groupJson(w.treatment, currency)},
                                 {u"control"_s, groupJson(w.control, currency)},
                                 {u"incremental_conversions"_s, w.incrementalConversions},
                                 {u"cumulative_incremental_conversions"_s, w.cumulativeIncrementalConversions}});
    }
    lines << u"  against the holdout: %1"_s.arg(percent(r.againstHoldout))
          << u"  against the global control: %1"_s.arg(percent(r.againstGlobalControl));
    const QJsonObject totals{{u"treatment"_s, groupJson(r.treatment, currency)},
                             {u"control"_s, groupJson(r.control, currency)},
                             {u"global_control"_s, groupJson(r.globalControl, currency)},
                             {u"against_holdout"_s, comparisonJson(r.againstHoldout, currency)},
                             {u"against_global_control"_s, comparisonJson(r.againstGlobalControl, currency)},
                             {u"cost"_s, majorUnits(r.costMinor, currency)},
                             {u"window_days"_s, r.windowDays},
                             {u"open_entries"_s, r.openEntries}};
    return cli.succeed(
        QJsonObject{{u"programme"_s, r.name}, {u"steps"_s, steps}, {u"totals"_s, totals}, {u"weeks"_s, weeks}},
        lines.join(u'\n'));
}

int cap(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption contacts(u"contacts"_s, u"At most N contacts…"_s, u"N"_s);
    const QCommandLineOption days(u"days"_s, u"…in any D days."_s, u"D"_s);
    const QCommandLineOption off(u"off"_s, u"No cap."_s);
    parser.addOptions({contacts, days, off});
    if (!cli.parse(parser, u"programme cap"_s, arguments, 1, u"WS [--contacts N --days D | --off]"_s))
        return cli.exitCode();
    const bool setting = parser.isSet(contacts) || parser.isSet(days);
    if (setting && parser.isSet(off))
        return cli.usage(u"--off takes no --contacts or --days"_s);
    if (setting && !(parser.isSet(contacts) && parser.isSet(days)))
        return cli.usage(u"a cap needs both --contacts and --days"_s);
    auto ws = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(),
                                    setting || parser.isSet(off) ? Purpose::Write : Purpose::Read);
    if (!ws)
        return cli.exitCode();
    if (setting || parser.isSet(off)) {
        std::optional<ContactCap> wanted;
        if (setting) {
            bool okContacts = false, okDays = false;
            wanted = ContactCap{parser.value(contacts).toInt(&okContacts), parser.value(days).toInt(&okDays)};
            if (!okContacts || !okDays)
                return cli.usage(u"--contacts and --days take whole numbers"_s);
        }
        if (const QString error = ContactCap::write(ws->db(), wanted); !error.isEmpty())
            return cli.usage(error);
    }
    const auto current = ContactCap::read(ws->db());
    const QJsonValue null(QJsonValue::Null);
    return cli.succeed(
        QJsonObject{{u"contacts"_s, current ? QJsonValue(current->contacts) : null},
                    {u"days"_s, current ? QJsonValue(current->days) : null}},
        current
            ? u"At most %1 programme contacts per customer in any %2 days."_s.arg(current->contacts).arg(current->days)
            : u"No frequency cap."_s);
}

int templates(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    if (!cli.parse(parser, u"programme templates"_s, arguments, 0, {}))
        return cli.exitCode();
    QJsonArray list;
    QStringList lines;
    for (const ProgrammeTemplate &t : ProgrammeTemplates::all()) {
        list.append(QJsonObject{{u"key"_s, t.key},
                                {u"title"_s, t.title},
                                {u"description"_s, t.description},
                                {u"definition"_s, t.definition}});
        lines << u"%1: %2\n  %3"_s.arg(t.key, t.description,
                                       QString::fromUtf8(QJsonDocument(t.definition).toJson(QJsonDocument::Compact)));
    }
    return cli.succeed(QJsonObject{{u"templates"_s, list}}, lines.join(u'\n'));
}

const std::map<QString, Subcommand> &subcommands()
{
    static const std::map<QString, Subcommand> table{
        {u"save"_s, {save, "save WS --definition FILE.json [--replace]  save a programme"}},
        {u"list"_s, {list, "list WS                                     the programmes, by priority"}},
        {u"show"_s, {show, "show WS NAME                                a programme's definition and state"}},
        {u"delete"_s, {remove, "delete WS NAME                              delete a programme (its waves stay)"}},
        {u"run"_s, {run, "run WS [--name N] [--as-of D] [--dry-run]   run the due programmes day by day"}},
        {u"report"_s,
         {report, "report WS NAME                              per step and in total, against the holdouts"}},
        {u"templates"_s,
         {templates, "templates                                   definitions to start from: the 5A plays"}},
        {u"cap"_s, {cap, "cap WS [--contacts N --days D | --off]      the frequency cap across programmes"}},
    };
    return table;
}

} // namespace

int runProgramme(const QStringList &arguments)
{
    return runSubcommand(
        "programme", subcommands(),
        {u"save"_s, u"list"_s, u"show"_s, u"delete"_s, u"run"_s, u"report"_s, u"templates"_s, u"cap"_s}, arguments);
}

int runGlobalControl(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption share(u"share"_s, u"The share of all customers never contacted (0 to 0.5)."_s, u"S"_s);
    const QCommandLineOption seed(u"seed"_s, u"Which customers (any whole number)."_s, u"N"_s);
    const QCommandLineOption reset(u"reset"_s, u"Change a group that is set."_s);
    parser.addOptions({share, seed, reset});
    if (!cli.parse(parser, u"global-control"_s, arguments, 1, u"WS [--share S --seed N [--reset]]"_s))
        return cli.exitCode();
    const bool setting = parser.isSet(share) || parser.isSet(seed);
    if (setting && !(parser.isSet(share) && parser.isSet(seed)))
        return cli.usage(u"the global control needs both --share and --seed"_s);
    auto ws =
        WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), setting ? Purpose::Write : Purpose::Read);
    if (!ws)
        return cli.exitCode();
    if (setting) {
        bool okShare = false, okSeed = false;
        const double s = parser.value(share).toDouble(&okShare);
        const qlonglong n = parser.value(seed).toLongLong(&okSeed);
        if (!okShare || !okSeed || n < 0)
            return cli.usage(u"--share takes a number and --seed a whole number of at least 0"_s);
        SQLite::Transaction transaction(ws->db(), SQLite::TransactionBehavior::IMMEDIATE);
        if (const QString error = GlobalControl::set(ws->db(), s, static_cast<quint64>(n), parser.isSet(reset));
            !error.isEmpty())
            return cli.fail(ExitData, error);
        transaction.commit();
    }
    const GlobalControlGroup group = GlobalControl::read(ws->db());
    const qint64 members = GlobalControl::members(ws->db());
    const QJsonValue null(QJsonValue::Null);
    return cli.succeed(QJsonObject{{u"share"_s, group.share},
                                   {u"seed"_s, group.share > 0 ? QJsonValue(static_cast<qint64>(group.seed)) : null},
                                   {u"members"_s, members}},
                       group.share > 0
                           ? u"Global control: %1 % of customers (seed %2), %3 now."_s.arg(group.share * 100)
                                 .arg(group.seed)
                                 .arg(QLocale().toString(members))
                           : u"No global control group."_s);
}

} // namespace mwb::cli
