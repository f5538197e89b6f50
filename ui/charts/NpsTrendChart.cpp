#include "NpsTrendChart.h"

#include "ChartExport.h"
#include "ChartSupport.h"
#include "DisplayFormat.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
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

NpsTrendChart::NpsTrendChart(QWidget *parent)
    : QChartView(parent)
{
    setUpChartView(this, tr("Net Promoter Score by month"), 240);
}

void NpsTrendChart::setMonths(const QList<NpsMonth> &months)
{
    QList<ExportRow> rows;
    for (const NpsMonth &m : months) {
        const auto score = m.counts.score();
        rows.append({m.month, score ? ExportCell{*score} : ExportCell{}, m.counts.promoters, m.counts.passives,
                     m.counts.detractors});
    }
    ChartExport::of(this)->setData({tr("Month"), tr("NPS"), tr("Promoters"), tr("Passives"), tr("Detractors")}, rows);
    QChart *chart = this->chart();
    clearChart(chart);
    m_points = 0;
    auto *line = new QLineSeries;
    auto *dots = new QScatterSeries;
    double low = 0;
    double high = 0;
    for (const NpsMonth &m : months) {
        const auto score = m.counts.score();
        if (!score)
            continue;
        line->append(monthMiddle(m.month), *score);
        dots->append(monthMiddle(m.month), *score);
        low = std::min(low, *score);
        high = std::max(high, *score);
        ++m_points;
    }
    ChartExport::of(this)->setNote(m_points == 0 ? tr("Not enough data yet: no NPS answers have been imported.")
                                                 : QString());
    if (m_points == 0) {
        delete line;
        delete dots;
        return;
    }
    const QColor accent(0x1e, 0x8e, 0x3e);
    line->setName(tr("NPS"));
    line->setPen(QPen(accent, 2));
    dots->setMarkerSize(7);
    dots->setColor(accent);
    dots->setBorderColor(accent);
    auto *zero = new QLineSeries;
    zero->setPen(QPen(QColor(0x9a, 0xa0, 0xa6), 1, Qt::DashLine));
    zero->append(line->at(0).x(), 0);
    zero->append(line->at(line->count() - 1).x(), 0);
    chart->addSeries(zero);
    chart->addSeries(line);
    chart->addSeries(dots);

    auto *x = new QDateTimeAxis;
    x->setFormat(DisplayFormat::monthFormat(false));
    x->setTickCount(std::min(6, std::max(2, m_points)));
    x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(line->at(0).x())),
                QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(line->at(line->count() - 1).x())));
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    // From a little under the lowest score to a little over the highest, within ±100.
    y->setRange(std::max(-100.0, std::min(-10.0, low - 10)), std::min(100.0, std::max(10.0, high + 10)));
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(tr("NPS"));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(zero), static_cast<QAbstractSeries *>(line),
                                    static_cast<QAbstractSeries *>(dots)}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

} // namespace mwb::ui
