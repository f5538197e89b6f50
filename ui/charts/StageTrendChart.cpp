#include "StageTrendChart.h"

#include "ChartExport.h"
#include "ChartSupport.h"
#include "DisplayFormat.h"
#include "lifecycle/StageStyle.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {
qreal timeOf(const QDate &day)
{
    return static_cast<qreal>(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}
} // namespace

StageTrendChart::StageTrendChart(QWidget *parent)
    : QChartView(parent)
{
    QChart *chart = setUpChartView(this, tr("Stage sizes by month"), 260);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->show();
}

int StageTrendChart::monthAt(qreal msecsSinceEpoch) const
{
    int best = -1;
    qreal distance = 0;
    for (int i = 0; i < m_trend.ends.size(); ++i) {
        const qreal d = std::abs(timeOf(m_trend.ends[i]) - msecsSinceEpoch);
        if (best < 0 || d < distance) {
            best = i;
            distance = d;
        }
    }
    return best;
}

void StageTrendChart::setTrend(const StageTrend &trend)
{
    m_trend = trend;
    QStringList columns{tr("On")};
    for (LifecycleStage stage : kLifecycleStages)
        columns << StageStyle::displayName(stage);
    QList<ExportRow> rows;
    for (qsizetype m = 0; m < trend.ends.size(); ++m) {
        ExportRow row{trend.ends[m]};
        for (LifecycleStage stage : kLifecycleStages)
            row.append(static_cast<qint64>(trend.customers[m][static_cast<std::size_t>(stageIndex(stage))]));
        rows.append(row);
    }
    ChartExport::of(this)->setData(columns, rows);
    QChart *chart = this->chart();
    clearChart(chart);
    chart->setTitle(trend.bucket == TimeBucket::Month      ? tr("Stage sizes by month")
                        : trend.bucket == TimeBucket::Week ? tr("Stage sizes by week")
                                                           : tr("Stage sizes by day"));
    // An area needs two points: one day of data draws nothing yet.
    ChartExport::of(this)->setNote(trend.ends.size() < 2 ? tr("Not enough data yet: the stages are drawn over time "
                                                              "from the second day with data.")
                                                         : QString());
    if (trend.ends.size() < 2)
        return;

    auto *x = new QDateTimeAxis;
    x->setFormat(trend.bucket == TimeBucket::Month ? DisplayFormat::monthFormat(false) : DisplayFormat::dayFormat());
    x->setTickCount(std::min<int>(7, std::max<int>(2, static_cast<int>(trend.ends.size()))));
    x->setRange(QDateTime(trend.ends.constFirst(), QTime(12, 0)), QDateTime(trend.ends.constLast(), QTime(12, 0)));
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(tr("Customers"));
    chart->addAxis(y, Qt::AlignLeft);

    // Stacked: each stage's area lies on top of the stages before it.
    std::vector<qreal> base(static_cast<std::size_t>(trend.ends.size()), 0.0);
    qreal top = 0;
    for (LifecycleStage stage : kLifecycleStages) {
        auto *lower = new QLineSeries;
        auto *upper = new QLineSeries;
        for (qsizetype m = 0; m < trend.ends.size(); ++m) {
            const qreal at = timeOf(trend.ends[m]);
            const auto i = static_cast<std::size_t>(m);
            lower->append(at, base[i]);
            base[i] += static_cast<qreal>(trend.customers[m][static_cast<std::size_t>(stageIndex(stage))]);
            upper->append(at, base[i]);
            top = std::max(top, base[i]);
        }
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area); // an area series does not own its lines
        lower->setParent(area);
        area->setName(StageStyle::displayName(stage));
        area->setColor(StageStyle::color(stage));
        area->setBorderColor(StageStyle::color(stage).darker(115));
        chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
        connect(area, &QAreaSeries::clicked, this, [this, stage](const QPointF &point) {
            const int month = monthAt(point.x());
            if (month >= 0)
                Q_EMIT pointClicked(m_trend.ends[month], stage);
        });
    }
    y->setRange(0, std::max<qreal>(1, top) * 1.05);
    y->applyNiceNumbers();
}

} // namespace mwb::ui
