#include "KpiTrendChart.h"

#include "ChartExport.h"
#include "ChartSupport.h"
#include "DisplayFormat.h"
#include "store/WorkspaceSettings.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

// The middle of the bucket starting on `start`, where its point is drawn.
qreal middleOf(TimeBucket bucket, const QDate &start)
{
    const qint64 days = start.daysTo(TimeBuckets::endOf(bucket, start)) + 1;
    return static_cast<qreal>(QDateTime(start, QTime(0, 0)).toMSecsSinceEpoch()) + days * 43200000.0;
}

} // namespace

KpiTrendChart::KpiTrendChart(QWidget *parent)
    : QChartView(parent)
{
    QChart *chart = setUpChartView(this, tr("Revenue and active customers by month"), 240);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void KpiTrendChart::setTrend(const QList<TrendPoint> &trend, TimeBucket bucket, const Period &period,
                             const QString &currency)
{
    m_bucket = bucket;
    const QString unit = bucket == TimeBucket::Month ? tr("Month")
        : bucket == TimeBucket::Week                 ? tr("Week from")
                                                     : tr("Day");
    QList<ExportRow> rows;
    for (const TrendPoint &p : trend)
        rows.append({p.start, static_cast<double>(p.revenueMinor) / minorUnitsPerMajor(currency), p.activeCustomers});
    ChartExport::of(this)->setData({unit, tr("Revenue (%1)").arg(currency), tr("Active customers")}, rows);
    QChart *chart = this->chart();
    clearChart(chart);
    chart->setTitle(bucket == TimeBucket::Month      ? tr("Revenue and active customers by month")
                        : bucket == TimeBucket::Week ? tr("Revenue and active customers by week")
                                                     : tr("Revenue and active customers by day"));
    m_points = static_cast<int>(trend.size());
    chart->legend()->setVisible(!trend.isEmpty());
    ChartExport::of(this)->setNote(trend.isEmpty() ? tr("Not enough data yet: the trend appears with the first orders.")
                                                   : QString());
    if (trend.isEmpty())
        return;

    double maxMinor = 0;
    qint64 maxActive = 0;
    for (const TrendPoint &p : trend) {
        maxMinor = std::max(maxMinor, static_cast<double>(p.revenueMinor));
        maxActive = std::max(maxActive, p.activeCustomers);
    }
    // Axis labels cannot group digits, so large amounts are shown in thousands.
    const bool thousands = maxMinor / minorUnitsPerMajor(currency) >= 100000;
    const double divisor = minorUnitsPerMajor(currency) * (thousands ? 1000.0 : 1.0);

    const QColor accent(0x2f, 0x80, 0xed);
    const QColor second(0xe8, 0x71, 0x0a);

    auto *upper = new QLineSeries;
    auto *active = new QLineSeries;
    auto *shadeUpper = new QLineSeries;
    for (const TrendPoint &p : trend) {
        const qreal at = middleOf(bucket, p.start);
        upper->append(at, static_cast<double>(p.revenueMinor) / divisor);
        active->append(at, static_cast<double>(p.activeCustomers));
        // The buckets that overlap the chosen period.
        if (period.isValid() && p.start <= period.to && TimeBuckets::endOf(bucket, p.start) >= period.from)
            shadeUpper->append(at, static_cast<double>(p.revenueMinor) / divisor);
    }
    auto *area = new QAreaSeries(upper);
    upper->setParent(area); // the area series does not own its line
    area->setName(tr("Revenue"));
    area->setPen(QPen(accent, 2));
    QColor fill = accent;
    fill.setAlpha(50);
    area->setBrush(fill);
    chart->addSeries(area);

    // The months of the chosen period, a darker band under the revenue.
    QAreaSeries *shade = nullptr;
    if (shadeUpper->count() > 0) {
        if (shadeUpper->count() == 1) {
            const QPointF only = shadeUpper->at(0);
            // A lone bucket: a band almost as wide as the bucket.
            const qreal half = bucket == TimeBucket::Month ? 13.0 : bucket == TimeBucket::Week ? 3.0 : 0.4;
            shadeUpper->replace(0, QPointF(only.x() - half * 86400000.0, only.y()));
            shadeUpper->append(only.x() + half * 86400000.0, only.y());
        }
        shade = new QAreaSeries(shadeUpper);
        shadeUpper->setParent(shade);
        shade->setName(tr("Chosen period"));
        QColor band = accent;
        band.setAlpha(130);
        shade->setBrush(band);
        shade->setPen(Qt::NoPen);
        chart->addSeries(shade);
    } else {
        delete shadeUpper;
    }

    active->setName(tr("Active customers"));
    active->setPen(QPen(second, 2));
    chart->addSeries(active);

    auto *x = new QDateTimeAxis;
    x->setFormat(bucket == TimeBucket::Month ? DisplayFormat::monthFormat(false) : DisplayFormat::dayFormat());
    x->setTickCount(std::min<int>(7, std::max<int>(2, m_points)));
    // Whole buckets at both ends, so the chosen period's band shows even at the edge.
    x->setRange(QDateTime(trend.constFirst().start, QTime(0, 0)),
                QDateTime(TimeBuckets::endOf(bucket, trend.constLast().start).addDays(1), QTime(0, 0)));
    chart->addAxis(x, Qt::AlignBottom);

    auto *money = new QValueAxis;
    money->setRange(0, std::max(1.0, maxMinor / divisor * 1.1));
    money->setLabelFormat(u"%.0f"_s);
    const QString symbol = DisplayFormat::currencySymbol(currency).trimmed();
    money->setTitleText(thousands ? tr("Revenue (%1 thousand)").arg(symbol) : tr("Revenue (%1)").arg(symbol));
    money->applyNiceNumbers();
    money->setLinePenColor(accent);
    chart->addAxis(money, Qt::AlignLeft);

    auto *people = new QValueAxis;
    people->setRange(0, std::max<double>(1.0, static_cast<double>(maxActive) * 1.1));
    people->setLabelFormat(u"%.0f"_s);
    people->setTitleText(tr("Active customers"));
    people->applyNiceNumbers();
    people->setLinePenColor(second);
    people->setGridLineVisible(false);
    chart->addAxis(people, Qt::AlignRight);

    area->attachAxis(x);
    area->attachAxis(money);
    if (shade) {
        shade->attachAxis(x);
        shade->attachAxis(money);
    }
    active->attachAxis(x);
    active->attachAxis(people);
}

} // namespace mwb::ui
