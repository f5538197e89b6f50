#include "MonthlySalesChart.h"

#include "ChartSupport.h"
#include "DisplayFormat.h"
#include "store/WorkspaceSettings.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QDateTime monthMiddle(const QDate &month)
{
    return QDateTime(month.addDays(14), QTime(12, 0));
}

} // namespace

MonthlySalesChart::MonthlySalesChart(QWidget *parent)
    : QChartView(parent)
{
    setUpChartView(this, tr("Revenue by month"), 260);
}

void MonthlySalesChart::setSales(const QList<MonthlySales> &months, const QString &currency)
{
    rebuild(months, currency);
}

int MonthlySalesChart::pointCount() const
{
    return m_points;
}

void MonthlySalesChart::rebuild(const QList<MonthlySales> &months, const QString &currency)
{
    QChart *chart = this->chart();
    clearChart(chart);
    m_points = static_cast<int>(months.size());
    if (months.isEmpty())
        return;

    double maxMinor = 0;
    for (const MonthlySales &m : months)
        maxMinor = std::max(maxMinor, static_cast<double>(m.revenueMinor));
    // Axis labels cannot group digits, so large amounts are shown in thousands.
    const bool thousands = maxMinor / minorUnitsPerMajor(currency) >= 100000;
    const double divisor = minorUnitsPerMajor(currency) * (thousands ? 1000.0 : 1.0);

    auto *upper = new QLineSeries;
    double maxValue = 0;
    for (const MonthlySales &m : months) {
        // Each month is drawn at its middle, so the area reads as monthly totals.
        const double value = static_cast<double>(m.revenueMinor) / divisor;
        upper->append(static_cast<qreal>(monthMiddle(m.month).toMSecsSinceEpoch()), value);
        maxValue = std::max(maxValue, value);
    }
    auto *area = new QAreaSeries(upper);
    upper->setParent(area); // the area series does not own its line
    area->setName(tr("Revenue"));
    const QColor accent(0x2f, 0x80, 0xed);
    area->setPen(QPen(accent, 2));
    QColor fill = accent;
    fill.setAlpha(60);
    area->setBrush(fill);
    chart->addSeries(area);

    auto *x = new QDateTimeAxis;
    x->setFormat(u"MMM yyyy"_s);
    x->setTickCount(std::min<int>(7, std::max<int>(2, static_cast<int>(months.size()))));
    x->setRange(monthMiddle(months.constFirst().month), monthMiddle(months.constLast().month));
    chart->addAxis(x, Qt::AlignBottom);
    area->attachAxis(x);

    auto *y = new QValueAxis;
    y->setRange(0, maxValue * 1.1);
    y->setLabelFormat(u"%.0f"_s);
    const QString symbol = DisplayFormat::currencySymbol(currency).trimmed();
    y->setTitleText(thousands ? tr("Revenue (%1 thousand)").arg(symbol) : tr("Revenue (%1)").arg(symbol));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    area->attachAxis(y);
}

} // namespace mwb::ui
