// mwb: scripted imports, exports and reports on a workspace; see docs/CLI.md.
#include "Cli.h"
#include "CliCommands.h"
#include "WorkspaceAccess.h"
#include "store/Workspace.h"

#include <QCoreApplication>

#include <cstdio>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;
using namespace mwb::cli;

namespace {

struct Command
{
    std::function<int(const QStringList &)> run;
    const char *summary;
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table{
        {u"init"_s, {runInit, "init WS [--region CC] [--currency CUR]   create an empty workspace"}},
        {u"demo"_s,
         {runDemo,
          "demo WS [--customers N] [--seed S] [--activity F] [--orders-per-customer N] [--events-per-customer N]  "
          "create the demo workspace"}},
        {u"stats"_s, {runStats, "stats WS                                 workspace totals"}},
        {u"import"_s, {runImport, "import WS --kind KIND FILE [--dry-run]   import contacts, transactions or events"}},
        {u"imports"_s, {runImports, "imports WS                               the imports, newest first"}},
        {u"undo-import"_s, {runUndoImport, "undo-import WS IMPORT_ID                remove what one import added"}},
        {u"funnel"_s, {runFunnel, "funnel WS [--as-of DATE]                 5A lifecycle counts on a day"}},
        {u"migration"_s, {runMigration, "migration WS [--from DATE] [--to DATE]   customers moving between stages"}},
        {u"lifecycle-trend"_s,
         {runLifecycleTrend, "lifecycle-trend WS                       stage sizes month by month"}},
        {u"lifecycle-rules"_s,
         {runLifecycleRules, "lifecycle-rules WS [--set RULE=VALUE]    show or change the 5A rules"}},
        {u"segment"_s,
         {runSegment, "segment SUBCOMMAND WS [options]          count, save, list, show, delete, snapshot"}},
        {u"rfm"_s, {runRfm, "rfm WS                                   customers by R and F score"}},
        {u"campaign"_s, {runCampaign, "campaign SUBCOMMAND WS [options]         create, list, export, report, delete"}},
        {u"programme"_s,
         {runProgramme, "programme SUBCOMMAND WS [options]        save, list, show, delete, run, report, cap"}},
        {u"global-control"_s,
         {runGlobalControl, "global-control WS [--share S --seed N]   the customers no programme contacts"}},
        {u"sample-size"_s,
         {runSampleSize, "sample-size --baseline P --mde D [--arms K] members a test needs (or --per-group N)"}},
        {u"tiers"_s,
         {runTiers, "tiers WS [--as-of D | --migration --from D1 --to D2 | --rules FILE.json] member tiers"}},
        {u"points"_s, {runPoints, "points WS [--as-of D] [--expiry-months N]   the points ledger: issued, redeemed…"}},
        {u"referrals"_s,
         {runReferrals, "referrals WS [--customer ID] [--reward X]  who brought whom, and what it brought"}},
        {u"clv"_s, {runClv, "clv fit|predict WS [options]            customer lifetime value models"}},
        {u"model"_s, {runModel, "model train|score|show WS --target churn|purchase  propensity models"}},
        {u"kpis"_s, {runKpis, "kpis WS [--period month|quarter|year]   this period against the one before"}},
        {u"cohorts"_s, {runCohorts, "cohorts WS [--basis first_purchase|signup] monthly cohorts"}},
        {u"nps"_s, {runNps, "nps WS [--segment NAME]                  Net Promoter Score"}},
        {u"products"_s,
         {runProducts, "products WS [--by product|category|brand] [--from D --to D] what each product sold"}},
        {u"basket"_s, {runBasket, "basket WS [--by product|category] [--min-support S] products bought together"}},
        {u"replenishment"_s,
         {runReplenishment, "replenishment WS [--by product|category]  how often what runs out is bought again"}},
        {u"customers"_s,
         {runCustomers, "customers WS [--search TEXT] [--segment NAME] [--sort COL] the customers table"}},
        {u"customer"_s, {runCustomer, "customer show|timeline|tag|untag|merge WS ID  one customer"}},
        {u"journeys"_s, {runJourneys, "journeys WS [options]                    paths to first purchase, attribution"}},
        {u"forget"_s, {runForget, "forget WS --customer ID                  remove what identifies a customer"}},
        {u"export"_s, {runExport, "export customers WS --out FILE [options] customer list as CSV or XLSX"}},
        {u"check"_s, {runCheck, "check WS                                 integrity, references, derived tables"}},
        {u"recover"_s,
         {runRecover, "recover WS --out NEW.mwb                 save what a damaged workspace still holds"}},
    };
    return table;
}

void printHelp(FILE *stream)
{
    std::fputs("Usage: mwb COMMAND WORKSPACE [options]\n\nCommands:\n", stream);
    for (const auto &[name, command] : commands())
        std::fprintf(stream, "  %s\n", command.summary);
    std::fputs("\nEvery command takes --json (one JSON object on stdout) and --help.\n"
               "Exit codes: 0 success, 1 usage error, 2 input or data error, 3 internal error.\n",
               stream);
}

} // namespace

int main(int argc, char *argv[])
{
    mwb::Workspace::configureSqlite();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"mwb"_s);
    QCoreApplication::setOrganizationName(u"MarketingWorkbench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MWB_VERSION));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        printHelp(stderr);
        return ExitUsage;
    }
    const QString first = arguments.takeFirst();
    if (first == u"--version"_s || first == u"-V"_s) {
        std::puts("mwb " MWB_VERSION);
        return ExitOk;
    }
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        printHelp(stdout);
        return ExitOk;
    }
    const auto it = commands().find(first);
    if (it == commands().end()) {
        std::fprintf(stderr, "mwb: unknown command '%s' (see mwb --help)\n", first.toUtf8().constData());
        return ExitUsage;
    }
    try {
        return it->second.run(arguments);
    } catch (const SQLite::Exception &e) {
        return WorkspaceAccess::fail(e);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "mwb: internal error: %s\n", e.what());
        return ExitInternal;
    }
}
