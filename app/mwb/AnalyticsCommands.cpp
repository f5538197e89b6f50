// `mwb clv fit|predict`, `mwb kpis`, `mwb cohorts` and `mwb nps`: the analytics of
// docs/CLI.md for scripts.
#include "Cli.h"
#include "CliCommands.h"
#include "WorkspaceAccess.h"
#include "SegmentInput.h"

#include "analytics/ClvModel.h"
#include "analytics/Cohorts.h"
#include "analytics/KpiDashboard.h"
#include "analytics/NpsReport.h"
#include "lifecycle/Lifecycle.h"
#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Exception.h>

#include <QJsonArray>
#include <QLocale>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace mwb::cli {

namespace {

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<TimeUnit> unitOption(Cli &cli, const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString unit = parser.value(option).toLower();
    if (unit.isEmpty() || unit == u"week"_s)
        return TimeUnit::Week;
    if (unit == u"day"_s)
        return TimeUnit::Day;
    cli.usage(u"--time-unit takes week or day"_s);
    return std::nullopt;
}

int clvFit(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption calibrationEnd(u"calibration-end"_s, u"Last day of the calibration period."_s, u"DATE"_s);
    const QCommandLineOption holdoutEnd(u"holdout-end"_s, u"Last day of the holdout (default: the last order)."_s,
                                        u"DATE"_s);
    const QCommandLineOption cohortStart(u"cohort-start"_s, u"Only customers who first bought on or after."_s,
                                         u"DATE"_s);
    const QCommandLineOption cohortEnd(u"cohort-end"_s, u"Only customers who first bought on or before."_s, u"DATE"_s);
    const QCommandLineOption unit(u"time-unit"_s, u"week (default) or day."_s, u"UNIT"_s);
    parser.addOptions({calibrationEnd, holdoutEnd, cohortStart, cohortEnd, unit});
    if (!cli.parse(parser, u"clv fit"_s, arguments, 1, u"WS --calibration-end DATE"_s))
        return cli.exitCode();
    if (!parser.isSet(calibrationEnd))
        return cli.usage(u"clv fit takes --calibration-end DATE"_s);
    ClvFitRequest request;
    const auto cal = dateOption(cli, parser, calibrationEnd);
    const auto hold = cal ? dateOption(cli, parser, holdoutEnd) : std::nullopt;
    const auto start = hold ? dateOption(cli, parser, cohortStart) : std::nullopt;
    const auto end = start ? dateOption(cli, parser, cohortEnd) : std::nullopt;
    const auto timeUnit = end ? unitOption(cli, parser, unit) : std::nullopt;
    if (!timeUnit)
        return cli.exitCode();
    request.summary = {*cal, *hold, *start, *end, *timeUnit, 0};
    if (parser.isSet(cohortStart) != parser.isSet(cohortEnd))
        return cli.usage(u"--cohort-start and --cohort-end go together"_s);

    auto workspace = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), Purpose::Read);
    if (!workspace)
        return cli.exitCode();
    const ClvFitResult fit = ClvModel::fit(workspace->db(), request);
    if (!fit.ok())
        return cli.fail(ExitData, fit.error);
    const QJsonValue null(QJsonValue::Null);
    QJsonObject bg, gg;
    if (fit.bgnbd.ok()) {
        const BgNbdParameters &p = fit.bgnbd.parameters;
        bg = {
            {u"r"_s, p.r}, {u"alpha"_s, p.alpha}, {u"a"_s, p.a}, {u"b"_s, p.b}, {u"loglik"_s, fit.bgnbd.logLikelihood}};
    }
    if (fit.gammaGamma.ok()) {
        const GammaGammaParameters &p = fit.gammaGamma.parameters;
        gg = {{u"p"_s, p.p},
              {u"q"_s, p.q},
              {u"gamma"_s, p.gamma},
              {u"loglik"_s, fit.gammaGamma.logLikelihood},
              {u"customers"_s, fit.gammaGamma.customers}};
    }
    QJsonArray byFrequency;
    for (const FrequencyCheck &row : fit.byFrequency)
        byFrequency.append(QJsonObject{{u"x"_s, row.x},
                                       {u"customers"_s, row.customers},
                                       {u"actual"_s, row.actual},
                                       {u"expected"_s, row.expected}});
    QJsonObject errors;
    if (!fit.bgnbd.ok())
        errors.insert(u"bgnbd"_s, fit.bgnbd.error);
    if (!fit.gammaGamma.ok())
        errors.insert(u"gamma_gamma"_s, fit.gammaGamma.error);
    const QJsonObject json{
        {u"customers"_s, fit.customers},
        {u"repeat_customers"_s, fit.repeatCustomers},
        {u"calibration_end"_s, fit.calibrationEnd.toString(Qt::ISODate)},
        {u"holdout_end"_s, fit.holdoutEnd.toString(Qt::ISODate)},
        {u"time_unit"_s, fit.unit == TimeUnit::Week ? u"week"_s : u"day"_s},
        {u"holdout_repeat_purchases"_s, fit.holdoutRepeatPurchases},
        {u"bgnbd"_s, fit.bgnbd.ok() ? QJsonValue(bg) : null},
        {u"gamma_gamma"_s, fit.gammaGamma.ok() ? QJsonValue(gg) : null},
        {u"by_frequency"_s, byFrequency},
        {u"errors"_s, errors},
        {u"seconds"_s, fit.seconds},
    };
    const QLocale c = QLocale::c();
    QString text = u"%1 customers (%2 bought again) to %3, holdout to %4\n"_s.arg(
        c.toString(fit.customers), c.toString(fit.repeatCustomers), fit.calibrationEnd.toString(Qt::ISODate),
        fit.holdoutEnd.toString(Qt::ISODate));
    text += fit.bgnbd.ok() ? u"BG/NBD: r %1, alpha %2, a %3, b %4, log-likelihood %5\n"_s.arg(
                c.toString(fit.bgnbd.parameters.r, 'f', 4), c.toString(fit.bgnbd.parameters.alpha, 'f', 4),
                c.toString(fit.bgnbd.parameters.a, 'f', 4), c.toString(fit.bgnbd.parameters.b, 'f', 4),
                c.toString(fit.bgnbd.logLikelihood, 'f', 2))
                           : u"BG/NBD: not fitted: %1\n"_s.arg(fit.bgnbd.error);
    text += fit.gammaGamma.ok()
        ? u"Gamma-gamma: p %1, q %2, gamma %3"_s.arg(c.toString(fit.gammaGamma.parameters.p, 'f', 4),
                                                     c.toString(fit.gammaGamma.parameters.q, 'f', 4),
                                                     c.toString(fit.gammaGamma.parameters.gamma, 'f', 4))
        : u"Gamma-gamma: not fitted: %1"_s.arg(fit.gammaGamma.error);
    return cli.succeed(json, text);
}

int clvPredict(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption horizon(u"horizon-months"_s, u"Months ahead (default 12)."_s, u"N"_s);
    const QCommandLineOption discount(u"discount-rate"_s, u"Annual discount rate (default 0.10)."_s, u"RATE"_s);
    const QCommandLineOption margin(u"margin"_s, u"Share of revenue that is profit (default 1)."_s, u"SHARE"_s);
    const QCommandLineOption unit(u"time-unit"_s, u"week (default) or day."_s, u"UNIT"_s);
    parser.addOptions({horizon, discount, margin, unit});
    if (!cli.parse(parser, u"clv predict"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();
    ClvPredictRequest request;
    bool ok = true;
    if (parser.isSet(horizon))
        request.horizonMonths = parser.value(horizon).toInt(&ok);
    if (ok && parser.isSet(discount))
        request.annualDiscountRate = parser.value(discount).toDouble(&ok);
    if (ok && parser.isSet(margin))
        request.margin = parser.value(margin).toDouble(&ok);
    if (!ok)
        return cli.usage(u"--horizon-months takes a whole number, --discount-rate and --margin a fraction"_s);
    const auto timeUnit = unitOption(cli, parser, unit);
    if (!timeUnit)
        return cli.exitCode();
    request.unit = *timeUnit;
    auto ws = SegmentInput::openWorkspace(cli, parser.positionalArguments().constFirst(), Purpose::Write);
    if (!ws)
        return cli.exitCode();
    const ClvPrediction prediction = ClvModel::predict(ws->db(), request);
    if (!prediction.ok())
        return cli.fail(ExitData, prediction.error);
    const QString currency = ws->currency();
    const double perMajor = minorUnitsPerMajor(currency);
    return cli.succeed(
        {{u"customers_scored"_s, prediction.customersScored},
         {u"total"_s, prediction.totalMinor / perMajor},
         {u"mean"_s, prediction.customersScored ? prediction.totalMinor / perMajor / prediction.customersScored : 0.0},
         {u"currency"_s, currency},
         {u"seconds"_s, prediction.seconds}},
        u"Scored %1 customers: predicted CLV over %2 months %3 %4 in all"_s.arg(
            QLocale::c().toString(prediction.customersScored), QString::number(request.horizonMonths), currency,
            QLocale::c().toString(prediction.totalMinor / perMajor, 'f', 2)));
}

int kpis(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption period(u"period"_s, u"month (default), quarter or year, holding --as-of."_s, u"KIND"_s);
    const QCommandLineOption asOf(u"as-of"_s, u"A day in the period (default: the last day of the data)."_s, u"DATE"_s);
    const QCommandLineOption from(u"from"_s, u"A custom period's first day (with --to)."_s, u"DATE"_s);
    const QCommandLineOption to(u"to"_s, u"A custom period's last day."_s, u"DATE"_s);
    parser.addOptions({period, asOf, from, to});
    if (!cli.parse(parser, u"kpis"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();
    const std::map<QString, PeriodKind> kinds{
        {u"month"_s, PeriodKind::Month}, {u"quarter"_s, PeriodKind::Quarter}, {u"year"_s, PeriodKind::Year}};
    const auto a = dateOption(cli, parser, asOf);
    const auto f = a ? dateOption(cli, parser, from) : std::nullopt;
    const auto t = f ? dateOption(cli, parser, to) : std::nullopt;
    if (!t)
        return cli.exitCode();
    if (parser.isSet(from) != parser.isSet(to) || (parser.isSet(from) && (parser.isSet(period) || parser.isSet(asOf))))
        return cli.usage(u"a custom period takes --from and --to, without --period or --as-of"_s);
    const QString kindName = parser.isSet(period) ? parser.value(period).toLower() : u"month"_s;
    if (!kinds.contains(kindName))
        return cli.usage(u"--period takes month, quarter or year"_s);
    auto workspace = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), Purpose::Read);
    if (!workspace)
        return cli.exitCode();
    SQLite::Database &db = workspace->db();
    PeriodKind kind = kinds.at(kindName);
    Period current;
    if (parser.isSet(from)) {
        kind = PeriodKind::Custom;
        current = {*f, *t};
        if (!current.isValid())
            return cli.usage(u"--from is after --to"_s);
    } else {
        current = Period::containing(kind, a->isValid() ? *a : Lifecycle::referenceDate(db));
    }
    const KpiDashboardData data = KpiDashboard::compute(db, current, current.previous(kind));
    if (!data.ok())
        return cli.fail(ExitData, data.error);
    const QString currency = workspace->currency();
    const double perMajor = minorUnitsPerMajor(currency);
    auto values = [&](const KpiValues &v) {
        QJsonObject o;
        for (const Kpi kpi :
             {Kpi::Customers, Kpi::NewCustomers, Kpi::ActiveCustomers, Kpi::Orders, Kpi::Revenue,
              Kpi::AverageOrderValue, Kpi::PurchaseFrequency, Kpi::RepeatPurchaseRate, Kpi::ChurnRate}) {
            std::optional<double> value = v.value(kpi);
            if (value && (kpi == Kpi::Revenue || kpi == Kpi::AverageOrderValue))
                *value /= perMajor;
            o.insert(KpiDashboard::kpiName(kpi), number(value));
        }
        // The parts of the averages: the orders' value before refunds, and customers' orders.
        o.insert(u"order_value"_s, static_cast<double>(v.orderValueMinor) / perMajor);
        o.insert(u"customer_orders"_s, v.customerOrders);
        return o;
    };
    QJsonArray channels;
    for (const ChannelShare &share : data.channels)
        channels.append(QJsonObject{{u"channel"_s, share.channel},
                                    {u"orders"_s, share.orders},
                                    {u"revenue"_s, static_cast<double>(share.revenueMinor) / perMajor}});
    const QJsonObject json{{u"from"_s, data.current.from.toString(Qt::ISODate)},
                           {u"to"_s, data.current.to.toString(Qt::ISODate)},
                           {u"previous_from"_s, data.previous.from.toString(Qt::ISODate)},
                           {u"previous_to"_s, data.previous.to.toString(Qt::ISODate)},
                           {u"current"_s, values(data.now)},
                           {u"previous"_s, values(data.before)},
                           {u"channels"_s, channels},
                           {u"currency"_s, currency}};
    const QLocale c = QLocale::c();
    const QString text = u"%1 to %2: %3 customers, %4 new, %5 active, %6 orders, revenue %7 %8"_s.arg(
        data.current.from.toString(Qt::ISODate), data.current.to.toString(Qt::ISODate), c.toString(data.now.customers),
        c.toString(data.now.newCustomers), c.toString(data.now.activeCustomers), c.toString(data.now.orders), currency,
        c.toString(static_cast<double>(data.now.revenueMinor) / perMajor, 'f', 2));
    return cli.succeed(json, text);
}

int cohorts(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption basis(u"basis"_s, u"first_purchase (default) or signup."_s, u"BASIS"_s);
    parser.addOption(basis);
    if (!cli.parse(parser, u"cohorts"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();
    const QString name = parser.isSet(basis) ? parser.value(basis) : u"first_purchase"_s;
    if (name != u"first_purchase"_s && name != u"signup"_s)
        return cli.usage(u"--basis takes first_purchase or signup"_s);
    auto workspace = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(), Purpose::Read);
    if (!workspace)
        return cli.exitCode();
    const CohortMatrix matrix =
        Cohorts::compute(workspace->db(), name == u"signup"_s ? CohortBasis::Signup : CohortBasis::FirstPurchase);
    if (!matrix.ok())
        return cli.fail(ExitData, matrix.error);
    const double perMajor = minorUnitsPerMajor(workspace->currency());
    QJsonArray rows;
    QString text = u"cohort    customers  month 0  month 1  month 2  month 3\n"_s;
    for (const CohortRow &row : matrix.rows) {
        QJsonArray buyers, revenue;
        for (qsizetype k = 0; k < row.buyers.size(); ++k) {
            buyers.append(row.buyers[k]);
            revenue.append(static_cast<double>(row.revenueMinor[k]) / perMajor);
        }
        rows.append(QJsonObject{{u"month"_s, row.month.toString(u"yyyy-MM"_s)},
                                {u"customers"_s, row.customers},
                                {u"buyers"_s, buyers},
                                {u"revenue"_s, revenue}});
        text += u"%1  %2"_s.arg(row.month.toString(u"yyyy-MM"_s)).arg(row.customers, 9);
        for (int k = 0; k < 4 && k < row.buyers.size(); ++k)
            text += u"  %1%"_s.arg(QLocale::c().toString(row.retention(k) * 100, 'f', 1), 6);
        text += u'\n';
    }
    text.chop(1);
    return cli.succeed({{u"basis"_s, name}, {u"cohorts"_s, rows}}, text);
}

int nps(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption segment(u"segment"_s, u"The latest answers of this saved segment's members."_s, u"NAME"_s);
    parser.addOption(segment);
    if (!cli.parse(parser, u"nps"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();
    auto ws = SegmentInput::openWorkspace(cli, parser.positionalArguments().constFirst(), Purpose::Read);
    if (!ws)
        return cli.exitCode();
    auto countsJson = [](const NpsCounts &c) {
        return QJsonObject{{u"promoters"_s, c.promoters},
                           {u"passives"_s, c.passives},
                           {u"detractors"_s, c.detractors},
                           {u"answers"_s, c.answers()},
                           {u"nps"_s, number(c.score())}};
    };
    std::optional<SegmentNode> node = SegmentNode::group(SegmentNode::Kind::All);
    if (!SegmentInput::optionalSaved(cli, *ws, parser, segment, &node))
        return cli.exitCode();
    QString error;
    const NpsCounts latest = NpsReport::forSegment(ws->db(), *node, &error);
    if (!error.isEmpty())
        return SegmentInput::failDefinition(cli, SegmentInput::savedSource(parser.value(segment)), error);
    QJsonArray months;
    for (const NpsMonth &m : NpsReport::monthly(ws->db())) {
        QJsonObject o = countsJson(m.counts);
        o.insert(u"month"_s, m.month.toString(u"yyyy-MM"_s));
        months.append(o);
    }
    const QString text = latest.score()
        ? u"NPS %1 (%2 promoters, %3 passives, %4 detractors)"_s.arg(QLocale::c().toString(*latest.score(), 'f', 1))
              .arg(latest.promoters)
              .arg(latest.passives)
              .arg(latest.detractors)
        : u"No NPS answers."_s;
    return cli.succeed({{u"latest"_s, countsJson(latest)}, {u"months"_s, months}}, text);
}

} // namespace

int runClv(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const std::map<QString, std::function<int(const QStringList &)>> subcommands{{u"fit"_s, clvFit},
                                                                                 {u"predict"_s, clvPredict}};
    if (sub == u"--help"_s || sub == u"-h"_s || sub.isEmpty()) {
        std::fputs(
            "Usage: mwb clv fit WS --calibration-end DATE [--holdout-end DATE] [--cohort-start DATE --cohort-end DATE] "
            "[--time-unit week|day]\n       mwb clv predict WS [--horizon-months N] [--discount-rate R] "
            "[--margin M] [--time-unit week|day]\n",
            sub.isEmpty() ? stderr : stdout);
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    const auto it = subcommands.find(sub);
    if (it == subcommands.end()) {
        Cli cli;
        return cli.usage(u"unknown clv subcommand '%1'; use fit or predict"_s.arg(sub));
    }
    try {
        return it->second(arguments.mid(1));
    } catch (const SQLite::Exception &e) {
        Cli cli;
        return cli.fail(ExitInternal, QString::fromUtf8(e.what()));
    }
}

int runKpis(const QStringList &arguments)
{
    return runGuarded(kpis, arguments);
}

int runCohorts(const QStringList &arguments)
{
    return runGuarded(cohorts, arguments);
}

int runNps(const QStringList &arguments)
{
    return runGuarded(nps, arguments);
}

} // namespace mwb::cli
