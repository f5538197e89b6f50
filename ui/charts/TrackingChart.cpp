#include "TrackingChart.h"

#include "ChartExport.h"
#include "DisplayFormat.h"
#include "vocabulary/TimeBuckets.h"
#include "ChartSupport.h"

#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

qreal at(const QDate &day)
{
    return static_cast<qreal>(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

} // namespace

TrackingChart::TrackingChart(QWidget *parent)
    : QChartView(parent)
{
    QChart *chart = setUpChartView(this, tr("Tracking: cumulative repeat purchases"), 220);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void TrackingChart::setTracking(const QList<TrackingPoint> &points, const QDate &calibrationEnd)
{
    QList<ExportRow> rows;
    for (const TrackingPoint &p : points)
        rows.append({p.weekStart, p.actual, p.expected});
    ChartExport::of(this)->setData(
        {tr("Week from"), tr("Actual cumulative repeat purchases"), tr("Expected cumulative repeat purchases")}, rows);
    QChart *chart = this->chart();
    clearChart(chart);
    m_points = static_cast<int>(points.size());
    chart->legend()->setVisible(!points.isEmpty());
    if (points.isEmpty())
        return;
    auto *actual = new QLineSeries;
    auto *expected = new QLineSeries;
    actual->setName(tr("Actual"));
    expected->setName(tr("Expected"));
    actual->setPen(QPen(QColor(0x2f, 0x80, 0xed), 2));
    QPen dashed(QColor(0xe8, 0x71, 0x0a), 2);
    dashed.setStyle(Qt::DashLine);
    expected->setPen(dashed);
    double maxValue = 0;
    for (const TrackingPoint &p : points) {
        actual->append(at(p.weekStart), p.actual);
        expected->append(at(p.weekStart), p.expected);
        maxValue = std::max({maxValue, p.actual, p.expected});
    }
    chart->addSeries(actual);
    chart->addSeries(expected);

    // The calibration end as a vertical line.
    QLineSeries *marker = nullptr;
    if (calibrationEnd.isValid() && calibrationEnd >= points.constFirst().weekStart
        && calibrationEnd <= points.constLast().weekStart) {
        marker = new QLineSeries;
        marker->setName(tr("Calibration end"));
        marker->append(at(calibrationEnd), 0);
        marker->append(at(calibrationEnd), maxValue * 1.05);
        QPen pen(QColor(0x80, 0x86, 0x8b), 1);
        pen.setStyle(Qt::DotLine);
        marker->setPen(pen);
        chart->addSeries(marker);
    }

    auto *x = new QDateTimeAxis;
    // Weeks are labelled by their day when the whole stretch is short, else by their month.
    x->setFormat(TimeBuckets::forRange(points.constFirst().weekStart, points.constLast().weekStart) == TimeBucket::Month
                     ? DisplayFormat::monthFormat(false)
                     : DisplayFormat::dayFormat());
    x->setTickCount(4);
    x->setRange(QDateTime(points.constFirst().weekStart, QTime(12, 0)),
                QDateTime(points.constLast().weekStart, QTime(12, 0)));
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setRange(0, std::max(1.0, maxValue * 1.1));
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(tr("Repeat purchases"));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : {actual, expected, marker}) {
        if (!series)
            continue;
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

} // namespace mwb::ui
