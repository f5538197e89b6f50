#include "CampaignFunnelChart.h"

#include "ChartExport.h"
#include "ChartSupport.h"
#include "campaigns/CampaignReportText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QList<double> shares(const GroupFigures &group)
{
    QList<double> values;
    const QList<qint64> counts = CampaignReportText::funnelCounts(group);
    for (qint64 n : counts)
        values << std::round(1000.0 * CampaignReportText::share(n, group.members)) / 10.0; // percent, 0.1
    return values;
}

} // namespace

CampaignFunnelChart::CampaignFunnelChart(QWidget *parent)
    : QChartView(parent)
{
    setUpChartView(this, tr("Funnel, as a share of each group's members"), 260);
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

QColor CampaignFunnelChart::treatmentColor()
{
    return QColor(u"#2f6fde"_s);
}

QColor CampaignFunnelChart::controlColor()
{
    return QColor(u"#9aa5b1"_s);
}

double CampaignFunnelChart::barValue(int step, bool treatment) const
{
    return (treatment ? m_treatment : m_control).value(step);
}

void CampaignFunnelChart::clearGroups()
{
    m_treatment.clear();
    m_control.clear();
    clearChart(chart());
    chart()->legend()->hide();
}

void CampaignFunnelChart::setGroups(const GroupFigures &treatment, const GroupFigures &control)
{
    clearGroups();
    m_treatment = shares(treatment);
    m_control = shares(control);
    {
        const QStringList steps = CampaignReportText::funnelLabels();
        const QList<qint64> t = CampaignReportText::funnelCounts(treatment);
        const QList<qint64> c = CampaignReportText::funnelCounts(control);
        QList<ExportRow> rows;
        for (qsizetype i = 0; i < steps.size(); ++i)
            rows.append({steps[i], t.value(i), m_treatment.value(i) / 100.0, c.value(i), m_control.value(i) / 100.0});
        ChartExport::of(this)->setData(
            {tr("Step"), tr("Treatment"), tr("Treatment share"), tr("Control"), tr("Control share")}, rows);
    }

    auto *treatmentSet = new QBarSet(tr("Treatment (%1)").arg(QLocale().toString(treatment.members)));
    auto *controlSet = new QBarSet(tr("Control (%1, not contacted)").arg(QLocale().toString(control.members)));
    treatmentSet->setColor(treatmentColor());
    treatmentSet->setBorderColor(treatmentColor());
    controlSet->setColor(controlColor());
    controlSet->setBorderColor(controlColor());
    // Labels sit above the bars, on the chart's background.
    const QColor labelColor = chart()->titleBrush().color();
    treatmentSet->setLabelColor(labelColor);
    controlSet->setLabelColor(labelColor);
    double largest = 0;
    for (int i = 0; i < m_treatment.size(); ++i) {
        *treatmentSet << m_treatment[i];
        *controlSet << m_control[i];
        largest = std::max({largest, m_treatment[i], m_control[i]});
    }
    auto *series = new QBarSeries;
    series->append(treatmentSet);
    series->append(controlSet);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value%"_s);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setBarWidth(0.75);
    chart()->addSeries(series);

    auto *x = new QBarCategoryAxis;
    x->append(CampaignReportText::funnelLabels());
    chart()->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    // Room above the tallest bar for its label.
    y->setRange(0, std::min(100.0, std::max(1.0, largest * 1.15)));
    y->setLabelFormat(u"%.0f%%"_s);
    y->applyNiceNumbers();
    chart()->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart()->legend()->show();
}

} // namespace mwb::ui
