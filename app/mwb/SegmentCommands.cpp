// `mwb segment count|save|list|show|delete|snapshot` and `mwb rfm`: segments from the
// command line; see docs/CLI.md.
#include "Cli.h"
#include "CliCommands.h"
#include "WorkspaceAccess.h"
#include "SegmentInput.h"

#include "metrics/RfmScores.h"
#include "segments/SegmentQuery.h"
#include "segments/SegmentStore.h"

#include <SQLiteCpp/Exception.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace mwb::cli {

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

double share(qint64 part, qint64 whole)
{
    return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

QString countText(const SegmentCount &count)
{
    const QLocale c = QLocale::c();
    return u"%1 of %2 customers (%3%) in %4 ms"_s.arg(c.toString(count.count), c.toString(count.total))
        .arg(share(count.count, count.total) * 100, 0, 'f', 1)
        .arg(count.millis);
}

// --name, required and not blank: a usage error otherwise.
bool requireName(Cli &cli, const QCommandLineParser &parser, QString *name)
{
    *name = parser.value(u"name"_s).trimmed();
    if (name->isEmpty()) {
        cli.usage(u"--name takes the segment's name"_s);
        return false;
    }
    return true;
}

const QCommandLineOption kNameOption(u"name"_s, u"The saved segment's name."_s, u"NAME"_s);
const QCommandLineOption kDefinitionOption(u"definition"_s, u"A segment definition (JSON, see docs/CLI.md)."_s,
                                           u"FILE.json"_s);

int segmentCount(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    parser.addOptions({kNameOption, kDefinitionOption});
    if (!cli.parse(parser, u"segment count"_s, arguments, 1, u"WS (--definition FILE.json | --name NAME)"_s))
        return cli.exitCode();
    if (parser.isSet(kNameOption) == parser.isSet(kDefinitionOption))
        return cli.usage(u"segment count takes either --definition FILE.json or --name NAME"_s);
    QString name;
    if (parser.isSet(kNameOption) && !requireName(cli, parser, &name))
        return cli.exitCode();
    auto ws = SegmentInput::openWorkspace(cli, parser.positionalArguments().constFirst(), Purpose::Read);
    if (!ws)
        return cli.exitCode();

    SegmentNode node;
    QString source;
    std::optional<NamedSegment> saved;
    if (parser.isSet(kDefinitionOption)) {
        source = parser.value(kDefinitionOption);
        const auto file = SegmentInput::readFile(cli, source);
        if (!file)
            return cli.exitCode();
        node = file->node;
    } else {
        saved = SegmentInput::findSaved(cli, *ws, name);
        if (!saved)
            return cli.exitCode();
        node = saved->node;
        source = SegmentInput::savedSource(name);
    }
    const SegmentCount count = SegmentQuery::count(ws->db(), node);
    if (!count.ok())
        return SegmentInput::failDefinition(cli, source, count.error);
    QJsonObject json{{u"count"_s, count.count},
                     {u"millis"_s, count.millis},
                     {u"total"_s, count.total},
                     {u"share"_s, share(count.count, count.total)}};
    if (saved) {
        if (!ws->readOnly()) // a workspace that cannot be changed keeps its last count
            SegmentStore::recordCount(ws->db(), saved->saved.id, count.count);
        json.insert(u"id"_s, saved->saved.id);
        json.insert(u"name"_s, saved->saved.name);
    }
    return cli.succeed(json, countText(count));
}

int segmentSave(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption replace(u"replace"_s, u"Replace the definition of a segment of that name."_s);
    parser.addOptions({kNameOption, kDefinitionOption, replace});
    if (!cli.parse(parser, u"segment save"_s, arguments, 1, u"WS --name NAME --definition FILE.json"_s))
        return cli.exitCode();
    QString name;
    if (!requireName(cli, parser, &name))
        return cli.exitCode();
    if (!parser.isSet(kDefinitionOption))
        return cli.usage(u"segment save takes --definition FILE.json"_s);
    auto ws = SegmentInput::openWorkspace(cli, parser.positionalArguments().constFirst(), Purpose::Write);
    if (!ws)
        return cli.exitCode();
    const QString source = parser.value(kDefinitionOption);
    const auto file = SegmentInput::readFile(cli, source);
    if (!file)
        return cli.exitCode();
    // Counting compiles it too: a definition naming an unknown campaign is refused before it is saved.
    const SegmentCount count = SegmentQuery::count(ws->db(), file->node);
    if (!count.ok())
        return SegmentInput::failDefinition(cli, source, count.error);

    qint64 id = 0;
    const auto existing = SegmentStore::findByName(ws->db(), name);
    if (existing && parser.isSet(replace)) {
        const QString error = SegmentStore::updateDefinition(ws->db(), existing->id, file->json);
        if (!error.isEmpty())
            return cli.fail(ExitData, error);
        id = existing->id;
    } else {
        const SegmentSaveResult saved = SegmentStore::save(ws->db(), name, file->json);
        if (!saved.ok())
            return cli.fail(ExitData, saved.error);
        id = saved.id;
    }
    SegmentStore::recordCount(ws->db(), id, count.count);
    return cli.succeed({{u"id"_s, id}, {u"name"_s, name}, {u"count"_s, count.count}},
                       u"Saved segment %1 '%2': %3"_s.arg(QString::number(id), name, countText(count)));
}

int segmentList(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    if (!cli.parse(parser, u"segment list"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();
    auto ws = SegmentInput::openWorkspace(cli, parser.positionalArguments().constFirst(), Purpose::Read);
    if (!ws)
        return cli.exitCode();
    QJsonArray segments;
    QString text = u"%1  %2  %3"_s.arg(u"id"_s, 6).arg(u"customers"_s, 12).arg(u"name"_s);
    for (const SavedSegment &saved : SegmentStore::list(ws->db())) {
        QJsonObject entry{{u"id"_s, saved.id},
                          {u"name"_s, saved.name},
                          {u"definition"_s, saved.definition},
                          {u"updated_at"_s, timeValue(saved.updatedAt)}};
        // Segments are dynamic: the list shows what they hold now.
        const SegmentParse parsed = SegmentDefinition::fromJson(saved.definition);
        const SegmentCount count = parsed.ok() ? SegmentQuery::count(ws->db(), parsed.node) : SegmentCount{};
        const QString error = parsed.ok() ? count.error : parsed.error;
        if (error.isEmpty()) {
            if (!ws->readOnly())
                SegmentStore::recordCount(ws->db(), saved.id, count.count);
            entry.insert(u"count"_s, count.count);
        } else {
            entry.insert(u"count"_s, QJsonValue::Null);
            entry.insert(u"error"_s, error);
        }
        segments.append(entry);
        text += u"\n%1  %2  %3"_s.arg(saved.id, 6)
                    .arg(error.isEmpty() ? QLocale::c().toString(count.count) : u"invalid"_s, 12)
                    .arg(saved.name);
    }
    return cli.succeed({{u"segments"_s, segments}}, text);
}

int segmentShow(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    parser.addOption(kNameOption);
    QString name;
    if (!cli.parse(parser, u"segment show"_s, arguments, 1, u"WS --name NAME"_s) || !requireName(cli, parser, &name))
        return cli.exitCode();
    auto ws = SegmentInput::openWorkspace(cli, parser.positionalArguments().constFirst(), Purpose::Read);
    if (!ws)
        return cli.exitCode();
    const auto segment = SegmentInput::findSaved(cli, *ws, name);
    if (!segment)
        return cli.exitCode();
    const SavedSegment &saved = segment->saved;
    const QString description = SegmentDefinition::describe(segment->node);
    const QJsonObject json{
        {u"id"_s, saved.id},
        {u"name"_s, saved.name},
        {u"definition"_s, saved.definition},
        {u"description"_s, description},
        {u"updated_at"_s, timeValue(saved.updatedAt)},
        {u"last_count"_s, saved.lastCount ? QJsonValue(*saved.lastCount) : QJsonValue(QJsonValue::Null)},
        {u"last_counted_at"_s, timeValue(saved.lastCountedAt)}};
    const QString text = u"%1 (id %2)\n%3\n%4"_s.arg(
        saved.name, QString::number(saved.id), description,
        QString::fromUtf8(QJsonDocument(saved.definition).toJson(QJsonDocument::Indented)).trimmed());
    return cli.succeed(json, text);
}

int segmentDelete(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    parser.addOption(kNameOption);
    QString name;
    if (!cli.parse(parser, u"segment delete"_s, arguments, 1, u"WS --name NAME"_s) || !requireName(cli, parser, &name))
        return cli.exitCode();
    auto workspace = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), Purpose::Write);
    if (!workspace)
        return cli.exitCode();
    const auto saved = SegmentStore::findByName(workspace->db(), name);
    if (!saved)
        return cli.fail(ExitData, u"No segment named '%1' in %2."_s.arg(name, workspace->displayName()));
    const QString error = SegmentStore::remove(workspace->db(), saved->id);
    if (!error.isEmpty())
        return cli.fail(ExitData, error);
    return cli.succeed({{u"id"_s, saved->id}, {u"name"_s, saved->name}},
                       u"Deleted segment %1 '%2'"_s.arg(QString::number(saved->id), saved->name));
}

int segmentSnapshot(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    parser.addOption(kNameOption);
    QString name;
    if (!cli.parse(parser, u"segment snapshot"_s, arguments, 1, u"WS --name NAME"_s)
        || !requireName(cli, parser, &name))
        return cli.exitCode();
    auto ws = SegmentInput::openWorkspace(cli, parser.positionalArguments().constFirst(), Purpose::Write);
    if (!ws)
        return cli.exitCode();
    const auto segment = SegmentInput::findSaved(cli, *ws, name);
    if (!segment)
        return cli.exitCode();
    QString error;
    const auto snapshot = SegmentStore::snapshot(ws->db(), segment->saved.id, &error);
    if (!snapshot)
        return SegmentInput::failDefinition(cli, SegmentInput::savedSource(name), error);
    return cli.succeed({{u"snapshot_id"_s, snapshot->id},
                        {u"segment_id"_s, snapshot->segmentId},
                        {u"name"_s, segment->saved.name},
                        {u"customers"_s, snapshot->customers},
                        {u"taken_at"_s, timeValue(snapshot->takenAt)}},
                       u"Snapshot %1 of '%2': %3 customers"_s.arg(QString::number(snapshot->id), segment->saved.name,
                                                                  QLocale::c().toString(snapshot->customers)));
}

struct SegmentCommand
{
    std::function<int(const QStringList &)> run;
    const char *summary;
};

const std::map<QString, SegmentCommand> &segmentCommands()
{
    static const std::map<QString, SegmentCommand> table{
        {u"count"_s, {segmentCount, "count WS (--definition FILE.json | --name NAME)         live count"}},
        {u"save"_s, {segmentSave, "save WS --name NAME --definition FILE.json [--replace]  saves a segment"}},
        {u"list"_s,
         {segmentList, "list WS                                                 saved segments, counted now"}},
        {u"show"_s,
         {segmentShow, "show WS --name NAME                                     definition and description"}},
        {u"delete"_s,
         {segmentDelete, "delete WS --name NAME                                   removes a saved segment"}},
        {u"snapshot"_s,
         {segmentSnapshot, "snapshot WS --name NAME                                 freezes its members"}},
    };
    return table;
}

} // namespace

int runSegment(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"--help"_s || sub == u"-h"_s || sub.isEmpty()) {
        FILE *stream = sub.isEmpty() ? stderr : stdout;
        std::fputs("Usage: mwb segment SUBCOMMAND WS [options]\n\nSubcommands:\n", stream);
        for (const auto &[name, command] : segmentCommands())
            std::fprintf(stream, "  %s\n", command.summary);
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    const auto it = segmentCommands().find(sub);
    if (it == segmentCommands().end()) {
        Cli cli;
        return cli.usage(
            u"unknown segment subcommand '%1'; use count, save, list, show, delete or snapshot"_s.arg(sub));
    }
    try {
        return it->second.run(arguments.mid(1));
    } catch (const SQLite::Exception &e) {
        return WorkspaceAccess::fail(e);
    }
}

int runRfm(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    if (!cli.parse(parser, u"rfm"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();
    try {
        auto ws = SegmentInput::openWorkspace(cli, parser.positionalArguments().constFirst(), Purpose::Read);
        if (!ws)
            return cli.exitCode();
        const QString currency = ws->currency();
        const RfmGrid grid = RfmScores::grid(ws->db());
        QJsonArray cells;
        std::map<QString, std::pair<qint64, qint64>> bySegment; // name -> customers, revenue
        QString text = u"Customers by R (rows, 5 = bought most recently) and F (columns, 5 = most orders)\n%1"_s.arg(
            u"R\\F"_s, -4);
        for (int f = 1; f <= 5; ++f)
            text += u"%1"_s.arg(f, 9);
        for (int r = 5; r >= 1; --r) {
            text += u"\n%1"_s.arg(r, -4);
            for (int f = 1; f <= 5; ++f) {
                const qint64 n = grid.customers[static_cast<std::size_t>(r - 1)][static_cast<std::size_t>(f - 1)];
                const qint64 revenue =
                    grid.revenueMinor[static_cast<std::size_t>(r - 1)][static_cast<std::size_t>(f - 1)];
                const QString segment = RfmScores::segmentName(r, f);
                cells.append(QJsonObject{{u"r"_s, r},
                                         {u"f"_s, f},
                                         {u"customers"_s, n},
                                         {u"revenue"_s, majorUnits(revenue, currency)},
                                         {u"segment"_s, segment}});
                bySegment[segment].first += n;
                bySegment[segment].second += revenue;
                text += u"%1"_s.arg(n, 9);
            }
        }
        QJsonArray segments;
        for (const QString &name : RfmScores::segmentNames()) {
            const auto [customers, revenue] = bySegment[name];
            segments.append(QJsonObject{
                {u"segment"_s, name}, {u"customers"_s, customers}, {u"revenue"_s, majorUnits(revenue, currency)}});
            text += u"\n%1 %2"_s.arg(name, -20).arg(QLocale::c().toString(customers), 9);
        }
        return cli.succeed(
            {{u"cells"_s, cells}, {u"segments"_s, segments}, {u"scored"_s, grid.scored}, {u"currency"_s, currency}},
            text);
    } catch (const SQLite::Exception &e) {
        return WorkspaceAccess::fail(e);
    }
}

} // namespace mwb::cli
