// JourneyFlowView: the journeys as a flow (Sankey) drawing: a column per step position
// and one for the outcome, a node per step label, a band per JourneyLink as wide as its
// customers, drawn as translucent Bézier ribbons in the colour of the channel they leave.
// Hovering a band or node highlights it and tells its customers and share. The drawing
// saves as PNG or SVG at any size.
#pragma once

#include "JourneyFlowLayout.h"

#include <QWidget>

namespace mwb::ui {

class JourneyFlowView : public QWidget
{
    Q_OBJECT

public:
    explicit JourneyFlowView(QWidget *parent = nullptr);

    void setLinks(const QList<JourneyLink> &links);
    // Shown when there is nothing to draw.
    void setPlaceholder(const QString &text);
    // The geometry of what is drawn now (for tests).
    const JourneyFlowLayout &flowLayout() const { return m_layout; }
    int hoveredBand() const { return m_hotBand; }
    int hoveredNode() const { return m_hotNode; }
    // The text a hover over this band or node shows.
    QString bandToolTip(int band) const;
    QString nodeToolTip(int node) const;

    // Each answers an error message, empty when the file was written.
    QString savePng(const QString &path, const QSize &size) const;
    QString saveSvg(const QString &path, const QSize &size) const;

    QSize sizeHint() const override { return {900, 480}; }
    QSize minimumSizeHint() const override { return {420, 280}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void relayout();
    void paintFlow(QPainter &painter, const JourneyFlowLayout &layout, const QRectF &area, int hotBand,
                   int hotNode) const;
    QString stepName(int column, bool outcome) const;

    QList<JourneyLink> m_links;
    JourneyFlowLayout m_layout;
    QString m_placeholder;
    int m_hotBand = -1;
    int m_hotNode = -1;
};

} // namespace mwb::ui
