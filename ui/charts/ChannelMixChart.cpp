#include "ChannelMixChart.h"

#include "ChartExport.h"
#include "store/WorkspaceSettings.h"
#include "ChartSupport.h"
#include "DisplayFormat.h"
#include "customers/ChannelStyle.h"

#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

// Beyond this many channels the smallest are drawn as one "Other" slice.
constexpr int kMaxSlices = 7;

const QList<QColor> &sliceColors()
{
    static const QList<QColor> colors{QColor(0x2f, 0x80, 0xed), QColor(0xe8, 0x71, 0x0a), QColor(0x1e, 0x8e, 0x3e),
                                      QColor(0x8e, 0x44, 0xad), QColor(0xd9, 0x30, 0x25), QColor(0x00, 0x97, 0xa7),
                                      QColor(0xf2, 0xb7, 0x05), QColor(0x9a, 0xa0, 0xa6)};
    return colors;
}

} // namespace

ChannelMixChart::ChannelMixChart(QWidget *parent)
    : QChartView(parent)
{
    QChart *chart = setUpChartView(this, tr("Revenue by channel"), 240);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setShowToolTips(true); // a name cut short reads whole on hover
    QFont small = chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    chart->legend()->setFont(small);
}

void ChannelMixChart::setChannels(const QList<ChannelShare> &channels, const QString &currency)
{
    QList<ExportRow> rows;
    for (const ChannelShare &c : channels) {
        rows.append({c.channel.isEmpty() ? tr("(no channel)") : ChannelStyle::displayName(c.channel), c.orders,
                     static_cast<double>(c.revenueMinor) / minorUnitsPerMajor(currency)});
    }
    ChartExport::of(this)->setData({tr("Channel"), tr("Orders"), tr("Revenue (%1)").arg(currency)}, rows);
    QChart *chart = this->chart();
    clearChart(chart);
    m_slices = 0;
    qint64 total = 0;
    for (const ChannelShare &c : channels)
        total += std::max<qint64>(0, c.revenueMinor);
    chart->legend()->setVisible(total > 0);
    ChartExport::of(this)->setNote(total > 0 ? QString() : tr("No revenue in this period."));
    if (total <= 0)
        return;

    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    qint64 other = 0;
    for (int i = 0; i < channels.size(); ++i) {
        const ChannelShare &c = channels.at(i);
        if (c.revenueMinor <= 0)
            continue;
        if (m_slices >= kMaxSlices - 1 && channels.size() > kMaxSlices) {
            other += c.revenueMinor;
            continue;
        }
        const QString name = c.channel.isEmpty() ? tr("(no channel)") : ChannelStyle::displayName(c.channel);
        const double share = static_cast<double>(c.revenueMinor) / static_cast<double>(total);
        QPieSlice *slice = series->append(tr("%1  %2").arg(name, DisplayFormat::percent(share, 0)),
                                          static_cast<double>(c.revenueMinor));
        slice->setColor(sliceColors().at(m_slices % sliceColors().size()));
        slice->setBorderColor(Qt::white);
        ++m_slices;
    }
    if (other > 0) {
        QPieSlice *slice = series->append(
            tr("Other  %1").arg(DisplayFormat::percent(static_cast<double>(other) / static_cast<double>(total), 0)),
            static_cast<double>(other));
        slice->setColor(sliceColors().constLast());
        slice->setBorderColor(Qt::white);
        ++m_slices;
    }
    chart->addSeries(series);
    chart->setToolTip(tr("%1 in the period").arg(DisplayFormat::money(total, currency)));
}

} // namespace mwb::ui
