#include "AttributionChart.h"

#include "ChartExport.h"
#include "ChartSupport.h"
#include "PictureFile.h"
#include "DisplayFormat.h"
#include "customers/ChannelStyle.h"
#include "store/WorkspaceSettings.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QFileInfo>
#include <QLegend>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

const QList<QColor> &modelColors()
{
    static const QList<QColor> colors{QColor(0x2f, 0x6f, 0xd6), QColor(0xe8, 0x71, 0x0a), QColor(0x1e, 0x8e, 0x3e),
                                      QColor(0x8e, 0x44, 0xad)};
    return colors;
}

} // namespace

AttributionChart::AttributionChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(u"attributionChart"_s);
    setAccessibleName(tr("First-purchase revenue by channel and attribution model"));
    QChart *chart = setUpChartView(this, tr("First-purchase revenue by channel"), 260);
    chart->legend()->setAlignment(Qt::AlignTop);
}

QStringList AttributionChart::modelNames()
{
    return {tr("First touch"), tr("Last touch"), tr("Linear"), tr("Time decay")};
}

void AttributionChart::setCredits(const QList<ChannelCredit> &credits, const QString &currency)
{
    {
        const double major = minorUnitsPerMajor(currency);
        QList<ExportRow> rows;
        for (const ChannelCredit &c : credits) {
            rows.append({c.channel.isEmpty() ? tr("(none)") : ChannelStyle::displayName(c.channel),
                         c.firstTouchMinor / major, c.lastTouchMinor / major, c.linearMinor / major,
                         c.timeDecayMinor / major});
        }
        QStringList columns{tr("Channel")};
        for (const QString &model : modelNames())
            columns << tr("%1 (%2)").arg(model, currency);
        ChartExport::of(this)->setData(columns, rows);
    }
    QChart *chart = this->chart();
    clearChart(chart);
    m_channels = static_cast<int>(credits.size());
    chart->legend()->setVisible(!credits.isEmpty());
    ChartExport::of(this)->setNote(
        credits.isEmpty() ? tr("Not enough data yet: no first purchase follows a touchpoint.") : QString());
    if (credits.isEmpty())
        return;
    const double perMajor = minorUnitsPerMajor(currency);
    const QStringList names = modelNames();
    QList<QBarSet *> sets;
    for (int m = 0; m < names.size(); ++m) {
        auto *set = new QBarSet(names.at(m));
        set->setColor(modelColors().at(m));
        set->setBorderColor(modelColors().at(m));
        sets.append(set);
    }
    QStringList categories;
    double maxValue = 0;
    for (const ChannelCredit &c : credits) {
        const double values[] = {c.firstTouchMinor, c.lastTouchMinor, c.linearMinor, c.timeDecayMinor};
        for (int m = 0; m < 4; ++m) {
            sets[m]->append(values[m] / perMajor);
            maxValue = std::max(maxValue, values[m] / perMajor);
        }
        categories << (c.channel.isEmpty() ? tr("(none)") : ChannelStyle::displayName(c.channel));
    }
    auto *series = new QBarSeries;
    series->setBarWidth(0.8);
    for (QBarSet *set : std::as_const(sets))
        series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, std::max(1.0, maxValue * 1.08));
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(tr("Revenue (%1)").arg(DisplayFormat::currencySymbol(currency)));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    connect(series, &QBarSeries::hovered, this,
            [this, categories, currency, perMajor](bool on, int index, QBarSet *set) {
                setToolTip(on ? tr("%1, %2: %3")
                                    .arg(categories.value(index), set->label(),
                                         DisplayFormat::money(qRound64(set->at(index) * perMajor), currency))
                              : QString());
            });
}

QString AttributionChart::savePng(const QString &path)
{
    return PictureFile::savePng(grab(), path);
}

QString AttributionChart::saveSvg(const QString &path)
{
    return PictureFile::saveSvg(path, size(), chart()->title(), QString(),
                                [this](QPainter &painter) { render(&painter); });
}

} // namespace mwb::ui
