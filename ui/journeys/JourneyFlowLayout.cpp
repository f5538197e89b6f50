#include "JourneyFlowLayout.h"

#include "DisplayFormat.h"
#include "JourneyPalette.h"
#include "JourneyPathModel.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

constexpr double kMarginLeft = 12;
constexpr double kMarginBottom = 8;
constexpr double kLabelPad = 5;

QString tr(const char *text)
{
    return QCoreApplication::translate("mwb::ui::JourneyFlowLayout", text);
}

// Where a band passes a column: it enters at xIn and leaves at xOut, its top edge at y.
struct Waypoint
{
    double xIn;
    double xOut;
    double y;
};

QPainterPath ribbon(const QList<Waypoint> &points, double width)
{
    QPainterPath path;
    path.moveTo(points.first().xOut, points.first().y);
    for (int i = 1; i < points.size(); ++i) {
        const Waypoint &a = points.at(i - 1);
        const Waypoint &b = points.at(i);
        const double mid = (a.xOut + b.xIn) / 2;
        path.cubicTo(mid, a.y, mid, b.y, b.xIn, b.y);
        if (b.xOut > b.xIn)
            path.lineTo(b.xOut, b.y);
    }
    path.lineTo(points.last().xOut, points.last().y + width);
    for (int i = static_cast<int>(points.size()) - 1; i > 0; --i) {
        const Waypoint &b = points.at(i);
        const Waypoint &a = points.at(i - 1);
        if (b.xOut > b.xIn)
            path.lineTo(b.xIn, b.y + width);
        const double mid = (a.xOut + b.xIn) / 2;
        path.cubicTo(mid, b.y + width, mid, a.y + width, a.xOut, a.y + width);
    }
    path.closeSubpath();
    return path;
}

} // namespace

bool JourneyFlowLayout::isPurchaseLabel(const QString &label)
{
    return label.compare(u"Purchase"_s, Qt::CaseInsensitive) == 0;
}

JourneyFlowLayout JourneyFlowLayout::compute(const QList<JourneyLink> &links, const QSizeF &size, const QFont &font)
{
    JourneyFlowLayout layout;
    if (links.isEmpty())
        return layout;

    // Nodes: every (position, from) is a step; a `to` is a step when it leads on, else an outcome.
    QHash<QPair<int, QString>, int> stepIndex;
    QHash<QString, int> outcomeIndex;
    auto addStep = [&](int column, const QString &label) {
        const auto key = qMakePair(column, label);
        if (!stepIndex.contains(key)) {
            stepIndex.insert(key, static_cast<int>(layout.nodes.size()));
            FlowNode node;
            node.column = column;
            node.label = label;
            node.color = JourneyPalette::stepColor(label);
            layout.nodes.append(node);
        }
    };
    for (const JourneyLink &link : links)
        addStep(link.position, link.from);
    int stepColumns = 0;
    for (const FlowNode &node : std::as_const(layout.nodes))
        stepColumns = std::max(stepColumns, node.column + 1);
    for (const JourneyLink &link : links) {
        FlowBand band;
        band.link = link;
        band.from = stepIndex.value(qMakePair(link.position, link.from));
        const auto next = qMakePair(link.position + 1, link.to);
        if (stepIndex.contains(next)) {
            band.to = stepIndex.value(next);
        } else {
            if (!outcomeIndex.contains(link.to)) {
                outcomeIndex.insert(link.to, static_cast<int>(layout.nodes.size()));
                FlowNode node;
                node.column = stepColumns;
                node.label = link.to;
                node.outcome = true;
                node.purchased = isPurchaseLabel(link.to);
                node.color = JourneyPalette::outcomeColor(node.purchased);
                layout.nodes.append(node);
            }
            band.to = outcomeIndex.value(link.to);
        }
        band.color = layout.nodes.at(band.from).color;
        layout.nodes[band.from].customers += link.customers;
        if (layout.nodes.at(band.to).outcome)
            layout.nodes[band.to].customers += link.customers;
        layout.bands.append(band);
    }
    for (const FlowNode &node : std::as_const(layout.nodes))
        if (node.outcome)
            layout.total += node.customers;
    if (layout.total <= 0)
        return layout;

    // Labels ranked by customers over all positions, so a channel keeps its height from
    // column to column and most bands run flat; buyers above the others.
    QHash<QString, qint64> labelTotals;
    for (const FlowNode &node : std::as_const(layout.nodes))
        if (!node.outcome)
            labelTotals[node.label] += node.customers;
    auto before = [&](int a, int b) {
        const FlowNode &x = layout.nodes.at(a);
        const FlowNode &y = layout.nodes.at(b);
        if (x.outcome != y.outcome)
            return !x.outcome;
        if (x.outcome)
            return x.purchased && !y.purchased;
        if ((x.label == u"…"_s) != (y.label == u"…"_s))
            return x.label == u"…"_s;
        const qint64 tx = labelTotals.value(x.label), ty = labelTotals.value(y.label);
        return tx != ty ? tx > ty : x.label < y.label;
    };
    const int columns = stepColumns + 1;
    QList<QList<int>> columnNodes(columns);
    for (int i = 0; i < layout.nodes.size(); ++i)
        columnNodes[layout.nodes.at(i).column].append(i);
    for (QList<int> &column : columnNodes)
        std::sort(column.begin(), column.end(), before);

    // Lanes: a band to an outcome from before the last step column passes every column in
    // between below its nodes, the newest on top so none crosses another.
    QList<QList<int>> lanes(columns);
    for (int b = 0; b < layout.bands.size(); ++b) {
        const FlowBand &band = layout.bands.at(b);
        for (int c = layout.nodes.at(band.from).column + 1; c < layout.nodes.at(band.to).column; ++c)
            lanes[c].append(b);
    }
    QList<int> order(layout.nodes.size());
    for (const QList<int> &column : std::as_const(columnNodes))
        for (int i = 0; i < column.size(); ++i)
            order[column.at(i)] = i;
    for (QList<int> &lane : lanes)
        std::sort(lane.begin(), lane.end(), [&](int a, int b) {
            const FlowNode &x = layout.nodes.at(layout.bands.at(a).from);
            const FlowNode &y = layout.nodes.at(layout.bands.at(b).from);
            if (x.column != y.column)
                return x.column > y.column;
            if (x.label != y.label)
                return order.at(layout.bands.at(a).from) < order.at(layout.bands.at(b).from);
            return layout.nodes.at(layout.bands.at(a).to).purchased;
        });

    // Labels: a title and, when there is room, the customers and their share.
    const QFontMetricsF metrics(font);
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    const QFontMetricsF boldMetrics(bold);
    auto labelTitle = [](const FlowNode &node) {
        if (node.outcome)
            return node.purchased ? tr("Purchase") : tr("No purchase");
        return node.label.isEmpty() ? tr("(none)") : JourneyPathModel::stepText(node.label);
    };
    auto labelDetail = [&](const FlowNode &node) {
        const double share = double(node.customers) / double(layout.total);
        return tr("%1 · %2").arg(DisplayFormat::count(node.customers),
                                 DisplayFormat::percent(share, share < 0.01 ? 1 : 0));
    };
    double rightMargin = 8;
    for (const FlowNode &node : std::as_const(layout.nodes))
        if (node.outcome)
            rightMargin = std::max(
                rightMargin,
                std::max(boldMetrics.horizontalAdvance(labelTitle(node)), metrics.horizontalAdvance(labelDetail(node)))
                    + 2 * kLabelPad);

    const double top = kTitleHeight;
    const double height = std::max(40.0, size.height() - top - kMarginBottom);
    const double spacing = (size.width() - rightMargin - kNodeWidth - kMarginLeft) / std::max(1, columns - 1);
    auto columnX = [&](int c) { return kMarginLeft + c * spacing; };
    for (int c = 0; c < columns; ++c)
        layout.columnTitles.append(
            {columnX(c) + kNodeWidth / 2, c == stepColumns ? tr("Outcome") : tr("Step %1").arg(c + 1)});

    // One scale for the whole drawing: the fullest column (nodes, gaps and lanes) fits.
    int mostNodes = 1;
    for (const QList<int> &column : std::as_const(columnNodes))
        mostNodes = std::max(mostNodes, int(column.size()) + 1);
    const double gap = std::clamp(height * 0.3 / mostNodes, 3.0, 14.0);
    double scale = std::numeric_limits<double>::max();
    QList<double> gaps(columns);
    for (int c = 0; c < columns; ++c) {
        gaps[c] = gap * (columnNodes.at(c).size() - 1 + (lanes.at(c).isEmpty() ? 0 : 1));
        scale = std::min(scale, (height - gaps.at(c)) / double(layout.total));
    }
    layout.pixelsPerCustomer = std::max(0.0, scale);

    // Each column centred, its nodes then its lanes.
    QHash<QPair<int, int>, double> laneTop; // (band, column) -> y
    for (int c = 0; c < columns; ++c) {
        double y = top + (height - gaps.at(c) - layout.total * scale) / 2;
        for (int index : columnNodes.at(c)) {
            FlowNode &node = layout.nodes[index];
            const double h = std::max(1.0, node.customers * scale);
            node.rect = QRectF(columnX(c), y, kNodeWidth, h);
            y += node.customers * scale + gap;
        }
        for (int b : lanes.at(c)) {
            laneTop.insert(qMakePair(b, c), y);
            y += layout.bands.at(b).link.customers * scale;
        }
    }

    // Bands leave a node in the order of where they go and enter in the order of where
    // they come from.
    QList<double> sourceY(layout.bands.size()), targetY(layout.bands.size());
    auto nextY = [&](int b) {
        const FlowBand &band = layout.bands.at(b);
        const int c = layout.nodes.at(band.from).column + 1;
        return laneTop.contains(qMakePair(b, c)) ? laneTop.value(qMakePair(b, c)) : layout.nodes.at(band.to).rect.top();
    };
    QList<QList<int>> outgoing(layout.nodes.size()), incoming(layout.nodes.size());
    for (int b = 0; b < layout.bands.size(); ++b) {
        outgoing[layout.bands.at(b).from].append(b);
        incoming[layout.bands.at(b).to].append(b);
    }
    for (int n = 0; n < layout.nodes.size(); ++n) {
        std::sort(outgoing[n].begin(), outgoing[n].end(), [&](int a, int b) { return nextY(a) < nextY(b); });
        double y = layout.nodes.at(n).rect.top();
        for (int b : outgoing.at(n)) {
            sourceY[b] = y;
            y += layout.bands.at(b).link.customers * scale;
        }
    }
    auto previousY = [&](int b) {
        const FlowBand &band = layout.bands.at(b);
        const int c = layout.nodes.at(band.to).column - 1;
        return laneTop.contains(qMakePair(b, c)) ? laneTop.value(qMakePair(b, c)) : sourceY.at(b);
    };
    for (int n = 0; n < layout.nodes.size(); ++n) {
        std::sort(incoming[n].begin(), incoming[n].end(), [&](int a, int b) { return previousY(a) < previousY(b); });
        double y = layout.nodes.at(n).rect.top();
        for (int b : incoming.at(n)) {
            targetY[b] = y;
            y += layout.bands.at(b).link.customers * scale;
        }
    }
    for (int b = 0; b < layout.bands.size(); ++b) {
        FlowBand &band = layout.bands[b];
        band.width = band.link.customers * scale;
        const FlowNode &from = layout.nodes.at(band.from);
        const FlowNode &to = layout.nodes.at(band.to);
        QList<Waypoint> points{{from.rect.left(), from.rect.right(), sourceY.at(b)}};
        for (int c = from.column + 1; c < to.column; ++c)
            points.append({columnX(c), columnX(c) + kNodeWidth, laneTop.value(qMakePair(b, c))});
        points.append({to.rect.left(), to.rect.left(), targetY.at(b)});
        band.path = ribbon(points, band.width);
    }

    // Labels beside their nodes (outcomes in the right margin); where two would overlap,
    // the node with more customers keeps its label and the other shows it on hover.
    const double lineHeight = metrics.height();
    for (int c = 0; c < columns; ++c) {
        QList<int> byCustomers = columnNodes.at(c);
        std::stable_sort(byCustomers.begin(), byCustomers.end(),
                         [&](int a, int b) { return layout.nodes.at(a).customers > layout.nodes.at(b).customers; });
        const double room = c == stepColumns ? rightMargin - kLabelPad : spacing - kNodeWidth - 2 * kLabelPad;
        QList<QRectF> taken;
        for (int index : std::as_const(byCustomers)) {
            const FlowNode &node = layout.nodes.at(index);
            FlowLabel label;
            label.node = index;
            label.title = boldMetrics.elidedText(labelTitle(node), Qt::ElideRight, room);
            label.detail = labelDetail(node);
            const bool twoLines = metrics.horizontalAdvance(label.detail) <= room;
            if (!twoLines)
                label.detail.clear();
            const double h = twoLines ? 2 * lineHeight : lineHeight;
            const double width = std::min(room,
                                          std::max(boldMetrics.horizontalAdvance(label.title),
                                                   twoLines ? metrics.horizontalAdvance(label.detail) : 0.0));
            // Beside the node's middle, kept below the column titles and inside the drawing.
            const double y = std::clamp(node.rect.center().y() - h / 2, top, std::max(top, size.height() - h - 2));
            label.rect = QRectF(node.rect.right() + kLabelPad, y, width, h);
            const bool clash = std::any_of(taken.cbegin(), taken.cend(), [&](const QRectF &r) {
                return r.adjusted(0, -1, 0, 1).intersects(label.rect);
            });
            if (clash || label.title.isEmpty())
                continue;
            taken.append(label.rect);
            layout.labels.append(label);
        }
    }
    return layout;
}

int JourneyFlowLayout::nodeAt(const QPointF &point) const
{
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes.at(i).rect.adjusted(-2, -1, 2, 1).contains(point))
            return i;
    return -1;
}

int JourneyFlowLayout::bandAt(const QPointF &point) const
{
    for (int i = static_cast<int>(bands.size()) - 1; i >= 0; --i)
        if (bands.at(i).path.contains(point))
            return i;
    return -1;
}

} // namespace mwb::ui
