// The CSV reader: RFC 4180 quoting, every line ending, blank lines, line numbers, errors
// that name their line, and the same records whatever the size of the reads.
#include "import/CsvReader.h"
#include "import/RecordPipeline.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <algorithm>
#include <map>
#include <mutex>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace mwb;

namespace {

struct Parsed
{
    QList<QStringList> records;
    QList<qint64> lines;
    CsvError error;
};

// Reads `data` handing the reader at most `chunk` bytes a call.
Parsed parse(const QByteArray &data, std::size_t chunk = 1 << 20, CsvDialect dialect = {})
{
    qsizetype offset = 0;
    CsvReader reader(
        [&](char *buffer, qint64 capacity) -> qint64 {
            const qint64 n = std::min<qint64>({capacity, static_cast<qint64>(chunk), data.size() - offset});
            std::memcpy(buffer, data.constData() + offset, static_cast<size_t>(n));
            offset += n;
            return n;
        },
        dialect);
    Parsed parsed;
    CsvRecord record;
    while (reader.next(record)) {
        QStringList fields;
        for (std::string_view f : record.fields)
            fields.append(QString::fromUtf8(f.data(), static_cast<qsizetype>(f.size())));
        parsed.records.append(fields);
        parsed.lines.append(record.line);
    }
    parsed.error = reader.error();
    return parsed;
}

QString sharedData()
{
    return QStringLiteral(MWB_SHARED_DATA_DIR);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void sameRecordsForEveryReadSize();
    void lineNumbersCountQuotedNewlines();
    void unclosedQuoteNamesItsLine();
    void recoverySkipsTheBrokenLine();
    void strayQuoteIsAnError();
    void recoveryGivesUpABrokenMultilineRecord();
    void recoveryAfterBlankLines();
    void otherDelimiters();
    void oversizedRecordIsRefused();
    void csvSpectrum_data();
    void csvSpectrum();
    void csvlintLineEndings();
    void pipelineGivesEveryRecordInOrder();
    void pipelineStopsWhenLeft();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::newRow("lf") << QByteArray("a,b\n1,2\n") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("cr") << QByteArray("a,b\r1,2\r") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2")
                                      << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("blank lines") << QByteArray("\n\na\r\n\r\n\nb\n\n") << QList<QStringList>{{u"a"_s}, {u"b"_s}};
    QTest::newRow("empty fields") << QByteArray(",,\n") << QList<QStringList>{{QString(), QString(), QString()}};
    QTest::newRow("trailing delimiter at eof") << QByteArray("a,") << QList<QStringList>{{u"a"_s, QString()}};
    QTest::newRow("quoted comma") << QByteArray("\"Tea set, 6 pcs\",2\n")
                                  << QList<QStringList>{{u"Tea set, 6 pcs"_s, u"2"_s}};
    QTest::newRow("doubled quotes") << QByteArray("\"RECORD FRAME 7\"\" SINGLE\",x\n")
                                    << QList<QStringList>{{u"RECORD FRAME 7\" SINGLE"_s, u"x"_s}};
    QTest::newRow("quoted newline") << QByteArray("\"line1\nline2\",b\n")
                                    << QList<QStringList>{{u"line1\nline2"_s, u"b"_s}};
    QTest::newRow("quoted crlf") << QByteArray("\"a\r\nb\"\r\nc\r\n") << QList<QStringList>{{u"a\r\nb"_s}, {u"c"_s}};
    QTest::newRow("empty quoted") << QByteArray("\"\",\"\"\n") << QList<QStringList>{{QString(), QString()}};
    QTest::newRow("utf8") << QByteArray("会员编号,手机号\nM001,13800138000\n")
                          << QList<QStringList>{{u"会员编号"_s, u"手机号"_s}, {u"M001"_s, u"13800138000"_s}};
    QTest::newRow("mixed endings") << QByteArray("a\r\nb\nc\rd")
                                   << QList<QStringList>{{u"a"_s}, {u"b"_s}, {u"c"_s}, {u"d"_s}};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, data);
    QFETCH(QList<QStringList>, expected);
    const Parsed parsed = parse(data);
    QVERIFY2(!parsed.error.isSet(), qPrintable(parsed.error.message));
    QCOMPARE(parsed.records, expected);
}

void TestCsvReader::sameRecordsForEveryReadSize()
{
    QByteArray data;
    for (int i = 0; i < 300; ++i) {
        data += "SO" + QByteArray::number(i) + ",\"Tea set, " + QByteArray::number(i)
            + " pcs\",\"say \"\"hi\"\"\r\nthere\"";
        data += (i % 3 == 0) ? "\r\n" : (i % 3 == 1 ? "\n" : "\r");
    }
    const Parsed whole = parse(data);
    QCOMPARE(whole.records.size(), 300);
    QCOMPARE(whole.records.at(7), (QStringList{u"SO7"_s, u"Tea set, 7 pcs"_s, u"say \"hi\"\r\nthere"_s}));
    for (std::size_t chunk : {1u, 2u, 3u, 7u, 64u, 1000u}) {
        const Parsed pieces = parse(data, chunk);
        QCOMPARE(pieces.records, whole.records);
        QCOMPARE(pieces.lines, whole.lines);
    }
}

void TestCsvReader::lineNumbersCountQuotedNewlines()
{
    const Parsed parsed = parse("h1,h2\n\"a\nb\nc\",1\n\n2,3\r\n\"x\r\ny\",4\n5,6\n");
    QCOMPARE(parsed.lines, (QList<qint64>{1, 2, 6, 7, 9}));
}

void TestCsvReader::unclosedQuoteNamesItsLine()
{
    const Parsed parsed = parse("a,b\n1,2\n3,\"never closed\n4,5\n");
    QCOMPARE(parsed.records.size(), 2);
    QVERIFY(parsed.error.isSet());
    QCOMPARE(parsed.error.line, qint64(3));
    QCOMPARE(parsed.error.column, 2);
    QVERIFY(parsed.error.message.contains(u"never closed"_s));
}

void TestCsvReader::recoverySkipsTheBrokenLine()
{
    const QByteArray data("a,b\n1,\"x\"y\n2,3\n");
    CsvReader reader(CsvReader::bytesSource(data), {});
    CsvRecord record;
    QVERIFY(reader.next(record));
    QVERIFY(!reader.next(record));
    QCOMPARE(reader.error().line, qint64(2));
    QCOMPARE(reader.recover(), std::string("1,\"x\"y"));
    QVERIFY(!reader.error().isSet());
    QVERIFY(reader.next(record));
    QCOMPARE(record.line, qint64(3));
    QCOMPARE(record.fields.at(1), std::string_view("3"));
    QVERIFY(!reader.next(record));
    QVERIFY(!reader.error().isSet());
}

void TestCsvReader::recoveryGivesUpABrokenMultilineRecord()
{
    // Text after a closing quote two lines down: the whole broken record goes, and the
    // line inside its quotes is not read again as a record of its own.
    const QByteArray data("a,b\n1,\"note\nstill note\" oops,x\n2,3\n");
    for (int readSize : {1, 3, 7, 1 << 20}) {
        qint64 offset = 0;
        CsvReader reader(
            [&](char *buffer, qint64 capacity) {
                const qint64 n = std::min({capacity, qint64(readSize), qint64(data.size()) - offset});
                std::memcpy(buffer, data.constData() + offset, static_cast<std::size_t>(n));
                offset += n;
                return n;
            },
            {});
        CsvRecord record;
        QVERIFY(reader.next(record));
        QVERIFY(!reader.next(record));
        QCOMPARE(reader.error().line, qint64(3));
        QCOMPARE(reader.error().column, 2);
        QCOMPARE(reader.recover(), std::string("1,\"note\nstill note\" oops,x"));
        QVERIFY(reader.next(record));
        QCOMPARE(record.line, qint64(4));
        QCOMPARE(record.fields.at(0), std::string_view("2"));
        QVERIFY(!reader.next(record));
        QVERIFY(!reader.error().isSet());
    }
}

void TestCsvReader::recoveryAfterBlankLines()
{
    // Blank lines before a broken record are not rows: one recovery gives up the record.
    const QByteArray data("a,b\n\n\n1,\"x\"y\n2,3\n");
    CsvReader reader(CsvReader::bytesSource(data), {});
    CsvRecord record;
    QVERIFY(reader.next(record));
    QVERIFY(!reader.next(record));
    QCOMPARE(reader.error().line, qint64(4));
    QCOMPARE(reader.recover(), std::string("1,\"x\"y"));
    QVERIFY(reader.next(record));
    QCOMPARE(record.line, qint64(5));
}

void TestCsvReader::strayQuoteIsAnError()
{
    // csvlint's invalid_many_rows.csv has this row.
    const Parsed parsed = parse("\"1\",\"2\",\"3\"\n\"1\",\"2\",\"3\" \"\n");
    QCOMPARE(parsed.records.size(), 1);
    QCOMPARE(parsed.error.line, qint64(2));
    QCOMPARE(parsed.error.column, 3);
}

void TestCsvReader::otherDelimiters()
{
    QCOMPARE(parse("a;b;\"c;d\"\n", 1 << 20, {';', '"'}).records.value(0), (QStringList{u"a"_s, u"b"_s, u"c;d"_s}));
    QCOMPARE(parse("a\tb\n", 1 << 20, {'\t', '"'}).records.value(0), (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(parse("a|b,c\n", 1 << 20, {'|', '"'}).records.value(0), (QStringList{u"a"_s, u"b,c"_s}));
}

void TestCsvReader::oversizedRecordIsRefused()
{
    // An unclosed quote early in a large file must not make the reader hold the whole file.
    QByteArray data("a\n\"");
    data.append(QByteArray(static_cast<qsizetype>(CsvReader::kMaxRecordBytes) + (1 << 20), 'x'));
    const Parsed parsed = parse(data);
    QCOMPARE(parsed.records.size(), 1);
    QVERIFY(parsed.error.isSet());
    QCOMPARE(parsed.error.line, qint64(2));
}

void TestCsvReader::csvSpectrum_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("json");
    const QDir dir(sharedData() + u"/csv-spectrum"_s);
    if (!dir.exists())
        return;
    const auto files = QDir(dir.filePath(u"csvs"_s)).entryList({u"*.csv"_s}, QDir::Files);
    for (const QString &file : files) {
        QTest::newRow(qPrintable(file)) << dir.filePath(u"csvs/"_s + file)
                                        << dir.filePath(u"json/"_s + QString(file).replace(u".csv"_s, u".json"_s));
    }
}

void TestCsvReader::csvSpectrum()
{
    if (!QDir(sharedData() + u"/csv-spectrum"_s).exists())
        QSKIP("../shared/data/csv-spectrum is not present (the real-world test data sets live beside the checkout)");
    QFETCH(QString, csv);
    QFETCH(QString, json);
    QFile csvFile(csv);
    QFile jsonFile(json);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const Parsed parsed = parse(csvFile.readAll());
    QVERIFY(!parsed.error.isSet());
    const QJsonArray expected = QJsonDocument::fromJson(jsonFile.readAll()).array();
    if (expected.isEmpty()) {
        QVERIFY(parsed.records.size() <= 1); // header only
        return;
    }
    const QStringList header = parsed.records.value(0);
    QCOMPARE(parsed.records.size() - 1, expected.size());
    for (qsizetype r = 0; r < expected.size(); ++r) {
        const QJsonObject row = expected.at(r).toObject();
        for (qsizetype c = 0; c < header.size(); ++c) {
            QCOMPARE(parsed.records.at(r + 1).value(c), row.value(header.at(c)).toString());
        }
    }
}

void TestCsvReader::csvlintLineEndings()
{
    const QDir dir(sharedData() + u"/csvlint-fixtures"_s);
    if (!dir.exists())
        QSKIP(
            "../shared/data/csvlint-fixtures is not present (the real-world test data sets live beside the checkout)");
    for (const QString &name : {u"cr-line-endings.csv"_s, u"crlf-line-endings.csv"_s, u"lf-line-endings.csv"_s,
                                u"inconsistent-line-endings.csv"_s, u"inconsistent-line-endings-unquoted.csv"_s}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Parsed parsed = parse(file.readAll());
        QVERIFY2(!parsed.error.isSet(), qPrintable(name));
        QVERIFY2(parsed.records.size() == 3, qPrintable(name + u": "_s + QString::number(parsed.records.size())));
        for (const QStringList &record : parsed.records)
            QCOMPARE(record.size(), parsed.records.first().size());
    }
}

// The reading thread's batches hold every record once, in file order, across batch
// boundaries: unreadable ones with their text, failed checks with their column, titles and
// header skipped; an unreadable header ends the reading with its line.
void TestCsvReader::pipelineGivesEveryRecordInOrder()
{
    QByteArray data("Export of 2024-05-07\nid,note\n");
    constexpr int kRows = 10000;
    for (int i = 1; i <= kRows; ++i) {
        if (i == 4096) // at the first batch's end
            data += "4096,\"broken\"x\n";
        else if (i == 5000)
            data += "5000,TOO LONG\n";
        else
            data += QByteArray::number(i) + ",\"n, " + QByteArray::number(i) + "\"\n";
    }
    CsvReader reader(CsvReader::bytesSource(data), {});
    // Prepared by three threads, each given the records of some affinities: every readable
    // record once, by the worker its affinity names.
    std::mutex mutex;
    std::map<qint64, int> preparedBy; // line -> worker
    int preparedTwice = 0;
    RecordPipeline::Options options;
    options.titleRows = 1;
    options.check = [](std::string_view value) { return value == "TOO LONG" ? QStringLiteral("too long") : QString(); };
    options.workers = 3;
    options.affinity = [](const PipedRecord &record) { return static_cast<std::size_t>(record.line % 7); };
    options.prepare = [&](PipedRecord &record, int worker) {
        std::lock_guard lock(mutex); // (no test macros on these threads)
        if (!preparedBy.emplace(record.line, worker).second)
            ++preparedTwice;
        record.identity.emplace();
        record.identity->identity.externalId = "line " + std::to_string(record.line);
    };
    RecordPipeline pipeline(reader, std::move(options));
    int expected = 1;
    int batches = 0;
    bool last = false;
    while (const auto batch = pipeline.next()) {
        QVERIFY(!last);
        last = batch->last;
        ++batches;
        QVERIFY(batch->fatalError.isEmpty());
        for (const PipedRecord &record : batch->records) {
            QCOMPARE(record.line, qint64(expected + 2));
            if (expected == 4096) {
                QVERIFY(record.unreadable);
                QCOMPARE(record.raw, std::string("4096,\"broken\"x"));
            } else if (expected == 5000) {
                QVERIFY(!record.unreadable);
                QCOMPARE(record.rejectedColumn, 2);
                QCOMPARE(record.rejection, QStringLiteral("too long"));
            } else {
                QVERIFY(record.rejection.isEmpty());
                QVERIFY(record.identity);
                QCOMPARE(record.identity->identity.externalId, "line " + std::to_string(record.line));
                int worker = -1;
                {
                    std::lock_guard lock(mutex); // the workers go on with later batches
                    const auto it = preparedBy.find(record.line);
                    worker = it == preparedBy.end() ? -1 : it->second;
                }
                QCOMPARE(worker, static_cast<int>(record.line % 7 % 3));
                QCOMPARE(record.fields.size(), std::size_t(2));
                QCOMPARE(record.fields[0], std::to_string(expected));
                QCOMPARE(record.fields[1], "n, " + std::to_string(expected));
            }
            ++expected;
        }
    }
    QVERIFY(last);
    QCOMPARE(expected, kRows + 1);
    QVERIFY(batches >= 3);
    {
        std::lock_guard lock(mutex);
        QCOMPARE(preparedBy.size(), std::size_t(kRows - 2)); // not the unreadable one, nor the one too long
        QCOMPARE(preparedTwice, 0);
    }

    CsvReader header(CsvReader::bytesSource("id,\"note\"x\n1,2\n"), {});
    RecordPipeline broken(header, RecordPipeline::Options());
    const auto batch = broken.next();
    QVERIFY(batch && batch->last);
    QCOMPARE(batch->fatalLine, qint64(1));
    QVERIFY(!batch->fatalError.isEmpty());
    QVERIFY(batch->records.empty());
    QVERIFY(!broken.next());
}

// A pipeline left after its first batch (a cancelled import) stops its thread, which may be
// waiting for room for more batches, and is gone.
void TestCsvReader::pipelineStopsWhenLeft()
{
    QByteArray data("a,b\n");
    for (int i = 0; i < 200000; ++i)
        data += "1,2\n";
    for (int waitMs : {0, 50}) {
        CsvReader reader(CsvReader::bytesSource(data), {});
        RecordPipeline::Options options;
        options.workers = 2; // helpers waiting for a round stop too
        options.affinity = [](const PipedRecord &record) { return static_cast<std::size_t>(record.line); };
        options.prepare = [](PipedRecord &, int) {};
        RecordPipeline pipeline(reader, std::move(options));
        QVERIFY(pipeline.next());
        QThread::msleep(waitMs); // time to fill every place in the queue
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
