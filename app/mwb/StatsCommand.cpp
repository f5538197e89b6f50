// `mwb stats`: workspace totals.
#include "Cli.h"
#include "CliCommands.h"
#include "WorkspaceAccess.h"

#include "analytics/WorkspaceStats.h"
#include "store/Workspace.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mwb::cli {

namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

int runStats(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    if (!cli.parse(parser, u"stats"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();

    const QString path = parser.positionalArguments().constFirst();
    auto workspace = WorkspaceAccess::open(cli, path, Purpose::Read);
    if (!workspace)
        return cli.exitCode();
    Workspace &ws = *workspace;
    const OverviewKpis kpis = WorkspaceStats::overview(ws.db());
    const WorkspaceTotals &t = kpis.totals;
    const QString currency = ws.currency();
    const double revenue = majorUnits(t.revenueMinor, currency);

    const QJsonObject json{
        {u"workspace"_s, QFileInfo(path).absoluteFilePath()},
        {u"schema_version"_s, ws.schemaVersion()},
        {u"customers"_s, t.customers},
        {u"transactions"_s, t.transactions},
        {u"orders"_s, t.orders},
        {u"refunds"_s, QJsonObject{{u"count"_s, t.refunds}, {u"amount"_s, majorUnits(t.refundMinor, currency)}}},
        {u"orders_without_customer"_s,
         QJsonObject{{u"count"_s, t.guestOrders}, {u"amount"_s, majorUnits(t.guestRevenueMinor, currency)}}},
        {u"events"_s, t.events},
        {u"campaigns"_s, t.campaigns},
        {u"segments"_s, t.segments},
        {u"revenue"_s, revenue},
        {u"currency"_s, currency},
        {u"first_date"_s, dateValue(t.firstDate)},
        {u"last_date"_s, dateValue(t.lastDate)},
        {u"active_customers_90d"_s, kpis.activeCustomers},
    };
    const QLocale c = QLocale::c();
    const QString text =
        u"Workspace     %1\n"
        "Customers     %2\n"
        "Orders        %3\n"
        "Events        %4\n"
        "Campaigns     %5\n"
        "Segments      %6\n"
        "Revenue       %7 %8 (net of refunds, guests included)\n"
        "Dates         %9 to %10\n"
        "Active (90 d) %11"_s
            .arg(ws.displayName(), c.toString(t.customers), c.toString(t.orders), c.toString(t.events),
                 c.toString(t.campaigns), c.toString(t.segments), c.toString(revenue, 'f', 2), currency,
                 t.firstDate.isValid() ? t.firstDate.toString(Qt::ISODate) : u"-"_s)
            .arg(t.lastDate.isValid() ? t.lastDate.toString(Qt::ISODate) : u"-"_s, c.toString(kpis.activeCustomers))
        + u"\nRefunds       %1 (%2 %3)\nGuests' orders %4 (%5 %6)"_s.arg(
            c.toString(t.refunds), c.toString(majorUnits(t.refundMinor, currency), 'f', 2), currency,
            c.toString(t.guestOrders), c.toString(majorUnits(t.guestRevenueMinor, currency), 'f', 2), currency);
    return cli.succeed(json, text);
}

} // namespace mwb::cli
