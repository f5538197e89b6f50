// DragHandle: the grip at the start of a builder row. Row widgets cover the whole row, so
// the grip is where a row is picked up to be dragged elsewhere in the tree.
#pragma once

#include <QLabel>
#include <QPoint>

namespace mwb::ui {

class DragHandle : public QLabel
{
    Q_OBJECT

public:
    explicit DragHandle(QWidget *parent = nullptr);

Q_SIGNALS:
    void pressed();
    // The mouse moved far enough with the button down: the row should be dragged.
    void dragRequested();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QPoint m_pressPos;
    bool m_pressed = false;
};

} // namespace mwb::ui
