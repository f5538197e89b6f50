#include "TierChart.h"

#include "ChartExport.h"
#include "ChartSupport.h"
#include "DisplayFormat.h"
#include "vocabulary/Figures.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mwb::ui {

TierChart::TierChart(QWidget *parent)
    : QChartView(parent)
{
    setUpChartView(this, tr("Members by tier"), 260);
    setToolTip(Figures::tooltip(Figure::TierMembers));
}

qint64 TierChart::barValue(const QString &tier) const
{
    for (const TierCount &count : m_counts) {
        if (count.tier == tier)
            return count.members;
    }
    return 0;
}

void TierChart::setDistribution(const QDate &day, const QList<TierCount> &counts)
{
    m_counts = counts;
    chart()->setTitle(tr("Members by tier on %1").arg(DisplayFormat::date(day)));
    QList<ExportRow> rows;
    for (const TierCount &count : counts)
        rows.append({count.tier, count.members});
    ChartExport::of(this)->setData({tr("Tier"), Figures::label(Figure::TierMembers)}, rows);
    clearChart(chart());
    qint64 total = 0;
    for (const TierCount &count : counts)
        total += count.members;
    ChartExport::of(this)->setNote(total == 0 ? tr("Not enough data yet: nobody is a member on this day.") : QString());
    if (total == 0)
        return;
    auto *set = new QBarSet(Figures::label(Figure::TierMembers));
    set->setColor(QColor(0x2f, 0x6f, 0xc4));
    set->setBorderColor(set->color());
    set->setLabelColor(chart()->titleBrush().color());
    QStringList categories;
    qint64 largest = 1;
    for (const TierCount &count : counts) {
        categories << count.tier;
        *set << static_cast<qreal>(count.members);
        largest = std::max(largest, count.members);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value"_s);
    series->setBarWidth(0.6);
    chart()->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart()->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, static_cast<qreal>(largest) * 1.15); // room for the labels
    y->setLabelFormat(u"%.0f"_s);
    y->applyNiceNumbers();
    chart()->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    connect(series, &QBarSeries::hovered, this, [this, total](bool on, int index, QBarSet *) {
        if (!on || index < 0 || index >= m_counts.size()) {
            setToolTip(Figures::tooltip(Figure::TierMembers));
            return;
        }
        const TierCount &count = m_counts[index];
        setToolTip(tr("%1: %2 members, %3 of all")
                       .arg(count.tier, DisplayFormat::count(count.members),
                            DisplayFormat::percent(static_cast<double>(count.members) / static_cast<double>(total))));
    });
}

} // namespace mwb::ui
