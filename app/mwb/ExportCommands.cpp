// `mwb export customers`: a customer list (everyone, or a segment) as CSV or XLSX; see
// docs/CLI.md.
#include "Cli.h"
#include "CliCommands.h"
#include "WorkspaceAccess.h"
#include "SegmentInput.h"

#include "customers/CustomerExport.h"

#include <SQLiteCpp/Exception.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

#include <optional>

using namespace Qt::StringLiterals;

namespace mwb::cli {

namespace {

int exportCustomers(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption out(u"out"_s, u"The file to write; replaced only when the export is complete."_s,
                                 u"FILE"_s);
    const QCommandLineOption segment(u"segment"_s, u"Only the members of this saved segment."_s, u"NAME"_s);
    const QCommandLineOption definition(u"definition"_s, u"Only the members of this segment definition."_s,
                                        u"FILE.json"_s);
    const QCommandLineOption format(u"format"_s, u"csv or xlsx (default: from the file's suffix, else csv)."_s,
                                    u"FORMAT"_s);
    const QCommandLineOption columns(
        u"columns"_s, u"Comma-separated columns (default: %1)."_s.arg(CustomerExport::defaultColumns().join(u',')),
        u"a,b,c"_s);
    const QCommandLineOption bom(u"bom"_s, u"CSV: start with a UTF-8 byte order mark (for Excel)."_s);
    const QCommandLineOption delimiter(u"delimiter"_s, u"CSV: the field separator, one character; \\t for tab."_s,
                                       u"CHAR"_s);
    parser.addOptions({out, segment, definition, format, columns, bom, delimiter});
    if (!cli.parse(parser, u"export customers"_s, arguments, 1, u"WS --out FILE"_s))
        return cli.exitCode();

    // Everything that can be checked without the workspace is checked first: a usage error
    // touches no file.
    CustomerExportRequest request;
    request.path = parser.value(out);
    if (request.path.isEmpty())
        return cli.usage(u"export customers takes --out FILE"_s);
    if (parser.isSet(segment) && parser.isSet(definition))
        return cli.usage(u"export customers takes --segment or --definition, not both"_s);
    request.options.format = exportFormatForPath(request.path);
    if (parser.isSet(format)) {
        const auto chosen = exportFormatFromName(parser.value(format));
        if (!chosen)
            return cli.usage(u"--format takes csv or xlsx, not '%1'"_s.arg(parser.value(format)));
        request.options.format = *chosen;
    }
    if (request.options.format == ExportFormat::Xlsx && (parser.isSet(bom) || parser.isSet(delimiter)))
        return cli.usage(u"--bom and --delimiter apply to CSV only"_s);
    request.options.bom = parser.isSet(bom);
    if (parser.isSet(delimiter)) {
        const auto d = exportDelimiterFrom(parser.value(delimiter));
        if (!d)
            return cli.usage(
                u"--delimiter takes one character such as , ; | or \\t, not '%1'"_s.arg(parser.value(delimiter)));
        request.options.delimiter = *d;
    }
    if (parser.isSet(columns)) {
        for (const QString &column : parser.value(columns).split(u','))
            request.columns.append(column.trimmed());
        const QString error = CustomerExport::validateColumns(request.columns);
        if (!error.isEmpty())
            return cli.usage(u"--columns: "_s + error);
    }

    const QString workspace = parser.positionalArguments().constFirst();
    if (!checkOutput(cli, request.path, workspace))
        return cli.exitCode();

    try {
        auto ws = SegmentInput::openWorkspace(cli, workspace, Purpose::Read);
        if (!ws)
            return cli.exitCode();
        QString source;
        if (parser.isSet(segment)) {
            const auto saved = SegmentInput::findSaved(cli, *ws, parser.value(segment));
            if (!saved)
                return cli.exitCode();
            request.segment = saved->node;
            source = SegmentInput::savedSource(saved->saved.name);
        } else if (parser.isSet(definition)) {
            source = parser.value(definition);
            const auto file = SegmentInput::readFile(cli, source);
            if (!file)
                return cli.exitCode();
            request.segment = file->node;
        }

        CustomerExport::Progress progress;
        if (Cli::stderrIsTerminal())
            progress = [&cli](qint64 done, qint64 total) { cli.progress(u"Exporting…"_s, done, total); };
        const CustomerExportResult result = CustomerExport::run(ws->db(), request, progress);
        if (!result.ok()) {
            if (result.problem == CustomerExportResult::Problem::Segment)
                return SegmentInput::failDefinition(cli, source, result.error);
            return cli.fail(result.problem == CustomerExportResult::Problem::Workspace ? ExitInternal : ExitData,
                            result.error);
        }
        return cli.succeed({{u"rows"_s, result.rows},
                            {u"file"_s, result.file},
                            {u"format"_s, exportFormatName(request.options.format)},
                            {u"columns"_s, QJsonArray::fromStringList(result.columns)}},
                           u"Exported %1 customers to %2"_s.arg(QLocale::c().toString(result.rows),
                                                                QDir::toNativeSeparators(result.file)));
    } catch (const SQLite::Exception &e) {
        return WorkspaceAccess::fail(e);
    }
}

} // namespace

int runExport(const QStringList &arguments)
{
    const QString what = arguments.value(0);
    if (what == u"--help"_s || what == u"-h"_s) {
        std::puts("Usage: mwb export customers WS --out FILE [--segment NAME | --definition FILE.json] "
                  "[--format csv|xlsx] [--columns a,b,c] [--bom] [--delimiter CHAR]");
        return ExitOk;
    }
    if (what != u"customers"_s) {
        Cli cli;
        return cli.usage(what.isEmpty() ? u"usage: mwb export customers WS --out FILE [options]"_s
                                        : u"unknown export '%1'; use export customers"_s.arg(what));
    }
    return exportCustomers(arguments.mid(1));
}

} // namespace mwb::cli
