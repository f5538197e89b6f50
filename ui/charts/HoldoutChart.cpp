#include "HoldoutChart.h"

#include "ChartExport.h"
#include "ChartSupport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mwb::ui {

HoldoutChart::HoldoutChart(QWidget *parent)
    : QChartView(parent)
{
    QChart *chart = setUpChartView(this, tr("Holdout: actual vs expected purchases"), 220);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void HoldoutChart::setChecks(const QList<FrequencyCheck> &checks)
{
    QList<ExportRow> rows;
    for (int i = 0; i < checks.size(); ++i) {
        const FrequencyCheck &c = checks.at(i);
        rows.append({i + 1 == checks.size() && checks.size() > 1 ? u"%1+"_s.arg(c.x) : QString::number(c.x),
                     c.customers, c.actual, c.expected});
    }
    ChartExport::of(this)->setData({tr("Repeat purchases in calibration"), tr("Customers"),
                                    tr("Actual mean in holdout"), tr("Expected mean in holdout")},
                                   rows);
    QChart *chart = this->chart();
    clearChart(chart);
    m_groups = static_cast<int>(checks.size());
    chart->legend()->setVisible(!checks.isEmpty());
    if (checks.isEmpty())
        return;
    auto *actual = new QBarSet(tr("Actual"));
    auto *expected = new QBarSet(tr("Expected"));
    actual->setColor(QColor(0x2f, 0x80, 0xed));
    expected->setColor(QColor(0xe8, 0x71, 0x0a));
    QStringList categories;
    double maxValue = 0;
    for (int i = 0; i < checks.size(); ++i) {
        const FrequencyCheck &c = checks.at(i);
        actual->append(c.actual);
        expected->append(c.expected);
        maxValue = std::max({maxValue, c.actual, c.expected});
        categories << (i + 1 == checks.size() && checks.size() > 1 ? u"%1+"_s.arg(c.x) : QString::number(c.x));
    }
    auto *series = new QBarSeries;
    series->append(actual);
    series->append(expected);
    chart->addSeries(series);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("Repeat purchases in calibration"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, std::max(0.1, maxValue * 1.1));
    y->setLabelFormat(u"%.1f"_s);
    y->setTitleText(tr("Mean in holdout"));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

} // namespace mwb::ui
