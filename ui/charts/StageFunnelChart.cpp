#include "StageFunnelChart.h"

#include "ChartExport.h"
#include "ChartSupport.h"
#include "DisplayFormat.h"
#include "lifecycle/StageStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace mwb::ui {

StageFunnelChart::StageFunnelChart(QWidget *parent)
    : QChartView(parent)
{
    setUpChartView(this, tr("Customers by stage"), 240);
}

qint64 StageFunnelChart::barValue(LifecycleStage stage) const
{
    return m_funnel.customers[static_cast<std::size_t>(stageIndex(stage))];
}

void StageFunnelChart::setFunnel(const Funnel &funnel)
{
    m_funnel = funnel;
    QList<ExportRow> rows;
    for (LifecycleStage stage : kLifecycleStages)
        rows.append({StageStyle::displayName(stage), barValue(stage)});
    ChartExport::of(this)->setData(
        {tr("Stage"),
         funnel.asOf.isValid() ? tr("Customers on %1").arg(funnel.asOf.toString(Qt::ISODate)) : tr("Customers")},
        rows);
    QChart *chart = this->chart();
    clearChart(chart);
    chart->setTitle(funnel.asOf.isValid() ? tr("Customers by stage on %1").arg(DisplayFormat::date(funnel.asOf))
                                          : tr("Customers by stage"));

    // One set per stage, each holding only its own bar, so every stage keeps its colour
    // and a click names the stage. Drawn top to bottom: Aware first.
    auto *series = new QHorizontalStackedBarSeries;
    QStringList categories;
    const qint64 total = funnel.total();
    qint64 largest = 0;
    for (int row = kLifecycleStageCount - 1; row >= 0; --row) {
        const LifecycleStage stage = kLifecycleStages[static_cast<std::size_t>(row)];
        const qint64 n = barValue(stage);
        largest = std::max(largest, n);
        const double share = total > 0 ? 100.0 * static_cast<double>(n) / static_cast<double>(total) : 0.0;
        categories << tr("%1  %2 · %3%")
                          .arg(StageStyle::displayName(stage), DisplayFormat::count(n),
                               QLocale().toString(share, 'f', 1));
    }
    for (LifecycleStage stage : kLifecycleStages) {
        auto *set = new QBarSet(StageStyle::displayName(stage));
        set->setColor(StageStyle::color(stage));
        set->setBorderColor(StageStyle::color(stage));
        for (int row = kLifecycleStageCount - 1; row >= 0; --row)
            *set << (kLifecycleStages[static_cast<std::size_t>(row)] == stage ? static_cast<qreal>(barValue(stage))
                                                                              : 0.0);
        connect(set, &QBarSet::clicked, this, [this, stage](int) { Q_EMIT stageClicked(stage); });
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto *y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    x->setRange(0, std::max<qint64>(1, largest) * 1.05);
    x->setLabelFormat(u"%.0f"_s);
    x->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
}

} // namespace mwb::ui
