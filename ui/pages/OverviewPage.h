// OverviewPage: the KPI dashboard: the headline figures of a month, quarter, year or
// custom period against the period before it, with the monthly trend of revenue and
// active customers and the period's channel mix. Figures load on a worker thread; every
// card opens the customers behind its figure.
#pragma once

#include "WorkbenchPage.h"
#include "analytics/KpiDashboard.h"

#include <QMap>
#include <QPointer>

class QLabel;
class QStackedWidget;

namespace mwb::ui {

class ChannelMixChart;
class CustomerListDialog;
class KpiCard;
class KpiTrendChart;
class PeriodPicker;
class StartPanel;
class WorkspaceSession;

class OverviewPage : public WorkbenchPage
{
    Q_OBJECT

public:
    explicit OverviewPage(WorkspaceSession *session, QWidget *parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    bool isReady() const override { return m_shown; }

    KpiCard *card(Kpi kpi) const { return m_cards.value(kpi); }
    KpiCard *customersCard() const { return card(Kpi::Customers); }
    KpiCard *ordersCard() const { return card(Kpi::Orders); }
    KpiCard *revenueCard() const { return card(Kpi::Revenue); }
    KpiCard *activeCard() const { return card(Kpi::ActiveCustomers); }
    KpiTrendChart *trendChart() const { return m_trend; }
    ChannelMixChart *channelChart() const { return m_channels; }
    PeriodPicker *periodPicker() const { return m_picker; }
    QLabel *totalsLabel() const { return m_totals; }
    // The figures on show (valid once figuresShown() was emitted).
    const KpiDashboardData &dashboard() const { return m_data; }
    // Shown instead of the figures while the workspace holds nothing.
    StartPanel *startPanel() const { return m_start; }
    bool showsStartPanel() const;
    // The drill-down opened last (it closes itself; null once closed).
    CustomerListDialog *lastDrillDown() const;

    // Opens the customers behind a figure of the period shown.
    void drillDown(Kpi kpi);

Q_SIGNALS:
    void figuresShown();

private:
    void workspaceOpened();
    void overviewLoaded();
    void showTotals();
    void showLoading();
    void reload();
    void showDashboard(const KpiDashboardData &data);

    WorkspaceSession *m_session;
    QLabel *m_heading;
    QLabel *m_subheading;
    QLabel *m_totals;
    PeriodPicker *m_picker;
    QLabel *m_comparison;
    QMap<Kpi, KpiCard *> m_cards;
    KpiTrendChart *m_trend;
    ChannelMixChart *m_channels;
    QPointer<CustomerListDialog> m_drillDown;
    QStackedWidget *m_stack;
    QWidget *m_dashboard;
    StartPanel *m_start;
    KpiDashboardData m_data;
    bool m_shown = false;
    bool m_periodFromData = true; // the period follows the data until the user picks one
};

} // namespace mwb::ui
