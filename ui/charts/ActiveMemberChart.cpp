#include "ActiveMemberChart.h"

#include "ChartExport.h"
#include "ChartSupport.h"
#include "DisplayFormat.h"
#include "vocabulary/Figures.h"

#include <QCursor>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <iterator>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

qreal timeOf(const QDate &day)
{
    return static_cast<qreal>(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

} // namespace

ActiveMemberChart::ActiveMemberChart(QWidget *parent)
    : QChartView(parent)
{
    QChart *chart = setUpChartView(this, tr("Active member rate by month"), 320);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setToolTip(Figures::tooltip(Figure::ActiveMemberRate));
}

QColor ActiveMemberChart::overallColor()
{
    return QColor(0x20, 0x21, 0x24);
}

QColor ActiveMemberChart::tierColor(int index)
{
    static const QColor colors[] = {QColor(0x9a, 0xa0, 0xa6), QColor(0x2f, 0x6f, 0xc4), QColor(0xd9, 0x8c, 0x1f),
                                    QColor(0x8e, 0x44, 0xad), QColor(0x1e, 0x8e, 0x3e), QColor(0xc5, 0x39, 0x29),
                                    QColor(0x00, 0x83, 0x8f), QColor(0x6d, 0x4c, 0x41)};
    return colors[index % static_cast<int>(std::size(colors))];
}

QString ActiveMemberChart::markToolTip(int index) const
{
    if (index < 0 || index >= m_series.campaigns.size())
        return {};
    const CampaignSend &send = m_series.campaigns[index];
    return send.hasControl
        ? tr("%1, sent %2. It held a control group: its campaign report gives the part of the change it caused.")
              .arg(send.name, DisplayFormat::date(send.day))
        : tr("%1, sent %2. No control group: a change after it is not shown to be its doing.")
              .arg(send.name, DisplayFormat::date(send.day));
}

void ActiveMemberChart::setSeries(const ActiveMemberSeries &series)
{
    m_series = series;
    QChart *chart = this->chart();
    chart->setTitle(tr("Active member rate by month (active in the last %Ln days)", nullptr, series.windowDays));
    // The figures behind the chart: a row per month end and line.
    QList<ExportRow> rows;
    for (const ActiveMemberPoint &p : series.points)
        rows.append({p.monthEnd, p.tier.isEmpty() ? tr("All members") : p.tier, p.members, p.active, p.rate});
    ChartExport::of(this)->setData(
        {tr("On"), tr("Tier"), tr("Members"), tr("Active"), Figures::label(Figure::ActiveMemberRate)}, rows);
    clearChart(chart);
    m_lines = 0;
    m_marks = 0;
    qint64 members = 0;
    for (const ActiveMemberPoint &p : series.points)
        members += p.members;
    const bool empty = series.monthEnds.isEmpty() || members == 0;
    ChartExport::of(this)->setNote(empty ? tr("Not enough data yet: no member is known in these months.") : QString());
    chart->legend()->setVisible(!empty);
    if (empty)
        return;

    auto *x = new QDateTimeAxis;
    x->setFormat(DisplayFormat::monthFormat(false));
    x->setTickCount(std::clamp(static_cast<int>(series.monthEnds.size()), 2, 7));
    const QDate first = series.monthEnds.constFirst();
    const QDate last = series.monthEnds.constLast();
    // A month's margin on either side when the range is short, so one month is not a dot.
    x->setRange(QDateTime(first.addDays(series.monthEnds.size() < 3 ? -15 : 0), QTime(0, 0)),
                QDateTime(last.addDays(series.monthEnds.size() < 3 ? 15 : 0), QTime(23, 59)));
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    double highest = 0;
    for (const ActiveMemberPoint &p : series.points)
        highest = std::max(highest, p.rate * 100);
    y->setRange(0, std::min(100.0, std::max(10.0, std::ceil(highest * 1.15 / 10) * 10)));
    y->setLabelFormat(u"%.0f%%"_s);
    y->setTitleText(tr("Active members (%)"));
    chart->addAxis(y, Qt::AlignLeft);

    auto addLine = [&](const QString &tier, const QString &name, const QColor &color, qreal width) {
        auto *line = new QLineSeries;
        line->setName(name);
        line->setPen(QPen(color, width));
        line->setPointsVisible(series.monthEnds.size() < 24);
        for (const ActiveMemberPoint &p : series.line(tier)) {
            if (p.members > 0)
                line->append(timeOf(p.monthEnd), p.rate * 100);
        }
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        ++m_lines;
        connect(line, &QLineSeries::hovered, this, [this, tier, name](const QPointF &point, bool on) {
            if (!on)
                return;
            const QList<ActiveMemberPoint> points = m_series.line(tier);
            const auto nearest = std::min_element(points.begin(), points.end(), [&](const auto &a, const auto &b) {
                return std::abs(timeOf(a.monthEnd) - point.x()) < std::abs(timeOf(b.monthEnd) - point.x());
            });
            if (nearest == points.end())
                return;
            QToolTip::showText(QCursor::pos(),
                               tr("%1 on %2: %3 (%4 of %5 members active)")
                                   .arg(name, DisplayFormat::date(nearest->monthEnd),
                                        DisplayFormat::percent(nearest->rate), DisplayFormat::count(nearest->active),
                                        DisplayFormat::count(nearest->members)),
                               this);
        });
    };
    for (qsizetype t = 0; t < series.tiers.size(); ++t)
        addLine(series.tiers[t], series.tiers[t], tierColor(static_cast<int>(t)), 2);
    addLine(QString(), tr("All members"), overallColor(), 3);

    // The campaigns: a line from the bottom to the top at the send day.
    const qreal top = y->max();
    for (qsizetype i = 0; i < series.campaigns.size(); ++i) {
        const CampaignSend &send = series.campaigns[i];
        auto *mark = new QLineSeries;
        mark->setName(send.name);
        const QColor color = send.hasControl ? QColor(0xc5, 0x39, 0x29) : QColor(0x9a, 0xa0, 0xa6);
        mark->setPen(QPen(color, send.hasControl ? 1.5 : 1, send.hasControl ? Qt::SolidLine : Qt::DashLine));
        mark->append(timeOf(send.day), 0);
        mark->append(timeOf(send.day), top);
        chart->addSeries(mark);
        mark->attachAxis(x);
        mark->attachAxis(y);
        const QString tip = markToolTip(static_cast<int>(i));
        connect(mark, &QLineSeries::hovered, this, [this, tip](const QPointF &, bool on) {
            if (on)
                QToolTip::showText(QCursor::pos(), tip, this);
        });
        for (QLegendMarker *marker : chart->legend()->markers(mark))
            marker->setVisible(false);
        ++m_marks;
    }
}

} // namespace mwb::ui
