#include "Cli.h"

#include "WorkspaceAccess.h"

#include "export/ExportOptions.h"
#include "store/OutputGuard.h"
#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Exception.h>

#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define MWB_ISATTY _isatty
#define MWB_FILENO _fileno
#else
#include <unistd.h>
#define MWB_ISATTY isatty
#define MWB_FILENO fileno
#endif

using namespace Qt::StringLiterals;

namespace mwb::cli {

namespace {

void writeLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

bool Cli::parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                int requiredPositionals, const QString &positionalSyntax)
{
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object on stdout."_s);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption waitOption(
        u"wait"_s, u"Wait up to SECONDS for another program's write to the workspace (default 5)."_s, u"SECONDS"_s);
    parser.addOption(jsonOption);
    parser.addOption(helpOption);
    parser.addOption(waitOption);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{u"mwb "_s + command} + arguments)) {
        m_exitCode = usage(parser.errorText());
        return false;
    }
    m_json = parser.isSet(jsonOption);
    if (parser.isSet(waitOption)) {
        bool ok = false;
        const int seconds = parser.value(waitOption).toInt(&ok);
        if (!ok || seconds < 0 || seconds > 86400) {
            m_exitCode =
                usage(u"--wait takes a number of seconds from 0 to 86400, not '%1'"_s.arg(parser.value(waitOption)));
            return false;
        }
        m_waitSeconds = seconds;
    }
    if (parser.isSet(helpOption)) {
        writeLine(stdout,
                  u"Usage: mwb %1 %2 [options]\n"_s.arg(command, positionalSyntax)
                      + parser.helpText().section(u'\n', 1));
        m_exitCode = ExitOk;
        return false;
    }
    if (parser.positionalArguments().size() != requiredPositionals) {
        m_exitCode = usage(u"usage: mwb %1 %2 [options]"_s.arg(command, positionalSyntax));
        return false;
    }
    return true;
}

int Cli::fail(int code, const QString &message)
{
    endProgress();
    writeLine(stderr, u"mwb: "_s + message);
    m_exitCode = code;
    return code;
}

int Cli::failStore(const StoreError &error)
{
    const int code = error.code == StoreError::Code::MigrationFailed ? ExitInternal : ExitData;
    return fail(code, error.message);
}

void Cli::note(const QString &message)
{
    endProgress();
    writeLine(stderr, u"mwb: note: "_s + message);
}

int Cli::usage(const QString &message)
{
    return fail(ExitUsage, message + u" (see mwb --help)"_s);
}

int Cli::succeed(const QJsonObject &object, const QString &text)
{
    endProgress();
    if (m_json)
        writeLine(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    else
        writeLine(stdout, text);
    m_exitCode = ExitOk;
    return ExitOk;
}

bool Cli::stderrIsTerminal()
{
    return MWB_ISATTY(MWB_FILENO(stderr)) != 0;
}

void Cli::progress(const QString &what, qint64 done, qint64 total)
{
    if (!stderrIsTerminal() || total <= 0)
        return;
    const int percent = static_cast<int>(done * 100 / total);
    const QByteArray line = u"\r%1 %2%"_s.arg(what).arg(percent).toUtf8();
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
    m_progressShown = true;
}

void Cli::endProgress()
{
    if (m_progressShown) {
        std::fputc('\n', stderr);
        m_progressShown = false;
    }
}

std::optional<char> exportDelimiterFrom(const QString &text)
{
    if (text == u"\\t"_s || text.compare(u"tab"_s, Qt::CaseInsensitive) == 0)
        return '\t';
    if (text.size() == 1 && text.at(0).unicode() < 128 && isValidCsvDelimiter(static_cast<char>(text.at(0).unicode())))
        return static_cast<char>(text.at(0).unicode());
    return std::nullopt;
}

bool checkOutput(Cli &cli, const QString &out, const QString &workspace)
{
    const OutputTarget target = OutputGuard::check(out, ExistingFile::Replace);
    if (target.ok())
        return true;
    const bool itself =
        QFileInfo::exists(out) && QFileInfo(out).canonicalFilePath() == QFileInfo(workspace).canonicalFilePath();
    if (itself)
        cli.usage(target.error);
    else
        cli.fail(ExitData, target.error);
    return false;
}

int runGuarded(int (*command)(const QStringList &), const QStringList &arguments)
{
    try {
        return command(arguments);
    } catch (const SQLite::Exception &e) {
        return WorkspaceAccess::fail(e);
    }
}

int runSubcommand(const char *command, const std::map<QString, Subcommand> &table, const QStringList &order,
                  const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"--help"_s || sub == u"-h"_s || sub.isEmpty()) {
        FILE *stream = sub.isEmpty() ? stderr : stdout;
        std::fprintf(stream, "Usage: mwb %s SUBCOMMAND WS [options]\n\nSubcommands:\n", command);
        for (const QString &name : order)
            std::fprintf(stream, "  %s\n", table.at(name).summary);
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    const auto it = table.find(sub);
    if (it == table.end()) {
        Cli cli;
        const QString choices =
            order.size() > 1 ? order.mid(0, order.size() - 1).join(u", "_s) + u" or "_s + order.last() : order.value(0);
        return cli.usage(u"unknown %1 subcommand '%2'; use %3"_s.arg(QLatin1StringView(command), sub, choices));
    }
    try {
        return it->second.run(arguments.mid(1));
    } catch (const SQLite::Exception &e) {
        return WorkspaceAccess::fail(e);
    }
}

double majorUnits(qint64 minor, const QString &currency)
{
    return static_cast<double>(minor) / minorUnitsPerMajor(currency);
}

std::optional<QDate> dateOption(Cli &cli, const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return QDate();
    const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!date.isValid()) {
        cli.usage(u"--%1 takes YYYY-MM-DD"_s.arg(option.names().constFirst()));
        return std::nullopt;
    }
    return date;
}

} // namespace mwb::cli
