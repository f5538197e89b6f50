#include "OverviewPage.h"

#include "DisplayFormat.h"
#include "WorkspaceSession.h"
#include "charts/MonthlySalesChart.h"
#include "widgets/KpiCard.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

OverviewPage::OverviewPage(WorkspaceSession *session, QWidget *parent)
    : WorkbenchPage(parent)
    , m_session(session)
    , m_heading(createHeading({}))
    , m_subheading(new QLabel(this))
    , m_customers(new KpiCard(tr("Customers"), this))
    , m_orders(new KpiCard(tr("Orders"), this))
    , m_revenue(new KpiCard(tr("Revenue"), this))
    , m_active(new KpiCard(tr("Active customers"), this))
    , m_chart(new MonthlySalesChart(this))
{
    m_customers->setObjectName(u"kpiCustomers"_s);
    m_orders->setObjectName(u"kpiOrders"_s);
    m_revenue->setObjectName(u"kpiRevenue"_s);
    m_active->setObjectName(u"kpiActive"_s);
    m_chart->setObjectName(u"monthlySalesChart"_s);

    m_subheading->setForegroundRole(QPalette::PlaceholderText);

    auto *cards = new QGridLayout;
    cards->setSpacing(12);
    cards->addWidget(m_customers, 0, 0);
    cards->addWidget(m_orders, 0, 1);
    cards->addWidget(m_revenue, 0, 2);
    cards->addWidget(m_active, 0, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addLayout(cards);
    layout->addWidget(m_chart, 1);

    connect(m_session, &WorkspaceSession::opened, this, &OverviewPage::showLoading);
    connect(m_session, &WorkspaceSession::overviewChanged, this, &OverviewPage::showFigures);
    connect(m_session, &WorkspaceSession::closed, this, &OverviewPage::showLoading);
    if (m_session->loaded())
        showFigures();
    else
        showLoading();
}

QString OverviewPage::pageId() const
{
    return u"overview"_s;
}

QString OverviewPage::title() const
{
    return tr("Overview");
}

QIcon OverviewPage::icon() const
{
    return QIcon(u":/icons/overview.svg"_s);
}

void OverviewPage::showLoading()
{
    m_heading->setText(m_session->isOpen() ? m_session->displayName() : tr("No workspace open"));
    m_subheading->setText(m_session->isOpen() ? tr("Loading figures…") : QString());
    for (KpiCard *card : {m_customers, m_orders, m_revenue, m_active})
        card->clear();
    m_chart->setSales({}, {});
}

void OverviewPage::showFigures()
{
    const OverviewKpis &kpis = m_session->overview();
    const WorkspaceTotals &t = kpis.totals;
    const QString currency = m_session->currency();

    m_heading->setText(m_session->displayName());
    m_subheading->setText(t.firstDate.isValid()
                              ? tr("Data from %1 to %2").arg(DisplayFormat::date(t.firstDate),
                                                              DisplayFormat::date(t.lastDate))
                              : tr("This workspace holds no orders or touchpoints yet."));

    m_customers->setValue(t.customers, DisplayFormat::count(t.customers),
                          tr("%1 touchpoints recorded").arg(DisplayFormat::count(t.events)));
    const qint64 averageOrder = t.transactions > 0 ? t.revenueMinor / t.transactions : 0;
    m_orders->setValue(t.transactions, DisplayFormat::count(t.transactions),
                       tr("Average order %1").arg(DisplayFormat::money(averageOrder, currency)));
    m_revenue->setValue(t.revenueMinor, DisplayFormat::moneyShort(t.revenueMinor, currency),
                        DisplayFormat::money(t.revenueMinor, currency));
    const QString share = t.customers > 0
                              ? QLocale().toString(100.0 * static_cast<double>(kpis.activeCustomers)
                                                       / static_cast<double>(t.customers),
                                                   'f', 1)
                              : u"0"_s;
    m_active->setValue(kpis.activeCustomers, DisplayFormat::count(kpis.activeCustomers),
                       kpis.asOf.isValid()
                           ? tr("%1% ordered in the %2 days to %3")
                                 .arg(share)
                                 .arg(kpis.activeWindowDays)
                                 .arg(DisplayFormat::date(kpis.asOf))
                           : tr("No orders yet"));
    m_chart->setSales(kpis.monthlySales, currency);
}

} // namespace mwb::ui
