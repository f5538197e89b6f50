#include "RfmGridView.h"

#include "DisplayFormat.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {
constexpr int kScores = 5;
constexpr int kLeftAxis = 92;   // room for the R labels and the axis title
constexpr int kBottomAxis = 48; // room for the F labels and the axis title
constexpr int kGap = 3;

std::size_t at(int score)
{
    return static_cast<std::size_t>(score - 1);
}
} // namespace

RfmGridView::RfmGridView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("RFM grid: recency by frequency"));
}

QSize RfmGridView::sizeHint() const
{
    return {640, 440};
}

QSize RfmGridView::minimumSizeHint() const
{
    return {kLeftAxis + kScores * 70, kBottomAxis + kScores * 50};
}

void RfmGridView::setGrid(const RfmGrid &grid, const QString &currency)
{
    m_grid = grid;
    m_currency = currency;
    m_max = 0;
    for (const auto &row : grid.customers)
        m_max = std::max(m_max, *std::max_element(row.begin(), row.end()));
    update();
}

qint64 RfmGridView::cellCustomers(int r, int f) const
{
    return m_grid.customers[at(r)][at(f)];
}

QRect RfmGridView::gridRect() const
{
    return rect().adjusted(kLeftAxis, 8, -8, -kBottomAxis);
}

QRect RfmGridView::cellRect(int r, int f) const
{
    const QRect area = gridRect();
    const double w = area.width() / double(kScores);
    const double h = area.height() / double(kScores);
    // Recency 5 (the most recent buyers) on the top row.
    const int row = kScores - r;
    const int column = f - 1;
    return QRectF(area.left() + column * w, area.top() + row * h, w, h)
        .toRect()
        .adjusted(kGap / 2, kGap / 2, -(kGap - kGap / 2), -(kGap - kGap / 2));
}

RfmGridView::Cell RfmGridView::cellAt(const QPoint &pos) const
{
    for (int r = 1; r <= kScores; ++r) {
        for (int f = 1; f <= kScores; ++f) {
            if (cellRect(r, f).contains(pos))
                return {r, f};
        }
    }
    return {};
}

QColor RfmGridView::fillFor(qint64 customers) const
{
    // The square root keeps small cells visible next to one very large cell.
    const double share = m_max > 0 ? std::sqrt(double(customers) / double(m_max)) : 0.0;
    const QColor light(0xee, 0xf3, 0xfb);
    const QColor deep(0x1d, 0x4f, 0x91);
    auto mix = [share](int a, int b) { return int(std::lround(a + (b - a) * share)); };
    return QColor(mix(light.red(), deep.red()), mix(light.green(), deep.green()), mix(light.blue(), deep.blue()));
}

QString RfmGridView::cellToolTip(int r, int f) const
{
    const qint64 customers = cellCustomers(r, f);
    const double share = m_grid.scored > 0 ? 100.0 * double(customers) / double(m_grid.scored) : 0.0;
    return tr("<b>%1</b><br>Recency score %2 · frequency score %3<br>%4 customers (%5% of buyers)<br>%6 revenue"
              "<br><i>Click for the customers</i>")
        .arg(rfmSegmentDisplayName(RfmScores::segmentName(r, f)).toHtmlEscaped())
        .arg(r)
        .arg(f)
        .arg(DisplayFormat::count(customers), QLocale().toString(share, 'f', 1),
             DisplayFormat::money(m_grid.revenueMinor[at(r)][at(f)], m_currency));
}

void RfmGridView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    QFont base = font();
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.85);
    QFont bold = base;
    bold.setPointSizeF(base.pointSizeF() * 1.15);
    bold.setWeight(QFont::DemiBold);

    for (int r = 1; r <= kScores; ++r) {
        for (int f = 1; f <= kScores; ++f) {
            const QRect cell = cellRect(r, f);
            const qint64 customers = cellCustomers(r, f);
            const QColor fill = fillFor(customers);
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawRoundedRect(cell, 4, 4);
            const bool dark = fill.lightnessF() < 0.55;
            const QColor text = dark ? QColor(Qt::white) : pal.color(QPalette::Text);
            const QColor faint = dark ? QColor(255, 255, 255, 200) : pal.color(QPalette::PlaceholderText);
            const QRect inner = cell.adjusted(6, 4, -6, -4);

            // The named segment on up to two lines at the top, the customers in the middle,
            // their revenue at the bottom.
            const QFontMetrics smallMetrics(small);
            const QRect nameBox(inner.left(), inner.top(), inner.width(), smallMetrics.lineSpacing() * 2);
            p.setFont(small);
            p.setPen(faint);
            const QString name = rfmSegmentDisplayName(RfmScores::segmentName(r, f));
            if (smallMetrics.horizontalAdvance(name) <= inner.width() || inner.height() < 70)
                p.drawText(nameBox, Qt::AlignLeft | Qt::AlignTop,
                           smallMetrics.elidedText(name, Qt::ElideRight, inner.width()));
            else
                p.drawText(nameBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, name);
            p.setFont(bold);
            p.setPen(text);
            p.drawText(inner, Qt::AlignCenter, DisplayFormat::count(customers));
            if (customers > 0) {
                p.setFont(small);
                p.setPen(faint);
                p.drawText(inner, Qt::AlignHCenter | Qt::AlignBottom,
                           DisplayFormat::moneyShort(m_grid.revenueMinor[at(r)][at(f)], m_currency));
            }

            const bool focused = hasFocus() && m_focus.r == r && m_focus.f == f;
            if ((m_hover.r == r && m_hover.f == f) || focused) {
                p.setBrush(Qt::NoBrush);
                p.setPen(QPen(focused ? pal.color(QPalette::Highlight) : QColor(0xf2, 0x9d, 0x38), 2));
                p.drawRoundedRect(QRectF(cell).adjusted(1, 1, -1, -1), 4, 4);
            }
        }
    }

    // Axes: the scores beside the grid and what they mean.
    p.setFont(base);
    p.setPen(pal.color(QPalette::Text));
    for (int r = 1; r <= kScores; ++r) {
        const QRect cell = cellRect(r, 1);
        p.drawText(QRect(kLeftAxis - 40, cell.top(), 32, cell.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(r));
    }
    for (int f = 1; f <= kScores; ++f) {
        const QRect cell = cellRect(1, f);
        p.drawText(QRect(cell.left(), cell.bottom() + 4, cell.width(), 18), Qt::AlignHCenter | Qt::AlignTop,
                   QString::number(f));
    }
    const QRect area = gridRect();
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.setFont(small);
    p.drawText(QRect(area.left(), area.bottom() + 22, area.width(), 22), Qt::AlignHCenter | Qt::AlignVCenter,
               tr("Frequency score (F): 1 fewest orders → 5 most orders"));
    p.save();
    p.translate(14, area.center().y());
    p.rotate(-90);
    p.drawText(QRect(-area.height() / 2, -10, area.height(), 22), Qt::AlignCenter,
               tr("Recency score (R): 5 most recent ↑"));
    p.restore();
}

bool RfmGridView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Cell cell = cellAt(help->pos());
        if (cell.valid())
            QToolTip::showText(help->globalPos(), cellToolTip(cell.r, cell.f), this, cellRect(cell.r, cell.f));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void RfmGridView::mouseMoveEvent(QMouseEvent *event)
{
    const Cell cell = cellAt(event->position().toPoint());
    if (cell.r != m_hover.r || cell.f != m_hover.f) {
        m_hover = cell;
        setCursor(cell.valid() ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void RfmGridView::leaveEvent(QEvent *)
{
    m_hover = {};
    update();
}

void RfmGridView::mousePressEvent(QMouseEvent *event)
{
    const Cell cell = cellAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || !cell.valid())
        return;
    m_focus = cell;
    update();
    Q_EMIT cellActivated(cell.r, cell.f);
}

void RfmGridView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up: m_focus.r = std::min(kScores, m_focus.r + 1); break;
    case Qt::Key_Down: m_focus.r = std::max(1, m_focus.r - 1); break;
    case Qt::Key_Left: m_focus.f = std::max(1, m_focus.f - 1); break;
    case Qt::Key_Right: m_focus.f = std::min(kScores, m_focus.f + 1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: Q_EMIT cellActivated(m_focus.r, m_focus.f); return;
    default: QWidget::keyPressEvent(event); return;
    }
    setAccessibleDescription(cellToolTip(m_focus.r, m_focus.f));
    update();
}

} // namespace mwb::ui
