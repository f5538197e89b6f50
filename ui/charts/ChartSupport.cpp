#include "ChartSupport.h"

#include "ChartExport.h"
#include <QLegend>

namespace mwb::ui {

QChart *setUpChartView(QChartView *view, const QString &title, int minimumHeight)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    // What a screen reader calls the chart, unless the view names itself.
    if (view->accessibleName().isEmpty())
        view->setAccessibleName(title);
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setTitle(title);
    chart->setBackgroundRoundness(8);
    view->setChart(chart);
    if (!ChartExport::of(view))
        new ChartExport(view);
    return chart;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace mwb::ui
