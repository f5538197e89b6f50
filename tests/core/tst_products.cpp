// Products and order lines: the product figures, basket pairs and replenishment intervals
// against hand-worked examples, and the Online Retail files against figures computed here
// from the files without the importer.
#include "customers/CustomerExport.h"
#include "import/Importer.h"
#include "products/BasketAnalysis.h"
#include "products/ProductCatalogue.h"
#include "products/ProductReport.h"
#include "products/Replenishment.h"
#include "segments/SegmentDefinition.h"
#include "segments/SegmentQuery.h"
#include "store/Days.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Statement.h>

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace mwb;

class TestProducts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void productFiguresByHand();
    void basketPairsByHand();
    void replenishmentIntervalsByHand();
    void crossSellSegment();
    void onlineRetail();

private:
    SQLite::Database &db() { return m_workspace->db(); }
    QString write(const QString &name, const QByteArray &content);
    void importLines(const QByteArray &csv);
    qint64 count(const QByteArray &definition);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    int m_files = 0;
};

void TestProducts::init()
{
    QVERIFY(m_dir.isValid());
    auto created = Workspace::create(m_dir.filePath(u"ws%1.mwb"_s.arg(++m_files)), {u"GB"_s, u"GBP"_s});
    QVERIFY2(created.workspace, qPrintable(created.error.message));
    m_workspace = std::move(created.workspace);
}

void TestProducts::cleanup()
{
    m_workspace.reset();
}

QString TestProducts::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestProducts::importLines(const QByteArray &csv)
{
    ImportRequest request;
    request.path = write(u"lines%1.csv"_s.arg(++m_files), csv);
    request.kind = ImportKind::Transactions;
    const ImportResult result = Importer::run(db(), request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.summary.rowsRejected, 0);
}

qint64 TestProducts::count(const QByteArray &definition)
{
    const SegmentParse parsed = SegmentDefinition::fromText(definition);
    if (!parsed.ok())
        qFatal("%s", qPrintable(parsed.error));
    const SegmentCount counted = SegmentQuery::count(db(), parsed.node);
    if (!counted.ok())
        qFatal("%s", qPrintable(counted.error));
    return counted.count;
}

// Five orders with a line bought, one refund; worked out by hand below.
const QByteArray kBaskets = "order,date,customer_id,sku,description,category,qty,price\n"
                            "O1,2024-01-01,C1,A,Apple tea,Tea,2,5.00\n"
                            "O1,2024-01-01,C1,B,Brush,Tools,1,3.00\n"
                            "O2,2024-01-02,C2,A,Apple tea,Tea,1,5.00\n"
                            "O2,2024-01-02,C2,B,Brush,Tools,1,3.00\n"
                            "O2,2024-01-02,C2,C,Cup,Tools,1,4.00\n"
                            "O3,2024-01-05,C1,A,Apple tea,Tea,1,5.00\n"
                            "O3,2024-01-05,C1,A,Apple tea,Tea,1,5.00\n"
                            "O4,2024-01-06,C3,B,Brush,Tools,1,3.00\n"
                            "O4,2024-01-06,C3,C,Cup,Tools,2,4.00\n"
                            "O5,2024-01-07,,C,Cup,Tools,1,4.00\n"
                            "R1,2024-01-08,C2,A,Apple tea,Tea,-1,5.00\n"
                            "R1,2024-01-08,C2,B,Brush,Tools,-1,3.00\n";

void TestProducts::productFiguresByHand()
{
    importLines(kBaskets);
    const QList<ProductFigures> products = ProductReport::compute(db(), {});
    QCOMPARE(products.size(), 3);
    // A: orders O1 O2 O3 (O3 holds it twice), customers C1 C2, C1 twice; 2+1+1+1 units;
    // 10+5+5+5 less the 5 refunded = 20.00.
    const auto find = [&](const QString &key) {
        return *std::find_if(products.cbegin(), products.cend(), [&](const ProductFigures &f) { return f.key == key; });
    };
    const ProductFigures a = find(u"A"_s);
    QCOMPARE(a.orders, 3);
    QCOMPARE(a.customers, 2);
    QCOMPARE(a.repeatCustomers, 1);
    QCOMPARE(a.quantity, 5);
    QCOMPARE(a.revenueMinor, 2000);
    QCOMPARE(a.name, u"Apple tea"_s);
    QCOMPARE(a.category, u"Tea"_s);
    // C: O2 O4 and the guest's O5; customers C2 C3; 1+2+1 units; 4+8+4 = 16.00.
    const ProductFigures c = find(u"C"_s);
    QCOMPARE(c.orders, 3);
    QCOMPARE(c.customers, 2);
    QCOMPARE(c.repeatCustomers, 0);
    QCOMPARE(c.quantity, 4);
    QCOMPARE(c.revenueMinor, 1600);
    // Sorted by revenue: A 20.00, C 16.00, B 9-3 = 6.00.
    QCOMPARE(products.at(0).key, u"A"_s);
    QCOMPARE(products.at(1).key, u"C"_s);
    QCOMPARE(products.at(2).revenueMinor, 600);

    // By category: Tools is B and C together: orders O1 O2 O4 O5.
    ProductReportOptions byCategory;
    byCategory.by = ProductGrouping::Category;
    const QList<ProductFigures> categories = ProductReport::compute(db(), byCategory);
    QCOMPARE(categories.size(), 2);
    QCOMPARE(categories.at(0).key, u"Tools"_s); // 22.00 against Tea's 20.00
    QCOMPARE(categories.at(0).orders, 4);
    QCOMPARE(categories.at(0).customers, 3);
    QCOMPARE(categories.at(0).revenueMinor, 300 + 300 + 400 + 300 + 800 + 400 - 300);
    QCOMPARE(categories.at(1).key, u"Tea"_s);

    // A period: 2024-01-05 to 2024-01-06 holds O3 and O4.
    ProductReportOptions period;
    period.from = qint64(dayNumber(QDate(2024, 1, 5))) * 86400;
    period.until = qint64(dayNumber(QDate(2024, 1, 7))) * 86400;
    const QList<ProductFigures> inPeriod = ProductReport::compute(db(), period);
    QCOMPARE(inPeriod.size(), 3);
    QCOMPARE(inPeriod.at(0).key, u"A"_s);
    QCOMPARE(inPeriod.at(0).orders, 1);
    QCOMPARE(inPeriod.at(0).revenueMinor, 1000);
}

void TestProducts::basketPairsByHand()
{
    importLines(kBaskets);
    // Orders with a line bought: O1 {A,B}, O2 {A,B,C}, O3 {A}, O4 {B,C}, O5 {C} (R1 is a refund).
    // A in 3, B in 3, C in 3 of 5; AB in 2, BC in 2, AC in 1.
    BasketOptions options;
    options.minSupport = 0.3; // AC (0.2) left out
    options.limit = 0;
    const BasketResult result = BasketAnalysis::compute(db(), options);
    QCOMPARE(result.orders, 5);
    QCOMPARE(result.pairs.size(), 4);
    for (const BasketPair &p : result.pairs) {
        QVERIFY2((p.a == u"A"_s && p.b == u"B"_s) || (p.a == u"B"_s && p.b == u"A"_s)
                     || (p.a == u"B"_s && p.b == u"C"_s) || (p.a == u"C"_s && p.b == u"B"_s),
                 qPrintable(p.a + u"→"_s + p.b));
        QCOMPARE(p.orders, 2);
        QCOMPARE(p.support, 0.4);
        QCOMPARE(p.confidence, 2.0 / 3.0); // each of A, B, C is in 3 orders
        QCOMPARE(p.lift, (2.0 / 3.0) / (3.0 / 5.0));
    }
    options.minSupport = 0.2;
    const BasketResult all = BasketAnalysis::compute(db(), options);
    QCOMPARE(all.pairs.size(), 6);
    QCOMPARE(all.pairs.last().lift, (1.0 / 3.0) / (3.0 / 5.0)); // A→C and C→A last
    QCOMPARE(all.pairs.last().orders, 1);

    // By category: Tea {O1,O2,O3}, Tools {O1,O2,O4,O5}; both in O1, O2.
    options.by = ProductGrouping::Category;
    const BasketResult categories = BasketAnalysis::compute(db(), options);
    QCOMPARE(categories.orders, 5);
    QCOMPARE(categories.pairs.size(), 2);
    const BasketPair teaTools = categories.pairs.at(0).a == u"Tea"_s ? categories.pairs.at(0) : categories.pairs.at(1);
    QCOMPARE(teaTools.confidence, 2.0 / 3.0);
    QCOMPARE(teaTools.lift, (2.0 / 3.0) / (4.0 / 5.0));
}

void TestProducts::replenishmentIntervalsByHand()
{
    // Lenses: C1..C10 buy on days 0, 28 and 60 (intervals 28 and 32); C11 on days 0 and 100, and
    // twice on day 0 (one purchase). 21 intervals: ten of 28, ten of 32, one of 100: median 32.
    // Solution: bought again by 9 customers only: no interval.
    QByteArray csv = "order,date,customer_id,sku,description,category,qty,price\n";
    const QDate start(2024, 1, 1);
    int order = 0;
    const auto line = [&](int customer, int day, const char *sku, const char *category) {
        csv += "O" + QByteArray::number(++order) + "," + start.addDays(day).toString(Qt::ISODate).toLatin1() + ",C"
            + QByteArray::number(customer) + "," + sku + "," + sku + " name," + category + ",1,10\n";
    };
    for (int c = 1; c <= 10; ++c) {
        for (int day : {0, 28, 60})
            line(c, day, "LENS", "Eyes");
        if (c <= 9) {
            line(c, 5, "SOL", "Eyes");
            line(c, 50, "SOL", "Eyes");
        }
    }
    line(11, 0, "LENS", "Eyes");
    line(11, 0, "LENS", "Eyes");
    line(11, 100, "LENS", "Eyes");
    importLines(csv);

    ReplenishmentOptions options;
    options.referenceDate = start.addDays(100);
    const QList<ReplenishmentInterval> intervals = Replenishment::compute(db(), options);
    QCOMPARE(intervals.size(), 1);
    QCOMPARE(intervals.at(0).key, u"LENS"_s);
    QCOMPARE(intervals.at(0).customers, 11);
    QCOMPARE(intervals.at(0).repeats, 21);
    QCOMPARE(intervals.at(0).medianDays, 32.0);
    // Due: C1..C10 on day 92 (overdue on day 100), C11 on day 132 (not within 7 days).
    QCOMPARE(intervals.at(0).overdue, 10);
    QCOMPARE(intervals.at(0).dueSoon, 0);
    options.minCustomers = 9;
    QCOMPARE(Replenishment::compute(db(), options).size(), 2);
    // By category: Eyes holds both products: C1..C9 buy on days 0, 5, 28, 50, 60.
    options.by = ProductGrouping::Category;
    options.minCustomers = 10;
    const QList<ReplenishmentInterval> eyes = Replenishment::compute(db(), options);
    QCOMPARE(eyes.size(), 1);
    QCOMPARE(eyes.at(0).repeats, 9 * 4 + 2 + 1);

    // The segment field: kept intervals first (the import asked for them again).
    QVERIFY(Replenishment::ensureCurrent(db()));
    QVERIFY(!Replenishment::ensureCurrent(db()));
    const QString due92 = start.addDays(92).toString(Qt::ISODate);
    QCOMPARE(count("{\"field\": \"replenishment_due\", \"op\": \"=\", \"value\": \"" + due92.toLatin1() + "\"}"), 10);
    QCOMPARE(count("{\"field\": \"replenishment_due\", \"op\": \">\", \"value\": \"" + due92.toLatin1() + "\"}"), 1);
    QCOMPARE(count("{\"field\": \"replenishment_due\", \"op\": \"is_empty\"}"), 0);
    // The same fields in a customer export.
    CustomerExportRequest request;
    request.path = m_dir.filePath(u"due.csv"_s);
    request.columns = {u"external_id"_s, u"replenishment_due"_s, u"distinct_products"_s, u"favourite_category"_s};
    const CustomerExportResult exported = CustomerExport::run(db(), request);
    QVERIFY2(exported.ok(), qPrintable(exported.error));
    QFile csvFile(request.path);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csvFile.readAll());
    QVERIFY2(text.contains(u"C1,"_s + due92 + u",2,Eyes"_s), qPrintable(text));
    QVERIFY2(text.contains(u"C10,"_s + due92 + u",1,Eyes"_s), qPrintable(text));
    QVERIFY2(text.contains(u"C11,"_s + start.addDays(132).toString(Qt::ISODate) + u",1,Eyes"_s), qPrintable(text));

    // A later purchase of lenses by C1 makes the intervals stale; opened again, they follow.
    importLines(
        "order,date,customer_id,sku,description,category,qty,price\nX1,2024-04-10,C1,LENS,LENS name,Eyes,1,10\n");
    QVERIFY(Replenishment::ensureCurrent(db()));
}

void TestProducts::crossSellSegment()
{
    importLines(kBaskets);
    // Bought A, never C: C1 (O1, O3); C2 bought C in O2.
    const SegmentNode crossSell = ProductCatalogue::crossSell(ProductGrouping::Product, u"A"_s, u"C"_s);
    QCOMPARE(SegmentDefinition::validate(crossSell), QString());
    QCOMPARE(SegmentQuery::count(db(), crossSell).count, 1);
}

// The UCI Online Retail files of December 2010: every product's orders, customers, units and
// revenue, and who bought a heart item, computed here from the files.
void TestProducts::onlineRetail()
{
    const QDir dir(QStringLiteral(MWB_SHARED_DATA_DIR) + u"/online-retail-uci"_s);
    if (!dir.exists())
        QSKIP(
            "../shared/data/online-retail-uci is not present (the real-world test data sets live beside the checkout)");
    struct Line
    {
        QString invoice, code, description, customer;
        qint64 quantity = 0;
        qint64 amountMinor = 0;
    };
    QList<Line> lines;
    QHash<QString, qint64> invoiceMinor;
    const auto files = dir.entryList({u"*.csv"_s}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.readLine();
        while (!file.atEnd()) {
            const QString text = QString::fromUtf8(file.readLine()).trimmed();
            if (text.isEmpty())
                continue;
            // Description may hold quoted commas: the fixed columns from both ends.
            const QStringList head = text.section(u',', 0, 1).split(u',');
            const QStringList tail = text.section(u',', -5).split(u',');
            Line line;
            line.invoice = head.at(0);
            line.code = head.at(1).trimmed();
            line.description = text.section(u',', 2, -6);
            line.quantity = tail.at(0).toLongLong();
            line.amountMinor = std::llround(line.quantity * tail.at(2).toDouble() * 100.0);
            line.customer = tail.at(3).section(u'.', 0, 0);
            invoiceMinor[line.invoice] += line.amountMinor;
            lines.append(line);
        }
        ImportRequest request;
        request.path = dir.filePath(name);
        request.kind = ImportKind::Transactions;
        const ImportResult result = Importer::run(db(), request);
        QVERIFY2(result.ok(), qPrintable(result.error));
    }
    // Per product: a line bought is a positive line of an invoice whose lines add up above 0.
    struct Expected
    {
        QSet<QString> orders, customers;
        QHash<QString, QSet<QString>> ordersOf;
        qint64 quantity = 0, revenueMinor = 0;
    };
    QHash<QString, Expected> expected;
    QSet<QString> heartCustomers;
    for (const Line &l : std::as_const(lines)) {
        Expected &e = expected[l.code];
        e.revenueMinor += l.amountMinor;
        if (!(invoiceMinor.value(l.invoice) > 0 && l.amountMinor > 0))
            continue;
        e.orders.insert(l.invoice);
        e.quantity += l.quantity;
        if (!l.customer.isEmpty()) {
            e.customers.insert(l.customer);
            e.ordersOf[l.customer].insert(l.invoice);
            if (l.description.contains(u"heart"_s, Qt::CaseInsensitive))
                heartCustomers.insert(l.customer);
        }
    }
    ProductReportOptions options;
    const QList<ProductFigures> products = ProductReport::compute(db(), options);
    QCOMPARE(products.size(), expected.size());
    qsizetype checked = 0;
    for (const ProductFigures &f : products) {
        const Expected &e = expected[f.key];
        qint64 repeat = 0;
        for (const auto &orders : e.ordersOf)
            repeat += orders.size() >= 2;
        QCOMPARE(f.orders, e.orders.size());
        QCOMPARE(f.customers, e.customers.size());
        QCOMPARE(f.quantity, e.quantity);
        QCOMPARE(f.revenueMinor, e.revenueMinor);
        QCOMPARE(f.repeatCustomers, repeat);
        ++checked;
    }
    QVERIFY(checked > 2000);

    // Several hundred customers bought a heart item (not the 134 of the first lines alone).
    QVERIFY(heartCustomers.size() > 500);
    QCOMPARE(count("{\"purchase\": {\"product_contains\": \"heart\"}}"), heartCustomers.size());
    // The white hanging heart holder and the products its buyers took along.
    BasketOptions basket;
    basket.minSupport = 0.01;
    basket.limit = 0;
    const BasketResult pairs = BasketAnalysis::compute(db(), basket);
    QVERIFY(pairs.orders > 1000);
    QVERIFY(!pairs.pairs.isEmpty());
    for (const BasketPair &p : pairs.pairs)
        QVERIFY(p.support >= 0.01 && p.confidence > 0 && p.confidence <= 1 && p.lift > 0);
}

QTEST_GUILESS_MAIN(TestProducts)
#include "tst_products.moc"
