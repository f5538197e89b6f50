// OverviewPage: the workspace at a glance: KPI cards (customers, orders, revenue,
// active customers) and revenue by month.
#pragma once

#include "WorkbenchPage.h"

class QLabel;

namespace mwb::ui {

class KpiCard;
class MonthlySalesChart;
class WorkspaceSession;

class OverviewPage : public WorkbenchPage
{
    Q_OBJECT

public:
    explicit OverviewPage(WorkspaceSession *session, QWidget *parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;

    KpiCard *customersCard() const { return m_customers; }
    KpiCard *ordersCard() const { return m_orders; }
    KpiCard *revenueCard() const { return m_revenue; }
    KpiCard *activeCard() const { return m_active; }
    MonthlySalesChart *salesChart() const { return m_chart; }

private:
    void showFigures();
    void showLoading();

    WorkspaceSession *m_session;
    QLabel *m_heading;
    QLabel *m_subheading;
    KpiCard *m_customers;
    KpiCard *m_orders;
    KpiCard *m_revenue;
    KpiCard *m_active;
    MonthlySalesChart *m_chart;
};

} // namespace mwb::ui
