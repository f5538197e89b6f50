#include "OverviewPage.h"

#include "DisplayFormat.h"
#include "StartPanel.h"
#include "vocabulary/Figures.h"
#include "WorkspaceSession.h"
#include "analytics/AnalyticsService.h"
#include "analytics/KpiText.h"
#include "analytics/PeriodPicker.h"
#include "charts/ChannelMixChart.h"
#include "charts/KpiTrendChart.h"
#include "lifecycle/CustomerListDialog.h"
#include "widgets/KpiCard.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

// Object names tests and screenshots find the cards by: kpi + the core's name in camel case.
QString cardName(Kpi kpi)
{
    const QStringList words = KpiDashboard::kpiName(kpi).split(u'_');
    QString name = u"kpi"_s;
    for (const QString &word : words)
        name += word.left(1).toUpper() + word.mid(1);
    return name;
}

constexpr int kCardColumns = 5;

} // namespace

OverviewPage::OverviewPage(WorkspaceSession *session, QWidget *parent)
    : WorkbenchPage(parent)
    , m_session(session)
    , m_heading(createHeading({}))
    , m_subheading(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_picker(new PeriodPicker(this))
    , m_comparison(new QLabel(this))
    , m_trend(new KpiTrendChart(this))
    , m_channels(new ChannelMixChart(this))
    , m_stack(new QStackedWidget(this))
    , m_start(new StartPanel(this))
{
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    m_totals->setObjectName(u"overviewTotals"_s);
    m_totals->setForegroundRole(QPalette::PlaceholderText);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true);
    m_picker->setObjectName(u"periodPicker"_s);
    m_comparison->setObjectName(u"periodComparison"_s);
    m_comparison->setForegroundRole(QPalette::PlaceholderText);
    m_trend->setObjectName(u"kpiTrendChart"_s);
    m_channels->setObjectName(u"channelMixChart"_s);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_picker);
    controls->addSpacing(12);
    controls->addWidget(m_comparison, 1);

    auto *cards = new QGridLayout;
    cards->setSpacing(12);
    int index = 0;
    for (Kpi kpi : KpiText::all()) {
        auto *card = new KpiCard(KpiText::caption(kpi), this);
        card->setObjectName(cardName(kpi));
        card->setClickable(true);
        card->setToolTip(KpiText::definition(kpi) + u"\n"_s + tr("Click for the customers behind this figure."));
        connect(card, &KpiCard::clicked, this, [this, kpi] { drillDown(kpi); });
        cards->addWidget(card, index / kCardColumns, index % kCardColumns);
        m_cards.insert(kpi, card);
        ++index;
    }
    for (int c = 0; c < kCardColumns; ++c)
        cards->setColumnStretch(c, 1);

    auto *charts = new QHBoxLayout;
    charts->setSpacing(12);
    charts->addWidget(m_trend, 3);
    charts->addWidget(m_channels, 2);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_totals);
    layout->addLayout(controls);
    layout->addLayout(cards);
    layout->addLayout(charts, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_dashboard = scroll;
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_start);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_picker, &PeriodPicker::periodChanged, this, [this] {
        m_periodFromData = false;
        reload();
    });
    connect(m_session, &WorkspaceSession::opened, this, &OverviewPage::workspaceOpened);
    connect(m_session, &WorkspaceSession::overviewChanged, this, &OverviewPage::overviewLoaded);
    // A workspace whose figures cannot be read says so, never "Loading…" for ever.
    connect(m_session, &WorkspaceSession::loadFailed, this, [this](const QString &message) {
        m_subheading->setText(tr("The figures could not be read (point here for why)."));
        m_subheading->setToolTip(message);
    });
    connect(m_session, &WorkspaceSession::closed, this, &OverviewPage::showLoading);
    if (m_session->loaded())
        overviewLoaded();
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

CustomerListDialog *OverviewPage::lastDrillDown() const
{
    return m_drillDown;
}

void OverviewPage::workspaceOpened()
{
    m_periodFromData = true;
    showLoading();
}

void OverviewPage::showLoading()
{
    m_shown = false;
    m_data = {};
    m_stack->setCurrentWidget(m_dashboard);
    m_heading->setText(m_session->isOpen() ? m_session->displayName() : tr("No workspace open"));
    m_subheading->setText(m_session->isOpen() ? tr("Loading figures…") : QString());
    m_subheading->setToolTip(QString());
    m_totals->clear();
    m_comparison->clear();
    for (KpiCard *card : std::as_const(m_cards))
        card->clear();
    m_trend->setTrend({}, TimeBucket::Month, {}, {});
    m_channels->setChannels({}, {});
}

bool OverviewPage::showsStartPanel() const
{
    return m_stack->currentWidget() == m_start;
}

void OverviewPage::overviewLoaded()
{
    // An empty workspace: the ways to begin, not a page of dashes.
    const WorkspaceTotals &t = m_session->overview().totals;
    if (t.customers == 0 && t.transactions == 0 && t.events == 0) {
        m_start->setWorkspaceName(m_session->displayName());
        m_stack->setCurrentWidget(m_start);
        const bool first = !m_shown;
        m_shown = true;
        if (first)
            Q_EMIT ready();
        return;
    }
    m_stack->setCurrentWidget(m_dashboard);
    // The workspace's figures landed (after opening, an import or an undo): the period
    // follows the last day of the data until the user picks one.
    const QDate asOf = m_session->overview().asOf;
    if (m_periodFromData) {
        const PeriodKind kind = m_picker->kind() == PeriodKind::Custom ? PeriodKind::Month : m_picker->kind();
        m_picker->setPeriod(kind, Period::containing(kind, asOf.isValid() ? asOf : QDate::currentDate()));
    }
    showTotals();
    reload();
}

void OverviewPage::showTotals()
{
    const OverviewKpis &kpis = m_session->overview();
    const WorkspaceTotals &t = kpis.totals;
    m_heading->setText(m_session->displayName());
    m_subheading->setText(
        t.firstDate.isValid()
            ? tr("Data from %1 to %2").arg(DisplayFormat::date(t.firstDate), DisplayFormat::date(t.lastDate))
            : tr("This workspace holds no orders or touchpoints yet."));
    const QString currency = m_session->currency();
    QString totals =
        tr("All time: %1 · %2 · %3 revenue (net of refunds) · %4")
            .arg(tr("%Ln customers", nullptr, static_cast<int>(t.customers)),
                 tr("%Ln orders", nullptr, static_cast<int>(t.orders)), DisplayFormat::money(t.revenueMinor, currency),
                 tr("%Ln touchpoints", nullptr, static_cast<int>(t.events)));
    if (t.guestOrders > 0 || t.refunds > 0) {
        // Refunds as the amount given back (positive), not in an accountant's parentheses.
        totals += u" · "_s
            + tr("of which %1 (%2) and %3 (%4)")
                  .arg(tr("%Ln guest orders", nullptr, static_cast<int>(t.guestOrders)),
                       DisplayFormat::money(t.guestRevenueMinor, currency),
                       tr("%Ln refunds", nullptr, static_cast<int>(t.refunds)),
                       DisplayFormat::money(qAbs(t.refundMinor), currency));
    }
    m_totals->setText(totals);
    m_totals->setToolTip(
        QStringList{Figures::label(Figure::Orders) + u": "_s + Figures::tooltip(Figure::Orders),
                    Figures::label(Figure::Revenue) + u": "_s + Figures::tooltip(Figure::Revenue),
                    Figures::label(Figure::GuestOrders) + u": "_s + Figures::tooltip(Figure::GuestOrders),
                    Figures::label(Figure::Refunds) + u": "_s + Figures::tooltip(Figure::Refunds)}
            .join(u"\n"_s));
}

void OverviewPage::reload()
{
    if (!m_session->isOpen() || !m_session->loaded())
        return;
    const Period current = m_picker->period();
    const Period previous = m_picker->previous();
    m_comparison->setText(tr("Loading %1…").arg(PeriodPicker::describe(m_picker->kind(), current)));
    m_session->analytics()->dashboard(current, previous, this,
                                      [this](const KpiDashboardData &data) { showDashboard(data); });
}

void OverviewPage::showDashboard(const KpiDashboardData &data)
{
    if (!data.ok()) {
        m_comparison->setText(tr("The figures could not be computed: %1").arg(data.error));
        return;
    }
    m_data = data;
    const QString currency = m_session->currency();
    const QString previousName = PeriodPicker::describe(m_picker->kind(), data.previous);
    m_comparison->setText(tr("%1 to %2, compared with %3 (%4 to %5)")
                              .arg(DisplayFormat::date(data.current.from), DisplayFormat::date(data.current.to),
                                   previousName, DisplayFormat::date(data.previous.from),
                                   DisplayFormat::date(data.previous.to)));
    for (Kpi kpi : KpiText::all()) {
        KpiCard *card = m_cards.value(kpi);
        card->setValue(KpiText::rawValue(kpi, data.now), KpiText::value(kpi, data.now, currency),
                       tr("%1: %2").arg(previousName, KpiText::value(kpi, data.before, currency)));
        const int direction = KpiText::direction(kpi, data.now, data.before);
        const QString change = KpiText::change(kpi, data.now, data.before);
        card->setChange(change.isEmpty() ? QString() : tr("%1 vs %2").arg(change, previousName),
                        KpiText::color(direction),
                        direction > 0       ? tr("Better than the period before")
                            : direction < 0 ? tr("Worse than the period before")
                                            : QString());
    }
    // Revenue is shortened on its card; the exact amount is a tooltip away.
    m_cards.value(Kpi::Revenue)
        ->setToolTip(DisplayFormat::money(data.now.revenueMinor, currency) + u"\n"_s + KpiText::definition(Kpi::Revenue)
                     + u"\n"_s + tr("Click for the customers behind this figure."));
    m_trend->setTrend(data.trend, data.trendBucket, data.current, currency);
    m_channels->setChannels(data.channels, currency);
    const bool first = !m_shown;
    m_shown = true;
    Q_EMIT figuresShown();
    if (first)
        Q_EMIT ready();
}

void OverviewPage::drillDown(Kpi kpi)
{
    if (!m_session->isOpen() || !m_shown)
        return;
    const SegmentNode definition = KpiDashboard::customersBehind(kpi, m_data.current, m_data.previous);
    const QString description =
        tr("%1, %2").arg(KpiText::caption(kpi), PeriodPicker::describe(m_picker->kind(), m_data.current));
    auto *dialog = new CustomerListDialog(m_session, definition, description, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_drillDown = dialog;
    dialog->show();
}

} // namespace mwb::ui
