#include "ProductsPage.h"

#include "DisplayFormat.h"
#include "WorkspaceSession.h"
#include "dialogs/InputDialog.h"
#include "dialogs/MessageBox.h"
#include "products/ProductCatalogue.h"
#include "products/ProductService.h"
#include "segments/SegmentService.h"
#include "vocabulary/Figures.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

constexpr int kSalesRows = 500;
constexpr int kPairs = 100;
constexpr int kDueWithin = 7;

QTableWidget *table(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableWidget(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    ReadOnlyTable::setUp(view, ReadOnlyTable::Striped);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setStretchLastSection(false);
    return view;
}

// Column headers, each with its figure's definition as the tooltip (none for plain text).
void setHeaders(QTableWidget *view, const QList<std::pair<QString, std::optional<Figure>>> &columns)
{
    view->setColumnCount(static_cast<int>(columns.size()));
    for (int c = 0; c < columns.size(); ++c) {
        auto *item = new QTableWidgetItem(columns[c].first);
        if (columns[c].second)
            item->setToolTip(Figures::tooltip(*columns[c].second));
        view->setHorizontalHeaderItem(c, item);
    }
}

QString keyText(const QString &key)
{
    return key.isEmpty() ? ProductsPage::tr("(none)") : key;
}

ProductGrouping basketGrouping(ProductGrouping grouping)
{
    return grouping == ProductGrouping::Category ? ProductGrouping::Category : ProductGrouping::Product;
}

} // namespace

ProductsPage::ProductsPage(WorkspaceSession *session, QWidget *parent)
    : WorkbenchPage(parent)
    , m_session(session)
    , m_heading(createHeading(tr("Products")))
    , m_caption(new QLabel(this))
    , m_grouping(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_sales(table(u"productSales"_s, tr("What each product sold"), this))
    , m_pairs(table(u"productPairs"_s, tr("Bought together"), this))
    , m_replenishment(table(u"productReplenishment"_s, tr("Replenishment"), this))
    , m_pairsCaption(new QLabel(this))
    , m_replenishmentCaption(new QLabel(this))
    , m_crossSell(new QPushButton(tr("Save cross-sell segment…"), this))
    , m_reminder(new QPushButton(tr("Save reminder segment…"), this))
{
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_grouping->setObjectName(u"productGrouping"_s);
    m_grouping->setAccessibleName(tr("Group by"));
    m_grouping->addItem(tr("Product"), static_cast<int>(ProductGrouping::Product));
    m_grouping->addItem(tr("Category"), static_cast<int>(ProductGrouping::Category));
    m_grouping->addItem(tr("Brand"), static_cast<int>(ProductGrouping::Brand));
    m_crossSell->setObjectName(u"crossSell"_s);
    m_crossSell->setToolTip(tr("Customers who bought the first and never the second: whom to offer it."));
    m_reminder->setObjectName(u"replenishmentReminder"_s);
    m_reminder->setToolTip(
        tr("Customers whose replenishment falls due in the next %1 days: whom to remind.").arg(kDueWithin));
    for (QLabel *caption : {m_pairsCaption, m_replenishmentCaption}) {
        caption->setWordWrap(true);
        caption->setForegroundRole(QPalette::PlaceholderText);
    }

    auto *pairsPage = new QWidget(this);
    auto *pairsLayout = new QVBoxLayout(pairsPage);
    auto *pairsBar = new QHBoxLayout;
    pairsBar->addWidget(m_pairsCaption, 1);
    pairsBar->addWidget(m_crossSell);
    pairsLayout->addLayout(pairsBar);
    pairsLayout->addWidget(m_pairs, 1);
    auto *replenishmentPage = new QWidget(this);
    auto *replenishmentLayout = new QVBoxLayout(replenishmentPage);
    auto *replenishmentBar = new QHBoxLayout;
    replenishmentBar->addWidget(m_replenishmentCaption, 1);
    replenishmentBar->addWidget(m_reminder);
    replenishmentLayout->addLayout(replenishmentBar);
    replenishmentLayout->addWidget(m_replenishment, 1);
    m_tabs->setObjectName(u"productTabs"_s);
    m_tabs->addTab(m_sales, tr("Sales"));
    m_tabs->addTab(pairsPage, tr("Bought together"));
    m_tabs->addTab(replenishmentPage, tr("Replenishment"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Group by"), this));
    controls->addWidget(m_grouping);
    controls->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_caption);
    layout->addLayout(controls);
    layout->addWidget(m_tabs, 1);

    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ProductsPage::reload);
    connect(m_pairs, &QTableWidget::itemSelectionChanged, this, &ProductsPage::updateButtons);
    connect(m_replenishment, &QTableWidget::itemSelectionChanged, this, &ProductsPage::updateButtons);
    connect(m_crossSell, &QPushButton::clicked, this, [this] { saveCrossSell(); });
    connect(m_reminder, &QPushButton::clicked, this, [this] { saveReminder(); });
    connect(m_session, &WorkspaceSession::opened, this, [this] {
        m_loaded = 0;
        for (QTableWidget *view : {m_sales, m_pairs, m_replenishment})
            view->setRowCount(0);
    });
    connect(m_session, &WorkspaceSession::overviewChanged, this, &ProductsPage::reload);
    updateButtons();
    if (m_session->isOpen())
        reload();
}

QString ProductsPage::pageId() const
{
    return u"products"_s;
}

QString ProductsPage::title() const
{
    return tr("Products");
}

QIcon ProductsPage::icon() const
{
    return QIcon(u":/icons/products.svg"_s);
}

void ProductsPage::showEvent(QShowEvent *event)
{
    WorkbenchPage::showEvent(event);
    if (m_stale)
        reload();
}

void ProductsPage::reload()
{
    if (!m_session->isOpen())
        return;
    // The tables read every order line: a page nobody looks at waits until it is shown.
    m_stale = !isVisible();
    if (m_stale)
        return;
    m_loaded = 0;
    const auto grouping = static_cast<ProductGrouping>(m_grouping->currentData().toInt());
    m_caption->setText(tr("Computing…"));
    ProductReportOptions sales;
    sales.by = grouping;
    sales.limit = kSalesRows;
    m_session->products()->products(sales, this, [this](const ProductsAnswer &answer) { showSales(answer); });
    BasketOptions basket;
    basket.by = basketGrouping(grouping);
    basket.limit = kPairs;
    m_session->products()->basket(basket, this, [this](const BasketAnswer &answer) { showPairs(answer); });
    ReplenishmentOptions replenishment;
    replenishment.by = basketGrouping(grouping);
    replenishment.dueWithinDays = kDueWithin;
    m_session->products()->replenishment(replenishment, this,
                                         [this](const ReplenishmentAnswer &answer) { showReplenishment(answer); });
}

void ProductsPage::landed()
{
    if (++m_loaded == 3)
        Q_EMIT ready();
}

void ProductsPage::showSales(const ProductsAnswer &answer)
{
    const auto grouping = static_cast<ProductGrouping>(m_grouping->currentData().toInt());
    const bool products = grouping == ProductGrouping::Product;
    QList<std::pair<QString, std::optional<Figure>>> columns{
        {products ? tr("Product code") : (grouping == ProductGrouping::Category ? tr("Category") : tr("Brand")), {}}};
    if (products)
        columns += {{tr("Name"), {}}, {tr("Category"), {}}};
    columns += {{Figures::label(Figure::ProductOrders), Figure::ProductOrders},
                {Figures::label(Figure::ProductCustomers), Figure::ProductCustomers},
                {Figures::label(Figure::ProductQuantity), Figure::ProductQuantity},
                {Figures::label(Figure::ProductRevenue), Figure::ProductRevenue},
                {Figures::label(Figure::ProductRepeatCustomers), Figure::ProductRepeatCustomers}};
    m_sales->setSortingEnabled(false);
    m_sales->clear();
    setHeaders(m_sales, columns);
    m_sales->setRowCount(static_cast<int>(answer.products.size()));
    for (int row = 0; row < answer.products.size(); ++row) {
        const ProductFigures &f = answer.products[row];
        int c = 0;
        m_sales->setItem(row, c++, textCell(keyText(f.key)));
        if (products) {
            m_sales->setItem(row, c++, textCell(f.name));
            m_sales->setItem(row, c++, textCell(f.category));
        }
        m_sales->setItem(row, c++, numberCell(DisplayFormat::count(f.orders), f.orders));
        m_sales->setItem(row, c++, numberCell(DisplayFormat::count(f.customers), f.customers));
        m_sales->setItem(row, c++, numberCell(DisplayFormat::count(f.quantity), f.quantity));
        m_sales->setItem(row, c++, numberCell(DisplayFormat::money(f.revenueMinor, answer.currency), f.revenueMinor));
        m_sales->setItem(row, c++, numberCell(DisplayFormat::count(f.repeatCustomers), f.repeatCustomers));
    }
    // A catalogue without categories (the UCI Online Retail files) shows no empty column.
    const bool anyCategory = std::any_of(answer.products.cbegin(), answer.products.cend(),
                                         [](const ProductFigures &f) { return !f.category.isEmpty(); });
    m_sales->setColumnHidden(2, products && !anyCategory);
    m_sales->resizeColumnsToContents();
    m_sales->horizontalHeader()->setSectionResizeMode(products ? 1 : 0, QHeaderView::Stretch);
    if (!answer.error.isEmpty())
        m_caption->setText(answer.error);
    else if (answer.products.isEmpty())
        m_caption->setText(tr("No order lines name a product yet. Import a file of order lines with a product "
                              "code (SKU, StockCode, 商品编码) or name to see what sold."));
    else
        m_caption->setText(tr("By revenue, all time; the %1 that sold most. Point at a column for what it counts.")
                               .arg(DisplayFormat::count(answer.products.size())));
    landed();
}

void ProductsPage::showPairs(const BasketAnswer &answer)
{
    setHeaders(m_pairs,
               {{tr("Bought"), {}},
                {tr("Also bought"), {}},
                {tr("Orders with both"), {}},
                {Figures::label(Figure::BasketSupport), Figure::BasketSupport},
                {Figures::label(Figure::BasketConfidence), Figure::BasketConfidence},
                {Figures::label(Figure::BasketLift), Figure::BasketLift}});
    m_pairs->setRowCount(static_cast<int>(answer.basket.pairs.size()));
    for (int row = 0; row < answer.basket.pairs.size(); ++row) {
        const BasketPair &p = answer.basket.pairs[row];
        auto *a = textCell(p.aName == p.a ? p.a : p.aName + u" ("_s + p.a + u')');
        a->setData(Qt::UserRole, p.a);
        auto *b = textCell(p.bName == p.b ? p.b : p.bName + u" ("_s + p.b + u')');
        b->setData(Qt::UserRole, p.b);
        m_pairs->setItem(row, 0, a);
        m_pairs->setItem(row, 1, b);
        m_pairs->setItem(row, 2, numberCell(DisplayFormat::count(p.orders), p.orders));
        m_pairs->setItem(row, 3, numberCell(DisplayFormat::percent(p.support, 2), p.support));
        m_pairs->setItem(row, 4, numberCell(DisplayFormat::percent(p.confidence), p.confidence));
        m_pairs->setItem(row, 5, numberCell(DisplayFormat::decimal(p.lift, 2), p.lift));
    }
    m_pairs->resizeColumnsToContents();
    m_pairs->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_pairs->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_pairsCaption->setText(
        !answer.error.isEmpty() ? answer.error
            : answer.basket.pairs.isEmpty()
            ? tr("No two products were bought together in at least 0.1% of the %1 orders.")
                  .arg(DisplayFormat::count(answer.basket.orders))
            : tr("Pairs in at least 0.1% of the %1 orders with a line bought, by lift. Pick a pair to save "
                 "who bought the first and never the second.")
                  .arg(DisplayFormat::count(answer.basket.orders)));
    updateButtons();
    landed();
}

void ProductsPage::showReplenishment(const ReplenishmentAnswer &answer)
{
    setHeaders(m_replenishment,
               {{tr("Product"), {}},
                {tr("Name"), {}},
                {tr("Bought again by"), {}},
                {Figures::label(Figure::ReplenishmentInterval), Figure::ReplenishmentInterval},
                {tr("Due in %1 days").arg(kDueWithin), Figure::ReplenishmentDue},
                {tr("Overdue"), Figure::ReplenishmentDue}});
    m_replenishment->setRowCount(static_cast<int>(answer.intervals.size()));
    for (int row = 0; row < answer.intervals.size(); ++row) {
        const ReplenishmentInterval &r = answer.intervals[row];
        auto *key = textCell(r.key);
        key->setData(Qt::UserRole, r.key);
        m_replenishment->setItem(row, 0, key);
        m_replenishment->setItem(row, 1, textCell(r.name));
        m_replenishment->setItem(row, 2, numberCell(DisplayFormat::count(r.customers), r.customers));
        m_replenishment->setItem(row, 3,
                                 numberCell(tr("%1 days").arg(DisplayFormat::decimal(r.medianDays, 1)), r.medianDays));
        m_replenishment->setItem(row, 4, numberCell(DisplayFormat::count(r.dueSoon), r.dueSoon));
        m_replenishment->setItem(row, 5, numberCell(DisplayFormat::count(r.overdue), r.overdue));
    }
    m_replenishment->resizeColumnsToContents();
    m_replenishment->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_replenishmentCaption->setText(
        !answer.error.isEmpty() ? answer.error
            : answer.intervals.isEmpty()
            ? tr("Nothing was bought again by 10 customers yet: no replenishment interval to go by.")
            : tr("Bought again by at least 10 customers; due counted from %1, the last day of the data. "
                 "Pick a product to save who is due for it in the next %2 days, or save everyone due.")
                  .arg(DisplayFormat::date(answer.referenceDate))
                  .arg(kDueWithin));
    updateButtons();
    landed();
}

void ProductsPage::updateButtons()
{
    m_crossSell->setEnabled(!m_pairs->selectedItems().isEmpty());
    m_reminder->setEnabled(m_replenishment->rowCount() > 0
                           && static_cast<ProductGrouping>(m_grouping->currentData().toInt())
                               != ProductGrouping::Category);
}

void ProductsPage::saveCrossSell(const QString &name)
{
    const QList<QTableWidgetItem *> selected = m_pairs->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.constFirst()->row();
    const QString a = m_pairs->item(row, 0)->data(Qt::UserRole).toString();
    const QString b = m_pairs->item(row, 1)->data(Qt::UserRole).toString();
    const auto grouping = basketGrouping(static_cast<ProductGrouping>(m_grouping->currentData().toInt()));
    const SegmentNode node = ProductCatalogue::crossSell(grouping, a, b);
    saveSegment(tr("Bought %1, not yet %2").arg(a, b), name, node.toJson());
}

void ProductsPage::saveReminder(const QString &name)
{
    // Due from the reference day to a week after it; for the selected product, its buyers only.
    const QJsonObject due = Replenishment::dueWithin(kDueWithin).toJson();
    const QList<QTableWidgetItem *> selected = m_replenishment->selectedItems();
    if (selected.isEmpty()) {
        saveSegment(tr("Replenishment due in %1 days").arg(kDueWithin), name, due);
        return;
    }
    const QString product = m_replenishment->item(selected.constFirst()->row(), 0)->data(Qt::UserRole).toString();
    SegmentNode bought;
    bought.kind = SegmentNode::Kind::Purchase;
    bought.products = {product};
    const QJsonObject definition{{u"all"_s, QJsonArray{due, bought.toJson()}}};
    saveSegment(tr("%1 due in %2 days").arg(product).arg(kDueWithin), name, definition);
}

void ProductsPage::saveSegment(const QString &suggested, const QString &name, const QJsonObject &definition)
{
    QString chosen = name;
    if (chosen.isEmpty()) {
        const auto asked = InputDialog::getText(this, tr("Save segment"), tr("Segment name:"), suggested);
        if (!asked)
            return;
        chosen = asked->trimmed();
    }
    m_session->segments()->save(chosen, definition, this, [this, chosen](const SegmentSaveResult &result) {
        if (!result.ok()) {
            MessageBox::critical(this, tr("Save segment"), result.error);
            return;
        }
        Q_EMIT segmentSaved(chosen);
    });
}

} // namespace mwb::ui
