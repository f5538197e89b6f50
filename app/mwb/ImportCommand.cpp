// `mwb import`: one file into a workspace, atomically; see docs/CLI.md.
#include "Cli.h"
#include "CliCommands.h"

#include "store/InputFile.h"
#include "WorkspaceAccess.h"

#include "campaigns/CampaignStore.h"
#include "import/ImportHistory.h"
#include "import/Importer.h"
#include "import/MappingPresets.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mwb::cli {

namespace {

std::optional<char> delimiterFrom(const QString &text)
{
    if (text == u"auto"_s)
        return char(0);
    if (text == u"\\t"_s || text.compare(u"tab"_s, Qt::CaseInsensitive) == 0)
        return '\t';
    if (text.size() == 1 && text.at(0).unicode() < 128 && text.at(0) != u'"' && text.at(0) != u'\n')
        return static_cast<char>(text.at(0).unicode());
    return std::nullopt;
}

QString delimiterName(char delimiter)
{
    return delimiter == '\t' ? u"\\t"_s : QString(QChar::fromLatin1(delimiter));
}

} // namespace

int runImport(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption kind(u"kind"_s, u"contacts, transactions, events, results, points or referrals."_s, u"KIND"_s);
    const QCommandLineOption mapping(
        u"mapping"_s, u"A saved mapping preset, or a JSON file {\"columns\": {header: field}}."_s, u"NAME|FILE.json"_s);
    const QCommandLineOption encoding(u"encoding"_s, u"auto (default) or an encoding name such as GB18030."_s,
                                      u"NAME"_s);
    const QCommandLineOption delimiter(u"delimiter"_s, u"auto (default) or one character; \\t for tab."_s, u"CHAR"_s);
    const QCommandLineOption region(u"region"_s, u"Region for phone numbers without a country code."_s, u"CC"_s);
    const QCommandLineOption campaign(u"campaign"_s, u"Campaign id or name (results)."_s, u"ID"_s);
    const QCommandLineOption dateOrder(u"date-order"_s, u"dmy or mdy, for dates like 03/04/2024."_s, u"ORDER"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, u"Check everything and report; write nothing."_s);
    parser.addOptions({kind, mapping, encoding, delimiter, region, campaign, dateOrder, dryRun});
    if (!cli.parse(parser, u"import"_s, arguments, 2, u"WS --kind KIND FILE"_s))
        return cli.exitCode();

    ImportRequest request;
    const auto parsedKind = importKindFromName(parser.value(kind));
    if (!parser.isSet(kind) || !parsedKind)
        return cli.usage(u"--kind takes contacts, transactions, events, results, points or referrals"_s);
    request.kind = *parsedKind;
    request.path = parser.positionalArguments().at(1);
    if (parser.isSet(encoding))
        request.sniff.encoding = parser.value(encoding);
    if (parser.isSet(delimiter)) {
        const auto d = delimiterFrom(parser.value(delimiter));
        if (!d)
            return cli.usage(u"--delimiter takes auto or a single character"_s);
        request.sniff.delimiter = *d;
    }
    if (parser.isSet(region))
        request.region = parser.value(region).toUpper();
    if (parser.isSet(dateOrder)) {
        const QString order = parser.value(dateOrder).toLower();
        if (order != u"dmy"_s && order != u"mdy"_s)
            return cli.usage(u"--date-order takes dmy or mdy"_s);
        request.dateOrder = order == u"dmy"_s ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
    }
    request.dryRun = parser.isSet(dryRun);
    if (request.kind == ImportKind::Results && !parser.isSet(campaign))
        return cli.usage(u"results need --campaign ID"_s);

    if (const QString problem = InputFile::problem(request.path); !problem.isEmpty())
        return cli.fail(ExitData, problem);

    const QString workspacePath = parser.positionalArguments().constFirst();
    auto workspace = WorkspaceAccess::open(cli, workspacePath, Purpose::Write);
    if (!workspace)
        return cli.exitCode();
    Workspace &ws = *workspace;
    QString campaignName;
    if (request.kind == ImportKind::Results) {
        const auto found = CampaignStore::findByRef(ws.db(), parser.value(campaign));
        if (!found)
            return cli.fail(
                ExitData,
                u"%1: no campaign '%2'"_s.arg(QDir::toNativeSeparators(workspacePath), parser.value(campaign)));
        request.campaignId = found->id;
        campaignName = found->name;
    } else if (parser.isSet(campaign)) {
        return cli.usage(u"--campaign applies to --kind results only"_s);
    }

    if (parser.isSet(mapping)) {
        const auto loaded =
            MappingPresets::resolve(ws.db(), parser.value(mapping), request.kind, request.path, request.sniff);
        if (!loaded.error.isEmpty())
            return cli.fail(ExitData, loaded.error);
        request.mapping = loaded.mapping;
    } else if (const auto preset = MappingPresets::matching(ws.db(), request.path, request.kind, request.sniff)) {
        request.mapping = preset->mapping; // the same header set came back: reuse its mapping
    }

    const ImportResult result = Importer::run(ws.db(), request, [&cli](qint64 done, qint64 total, qint64 rows) {
        cli.progress(u"Importing (%1 rows)…"_s.arg(rows), done, total);
    });
    if (!result.ok())
        return cli.fail(ExitData, result.error);

    const ImportSummary &s = result.summary;
    QJsonObject reasons;
    for (auto it = s.rejectReasons.cbegin(); it != s.rejectReasons.cend(); ++it)
        reasons.insert(it.key(), it.value());
    QJsonArray warnings;
    for (const QString &w : s.warnings)
        warnings.append(w);
    QJsonArray mappingJson;
    for (qsizetype i = 0; i < s.mapping.size(); ++i)
        mappingJson.append(QJsonObject{{u"header"_s, s.headers.value(i)}, {u"field"_s, importFieldName(s.mapping[i])}});
    QJsonObject json{
        {u"import_id"_s, s.dryRun ? QJsonValue(QJsonValue::Null) : QJsonValue(s.importId)},
        {u"rows_read"_s, s.rowsRead},
        {u"rows_imported"_s, s.rowsImported},
        {u"rows_duplicate"_s, s.rowsDuplicate},
        {u"rows_rejected"_s, s.rowsRejected},
        {u"customers_created"_s, s.customersCreated},
        {u"customers_matched"_s, s.customersMatched},
        {u"encoding"_s, s.encoding},
        {u"delimiter"_s, delimiterName(s.delimiter)},
        {u"header"_s, s.hasHeader},
        {u"mapping"_s, mappingJson},
        {u"rejects_file"_s, s.rejectsFile.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.rejectsFile)},
        {u"reject_reasons"_s, reasons},
        {u"warnings"_s, warnings},
        {u"dry_run"_s, s.dryRun},
        {u"seconds"_s, s.seconds},
    };
    if (request.kind == ImportKind::Transactions) {
        const QString currency = ws.currency();
        json.insert(u"orders_without_customer"_s,
                    QJsonObject{{u"count"_s, s.guestOrders}, {u"amount"_s, majorUnits(s.guestOrderMinor, currency)}});
        json.insert(u"refunds"_s,
                    QJsonObject{{u"count"_s, s.refunds}, {u"amount"_s, majorUnits(s.refundMinor, currency)}});
    }
    if (request.kind == ImportKind::Results) {
        QJsonObject matchedBy;
        for (auto it = s.matchedBy.cbegin(); it != s.matchedBy.cend(); ++it)
            matchedBy.insert(it.key(), it.value());
        json.insert(u"campaign_id"_s, request.campaignId);
        json.insert(u"rows_matched"_s, s.rowsMatched);
        json.insert(u"rows_unmatched"_s, s.rowsUnmatched);
        json.insert(u"matched_by"_s, matchedBy);
    }

    QString text =
        u"%1%2: %3 rows read, %4 imported, %5 duplicates, %6 rejected; %7 customers created, %8 matched "
        "(%9, delimiter '%10')"_s.arg(s.dryRun ? u"Dry run of "_s : QString(), QFileInfo(request.path).fileName())
            .arg(s.rowsRead)
            .arg(s.rowsImported)
            .arg(s.rowsDuplicate)
            .arg(s.rowsRejected)
            .arg(s.customersCreated)
            .arg(s.customersMatched)
            .arg(s.encoding, delimiterName(s.delimiter));
    if (request.kind == ImportKind::Results) {
        QStringList by;
        for (auto it = s.matchedBy.cbegin(); it != s.matchedBy.cend(); ++it)
            by << u"%1 by %2"_s.arg(it.value()).arg(it.key());
        text += u"\n  campaign '%1': %2 rows matched (%3), %4 unmatched"_s.arg(campaignName)
                    .arg(s.rowsMatched)
                    .arg(by.isEmpty() ? u"none"_s : by.join(u", "_s))
                    .arg(s.rowsUnmatched);
    }
    if (request.kind == ImportKind::Transactions && (s.guestOrders > 0 || s.refunds > 0)) {
        const QString currency = ws.currency();
        const QLocale c = QLocale::c();
        text += u"\n  %1 orders have no customer (guests), %2 %3; %4 cancellations become refunds, %5 %6"_s.arg(
            c.toString(s.guestOrders), c.toString(majorUnits(s.guestOrderMinor, currency), 'f', 2), currency,
            c.toString(s.refunds), c.toString(majorUnits(s.refundMinor, currency), 'f', 2), currency);
    }
    for (auto it = s.rejectReasons.cbegin(); it != s.rejectReasons.cend(); ++it)
        text += u"\n  rejected %1×: %2"_s.arg(it.value()).arg(it.key());
    for (const QString &w : s.warnings)
        text += u"\n  warning: "_s + w;
    if (!s.rejectsFile.isEmpty())
        text += u"\n  rejected rows: "_s + s.rejectsFile;

    if (s.rowsRead > 0 && s.rowsRejected == s.rowsRead) {
        cli.succeed(json, text);
        return cli.fail(ExitData,
                        u"every row of %1 was rejected (first: line %2: %3)"_s.arg(QFileInfo(request.path).fileName())
                            .arg(s.firstRejects.value(0).line)
                            .arg(s.firstRejects.value(0).reason));
    }
    return cli.succeed(json, text);
}

} // namespace mwb::cli

namespace mwb::cli {

int runImports(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    if (!cli.parse(parser, u"imports"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();
    auto workspace = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), Purpose::Read);
    if (!workspace)
        return cli.exitCode();
    QJsonArray list;
    QString text;
    const QList<ImportRecord> imports = ImportHistory::list(workspace->db());
    for (const ImportRecord &r : imports) {
        list.append(QJsonObject{{u"id"_s, r.id},
                                {u"kind"_s, r.kind},
                                {u"file"_s, r.fileName},
                                {u"started_at"_s, QDateTime::fromSecsSinceEpoch(r.startedAt).toString(Qt::ISODate)},
                                {u"rows_read"_s, r.rowsRead},
                                {u"rows_imported"_s, r.rowsImported},
                                {u"rows_duplicate"_s, r.rowsDuplicate},
                                {u"rows_rejected"_s, r.rowsRejected},
                                {u"customers_created"_s, r.customersCreated},
                                {u"customers_matched"_s, r.customersMatched},
                                {u"status"_s, r.status}});
        text += u"#%1 %2 %3: %4 read, %5 imported, %6 duplicates, %7 rejected (%8)\n"_s.arg(r.id)
                    .arg(r.kind, QFileInfo(r.fileName).fileName())
                    .arg(r.rowsRead)
                    .arg(r.rowsImported)
                    .arg(r.rowsDuplicate)
                    .arg(r.rowsRejected)
                    .arg(r.status);
    }
    return cli.succeed(QJsonObject{{u"imports"_s, list}}, text.isEmpty() ? u"No imports yet."_s : text.trimmed());
}

int runUndoImport(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    if (!cli.parse(parser, u"undo-import"_s, arguments, 2, u"WS IMPORT_ID"_s))
        return cli.exitCode();
    bool ok = false;
    const qint64 id = parser.positionalArguments().at(1).toLongLong(&ok);
    if (!ok)
        return cli.usage(u"IMPORT_ID is the number `mwb imports` lists"_s);
    auto workspace = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), Purpose::Write);
    if (!workspace)
        return cli.exitCode();
    const UndoResult result = ImportHistory::undo(workspace->db(), id);
    if (!result.ok())
        return cli.fail(ExitData, result.error);
    const QJsonObject json{{u"import_id"_s, id},
                           {u"transactions_removed"_s, result.transactionsRemoved},
                           {u"events_removed"_s, result.eventsRemoved},
                           {u"customers_removed"_s, result.customersRemoved},
                           {u"customers_restored"_s, result.customersRestored}};
    return cli.succeed(json,
                       u"Undid import #%1: removed %2 orders, %3 touchpoints and %4 customers; restored %5 "
                       "customers."_s.arg(id)
                           .arg(result.transactionsRemoved)
                           .arg(result.eventsRemoved)
                           .arg(result.customersRemoved)
                           .arg(result.customersRestored));
}

} // namespace mwb::cli
