#include "OverlapView.h"

#include "DisplayFormat.h"

#include <QPainter>
#include <QPainterPath>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

OverlapView::OverlapView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(320, 260);
    setAccessibleName(tr("Overlap of the segments"));
}

QSize OverlapView::sizeHint() const
{
    return {520, 380};
}

QColor OverlapView::color(int segment)
{
    static const std::array<QColor, 3> kColors{QColor(0x2f, 0x6f, 0xc4), QColor(0xe0, 0x8a, 0x2c),
                                               QColor(0x2e, 0xa0, 0x5c)};
    return kColors[static_cast<std::size_t>(segment % 3)];
}

void OverlapView::setOverlap(const QStringList &names, const SegmentOverlap &overlap)
{
    m_names = names;
    m_overlap = overlap;
    m_message.clear();
    QStringList regions;
    for (int mask = 1; mask < overlap.regions.size(); ++mask)
        regions << DisplayFormat::count(overlap.regions[mask]);
    setAccessibleDescription(names.join(u", "_s) + u": "_s + regions.join(u", "_s));
    update();
}

void OverlapView::clear(const QString &message)
{
    m_names.clear();
    m_overlap = {};
    m_message = message;
    update();
}

void OverlapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int n = m_overlap.segments;
    if (n < 2 || m_overlap.regions.size() < (1 << n)) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }

    // Circles of one size: the drawing shows which regions exist and their counts; the
    // table beside it carries the exact figures.
    const QRectF area = QRectF(rect()).adjusted(12, 34, -12, -12);
    const double radius =
        n == 2 ? std::min(area.width() / 3.4, area.height() / 2.1) : std::min(area.width() / 3.3, area.height() / 3.1);
    const QPointF c = area.center();
    QList<QPointF> centres;
    if (n == 2) {
        centres = {c + QPointF(-radius * 0.62, 0), c + QPointF(radius * 0.62, 0)};
    } else {
        const double d = radius * 0.66;
        centres = {c + QPointF(-d * 0.87, -d * 0.5 + radius * 0.12), c + QPointF(d * 0.87, -d * 0.5 + radius * 0.12),
                   c + QPointF(0, d + radius * 0.12)};
    }

    for (int i = 0; i < n; ++i) {
        QColor fill = color(i);
        fill.setAlphaF(0.22f);
        p.setBrush(fill);
        p.setPen(QPen(color(i), 2));
        p.drawEllipse(centres[i], radius, radius);
    }

    // Names above (or below) their circles.
    QFont nameFont = font();
    nameFont.setWeight(QFont::DemiBold);
    p.setFont(nameFont);
    const QFontMetrics nameMetrics(nameFont);
    for (int i = 0; i < n; ++i) {
        const bool below = n == 3 && i == 2;
        const double y = below ? centres[i].y() + radius + 4 : centres[i].y() - radius - 24;
        const double width = radius * 2.2;
        const QRectF box(centres[i].x() - width / 2, y, width, 20);
        p.setPen(color(i).darker(130));
        p.drawText(box, Qt::AlignCenter, nameMetrics.elidedText(m_names.value(i), Qt::ElideRight, int(width)));
    }

    // Where each region's count goes: inside the circles it belongs to, away from the others.
    auto regionPoint = [&](int mask) {
        QPointF inside(0, 0);
        int members = 0;
        QPointF outside(0, 0);
        int others = 0;
        for (int i = 0; i < n; ++i) {
            if (mask & (1 << i)) {
                inside += centres[i];
                ++members;
            } else {
                outside += centres[i];
                ++others;
            }
        }
        inside /= members;
        if (others == 0)
            return inside;
        outside /= others;
        const QPointF away = inside - outside;
        const double length = std::hypot(away.x(), away.y());
        const double push = members == 1 ? radius * (n == 2 ? 0.42 : 0.38) : radius * 0.2;
        return length > 0 ? inside + away / length * push : inside;
    };

    QFont countFont = font();
    countFont.setPointSizeF(font().pointSizeF() * 1.1);
    countFont.setWeight(QFont::DemiBold);
    p.setFont(countFont);
    p.setPen(palette().color(QPalette::Text));
    for (int mask = 1; mask < (1 << n); ++mask) {
        const QPointF at = regionPoint(mask);
        p.drawText(QRectF(at.x() - 60, at.y() - 12, 120, 24), Qt::AlignCenter,
                   DisplayFormat::count(m_overlap.regions[mask]));
    }
}

} // namespace mwb::ui
