// `mwb funnel`, `mwb migration`, `mwb lifecycle-trend` and `mwb lifecycle-rules`: the 5A
// lifecycle from the command line.
#include "Cli.h"
#include "CliCommands.h"
#include "WorkspaceAccess.h"

#include "lifecycle/Lifecycle.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Exception.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace mwb::cli {

namespace {

// Opens the workspace with its stages up to date (a workspace from before the lifecycle,
// or whose rules changed).
std::unique_ptr<Workspace> openForLifecycle(Cli &cli, const QString &path)
{
    return WorkspaceAccess::open(cli, path, Purpose::Read, true);
}

// An ISO date option, read before the workspace is opened; none when absent. Invalid: a
// usage error (returns false).
bool dateOption(Cli &cli, const QCommandLineParser &parser, const QString &name, std::optional<QDate> *out)
{
    if (!parser.isSet(name))
        return true;
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!date.isValid()) {
        cli.usage(u"--%1 takes a date as YYYY-MM-DD, not '%2'"_s.arg(name, parser.value(name)));
        return false;
    }
    *out = date;
    return true;
}

double share(qint64 part, qint64 whole)
{
    return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

} // namespace

int runFunnel(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    parser.addOption(
        {u"as-of"_s, u"The day the stages are counted on (default: the last day of the data)."_s, u"DATE"_s});
    std::optional<QDate> asOfOption;
    if (!cli.parse(parser, u"funnel"_s, arguments, 1, u"WS"_s) || !dateOption(cli, parser, u"as-of"_s, &asOfOption))
        return cli.exitCode();
    try {
        auto ws = openForLifecycle(cli, parser.positionalArguments().constFirst());
        if (!ws)
            return cli.exitCode();
        const QDate asOf = asOfOption.value_or(Lifecycle::referenceDate(ws->db()));
        const Funnel funnel = Lifecycle::funnel(ws->db(), asOf);
        QJsonArray stages;
        QString text = u"5A lifecycle as of %1 (%2 customers)\n"_s.arg(asOf.toString(Qt::ISODate),
                                                                       QLocale::c().toString(funnel.total()));
        for (LifecycleStage stage : kLifecycleStages) {
            const qint64 n = funnel.customers[static_cast<std::size_t>(stageIndex(stage))];
            stages.append(QJsonObject{
                {u"stage"_s, stageName(stage)}, {u"customers"_s, n}, {u"share"_s, share(n, funnel.total())}});
            text += u"%1 %2 %3%\n"_s.arg(stageName(stage), -9)
                        .arg(QLocale::c().toString(n), 12)
                        .arg(share(n, funnel.total()) * 100, 6, 'f', 1);
        }
        text.chop(1);
        return cli.succeed(
            {{u"as_of"_s, asOf.toString(Qt::ISODate)}, {u"customers"_s, funnel.total()}, {u"stages"_s, stages}}, text);
    } catch (const SQLite::Exception &e) {
        return WorkspaceAccess::fail(e);
    }
}

int runMigration(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    parser.addOption({u"from"_s, u"The earlier day (default: one year before --to)."_s, u"DATE"_s});
    parser.addOption({u"to"_s, u"The later day (default: the last day of the data)."_s, u"DATE"_s});
    std::optional<QDate> toOption;
    std::optional<QDate> fromOption;
    if (!cli.parse(parser, u"migration"_s, arguments, 1, u"WS"_s) || !dateOption(cli, parser, u"to"_s, &toOption)
        || !dateOption(cli, parser, u"from"_s, &fromOption))
        return cli.exitCode();
    if (fromOption && toOption && *fromOption > *toOption)
        return cli.usage(u"--from must not be after --to"_s);
    try {
        auto ws = openForLifecycle(cli, parser.positionalArguments().constFirst());
        if (!ws)
            return cli.exitCode();
        const QDate to = toOption.value_or(Lifecycle::referenceDate(ws->db()));
        const QDate from = fromOption.value_or(to.addYears(-1));
        if (from > to)
            return cli.usage(u"--from must not be after --to"_s);
        const StageMigration m = Lifecycle::migration(ws->db(), from, to);
        QJsonArray rows;
        QString text = u"From %1 (rows) to %2 (columns)\n%3"_s.arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate),
                                                                   QString(10, u' '));
        for (LifecycleStage stage : kLifecycleStages)
            text += u"%1"_s.arg(stageName(stage), 10);
        for (int r = 0; r <= StageMigration::kNotYetKnown; ++r) {
            const QString rowName =
                r == StageMigration::kNotYetKnown ? u"new"_s : stageName(kLifecycleStages[static_cast<std::size_t>(r)]);
            QJsonObject row{{u"from"_s, rowName}};
            text += u"\n%1"_s.arg(rowName, -10);
            for (LifecycleStage stage : kLifecycleStages) {
                const qint64 n = m.customers[static_cast<std::size_t>(r)][static_cast<std::size_t>(stageIndex(stage))];
                row.insert(stageName(stage), n);
                text += u"%1"_s.arg(n, 10);
            }
            rows.append(row);
        }
        return cli.succeed(
            {{u"from"_s, from.toString(Qt::ISODate)}, {u"to"_s, to.toString(Qt::ISODate)}, {u"matrix"_s, rows}}, text);
    } catch (const SQLite::Exception &e) {
        return WorkspaceAccess::fail(e);
    }
}

int runLifecycleTrend(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    if (!cli.parse(parser, u"lifecycle-trend"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();
    try {
        auto ws = openForLifecycle(cli, parser.positionalArguments().constFirst());
        if (!ws)
            return cli.exitCode();
        const StageTrend trend = Lifecycle::monthlyTrend(ws->db());
        QJsonArray months;
        QString text = u"%1"_s.arg(u"month"_s, -10);
        for (LifecycleStage stage : kLifecycleStages)
            text += u"%1"_s.arg(stageName(stage), 10);
        for (qsizetype i = 0; i < trend.ends.size(); ++i) {
            QJsonObject month{{u"month"_s, trend.ends[i].toString(u"yyyy-MM"_s)},
                              {u"as_of"_s, trend.ends[i].toString(Qt::ISODate)}};
            text += u"\n%1"_s.arg(trend.ends[i].toString(u"yyyy-MM"_s), -10);
            for (LifecycleStage stage : kLifecycleStages) {
                const qint64 n = trend.customers[i][static_cast<std::size_t>(stageIndex(stage))];
                month.insert(stageName(stage), n);
                text += u"%1"_s.arg(n, 10);
            }
            months.append(month);
        }
        return cli.succeed({{u"months"_s, months}}, text);
    } catch (const SQLite::Exception &e) {
        return WorkspaceAccess::fail(e);
    }
}

int runLifecycleRules(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    parser.addOption({u"set"_s,
                      u"Changes a rule (repeatable), e.g. --set abandon_after_days_adopt=120; "
                      "the stages are recomputed."_s,
                      u"RULE=VALUE"_s});
    if (!cli.parse(parser, u"lifecycle-rules"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();
    try {
        auto workspace = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(),
                                               parser.values(u"set"_s).isEmpty() ? Purpose::Read : Purpose::Write);
        if (!workspace)
            return cli.exitCode();
        SQLite::Database &db = workspace->db();
        LifecycleRules rules = LifecycleRules::load(db);
        const QStringList changes = parser.values(u"set"_s);
        if (!changes.isEmpty()) {
            QJsonObject json = rules.toJson();
            for (const QString &change : changes) {
                const qsizetype eq = change.indexOf(u'=');
                if (eq <= 0)
                    return cli.usage(u"--set takes RULE=VALUE, not '%1'"_s.arg(change));
                const QString key = change.left(eq);
                const QString value = change.mid(eq + 1);
                bool isNumber = false;
                const int number = value.toInt(&isNumber);
                if (value == u"true"_s || value == u"false"_s)
                    json.insert(key, value == u"true"_s);
                else if (isNumber)
                    json.insert(key, number);
                else
                    return cli.fail(ExitData, u"Lifecycle rule %1 takes a whole number, not '%2'."_s.arg(key, value));
            }
            QString error;
            const LifecycleRules changed = LifecycleRules::fromJson(json, &error);
            if (!error.isEmpty())
                return cli.fail(ExitData, error);
            Lifecycle::applyRules(db, changed);
            rules = changed;
        } else {
            Lifecycle::ensureCurrent(db);
        }
        const QJsonObject json = rules.toJson();
        return cli.succeed({{u"rules"_s, json}},
                           QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
    } catch (const SQLite::Exception &e) {
        return WorkspaceAccess::fail(e);
    }
}

} // namespace mwb::cli
