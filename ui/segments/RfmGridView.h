// RfmGridView: the R × F heatmap of the RFM scores: recency down the side (5, the most
// recent, on top), frequency along the bottom, each cell's customers and revenue, shaded
// by customers, with the named segment of the cell in its tooltip. Clicking a cell (or
// Enter on the focused one) asks for its customers.
#pragma once

#include "metrics/RfmScores.h"

#include <QWidget>

namespace mwb::ui {

class RfmGridView : public QWidget
{
    Q_OBJECT

public:
    explicit RfmGridView(QWidget *parent = nullptr);

    void setGrid(const RfmGrid &grid, const QString &currency);
    const RfmGrid &grid() const { return m_grid; }
    qint64 cellCustomers(int r, int f) const;
    // Where the cell of scores r and f (1-5) is drawn.
    QRect cellRect(int r, int f) const;
    QString cellToolTip(int r, int f) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cellActivated(int r, int f);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Cell
    {
        int r = 0;
        int f = 0;
        bool valid() const { return r > 0; }
    };
    Cell cellAt(const QPoint &pos) const;
    QRect gridRect() const;
    QColor fillFor(qint64 customers) const;

    RfmGrid m_grid;
    QString m_currency;
    qint64 m_max = 0;
    Cell m_hover;
    Cell m_focus{5, 5};
};

} // namespace mwb::ui
