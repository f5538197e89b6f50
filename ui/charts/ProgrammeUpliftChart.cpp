#include "ProgrammeUpliftChart.h"

#include "ChartExport.h"
#include "ChartSupport.h"
#include "DisplayFormat.h"
#include "vocabulary/Figures.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

qreal weekMiddle(const QDate &monday)
{
    return static_cast<qreal>(QDateTime(monday.addDays(3), QTime(12, 0)).toMSecsSinceEpoch());
}

} // namespace

ProgrammeUpliftChart::ProgrammeUpliftChart(QWidget *parent)
    : QChartView(parent)
{
    setUpChartView(this, tr("Cumulative incremental conversions by week of entry"), 220);
    setToolTip(Figures::tooltip(Figure::ProgrammeIncrementalConversions));
}

void ProgrammeUpliftChart::setWeeks(const QList<ProgrammeWeek> &weeks)
{
    QList<ExportRow> rows;
    for (const ProgrammeWeek &w : weeks) {
        rows.append({w.week, w.treatment.members, w.control.members, w.incrementalConversions,
                     w.cumulativeIncrementalConversions});
    }
    ChartExport::of(this)->setData(
        {tr("Week"), tr("Treatment entries"), tr("Control entries"), tr("Incremental conversions"), tr("Cumulative")},
        rows);
    QChart *chart = this->chart();
    clearChart(chart);
    m_points = 0;
    const bool any = std::any_of(weeks.begin(), weeks.end(), [](const ProgrammeWeek &w) {
        return w.treatment.members > 0 && w.control.members > 0;
    });
    ChartExport::of(this)->setNote(any ? QString()
                                       : tr("Not enough data yet: no week has both treatment and control entries."));
    if (!any)
        return;
    auto *line = new QLineSeries;
    auto *dots = new QScatterSeries;
    double low = 0;
    double high = 0;
    for (const ProgrammeWeek &w : weeks) {
        line->append(weekMiddle(w.week), w.cumulativeIncrementalConversions);
        dots->append(weekMiddle(w.week), w.cumulativeIncrementalConversions);
        low = std::min(low, w.cumulativeIncrementalConversions);
        high = std::max(high, w.cumulativeIncrementalConversions);
        ++m_points;
    }
    const QColor accent(0x1a, 0x73, 0xe8);
    line->setName(tr("Cumulative incremental conversions"));
    line->setPen(QPen(accent, 2));
    dots->setMarkerSize(7);
    dots->setColor(accent);
    dots->setBorderColor(accent);
    auto *zero = new QLineSeries;
    zero->setPen(QPen(QColor(0x9a, 0xa0, 0xa6), 1, Qt::DashLine));
    const qreal first = line->at(0).x();
    const qreal last = line->count() > 1 ? line->at(line->count() - 1).x() : first + 7 * 86400000.0;
    zero->append(first, 0);
    zero->append(last, 0);
    chart->addSeries(zero);
    chart->addSeries(line);
    chart->addSeries(dots);
    auto *x = new QDateTimeAxis;
    x->setFormat(DisplayFormat::dayFormat());
    x->setTickCount(std::min(6, std::max(2, m_points)));
    x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(first)),
                QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(last)));
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    const double margin = std::max(1.0, (high - low) * 0.1);
    y->setRange(low - margin, high + margin);
    y->setLabelFormat(u"%.0f"_s);
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(zero), static_cast<QAbstractSeries *>(line),
                                    static_cast<QAbstractSeries *>(dots)}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

} // namespace mwb::ui
