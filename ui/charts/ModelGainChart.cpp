#include "ModelGainChart.h"

#include "ChartExport.h"
#include "ChartSupport.h"
#include "DisplayFormat.h"
#include "vocabulary/Figures.h"

#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace mwb::ui {

ModelGainChart::ModelGainChart(QWidget *parent)
    : QChartView(parent)
{
    setUpChartView(this, tr("Gain: share of all positives in the top customers by score"), 240);
    setToolTip(Figures::tooltip(Figure::ModelGain));
}

void ModelGainChart::setDeciles(const std::array<DecileRow, 10> *deciles)
{
    QChart *chart = this->chart();
    clearChart(chart);
    m_points = 0;
    QList<ExportRow> rows;
    if (deciles) {
        for (std::size_t i = 0; i < deciles->size(); ++i) {
            const DecileRow &d = (*deciles)[i];
            rows.append({static_cast<qint64>((i + 1) * 10), d.customers, d.positives, d.gain});
        }
    }
    ChartExport::of(this)->setData({tr("Top % of customers"), tr("Customers"), tr("Positives"), tr("Gain")}, rows);
    ChartExport::of(this)->setNote(deciles ? QString()
                                           : tr("Not enough data yet: the model has no held-out period to be judged "
                                                "on."));
    if (!deciles)
        return;
    auto *line = new QLineSeries;
    auto *dots = new QScatterSeries;
    line->append(0, 0);
    for (std::size_t i = 0; i < deciles->size(); ++i) {
        const double x = static_cast<double>(i + 1) * 10;
        const double y = (*deciles)[i].gain * 100;
        line->append(x, y);
        dots->append(x, y);
        ++m_points;
    }
    const QColor accent(0x1a, 0x73, 0xe8);
    line->setPen(QPen(accent, 2));
    dots->setMarkerSize(7);
    dots->setColor(accent);
    dots->setBorderColor(accent);
    auto *random = new QLineSeries;
    random->setPen(QPen(QColor(0x9a, 0xa0, 0xa6), 1, Qt::DashLine));
    random->append(0, 0);
    random->append(100, 100);
    chart->addSeries(random);
    chart->addSeries(line);
    chart->addSeries(dots);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setTickCount(11);
    x->setLabelFormat(u"%.0f%%"_s);
    x->setTitleText(tr("customers, highest scores first"));
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(u"%.0f%%"_s);
    y->setTitleText(tr("positives found"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(random), static_cast<QAbstractSeries *>(line),
                                    static_cast<QAbstractSeries *>(dots)}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

} // namespace mwb::ui
