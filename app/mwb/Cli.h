// Cli: what every `mwb` command shares: its exit codes, how it reports errors, JSON or
// text output, and progress on stderr when stderr is a terminal.
#pragma once

#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>

namespace mwb::cli {

enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,
    ExitData = 2,
    ExitInternal = 3
};

class Cli
{
public:
    // Parses `arguments` (the command's own, after its name) with the options every command
    // knows (--json, --help) plus the command's. Returns false, with an exit code set, when
    // the command should stop (usage error or --help).
    bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
               int requiredPositionals, const QString &positionalSyntax);

    bool json() const { return m_json; }
    // --wait SECONDS: how long to wait for another program's write to the workspace (default 5).
    int waitSeconds() const { return m_waitSeconds; }
    int exitCode() const { return m_exitCode; }

    // One line on stderr, prefixed "mwb: ".
    int fail(int code, const QString &message);
    // "mwb: note: …" on stderr: something the user should know that is not an error.
    void note(const QString &message);
    int failStore(const StoreError &error);
    int usage(const QString &message);

    // Prints the result: the JSON object on stdout with --json, else `text`.
    int succeed(const QJsonObject &object, const QString &text);

    // "\rGenerating… 42%" on stderr, only when it is a terminal.
    void progress(const QString &what, qint64 done, qint64 total);
    void endProgress();

    static bool stderrIsTerminal();

private:
    bool m_json = false;
    int m_waitSeconds = 5;
    int m_exitCode = ExitOk;
    bool m_progressShown = false;
};

// A YYYY-MM-DD option: an invalid date when it is not given, nothing (after a usage error)
// when it cannot be read.
std::optional<QDate> dateOption(Cli &cli, const QCommandLineParser &parser, const QCommandLineOption &option);

// An export's CSV delimiter from the command line: one character such as , ; | or \t
// ("tab" too); nothing when it cannot separate CSV fields.
std::optional<char> exportDelimiterFrom(const QString &text);

// Checks an --out FILE before the workspace is opened, so a refused target touches nothing:
// the workspace itself is a usage error (exit 1), anything else OutputGuard refuses exits 2.
// False (after reporting) when it may not be written.
bool checkOutput(Cli &cli, const QString &out, const QString &workspace);

// Runs a command; an SQLite error that escapes it becomes one line (see WorkspaceAccess::fail).
int runGuarded(int (*command)(const QStringList &), const QStringList &arguments);

// A command of subcommands (`mwb campaign create …`): each with its run and its line of help.
struct Subcommand
{
    std::function<int(const QStringList &)> run;
    const char *summary;
};
// Runs the subcommand `arguments` names (help without one; an unknown one is a usage error
// listing them, in `order`), an SQLite error that escapes it becoming one line.
int runSubcommand(const char *command, const std::map<QString, Subcommand> &table, const QStringList &order,
                  const QStringList &arguments);

// Money in JSON is a number in major units.
double majorUnits(qint64 minor, const QString &currency);

} // namespace mwb::cli
