// The Products page driven offscreen on a demo workspace: its tables hold what
// ProductReport, BasketAnalysis and Replenishment compute; the cross-sell button saves
// "bought A, never B"; the reminder saves who is due in the next 7 days, counted here from the
// lines and intervals without the segment compiler; the builder's purchase condition picks
// products, categories and brands from the catalogue, searching as one types.
#include "WorkspaceSession.h"
#include "demo/DemoGenerator.h"
#include "lifecycle/Lifecycle.h"
#include "pages/ProductsPage.h"
#include "products/BasketAnalysis.h"
#include "products/ProductReport.h"
#include "products/Replenishment.h"
#include "segments/BehaviourEditor.h"
#include "segments/MultiValueEditor.h"
#include "segments/SegmentQuery.h"
#include "segments/SegmentService.h"
#include "store/Days.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Statement.h>

#include <QComboBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;
using namespace mwb;
using namespace mwb::ui;

class TestProductsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void salesArePerProductAndCategory();
    void pairsAndCrossSell();
    void replenishmentAndReminder();
    void builderPicksProducts();

private:
    std::unique_ptr<SQLite::Database> db() { return Workspace::openConnection(m_path, Workspace::Access::ReadOnly); }
    void showPage(ProductsPage &page);
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path;
    std::unique_ptr<WorkspaceSession> m_session;
};

void TestProductsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QLocale::system().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::setOrganizationName(u"MarketingWorkbenchTest"_s);
    QCoreApplication::setApplicationName(u"tst_productspage"_s);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.mwb"_s);
    DemoOptions options;
    options.customers = 2000;
    QVERIFY(DemoGenerator::create(m_demo, options).error.message.isEmpty());
}

void TestProductsPage::init()
{
    m_path = m_dir.filePath(u"%1.mwb"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    QVERIFY(QFile::copy(m_demo, m_path));
    m_session = std::make_unique<WorkspaceSession>();
    QVERIFY(m_session->open(m_path).message.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->loaded(), 20000);
}

void TestProductsPage::cleanup()
{
    m_session.reset();
}

void TestProductsPage::showPage(ProductsPage &page)
{
    page.resize(1280, 800);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
}

void TestProductsPage::screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("MWB_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QTest::qWait(100);
    widget->grab().save(folder + u'/' + name + u".png"_s);
}

void TestProductsPage::salesArePerProductAndCategory()
{
    ProductsPage page(m_session.get());
    showPage(page);
    auto connection = db();
    const QList<ProductFigures> products = ProductReport::compute(*connection, {});
    QTableWidget *sales = page.salesTable();
    QCOMPARE(sales->rowCount(), products.size());
    for (int row = 0; row < products.size(); ++row) {
        QCOMPARE(sales->item(row, 0)->text(), products[row].key);
        QCOMPARE(sales->item(row, 3)->data(Qt::UserRole).toLongLong(), products[row].orders);
        QCOMPARE(sales->item(row, 6)->data(Qt::UserRole).toLongLong(), products[row].revenueMinor);
    }
    // Every column of figures explains itself.
    QVERIFY(sales->horizontalHeaderItem(6)->toolTip().contains(u"refunded lines subtracted"_s));
    screenshot(&page, u"products-sales"_s);

    page.groupingCombo()->setCurrentIndex(page.groupingCombo()->findData(int(ProductGrouping::Category)));
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady() && sales->rowCount() == 4, 20000);
    ProductReportOptions byCategory;
    byCategory.by = ProductGrouping::Category;
    const QList<ProductFigures> categories = ProductReport::compute(*connection, byCategory);
    for (int row = 0; row < categories.size(); ++row) {
        QCOMPARE(sales->item(row, 0)->text(), categories[row].key);
        QCOMPARE(sales->item(row, 1)->data(Qt::UserRole).toLongLong(), categories[row].orders);
    }
}

void TestProductsPage::pairsAndCrossSell()
{
    ProductsPage page(m_session.get());
    showPage(page);
    page.tabs()->setCurrentIndex(1);
    auto connection = db();
    BasketOptions options;
    options.limit = 100;
    const BasketResult expected = BasketAnalysis::compute(*connection, options);
    QTableWidget *pairs = page.pairsTable();
    QCOMPARE(pairs->rowCount(), expected.pairs.size());
    QVERIFY(pairs->rowCount() > 0);
    QCOMPARE(pairs->item(0, 0)->data(Qt::UserRole).toString(), expected.pairs[0].a);
    QCOMPARE(pairs->item(0, 5)->data(Qt::UserRole).toDouble(), expected.pairs[0].lift);
    QVERIFY(!page.crossSellButton()->isEnabled());
    pairs->selectRow(0);
    QVERIFY(page.crossSellButton()->isEnabled());
    screenshot(&page, u"products-pairs"_s);

    QSignalSpy saved(&page, &ProductsPage::segmentSaved);
    page.saveCrossSell(u"Cross-sell"_s);
    QVERIFY(saved.wait(20000));
    const auto segments = m_session->segments()->listSegments();
    const auto segment = std::find_if(segments.cbegin(), segments.cend(),
                                      [](const SavedSegment &s) { return s.name == u"Cross-sell"_s; });
    QVERIFY(segment != segments.cend());
    // Bought a, never b: counted here from the lines.
    const QString a = expected.pairs[0].a, b = expected.pairs[0].b;
    std::map<qint64, std::pair<bool, bool>> bought;
    SQLite::Statement lines(*connection,
                            "SELECT t.customer_id, p.code FROM order_lines l JOIN transactions t ON "
                            "t.id = l.order_id JOIN products p ON p.id = l.product_id WHERE "
                            "t.customer_id IS NOT NULL AND t.amount_minor > 0 AND l.amount_minor > 0");
    while (lines.executeStep()) {
        const QString code = QString::fromStdString(lines.getColumn(1).getString());
        auto &[boughtA, boughtB] = bought[lines.getColumn(0).getInt64()];
        boughtA = boughtA || code == a;
        boughtB = boughtB || code == b;
    }
    qint64 expectedCount = 0;
    for (const auto &[customer, pair] : bought)
        expectedCount += pair.first && !pair.second;
    QVERIFY(expectedCount > 0);
    const SegmentParse parsed = SegmentDefinition::fromJson(segment->definition);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(SegmentQuery::count(*connection, parsed.node).count, expectedCount);
}

void TestProductsPage::replenishmentAndReminder()
{
    ProductsPage page(m_session.get());
    showPage(page);
    page.tabs()->setCurrentIndex(2);
    auto connection = db();
    const QList<ReplenishmentInterval> expected = Replenishment::compute(*connection, {});
    QTableWidget *table = page.replenishmentTable();
    QCOMPARE(table->rowCount(), expected.size());
    QVERIFY(table->rowCount() > 0);
    QCOMPARE(table->item(0, 0)->text(), expected[0].key);
    QCOMPARE(table->item(0, 3)->data(Qt::UserRole).toDouble(), expected[0].medianDays);
    screenshot(&page, u"products-replenishment"_s);

    QSignalSpy saved(&page, &ProductsPage::segmentSaved);
    page.saveReminder(u"Due this week"_s);
    QVERIFY(saved.wait(20000));
    // Each customer's due day from the definition: the last purchase of a product with an
    // interval plus the interval in whole days; the earliest of an order with several.
    std::map<qint64, std::pair<qint64, qint32>> due; // customer -> (time of that purchase, due day)
    SQLite::Statement rows(*connection,
                           "SELECT t.customer_id, t.ordered_at, r.median_days FROM order_lines l "
                           "JOIN transactions t ON t.id = l.order_id JOIN product_intervals r ON "
                           "r.product_id = l.product_id WHERE t.customer_id IS NOT NULL AND "
                           "t.amount_minor > 0 AND l.amount_minor > 0");
    while (rows.executeStep()) {
        const qint64 at = rows.getColumn(1).getInt64();
        const qint32 day = dayOfSeconds(at) + qint32(std::lround(rows.getColumn(2).getDouble()));
        auto [it, added] = due.try_emplace(rows.getColumn(0).getInt64(), at, day);
        if (!added && (at > it->second.first || (at == it->second.first && day < it->second.second)))
            it->second = {at, day};
    }
    const qint32 reference = dayNumber(Lifecycle::referenceDate(*connection));
    qint64 expectedCount = 0;
    for (const auto &[customer, d] : due)
        expectedCount += d.second >= reference && d.second <= reference + 7;
    QVERIFY(expectedCount > 0);
    const auto segments = m_session->segments()->listSegments();
    const auto segment = std::find_if(segments.cbegin(), segments.cend(),
                                      [](const SavedSegment &s) { return s.name == u"Due this week"_s; });
    QVERIFY(segment != segments.cend());
    const SegmentParse parsed = SegmentDefinition::fromJson(segment->definition);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(SegmentQuery::count(*connection, parsed.node).count, expectedCount);
}

void TestProductsPage::builderPicksProducts()
{
    auto connection = db();
    const SegmentVocabulary vocabulary = SegmentQuery::vocabulary(*connection);
    QCOMPARE(vocabulary.products.size(), 30);
    QCOMPARE(vocabulary.categories.size(), 4);
    SegmentNode start = BehaviourEditor::defaultNode(BehaviourEditor::Mode::Purchase, vocabulary);
    BehaviourEditor editor(BehaviourEditor::Mode::Purchase, start, vocabulary);
    editor.resize(1100, 80);
    editor.show();
    auto *products = editor.findChild<MultiValueEditor *>(u"purchaseProducts"_s);
    auto *categories = editor.findChild<MultiValueEditor *>(u"purchaseCategories"_s);
    QVERIFY(products && categories);
    // Typing searches the list: "matcha" leaves the tea and the whisk set.
    products->addLine()->setText(u"matcha"_s);
    QStringList visible;
    for (int row = 0; row < products->list()->count(); ++row) {
        if (!products->list()->item(row)->isHidden())
            visible << products->list()->item(row)->data(Qt::UserRole).toJsonValue().toString();
    }
    visible.sort();
    QCOMPARE(visible, (QStringList{u"T-MAT-30"_s, u"W-WHK-SET"_s}));
    QSignalSpy changed(&editor, &BehaviourEditor::changed);
    QVERIFY(products->addValue(u"T-MAT-30"_s));
    QVERIFY(categories->addValue(u"Tea"_s));
    QVERIFY(changed.count() >= 2);
    const SegmentNode node = editor.node();
    QCOMPARE(node.products, QStringList{u"T-MAT-30"_s});
    QCOMPARE(node.categories, QStringList{u"Tea"_s});
    QCOMPARE(SegmentDefinition::validate(node), QString());
    screenshot(&editor, u"products-builder"_s);
    // The condition reads back into the editor as it was written.
    BehaviourEditor again(BehaviourEditor::Mode::Purchase, node, vocabulary);
    QCOMPARE(again.node().toJson(), node.toJson());
}

QTEST_MAIN(TestProductsPage)
#include "tst_productspage.moc"
