// `mwb check` and `mwb recover`: what is wrong with a workspace, and the way out of a
// damaged one; see docs/CLI.md.
#include "Cli.h"
#include "CliCommands.h"

#include "maintenance/WorkspaceCheck.h"
#include "maintenance/WorkspaceRecovery.h"
#include "store/OutputGuard.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Database.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mwb::cli {

int runCheck(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    if (!cli.parse(parser, u"check"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();
    const QString path = parser.positionalArguments().constFirst();
    if (!QFileInfo(path).isFile())
        return cli.fail(ExitData,
                        QFileInfo::exists(path) ? u"%1 is not a regular file"_s.arg(path)
                                                : u"%1 does not exist"_s.arg(path));
    const CheckReport report = WorkspaceCheck::run(path);
    if (!report.error.isEmpty())
        return cli.fail(ExitData, report.error);
    QJsonObject keys;
    for (auto it = report.foreignKeys.cbegin(); it != report.foreignKeys.cend(); ++it)
        keys.insert(it.key(), it.value());
    const QJsonObject json{
        {u"ok"_s, report.ok()},
        {u"integrity"_s, QJsonArray::fromStringList(report.integrity)},
        {u"foreign_keys"_s, keys},
        {u"search_index"_s,
         report.searchIndex.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(report.searchIndex)},
        {u"sales_daily_mismatches"_s, report.salesDailyMismatches},
        {u"customer_months_mismatches"_s, report.customerMonthsMismatches},
        {u"customer_metrics_mismatches"_s,
         report.derivedChecked ? QJsonValue(report.customerMetricsMismatches) : QJsonValue(QJsonValue::Null)},
        {u"customers"_s, report.customers},
    };
    QStringList lines;
    const QString name = QFileInfo(path).fileName();
    if (!report.integrity.isEmpty()) {
        lines << u"%1 is damaged:"_s.arg(name);
        for (const QString &line : report.integrity.mid(0, 10))
            lines << u"  "_s + line;
        if (report.integrity.size() > 10)
            lines << u"  … and %1 more findings (all of them with --json)"_s.arg(report.integrity.size() - 10);
        lines << u"Save what can be read with: mwb recover %1 --out NEW.mwb"_s.arg(QDir::toNativeSeparators(path));
    } else {
        lines << u"Pages and indexes: sound"_s;
        for (auto it = report.foreignKeys.cbegin(); it != report.foreignKeys.cend(); ++it)
            lines << u"References: %1 rows of %2 point to rows that are not there"_s.arg(it.value()).arg(it.key());
        lines << (report.searchIndex.isEmpty() ? u"Search index: agrees with the customers"_s
                                               : u"Search index: "_s + report.searchIndex);
        lines << (report.salesDailyMismatches == 0
                      ? u"Daily sales: agree with the orders"_s
                      : u"Daily sales: %1 days differ from the orders"_s.arg(report.salesDailyMismatches));
        lines << (report.customerMonthsMismatches == 0
                      ? u"Customers' months: agree with the orders"_s
                      : u"Customers' months: %1 differ from the orders"_s.arg(report.customerMonthsMismatches));
        if (!report.derivedChecked)
            lines << u"Customer figures, stages and scores: not checked (the workspace cannot be changed)"_s;
        else if (report.customerMetricsMismatches == 0)
            lines << u"Customer figures, stages and scores: agree with the history"_s;
        else
            lines << u"Customer figures, stages and scores: %1 customers differ from their history"_s.arg(
                report.customerMetricsMismatches);
    }
    if (!report.ok()) {
        if (cli.json())
            cli.succeed(json, QString());
        else
            cli.succeed({}, lines.join(u'\n'));
        return ExitData;
    }
    return cli.succeed(json, lines.join(u'\n'));
}

int runRecover(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption out(u"out"_s, u"The new workspace to write what can be read into (must not exist)."_s,
                                 u"NEW.mwb"_s);
    parser.addOption(out);
    if (!cli.parse(parser, u"recover"_s, arguments, 1, u"WS --out NEW.mwb"_s))
        return cli.exitCode();
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return cli.usage(u"recover takes --out NEW.mwb"_s);
    const QString damaged = parser.positionalArguments().constFirst();
    const QString target = parser.value(out);
    if (const OutputTarget checked = OutputGuard::check(target, ExistingFile::Refuse); !checked.ok())
        return cli.fail(ExitData, checked.error);
    const RecoveryReport report = WorkspaceRecovery::run(damaged, target);
    if (!report.ok())
        return cli.fail(ExitData, report.error);
    QJsonArray tables;
    QStringList lines{u"Recovered into %1:"_s.arg(QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath()))};
    qint64 damagedStretches = 0;
    for (const RecoveredTable &t : report.tables) {
        tables.append(QJsonObject{{u"table"_s, t.table},
                                  {u"copied"_s, t.copied},
                                  {u"unreadable"_s, t.unreadable},
                                  {u"left_out"_s, t.leftOut}});
        damagedStretches += t.unreadable;
        if (t.copied > 0 || t.unreadable > 0 || t.leftOut > 0) {
            QString line = u"  %1: %2 rows"_s.arg(t.table, -26).arg(t.copied);
            if (t.unreadable > 0)
                line += u", %1 damaged stretch(es) skipped"_s.arg(t.unreadable);
            if (t.leftOut > 0)
                line += u", %1 left out (they referred to lost rows)"_s.arg(t.leftOut);
            lines << line;
        }
    }
    return cli.succeed({{u"workspace"_s, QFileInfo(target).absoluteFilePath()},
                        {u"tables"_s, tables},
                        {u"damaged_stretches"_s, damagedStretches}},
                       lines.join(u'\n'));
}

} // namespace mwb::cli
