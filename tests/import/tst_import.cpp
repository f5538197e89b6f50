// Importing files end to end: encodings, dialects, Chinese headers, identity matching,
// order lines, rejects with their line and column, idempotency, the accounting identity
// over random files, dry runs, cancellation and killed imports leaving the workspace as
// it was, and the real Online Retail export.
#include "import/FileSniffer.h"
#include "import/ImportHistory.h"
#include "import/Importer.h"
#include "import/MappingPresets.h"
#include "metrics/CustomerMetrics.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace mwb;

namespace {

qint64 scalar(SQLite::Database &db, const char *sql)
{
    SQLite::Statement query(db, sql);
    return query.executeStep() && !query.getColumn(0).isNull() ? query.getColumn(0).getInt64() : 0;
}

QString text(SQLite::Database &db, const std::string &sql)
{
    SQLite::Statement query(db, sql);
    return query.executeStep() && !query.getColumn(0).isNull() ? QString::fromStdString(query.getColumn(0).getString())
                                                               : QString();
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void chineseContactsInGb18030();
    void encodings_data();
    void encodings();
    void delimitersAreDetected_data();
    void delimitersAreDetected();
    void ordersMatchContactsAcrossSpellings();
    void laterRowsFillButNeverBlank();
    void identitiesBeyondTheCache();
    void orderLinesAreSummed();
    void customersMonthsFollowEachImport();
    void reimportingDuplicatesNothing();
    void rowsWithoutAnOrderIdAreOrdersOfTheirOwn();
    void orderLinesKeepEveryProduct();
    void linesOfOrdersInterleaved();
    void cdnowWithoutOrderIdsReimportsWithNoChange();
    void rejectsNameLineAndColumn();
    void unreadableIdentifiersAreNamed();
    void eventsAndNps();
    void dateOrderComesFromTheColumn();
    void titleRowAboveTheHeaderIsSkipped();
    void accountingHoldsOnRandomFiles();
    void bulkLoadKeepsAggregatesExact();
    void dryRunWritesNothing();
    void cancelLeavesWorkspaceUnchanged();
    void killedImportIsAllOrNothing();
    void undoRemovesExactlyWhatWasAdded();
    void undoRefusesWhenALaterImportBuiltOnIt();
    void postalAddressesAreMappedAndUndone();
    void missingFieldsAreNamed();
    void fullDiskLeavesWorkspaceUnchanged();
    void hostileFiles_data();
    void hostileFiles();
    void mappingPresetsComeBack();
    void onlineRetail();

private:
    QString write(const QString &name, const QByteArray &bytes);
    ImportResult import(const QString &path, ImportKind kind, ImportRequest request = {});
    SQLite::Database &db() { return m_workspace->db(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created = Workspace::create(m_dir->filePath(u"test.mwb"_s), {u"CN"_s, u"CNY"_s});
    QVERIFY2(created.workspace, qPrintable(created.error.message));
    m_workspace = std::move(created.workspace);
}

void TestImport::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

QString TestImport::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

ImportResult TestImport::import(const QString &path, ImportKind kind, ImportRequest request)
{
    request.path = path;
    request.kind = kind;
    return Importer::run(db(), request);
}

void TestImport::chineseContactsInGb18030()
{
    const QString csv = u"会员编号,姓名,手机号,邮箱,城市,注册日期,会员等级,备注\r\n"
                        "M0001,王伟,138 0013 8000,Wei.Wang@Example.cn,上海,2024年5月7日,金卡,喜欢绿茶\r\n"
                        "M0002,李娜,+86 139-0013-9000,,北京,2024/05/08,银卡,\r\n"
                        "00123,张敏,0086 13700137000,min@example.cn,广州,2024-05-09,普通,新会员\r\n"_s;
    const QString path = write(u"members.csv"_s, QStringEncoder("GB18030").encode(csv));
    const ImportResult result = import(path, ImportKind::Contacts);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const ImportSummary &s = result.summary;
    QCOMPARE(s.encoding, u"GB18030"_s);
    QCOMPARE(s.rowsRead, 3);
    QCOMPARE(s.rowsImported, 3);
    QCOMPARE(s.customersCreated, 3);
    QCOMPARE(s.mapping.value(0), ImportField::ExternalId);
    QCOMPARE(s.mapping.value(2), ImportField::Phone);
    QCOMPARE(s.mapping.value(7), ImportField::Custom);

    QCOMPARE(text(db(), "SELECT name FROM customers WHERE external_id = 'M0001'"), u"王伟"_s);
    QCOMPARE(text(db(), "SELECT phone FROM customers WHERE external_id = 'M0001'"), u"+8613800138000"_s);
    QCOMPARE(text(db(), "SELECT email FROM customers WHERE external_id = 'M0001'"), u"wei.wang@example.cn"_s);
    QCOMPARE(text(db(), "SELECT phone FROM customers WHERE external_id = '00123'"), u"+8613700137000"_s);
    QCOMPARE(text(db(), "SELECT json_extract(attributes, '$.备注') FROM customers WHERE external_id = 'M0001'"),
             u"喜欢绿茶"_s);
    QCOMPARE(text(db(), "SELECT tier FROM customers WHERE external_id = 'M0002'"), u"银卡"_s);
    QCOMPARE(scalar(db(), "SELECT signup_at FROM customers WHERE external_id = 'M0001'"),
             QDateTime(QDate(2024, 5, 7), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
    QCOMPARE(scalar(db(), "SELECT count(*) FROM identities"), 8); // 3 ids, 3 phones, 2 e-mails
    QCOMPARE(scalar(db(), "SELECT count(*) FROM customer_metrics"), 3);
}

void TestImport::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("name");
    const QString chinese = u"客户编号,姓名\r\nC1,陈静\r\nC2,黄磊\r\nC3,赵敏\r\n"_s;
    const QString traditional =
        u"會員編號,姓名,手機\r\nT1,陳靜,0912345678\r\nT2,黃磊,0922345678\r\nT3,林美玲,0932345678\r\n"_s;
    const QString latin =
        u"Customer ID,Name,City\r\nE1,Jürgen Müller,Köln\r\nE2,François Léger,Genève\r\nE3,Zoë Ågren,Malmö\r\n"_s;
    QTest::newRow("utf-8") << chinese.toUtf8() << u"UTF-8"_s << u"陈静"_s;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + chinese.toUtf8() << u"UTF-8"_s << u"陈静"_s;
    QTest::newRow("utf-16le bom") << QByteArray(
        QStringEncoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom).encode(chinese))
                                  << u"UTF-16LE"_s << u"陈静"_s;
    QTest::newRow("utf-16be bom") << QByteArray(
        QStringEncoder(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom).encode(chinese))
                                  << u"UTF-16BE"_s << u"陈静"_s;
    QTest::newRow("gb18030") << QByteArray(QStringEncoder("GB18030").encode(chinese)) << u"GB18030"_s << u"陈静"_s;
    QTest::newRow("big5") << QByteArray(QStringEncoder("Big5").encode(traditional)) << u"Big5"_s << u"陳靜"_s;
    QTest::newRow("windows-1252") << QByteArray(QStringEncoder("windows-1252").encode(latin)) << u"windows-1252"_s
                                  << u"Jürgen Müller"_s;
}

void TestImport::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, name);
    ImportRequest request;
    request.region = u"TW"_s;
    const ImportResult result = import(write(u"encoded.csv"_s, bytes), ImportKind::Contacts, request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.summary.encoding.toUpper(), encoding.toUpper());
    QCOMPARE(result.summary.rowsImported, 3);
    QCOMPARE(text(db(), "SELECT name FROM customers ORDER BY id LIMIT 1"), name);
}

void TestImport::delimitersAreDetected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << QByteArray("order_id,date,amount\n1,2024-01-02,\"1,5\"\n2,2024-01-03,3\n") << ',';
    QTest::newRow("semicolon") << QByteArray("order_id;date;amount\n1;02.01.2024;1,50\n2;03.01.2024;3,00\n") << ';';
    QTest::newRow("tab") << QByteArray("order_id\tdate\tamount\n1\t2024-01-02\t1.5\n2\t2024-01-03\t3\n") << '\t';
    QTest::newRow("pipe") << QByteArray("order_id|date|amount\n1|2024-01-02|1.5\n2|2024-01-03|3\n") << '|';
}

void TestImport::delimitersAreDetected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(char, delimiter);
    const ImportResult result = import(write(u"orders.csv"_s, bytes), ImportKind::Transactions);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.summary.delimiter, delimiter);
    QCOMPARE(result.summary.rowsImported, 2);
    QCOMPARE(scalar(db(), "SELECT sum(amount_minor) FROM transactions"), 450);
}

void TestImport::ordersMatchContactsAcrossSpellings()
{
    QVERIFY(import(write(u"contacts.csv"_s,
                         "Member ID,Name,Mobile,Email\n"
                         "M1,Wang Wei,13800138000,wei@example.cn\n"
                         "M2,Li Na,13900139000,na@example.cn\n"),
                   ImportKind::Contacts)
                .ok());
    const ImportResult orders = import(write(u"orders.csv"_s,
                                             "订单号,手机号,邮箱,下单时间,实付金额\n"
                                             "A1,+86 138 0013 8000,,2024-05-01 10:00,¥100.00\n"
                                             "A2,,NA@EXAMPLE.CN,2024-05-02 11:00,\"¥1,200.50\"\n"
                                             "A3,0086-139-0013-9000,,2024-05-03,50\n"
                                             "A4,13700137000,new@example.cn,2024-05-04,70\n"),
                                       ImportKind::Transactions);
    QVERIFY2(orders.ok(), qPrintable(orders.error));
    QCOMPARE(orders.summary.rowsImported, 4);
    QCOMPARE(orders.summary.customersCreated, 1);
    QCOMPARE(orders.summary.customersMatched, 2);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM customers"), 3);
    QCOMPARE(scalar(db(),
                    "SELECT orders FROM customer_metrics m JOIN customers c ON c.id = m.customer_id "
                    "WHERE c.external_id = 'M2'"),
             2);
    QCOMPARE(scalar(db(),
                    "SELECT revenue_minor FROM customer_metrics m JOIN customers c ON c.id = m.customer_id "
                    "WHERE c.external_id = 'M2'"),
             125050);
    // The new customer carries both identifiers the order gave.
    QCOMPARE(scalar(db(),
                    "SELECT count(*) FROM identities WHERE customer_id = "
                    "(SELECT customer_id FROM identities WHERE value = 'new@example.cn')"),
             2);
}

// More identifiers than the resolver caches (a small cache here): identifiers held back
// are written before the cache forgets them, and later rows find their customers in the
// workspace, as with a cache that holds them all.
void TestImport::identitiesBeyondTheCache()
{
    QByteArray contacts("Member ID,Email,Mobile\n");
    QByteArray orders("Order ID,Email,Mobile,Member ID,Order Date,Amount\n");
    for (int i = 1; i <= 60; ++i) {
        contacts += "M" + QByteArray::number(i) + ",c" + QByteArray::number(i) + "@example.cn,1380013"
            + QByteArray::number(8000 + i) + "\n";
        // Each customer by one identifier, in turn; the orders of 61-70 bring new customers.
        const int c = (i * 37) % 70 + 1;
        QByteArray by;
        if (c > 60 || i % 3 == 0)
            by = ",,,M" + QByteArray::number(c);
        else if (i % 3 == 1)
            by = ",C" + QByteArray::number(c) + "@EXAMPLE.CN,,";
        else
            by = ",,+86 1380013" + QByteArray::number(8000 + c) + ",";
        orders += "A" + QByteArray::number(i) + by + ",2024-05-01,10\n";
    }
    // New customers named by id and e-mail, and again one and three rows later by one of them.
    for (int k = 1; k <= 23; ++k) {
        if (k <= 20)
            orders += "B" + QByteArray::number(k) + ",n" + QByteArray::number(k) + "@example.cn,,N"
                + QByteArray::number(k) + ",2024-05-02,10\n";
        for (const int later : {1, 3}) {
            const int j = k - later;
            if (j < 1 || j > 20)
                continue;
            QByteArray byOne = j % 2 ? ",,,N" : ",N";
            byOne += QByteArray::number(j) + (j % 2 ? "" : "@EXAMPLE.CN,,");
            orders += "C" + QByteArray::number(later) + "-" + QByteArray::number(j) + byOne + ",2024-05-03,10\n";
        }
    }
    const auto tables = [this] {
        QStringList rows;
        SQLite::Statement query(db(),
                                "SELECT i.kind || ':' || i.value || '=' || c.external_id FROM identities i "
                                "JOIN customers c ON c.id = i.customer_id UNION ALL "
                                "SELECT t.order_ref || '>' || coalesce(c.external_id, '#' || c.id) FROM transactions t "
                                "JOIN customers c ON c.id = t.customer_id ORDER BY 1");
        while (query.executeStep())
            rows << QString::fromStdString(query.getColumn(0).getString());
        return rows;
    };
    QStringList expected;
    for (const char *limit : {"", "8"}) {
        init();
        if (*limit)
            qputenv("MWB_IDENTITY_CACHE_LIMIT", limit);
        const ImportResult first = import(write(u"contacts.csv"_s, contacts), ImportKind::Contacts);
        const ImportResult again = import(write(u"contacts.csv"_s, contacts), ImportKind::Contacts);
        const ImportResult bought = import(write(u"orders.csv"_s, orders), ImportKind::Transactions);
        qunsetenv("MWB_IDENTITY_CACHE_LIMIT");
        QVERIFY(first.ok() && again.ok() && bought.ok());
        QCOMPARE(first.summary.customersCreated, 60);
        QCOMPARE(again.summary.customersCreated, 0);
        QCOMPARE(again.summary.rowsImported + again.summary.rowsDuplicate, 60);
        QCOMPARE(bought.summary.rowsImported, 120);
        QCOMPARE(bought.summary.customersCreated, 8 + 20); // of M61 … M70 those drawn, and N1 … N20
        QCOMPARE(scalar(db(), "SELECT count(*) FROM customers"), 88);
        QCOMPARE(scalar(db(), "SELECT count(*) FROM identities"), 180 + 8 + 2 * 20);
        const QStringList rows = tables();
        if (expected.isEmpty())
            expected = rows;
        else
            QCOMPARE(rows, expected);
        cleanup();
    }
    QVERIFY(expected.contains(u"email:c1@example.cn=M1"_s));
    init(); // for cleanup()
}

void TestImport::laterRowsFillButNeverBlank()
{
    QVERIFY(import(write(u"a.csv"_s, "id,name,city,tier\nM1,Wang Wei,Shanghai,silver\n"), ImportKind::Contacts).ok());
    const ImportResult again =
        import(write(u"b.csv"_s, "id,name,city,tier,email\nM1,,,gold,wei@example.cn\n"), ImportKind::Contacts);
    QVERIFY(again.ok());
    QCOMPARE(again.summary.rowsImported, 1);
    QCOMPARE(again.summary.customersMatched, 1);
    QCOMPARE(text(db(), "SELECT name FROM customers"), u"Wang Wei"_s);
    QCOMPARE(text(db(), "SELECT city FROM customers"), u"Shanghai"_s);
    QCOMPARE(text(db(), "SELECT tier FROM customers"), u"gold"_s);
    QCOMPARE(text(db(), "SELECT email FROM customers"), u"wei@example.cn"_s);
    // The same row once more changes nothing: a duplicate.
    const ImportResult third =
        import(write(u"c.csv"_s, "id,name,city,tier,email\nM1,,,gold,wei@example.cn\n"), ImportKind::Contacts);
    QCOMPARE(third.summary.rowsDuplicate, 1);
}

void TestImport::orderLinesAreSummed()
{
    const ImportResult result = import(
        write(u"lines.csv"_s,
              "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
              "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom\n"
              "536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom\n"
              "536366,22633,HAND WARMER UNION JACK,6,2010-12-01 08:28:00,1.85,17850.0,United Kingdom\n"
              "C536379,D,Discount,-1,2010-12-01 09:41:00,27.50,14527.0,United Kingdom\n"
              "536414,22139,\"RECORD FRAME 7\"\" SINGLE SIZE \",56,2010-12-01 11:52:00,0.00,,United Kingdom\n"),
        ImportKind::Transactions);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.summary.rowsImported, 5);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM transactions"), 4);
    QCOMPARE(scalar(db(), "SELECT amount_minor FROM transactions WHERE order_ref = '536365'"), 1530 + 2034);
    QCOMPARE(scalar(db(), "SELECT quantity FROM transactions WHERE order_ref = '536365'"), 12);
    QCOMPARE(scalar(db(), "SELECT amount_minor FROM transactions WHERE order_ref = 'C536379'"), -2750);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM transactions WHERE customer_id IS NULL"), 1); // the guest row
    QCOMPARE(text(db(), "SELECT external_id FROM customers ORDER BY id LIMIT 1"), u"17850"_s);
    QCOMPARE(scalar(db(), "SELECT sum(revenue_minor) FROM sales_daily"), 1530 + 2034 + 1110 - 2750);
    // The refund lowers revenue but is no order.
    QCOMPARE(scalar(db(),
                    "SELECT orders FROM customer_metrics m JOIN customers c ON c.id = m.customer_id "
                    "WHERE c.external_id = '14527'"),
             0);
}

// customer_months, recomputed at the end of an import for the customers whose orders came
// (or for everyone when they are many), as worked out by hand from the files.
void TestImport::customersMonthsFollowEachImport()
{
    const auto months = [this] {
        QStringList rows;
        SQLite::Statement q(db(),
                            "SELECT c.external_id, m.month, m.orders, m.revenue_minor FROM customer_months m "
                            "JOIN customers c ON c.id = m.customer_id ORDER BY c.external_id, m.month");
        while (q.executeStep())
            rows << u"%1:%2:%3:%4"_s.arg(QString::fromStdString(q.getColumn(0).getString()))
                        .arg(q.getColumn(1).getInt64())
                        .arg(q.getColumn(2).getInt64())
                        .arg(q.getColumn(3).getInt64());
        return rows;
    };
    const qint64 jan = 2024 * 12; // January 2024
    QByteArray first = "order_id,customer_id,order_date,amount\n";
    for (int c = 1; c <= 8; ++c)
        first += "A" + QByteArray::number(c) + ",C" + QByteArray::number(c) + ",2024-01-1" + QByteArray::number(c % 10)
            + "," + QByteArray::number(c * 10) + "\n";
    first += "A9,C1,2024-01-31 23:59,5\nA10,,2024-01-05,99\n"; // the last minute of January; a guest
    QVERIFY(import(write(u"jan.csv"_s, first), ImportKind::Transactions).ok());
    QStringList expected;
    for (int c = 1; c <= 8; ++c)
        expected << u"C%1:%2:%3:%4"_s.arg(c).arg(jan).arg(c == 1 ? 2 : 1).arg(c == 1 ? 1500 : c * 1000);
    QCOMPARE(months(), expected);
    // One customer of eight: only theirs are recomputed (February's order, January's refund).
    QVERIFY(import(write(u"feb.csv"_s,
                         "order_id,customer_id,order_date,amount\n"
                         "B1,C1,2024-02-01 00:00,7\nB2,C1,2024-01-20,-15\n"),
                   ImportKind::Transactions)
                .ok());
    expected[0] = u"C1:%1:2:0"_s.arg(jan);
    expected.insert(1, u"C1:%1:1:700"_s.arg(jan + 1));
    QCOMPARE(months(), expected);
    // The triggers are back for every other writer.
    QCOMPARE(
        scalar(db(), "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'transactions_months_%'"),
        3);
    db().exec("DELETE FROM transactions WHERE order_ref = 'B1'");
    expected[1] = u"C1:%1:0:0"_s.arg(jan + 1);
    QCOMPARE(months(), expected);
}

void TestImport::reimportingDuplicatesNothing()
{
    const QString orders = write(u"orders.csv"_s,
                                 "order_id,customer_id,order_date,amount\n"
                                 "1,C1,2024-01-01,10\n2,C2,2024-01-02,20\n2,C2,2024-01-02,20\n");
    const ImportResult first = import(orders, ImportKind::Transactions);
    QCOMPARE(first.summary.rowsImported, 2);
    QCOMPARE(first.summary.rowsDuplicate, 1); // the same order twice in a file of orders
    const ImportResult second = import(orders, ImportKind::Transactions);
    QCOMPARE(second.summary.rowsImported, 0);
    QCOMPARE(second.summary.rowsDuplicate, 3);
    QCOMPARE(second.summary.customersCreated, 0);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM transactions"), 2);
    QCOMPARE(scalar(db(), "SELECT sum(revenue_minor) FROM sales_daily"), 3000);
    // An order already there, now naming a customer nobody knows: still a duplicate, and
    // no customer is left behind for it.
    const ImportResult other = import(write(u"other.csv"_s,
                                            "order_id,customer_id,order_date,amount\n"
                                            "1,C9,2024-01-01,10\n"),
                                      ImportKind::Transactions);
    QCOMPARE(other.summary.rowsDuplicate, 1);
    QCOMPARE(other.summary.customersCreated, 0);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM customers"), 2);

    const QString events = write(u"events.csv"_s,
                                 "email,time,event,channel\n"
                                 "a@example.com,2024-01-01 10:00,email_open,email\n"
                                 "a@example.com,2024-01-01 10:05,click,EDM\n");
    QCOMPARE(import(events, ImportKind::Events).summary.rowsImported, 2);
    const ImportResult again = import(events, ImportKind::Events);
    QCOMPARE(again.summary.rowsDuplicate, 2);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM events"), 2);
}

void TestImport::rowsWithoutAnOrderIdAreOrdersOfTheirOwn()
{
    // Two identical rows are two purchases (the same CD bought twice that day); a row that
    // differs only in product or quantity is a purchase of its own.
    const QString path = write(u"pos.csv"_s,
                               "customer_id,date,product,quantity,amount\n"
                               "C1,2024-01-01,oolong,1,10.00\n"
                               "C1,2024-01-01,oolong,1,10.00\n"
                               "C1,2024-01-01,green,1,10.00\n"
                               "C1,2024-01-01,oolong,2,10.00\n"
                               "C2,2024-01-02,oolong,1,-10.00\n"
                               ",2024-01-02,oolong,1,5.00\n");
    const ImportResult first = import(path, ImportKind::Transactions);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.summary.rowsImported, 6);
    QCOMPARE(first.summary.rowsDuplicate, 0);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM transactions"), 6);
    QCOMPARE(scalar(db(), "SELECT count(DISTINCT order_ref) FROM transactions"), 6);
    QCOMPARE(scalar(db(), "SELECT sum(amount_minor) FROM transactions"), 3500);
    QCOMPARE(scalar(db(),
                    "SELECT orders FROM customer_metrics m JOIN customers c ON c.id = m.customer_id "
                    "WHERE c.external_id = 'C1'"),
             4);
    QCOMPARE(first.summary.guestOrders, 1);
    QCOMPARE(first.summary.refunds, 1);
    QVERIFY(first.summary.warnings.join(u'\n').contains(u"order of its own"_s));

    // The same file again adds nothing; the same rows in another order neither.
    const ImportResult again = import(path, ImportKind::Transactions);
    QCOMPARE(again.summary.rowsImported, 0);
    QCOMPARE(again.summary.rowsDuplicate, 6);
    const ImportResult shuffled = import(write(u"pos-shuffled.csv"_s,
                                               "customer_id,date,product,quantity,amount\n"
                                               ",2024-01-02,oolong,1,5.00\n"
                                               "C1,2024-01-01,oolong,2,10.00\n"
                                               "C1,2024-01-01,oolong,1,10.00\n"
                                               "C2,2024-01-02,oolong,1,-10.00\n"
                                               "C1,2024-01-01,green,1,10.00\n"
                                               "C1,2024-01-01,oolong,1,10.00\n"),
                                         ImportKind::Transactions);
    QCOMPARE(shuffled.summary.rowsImported, 0);
    QCOMPARE(shuffled.summary.rowsDuplicate, 6);
    // A third identical purchase in a later file is new.
    const ImportResult more = import(write(u"pos-more.csv"_s,
                                           "customer_id,date,product,quantity,amount\n"
                                           "C1,2024-01-01,oolong,1,10.00\n"
                                           "C1,2024-01-01,oolong,1,10.00\n"
                                           "C1,2024-01-01,oolong,1,10.00\n"),
                                     ImportKind::Transactions);
    QCOMPARE(more.summary.rowsImported, 1);
    QCOMPARE(more.summary.rowsDuplicate, 2);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM transactions"), 7);
    QCOMPARE(scalar(db(), "SELECT sum(revenue_minor) FROM sales_daily"), 4500);
}

// Lines of two orders taking turns, a line without a quantity and a cancelled line: each
// order's amount is the sum of its lines, its quantity the sum of the quantities given.
void TestImport::linesOfOrdersInterleaved()
{
    const QString path = write(u"turns.csv"_s,
                               "order_id,customer_id,order_date,product,quantity,unit_price\n"
                               "A,C1,2024-01-01,tea,2,1.50\n"
                               "B,C2,2024-01-01,cup,1,4.00\n"
                               "A,C1,2024-01-01,cup,,4.00\n"
                               "A,C1,2024-01-01,pot,1,10.00\n"
                               "B,C2,2024-01-02,tea,-1,1.50\n");
    const ImportResult result = import(path, ImportKind::Transactions);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.summary.rowsImported, 5);
    QCOMPARE(text(db(),
                  "SELECT group_concat(order_ref || '=' || amount_minor || '/' || quantity, ' ') "
                  "FROM (SELECT * FROM transactions ORDER BY order_ref)"),
             u"A=1700/3 B=250/0"_s);
    QCOMPARE(text(db(),
                  "SELECT group_concat(t.order_ref || l.line_no || ':' || p.code || ':' || l.amount_minor, ' ') "
                  "FROM (SELECT * FROM order_lines ORDER BY order_id, line_no) l "
                  "JOIN transactions t ON t.id = l.order_id JOIN products p ON p.id = l.product_id"),
             u"A1:tea:300 A2:cup:400 A3:pot:1000 B1:cup:400 B2:tea:-150"_s);
    // The daily sales count each order once, on its first line's day, at its final amount.
    QCOMPARE(text(db(),
                  "SELECT group_concat(transactions || '/' || revenue_minor, ' ') "
                  "FROM (SELECT * FROM sales_daily ORDER BY day)"),
             u"2/1950"_s);
    QCOMPARE(scalar(db(),
                    "SELECT m.revenue_minor FROM customer_metrics m JOIN customers c ON c.id = m.customer_id "
                    "WHERE c.external_id = 'C1'"),
             1700);

    const ImportResult again = import(path, ImportKind::Transactions);
    QCOMPARE(again.summary.rowsImported, 0);
    QCOMPARE(again.summary.rowsDuplicate, 5);
    QCOMPARE(scalar(db(), "SELECT sum(amount_minor) FROM transactions"), 1950);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM order_lines"), 5);
}

void TestImport::orderLinesKeepEveryProduct()
{
    // A shop's line export with Chinese headers: an order of three lines (one a refund of a
    // line), the order's amount is the sum of its lines, each line its own product.
    const QString path = write(u"lines.csv"_s,
                               "订单号,下单时间,会员编号,商品编码,商品名称,品类,品牌,数量,单价\n"
                               "A1,2024-03-01 10:00,M1,SKU-1,Jasmine tea,Tea,Lotus,2,30.50\n"
                               "A1,2024-03-01 10:00,M1, SKU-2 ,Glass teapot,Teaware,Harbour,1,149\n"
                               "A1,2024-03-01 10:00,M1,SKU-1,Jasmine tea,Tea,Lotus,-1,30.50\n"
                               "A2,2024-03-05 09:00,M2,SKU-3,Filter papers,,,3,19\n"
                               "A3,2024-03-06 09:00,,SKU-2,Glass teapot,Teaware,Harbour,1,149\n");
    const ImportResult first = import(path, ImportKind::Transactions);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.summary.rowsImported, 5);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM transactions"), 3);
    QCOMPARE(scalar(db(), "SELECT amount_minor FROM transactions WHERE order_ref = 'A1'"), 6100 + 14900 - 3050);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM order_lines"), 5);
    QCOMPARE(text(db(),
                  "SELECT group_concat(p.code || ':' || l.quantity || ':' || l.unit_price_minor || ':' || "
                  "l.amount_minor, ' ') FROM order_lines l JOIN products p ON p.id = l.product_id "
                  "JOIN transactions t ON t.id = l.order_id WHERE t.order_ref = 'A1' ORDER BY l.line_no"),
             u"SKU-1:2:3050:6100 SKU-2:1:14900:14900 SKU-1:-1:3050:-3050"_s);
    QCOMPARE(text(db(), "SELECT name || '|' || category || '|' || brand FROM products WHERE code = 'SKU-2'"),
             u"Glass teapot|Teaware|Harbour"_s);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM products"), 3);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM products WHERE code = 'SKU-3' AND category IS NULL"), 1);

    // Again: nothing added. A newer file renames a product and gives it a category.
    const ImportResult again = import(path, ImportKind::Transactions);
    QCOMPARE(again.summary.rowsImported, 0);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM order_lines"), 5);
    const ImportResult newer = import(write(u"newer.csv"_s,
                                            "订单号,下单时间,会员编号,商品编码,商品名称,品类,数量,单价\n"
                                            "B1,2024-04-01 10:00,M2,SKU-3,Tea filter papers 100,Consumables,1,19\n"
                                            "B1,2024-04-01 10:00,M2,SKU-4,Descaler,Consumables,1,29\n"),
                                      ImportKind::Transactions);
    QVERIFY2(newer.ok(), qPrintable(newer.error));
    QCOMPARE(text(db(), "SELECT name || '|' || category FROM products WHERE code = 'SKU-3'"),
             u"Tea filter papers 100|Consumables"_s);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM products"), 4);

    // Undone, the newer import takes its lines and the product only it named.
    const UndoResult undone = ImportHistory::undo(db(), newer.summary.importId);
    QVERIFY2(undone.error.isEmpty(), qPrintable(undone.error));
    QCOMPARE(scalar(db(), "SELECT count(*) FROM order_lines"), 5);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM products"), 3);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM products WHERE code = 'SKU-4'"), 0);
    const UndoResult all = ImportHistory::undo(db(), first.summary.importId);
    QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
    QCOMPARE(scalar(db(), "SELECT count(*) FROM order_lines"), 0);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM products"), 0);
}

void TestImport::cdnowWithoutOrderIdsReimportsWithNoChange()
{
    const QString path = QStringLiteral(MWB_SHARED_DATA_DIR) + u"/cdnow/cdnowElog.csv"_s;
    if (!QFile::exists(path))
        QSKIP("../shared/data/cdnow is not present (the real-world test data sets live beside the checkout)");
    // The file read here without the importer: its rows, buyers and sales.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readLine().trimmed(), QByteArray("masterid,sampleid,date,cds,sales"));
    qint64 rows = 0;
    qint64 salesMinor = 0;
    QSet<QByteArray> buyers;
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(',');
        if (fields.size() != 5)
            continue;
        ++rows;
        buyers.insert(fields.at(0));
        salesMinor += std::llround(fields.at(4).toDouble() * 100.0);
    }
    QVERIFY(rows > 6000);
    ImportRequest request;
    request.mapping = {ImportField::ExternalId, ImportField::Ignore, ImportField::OrderDate, ImportField::Quantity,
                       ImportField::Amount};
    const ImportResult first = import(path, ImportKind::Transactions, request);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.summary.rowsRejected, 0);
    QCOMPARE(first.summary.rowsImported, rows);
    QCOMPARE(first.summary.customersCreated, qint64(buyers.size()));
    QCOMPARE(scalar(db(), "SELECT count(*) FROM transactions"), rows);
    QCOMPARE(scalar(db(), "SELECT sum(amount_minor) FROM transactions"), salesMinor);
    const qint64 revenue = scalar(db(), "SELECT sum(revenue_minor) FROM customer_metrics");

    const ImportResult second = import(path, ImportKind::Transactions, request);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.summary.rowsImported, 0);
    QCOMPARE(second.summary.rowsDuplicate, rows);
    QCOMPARE(second.summary.customersCreated, 0);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM transactions"), rows);
    QCOMPARE(scalar(db(), "SELECT sum(revenue_minor) FROM customer_metrics"), revenue);
}

void TestImport::rejectsNameLineAndColumn()
{
    const QString path = write(u"bad.csv"_s,
                               "order_id,customer_id,order_date,amount\n"
                               "1,C1,2024-01-01,10\n"
                               "2,C1,not a date,10\n"
                               "3,C1,2024-01-03\n"
                               "\n"
                               ",C1,2024-01-04,10\n"
                               "5,C1,2024-01-05,ten\n"
                               "6,C1,2024-01-06,\"=HYPERLINK(\"\"x\"\")\"\n");
    const ImportResult result = import(path, ImportKind::Transactions);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const ImportSummary &s = result.summary;
    QCOMPARE(s.rowsRead, 6);
    QCOMPARE(s.rowsImported, 1);
    QCOMPARE(s.rowsRejected, 5);
    QCOMPARE(s.firstRejects.size(), 5);
    QCOMPARE(s.firstRejects[0].line, 3);
    QCOMPARE(s.firstRejects[0].column, 3);
    QVERIFY(s.firstRejects[0].reason.contains(u"not a date"_s));
    QCOMPARE(s.firstRejects[1].line, 4);
    QVERIFY(s.firstRejects[1].reason.contains(u"3 fields"_s));
    QCOMPARE(s.firstRejects[2].line, 6); // the blank line is no row, but is counted as a line
    QCOMPARE(s.firstRejects[2].column, 1);
    QCOMPARE(s.firstRejects[3].column, 4);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM import_rejects"), 5);

    QVERIFY(QFile::exists(s.rejectsFile));
    QFile rejects(s.rejectsFile);
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    const QByteArray content = rejects.readAll();
    QVERIFY(content.startsWith("line,column,reason,row"));
    QVERIFY(content.contains("3,3,"));
    QVERIFY(content.contains("\"2,C1,not a date,10\""));
    QVERIFY(!content.contains(",\"=HYPERLINK")); // a formula is neutralised in the rejects file
}

// Identifiers are read on the reading thread: what cannot be read is still named by its
// column's header, and a row with another usable identifier is kept.
void TestImport::unreadableIdentifiersAreNamed()
{
    const ImportResult result = import(write(u"who.csv"_s,
                                             "手机号,邮箱,姓名\n"
                                             "12,,No Phone\n"
                                             "12,not-an-email,Neither\n"
                                             "13800138000,not-an-email,Phone Only\n"
                                             "13800138000,,Phone Again\n"),
                                       ImportKind::Contacts);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const ImportSummary &s = result.summary;
    QCOMPARE(s.rowsRead, 4);
    QCOMPARE(s.rowsRejected, 2);
    QCOMPARE(s.customersCreated, 1);
    QCOMPARE(s.firstRejects.size(), 2);
    QCOMPARE(s.firstRejects[0].line, 2);
    QCOMPARE(s.firstRejects[0].reason, u"No usable identifier: 手机号 cannot be read."_s);
    QCOMPARE(s.firstRejects[1].line, 3);
    QVERIFY2(s.firstRejects[1].reason.contains(u"邮箱"_s) && s.firstRejects[1].reason.contains(u"手机号"_s),
             qPrintable(s.firstRejects[1].reason));
    QCOMPARE(text(db(), "SELECT phone FROM customers"), u"+8613800138000"_s);
}

void TestImport::eventsAndNps()
{
    const ImportResult result = import(write(u"touch.csv"_s,
                                             "手机号,时间,事件,渠道,评分,活动\n"
                                             "13800138000,2024-05-01 10:00,访问,官网,,\n"
                                             "13800138000,2024-05-02 10:00,NPS,微信,9,\n"
                                             "13800138000,2024-05-03 10:00,NPS,微信,11,\n"
                                             "13900139000,2024-05-03 10:00,webinar_attended,Zoom,,Spring webinar\n"),
                                       ImportKind::Events);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.summary.rowsImported, 3);
    QCOMPARE(result.summary.rowsRejected, 1);
    QVERIFY(result.summary.firstRejects.value(0).reason.contains(u"0 to 10"_s));
    QCOMPARE(result.summary.firstRejects.value(0).column, 5);
    QCOMPARE(text(db(), "SELECT type || '/' || channel FROM events ORDER BY occurred_at LIMIT 1"), u"web_visit/web"_s);
    QCOMPARE(scalar(db(), "SELECT value FROM events WHERE type = 'nps'"), 9);
    QCOMPARE(text(db(), "SELECT type || '/' || channel || '/' || detail FROM events WHERE type LIKE 'webinar%'"),
             u"webinar_attended/Zoom/campaign: Spring webinar"_s);
    QCOMPARE(result.summary.customersCreated, 2);
    QCOMPARE(scalar(db(), "SELECT sum(events) FROM customer_metrics"), 3);
}

void TestImport::dateOrderComesFromTheColumn()
{
    const qint64 jan2 = QDateTime(QDate(2024, 1, 2), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 feb1 = QDateTime(QDate(2024, 2, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    // 13/01 can only be day first, so the whole column is read day first.
    ImportRequest request;
    request.ambiguousDateOrder = DateOrder::MonthDayYear;
    QVERIFY(
        import(write(u"dmy.csv"_s, "order_id,customer_id,order_date,amount\nA,C1,01/02/2024,1\nB,C1,13/01/2024,1\n"),
               ImportKind::Transactions, request)
            .ok());
    QCOMPARE(scalar(db(), "SELECT ordered_at FROM transactions WHERE order_ref = 'A'"), feb1);
    // Nothing decides: the chosen order reads them, and the summary says so.
    const ImportResult ambiguous =
        import(write(u"mdy.csv"_s, "order_id,customer_id,order_date,amount\nC,C1,01/02/2024,1\nD,C1,03/04/2024,1\n"),
               ImportKind::Transactions, request);
    QCOMPARE(scalar(db(), "SELECT ordered_at FROM transactions WHERE order_ref = 'C'"), jan2);
    QVERIFY(ambiguous.summary.warnings.join(u' ').contains(u"month/day/year"_s));
    // An explicit order wins over the column.
    request.dateOrder = DateOrder::DayMonthYear;
    QVERIFY(import(write(u"forced.csv"_s, "order_id,customer_id,order_date,amount\nE,C1,01/02/2024,1\n"),
                   ImportKind::Transactions, request)
                .ok());
    QCOMPARE(scalar(db(), "SELECT ordered_at FROM transactions WHERE order_ref = 'E'"), feb1);
    QCOMPARE(QLocale(QLocale::English, QLocale::UnitedStates).dateFormat(QLocale::ShortFormat).indexOf(u'M'), 0);
}

void TestImport::titleRowAboveTheHeaderIsSkipped()
{
    const ImportResult result = import(write(u"report.csv"_s,
                                             "\"Member report, June 2026\",,\n"
                                             "Member ID,Name,City\n"
                                             "M1,Wang Wei,Shanghai\nM2,Li Na,Beijing\n"),
                                       ImportKind::Contacts);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.summary.headers, (QStringList{u"Member ID"_s, u"Name"_s, u"City"_s}));
    QCOMPARE(result.summary.rowsRead, 2);
    QCOMPARE(result.summary.rowsImported, 2);
    QVERIFY(result.summary.warnings.join(u' ').contains(u"title row"_s));
    QCOMPARE(text(db(), "SELECT city FROM customers WHERE external_id = 'M2'"), u"Beijing"_s);
}

void TestImport::accountingHoldsOnRandomFiles()
{
    QRandomGenerator random(20240507);
    for (int round = 0; round < 40; ++round) {
        QByteArray data = "order_id,customer_id,order_date,amount,product\n";
        qint64 written = 0;
        qint64 bad = 0; // rows the importer must refuse: a bad date, too few fields, no order id
        const int rows = random.bounded(1, 120);
        for (int r = 0; r < rows; ++r) {
            const int kind = random.bounded(10);
            const QByteArray id = QByteArray::number(random.bounded(1, 60));
            const QByteArray eol = random.bounded(3) == 0 ? "\r\n" : "\n";
            QByteArray line;
            switch (kind) {
            case 0: line = id + ",C1,garbage," + "5,x"; break;                    // bad date
            case 1: line = id + ",C2,2024-01-01"; break;                          // ragged
            case 2: line = ",C3,2024-01-01,5,x"; break;                           // no order id
            case 3: line = id + ",C4,2024-01-01,\"1,5\",\"a, \"\"b\"\"\""; break; // quoting
            default:
                line = id + ",C" + QByteArray::number(random.bounded(9)) + ",2024-02-0"
                    + QByteArray::number(random.bounded(1, 9)) + "," + QByteArray::number(random.bounded(1, 900))
                    + ",tea";
                break;
            }
            data += line + eol;
            ++written;
            bad += kind <= 2 ? 1 : 0;
            if (random.bounded(8) == 0)
                data += eol; // blank lines are no rows
        }
        const ImportResult result = import(write(u"random.csv"_s, data), ImportKind::Transactions);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const ImportSummary &s = result.summary;
        QCOMPARE(s.rowsRead, written);
        QCOMPARE(s.rowsRead, s.rowsImported + s.rowsDuplicate + s.rowsRejected);
        QCOMPARE(s.rowsRejected, bad);
        QCOMPARE(
            scalar(db(),
                   ("SELECT count(*) FROM import_rejects WHERE import_id = " + std::to_string(s.importId)).c_str()),
            s.rowsRejected);
    }
    // The importer writes with foreign keys off: not one row may point at nothing.
    QCOMPARE(scalar(db(), "SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

// A file large enough for the bulk path (indexes and triggers off, sales counted in
// memory, metrics in one pass) must leave exactly what the row-by-row path would.
void TestImport::bulkLoadKeepsAggregatesExact()
{
    QByteArray contacts = "member_id,email\n";
    for (int c = 1; c <= 300; ++c)
        contacts += "M" + QByteArray::number(c) + ",m" + QByteArray::number(c) + "@example.com\n";
    QVERIFY(import(write(u"contacts.csv"_s, contacts), ImportKind::Contacts).ok());

    QRandomGenerator random(7);
    QByteArray orders = "order_id,customer_id,order_date,unit_price,quantity,product\n";
    qint64 rows = 0;
    QSet<QByteArray> named; // customers the file names that the contacts import created
    for (int order = 1; rows < 70000; ++order) {
        const int customer = random.bounded(1, 20000);
        const QByteArray who = random.bounded(50) == 0 ? QByteArray() : "M" + QByteArray::number(customer);
        if (!who.isEmpty() && customer <= 300)
            named.insert(who);
        const QByteArray date = "2024-" + QByteArray::number(random.bounded(1, 13)) + "-"
            + QByteArray::number(random.bounded(1, 29)) + " 10:00";
        const int lines = random.bounded(1, 4);
        for (int line = 0; line < lines; ++line, ++rows) {
            const int quantity = random.bounded(20) == 0 ? -1 : random.bounded(1, 5);
            orders += "SO" + QByteArray::number(order) + "," + who + "," + date + ","
                + QByteArray::number(random.bounded(100, 9999)) + ".5," + QByteArray::number(quantity) + ",tea\n";
        }
    }
    const QString path = write(u"orders.csv"_s, orders);
    const qint64 estimate = FileSniffer::sniff(path, {}).estimatedRows;
    QVERIFY2(qAbs(estimate - rows) < rows / 10, qPrintable(u"estimated %1 rows of %2"_s.arg(estimate).arg(rows)));
    const ImportResult first = import(path, ImportKind::Transactions);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QVERIFY(first.summary.bulkLoad);
    QCOMPARE(first.summary.rowsImported, rows);
    QCOMPARE(first.summary.customersMatched, qint64(named.size()));

    const auto table = [this](const char *sql) {
        SQLite::Statement query(db(), sql);
        QStringList out;
        while (query.executeStep()) {
            QStringList cells;
            for (int c = 0; c < query.getColumnCount(); ++c)
                cells << QString::fromStdString(query.getColumn(c).getString());
            out << cells.join(u',');
        }
        return out;
    };
    // As the triggers count them, read straight from the orders (vocabulary/Figures.h).
    const char *salesFromOrders = "SELECT ordered_at / 86400, count(*), count(*) FILTER (WHERE amount_minor > 0), "
                                  "sum(amount_minor), count(*) FILTER (WHERE amount_minor < 0), "
                                  "coalesce(sum(amount_minor) FILTER (WHERE amount_minor < 0), 0) FROM transactions "
                                  "GROUP BY 1 ORDER BY 1";
    const char *sales = "SELECT day, transactions, orders, revenue_minor, refunds, refund_minor FROM sales_daily "
                        "WHERE transactions <> 0 ORDER BY day";
    const char *metrics = "SELECT customer_id, orders, revenue_minor, first_purchase_at, last_purchase_at, events, "
                          "first_event_at, last_event_at FROM customer_metrics ORDER BY customer_id";
    QCOMPARE(table(sales), table(salesFromOrders));
    // Each customer's months, as the triggers keep them, read straight from the orders.
    QCOMPARE(table("SELECT customer_id, month, orders, revenue_minor FROM customer_months ORDER BY 1, 2"),
             table("SELECT customer_id, CAST(strftime('%Y', ordered_at, 'unixepoch') AS INTEGER) * 12 "
                   "+ CAST(strftime('%m', ordered_at, 'unixepoch') AS INTEGER) - 1, "
                   "count(*) FILTER (WHERE amount_minor > 0), sum(amount_minor) FROM transactions "
                   "WHERE customer_id IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"));
    const QStringList metricsAfterImport = table(metrics);
    db().exec("SAVEPOINT rebuild");
    CustomerMetrics::recomputeAll(db());
    QCOMPARE(metricsAfterImport, table(metrics));
    db().exec("ROLLBACK TO rebuild; RELEASE rebuild");
    QCOMPARE(table("PRAGMA foreign_key_check"), QStringList());
    QCOMPARE(scalar(db(), "PRAGMA foreign_keys"), 1);
    QCOMPARE(table("SELECT name FROM sqlite_schema WHERE tbl_name = 'transactions' ORDER BY name"),
             (QStringList{u"sqlite_autoindex_transactions_1"_s, u"transactions"_s, u"transactions_customer"_s,
                          u"transactions_months_delete"_s, u"transactions_months_insert"_s,
                          u"transactions_months_update"_s, u"transactions_sales_delete"_s,
                          u"transactions_sales_insert"_s, u"transactions_sales_update"_s, u"transactions_time"_s}));

    // The same file again (bulk again: it is as large as what is there) adds nothing.
    const QStringList salesBefore = table(sales);
    const ImportResult again = import(path, ImportKind::Transactions);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY(again.summary.bulkLoad);
    QCOMPARE(again.summary.rowsDuplicate, rows);
    QCOMPARE(again.summary.customersCreated, 0);
    QCOMPARE(table(sales), salesBefore);
    QCOMPARE(table(metrics), metricsAfterImport);
}

void TestImport::dryRunWritesNothing()
{
    const QString path =
        write(u"orders.csv"_s, "order_id,customer_id,order_date,amount\n1,C1,2024-01-01,10\n2,C2,bad,20\n");
    ImportRequest request;
    request.dryRun = true;
    const ImportResult result = import(path, ImportKind::Transactions, request);
    QVERIFY(result.ok());
    QCOMPARE(result.summary.rowsImported, 1);
    QCOMPARE(result.summary.rowsRejected, 1);
    QVERIFY(result.summary.rejectsFile.isEmpty());
    QCOMPARE(scalar(db(), "SELECT count(*) FROM transactions"), 0);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM customers"), 0);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM imports"), 0);
    QVERIFY(!QFile::exists(Importer::defaultRejectsPath(path)));
}

void TestImport::cancelLeavesWorkspaceUnchanged()
{
    QByteArray data = "order_id,customer_id,order_date,amount\n";
    for (int i = 0; i < 30000; ++i)
        data += QByteArray::number(i) + ",C" + QByteArray::number(i % 500) + ",2024-01-01,10\n";
    const QString path = write(u"big.csv"_s, data);
    std::atomic_bool cancel = false;
    ImportRequest request;
    request.path = path;
    request.kind = ImportKind::Transactions;
    const ImportResult result = Importer::run(
        db(), request,
        [&](qint64, qint64, qint64 rows) {
            if (rows >= 8000)
                cancel = true;
        },
        &cancel);
    QVERIFY(result.cancelled);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM transactions"), 0);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM customers"), 0);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM imports"), 0);
    QCOMPARE(text(db(), "PRAGMA integrity_check"), u"ok"_s);
    // And the same file then imports completely.
    QCOMPARE(import(path, ImportKind::Transactions).summary.rowsImported, 30000);
}

void TestImport::fullDiskLeavesWorkspaceUnchanged()
{
    QVERIFY(import(write(u"first.csv"_s, "member_id,name\nM1,Wang\n"), ImportKind::Contacts).ok());
    QByteArray data = "order_id,customer_id,order_date,amount,product\n";
    for (int i = 0; i < 30000; ++i)
        data += "SO" + QByteArray::number(i) + ",C" + QByteArray::number(i % 5000) + ",2024-01-01 10:00,"
            + QByteArray::number(i % 997) + ".50,Green tea\n";
    const QString path = write(u"orders.csv"_s, data);
    // The disk fills a few hundred kilobytes into the import (SQLite's page limit stands
    // in for the disk: the same error reaches the same code).
    const qint64 pages = scalar(db(), "PRAGMA page_count");
    db().exec("PRAGMA max_page_count = " + std::to_string(pages + 100));
    const ImportResult full = import(path, ImportKind::Transactions);
    QVERIFY(!full.ok());
    QVERIFY2(full.error.contains(u"the disk is full"_s), qPrintable(full.error));
    QVERIFY2(full.error.contains(u"orders.csv"_s) && full.error.contains(u"unchanged"_s), qPrintable(full.error));
    QCOMPARE(scalar(db(), "SELECT count(*) FROM transactions"), 0);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM imports"), 1); // the first import only
    QCOMPARE(scalar(db(), "SELECT count(*) FROM customers"), 1);
    QCOMPARE(text(db(), "PRAGMA integrity_check"), u"ok"_s);
    // With room again the same file imports whole.
    db().exec("PRAGMA max_page_count = 1073741823");
    QCOMPARE(import(path, ImportKind::Transactions).summary.rowsImported, 30000);
}

void TestImport::hostileFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("error"); // the import refused, with this in its message
    QTest::addColumn<int>("imported");
    QTest::addColumn<qint64>("rejectedLine"); // the first rejected row's line (0: none)
    QTest::addColumn<int>("rejectedColumn");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QByteArray() << QString() << u"is empty"_s << 0 << qint64(0) << 0 << QString();
    QTest::newRow("header only") << QByteArray("member_id,name,phone\n") << QString() << QString() << 0 << qint64(0)
                                 << 0 << QString();
    QByteArray wide;
    for (int i = 0; i < 100000; ++i)
        wide += (i ? "," : "") + QByteArray("c") + QByteArray::number(i);
    wide += "\n";
    for (int i = 0; i < 100000; ++i)
        wide += i ? ",v" : "v";
    QTest::newRow("100,000 columns") << wide << QString() << u"need a column for: an identifier"_s << 0 << qint64(0)
                                     << 0 << QString();
    QTest::newRow("50 MB field") << QByteArray("member_id,name\nM1,Li\nM2,\"" + QByteArray(50 << 20, 'x')
                                               + "\"\nM3,Wu\n")
                                 << QString() << QString() << 2 << qint64(3) << 2 << u"at most 1 MB"_s;
    QTest::newRow("NUL bytes") << QByteArray("member_id,name\nM1,Wang\0Li\n", 27) << QString() << u"NUL bytes"_s << 0
                               << qint64(0) << 0 << QString();
    QTest::newRow("binary renamed .csv") << QByteArray::fromHex(
        "89504e470d0a1a0a0000000d49484452000000100000001008060000")
                                         << QString() << u"binary data"_s << 0 << qint64(0) << 0 << QString();
    QTest::newRow("invalid UTF-8 declared") << QByteArray("member_id,name\nM1,ok\nM2,\xff\xfe bad\n") << u"UTF-8"_s
                                            << QString() << 1 << qint64(3) << 2 << u"not valid UTF-8"_s;
    QTest::newRow("invalid GB18030 declared")
        << (QByteArray("member_id,name\nM1,") + QByteArray::fromHex("cdf5d0a1c3f7")
            + "\nM2,\x81\x20"
              "bad\n")
        << u"GB18030"_s << QString() << 1 << qint64(3) << 2 << u"not valid GB18030"_s;
    QTest::newRow("unterminated quote at the end")
        << QByteArray("member_id,name\nM1,Chen\nM2,\"Open to the end\n") << QString() << QString() << 1 << qint64(3)
        << 2 << u"never closed"_s;
}

// Hostile and broken files: a clear answer naming the line and column, nothing half
// written, the workspace intact.
void TestImport::hostileFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, error);
    QFETCH(int, imported);
    QFETCH(qint64, rejectedLine);
    QFETCH(int, rejectedColumn);
    QFETCH(QString, reason);
    const QString path = write(u"hostile.csv"_s, bytes);
    bytes.clear();
    ImportRequest request;
    request.sniff.encoding = encoding;
    request.writeRejectsFile = false;
    const ImportResult result = import(path, ImportKind::Contacts, request);
    if (!error.isEmpty()) {
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"hostile.csv"_s), qPrintable(result.error));
        QCOMPARE(scalar(db(), "SELECT count(*) FROM imports"), 0);
    } else {
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.summary.rowsImported, imported);
        if (rejectedLine > 0) {
            QCOMPARE(result.summary.rowsRejected, 1);
            QCOMPARE(result.summary.firstRejects.constFirst().line, rejectedLine);
            QCOMPARE(result.summary.firstRejects.constFirst().column, rejectedColumn);
            QVERIFY2(result.summary.firstRejects.constFirst().reason.contains(reason),
                     qPrintable(result.summary.firstRejects.constFirst().reason));
            QVERIFY(result.summary.firstRejects.constFirst().raw.size() <= 4097); // shown, not held whole
            // The rejected row is kept in the workspace, up to its first 64 KB (a 50 MB row is
            // an open quote that swallowed the file: its reason says it was cut).
            const qint64 kept = scalar(db(), "SELECT max(length(CAST(raw AS BLOB))) FROM import_rejects");
            QVERIFY(kept > 0);
            QVERIFY(kept <= 64 * 1024);
            if (QTest::currentDataTag() == QByteArrayLiteral("50 MB field")) {
                QCOMPARE(kept, 64 * 1024);
                QVERIFY(result.summary.firstRejects.constFirst().reason.contains(u"first 64 KB of 50.0 MB"_s));
            }
        } else {
            QCOMPARE(result.summary.rowsRejected, 0);
        }
    }
    QCOMPARE(scalar(db(), "SELECT count(*) FROM customers"), imported);
    QCOMPARE(text(db(), "PRAGMA integrity_check"), u"ok"_s);
}

void TestImport::killedImportIsAllOrNothing()
{
#ifdef Q_OS_UNIX
    QByteArray data = "order_id,customer_id,order_date,amount,product\n";
    for (int i = 0; i < 150000; ++i)
        data += "SO" + QByteArray::number(i) + ",C" + QByteArray::number(i % 20000) + ",2024-01-01 10:00,"
            + QByteArray::number(i % 997) + ".50,\"Tea, green\"\n";
    const QString path = write(u"orders.csv"_s, data);
    const QString workspace = m_workspace->path();
    m_workspace.reset(); // the child writes; we look afterwards
    QRandomGenerator random(7);
    int killed = 0;
    for (int round = 0; round < 6; ++round) {
        QProcess child;
        child.start(QStringLiteral(MWB_CLI_PATH), {u"import"_s, workspace, u"--kind"_s, u"transactions"_s, path});
        QVERIFY(child.waitForStarted());
        QTest::qWait(random.bounded(20, 1200));
        if (child.state() == QProcess::Running) {
            ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
            ++killed;
        }
        child.waitForFinished(60000);
        SQLite::Database check(workspace.toStdString(), SQLite::OPEN_READWRITE);
        QCOMPARE(text(check, "PRAGMA integrity_check"), u"ok"_s);
        const qint64 orders = scalar(check, "SELECT count(*) FROM transactions");
        QVERIFY2(orders == 0 || orders == 150000, qPrintable(QString::number(orders)));
        QCOMPARE(scalar(check, "SELECT coalesce(sum(orders), 0) FROM sales_daily"), orders);
        if (orders == 150000)
            break;
    }
    qInfo("killed %d imports", killed);
    // Left alone, the same import completes.
    QProcess child;
    child.start(QStringLiteral(MWB_CLI_PATH), {u"import"_s, workspace, u"--kind"_s, u"transactions"_s, path});
    QVERIFY(child.waitForFinished(120000));
    QCOMPARE(child.exitCode(), 0);
    {
        SQLite::Database check(workspace.toStdString(), SQLite::OPEN_READONLY);
        QCOMPARE(scalar(check, "SELECT count(*) FROM transactions"), 150000);
    }
    auto reopened = Workspace::open(workspace);
    QVERIFY(reopened.workspace);
    m_workspace = std::move(reopened.workspace);
#else
    QSKIP("SIGKILL is a Unix signal");
#endif
}

namespace {
// Every table's content, to compare a workspace before and after.
QString snapshot(SQLite::Database &db)
{
    QString out;
    for (const char *sql :
         {"SELECT * FROM customers ORDER BY id", "SELECT * FROM identities ORDER BY kind, value",
          "SELECT * FROM customer_tags ORDER BY customer_id, tag", "SELECT * FROM transactions ORDER BY id",
          "SELECT * FROM events ORDER BY id", "SELECT * FROM customer_metrics ORDER BY customer_id",
          "SELECT * FROM sales_daily WHERE orders <> 0 ORDER BY day"}) {
        SQLite::Statement query(db, sql);
        while (query.executeStep()) {
            for (int c = 0; c < query.getColumnCount(); ++c)
                out += QString::fromStdString(query.getColumn(c).getString()) + u'|';
            out += u'\n';
        }
    }
    return out;
}
} // namespace

void TestImport::undoRemovesExactlyWhatWasAdded()
{
    QVERIFY(import(write(u"contacts.csv"_s,
                         "id,name,city,phone,tags\nM1,Wang Wei,Shanghai,13800138000,vip\n"
                         "M2,Li Na,Beijing,,\n"),
                   ImportKind::Contacts)
                .ok());
    QVERIFY(import(write(u"orders.csv"_s, "order_id,customer_id,order_date,amount\nA1,M1,2024-01-01,10\n"),
                   ImportKind::Transactions)
                .ok());
    const QString before = snapshot(db());

    const ImportResult contacts = import(write(u"update.csv"_s,
                                               "id,name,city,email,tags\n"
                                               "M1,Wang Wei Jr,Hangzhou,wei@example.cn,newsletter\n"
                                               "M3,Zhang Min,Guangzhou,min@example.cn,\n"),
                                         ImportKind::Contacts);
    const ImportResult orders = import(write(u"more.csv"_s,
                                             "order_id,customer_id,order_date,amount\n"
                                             "A2,M2,2024-02-01,20\nA3,M9,2024-02-02,30\n"),
                                       ImportKind::Transactions);
    const ImportResult events =
        import(write(u"touch.csv"_s, "customer_id,time,event\nM1,2024-02-03 10:00,visit\n"), ImportKind::Events);
    QVERIFY(contacts.ok() && orders.ok() && events.ok());
    QVERIFY(snapshot(db()) != before);

    // Newest first, as the Imports page lists them.
    const UndoResult e = ImportHistory::undo(db(), events.summary.importId);
    QVERIFY2(e.ok(), qPrintable(e.error));
    QCOMPARE(e.eventsRemoved, 1);
    const UndoResult o = ImportHistory::undo(db(), orders.summary.importId);
    QVERIFY2(o.ok(), qPrintable(o.error));
    QCOMPARE(o.transactionsRemoved, 2);
    QCOMPARE(o.customersRemoved, 1); // M9 came with its order
    const UndoResult c = ImportHistory::undo(db(), contacts.summary.importId);
    QVERIFY2(c.ok(), qPrintable(c.error));
    QCOMPARE(c.customersRemoved, 1);  // M3
    QCOMPARE(c.customersRestored, 1); // M1's name and city
    QCOMPARE(snapshot(db()), before);
    QCOMPARE(ImportHistory::list(db()).constFirst().status, u"undone"_s);
    QVERIFY(!ImportHistory::undo(db(), contacts.summary.importId).ok()); // not twice
}

void TestImport::postalAddressesAreMappedAndUndone()
{
    // Chinese and English headers of a postal address map without help.
    const ImportResult chinese = import(write(u"members.csv"_s,
                                              u"会员编号,姓名,收货地址,邮编,城市\n"
                                              "M1,王伟,人民路88号,200001,上海\n"
                                              "M2,李娜,,,北京\n"_s.toUtf8()),
                                        ImportKind::Contacts);
    QVERIFY2(chinese.ok(), qPrintable(chinese.error));
    QCOMPARE(chinese.summary.mapping.value(2), ImportField::Address);
    QCOMPARE(chinese.summary.mapping.value(3), ImportField::PostalCode);
    QCOMPARE(text(db(), "SELECT address || '|' || postal_code FROM customers WHERE external_id = 'M1'"),
             u"人民路88号|200001"_s);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM customers WHERE external_id = 'M2' AND address IS NULL"), 1);
    const QString before = snapshot(db());

    const ImportResult english = import(write(u"crm.csv"_s,
                                              "Id,Mailing Street,Mailing Zip/Postal Code,Billing City\n"
                                              "M1,12 High Street,SW1A 1AA,London\n"
                                              "M2,3 Mill Road,CB1 2AD,Cambridge\n"),
                                        ImportKind::Contacts);
    QVERIFY2(english.ok(), qPrintable(english.error));
    QCOMPARE(english.summary.mapping.value(1), ImportField::Address);
    QCOMPARE(english.summary.mapping.value(2), ImportField::PostalCode);
    QCOMPARE(text(db(), "SELECT address || '|' || postal_code FROM customers WHERE external_id = 'M1'"),
             u"12 High Street|SW1A 1AA"_s);
    QCOMPARE(text(db(), "SELECT address FROM customers WHERE external_id = 'M2'"), u"3 Mill Road"_s);
    // Undo puts back the address each customer had, the blank one included.
    QVERIFY(ImportHistory::undo(db(), english.summary.importId).ok());
    QCOMPARE(snapshot(db()), before);
}

void TestImport::undoRefusesWhenALaterImportBuiltOnIt()
{
    const ImportResult first = import(
        write(u"a.csv"_s, "order_id,customer_id,order_date,amount\nA1,C1,2024-01-01,10\n"), ImportKind::Transactions);
    const ImportResult second = import(
        write(u"b.csv"_s, "order_id,customer_id,order_date,amount\nB1,C1,2024-01-02,10\n"), ImportKind::Transactions);
    const QString before = snapshot(db());
    const UndoResult refused = ImportHistory::undo(db(), first.summary.importId);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(u"#%1"_s.arg(second.summary.importId)), qPrintable(refused.error));
    QCOMPARE(snapshot(db()), before);
    QVERIFY(ImportHistory::undo(db(), second.summary.importId).ok());
    QVERIFY(ImportHistory::undo(db(), first.summary.importId).ok());
    QCOMPARE(scalar(db(), "SELECT count(*) FROM customers"), 0);
}

void TestImport::missingFieldsAreNamed()
{
    const ImportResult result =
        import(write(u"orders.csv"_s, "order_id,customer_id,amount\n1,C1,10\n"), ImportKind::Transactions);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"order date"_s), qPrintable(result.error));
    QVERIFY(result.error.contains(u"orders.csv"_s));
    QCOMPARE(scalar(db(), "SELECT count(*) FROM imports"), 0);
}

void TestImport::mappingPresetsComeBack()
{
    const QString path = write(u"odd.csv"_s, "Ref,Who,When,Paid\nX1,C1,2024-01-01,10\n");
    ImportRequest request;
    request.mapping = {ImportField::OrderId, ImportField::ExternalId, ImportField::OrderDate, ImportField::Amount};
    QVERIFY(import(path, ImportKind::Transactions, request).ok());
    MappingPresets::save(
        db(),
        {u"shop export"_s, ImportKind::Transactions, {u"Ref"_s, u"Who"_s, u"When"_s, u"Paid"_s}, request.mapping, {}});
    const auto found = MappingPresets::matching(db(), path, ImportKind::Transactions, {});
    QVERIFY(found.has_value());
    QCOMPARE(found->name, u"shop export"_s);
    QCOMPARE(found->mapping, request.mapping);
    QVERIFY(!MappingPresets::matching(db(), path, ImportKind::Contacts, {}).has_value());

    const QString json = write(u"mapping.json"_s, R"({"columns": {"ref": "order_id", "Who": "external_id",
                                                      "When": "order_date", "Paid": "amount"}})");
    const LoadedMapping loaded = MappingPresets::resolve(db(), json, ImportKind::Transactions, path, {});
    QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
    QCOMPARE(loaded.mapping, request.mapping);
    const QString bad = write(u"bad.json"_s, R"({"columns": {"Ref": "order_number"}})");
    QVERIFY(MappingPresets::resolve(db(), bad, ImportKind::Transactions, path, {}).error.contains(u"order_number"_s));

    // Applied to a file that has some of the columns, in another order and spelling.
    const QStringList other{u"paid"_s, u"Note"_s, u"REF"_s};
    const QList<ImportField> proposed{ImportField::Ignore, ImportField::Ignore, ImportField::Ignore};
    QCOMPARE(MappingPresets::sharedColumns(*found, other), 2);
    QCOMPARE(MappingPresets::applyTo(*found, other, proposed).mapping,
             (QList<ImportField>{ImportField::Amount, ImportField::Ignore, ImportField::OrderId}));
    QVERIFY(found->updatedAt.isValid());

    // Renamed (not onto a taken or empty name) and removed.
    MappingPresets::save(db(), {u"other"_s, ImportKind::Contacts, {u"Email"_s}, {ImportField::Email}, {}});
    QVERIFY(MappingPresets::rename(db(), u"shop export"_s, u"other"_s).contains(u"already exists"_s));
    QVERIFY(!MappingPresets::rename(db(), u"shop export"_s, u"  "_s).isEmpty());
    QVERIFY(!MappingPresets::rename(db(), u"missing"_s, u"new"_s).isEmpty());
    QCOMPARE(MappingPresets::rename(db(), u"shop export"_s, u" Shop "_s), QString());
    QCOMPARE(MappingPresets::matching(db(), path, ImportKind::Transactions, {})->name, u"Shop"_s);
    QCOMPARE(MappingPresets::remove(db(), u"Shop"_s), QString());
    QVERIFY(!MappingPresets::remove(db(), u"Shop"_s).isEmpty());
    QVERIFY(!MappingPresets::matching(db(), path, ImportKind::Transactions, {}).has_value());
    QCOMPARE(MappingPresets::list(db()).size(), 1);
}

void TestImport::onlineRetail()
{
    const QDir dir(QStringLiteral(MWB_SHARED_DATA_DIR) + u"/online-retail-uci"_s);
    if (!dir.exists())
        QSKIP(
            "../shared/data/online-retail-uci is not present (the real-world test data sets live beside the checkout)");
    // Expected figures, computed here without the importer: invoices, customers and revenue.
    QSet<QString> invoices, customers, guestInvoices;
    QHash<QString, qint64> invoiceMinor;  // an invoice's lines add up to its amount
    QHash<QString, qint64> productMinor;  // by stock code: what its lines add up to
    QHash<QString, qint64> customerMinor; // by customer id: what their lines add up to
    qint64 revenueMinor = 0;
    qint64 lines = 0;
    const auto files = dir.entryList({u"*.csv"_s}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.readLine();
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty())
                continue;
            // Description may hold quoted commas: read the fixed columns from both ends.
            const QStringList head = line.section(u',', 0, 1).split(u',');
            const QStringList tail = line.section(u',', -5).split(u',');
            ++lines;
            invoices.insert(head.at(0));
            const qint64 quantity = tail.at(0).toLongLong();
            const double price = tail.at(2).toDouble();
            const qint64 lineMinor = std::llround(quantity * price * 100.0);
            revenueMinor += lineMinor;
            invoiceMinor[head.at(0)] += lineMinor;
            productMinor[head.at(1).trimmed()] += lineMinor;
            if (!tail.at(3).isEmpty()) {
                customers.insert(tail.at(3).section(u'.', 0, 0));
                customerMinor[tail.at(3).section(u'.', 0, 0)] += lineMinor;
            } else
                guestInvoices.insert(head.at(0));
        }
    }
    // What the files hold beyond their rows: invoices without a customer that are orders, and
    // cancellations (invoices whose lines add up below zero) that become refunds.
    qint64 guestOrders = 0, guestOrderMinor = 0, refunds = 0, refundMinor = 0;
    for (auto it = invoiceMinor.cbegin(); it != invoiceMinor.cend(); ++it) {
        if (it.value() > 0 && guestInvoices.contains(it.key())) {
            ++guestOrders;
            guestOrderMinor += it.value();
        } else if (it.value() < 0) {
            ++refunds;
            refundMinor += it.value();
        }
    }
    qint64 imported = 0;
    ImportSummary total;
    for (const QString &name : files) {
        const ImportResult result = import(dir.filePath(name), ImportKind::Transactions);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.summary.rowsRejected, 0);
        imported += result.summary.rowsImported;
        total.guestOrders += result.summary.guestOrders;
        total.guestOrderMinor += result.summary.guestOrderMinor;
        total.refunds += result.summary.refunds;
        total.refundMinor += result.summary.refundMinor;
    }
    QCOMPARE(imported, lines);
    QVERIFY(guestOrders > 100 && refunds > 100); // not vacuous: December 2010 holds both
    QCOMPARE(total.guestOrders, guestOrders);
    QCOMPARE(total.guestOrderMinor, guestOrderMinor);
    QCOMPARE(total.refunds, refunds);
    QCOMPARE(total.refundMinor, refundMinor);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM transactions"), qint64(invoices.size()));
    QCOMPARE(scalar(db(), "SELECT count(*) FROM customers"), qint64(customers.size()));
    QCOMPARE(scalar(db(), "SELECT sum(revenue_minor) FROM sales_daily"), revenueMinor);

    // Every line is kept, guests' included, each of its product; an order is its lines.
    QCOMPARE(scalar(db(), "SELECT count(*) FROM order_lines"), lines);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM products"), qint64(productMinor.size()));
    QCOMPARE(scalar(db(), "SELECT count(*) FROM order_lines WHERE product_id IS NULL"), 0);
    QCOMPARE(scalar(db(),
                    "SELECT count(*) FROM transactions t WHERE amount_minor <> "
                    "(SELECT sum(amount_minor) FROM order_lines l WHERE l.order_id = t.id)"),
             0);
    QHash<QString, qint64> storedProductMinor;
    {
        SQLite::Statement query(db(),
                                "SELECT p.code, sum(l.amount_minor) FROM order_lines l "
                                "JOIN products p ON p.id = l.product_id GROUP BY p.code");
        while (query.executeStep())
            storedProductMinor.insert(QString::fromStdString(query.getColumn(0).getString()),
                                      query.getColumn(1).getInt64());
    }
    QCOMPARE(storedProductMinor, productMinor);
    QHash<QString, qint64> storedCustomerMinor;
    {
        SQLite::Statement query(db(),
                                "SELECT c.external_id, sum(l.amount_minor) FROM order_lines l "
                                "JOIN transactions t ON t.id = l.order_id "
                                "JOIN customers c ON c.id = t.customer_id GROUP BY c.id");
        while (query.executeStep())
            storedCustomerMinor.insert(QString::fromStdString(query.getColumn(0).getString()),
                                       query.getColumn(1).getInt64());
    }
    QCOMPARE(storedCustomerMinor, customerMinor);
    QCOMPARE(text(db(), "PRAGMA integrity_check"), u"ok"_s);

    // Imported again, nothing is added; undone, the second import takes nothing with it.
    const ImportResult again = import(dir.filePath(files.first()), ImportKind::Transactions);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.summary.rowsImported, 0);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM order_lines"), lines);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
