// ProductsPage: what the order lines say. What each product, category or brand sold (orders,
// customers, units, revenue, repeat customers); the pairs bought together (support,
// confidence, lift), with a button that saves "bought A, never B" as a segment for a
// cross-sell; and the replenishment intervals with who is due or overdue, with a button
// that saves "due in the next 7 days" for a reminder. Each table is computed on a worker
// thread; every figure's definition is its column's tooltip (vocabulary/Figures.h).
#pragma once

#include "WorkbenchPage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace mwb::ui {

struct BasketAnswer;
struct ProductsAnswer;
struct ReplenishmentAnswer;
class WorkspaceSession;

class ProductsPage : public WorkbenchPage
{
    Q_OBJECT

public:
    explicit ProductsPage(WorkspaceSession *session, QWidget *parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    bool isReady() const override { return m_loaded == 3; }

    QComboBox *groupingCombo() const { return m_grouping; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *salesTable() const { return m_sales; }
    QTableWidget *pairsTable() const { return m_pairs; }
    QTableWidget *replenishmentTable() const { return m_replenishment; }
    QPushButton *crossSellButton() const { return m_crossSell; }
    QPushButton *reminderButton() const { return m_reminder; }

    // Saves the segment of the selected pair ("bought A, never B") under `name`, or of the
    // selected product's reminder; an empty name asks for one.
    void saveCrossSell(const QString &name = {});
    void saveReminder(const QString &name = {});

Q_SIGNALS:
    void segmentSaved(const QString &name);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void showSales(const ProductsAnswer &answer);
    void showPairs(const BasketAnswer &answer);
    void showReplenishment(const ReplenishmentAnswer &answer);
    void landed();
    void updateButtons();
    void saveSegment(const QString &suggested, const QString &name, const QJsonObject &definition);

    WorkspaceSession *m_session;
    QLabel *m_heading;
    QLabel *m_caption;
    QComboBox *m_grouping;
    QTabWidget *m_tabs;
    QTableWidget *m_sales;
    QTableWidget *m_pairs;
    QTableWidget *m_replenishment;
    QLabel *m_pairsCaption;
    QLabel *m_replenishmentCaption;
    QPushButton *m_crossSell;
    QPushButton *m_reminder;
    int m_loaded = 0; // tables shown of the three
    bool m_stale = false;
};

} // namespace mwb::ui
