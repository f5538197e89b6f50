// JourneyFlowLayout: where the flow drawing puts its nodes, bands and labels for a given
// size, computed from the core's JourneyLinks alone. Columns are the step positions and
// a last column with the outcomes; a node is one step label at one position; a band is
// one link, its width proportional to its customers on one scale for the whole drawing.
// A band from a journey's last step runs to its outcome through lanes kept free below
// the nodes of the columns in between, so it never crosses a node. Pure geometry: the
// view paints it, exports paint it again at the size of the picture.
#pragma once

#include "journeys/JourneyAnalyzer.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace mwb::ui {

struct FlowNode
{
    int column = 0;
    QString label;
    bool outcome = false;   // Purchase / No purchase
    bool purchased = false; // the Purchase outcome
    qint64 customers = 0;
    QRectF rect;
    QColor color;
};

struct FlowBand
{
    int from = 0; // node indices
    int to = 0;
    JourneyLink link;
    double width = 0; // at the source, in pixels
    QPainterPath path;
    QColor color;
};

struct FlowLabel
{
    int node = 0;
    QRectF rect;
    QString title;
    QString detail; // customers and share; empty when only the title fits
    bool alignRight = false;
};

class JourneyFlowLayout
{
public:
    static constexpr double kNodeWidth = 12;
    static constexpr double kTitleHeight = 26;

    // The label core gives the outcome of buyers.
    static bool isPurchaseLabel(const QString &label);

    static JourneyFlowLayout compute(const QList<JourneyLink> &links, const QSizeF &size, const QFont &font);

    QList<FlowNode> nodes;
    QList<FlowBand> bands;
    QList<FlowLabel> labels;
    QList<QPair<double, QString>> columnTitles; // centre x, title
    qint64 total = 0;                           // customers on the listed paths
    double pixelsPerCustomer = 0;

    int nodeAt(const QPointF &point) const;
    int bandAt(const QPointF &point) const;
};

} // namespace mwb::ui
