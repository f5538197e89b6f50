// `mwb init` and `mwb demo`: new workspaces, empty or filled with the demo data set.
#include "Cli.h"
#include "CliCommands.h"

#include "demo/DemoGenerator.h"
#include "store/Workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mwb::cli {

int runInit(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption region(u"region"_s, u"Default region for phone numbers (ISO 3166, e.g. CN)."_s, u"CC"_s);
    const QCommandLineOption currency(u"currency"_s, u"Currency of money amounts (ISO 4217, e.g. CNY)."_s, u"CUR"_s);
    parser.addOptions({region, currency});
    if (!cli.parse(parser, u"init"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();

    NewWorkspaceOptions options;
    if (parser.isSet(region)) {
        options.region = parser.value(region).toUpper();
        if (!QRegularExpression(u"^[A-Z]{2}$"_s).match(options.region).hasMatch())
            return cli.usage(
                u"--region takes a two-letter region code such as CN or GB, not '%1'"_s.arg(parser.value(region)));
    }
    if (parser.isSet(currency)) {
        options.currency = parser.value(currency).toUpper();
        if (!QRegularExpression(u"^[A-Z]{3}$"_s).match(options.currency).hasMatch())
            return cli.usage(u"--currency takes a three-letter currency code such as CNY or EUR, not '%1'"_s.arg(
                parser.value(currency)));
    }
    const QString path = parser.positionalArguments().constFirst();
    const auto created = Workspace::create(path, options);
    if (!created.workspace)
        return cli.failStore(created.error);

    const Workspace &ws = *created.workspace;
    const QJsonObject json{
        {u"workspace"_s, QFileInfo(path).absoluteFilePath()},
        {u"schema_version"_s, ws.schemaVersion()},
        {u"region"_s, ws.region()},
        {u"currency"_s, ws.currency()},
    };
    return cli.succeed(json,
                       u"Created %1 (schema version %2, region %3, currency %4)"_s.arg(
                           path, QString::number(ws.schemaVersion()), ws.region(), ws.currency()));
}

int runDemo(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption customers(u"customers"_s, u"Number of customers (default 20000)."_s, u"N"_s);
    const QCommandLineOption seed(u"seed"_s, u"Random seed; the same seed gives the same data."_s, u"S"_s);
    const QCommandLineOption activity(u"activity"_s,
                                      u"How busy customers are: 1 (default) gives about 2 orders and 7 touchpoints "
                                      "a customer, 6 about 10 and 30."_s,
                                      u"F"_s);
    const QCommandLineOption orders(u"orders-per-customer"_s,
                                    u"Transactions a customer on average (purchases scaled to reach it)."_s, u"N"_s);
    const QCommandLineOption events(u"events-per-customer"_s,
                                    u"Events a customer on average (touchpoints scaled to reach it)."_s, u"N"_s);
    parser.addOptions({customers, seed, activity, orders, events});
    if (!cli.parse(parser, u"demo"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();

    DemoOptions options;
    if (parser.isSet(customers)) {
        bool ok = false;
        options.customers = parser.value(customers).toInt(&ok);
        if (!ok || options.customers < 0 || options.customers > 20000000)
            return cli.usage(u"--customers takes a whole number from 0 to 20000000"_s);
    }
    if (parser.isSet(activity)) {
        bool ok = false;
        options.activity = parser.value(activity).toDouble(&ok);
        if (!ok || options.activity < 0.1 || options.activity > 10)
            return cli.usage(u"--activity takes a number from 0.1 to 10"_s);
    }
    for (const auto &[option, value] :
         {std::pair{&orders, &options.ordersPerCustomer}, std::pair{&events, &options.eventsPerCustomer}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *value = parser.value(*option).toDouble(&ok);
        if (!ok || *value < 0.1 || *value > 500)
            return cli.usage(u"--%1 takes a number from 0.1 to 500"_s.arg(option->names().constFirst()));
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return cli.usage(u"--seed takes a whole number"_s);
    }
    const QString path = parser.positionalArguments().constFirst();
    QElapsedTimer timer;
    timer.start();
    const DemoResult result = DemoGenerator::create(
        path, options, [&cli](qint64 done, qint64 total) { cli.progress(u"Generating demo data…"_s, done, total); });
    if (!result.error.ok())
        return cli.failStore(result.error);

    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    const DemoSummary &s = result.summary;
    const QJsonObject json{
        {u"workspace"_s, QFileInfo(path).absoluteFilePath()},
        {u"customers"_s, s.customers},
        {u"transactions"_s, s.transactions},
        {u"events"_s, s.events},
        {u"campaigns"_s, s.campaigns},
        {u"seed"_s, QString::number(options.seed)},
        {u"seconds"_s, seconds},
    };
    return cli.succeed(json,
                       u"Created demo workspace %1: %2 customers, %3 transactions, %4 events, %5 campaigns "
                       "in %6 s"_s.arg(path)
                           .arg(s.customers)
                           .arg(s.transactions)
                           .arg(s.events)
                           .arg(s.campaigns)
                           .arg(seconds, 0, 'f', 1));
}

} // namespace mwb::cli
