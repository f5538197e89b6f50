#include "PdfComposer.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

constexpr qreal kMinimumTableFont = 6.0; // points
constexpr qreal kFooterMm = 8.0;

QFont sized(QFont font, qreal points, bool bold = false)
{
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

} // namespace

PdfComposer::PdfComposer(QPagedPaintDevice *device, QPainter *painter, const QFont &font, const QString &footer)
    : m_device(device)
    , m_painter(painter)
    , m_font(font)
    , m_footer(footer)
{
    m_width = device->width();
    m_bottom = device->height() - mm(kFooterMm);
}

qreal PdfComposer::mm(qreal millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

void PdfComposer::space(qreal millimetres)
{
    m_y += mm(millimetres);
}

void PdfComposer::ensure(qreal height)
{
    if (m_y > 0 && m_y + height > m_bottom)
        newPage();
}

void PdfComposer::newPage()
{
    footer();
    m_device->newPage();
    ++m_page;
    m_y = 0;
}

void PdfComposer::footer()
{
    const QFont font = sized(m_font, 7);
    m_painter->setFont(font);
    m_painter->setPen(QColor(0x7b, 0x87, 0x94));
    const QRectF rect(0, m_device->height() - mm(kFooterMm) + mm(3), m_width, mm(kFooterMm) - mm(3));
    const QString text = m_footer.isEmpty() ? QString::number(m_page + 1) : u"%1 · %2"_s.arg(m_footer).arg(m_page + 1);
    m_painter->drawText(rect, Qt::AlignRight | Qt::AlignBottom, text);
    m_placed.append({Placed::Kind::Footer, m_page, rect, text});
}

void PdfComposer::finish()
{
    footer();
}

void PdfComposer::heading(const QString &text, qreal size, const QColor &color)
{
    const QFont font = sized(m_font, size, true);
    const QFontMetricsF metrics(font, m_device);
    const QRectF bounds = metrics.boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, text);
    // A heading keeps at least two lines of what follows on its page.
    ensure(bounds.height() + 3 * metrics.height());
    if (m_y > 0)
        m_y += metrics.height() * 0.5;
    const QRectF rect(0, m_y, m_width, bounds.height());
    m_painter->setFont(font);
    m_painter->setPen(color);
    m_painter->drawText(rect, Qt::TextWordWrap, text);
    m_placed.append({Placed::Kind::Heading, m_page, rect, text});
    m_y += bounds.height() + metrics.height() * 0.25;
}

void PdfComposer::paragraph(const QString &text, const QColor &color, const QColor &background, qreal size)
{
    const QFont font = size > 0 ? sized(m_font, size) : m_font;
    const QFontMetricsF metrics(font, m_device);
    const qreal pad = background.alpha() > 0 ? mm(1.5) : 0;
    const QRectF bounds = metrics.boundingRect(QRectF(0, 0, m_width - 2 * pad, 1e6), Qt::TextWordWrap, text);
    ensure(bounds.height() + 2 * pad);
    const QRectF rect(0, m_y, m_width, bounds.height() + 2 * pad);
    if (background.alpha() > 0)
        m_painter->fillRect(rect, background);
    m_painter->setFont(font);
    m_painter->setPen(color);
    m_painter->drawText(rect.adjusted(pad, pad, -pad, -pad), Qt::TextWordWrap, text);
    m_placed.append({Placed::Kind::Paragraph, m_page, rect, text});
    m_y += rect.height() + metrics.height() * 0.4;
}

QList<qreal> PdfComposer::columnWidths(const PdfTable &table, const QFont &font, QPaintDevice *device, qreal width,
                                       qreal padding)
{
    const int columns = static_cast<int>(table.headers.size());
    const QFontMetricsF plain(font, device);
    QFont boldFont = font;
    boldFont.setBold(true);
    const QFontMetricsF bold(boldFont, device);
    QList<qreal> minimum(columns, 0), natural(columns, 0);
    for (int c = 0; c < columns; ++c) {
        const QString &header = table.headers[c];
        for (const QString &word : header.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts))
            minimum[c] = std::max(minimum[c], bold.horizontalAdvance(word));
        natural[c] = bold.horizontalAdvance(header);
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QFontMetricsF &metrics = table.bold.value(r) ? bold : plain;
            const qreal cell = metrics.horizontalAdvance(table.rows[r].value(c));
            minimum[c] = std::max(minimum[c], cell);
            natural[c] = std::max(natural[c], cell);
        }
        minimum[c] += 2 * padding + 1;
        natural[c] += 2 * padding + 1;
    }
    const qreal minimumSum = std::accumulate(minimum.cbegin(), minimum.cend(), 0.0);
    const qreal naturalSum = std::accumulate(natural.cbegin(), natural.cend(), 0.0);
    if (minimumSum > width)
        return {};
    QList<qreal> widths(columns, 0);
    if (naturalSum <= width) {
        // Everything on one line: the spare width shared in proportion.
        for (int c = 0; c < columns; ++c)
            widths[c] = natural[c] * width / naturalSum;
        return widths;
    }
    const qreal wanted = naturalSum - minimumSum;
    for (int c = 0; c < columns; ++c)
        widths[c] = minimum[c] + (width - minimumSum) * (natural[c] - minimum[c]) / wanted;
    return widths;
}

qreal PdfComposer::rowHeight(const QStringList &cells, const QList<qreal> &widths, const QFont &font) const
{
    const QFontMetricsF metrics(font, m_device);
    const qreal pad = mm(1);
    qreal height = metrics.height();
    for (int c = 0; c < widths.size(); ++c) {
        const QRectF bounds =
            metrics.boundingRect(QRectF(0, 0, widths[c] - 2 * pad, 1e6), Qt::TextWordWrap, cells.value(c));
        height = std::max(height, bounds.height());
    }
    return height + 2 * pad;
}

void PdfComposer::drawRow(const QStringList &cells, const QList<qreal> &widths, const QFont &font, bool header,
                          bool bold, const QList<Qt::Alignment> &align)
{
    QFont rowFont = font;
    rowFont.setBold(header || bold);
    const qreal height = rowHeight(cells, widths, rowFont);
    const qreal pad = mm(1);
    const QRectF row(0, m_y, std::accumulate(widths.cbegin(), widths.cend(), 0.0), height);
    if (header)
        m_painter->fillRect(row, QColor(0xee, 0xf2, 0xf7));
    m_painter->setFont(rowFont);
    qreal x = 0;
    for (int c = 0; c < widths.size(); ++c) {
        const QRectF cell(x, m_y, widths[c], height);
        m_painter->setPen(QPen(QColor(0xcb, 0xd2, 0xd9), 0));
        m_painter->drawRect(cell);
        m_painter->setPen(QColor(0x1f, 0x29, 0x33));
        const Qt::Alignment horizontal = align.value(c, c == 0 ? Qt::AlignLeft : Qt::AlignRight);
        m_painter->drawText(cell.adjusted(pad, pad, -pad, -pad),
                            static_cast<int>(horizontal | Qt::AlignVCenter) | Qt::TextWordWrap, cells.value(c));
        x += widths[c];
    }
    m_placed.append({header ? Placed::Kind::TableHeader : Placed::Kind::TableRow, m_page, row, cells.value(0)});
    m_y += height;
}

void PdfComposer::table(const PdfTable &table)
{
    // The largest font up to the body's at which the narrowest columns fit.
    QFont font = m_font;
    QList<qreal> widths;
    for (qreal size = m_font.pointSizeF(); size >= kMinimumTableFont; size -= 0.5) {
        font = sized(m_font, size);
        widths = columnWidths(table, font, m_device, m_width, mm(1));
        if (!widths.isEmpty())
            break;
    }
    if (widths.isEmpty()) { // even the smallest font is too wide: equal columns, cells may wrap
        widths = QList<qreal>(table.headers.size(), m_width / std::max<qsizetype>(1, table.headers.size()));
    }
    m_tables.append({widths, font.pointSizeF()});
    QFont boldFont = font;
    boldFont.setBold(true);
    const qreal headerHeight = rowHeight(table.headers, widths, boldFont);
    // The header and the first row together.
    ensure(headerHeight + (table.rows.isEmpty() ? 0 : rowHeight(table.rows.constFirst(), widths, font)));
    drawRow(table.headers, widths, font, true, false, table.align);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const bool bold = table.bold.value(r);
        QFont rowFont = font;
        rowFont.setBold(bold);
        const qreal height = rowHeight(table.rows[r], widths, rowFont);
        if (m_y + height > m_bottom) {
            newPage();
            drawRow(table.headers, widths, font, true, false, table.align);
        }
        drawRow(table.rows[r], widths, font, false, bold, table.align);
    }
    m_y += mm(2);
}

void PdfComposer::picture(qreal heightMm, const std::function<void(QPainter &, const QRectF &)> &paint)
{
    const qreal height = mm(heightMm);
    ensure(height);
    const QRectF rect(0, m_y, m_width, height);
    m_painter->save();
    paint(*m_painter, rect);
    m_painter->restore();
    m_placed.append({Placed::Kind::Picture, m_page, rect, QString()});
    m_y += height + mm(2);
}

} // namespace mwb::ui
