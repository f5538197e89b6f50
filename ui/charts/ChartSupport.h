// What the charts of the window share: a chart view set up alike everywhere, and clearing
// a chart before it draws new figures.
#pragma once

#include <QChartView>

namespace mwb::ui {

// Gives `view` a new chart with this title (antialiased, rounded background, no legend)
// and its Save button (ChartExport).
QChart *setUpChartView(QChartView *view, const QString &title, int minimumHeight);
// Removes every series and axis of the chart (the axes are deleted).
void clearChart(QChart *chart);

} // namespace mwb::ui
