// `mwb clv`, `mwb kpis`, `mwb cohorts` and `mwb nps` as scripts use them: the CDNOW
// sample imported as an ordinary order file and fitted from the command line gives the
// published estimates; the other commands' JSON keys, and their usage errors.
#include "TestCli.h"

#include <QDir>
#include <QJsonArray>
#include <QSet>
#include <QDate>
#include <QTimeZone>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace clitest;

void TestCli::clvFitReproducesCdnow()
{
    QFile sample(QStringLiteral(MWB_SHARED_DATA_DIR) + u"/cdnow/CDNOW_sample.txt"_s);
    if (!sample.open(QIODevice::ReadOnly))
        QSKIP("../shared/data/cdnow is not here: the CDNOW reproduction needs CDNOW_sample.txt");
    // The fixed-width sample as the order export a shop would give: one row per purchase.
    QByteArray csv = "Order ID,Customer ID,Order Date,Amount\r\n";
    int line = 0;
    while (!sample.atEnd()) {
        const QList<QByteArray> f = sample.readLine().simplified().split(' ');
        if (f.size() == 5)
            csv += "P" + QByteArray::number(++line) + "," + f[1] + "," + f[2] + "," + f[4] + "\r\n";
    }
    const QString orders = write(u"cdnow-orders.csv"_s, csv);
    const QString ws = path(u"cdnow.mwb"_s);
    QCOMPARE(runMwb({u"init"_s, ws, u"--region"_s, u"US"_s, u"--currency"_s, u"USD"_s}).exitCode, 0);
    const Run imported = runMwb({u"import"_s, ws, u"--kind"_s, u"transactions"_s, orders, u"--json"_s});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.json().value(u"rows_imported"_s).toInteger(), 6919);
    QCOMPARE(imported.json().value(u"customers_created"_s).toInteger(), 2357);

    const Run fit = runMwb({u"clv"_s, u"fit"_s, ws, u"--calibration-end"_s, u"1997-09-30"_s, u"--json"_s});
    QCOMPARE(fit.exitCode, 0);
    QJsonObject j;
    QVERIFY2(isOneJsonObject(fit.out, &j), fit.out.constData());
    QCOMPARE(j.value(u"customers"_s).toInteger(), 2357);
    QCOMPARE(j.value(u"repeat_customers"_s).toInteger(), 946);
    QCOMPARE(j.value(u"holdout_repeat_purchases"_s).toInteger(), 1882);
    const QJsonObject bg = j.value(u"bgnbd"_s).toObject();
    auto near = [](double value, double expected, double tolerance) { return std::abs(value - expected) <= tolerance; };
    QVERIFY(near(bg.value(u"r"_s).toDouble(), 0.243, 0.0005));
    QVERIFY(near(bg.value(u"alpha"_s).toDouble(), 4.414, 0.0005));
    QVERIFY(near(bg.value(u"a"_s).toDouble(), 0.793, 0.0005));
    QVERIFY(near(bg.value(u"b"_s).toDouble(), 2.426, 0.0005));
    QVERIFY(near(bg.value(u"loglik"_s).toDouble(), -9582.4, 0.05));
    const QJsonObject gg = j.value(u"gamma_gamma"_s).toObject();
    QVERIFY(near(gg.value(u"p"_s).toDouble(), 6.25, 0.01));
    QVERIFY(near(gg.value(u"q"_s).toDouble(), 3.74, 0.01));
    QVERIFY(near(gg.value(u"gamma"_s).toDouble(), 15.44, 0.01));

    // A cohort of January's first buyers only, in days.
    const Run january =
        runMwb({u"clv"_s, u"fit"_s, ws, u"--calibration-end"_s, u"1997-09-30"_s, u"--cohort-start"_s, u"1997-01-01"_s,
                u"--cohort-end"_s, u"1997-01-31"_s, u"--time-unit"_s, u"day"_s, u"--json"_s});
    QCOMPARE(january.exitCode, 0);
    const qint64 inJanuary = january.json().value(u"customers"_s).toInteger();
    QVERIFY(inJanuary > 500 && inJanuary < 2357);
    QCOMPARE(january.json().value(u"time_unit"_s).toString(), u"day"_s);
    // In days, α scales by 7 and the other parameters stay (up to the day grid).
    QVERIFY(january.json().value(u"bgnbd"_s).toObject().value(u"alpha"_s).toDouble() > 10);

    const Run predicted = runMwb({u"clv"_s, u"predict"_s, ws, u"--json"_s});
    QCOMPARE(predicted.exitCode, 0);
    QCOMPARE(predicted.json().value(u"customers_scored"_s).toInteger(), 2357);
    QVERIFY(predicted.json().value(u"total"_s).toDouble() > 0);
    QCOMPARE(sqlCount(ws, "SELECT count(*) FROM customer_metrics WHERE predicted_clv_minor IS NOT NULL"), 2357);
}

void TestCli::analyticsCommands()
{
    const QString ws = path(u"analytics.mwb"_s);
    QCOMPARE(runMwb({u"demo"_s, ws, u"--customers"_s, u"1500"_s}).exitCode, 0);

    const Run kpis = runMwb({u"kpis"_s, ws, u"--period"_s, u"quarter"_s, u"--json"_s});
    QCOMPARE(kpis.exitCode, 0);
    QJsonObject k;
    QVERIFY2(isOneJsonObject(kpis.out, &k), kpis.out.constData());
    QCOMPARE(k.value(u"from"_s).toString(), u"2026-04-01"_s); // the demo's data ends on 2026-06-30
    QCOMPARE(k.value(u"to"_s).toString(), u"2026-06-30"_s);
    QCOMPARE(k.value(u"previous_from"_s).toString(), u"2026-01-01"_s);
    const QJsonObject current = k.value(u"current"_s).toObject();
    for (const char *key : {"customers", "new_customers", "active_customers", "orders", "revenue",
                            "average_order_value", "purchase_frequency", "repeat_purchase_rate", "churn_rate"})
        QVERIFY2(current.contains(QLatin1String(key)), key);
    QVERIFY(current.value(u"active_customers"_s).toInteger() > 0);
    // The average order is the orders' value before refunds over the orders; purchase
    // frequency customers' orders over the customers who ordered; revenue is net.
    QCOMPARE(current.value(u"average_order_value"_s).toDouble(),
             current.value(u"order_value"_s).toDouble() / current.value(u"orders"_s).toDouble());
    QCOMPARE(current.value(u"purchase_frequency"_s).toDouble(),
             double(current.value(u"customer_orders"_s).toInteger()) / current.value(u"active_customers"_s).toDouble());
    QVERIFY(current.value(u"revenue"_s).toDouble() <= current.value(u"order_value"_s).toDouble());
    double channelRevenue = 0;
    for (const QJsonValue &c : k.value(u"channels"_s).toArray())
        channelRevenue += c[u"revenue"_s].toDouble();
    QVERIFY(std::abs(channelRevenue - current.value(u"revenue"_s).toDouble()) < 0.01);
    const Run custom = runMwb({u"kpis"_s, ws, u"--from"_s, u"2026-06-01"_s, u"--to"_s, u"2026-06-30"_s, u"--json"_s});
    QCOMPARE(custom.json().value(u"previous_to"_s).toString(), u"2026-05-31"_s);

    const Run cohorts = runMwb({u"cohorts"_s, ws, u"--json"_s});
    QCOMPARE(cohorts.exitCode, 0);
    const QJsonArray rows = cohorts.json().value(u"cohorts"_s).toArray();
    QVERIFY(rows.size() > 12 && rows.size() <= 36);
    for (const QJsonValue &row : rows) // everyone in a first-purchase cohort bought in month 0
        QCOMPARE(row[u"buyers"_s][0].toInteger(), row[u"customers"_s].toInteger());

    const Run nps = runMwb({u"nps"_s, ws, u"--json"_s});
    QCOMPARE(nps.exitCode, 0);
    const QJsonObject latest = nps.json().value(u"latest"_s).toObject();
    QCOMPARE(latest.value(u"answers"_s).toInteger(),
             sqlCount(ws, "SELECT count(*) FROM customer_metrics WHERE nps IS NOT NULL"));
    const double score = 100.0 * (latest.value(u"promoters"_s).toInteger() - latest.value(u"detractors"_s).toInteger())
        / latest.value(u"answers"_s).toInteger();
    QCOMPARE(latest.value(u"nps"_s).toDouble(), score);

    // Products: every line of the demo has a category, so the categories' revenue is every line's.
    const Run byCategory = runMwb({u"products"_s, ws, u"--by"_s, u"category"_s, u"--json"_s});
    QCOMPARE(byCategory.exitCode, 0);
    double categoryRevenue = 0;
    for (const QJsonValue &row : byCategory.json().value(u"products"_s).toArray())
        categoryRevenue += row.toObject().value(u"revenue"_s).toDouble();
    QVERIFY(byCategory.json().value(u"products"_s).toArray().size() >= 3);
    QCOMPARE(std::llround(categoryRevenue * 100), sqlCount(ws, "SELECT sum(amount_minor) FROM order_lines"));
    const Run basket = runMwb({u"basket"_s, ws, u"--min-support"_s, u"0.005"_s, u"--json"_s});
    QCOMPARE(basket.exitCode, 0);
    QCOMPARE(basket.json().value(u"orders"_s).toInteger(),
             sqlCount(ws,
                      "SELECT count(DISTINCT t.id) FROM transactions t JOIN order_lines l ON l.order_id = t.id "
                      "WHERE t.amount_minor > 0 AND l.amount_minor > 0"));
    const QJsonArray pairs = basket.json().value(u"pairs"_s).toArray();
    QVERIFY(!pairs.isEmpty());
    for (const QJsonValue &pair : pairs)
        QVERIFY(pair.toObject().value(u"support"_s).toDouble() >= 0.005);
    const Run intervals = runMwb({u"replenishment"_s, ws, u"--json"_s});
    QCOMPARE(intervals.exitCode, 0);
    QVERIFY(!intervals.json().value(u"intervals"_s).toArray().isEmpty());
    for (const QJsonValue &row : intervals.json().value(u"intervals"_s).toArray())
        QVERIFY(row.toObject().value(u"customers"_s).toInteger() >= 10);
    // The intervals the segment field reads were kept when the command opened the workspace.
    QVERIFY(sqlCount(ws, "SELECT count(*) FROM product_intervals") > 0);

    const QString empty = path(u"empty.mwb"_s);
    QCOMPARE(runMwb({u"init"_s, empty}).exitCode, 0);
    const struct
    {
        QStringList arguments;
        int exitCode;
        const char *message;
    } cases[] = {
        {{u"clv"_s}, 1, "Usage"},
        {{u"clv"_s, u"fit"_s, ws}, 1, "--calibration-end"},
        {{u"clv"_s, u"fit"_s, ws, u"--calibration-end"_s, u"30/09/1997"_s}, 1, "YYYY-MM-DD"},
        {{u"clv"_s, u"fit"_s, ws, u"--calibration-end"_s, u"2025-06-30"_s, u"--time-unit"_s, u"month"_s},
         1,
         "week or day"},
        {{u"clv"_s, u"fit"_s, empty, u"--calibration-end"_s, u"2025-06-30"_s}, 2, "no orders"},
        {{u"clv"_s, u"predict"_s, ws, u"--margin"_s, u"0"_s}, 2, "margin"},
        {{u"kpis"_s, ws, u"--period"_s, u"week"_s}, 1, "month, quarter or year"},
        {{u"kpis"_s, ws, u"--from"_s, u"2026-06-01"_s}, 1, "--from and --to"},
        {{u"cohorts"_s, ws, u"--basis"_s, u"birthday"_s}, 1, "first_purchase or signup"},
        {{u"nps"_s, ws, u"--segment"_s, u"nobody"_s}, 2, "nobody"},
        {{u"products"_s, ws, u"--by"_s, u"colour"_s}, 1, "product, category or brand"},
        {{u"products"_s, ws, u"--from"_s, u"2026-06-30"_s, u"--to"_s, u"2026-06-01"_s}, 1, "before --from"},
        {{u"basket"_s, ws, u"--by"_s, u"brand"_s}, 1, "product or category"},
        {{u"basket"_s, ws, u"--min-support"_s, u"2"_s}, 1, "--min-support"},
        {{u"replenishment"_s, ws, u"--min-customers"_s, u"-1"_s}, 1, "whole number"},
    };
    for (const auto &c : cases) {
        const Run run = runMwb(c.arguments);
        QVERIFY2(run.exitCode == c.exitCode,
                 qPrintable(c.arguments.join(u' ') + u" -> "_s + QString::number(run.exitCode)));
        QVERIFY2(run.err.contains(c.message), run.err.constData());
    }
}

// The UCI Online Retail files of December 2010 (order lines, £, guest orders, cancellations):
// the figures `mwb stats` gives equal those counted from the files by their definitions,
// and the 5A funnel is empty before the first day of the data.
void TestCli::onlineRetailFiguresAndStages()
{
    const QDir dir(QStringLiteral(MWB_SHARED_DATA_DIR) + u"/online-retail-uci"_s);
    if (!dir.exists())
        QSKIP(
            "../shared/data/online-retail-uci is not present (the real-world test data sets live beside the checkout)");
    // Invoices from the files: lines add up to the invoice's amount.
    QHash<QString, qint64> invoiceMinor;
    QSet<QString> guests;
    QString firstDay = u"9999"_s;
    const QStringList files = dir.entryList({u"*.csv"_s}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.readLine();
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty())
                continue;
            const QString invoice = line.section(u',', 0, 0);
            const QStringList tail = line.section(u',', -5).split(u',');
            invoiceMinor[invoice] += std::llround(tail.at(0).toLongLong() * tail.at(2).toDouble() * 100.0);
            if (tail.at(3).isEmpty())
                guests.insert(invoice);
            firstDay = std::min(firstDay, tail.at(1).left(10));
        }
    }
    qint64 orders = 0, refunds = 0, guestOrders = 0, netMinor = 0;
    for (auto it = invoiceMinor.cbegin(); it != invoiceMinor.cend(); ++it) {
        netMinor += it.value();
        orders += it.value() > 0 ? 1 : 0;
        refunds += it.value() < 0 ? 1 : 0;
        guestOrders += it.value() > 0 && guests.contains(it.key()) ? 1 : 0;
    }
    const QString ws = path(u"retail.mwb"_s);
    QCOMPARE(runMwb({u"init"_s, ws, u"--region"_s, u"GB"_s, u"--currency"_s, u"GBP"_s}).exitCode, 0);
    for (const QString &name : files)
        QCOMPARE(runMwb({u"import"_s, ws, u"--kind"_s, u"transactions"_s, dir.filePath(name)}).exitCode, 0);

    const QJsonObject stats = runMwb({u"stats"_s, ws, u"--json"_s}).json();
    QCOMPARE(stats.value(u"transactions"_s).toInteger(), qint64(invoiceMinor.size()));
    QCOMPARE(stats.value(u"orders"_s).toInteger(), orders);
    QCOMPARE(stats.value(u"refunds"_s).toObject().value(u"count"_s).toInteger(), refunds);
    QCOMPARE(stats.value(u"orders_without_customer"_s).toObject().value(u"count"_s).toInteger(), guestOrders);
    QCOMPARE(std::llround(stats.value(u"revenue"_s).toDouble() * 100), netMinor);
    QCOMPARE(stats.value(u"first_date"_s).toString(), firstDay);

    // Nobody is known before the data begins: not on 2000-01-01, not the day before the first day.
    for (const QString &day :
         {u"2000-01-01"_s, QDate::fromString(firstDay, Qt::ISODate).addDays(-1).toString(Qt::ISODate)}) {
        const QJsonObject funnel = runMwb({u"funnel"_s, ws, u"--as-of"_s, day, u"--json"_s}).json();
        QCOMPARE(funnel.value(u"customers"_s).toInteger(), 0);
    }
    // On the last day every customer is known.
    const QJsonObject now = runMwb({u"funnel"_s, ws, u"--json"_s}).json();
    QCOMPARE(now.value(u"customers"_s).toInteger(), sqlCount(ws, "SELECT count(*) FROM customers"));
}

// `mwb tiers`: rules set from a file (and refused with the place of the fault), the members by
// tier adding up to the customers known, the migration matrix, and segments reading the tier.
void TestCli::tiersByRules()
{
    const QString ws = path(u"tiers.mwb"_s);
    QCOMPARE(runMwb({u"demo"_s, ws, u"--customers"_s, u"1500"_s}).exitCode, 0);
    // The demo comes with rules; without them the imported tiers stand.
    QCOMPARE(runMwb({u"tiers"_s, ws, u"--json"_s}).json().value(u"rules"_s).toObject().value(u"measure"_s), u"spend"_s);
    QCOMPARE(runMwb({u"tiers"_s, ws, u"--clear-rules"_s}).exitCode, 0);
    const Run none = runMwb({u"tiers"_s, ws, u"--json"_s});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.json().value(u"rules"_s).isNull());

    const QString broken =
        write(u"broken.json"_s, "{\n  \"tiers\": [\n    {\"name\": \"Member\" \"min\": 0}\n  ]\n}\n");
    const Run syntax = runMwb({u"tiers"_s, ws, u"--rules"_s, broken});
    QCOMPARE(syntax.exitCode, 2);
    QVERIFY2(syntax.err.contains("broken.json, line 3, column"), syntax.err.constData());
    const QString wrong =
        write(u"wrong.json"_s, R"({"tiers": [{"name": "Member", "min": 5}, {"name": "Gold", "min": 9}]})");
    const Run invalid = runMwb({u"tiers"_s, ws, u"--rules"_s, wrong});
    QCOMPARE(invalid.exitCode, 2);
    QVERIFY2(invalid.err.contains("tiers[0]"), invalid.err.constData());
    QVERIFY(runMwb({u"tiers"_s, ws, u"--json"_s}).json().value(u"rules"_s).isNull()); // nothing was stored

    const QString rules = write(u"rules.json"_s, R"({"measure": "spend", "window_days": 365, "review": "quarterly",
        "grace_days": 30, "tiers": [{"name": "Member", "min": 0}, {"name": "Silver", "min": 300},
        {"name": "Gold", "min": 1000}]})");
    const Run set = runMwb({u"tiers"_s, ws, u"--rules"_s, rules, u"--json"_s});
    QCOMPARE(set.exitCode, 0);
    const QJsonArray tiers = set.json().value(u"tiers"_s).toArray();
    QCOMPARE(tiers.size(), 3);
    qint64 members = 0;
    for (const QJsonValue &tier : tiers)
        members += tier[u"members"_s].toInteger();
    // Everyone known on the day is in a tier: the funnel's customers in a stage that day.
    const QString asOf = set.json().value(u"as_of"_s).toString();
    qint64 known = 0;
    for (const QJsonValue &stage :
         runMwb({u"funnel"_s, ws, u"--as-of"_s, asOf, u"--json"_s}).json().value(u"stages"_s).toArray())
        known += stage[u"customers"_s].toInteger();
    QCOMPARE(members, known);
    const qint64 gold = tiers[2][u"members"_s].toInteger();
    QVERIFY(gold > 0);
    QCOMPARE(gold, sqlCount(ws, "SELECT count(*) FROM customer_metrics WHERE tier = 'Gold'"));
    const QString definition = write(u"gold.json"_s, R"({"field": "tier", "op": "=", "value": "Gold"})");
    QCOMPARE(runMwb({u"segment"_s, u"count"_s, ws, u"--definition"_s, definition, u"--json"_s})
                 .json()
                 .value(u"count"_s)
                 .toInteger(),
             gold);

    const Run migration = runMwb({u"tiers"_s, ws, u"--migration"_s, u"--from"_s, u"2025-06-30"_s, u"--json"_s});
    QCOMPARE(migration.exitCode, 0);
    const QJsonArray matrix = migration.json().value(u"matrix"_s).toArray();
    QCOMPARE(matrix.size(), 4); // three tiers and the not yet known
    QVERIFY(matrix.last()[u"from"_s].isNull());
    qint64 total = 0;
    for (const QJsonValue &row : matrix) {
        for (const QJsonValue &n : row[u"to"_s].toArray())
            total += n.toInteger();
    }
    QCOMPARE(total, members);
    QCOMPARE(runMwb({u"tiers"_s, ws, u"--migration"_s}).exitCode, 1);
}

// `mwb points` and `mwb referrals` on the demo: the ledger's figures against sums of the
// points table (without an expiry rule every balance is the sum of its entries), the rules
// refused out of range, a points file imported twice through the CLI, and the referrals'
// counts and cost against the referrals table.
void TestCli::pointsAndReferrals()
{
    const QString ws = path(u"points.mwb"_s);
    QCOMPARE(runMwb({u"demo"_s, ws, u"--customers"_s, u"1500"_s}).exitCode, 0);
    const Run never = runMwb({u"points"_s, ws, u"--expiry-months"_s, u"0"_s, u"--json"_s});
    QCOMPARE(never.exitCode, 0);
    const QJsonObject p = never.json();
    QCOMPARE(p.value(u"as_of"_s).toString(), u"2026-06-30"_s);
    const qint64 end = qint64(QDate(2026, 7, 1).startOfDay(QTimeZone::utc()).toSecsSinceEpoch());
    const std::string upTo = " AND occurred_at < " + std::to_string(end);
    QCOMPARE(p.value(u"issued"_s).toInteger(),
             sqlCount(ws, ("SELECT sum(points) FROM points WHERE points > 0" + upTo).c_str()));
    QCOMPARE(p.value(u"redeemed"_s).toInteger(),
             -sqlCount(ws, ("SELECT sum(points) FROM points WHERE type = 'redeem'" + upTo).c_str()));
    QCOMPARE(
        p.value(u"adjusted"_s).toInteger(),
        -sqlCount(ws,
                  ("SELECT coalesce(sum(points), 0) FROM points WHERE type = 'adjust' AND points < 0" + upTo).c_str()));
    QCOMPARE(p.value(u"expired"_s).toInteger(), 0);
    QCOMPARE(p.value(u"outstanding"_s).toInteger(),
             sqlCount(ws, ("SELECT sum(points) FROM points WHERE 1" + upTo).c_str()));
    QCOMPARE(p.value(u"members_with_points"_s).toInteger(),
             sqlCount(ws,
                      ("SELECT count(*) FROM (SELECT customer_id FROM points WHERE 1" + upTo
                       + " GROUP BY customer_id HAVING sum(points) > 0)")
                          .c_str()));
    QCOMPARE(p.value(u"redemption_rate"_s).toDouble(),
             p.value(u"redeemed"_s).toDouble() / p.value(u"issued"_s).toDouble());
    QCOMPARE(p.value(u"liability"_s).toDouble(), p.value(u"outstanding"_s).toDouble() * 0.01);
    // The segment field reads the same balances.
    const QString positive = write(u"positive.json"_s, R"({"field": "points_balance", "op": ">", "value": 0})");
    QCOMPARE(runMwb({u"segment"_s, u"count"_s, ws, u"--definition"_s, positive, u"--json"_s})
                 .json()
                 .value(u"count"_s)
                 .toInteger(),
             p.value(u"members_with_points"_s).toInteger());

    // Under a 12-month rule some points have expired, and the figures still add up.
    const QJsonObject ruled = runMwb({u"points"_s, ws, u"--expiry-months"_s, u"12"_s, u"--json"_s}).json();
    QVERIFY(ruled.value(u"expired"_s).toInteger() > 0);
    QCOMPARE(ruled.value(u"issued"_s).toInteger() - ruled.value(u"redeemed"_s).toInteger()
                 - ruled.value(u"expired"_s).toInteger() - ruled.value(u"adjusted"_s).toInteger(),
             ruled.value(u"outstanding"_s).toInteger());
    QVERIFY(ruled.value(u"outstanding"_s).toInteger() < p.value(u"outstanding"_s).toInteger());
    const Run tooLong = runMwb({u"points"_s, ws, u"--expiry-months"_s, u"500"_s});
    QCOMPARE(tooLong.exitCode, 2);
    QVERIFY2(tooLong.err.contains("expiry_months"), tooLong.err.constData());
    QCOMPARE(runMwb({u"points"_s, ws, u"--json"_s}).json().value(u"rules"_s)[u"expiry_months"_s].toInt(), 12);

    // A points file through the CLI: twice, the second time nothing new.
    const QString file = write(u"ledger.csv"_s,
                               "会员编号,时间,积分,类型\nM00000001,2026-06-01,500,积分获得\n"
                               "M00000001,2026-06-02,200,积分兑换\nNEW1,2026-06-03,50,获得\n");
    const QJsonObject first = runMwb({u"import"_s, ws, u"--kind"_s, u"points"_s, file, u"--json"_s}).json();
    QCOMPARE(first.value(u"rows_imported"_s).toInteger(), 3);
    QCOMPARE(first.value(u"customers_created"_s).toInteger(), 1);
    const QJsonObject second = runMwb({u"import"_s, ws, u"--kind"_s, u"points"_s, file, u"--json"_s}).json();
    QCOMPARE(second.value(u"rows_imported"_s).toInteger(), 0);
    QCOMPARE(second.value(u"rows_duplicate"_s).toInteger(), 3);

    // Referrals: counts and the cost per referred customer from the demo's costs (20 a
    // referral and 5,000 besides).
    const Run referrals = runMwb({u"referrals"_s, ws, u"--top"_s, u"3"_s, u"--json"_s});
    QCOMPARE(referrals.exitCode, 0);
    const QJsonObject r = referrals.json();
    const qint64 referred = sqlCount(ws, "SELECT count(*) FROM referrals");
    QVERIFY(referred > 10);
    QCOMPARE(r.value(u"referred_customers"_s).toInteger(), referred);
    QCOMPARE(r.value(u"referrers"_s).toInteger(), sqlCount(ws, "SELECT count(DISTINCT referrer_id) FROM referrals"));
    QCOMPARE(r.value(u"cost_per_referred"_s).toDouble(), (20.0 * double(referred) + 5000.0) / double(referred));
    const QJsonArray top = r.value(u"top"_s).toArray();
    QCOMPARE(top.size(), 3);
    QCOMPARE(top[0][u"referred"_s].toInteger(),
             sqlCount(ws, "SELECT max(n) FROM (SELECT count(*) AS n FROM referrals GROUP BY referrer_id)"));
    const QJsonObject tree =
        runMwb({u"referrals"_s, ws, u"--customer"_s, top[0][u"id"_s].toString(), u"--json"_s}).json();
    QCOMPARE(tree.value(u"tree"_s)[u"referred"_s].toArray().size(), top[0][u"referred"_s].toInteger());
    QVERIFY(tree.value(u"descendants"_s).toInteger() >= top[0][u"referred"_s].toInteger());
    QCOMPARE(runMwb({u"referrals"_s, ws, u"--customer"_s, u"NO-SUCH"_s}).exitCode, 2);

    // The export columns read the same: referrals made add up to the referred customers, and
    // the members with a positive balance are the ledger's.
    const QString list = path(u"members.csv"_s);
    QCOMPARE(runMwb({u"export"_s, u"customers"_s, ws, u"--out"_s, list, u"--columns"_s,
                     u"external_id,points_balance,referrals_made"_s})
                 .exitCode,
             0);
    QFile csv(list);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readLine().trimmed(), QByteArray("external_id,points_balance,referrals_made"));
    qint64 referralsMade = 0;
    qint64 withPoints = 0;
    while (!csv.atEnd()) {
        const QList<QByteArray> cells = csv.readLine().trimmed().split(',');
        QCOMPARE(cells.size(), 3);
        withPoints += cells[1].toLongLong() > 0 ? 1 : 0;
        referralsMade += cells[2].toLongLong();
    }
    QCOMPARE(referralsMade, referred);
    QCOMPARE(withPoints, runMwb({u"points"_s, ws, u"--json"_s}).json().value(u"members_with_points"_s).toInteger());
}
