// `mwb products`, `mwb basket` and `mwb replenishment`: the product analysis of docs/CLI.md.
#include "Cli.h"
#include "CliCommands.h"
#include "WorkspaceAccess.h"

#include "products/BasketAnalysis.h"
#include "products/ProductReport.h"
#include "products/Replenishment.h"
#include "store/Days.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mwb::cli {

namespace {

std::optional<ProductGrouping> groupingOption(Cli &cli, const QCommandLineParser &parser,
                                              const QCommandLineOption &option, bool brands)
{
    if (!parser.isSet(option))
        return ProductGrouping::Product;
    const auto grouping = productGroupingFromName(parser.value(option));
    if (!grouping || (!brands && *grouping == ProductGrouping::Brand)) {
        cli.usage(brands ? u"--by takes product, category or brand"_s : u"--by takes product or category"_s);
        return std::nullopt;
    }
    return grouping;
}

std::optional<int> countOption(Cli &cli, const QCommandLineParser &parser, const QCommandLineOption &option,
                               int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 0) {
        cli.usage(u"--%1 takes a whole number of at least 0"_s.arg(option.names().constFirst()));
        return std::nullopt;
    }
    return value;
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

int products(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption by(u"by"_s, u"product (default), category or brand."_s, u"KEY"_s);
    const QCommandLineOption from(u"from"_s, u"Orders on or after this day."_s, u"DATE"_s);
    const QCommandLineOption to(u"to"_s, u"Orders on or before this day."_s, u"DATE"_s);
    const QCommandLineOption limit(u"limit"_s, u"At most N rows (0: all; default 50)."_s, u"N"_s);
    parser.addOptions({by, from, to, limit});
    if (!cli.parse(parser, u"products"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();
    const auto grouping = groupingOption(cli, parser, by, true);
    const auto first = grouping ? dateOption(cli, parser, from) : std::nullopt;
    const auto last = first ? dateOption(cli, parser, to) : std::nullopt;
    const auto rows = last ? countOption(cli, parser, limit, 50) : std::nullopt;
    if (!rows)
        return cli.exitCode();
    if (first->isValid() && last->isValid() && *last < *first)
        return cli.usage(u"--to is before --from"_s);
    auto workspace = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), Purpose::Read);
    if (!workspace)
        return cli.exitCode();
    ProductReportOptions options;
    options.by = *grouping;
    if (first->isValid())
        options.from = qint64(dayNumber(*first)) * 86400;
    if (last->isValid())
        options.until = qint64(dayNumber(*last) + 1) * 86400;
    options.limit = *rows;
    const QList<ProductFigures> figures = ProductReport::compute(workspace->db(), options);
    const QString currency = workspace->currency();
    QJsonArray list;
    QString table = u"key              orders  customers  quantity       revenue  repeat  name"_s;
    for (const ProductFigures &f : figures) {
        list.append(QJsonObject{{u"key"_s, text(f.key)},
                                {u"name"_s, text(f.name)},
                                {u"category"_s, text(f.category)},
                                {u"orders"_s, f.orders},
                                {u"customers"_s, f.customers},
                                {u"quantity"_s, f.quantity},
                                {u"revenue"_s, majorUnits(f.revenueMinor, currency)},
                                {u"repeat_customers"_s, f.repeatCustomers}});
        table += u"\n%1 %2 %3 %4 %5 %6  %7"_s.arg(f.key.isEmpty() ? u"(none)"_s : f.key, -16)
                     .arg(f.orders, 6)
                     .arg(f.customers, 10)
                     .arg(f.quantity, 9)
                     .arg(QLocale::c().toString(majorUnits(f.revenueMinor, currency), 'f', 2), 13)
                     .arg(f.repeatCustomers, 7)
                     .arg(f.name);
    }
    return cli.succeed({{u"by"_s, productGroupingName(*grouping)}, {u"products"_s, list}}, table);
}

int basket(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption by(u"by"_s, u"product (default) or category."_s, u"KEY"_s);
    const QCommandLineOption minSupport(u"min-support"_s,
                                        u"Pairs in at least this share of the orders (default 0.001)."_s, u"S"_s);
    const QCommandLineOption limit(u"limit"_s, u"At most N pairs (0: all; default 50)."_s, u"N"_s);
    parser.addOptions({by, minSupport, limit});
    if (!cli.parse(parser, u"basket"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();
    const auto grouping = groupingOption(cli, parser, by, false);
    const auto rows = grouping ? countOption(cli, parser, limit, 50) : std::nullopt;
    if (!rows)
        return cli.exitCode();
    BasketOptions options;
    options.by = *grouping;
    options.limit = *rows;
    if (parser.isSet(minSupport)) {
        bool ok = false;
        options.minSupport = parser.value(minSupport).toDouble(&ok);
        if (!ok || !(options.minSupport > 0) || options.minSupport > 1)
            return cli.usage(u"--min-support takes a share above 0 and at most 1, such as 0.01"_s);
    }
    auto workspace = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), Purpose::Read);
    if (!workspace)
        return cli.exitCode();
    const BasketResult result = BasketAnalysis::compute(workspace->db(), options);
    QJsonArray pairs;
    QString table =
        u"%1 orders with a line bought\na                b                  orders  support  confidence   lift"_s.arg(
            result.orders);
    for (const BasketPair &p : result.pairs) {
        pairs.append(QJsonObject{{u"a"_s, p.a},
                                 {u"a_name"_s, p.aName},
                                 {u"b"_s, p.b},
                                 {u"b_name"_s, p.bName},
                                 {u"orders"_s, p.orders},
                                 {u"support"_s, p.support},
                                 {u"confidence"_s, p.confidence},
                                 {u"lift"_s, p.lift}});
        table += u"\n%1 %2 %3 %4 %5 %6"_s.arg(p.a, -16)
                     .arg(p.b, -16)
                     .arg(p.orders, 8)
                     .arg(QLocale::c().toString(p.support, 'f', 4), 8)
                     .arg(QLocale::c().toString(p.confidence, 'f', 3), 11)
                     .arg(QLocale::c().toString(p.lift, 'f', 2), 6);
    }
    return cli.succeed({{u"by"_s, productGroupingName(*grouping)}, {u"orders"_s, result.orders}, {u"pairs"_s, pairs}},
                       table);
}

int replenishment(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption by(u"by"_s, u"product (default) or category."_s, u"KEY"_s);
    const QCommandLineOption minCustomers(u"min-customers"_s,
                                          u"Keys bought again by at least N customers (default 10)."_s, u"N"_s);
    const QCommandLineOption within(u"due-within"_s, u"Count who is due in the next N days (default 7)."_s, u"N"_s);
    parser.addOptions({by, minCustomers, within});
    if (!cli.parse(parser, u"replenishment"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();
    const auto grouping = groupingOption(cli, parser, by, false);
    const auto least = grouping ? countOption(cli, parser, minCustomers, Replenishment::kMinCustomers) : std::nullopt;
    const auto days = least ? countOption(cli, parser, within, 7) : std::nullopt;
    if (!days)
        return cli.exitCode();
    auto workspace = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), Purpose::Read);
    if (!workspace)
        return cli.exitCode();
    ReplenishmentOptions options;
    options.by = *grouping;
    options.minCustomers = std::max(1, *least);
    options.dueWithinDays = *days;
    const QList<ReplenishmentInterval> intervals = Replenishment::compute(workspace->db(), options);
    QJsonArray list;
    QString table = u"key              customers  repeats  median days  due soon  overdue  name"_s;
    for (const ReplenishmentInterval &r : intervals) {
        list.append(QJsonObject{{u"key"_s, r.key},
                                {u"name"_s, r.name},
                                {u"customers"_s, r.customers},
                                {u"repeats"_s, r.repeats},
                                {u"median_days"_s, r.medianDays},
                                {u"due_soon"_s, r.dueSoon},
                                {u"overdue"_s, r.overdue}});
        table += u"\n%1 %2 %3 %4 %5 %6  %7"_s.arg(r.key, -16)
                     .arg(r.customers, 9)
                     .arg(r.repeats, 8)
                     .arg(QLocale::c().toString(r.medianDays, 'f', 1), 12)
                     .arg(r.dueSoon, 9)
                     .arg(r.overdue, 8)
                     .arg(r.name);
    }
    return cli.succeed(
        {{u"by"_s, productGroupingName(*grouping)}, {u"due_within_days"_s, *days}, {u"intervals"_s, list}}, table);
}

} // namespace

int runProducts(const QStringList &arguments)
{
    return runGuarded(products, arguments);
}

int runBasket(const QStringList &arguments)
{
    return runGuarded(basket, arguments);
}

int runReplenishment(const QStringList &arguments)
{
    return runGuarded(replenishment, arguments);
}

} // namespace mwb::cli
