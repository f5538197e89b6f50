#include "CampaignReportView.h"

#include "CampaignArmsTable.h"
#include "CampaignBreakdownTable.h"
#include "CampaignReportText.h"
#include "DisplayFormat.h"
#include "charts/CampaignFunnelChart.h"
#include "widgets/KpiCard.h"

#include <QGridLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

CampaignReportView::CampaignReportView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_windowNote(new QLabel(this))
    , m_groups(new QLabel(this))
    , m_cardGrid(new QGridLayout)
    , m_armsBox(new QWidget(this))
    , m_verdict(new QLabel(m_armsBox))
    , m_arms(new CampaignArmsTable(m_armsBox))
    , m_funnel(new CampaignFunnelChart(this))
    , m_breakdowns(new QTabWidget(this))
    , m_byStage(new CampaignBreakdownTable(this))
    , m_byRfm(new CampaignBreakdownTable(this))
{
    m_title->setObjectName(u"reportTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText); // names and offers are the analyst's text
    m_facts->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setObjectName(u"reportFacts"_s);
    m_facts->setWordWrap(true);
    m_facts->setForegroundRole(QPalette::PlaceholderText);
    m_windowNote->setObjectName(u"reportWindowNote"_s);
    m_windowNote->setWordWrap(true);
    m_windowNote->setStyleSheet(u"QLabel { background: #fff4d6; color: #5c4300; border: 1px solid #f0d48a;"
                                " border-radius: 6px; padding: 6px 10px; }"_s);
    m_windowNote->hide();
    m_groups->setObjectName(u"reportGroups"_s);
    m_groups->setWordWrap(true);
    m_armsBox->setObjectName(u"reportArms"_s);
    m_verdict->setObjectName(u"reportVerdict"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setStyleSheet(u"QLabel { background: #eef3fb; border: 1px solid #c9d8f0; border-radius: 6px;"
                             " padding: 6px 10px; }"_s);
    m_arms->setObjectName(u"reportArmsTable"_s);
    m_arms->setAccessibleName(tr("Arms against the control group"));
    auto *armsLayout = new QVBoxLayout(m_armsBox);
    armsLayout->setContentsMargins(0, 0, 0, 0);
    armsLayout->addWidget(m_verdict);
    armsLayout->addWidget(m_arms);
    m_armsBox->hide();
    m_funnel->setObjectName(u"reportFunnel"_s);
    m_byStage->setObjectName(u"reportByStage"_s);
    m_byRfm->setObjectName(u"reportByRfm"_s);
    m_byStage->setAccessibleName(tr("Results by lifecycle stage"));
    m_byRfm->setAccessibleName(tr("Results by RFM segment"));
    m_breakdowns->setObjectName(u"reportBreakdowns"_s);
    m_breakdowns->setDocumentMode(true);
    m_breakdowns->addTab(m_byStage, tr("By lifecycle stage"));
    m_breakdowns->addTab(m_byRfm, tr("By RFM segment"));
    m_breakdowns->setMinimumHeight(240);

    m_cardGrid->setSpacing(10);
    const QList<KpiText> ids = CampaignReportText::kpis(CampaignReportData{}, QString());
    for (const KpiText &kpi : ids) {
        auto *card = new KpiCard(kpi.caption, this);
        card->setObjectName(u"kpi-"_s + kpi.id);
        card->setMinimumWidth(150);
        m_cards << card;
        m_cardIds << kpi.id;
    }
    arrangeCards(3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_windowNote);
    layout->addLayout(m_cardGrid);
    layout->addWidget(m_groups);
    layout->addWidget(m_armsBox);
    layout->addWidget(m_funnel);
    layout->addWidget(m_breakdowns, 1);
    clear();
}

void CampaignReportView::arrangeCards(int columns)
{
    if (columns == m_cardColumns)
        return;
    m_cardColumns = columns;
    for (KpiCard *card : std::as_const(m_cards))
        m_cardGrid->removeWidget(card);
    for (int i = 0; i < m_cards.size(); ++i)
        m_cardGrid->addWidget(m_cards[i], i / columns, i % columns);
}

void CampaignReportView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Five cards a row where they fit, so the funnel shows without scrolling.
    arrangeCards(width() >= 960 ? 5 : 3);
}

QString CampaignReportView::verdictText() const
{
    return m_armsBox->isHidden() ? QString() : m_verdict->text();
}

KpiCard *CampaignReportView::card(const QString &id) const
{
    const qsizetype index = m_cardIds.indexOf(id);
    return index >= 0 ? m_cards.at(index) : nullptr;
}

void CampaignReportView::clear(const QString &message)
{
    m_report.reset();
    m_title->setText(message.isEmpty() ? tr("No campaign chosen") : message);
    m_facts->clear();
    m_windowNote->hide();
    m_groups->clear();
    m_armsBox->hide();
    m_arms->setRowCount(0);
    for (KpiCard *card : std::as_const(m_cards))
        card->clear();
    m_funnel->clearGroups();
    m_byStage->setRowCount(0);
    m_byRfm->setRowCount(0);
}

void CampaignReportView::setReport(const CampaignReportData &report, const QString &currency)
{
    m_report = report;
    if (!report.ok()) {
        const QString error = report.error;
        clear(tr("The report could not be computed: %1").arg(error));
        return;
    }
    m_title->setText(report.campaign.name);
    m_facts->setText(CampaignReportText::facts(report, currency));
    const QString note = CampaignReportText::windowNote(report);
    m_windowNote->setText(note);
    m_windowNote->setVisible(!note.isEmpty());

    const QList<KpiText> kpis = CampaignReportText::kpis(report, currency);
    for (int i = 0; i < kpis.size() && i < m_cards.size(); ++i) {
        // The raw figure kept on the card: rates and points in basis points, money in minor units.
        qint64 raw = 0;
        const QString &id = kpis[i].id;
        if (id == u"treatmentRate"_s)
            raw = std::llround(report.treatment.rate() * 10000);
        else if (id == u"controlRate"_s && report.control.members > 0)
            raw = std::llround(report.control.rate() * 10000);
        else if (id == u"uplift"_s && report.uplift.comparison)
            raw = std::llround(report.uplift.comparison->difference * 10000);
        else if (id == u"incrementalRevenue"_s)
            raw = std::llround(report.uplift.incrementalRevenueMinor.value_or(0));
        else if (id == u"cost"_s)
            raw = report.costMinor;
        m_cards[i]->setValue(raw, kpis[i].value, kpis[i].detail);
    }

    const GroupFigures &t = report.treatment;
    const GroupFigures &c = report.control;
    m_groups->setText(tr("<b>Treatment</b> %1 members, %2 contacted, %3 converted, revenue %4 &nbsp;·&nbsp; "
                         "<b>Control</b> %5 members (never contacted), %6 converted, revenue %7")
                          .arg(DisplayFormat::count(t.members), DisplayFormat::count(t.contacted),
                               DisplayFormat::count(t.converted), DisplayFormat::money(t.revenueMinor, currency),
                               DisplayFormat::count(c.members), DisplayFormat::count(c.converted),
                               DisplayFormat::money(c.revenueMinor, currency)));
    m_armsBox->setVisible(!report.arms.isEmpty());
    if (!report.arms.isEmpty()) {
        m_verdict->setText(CampaignReportText::verdict(report));
        m_arms->setReport(report, currency);
    }
    m_funnel->setGroups(t, c);
    m_byStage->setRows(report.byStage, &CampaignReportText::stageName);
    m_byRfm->setRows(report.byRfm, &CampaignReportText::rfmName);
}

} // namespace mwb::ui
