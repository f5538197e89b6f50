// `mwb segment …`, `mwb rfm` and `mwb export customers` as scripts use them: counts that
// agree between a definition, its saved segment and its export; errors that name the file
// and the place in the definition; exports read back (CSV parsed, XLSX unzipped) and no
// partial file left behind when an export fails.
#include "TestCli.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace clitest;

QString TestCli::segmentWorkspace()
{
    const QString ws = path(u"segments.mwb"_s);
    if (runMwb({u"demo"_s, ws, u"--customers"_s, u"1500"_s}).exitCode != 0)
        return {};
    const QString contacts =
        write(u"contacts.csv"_s,
              "id,name,email,city\r\n"
              "T1,\"=HYPERLINK(\"\"http://x.example\"\",\"\"a, b\"\")\",t1@example.com,Testville\r\n"
              "T2,\"Comma, Quote \"\"Q\"\"\",t2@example.com,Testville\r\n"
              "T3,\"Line\nBreak\",t3@example.com,Testville\r\n"
              "T4,@SUM(A1),t4@example.com,Testville\r\n");
    const Run import = runMwb({u"import"_s, ws, u"--kind"_s, u"contacts"_s, contacts, u"--json"_s});
    if (import.exitCode != 0 || import.json().value(u"rows_imported"_s).toInteger() != 4)
        return {};
    return ws;
}

void TestCli::segmentCountSaveListShow()
{
    const QString ws = segmentWorkspace();
    QVERIFY(!ws.isEmpty());
    const QString definition = write(u"best.json"_s, R"({"any": [{"field": "city", "op": "=", "value": "Testville"},
        {"all": [{"field": "rfm_segment", "op": "in", "value": ["Champions", "Loyal"]},
                 {"purchase": {"within_days": 365}}]}]})");

    const Run byDefinition = runMwb({u"segment"_s, u"count"_s, ws, u"--definition"_s, definition, u"--json"_s});
    QCOMPARE(byDefinition.exitCode, 0);
    QVERIFY2(byDefinition.err.isEmpty(), byDefinition.err.constData());
    QJsonObject counted;
    QVERIFY2(isOneJsonObject(byDefinition.out, &counted), byDefinition.out.constData());
    const qint64 count = counted.value(u"count"_s).toInteger();
    QVERIFY(count > 4); // the Testville four and some of the demo's best customers
    QVERIFY(count < 1504);
    QVERIFY(counted.value(u"millis"_s).isDouble());
    QCOMPARE(counted.value(u"total"_s).toInteger(), 1504);
    QCOMPARE(counted.value(u"share"_s).toDouble(), static_cast<double>(count) / 1504.0);

    const Run save = runMwb(
        {u"segment"_s, u"save"_s, ws, u"--name"_s, u"最佳 customers"_s, u"--definition"_s, definition, u"--json"_s});
    QCOMPARE(save.exitCode, 0);
    QJsonObject saved;
    QVERIFY2(isOneJsonObject(save.out, &saved), save.out.constData());
    QVERIFY(saved.value(u"id"_s).toInteger() > 0);
    QCOMPARE(saved.value(u"name"_s).toString(), u"最佳 customers"_s);
    QCOMPARE(sqlCount(ws, "SELECT count(*) FROM segments"), 1);

    const Run byName = runMwb({u"segment"_s, u"count"_s, ws, u"--name"_s, u"最佳 customers"_s, u"--json"_s});
    QCOMPARE(byName.exitCode, 0);
    QCOMPARE(byName.json().value(u"count"_s).toInteger(), count);

    // A second segment, then the list: both, counted now, with their definitions.
    const QString testville = write(u"testville.json"_s, R"({"field": "city", "op": "=", "value": "testville"})");
    QCOMPARE(runMwb({u"segment"_s, u"save"_s, ws, u"--name"_s, u"Testville"_s, u"--definition"_s, testville}).exitCode,
             0);
    const Run list = runMwb({u"segment"_s, u"list"_s, ws, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    QJsonObject listed;
    QVERIFY2(isOneJsonObject(list.out, &listed), list.out.constData());
    const QJsonArray segments = listed.value(u"segments"_s).toArray();
    QCOMPARE(segments.size(), 2);
    QHash<QString, QJsonObject> byNameInList;
    for (const QJsonValue &segment : segments)
        byNameInList.insert(segment.toObject().value(u"name"_s).toString(), segment.toObject());
    QCOMPARE(byNameInList.value(u"最佳 customers"_s).value(u"count"_s).toInteger(), count);
    QCOMPARE(byNameInList.value(u"Testville"_s).value(u"count"_s).toInteger(), 4); // text ignores case
    QCOMPARE(byNameInList.value(u"Testville"_s).value(u"definition"_s).toObject().value(u"field"_s).toString(),
             u"city"_s);
    for (const QJsonObject &segment : std::as_const(byNameInList)) {
        QVERIFY(segment.value(u"id"_s).toInteger() > 0);
        QVERIFY(!segment.value(u"updated_at"_s).toString().isEmpty());
    }

    const Run show = runMwb({u"segment"_s, u"show"_s, ws, u"--name"_s, u"Testville"_s, u"--json"_s});
    QCOMPARE(show.exitCode, 0);
    QCOMPARE(show.json().value(u"definition"_s).toObject().value(u"value"_s).toString(), u"testville"_s);
    QVERIFY2(show.json().value(u"description"_s).toString().contains(u"testville"_s, Qt::CaseInsensitive),
             show.out.constData());
    QCOMPARE(show.json().value(u"last_count"_s).toInteger(), 4);

    // A taken name is refused (exit 2), unless asked to replace it.
    const Run taken = runMwb({u"segment"_s, u"save"_s, ws, u"--name"_s, u"Testville"_s, u"--definition"_s, definition});
    QCOMPARE(taken.exitCode, 2);
    QCOMPARE(taken.err.count('\n'), 1);
    QVERIFY2(taken.err.contains("Testville"), taken.err.constData());
    const Run replaced = runMwb({u"segment"_s, u"save"_s, ws, u"--name"_s, u"Testville"_s, u"--definition"_s,
                                 definition, u"--replace"_s, u"--json"_s});
    QCOMPARE(replaced.exitCode, 0);
    QCOMPARE(replaced.json().value(u"count"_s).toInteger(), count);
    QCOMPARE(sqlCount(ws, "SELECT count(*) FROM segments"), 2);
}

void TestCli::segmentErrorsNameTheFileAndPath()
{
    const QString ws = path(u"small.mwb"_s);
    QCOMPARE(runMwb({u"demo"_s, ws, u"--customers"_s, u"200"_s}).exitCode, 0);

    const auto expectDataError = [](const Run &run, const QList<QByteArray> &mentions) {
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1); // one line
        for (const QByteArray &mention : mentions)
            QVERIFY2(run.err.contains(mention), run.err.constData());
    };
    const QString badOp = write(u"bad op.json"_s, R"({"all": [{"field": "city", "op": "eq", "value": "Paris"}]})");
    expectDataError(runMwb({u"segment"_s, u"count"_s, ws, u"--definition"_s, badOp, u"--json"_s}),
                    {"bad op.json", "all[0].op", "eq"});
    const QString badField = write(u"field.json"_s, R"({"any": [{"field": "city", "op": "=", "value": "X"},
        {"not": {"field": "shoe_size", "op": "=", "value": 42}}]})");
    expectDataError(runMwb({u"segment"_s, u"count"_s, ws, u"--definition"_s, badField}),
                    {"field.json", "any[1]", "shoe_size"});
    const QString notJson = write(u"broken.json"_s, "{\"all\": [");
    expectDataError(runMwb({u"segment"_s, u"count"_s, ws, u"--definition"_s, notJson}), {"broken.json"});
    expectDataError(runMwb({u"segment"_s, u"count"_s, ws, u"--definition"_s, path(u"missing.json"_s)}),
                    {"missing.json"});
    const QString campaign =
        write(u"campaign.json"_s, R"({"event": {"type": "email_open", "campaign": "No such campaign"}})");
    expectDataError(runMwb({u"segment"_s, u"count"_s, ws, u"--definition"_s, campaign}),
                    {"campaign.json", "No such campaign"});
    // An invalid definition is never saved.
    expectDataError(runMwb({u"segment"_s, u"save"_s, ws, u"--name"_s, u"Bad"_s, u"--definition"_s, badOp}),
                    {"bad op.json", "all[0].op"});
    QCOMPARE(sqlCount(ws, "SELECT count(*) FROM segments"), 0);

    // Unknown segments, by name.
    expectDataError(runMwb({u"segment"_s, u"count"_s, ws, u"--name"_s, u"Nobody"_s, u"--json"_s}), {"Nobody"});
    expectDataError(runMwb({u"segment"_s, u"show"_s, ws, u"--name"_s, u"Nobody"_s}), {"Nobody"});
    expectDataError(runMwb({u"segment"_s, u"delete"_s, ws, u"--name"_s, u"Nobody"_s}), {"Nobody"});
    expectDataError(runMwb({u"segment"_s, u"snapshot"_s, ws, u"--name"_s, u"Nobody"_s}), {"Nobody"});

    // Usage errors: exit 1.
    const QString good = write(u"good.json"_s, R"({"all": []})");
    for (const QStringList &arguments :
         {QStringList{u"segment"_s, u"count"_s, ws},
          QStringList{u"segment"_s, u"count"_s, ws, u"--definition"_s, good, u"--name"_s, u"x"_s},
          QStringList{u"segment"_s, u"save"_s, ws, u"--definition"_s, good},
          QStringList{u"segment"_s, u"save"_s, ws, u"--name"_s, u" "_s, u"--definition"_s, good},
          QStringList{u"segment"_s, u"save"_s, ws, u"--name"_s, u"x"_s}, QStringList{u"segment"_s, u"frobnicate"_s, ws},
          QStringList{u"segment"_s}}) {
        const Run run = runMwb(arguments);
        QVERIFY2(run.exitCode == 1, qPrintable(arguments.join(u' ')));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }
    QCOMPARE(sqlCount(ws, "SELECT count(*) FROM segments"), 0);
    QCOMPARE(runMwb({u"segment"_s, u"count"_s, ws, u"--definition"_s, good, u"--json"_s})
                 .json()
                 .value(u"count"_s)
                 .toInteger(),
             200); // an empty "all" is everyone
}

void TestCli::segmentSnapshotAndDelete()
{
    const QString ws = path(u"snap.mwb"_s);
    QCOMPARE(runMwb({u"demo"_s, ws, u"--customers"_s, u"500"_s}).exitCode, 0);
    const QString definition = write(u"buyers.json"_s, R"({"purchase": {"min_count": 2}})");
    QCOMPARE(runMwb({u"segment"_s, u"save"_s, ws, u"--name"_s, u"Repeat"_s, u"--definition"_s, definition}).exitCode,
             0);
    const qint64 count = runMwb({u"segment"_s, u"count"_s, ws, u"--name"_s, u"Repeat"_s, u"--json"_s})
                             .json()
                             .value(u"count"_s)
                             .toInteger();
    QVERIFY(count > 0);
    QCOMPARE(count, sqlCount(ws, "SELECT count(*) FROM customer_metrics WHERE orders >= 2"));

    const Run snapshot = runMwb({u"segment"_s, u"snapshot"_s, ws, u"--name"_s, u"Repeat"_s, u"--json"_s});
    QCOMPARE(snapshot.exitCode, 0);
    QJsonObject s;
    QVERIFY2(isOneJsonObject(snapshot.out, &s), snapshot.out.constData());
    QVERIFY(s.value(u"snapshot_id"_s).toInteger() > 0);
    QCOMPARE(s.value(u"customers"_s).toInteger(), count);
    QCOMPARE(sqlCount(ws, "SELECT count(*) FROM segment_snapshot_members"), count);

    const Run deleted = runMwb({u"segment"_s, u"delete"_s, ws, u"--name"_s, u"Repeat"_s, u"--json"_s});
    QCOMPARE(deleted.exitCode, 0);
    QCOMPARE(deleted.json().value(u"name"_s).toString(), u"Repeat"_s);
    QCOMPARE(sqlCount(ws, "SELECT count(*) FROM segments"), 0);
    QCOMPARE(runMwb({u"segment"_s, u"count"_s, ws, u"--name"_s, u"Repeat"_s}).exitCode, 2);
    QCOMPARE(runMwb({u"segment"_s, u"list"_s, ws, u"--json"_s}).json().value(u"segments"_s).toArray().size(), 0);
}

void TestCli::rfmGrid()
{
    const QString ws = path(u"rfm.mwb"_s);
    QCOMPARE(runMwb({u"demo"_s, ws, u"--customers"_s, u"800"_s}).exitCode, 0);
    const Run rfm = runMwb({u"rfm"_s, ws, u"--json"_s});
    QCOMPARE(rfm.exitCode, 0);
    QJsonObject j;
    QVERIFY2(isOneJsonObject(rfm.out, &j), rfm.out.constData());
    const QJsonArray cells = j.value(u"cells"_s).toArray();
    QCOMPARE(cells.size(), 25);
    qint64 customers = 0;
    double revenue = 0;
    for (const QJsonValue &cell : cells) {
        const QJsonObject c = cell.toObject();
        QVERIFY(c.value(u"r"_s).toInt() >= 1 && c.value(u"r"_s).toInt() <= 5);
        QVERIFY(c.value(u"f"_s).toInt() >= 1 && c.value(u"f"_s).toInt() <= 5);
        QVERIFY(!c.value(u"segment"_s).toString().isEmpty());
        customers += c.value(u"customers"_s).toInteger();
        revenue += c.value(u"revenue"_s).toDouble();
        if (c.value(u"r"_s).toInt() == 5 && c.value(u"f"_s).toInt() == 5)
            QCOMPARE(c.value(u"segment"_s).toString(), u"Champions"_s);
    }
    QCOMPARE(customers, j.value(u"scored"_s).toInteger());
    QCOMPARE(customers, sqlCount(ws, "SELECT count(*) FROM customer_metrics WHERE r_score IS NOT NULL"));
    QVERIFY(customers > 0);
    QVERIFY(revenue > 0);
}

void TestCli::exportCustomersIsTheSegment()
{
    const QString ws = segmentWorkspace();
    QVERIFY(!ws.isEmpty());
    const QString definition = write(u"seg.json"_s, R"({"any": [{"field": "city", "op": "=", "value": "Testville"},
        {"field": "f_score", "op": ">=", "value": 4}]})");
    QCOMPARE(runMwb({u"segment"_s, u"save"_s, ws, u"--name"_s, u"Mixed"_s, u"--definition"_s, definition}).exitCode, 0);
    const qint64 count = runMwb({u"segment"_s, u"count"_s, ws, u"--name"_s, u"Mixed"_s, u"--json"_s})
                             .json()
                             .value(u"count"_s)
                             .toInteger();
    QCOMPARE(runMwb({u"segment"_s, u"count"_s, ws, u"--definition"_s, definition, u"--json"_s})
                 .json()
                 .value(u"count"_s)
                 .toInteger(),
             count);
    QVERIFY(count > 4);

    const QString out = path(u"list.csv"_s);
    const Run run = runMwb({u"export"_s, u"customers"_s, ws, u"--out"_s, out, u"--segment"_s, u"Mixed"_s,
                            u"--columns"_s, u"id,external_id,name,city,revenue,f_score"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QJsonObject j;
    QVERIFY2(isOneJsonObject(run.out, &j), run.out.constData());
    QCOMPARE(j.value(u"rows"_s).toInteger(), count);
    QCOMPARE(QFileInfo(j.value(u"file"_s).toString()).canonicalFilePath(), QFileInfo(out).canonicalFilePath());

    const QList<QStringList> records = parseCsv(bytes(out));
    QVERIFY2(!records.isEmpty(), "the CSV does not parse");
    QCOMPARE(records.first(),
             (QStringList{u"id"_s, u"external_id"_s, u"name"_s, u"city"_s, u"revenue"_s, u"f_score"_s}));
    QCOMPARE(records.size() - 1, count);
    QHash<QString, QStringList> byExternalId;
    qint64 previousId = 0;
    for (qsizetype i = 1; i < records.size(); ++i) {
        QCOMPARE(records[i].size(), 6);
        const qint64 id = records[i][0].toLongLong();
        QVERIFY(id > previousId); // in id order, each once
        previousId = id;
        QVERIFY(records[i][3] == u"Testville"_s || records[i][5].toInt() >= 4);
        byExternalId.insert(records[i][1], records[i]);
    }
    // Quoting round-trips; formulas are neutralised with a leading apostrophe.
    QCOMPARE(byExternalId.value(u"T1"_s).value(2), u"'=HYPERLINK(\"http://x.example\",\"a, b\")"_s);
    QCOMPARE(byExternalId.value(u"T2"_s).value(2), u"Comma, Quote \"Q\""_s);
    QCOMPARE(byExternalId.value(u"T3"_s).value(2), u"Line\nBreak"_s);
    QCOMPARE(byExternalId.value(u"T4"_s).value(2), u"'@SUM(A1)"_s);
    QCOMPARE(byExternalId.value(u"T1"_s).value(4), u"0"_s); // revenue: a number, in major units

    // Without a segment: everyone, with the default columns.
    const Run all = runMwb({u"export"_s, u"customers"_s, ws, u"--out"_s, path(u"all.csv"_s), u"--json"_s});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.json().value(u"rows"_s).toInteger(), 1504);
    const QList<QStringList> everyone = parseCsv(bytes(path(u"all.csv"_s)));
    QCOMPARE(everyone.size(), 1505);
    QVERIFY(everyone.first().contains(u"email"_s));
    QVERIFY(everyone.first().contains(u"lifecycle_stage"_s));
    QCOMPARE(everyone.first(), all.json().value(u"columns"_s).toVariant().toStringList());
}

void TestCli::exportCsvDialect()
{
    const QString ws = segmentWorkspace();
    QVERIFY(!ws.isEmpty());
    const QString definition = write(u"t.json"_s, R"({"field": "city", "op": "=", "value": "Testville"})");
    const QString out = path(u"excel.csv"_s);
    const Run run = runMwb({u"export"_s, u"customers"_s, ws, u"--out"_s, out, u"--definition"_s, definition, u"--bom"_s,
                            u"--delimiter"_s, u";"_s, u"--columns"_s, u"external_id,name"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"rows"_s).toInteger(), 4);
    const QByteArray content = bytes(out);
    QVERIFY(content.startsWith("\xEF\xBB\xBF"
                               "external_id;name\r\n"));
    const QList<QStringList> records = parseCsv(content.mid(3), ';');
    QCOMPARE(records.size(), 5);
    QVERIFY(content.contains("\r\nT2;Comma, Quote \"Q\"\r\n") == false); // the quote forces quoting
    QVERIFY(content.contains("\r\nT2;\"Comma, Quote \"\"Q\"\"\"\r\n"));
    QCOMPARE(records[4], (QStringList{u"T4"_s, u"'@SUM(A1)"_s}));

    const Run tab = runMwb({u"export"_s, u"customers"_s, ws, u"--out"_s, path(u"tab.tsv"_s), u"--definition"_s,
                            definition, u"--delimiter"_s, u"\\t"_s, u"--columns"_s, u"external_id,city"_s});
    QCOMPARE(tab.exitCode, 0);
    QVERIFY(bytes(path(u"tab.tsv"_s)).startsWith("external_id\tcity\r\nT1\tTestville\r\n"));
}

void TestCli::exportXlsx()
{
    const QString ws = segmentWorkspace();
    QVERIFY(!ws.isEmpty());
    const QString definition = write(u"t.json"_s, R"({"field": "city", "op": "=", "value": "Testville"})");
    QCOMPARE(runMwb({u"segment"_s, u"save"_s, ws, u"--name"_s, u"Testville"_s, u"--definition"_s, definition}).exitCode,
             0);
    const QString out = path(u"list.xlsx"_s); // the suffix chooses the format
    const Run run = runMwb({u"export"_s, u"customers"_s, ws, u"--out"_s, out, u"--segment"_s, u"Testville"_s,
                            u"--columns"_s, u"id,name,signup_date,revenue"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"rows"_s).toInteger(), 4);
    QCOMPARE(run.json().value(u"format"_s).toString(), u"xlsx"_s);
    QVERIFY(bytes(out).startsWith("PK\x03\x04"));

    const QString all = path(u"all.data"_s);
    const Run everyone =
        runMwb({u"export"_s, u"customers"_s, ws, u"--out"_s, all, u"--format"_s, u"xlsx"_s, u"--json"_s});
    QCOMPARE(everyone.exitCode, 0);
    QCOMPARE(everyone.json().value(u"rows"_s).toInteger(), 1504);
    QVERIFY(bytes(all).startsWith("PK\x03\x04"));
    // Nothing but the workspace, the inputs and the two lists: no temporary file left.
    QCOMPARE(entries(),
             (QStringList{u"all.data"_s, u"contacts.csv"_s, u"list.xlsx"_s, u"segments.mwb"_s, u"t.json"_s}));

    const qint64 rows = xlsxRows(out);
    if (rows < 0)
        QSKIP("unzip(1) is not installed: the worksheet is not read back");
    QCOMPARE(rows, 5); // the header and four customers
    QCOMPARE(xlsxRows(all), 1505);
}

void TestCli::exportFailuresLeaveNoFile()
{
    const QString ws = path(u"shop.mwb"_s);
    QCOMPARE(runMwb({u"demo"_s, ws, u"--customers"_s, u"300"_s}).exitCode, 0);
    const QStringList before = entries();
    const auto exportTo = [&ws](const QString &out, const QStringList &extra) {
        return runMwb(QStringList{u"export"_s, u"customers"_s, ws, u"--out"_s, out, u"--json"_s} + extra);
    };

    // An unknown column is a usage error (exit 1) naming it.
    const QString out = path(u"list.csv"_s);
    const Run column = exportTo(out, {u"--columns"_s, u"id,shoe_size,name"_s});
    QCOMPARE(column.exitCode, 1);
    QVERIFY(column.out.isEmpty());
    QCOMPARE(column.err.count('\n'), 1);
    QVERIFY2(column.err.contains("shoe_size"), column.err.constData());
    QVERIFY(!QFile::exists(out));

    // A folder that does not exist: exit 2 naming the file, nothing created.
    const QString nowhere = path(u"no/such/folder/list.csv"_s);
    const Run folder = exportTo(nowhere, {});
    QCOMPARE(folder.exitCode, 2);
    QCOMPARE(folder.err.count('\n'), 1);
    QVERIFY2(folder.err.contains("no/such/folder/list.csv"), folder.err.constData());
    QVERIFY2(!folder.err.contains(".part"), folder.err.constData()); // not the temporary file
    QCOMPARE(entries(), before);

    // An unknown segment or an invalid definition: exit 2, and an existing file is kept as it was.
    const QString existing = write(u"kept.csv"_s, "yesterday's list\r\n");
    const Run segment = exportTo(existing, {u"--segment"_s, u"Nobody"_s});
    QCOMPARE(segment.exitCode, 2);
    QVERIFY2(segment.err.contains("Nobody"), segment.err.constData());
    const QString bad = write(u"bad.json"_s, R"({"all": [{"field": "city", "op": "eq", "value": "x"}]})");
    const Run definition = exportTo(existing, {u"--definition"_s, bad});
    QCOMPARE(definition.exitCode, 2);
    QVERIFY2(definition.err.contains("bad.json") && definition.err.contains("all[0].op"), definition.err.constData());
    QCOMPARE(bytes(existing), QByteArray("yesterday's list\r\n"));

    // Other usage errors (exit 1) write nothing either.
    for (const QStringList &extra :
         {QStringList{u"--format"_s, u"pdf"_s}, QStringList{u"--delimiter"_s, u"\""_s},
          QStringList{u"--delimiter"_s, u"ab"_s}, QStringList{u"--format"_s, u"xlsx"_s, u"--bom"_s},
          QStringList{u"--segment"_s, u"a"_s, u"--definition"_s, bad}, QStringList{u"--columns"_s, u"id,,name"_s},
          QStringList{u"--columns"_s, u"id,id"_s}}) {
        const Run run = exportTo(out, extra);
        QVERIFY2(run.exitCode == 1, qPrintable(extra.join(u' ')));
        QVERIFY(!QFile::exists(out));
    }
    QCOMPARE(runMwb({u"export"_s, u"customers"_s, ws}).exitCode, 1); // no --out
    const QByteArray workspace = bytes(ws);
    QCOMPARE(exportTo(ws, {}).exitCode, 1); // never over the workspace itself
    QCOMPARE(bytes(ws), workspace);
    QCOMPARE(runMwb({u"export"_s, u"orders"_s, ws, u"--out"_s, out}).exitCode, 1);

    // A successful export replaces the existing file.
    const Run replaced = exportTo(existing, {u"--columns"_s, u"id"_s});
    QCOMPARE(replaced.exitCode, 0);
    QCOMPARE(parseCsv(bytes(existing)).size(), 301);
    QStringList expected = before + QStringList{u"bad.json"_s, u"kept.csv"_s};
    expected.sort();
    QCOMPARE(entries(), expected);
}
