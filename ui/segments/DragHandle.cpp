#include "DragHandle.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

// Two columns of three dots: the usual "grip" of a movable row.
QPixmap gripPixmap(const QColor &color, qreal ratio)
{
    const QSize size(10, 16);
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    for (int column = 0; column < 2; ++column) {
        for (int row = 0; row < 3; ++row)
            painter.drawEllipse(QRectF(1.5 + column * 5, 2.5 + row * 5, 3, 3));
    }
    return pixmap;
}

} // namespace

DragHandle::DragHandle(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"dragHandle"_s);
    setAccessibleName(tr("Drag to move this row"));
    setToolTip(tr("Drag to move this row or put it into another group"));
    setCursor(Qt::OpenHandCursor);
    setPixmap(gripPixmap(palette().color(QPalette::PlaceholderText), devicePixelRatioF()));
    setFixedWidth(14);
    setAlignment(Qt::AlignCenter);
}

void DragHandle::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        m_pressPos = event->position().toPoint();
        Q_EMIT pressed();
    }
    event->accept();
}

void DragHandle::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed
        && (event->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_pressed = false;
        Q_EMIT dragRequested();
    }
    event->accept();
}

void DragHandle::mouseReleaseEvent(QMouseEvent *event)
{
    m_pressed = false;
    event->accept();
}

} // namespace mwb::ui
