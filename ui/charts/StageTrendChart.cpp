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
    for (int i = 0; i < m_trend.months.size(); ++i) {
        const qreal d = std::abs(timeOf(m_trend.months[i]) - msecsSinceEpoch);
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
    QStringList columns{tr("Month")};
    for (LifecycleStage stage : kLifecycleStages)
        columns << StageStyle::displayName(stage);
    QList<ExportRow> rows;
    for (qsizetype m = 0; m < trend.months.size(); ++m) {
        ExportRow row{trend.months[m]};
        for (LifecycleStage stage : kLifecycleStages)
            row.append(static_cast<qint64>(trend.customers[m][static_cast<std::size_t>(stageIndex(stage))]));
        rows.append(row);
    }
    ChartExport::of(this)->setData(columns, rows);
    QChart *chart = this->chart();
    clearChart(chart);
    if (trend.months.isEmpty())
        return;

    auto *x = new QDateTimeAxis;
    x->setFormat(DisplayFormat::monthFormat(false));
    x->setTickCount(std::min<int>(7, std::max<int>(2, static_cast<int>(trend.months.size()))));
    x->setRange(QDateTime(trend.months.constFirst(), QTime(12, 0)), QDateTime(trend.months.constLast(), QTime(12, 0)));
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(tr("Customers"));
    chart->addAxis(y, Qt::AlignLeft);

    // Stacked: each stage's area lies on top of the stages before it.
    std::vector<qreal> base(static_cast<std::size_t>(trend.months.size()), 0.0);
    qreal top = 0;
    for (LifecycleStage stage : kLifecycleStages) {
        auto *lower = new QLineSeries;
        auto *upper = new QLineSeries;
        for (qsizetype m = 0; m < trend.months.size(); ++m) {
            const qreal at = timeOf(trend.months[m]);
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
                Q_EMIT pointClicked(m_trend.months[month], stage);
        });
    }
    y->setRange(0, std::max<qreal>(1, top) * 1.05);
    y->applyNiceNumbers();
}

} // namespace mwb::ui
