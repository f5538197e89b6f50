// The shared table export: CSV quoting and dialect, formula neutralisation of every
// dangerous first character, the temporary file that only replaces the target when the
// export is complete, and XLSX output; and the customer list on top of it (columns,
// segment, progress, cancel).
#include "demo/DemoGenerator.h"
#include "export/CsvTableWriter.h"
#include "customers/CustomerExport.h"
#include "export/FormulaGuard.h"
#include "export/TableExport.h"
#include "lifecycle/Lifecycle.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Statement.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mwb;

namespace {

QByteArray bytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes a table of text cells; returns the error of the first step that failed.
QString exportTable(const QString &path, const ExportOptions &options, const QStringList &header,
                    const QList<ExportRow> &rows)
{
    TableExport out(path, options);
    QString error = out.begin(header);
    for (const ExportRow &row : rows) {
        if (error.isEmpty())
            error = out.writeRow(row);
    }
    return error.isEmpty() ? out.commit() : error;
}

// The worksheet of an XLSX file, as XML; empty when unzip(1) is not there to read it.
QByteArray sheetXml(const QString &path)
{
    const QString unzip = QStandardPaths::findExecutable(u"unzip"_s);
    if (unzip.isEmpty())
        return {};
    QProcess process;
    process.start(unzip, {u"-p"_s, path, u"xl/worksheets/sheet1.xml"_s});
    process.waitForFinished();
    return process.readAllStandardOutput();
}

} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void csvField_data();
    void csvField();
    void csvCells();
    void csvDialect();
    void neutralisesEveryFormulaLead_data();
    void neutralisesEveryFormulaLead();
    void numbersAreNotNeutralised();
    void replacesAnExistingFileOnlyWhenComplete();
    void discardLeavesNothing();
    void missingFolderIsAnErrorNamingTheFile();
    void newFileIsReadableByOthers();
    void xlsxWritten();
    void xlsxKeepsEscapeLookalikes();
    void xlsxRefusesATooLongText();
    void customerColumns();
    void customerExportProgressAndCancel();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QStringList entries() const
    {
        return QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    }
};

void TestTableExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTableExport::csvField_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QByteArray("Li Wei") << ',' << QByteArray("Li Wei");
    QTest::newRow("empty") << QByteArray() << ',' << QByteArray();
    QTest::newRow("comma") << QByteArray("Shanghai, China") << ',' << QByteArray("\"Shanghai, China\"");
    QTest::newRow("comma, semicolon-separated") << QByteArray("a,b") << ';' << QByteArray("a,b");
    QTest::newRow("semicolon, semicolon-separated") << QByteArray("a;b") << ';' << QByteArray("\"a;b\"");
    QTest::newRow("tab, tab-separated") << QByteArray("a\tb") << '\t' << QByteArray("\"a\tb\"");
    QTest::newRow("quote") << QByteArray("say \"hi\"") << ',' << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QByteArray("line 1\nline 2") << ',' << QByteArray("\"line 1\nline 2\"");
    QTest::newRow("carriage return") << QByteArray("a\rb") << ',' << QByteArray("\"a\rb\"");
    QTest::newRow("chinese") << QByteArray("王芳") << ',' << QByteArray("王芳");
    QTest::newRow("formula with a comma") << QByteArray("=SUM(A1,A2)") << ',' << QByteArray("\"'=SUM(A1,A2)\"");
    QTest::newRow("formula with quotes") << QByteArray("=HYPERLINK(\"x\")") << ','
                                         << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"");
}

void TestTableExport::csvField()
{
    QFETCH(QByteArray, value);
    QFETCH(char, delimiter);
    QFETCH(QByteArray, expected);
    std::string out;
    CsvTableWriter::appendTextField(out, value.toStdString(), delimiter);
    QCOMPARE(QByteArray::fromStdString(out), expected);

    std::string always;
    CsvTableWriter::appendTextField(always, "plain", ',', CsvTableWriter::Quoting::Always);
    QCOMPARE(always, std::string("\"plain\""));
}

void TestTableExport::csvCells()
{
    const QString file = path(u"cells.csv"_s);
    const QString error = exportTable(file, {}, {u"id"_s, u"name"_s, u"revenue"_s, u"since"_s, u"note"_s},
                                      {{qint64(1), u"Zhang, San"_s, 1000000.0, QDate(2024, 5, 1), std::monostate{}},
                                       {qint64(-2), u""_s, 12.5, QDate(), u"multi\nline"_s},
                                       {qint64(3), u"a\"b"_s, -0.25, QDate(1999, 12, 31), u"x"_s}});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(bytes(file),
             QByteArray("id,name,revenue,since,note\r\n"
                        "1,\"Zhang, San\",1000000,2024-05-01,\r\n"
                        "-2,,12.5,,\"multi\nline\"\r\n"
                        "3,\"a\"\"b\",-0.25,1999-12-31,x\r\n"));
}

void TestTableExport::csvDialect()
{
    const QString file = path(u"excel.csv"_s);
    ExportOptions options;
    options.bom = true;
    options.delimiter = ';';
    QVERIFY(exportTable(file, options, {u"name"_s, u"city"_s}, {{u"王芳"_s, u"Köln; Bonn"_s}}).isEmpty());
    QCOMPARE(bytes(file), QByteArray("\xEF\xBB\xBFname;city\r\n王芳;\"Köln; Bonn\"\r\n"));

    const QString plain = path(u"plain.csv"_s);
    QVERIFY(exportTable(plain, {}, {u"name"_s}, {{u"王芳"_s}}).isEmpty());
    QVERIFY(!bytes(plain).startsWith("\xEF\xBB\xBF")); // no byte order mark unless asked

    options.delimiter = '"';
    const QString bad = path(u"bad.csv"_s);
    const QString error = exportTable(bad, options, {u"name"_s}, {});
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(bad));
}

void TestTableExport::neutralisesEveryFormulaLead_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("dangerous");
    QTest::newRow("=") << u"=1+1"_s << true;
    QTest::newRow("+") << u"+A1"_s << true;
    QTest::newRow("-") << u"-2+3"_s << true;
    QTest::newRow("+ then a call") << u"+cmd|' /C calc'!A0"_s << true;
    QTest::newRow("- alone") << u"-"_s << true;
    QTest::newRow("sign and a point") << u"+."_s << true;
    QTest::newRow("number with an exponent") << u"-1e5"_s << true;
    QTest::newRow("E.164 phone number") << u"+8613800138000"_s << false;
    QTest::newRow("negative number") << u"-12.5"_s << false;
    QTest::newRow("@") << u"@SUM(A1)"_s << true;
    QTest::newRow("tab") << u"\t=1"_s << true;
    QTest::newRow("carriage return") << u"\r=1"_s << true;
    QTest::newRow("letter") << u"Li"_s << false;
    QTest::newRow("space then =") << u" =1"_s << false;
    QTest::newRow("= inside") << u"a=b"_s << false;
    QTest::newRow("full-width equals") << u"＝1"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTableExport::neutralisesEveryFormulaLead()
{
    QFETCH(QString, value);
    QFETCH(bool, dangerous);
    QCOMPARE(FormulaGuard::looksLikeFormula(QStringView(value)), dangerous);
    QCOMPARE(FormulaGuard::looksLikeFormula(std::string_view(value.toStdString())), dangerous);
    const QString expected = dangerous ? u"'"_s + value : value;
    QCOMPARE(FormulaGuard::neutralised(value), expected);
    QCOMPARE(QString::fromStdString(FormulaGuard::neutralised(value.toStdString())), expected);

    // And in a written file, as a cell (quoted where the value needs it).
    const QString file = path(u"f.csv"_s);
    QVERIFY(exportTable(file, {}, {u"v"_s}, {{value}}).isEmpty());
    const QByteArray content = bytes(file).mid(3); // after "v\r\n"
    std::string field;
    CsvTableWriter::appendTextField(field, value.toStdString(), ',');
    QCOMPARE(content, QByteArray::fromStdString(field) + "\r\n");
    QCOMPARE(content.startsWith("'") || content.startsWith("\"'"), dangerous);
}

void TestTableExport::numbersAreNotNeutralised()
{
    const QString file = path(u"n.csv"_s);
    QVERIFY(exportTable(file, {}, {u"refund"_s, u"delta"_s}, {{-12.5, qint64(-3)}}).isEmpty());
    QCOMPARE(bytes(file), QByteArray("refund,delta\r\n-12.5,-3\r\n"));
}

void TestTableExport::replacesAnExistingFileOnlyWhenComplete()
{
    const QString file = path(u"list.csv"_s);
    {
        QFile existing(file);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("the old list\n");
    }
    // A failure half-way (a text no XLSX cell holds) leaves the old file as it was.
    ExportOptions xlsx;
    xlsx.format = ExportFormat::Xlsx;
    const QString error = exportTable(file, xlsx, {u"name"_s}, {{u"fine"_s}, {QString(40000, u'x')}});
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(u"list.csv"_s), qPrintable(error));
    QCOMPARE(bytes(file), QByteArray("the old list\n"));
    QCOMPARE(entries(), QStringList{u"list.csv"_s});

    // While an export runs, the target still holds the old file.
    {
        TableExport out(file, {});
        QVERIFY(out.begin({u"name"_s}).isEmpty());
        QVERIFY(out.writeRow({u"new"_s}).isEmpty());
        QCOMPARE(bytes(file), QByteArray("the old list\n"));
        QCOMPARE(entries().size(), 2); // the old file and the hidden temporary one
        QVERIFY(out.commit().isEmpty());
        QCOMPARE(out.rows(), 1);
        QCOMPARE(out.filePath(), QFileInfo(file).absoluteFilePath());
    }
    QCOMPARE(bytes(file), QByteArray("name\r\nnew\r\n"));
    QCOMPARE(entries(), QStringList{u"list.csv"_s});
}

void TestTableExport::discardLeavesNothing()
{
    const QString file = path(u"cancelled.csv"_s);
    {
        TableExport out(file, {});
        QVERIFY(out.begin({u"name"_s}).isEmpty());
        QVERIFY(out.writeRow({u"a"_s}).isEmpty());
        out.discard();
    }
    {
        TableExport out(file, {}); // goes out of scope without commit: the same
        QVERIFY(out.begin({u"name"_s}).isEmpty());
    }
    QVERIFY(entries().isEmpty());
}

void TestTableExport::missingFolderIsAnErrorNamingTheFile()
{
    const QString file = path(u"no/such/folder/list.csv"_s);
    const QString error = exportTable(file, {}, {u"name"_s}, {{u"a"_s}});
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
    QVERIFY(entries().isEmpty());
}

void TestTableExport::newFileIsReadableByOthers()
{
#ifdef Q_OS_WIN
    QSKIP("POSIX permissions");
#else
    // Temporary files are private to their owner; an exported list is an ordinary file.
    const QString file = path(u"shared.csv"_s);
    QVERIFY(exportTable(file, {}, {u"name"_s}, {}).isEmpty());
    QVERIFY(QFile(file).permissions().testFlag(QFile::ReadOther));
#endif
}

void TestTableExport::xlsxWritten()
{
    const QString file = path(u"list.xlsx"_s);
    ExportOptions options;
    options.format = ExportFormat::Xlsx;
    QList<ExportRow> rows;
    for (int i = 0; i < 250; ++i)
        rows.append({qint64(i), u"客户 %1"_s.arg(i), 10.5 * i, QDate(2024, 1, 1).addDays(i), u"=1+%1"_s.arg(i)});
    const QString error = exportTable(file, options, {u"id"_s, u"name"_s, u"revenue"_s, u"day"_s, u"note"_s}, rows);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray content = bytes(file);
    QVERIFY(content.startsWith("PK\x03\x04")); // a zip container
    QVERIFY(content.contains("xl/worksheets/sheet1.xml"));
    QCOMPARE(entries(), QStringList{u"list.xlsx"_s});

    const QByteArray xml = sheetXml(file);
    if (xml.isEmpty())
        QSKIP("unzip(1) is not installed: the rows are not read back");
    QCOMPARE(xml.count("<row "), 251); // the header and every row
    QVERIFY(xml.contains("客户 249"));
    // Text cells are text, never formulas: no <f> element, the text kept as it was.
    QVERIFY(!xml.contains("<f>"));
    QVERIFY(xml.contains(">=1+7<"));
}

void TestTableExport::xlsxKeepsEscapeLookalikes()
{
    // In a workbook "_x000D_" stands for a carriage return; a customer's text that holds
    // those characters must read back as written. Excel decodes "_x005F_" to "_".
    const QString file = path(u"escapes.xlsx"_s);
    ExportOptions options;
    options.format = ExportFormat::Xlsx;
    const QString error = exportTable(file, options, {u"note"_s},
                                      {{u"a_x000D_b"_s}, {u"_X0041_"_s}, {u"plain_x_text"_s}, {u"_x005F_"_s}});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray xml = sheetXml(file);
    if (xml.isEmpty())
        QSKIP("unzip(1) is not installed: the cells are not read back");
    // Decoding each cell as a spreadsheet does gives back the text written.
    const auto decoded = [](const QByteArray &cell) -> QString {
        static const QRegularExpression escape(u"_x([0-9A-Fa-f]{4})_"_s);
        QString text = QString::fromUtf8(cell);
        QString out;
        qsizetype at = 0;
        for (auto it = escape.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            out += text.mid(at, m.capturedStart() - at) + QChar(m.captured(1).toUShort(nullptr, 16));
            at = m.capturedEnd();
        }
        return out + text.mid(at);
    };
    QStringList cells;
    static const QRegularExpression inline_(u"<t[^>]*>([^<]*)</t>"_s);
    for (auto it = inline_.globalMatch(QString::fromUtf8(xml)); it.hasNext();)
        cells << decoded(it.next().captured(1).toUtf8());
    QCOMPARE(cells, (QStringList{u"note"_s, u"a_x000D_b"_s, u"_X0041_"_s, u"plain_x_text"_s, u"_x005F_"_s}));
}

void TestTableExport::xlsxRefusesATooLongText()
{
    const QString file = path(u"long.xlsx"_s);
    ExportOptions options;
    options.format = ExportFormat::Xlsx;
    const QString error = exportTable(file, options, {u"name"_s}, {{QString(32768, u'x')}});
    QVERIFY(error.contains(u"32,767"_s));
    QVERIFY(entries().isEmpty());
}

void TestTableExport::customerColumns()
{
    QCOMPARE(CustomerExport::columnNames().size(), 38);
    QCOMPARE(CustomerExport::columns().size(), 38);
    QVERIFY(CustomerExport::columnNames().contains(u"churn_score"_s));
    QVERIFY(CustomerExport::columnNames().contains(u"purchase_score"_s));
    QVERIFY(CustomerExport::columnNames().contains(u"replenishment_due"_s));
    QVERIFY(CustomerExport::columnNames().contains(u"address"_s));
    QVERIFY(CustomerExport::columnNames().contains(u"postal_code"_s));
    for (const QString &member :
         {u"tier_since"_s, u"points_balance"_s, u"points_expiring"_s, u"points_expire_on"_s, u"referrals_made"_s})
        QVERIFY2(CustomerExport::columnNames().contains(member), qPrintable(member));
    QVERIFY(CustomerExport::validateColumns(CustomerExport::columnNames()).isEmpty());
    QVERIFY(CustomerExport::validateColumns(CustomerExport::defaultColumns()).isEmpty());
    QVERIFY(CustomerExport::validateColumns({u"id"_s, u"shoe_size"_s}).contains(u"'shoe_size'"_s));
    QVERIFY(!CustomerExport::validateColumns({u"id"_s, u"id"_s}).isEmpty());
    QVERIFY(!CustomerExport::validateColumns({u"id"_s, QString()}).isEmpty());
    QVERIFY(!CustomerExport::validateColumns({u"ID"_s}).isEmpty()); // names are exact
}

void TestTableExport::customerExportProgressAndCancel()
{
    const QString ws = path(u"demo.mwb"_s);
    DemoOptions demo;
    demo.customers = 3000;
    QVERIFY(DemoGenerator::create(ws, demo).error.ok());
    auto opened = Workspace::open(ws);
    QVERIFY(opened.workspace);
    SQLite::Database &db = opened.workspace->db();

    CustomerExportRequest request;
    request.path = path(u"buyers.csv"_s);
    request.columns = {u"id"_s, u"orders"_s, u"revenue"_s, u"aov"_s, u"recency_days"_s};
    request.segment = SegmentNode::condition(u"frequency"_s, SegmentOp::GreaterEqual, 1);
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    const CustomerExportResult result = CustomerExport::run(db, request, [&](qint64 done, qint64 total) {
        QVERIFY(done >= lastDone);
        lastDone = done;
        lastTotal = total;
    });
    QVERIFY2(result.ok(), qPrintable(result.error));
    const qint64 buyers = db.execAndGet("SELECT count(*) FROM customer_metrics WHERE orders >= 1").getInt64();
    QCOMPARE(result.rows, buyers);
    QCOMPARE(lastDone, buyers);
    QCOMPARE(lastTotal, buyers);
    QCOMPARE(result.file, QFileInfo(request.path).absoluteFilePath());
    const QList<QByteArray> lines = bytes(request.path).split('\n');
    QCOMPARE(lines.size(), buyers + 2); // the header, the rows, and nothing after the last CRLF
    QCOMPARE(lines.first(), QByteArray("id,orders,revenue,aov,recency_days\r"));
    // Each row says what the metrics hold: its orders, and the days from its last order to
    // the workspace's reference day.
    const QDate reference = Lifecycle::referenceDate(db);
    SQLite::Statement facts(db, "SELECT orders, last_purchase_at FROM customer_metrics WHERE customer_id = ?1");
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].trimmed().split(',');
        QCOMPARE(cells.size(), 5);
        bool ok = false;
        const qint64 id = cells[0].toLongLong(&ok);
        QVERIFY(ok);
        facts.bind(1, static_cast<int64_t>(id));
        QVERIFY(facts.executeStep());
        QCOMPARE(cells[1].toLongLong(&ok), facts.getColumn(0).getInt64());
        QVERIFY(ok);
        const QDate last = QDate(1970, 1, 1).addDays(facts.getColumn(1).getInt64() / 86400);
        QCOMPARE(cells[4].toLongLong(&ok), last.daysTo(reference));
        QVERIFY(ok);
        facts.reset();
    }

    // Cancelled half-way: nothing under the name, and an earlier file there is kept.
    std::atomic_bool cancel = false;
    const QByteArray before = bytes(request.path);
    const CustomerExportResult cancelled = CustomerExport::run(
        db, request,
        [&cancel](qint64 done, qint64) {
            if (done >= 1024)
                cancel = true;
        },
        &cancel);
    QVERIFY(cancelled.cancelled);
    QVERIFY(!cancelled.ok());
    QCOMPARE(bytes(request.path), before);
    const QStringList left = entries().filter(QRegularExpression(u"^(?!demo\\.mwb)"_s)); // not the workspace's files
    QCOMPARE(left, QStringList{u"buyers.csv"_s});
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
