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

qreal monthMiddle(const QDate &month)
{
    return static_cast<qreal>(QDateTime(month.addDays(14), QTime(12, 0)).toMSecsSinceEpoch());
}

} // namespace

KpiTrendChart::KpiTrendChart(QWidget *parent)
    : QChartView(parent)
{
    QChart *chart = setUpChartView(this, tr("Revenue and active customers by month"), 240);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void KpiTrendChart::setTrend(const QList<TrendPoint> &trend, const Period &period, const QString &currency)
{
    QList<ExportRow> rows;
    for (const TrendPoint &p : trend)
        rows.append({p.month, static_cast<double>(p.revenueMinor) / minorUnitsPerMajor(currency), p.activeCustomers});
    ChartExport::of(this)->setData({tr("Month"), tr("Revenue (%1)").arg(currency), tr("Active customers")}, rows);
    QChart *chart = this->chart();
    clearChart(chart);
    m_points = static_cast<int>(trend.size());
    chart->legend()->setVisible(!trend.isEmpty());
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
        upper->append(monthMiddle(p.month), static_cast<double>(p.revenueMinor) / divisor);
        active->append(monthMiddle(p.month), static_cast<double>(p.activeCustomers));
        if (p.month >= QDate(period.from.year(), period.from.month(), 1) && p.month <= period.to)
            shadeUpper->append(monthMiddle(p.month), static_cast<double>(p.revenueMinor) / divisor);
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
            shadeUpper->replace(0, QPointF(only.x() - 13.0 * 86400000.0, only.y()));
            shadeUpper->append(only.x() + 13.0 * 86400000.0, only.y());
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
    x->setFormat(DisplayFormat::monthFormat(false));
    x->setTickCount(std::min<int>(7, std::max<int>(2, m_points)));
    // Whole months at both ends, so the chosen period's band shows even at the edge.
    x->setRange(QDateTime(trend.constFirst().month, QTime(0, 0)),
                QDateTime(trend.constLast().month.addMonths(1), QTime(0, 0)));
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
