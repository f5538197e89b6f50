// `mwb campaign …` and `mwb import --kind results` as scripts use them: the whole loop on
// the demo data (create with a control group, export the target list, a results file
// made from that list, import, report with exactly known counts), re-imports that change
// nothing, the JSON keys of docs/CLI.md, and errors with their exit codes.
#include "TestCli.h"

#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;
using namespace clitest;

namespace {

QString loopWorkspace(const QString &ws, const QString &definition)
{
    if (runMwb({u"demo"_s, ws, u"--customers"_s, u"2000"_s}).exitCode != 0)
        return {};
    if (runMwb({u"segment"_s, u"save"_s, ws, u"--name"_s, u"老客户 buyers"_s, u"--definition"_s, definition}).exitCode
        != 0)
        return {};
    return ws;
}

} // namespace

void TestCli::campaignClosedLoop()
{
    const QString definition = write(u"buyers.json"_s, R"({"field": "frequency", "op": ">=", "value": 1})");
    const QString ws = loopWorkspace(path(u"loop.mwb"_s), definition);
    QVERIFY(!ws.isEmpty());
    const qint64 buyers = runMwb({u"segment"_s, u"count"_s, ws, u"--definition"_s, definition, u"--json"_s})
                              .json()
                              .value(u"count"_s)
                              .toInteger();
    QVERIFY(buyers > 500);

    // A dry run shows the sizes and writes nothing; the real one gives the same split.
    const QStringList create{u"campaign"_s,
                             u"create"_s,
                             ws,
                             u"--name"_s,
                             u"Autumn 秋季"_s,
                             u"--segment"_s,
                             u"老客户 buyers"_s,
                             u"--holdout"_s,
                             u"0.2"_s,
                             u"--seed"_s,
                             u"11"_s,
                             u"--cost"_s,
                             u"300"_s,
                             u"--cost-per-contact"_s,
                             u"0.05"_s,
                             u"--send-date"_s,
                             u"2026-07-01"_s,
                             u"--json"_s};
    const Run dry = runMwb(create + QStringList{u"--dry-run"_s});
    QCOMPARE(dry.exitCode, 0);
    QJsonObject planned;
    QVERIFY2(isOneJsonObject(dry.out, &planned), dry.out.constData());
    QVERIFY(planned.value(u"id"_s).isNull());
    QVERIFY(planned.value(u"nobody_to_contact"_s).isNull()); // present, and null: someone is left
    QCOMPARE(sqlCount(ws, "SELECT count(*) FROM campaigns"), 3);
    const Run created = runMwb(create);
    QCOMPARE(created.exitCode, 0);
    QJsonObject c;
    QVERIFY2(isOneJsonObject(created.out, &c), created.out.constData());
    const qint64 id = c.value(u"id"_s).toInteger();
    const qint64 treatment = c.value(u"treatment"_s).toInteger();
    const qint64 control = c.value(u"control"_s).toInteger();
    QCOMPARE(treatment, planned.value(u"treatment"_s).toInteger());
    QCOMPARE(control, planned.value(u"control"_s).toInteger());
    const QJsonObject excluded = c.value(u"excluded"_s).toObject();
    QCOMPARE(treatment + control + excluded.value(u"opted_out"_s).toInteger()
                 + excluded.value(u"unreachable"_s).toInteger() + excluded.value(u"contacted"_s).toInteger(),
             buyers);
    QCOMPARE(control, qRound64((treatment + control) * 0.2));
    QCOMPARE(sqlCount(ws, ("SELECT count(*) FROM campaign_members WHERE campaign_id = " + std::to_string(id)).c_str()),
             treatment + control);

    // The target list: treatment only, member_token first, a BOM for Excel.
    const QString list = path(u"list.csv"_s);
    const Run exported = runMwb({u"campaign"_s, u"export"_s, ws, u"Autumn 秋季"_s, u"--out"_s, list, u"--bom"_s,
                                 u"--columns"_s, u"external_id,email,name"_s, u"--json"_s});
    QCOMPARE(exported.exitCode, 0);
    QJsonObject e;
    QVERIFY2(isOneJsonObject(exported.out, &e), exported.out.constData());
    QCOMPARE(e.value(u"rows"_s).toInteger(), treatment);
    QCOMPARE(e.value(u"contacts_logged"_s).toInteger(), treatment);
    const QByteArray listBytes = bytes(list);
    QVERIFY(listBytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(listBytes.mid(3));
    QCOMPARE(rows.size(), qsizetype(treatment + 1));
    QCOMPARE(rows.first(), (QStringList{u"member_token"_s, u"external_id"_s, u"email"_s, u"name"_s}));

    // The sending tool's report: all delivered, every 4th opened, every 20th converted
    // with revenue 100; a bounce and an unknown token; then a copy of a row.
    QByteArray results = "Member Token,Status,Revenue,Order ID,Time\r\n";
    qint64 delivered = 0, opened = 0, converted = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QByteArray token = rows[i][0].toUtf8();
        if (i == 1) {
            results += token + ",hard_bounce,,,2026-07-01 08:00\r\n";
            continue;
        }
        results += token + ",Delivered,,,2026-07-01 08:00\r\n";
        ++delivered;
        if (i % 4 == 0) {
            results += token + ",open,,,2026-07-01 12:00\r\n";
            ++opened;
        }
        if (i % 20 == 0) {
            results += token + ",conversion,100.00,R" + QByteArray::number(i) + ",2026-07-03 12:00\r\n";
            ++converted;
        }
    }
    results += "NOPE00000000,opened,,,\r\n";
    const qint64 resultRows = 1 + delivered + opened + converted + 1;
    const QString resultsFile = write(u"results.csv"_s, results);
    const QStringList import{u"import"_s,         ws,          u"--kind"_s, u"results"_s, u"--campaign"_s,
                             QString::number(id), resultsFile, u"--json"_s};
    const Run first = runMwb(import);
    QCOMPARE(first.exitCode, 0);
    QJsonObject r;
    QVERIFY2(isOneJsonObject(first.out, &r), first.out.constData());
    QCOMPARE(r.value(u"rows_read"_s).toInteger(), resultRows);
    QCOMPARE(r.value(u"rows_matched"_s).toInteger(), resultRows - 1);
    QCOMPARE(r.value(u"rows_unmatched"_s).toInteger(), 1);
    QCOMPARE(r.value(u"rows_imported"_s).toInteger(), resultRows - 1);
    QCOMPARE(r.value(u"matched_by"_s).toObject().value(u"member_token"_s).toInteger(), resultRows - 1);
    QCOMPARE(r.value(u"customers_created"_s).toInteger(), 0);
    QVERIFY(QFileInfo::exists(r.value(u"rejects_file"_s).toString()));

    const QStringList report{u"campaign"_s, u"report"_s, ws, u"Autumn 秋季"_s, u"--json"_s};
    const Run reported = runMwb(report);
    QCOMPARE(reported.exitCode, 0);
    QJsonObject rep;
    QVERIFY2(isOneJsonObject(reported.out, &rep), reported.out.constData());
    for (const char *key :
         {"treatment", "control", "treatment_conversions", "control_conversions", "treatment_rate", "control_rate",
          "uplift", "uplift_ci_low", "uplift_ci_high", "p_value", "revenue", "cost", "roi"})
        QVERIFY2(rep.contains(QLatin1String(key)), key);
    QCOMPARE(rep.value(u"treatment"_s).toInteger(), treatment);
    QCOMPARE(rep.value(u"control"_s).toInteger(), control);
    const QJsonObject t = rep.value(u"groups"_s).toObject().value(u"treatment"_s).toObject();
    QCOMPARE(t.value(u"contacted"_s).toInteger(), treatment);
    QCOMPARE(t.value(u"delivered"_s).toInteger(), delivered);
    QCOMPARE(t.value(u"bounced"_s).toInteger(), 1);
    QCOMPARE(t.value(u"opened"_s).toInteger(), opened);
    // The demo's data ends on 2026-06-30: no orders in the window, so the results are all.
    QCOMPARE(rep.value(u"treatment_conversions"_s).toInteger(), converted);
    QCOMPARE(rep.value(u"control_conversions"_s).toInteger(), 0);
    QCOMPARE(rep.value(u"revenue"_s).toDouble(), converted * 100.0);
    QCOMPARE(rep.value(u"cost"_s).toDouble(), 300 + 0.05 * treatment);
    QCOMPARE(rep.value(u"treatment_rate"_s).toDouble(), double(converted) / treatment);
    QVERIFY(rep.value(u"uplift_ci_low"_s).toDouble() < rep.value(u"uplift"_s).toDouble());
    QVERIFY(rep.value(u"uplift_ci_high"_s).toDouble() > rep.value(u"uplift"_s).toDouble());
    QVERIFY(rep.value(u"window_open"_s).toBool());
    qint64 byStage = 0;
    for (const QJsonValue &row : rep.value(u"by_stage"_s).toArray())
        byStage += row[u"treatment"_s][u"members"_s].toInteger() + row[u"control"_s][u"members"_s].toInteger();
    QCOMPARE(byStage, treatment + control);

    // Again: nothing new, the same report.
    const Run second = runMwb(import);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.json().value(u"rows_imported"_s).toInteger(), 0);
    QCOMPARE(second.json().value(u"rows_duplicate"_s).toInteger(), resultRows - 1);
    QCOMPARE(runMwb(report).json(), rep);
    // Exporting the list again records no second contact.
    QCOMPARE(runMwb({u"campaign"_s, u"export"_s, ws, QString::number(id), u"--out"_s, list, u"--json"_s})
                 .json()
                 .value(u"contacts_logged"_s)
                 .toInteger(),
             0);

    const Run listed = runMwb({u"campaign"_s, u"list"_s, ws, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray campaigns = listed.json().value(u"campaigns"_s).toArray();
    QCOMPARE(campaigns.size(), 4);
    QCOMPARE(campaigns.first()[u"name"_s].toString(), u"Autumn 秋季"_s); // newest first
    QCOMPARE(campaigns.first()[u"exported"_s].toInteger(), treatment);

    // The report as CSV, and text output for people.
    const QString csv = path(u"report.csv"_s);
    QCOMPARE(runMwb({u"campaign"_s, u"report"_s, ws, QString::number(id), u"--out"_s, csv}).exitCode, 0);
    QVERIFY(!parseCsv(bytes(csv)).isEmpty());
    const Run text = runMwb({u"campaign"_s, u"report"_s, ws, QString::number(id)});
    QVERIFY(text.out.contains("uplift"));
    QVERIFY(text.out.contains("Autumn"));

    // Without a control group every comparison with it is undefined: null, not 0.
    const Run whole = runMwb({u"campaign"_s, u"create"_s, ws, u"--name"_s, u"Everyone"_s, u"--segment"_s,
                              u"老客户 buyers"_s, u"--holdout"_s, u"0"_s, u"--cost"_s, u"100"_s, u"--json"_s});
    QCOMPARE(whole.exitCode, 0);
    QCOMPARE(whole.json().value(u"control"_s).toInteger(), 0);
    const QJsonObject noControl = runMwb({u"campaign"_s, u"report"_s, ws, u"Everyone"_s, u"--json"_s}).json();
    QCOMPARE(noControl.value(u"control"_s).toInteger(), 0);
    QCOMPARE(noControl.value(u"treatment_rate"_s).toDouble(), 0.0);
    for (const char *key :
         {"control_rate", "control_revenue", "uplift", "uplift_ci_low", "uplift_ci_high", "p_value",
          "incremental_conversions", "incremental_revenue", "roi", "cost_per_incremental_conversion"}) {
        QVERIFY2(noControl.contains(QLatin1String(key)), key);
        QVERIFY2(noControl.value(QLatin1String(key)).isNull(), key);
    }
    QVERIFY(noControl[u"groups"_s][u"control"_s][u"conversion_rate"_s].isNull());
    QVERIFY(!noControl[u"groups"_s][u"treatment"_s][u"conversion_rate"_s].isNull());
    const Run noControlCsv = runMwb({u"campaign"_s, u"report"_s, ws, u"Everyone"_s, u"--out"_s, csv});
    QCOMPARE(noControlCsv.exitCode, 0);
    for (const QStringList &row : parseCsv(bytes(csv))) {
        if (row.value(1) == u"incremental_conversions"_s || row.value(1) == u"incremental_revenue"_s)
            QVERIFY2(row.value(4).isEmpty(), qPrintable(row.join(u',')));
    }

    QCOMPARE(runMwb({u"campaign"_s, u"delete"_s, ws, QString::number(id), u"--json"_s}).exitCode, 0);
    QCOMPARE(sqlCount(ws, ("SELECT count(*) FROM campaign_members WHERE campaign_id = " + std::to_string(id)).c_str()),
             0);
}

void TestCli::campaignErrors()
{
    const QString definition = write(u"all.json"_s, R"({"all": []})");
    const QString ws = loopWorkspace(path(u"errors.mwb"_s), definition);
    QVERIFY(!ws.isEmpty());
    struct Case
    {
        QStringList arguments;
        int exitCode;
        const char *message;
    };
    const QString results = write(u"r.csv"_s, "member_token,status\r\nX,opened\r\n");
    const QList<Case> cases{
        {{u"campaign"_s}, 1, "Usage"},
        {{u"campaign"_s, u"launch"_s, ws}, 1, "unknown campaign subcommand"},
        {{u"campaign"_s, u"create"_s, ws, u"--segment"_s, u"老客户 buyers"_s}, 1, "--name"},
        {{u"campaign"_s, u"create"_s, ws, u"--name"_s, u"A"_s, u"--segment"_s, u"老客户 buyers"_s, u"--holdout"_s,
          u"1.5"_s},
         1,
         "share"},
        {{u"campaign"_s, u"create"_s, ws, u"--name"_s, u"A"_s, u"--segment"_s, u"老客户 buyers"_s, u"--channel"_s,
          u"fax"_s},
         1,
         "fax"},
        {{u"campaign"_s, u"create"_s, ws, u"--name"_s, u"A"_s, u"--segment"_s, u"nobody"_s}, 2, "nobody"},
        {{u"campaign"_s, u"create"_s, ws, u"--name"_s, u"Spring tea festival 2024"_s, u"--segment"_s,
          u"老客户 buyers"_s},
         2,
         "already exists"},
        {{u"campaign"_s, u"report"_s, ws, u"No such"_s}, 2, "no campaign 'No such'"},
        {{u"campaign"_s, u"export"_s, ws, u"1"_s}, 1, "--out"},
        {{u"campaign"_s, u"export"_s, ws, u"1"_s, u"--out"_s, path(u"x.csv"_s), u"--format"_s, u"pdf"_s}, 1, "pdf"},
        {{u"campaign"_s, u"export"_s, ws, u"1"_s, u"--out"_s, path(u"x.csv"_s), u"--format"_s, u"hashed"_s,
          u"--columns"_s, u"name"_s},
         1,
         "hashed"},
        {{u"import"_s, ws, u"--kind"_s, u"results"_s, results}, 1, "--campaign"},
        {{u"import"_s, ws, u"--kind"_s, u"results"_s, u"--campaign"_s, u"77"_s, results}, 2, "no campaign '77'"},
        {{u"import"_s, ws, u"--kind"_s, u"events"_s, u"--campaign"_s, u"1"_s, results}, 1, "results only"},
    };
    for (const Case &c : cases) {
        const Run run = runMwb(c.arguments);
        QVERIFY2(run.exitCode == c.exitCode,
                 qPrintable(c.arguments.join(u' ') + u" -> "_s + QString::number(run.exitCode) + u" "_s
                            + QString::fromUtf8(run.err)));
        QVERIFY2(run.err.contains(c.message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
    QVERIFY(!QFileInfo::exists(path(u"x.csv"_s)));
    QCOMPARE(sqlCount(ws, "SELECT count(*) FROM campaigns"), 3);

    // An e-mail campaign to the customers without an e-mail address: the dry run says why
    // nobody would be contacted, and create refuses with the same words.
    const QString noEmail = write(u"no-email.json"_s, R"({"field": "email", "op": "is_empty"})");
    QCOMPARE(runMwb({u"segment"_s, u"save"_s, ws, u"--name"_s, u"No e-mail"_s, u"--definition"_s, noEmail}).exitCode,
             0);
    const qint64 without = sqlCount(ws, "SELECT count(*) FROM customers WHERE coalesce(email, '') = ''");
    QVERIFY(without > 0);
    const QString reason = u"None of the %1 has an e-mail address."_s.arg(without);
    const QStringList create{u"campaign"_s,  u"create"_s,    ws,        u"--name"_s, u"Mail them"_s, u"--segment"_s,
                             u"No e-mail"_s, u"--channel"_s, u"email"_s};
    const Run dry = runMwb(create + QStringList{u"--dry-run"_s, u"--json"_s});
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(dry.json().value(u"nobody_to_contact"_s).toString(), reason);
    QCOMPARE(dry.json().value(u"treatment"_s).toInteger(), 0);
    const Run refused = runMwb(create);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(reason.toUtf8()), refused.err.constData());
    QCOMPARE(sqlCount(ws, "SELECT count(*) FROM campaigns"), 3);
}

void TestCli::campaignHashedAndXlsx()
{
    const QString definition = write(u"all.json"_s, R"({"all": []})");
    const QString ws = loopWorkspace(path(u"hashed.mwb"_s), definition);
    QVERIFY(!ws.isEmpty());
    const Run created =
        runMwb({u"campaign"_s, u"create"_s, ws, u"--name"_s, u"Ads"_s, u"--segment"_s, u"老客户 buyers"_s,
                u"--channel"_s, u"ads"_s, u"--holdout"_s, u"0.5"_s, u"--stratify"_s, u"--json"_s});
    QCOMPARE(created.exitCode, 0);
    const qint64 treatment = created.json().value(u"treatment"_s).toInteger();
    const QString hashed = path(u"audience.csv"_s);
    const Run run =
        runMwb({u"campaign"_s, u"export"_s, ws, u"Ads"_s, u"--out"_s, hashed, u"--format"_s, u"hashed"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QByteArray content = bytes(hashed);
    QVERIFY(!content.contains('@'));
    QVERIFY(!content.contains(",+"));
    const QList<QStringList> rows = parseCsv(content);
    QCOMPARE(rows.size(), qsizetype(treatment + 1));
    QCOMPARE(rows.first(), (QStringList{u"member_token"_s, u"email_sha256"_s, u"phone_sha256"_s}));
    const QRegularExpression hex(u"^([0-9a-f]{64})?$"_s);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QVERIFY(hex.match(rows[i][1]).hasMatch());
        QVERIFY(hex.match(rows[i][2]).hasMatch());
        QVERIFY(!rows[i][1].isEmpty() || !rows[i][2].isEmpty()); // unreachable members were left out
    }

    const QString xlsx = path(u"list.xlsx"_s);
    QCOMPARE(runMwb({u"campaign"_s, u"export"_s, ws, u"Ads"_s, u"--out"_s, xlsx}).exitCode, 0);
    const qint64 sheetRows = xlsxRows(xlsx);
    if (sheetRows >= 0)
        QCOMPARE(sheetRows, treatment + 1);
    QVERIFY(bytes(xlsx).startsWith("PK"));
}

void TestCli::campaignArmsAndSampleSize()
{
    const QString definition = write(u"buyers.json"_s, R"({"field": "frequency", "op": ">=", "value": 1})");
    const QString ws = loopWorkspace(path(u"arms.mwb"_s), definition);
    QVERIFY(!ws.isEmpty());
    const Run created = runMwb({u"campaign"_s, u"create"_s, ws, u"--name"_s, u"Creatives"_s, u"--segment"_s,
                                u"老客户 buyers"_s, u"--holdout"_s, u"0.25"_s, u"--seed"_s, u"5"_s, u"--arms"_s,
                                u"A,B,C"_s, u"--send-date"_s, u"2026-05-01"_s, u"--json"_s});
    QCOMPARE(created.exitCode, 0);
    const QJsonObject c = created.json();
    const qint64 treatment = c.value(u"treatment"_s).toInteger();
    const QJsonArray arms = c.value(u"arms"_s).toArray();
    QCOMPARE(arms.size(), 3);
    qint64 sum = 0;
    QMap<QString, qint64> sizes;
    for (const QJsonValue &arm : arms) {
        sizes[arm[u"arm"_s].toString()] = arm[u"members"_s].toInteger();
        sum += arm[u"members"_s].toInteger();
        QVERIFY(std::abs(arm[u"members"_s].toInteger() - treatment / 3.0) < 1); // equal arms
    }
    QCOMPARE(sum, treatment);
    QVERIFY(c.value(u"baseline_rate"_s).toDouble() > 0);
    QVERIFY(c.value(u"detectable_uplift"_s).toDouble() > 0);
    const qint64 id = c.value(u"id"_s).toInteger();

    // The whole list (not logged) names each member's arm; arm B's list is B's members only.
    const QString all = path(u"all.csv"_s);
    QCOMPARE(runMwb({u"campaign"_s, u"export"_s, ws, QString::number(id), u"--out"_s, all, u"--no-log"_s}).exitCode, 0);
    QFile file(all);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QVERIFY(lines.front().startsWith(u"member_token,arm,"_s));
    QMap<QString, qint64> listed;
    for (qsizetype i = 1; i < lines.size(); ++i)
        ++listed[lines[i].section(u',', 1, 1)];
    QCOMPARE(listed, sizes);
    const Run armB = runMwb({u"campaign"_s, u"export"_s, ws, QString::number(id), u"--out"_s, path(u"b.csv"_s),
                             u"--arm"_s, u"B"_s, u"--json"_s});
    QCOMPARE(armB.exitCode, 0);
    QCOMPARE(armB.json().value(u"rows"_s).toInteger(), sizes[u"B"_s]);
    QCOMPARE(armB.json().value(u"contacts_logged"_s).toInteger(), sizes[u"B"_s]);
    QCOMPARE(sqlCount(ws,
                      ("SELECT count(*) FROM campaign_members WHERE campaign_id = " + std::to_string(id)
                       + " AND exported_at IS NOT NULL AND arm <> 'B'")
                          .c_str()),
             0);
    const Run noArm =
        runMwb({u"campaign"_s, u"export"_s, ws, QString::number(id), u"--out"_s, path(u"z.csv"_s), u"--arm"_s, u"Z"_s});
    QCOMPARE(noArm.exitCode, 2);
    QVERIFY(noArm.err.contains("no arm 'Z'"));

    // The report: each arm against the control; Holm recomputed here from the raw p-values.
    const Run report = runMwb({u"campaign"_s, u"report"_s, ws, QString::number(id), u"--json"_s});
    QCOMPARE(report.exitCode, 0);
    const QJsonObject r = report.json();
    const QJsonArray reported = r.value(u"arms"_s).toArray();
    QCOMPARE(reported.size(), 3);
    const double controlRate = r.value(u"control_rate"_s).toDouble();
    std::vector<std::pair<double, int>> raw;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject arm = reported[i].toObject();
        for (const char *key : {"arm", "members", "conversions", "conversion_rate", "uplift", "uplift_ci_low",
                                "uplift_ci_high", "p_value", "p_value_holm", "revenue", "roi"})
            QVERIFY2(arm.contains(QLatin1StringView(key)), key);
        QCOMPARE(arm[u"members"_s].toInteger(), sizes[arm[u"arm"_s].toString()]);
        const double rate = double(arm[u"conversions"_s].toInteger()) / double(arm[u"members"_s].toInteger());
        QVERIFY(std::abs(arm[u"conversion_rate"_s].toDouble() - rate) < 1e-12);
        QVERIFY(std::abs(arm[u"uplift"_s].toDouble() - (rate - controlRate)) < 1e-12);
        raw.emplace_back(arm[u"p_value"_s].toDouble(), i);
    }
    std::sort(raw.begin(), raw.end());
    double running = 0;
    for (int rank = 0; rank < 3; ++rank) {
        running = std::max(running, std::min(1.0, (3 - rank) * raw[static_cast<std::size_t>(rank)].first));
        QVERIFY(std::abs(reported[raw[static_cast<std::size_t>(rank)].second][u"p_value_holm"_s].toDouble() - running)
                < 1e-12);
    }
    QCOMPARE(r.value(u"arm_pairs"_s).toArray().size(), 3);
    const QString kind = r.value(u"verdict"_s).toObject().value(u"kind"_s).toString();
    QVERIFY2(QStringList({u"winner"_s, u"beats_control"_s, u"none_yet"_s}).contains(kind), qPrintable(kind));

    // The planner, with and without a workspace's help.
    const Run plan = runMwb({u"sample-size"_s, u"--baseline"_s, u"0.05"_s, u"--mde"_s, u"0.01"_s, u"--json"_s});
    QCOMPARE(plan.exitCode, 0);
    QCOMPARE(plan.json().value(u"per_group"_s).toInteger(), qint64(8158));
    QCOMPARE(plan.json().value(u"total"_s).toInteger(), qint64(16316));
    const Run inverse =
        runMwb({u"sample-size"_s, u"--baseline"_s, u"0.05"_s, u"--per-group"_s, u"8158"_s, u"--json"_s});
    QCOMPARE(inverse.exitCode, 0);
    QVERIFY(std::abs(inverse.json().value(u"mde"_s).toDouble() - 0.01) < 1e-4);
    QCOMPARE(runMwb({u"sample-size"_s, u"--baseline"_s, u"0.05"_s}).exitCode, 1);
    QCOMPARE(runMwb({u"sample-size"_s, u"--baseline"_s, u"1.5"_s, u"--mde"_s, u"0.01"_s}).exitCode, 1);
    QCOMPARE(runMwb({u"campaign"_s, u"create"_s, ws, u"--name"_s, u"One"_s, u"--segment"_s, u"老客户 buyers"_s,
                     u"--arms"_s, u"A"_s})
                 .exitCode,
             1);
}
