#include "JourneyFlowView.h"

#include "JourneyPathModel.h"

#include "DisplayFormat.h"
#include "charts/PictureFile.h"

#include <QFileInfo>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

constexpr int kBandAlpha = 95;
constexpr int kHotAlpha = 190;
constexpr int kFadedAlpha = 35;

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

JourneyFlowView::JourneyFlowView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"journeyFlow"_s);
    setAccessibleName(tr("Journey flow"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void JourneyFlowView::setLinks(const QList<JourneyLink> &links)
{
    m_links = links;
    m_hotBand = m_hotNode = -1;
    relayout();
    setAccessibleDescription(tr("%n customers on the paths drawn", nullptr, static_cast<int>(m_layout.total)));
}

void JourneyFlowView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

void JourneyFlowView::relayout()
{
    m_layout = JourneyFlowLayout::compute(m_links, size(), font());
    update();
}

void JourneyFlowView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

QString JourneyFlowView::stepName(int column, bool outcome) const
{
    return outcome ? tr("outcome") : tr("step %1").arg(column + 1);
}

QString JourneyFlowView::bandToolTip(int band) const
{
    if (band < 0 || band >= m_layout.bands.size())
        return {};
    const FlowBand &b = m_layout.bands.at(band);
    const FlowNode &from = m_layout.nodes.at(b.from);
    const FlowNode &to = m_layout.nodes.at(b.to);
    const QString target =
        to.outcome ? (to.purchased ? tr("Purchase") : tr("No purchase")) : JourneyPathModel::stepText(to.label);
    const double ofSource = from.customers > 0 ? double(b.link.customers) / double(from.customers) : 0.0;
    const double ofAll = m_layout.total > 0 ? double(b.link.customers) / double(m_layout.total) : 0.0;
    return tr("<b>%1 → %2</b><br>%3 → %4<br>%5 customers<br>%6 of %1 at %3 · %7 of all journeys")
        .arg(JourneyPathModel::stepText(from.label).toHtmlEscaped(), target.toHtmlEscaped(),
             stepName(from.column, false), stepName(to.column, to.outcome), DisplayFormat::count(b.link.customers),
             DisplayFormat::percent(ofSource), DisplayFormat::percent(ofAll));
}

QString JourneyFlowView::nodeToolTip(int node) const
{
    if (node < 0 || node >= m_layout.nodes.size())
        return {};
    const FlowNode &n = m_layout.nodes.at(node);
    const double ofAll = m_layout.total > 0 ? double(n.customers) / double(m_layout.total) : 0.0;
    if (n.outcome)
        return tr("<b>%1</b><br>%2 customers · %3 of all journeys")
            .arg(n.purchased ? tr("Purchase") : tr("No purchase"), DisplayFormat::count(n.customers),
                 DisplayFormat::percent(ofAll));
    return tr("<b>%1</b> at %2<br>%3 customers · %4 of all journeys")
        .arg(JourneyPathModel::stepText(n.label).toHtmlEscaped(), stepName(n.column, false),
             DisplayFormat::count(n.customers), DisplayFormat::percent(ofAll));
}

void JourneyFlowView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF at = event->position();
    const int node = m_layout.nodeAt(at);
    const int band = node < 0 ? m_layout.bandAt(at) : -1;
    if (node != m_hotNode || band != m_hotBand) {
        m_hotNode = node;
        m_hotBand = band;
        update();
    }
    const QString tip = node >= 0 ? nodeToolTip(node) : bandToolTip(band);
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
}

void JourneyFlowView::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    if (m_hotBand >= 0 || m_hotNode >= 0) {
        m_hotBand = m_hotNode = -1;
        update();
    }
}

void JourneyFlowView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintFlow(painter, m_layout, rect(), m_hotBand, m_hotNode);
}

void JourneyFlowView::paintFlow(QPainter &painter, const JourneyFlowLayout &layout, const QRectF &area, int hotBand,
                                int hotNode) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(area.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    const QColor ink(0x26, 0x32, 0x38);
    const QColor muted(0x6b, 0x76, 0x80);
    if (layout.nodes.isEmpty()) {
        painter.setPen(muted);
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }

    painter.setFont(font());
    painter.setPen(muted);
    // Titles centred over their column, the first and last kept inside the drawing.
    for (const auto &[x, title] : layout.columnTitles) {
        const double width = QFontMetricsF(font()).horizontalAdvance(title) + 4;
        const double left = std::clamp(x - width / 2, area.left() + 4, area.right() - width - 4);
        painter.drawText(QRectF(left, area.top(), width, JourneyFlowLayout::kTitleHeight), Qt::AlignCenter, title);
    }

    // What a hover lights up: the band and its two nodes, or the node and its bands.
    auto bandLit = [&](int b) {
        if (hotBand >= 0)
            return b == hotBand;
        return hotNode >= 0 && (layout.bands.at(b).from == hotNode || layout.bands.at(b).to == hotNode);
    };
    const bool anyHot = hotBand >= 0 || hotNode >= 0;
    painter.setPen(Qt::NoPen);
    for (int b = 0; b < layout.bands.size(); ++b) {
        const FlowBand &band = layout.bands.at(b);
        const int alpha = !anyHot ? kBandAlpha : bandLit(b) ? kHotAlpha : kFadedAlpha;
        painter.setBrush(withAlpha(band.color, alpha));
        painter.drawPath(band.path);
    }
    for (int n = 0; n < layout.nodes.size(); ++n) {
        const FlowNode &node = layout.nodes.at(n);
        bool lit = !anyHot || n == hotNode;
        if (hotBand >= 0)
            lit = layout.bands.at(hotBand).from == n || layout.bands.at(hotBand).to == n;
        painter.setBrush(lit ? node.color : node.color.lighter(150));
        painter.drawRoundedRect(node.rect, 2, 2);
    }

    // Labels on a light plate so they read over the bands.
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    const double line = QFontMetricsF(font()).height();
    for (const FlowLabel &label : layout.labels) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 200));
        painter.drawRoundedRect(label.rect.adjusted(-3, -1, 3, 1), 3, 3);
        painter.setFont(bold);
        painter.setPen(ink);
        painter.drawText(QRectF(label.rect.left(), label.rect.top(), label.rect.width(), line),
                         Qt::AlignLeft | Qt::AlignVCenter, label.title);
        if (!label.detail.isEmpty()) {
            painter.setFont(font());
            painter.setPen(muted);
            painter.drawText(QRectF(label.rect.left(), label.rect.top() + line, label.rect.width(), line),
                             Qt::AlignLeft | Qt::AlignVCenter, label.detail);
        }
    }
}

QString JourneyFlowView::savePng(const QString &path, const QSize &size) const
{
    // Drawn at twice the size for sharp text on high-density screens and in slides.
    const JourneyFlowLayout layout = JourneyFlowLayout::compute(m_links, size, font());
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        paintFlow(painter, layout, QRectF(QPointF(0, 0), QSizeF(size)), -1, -1);
    }
    return PictureFile::savePng(image, path);
}

QString JourneyFlowView::saveSvg(const QString &path, const QSize &size) const
{
    const JourneyFlowLayout layout = JourneyFlowLayout::compute(m_links, size, font());
    return PictureFile::saveSvg(
        path, size, tr("Customer journeys"), tr("Paths to the first purchase, drawn by Marketing Workbench"),
        [&](QPainter &painter) { paintFlow(painter, layout, QRectF(QPointF(0, 0), QSizeF(size)), -1, -1); });
}

} // namespace mwb::ui
