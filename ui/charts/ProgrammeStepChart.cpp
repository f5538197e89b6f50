#include "ProgrammeStepChart.h"

#include "ChartExport.h"
#include "ChartSupport.h"
#include "CampaignFunnelChart.h"
#include "customers/ChannelStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mwb::ui {

ProgrammeStepChart::ProgrammeStepChart(QWidget *parent)
    : QChartView(parent)
{
    setUpChartView(this, tr("Members reaching each send step"), 220);
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void ProgrammeStepChart::setSteps(const QList<ProgrammeStepFigures> &steps)
{
    QList<ExportRow> rows;
    for (const ProgrammeStepFigures &s : steps) {
        rows.append({tr("Step %1").arg(s.step), s.treatment.members, s.treatment.converted, s.control.members,
                     s.control.converted});
    }
    ChartExport::of(this)->setData(
        {tr("Step"), tr("Treatment"), tr("Treatment converted"), tr("Control"), tr("Control converted")}, rows);
    clearChart(chart());
    m_bars = 0;
    ChartExport::of(this)->setNote(steps.isEmpty() ? tr("Not enough data yet: no send step has been reached.")
                                                   : QString());
    if (steps.isEmpty()) {
        chart()->legend()->hide();
        return;
    }
    // Who reached each send step, the programme's funnel; the step's conversions are the
    // report table's.
    auto *reached = new QBarSet(tr("Treatment"));
    auto *controlReached = new QBarSet(tr("Control"));
    reached->setColor(CampaignFunnelChart::treatmentColor());
    controlReached->setColor(CampaignFunnelChart::controlColor());
    const QColor labelColor = chart()->titleBrush().color();
    QStringList categories;
    qint64 largest = 1;
    for (const ProgrammeStepFigures &s : steps) {
        categories << tr("Step %1 (%2)").arg(s.step).arg(ChannelStyle::displayName(s.channel));
        *reached << static_cast<qreal>(s.treatment.members);
        *controlReached << static_cast<qreal>(s.control.members);
        largest = std::max({largest, s.treatment.members, s.control.members});
        m_bars += 2;
    }
    auto *series = new QBarSeries;
    for (QBarSet *set : {reached, controlReached}) {
        set->setBorderColor(set->color());
        set->setLabelColor(labelColor);
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value"_s);
    series->setBarWidth(0.7);
    chart()->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart()->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, static_cast<qreal>(largest) * 1.15); // room for the labels
    y->setLabelFormat(u"%.0f"_s);
    y->applyNiceNumbers();
    chart()->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart()->legend()->show();
}

} // namespace mwb::ui
