// PdfComposer: lays a printed report out on pages, top to bottom — headings, paragraphs,
// tables and pictures — with a QPainter on a paged device (QPdfWriter). Tables get column
// widths that fit the page: a header wraps only between words, a cell never; when even the
// narrowest columns do not fit, the table's font shrinks. A table row is never split: a
// row that does not fit goes to the next page, under the table's header again. Pictures
// stay whole too. Every placed block is recorded, so tests can check the layout.
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace mwb::ui {

struct PdfTable
{
    QStringList headers;
    QList<QStringList> rows;
    QList<bool> bold; // per row (optional): the row's text in bold
    // Per column (optional); by default the first is left-aligned, the others (figures) right.
    QList<Qt::Alignment> align;
};

class PdfComposer
{
public:
    struct Placed
    {
        enum class Kind {
            Heading,
            Paragraph,
            TableHeader,
            TableRow,
            Picture,
            Footer
        };
        Kind kind;
        int page = 0; // from 0
        QRectF rect;  // in device pixels
        QString text; // the first cell of a row, the text of a paragraph
    };
    struct TableLayout
    {
        QList<qreal> widths; // device pixels, per column
        qreal fontSize = 0;  // points
    };

    // `footer`: printed at the bottom of every page with its number.
    PdfComposer(QPagedPaintDevice *device, QPainter *painter, const QFont &font, const QString &footer);

    void heading(const QString &text, qreal size, const QColor &color = QColor(0x12, 0x3a, 0x75));
    void paragraph(const QString &text, const QColor &color = QColor(0x1f, 0x29, 0x33),
                   const QColor &background = Qt::transparent, qreal size = 0);
    void table(const PdfTable &table);
    // A picture `heightMm` high across the text width, drawn by `paint` into the rect.
    void picture(qreal heightMm, const std::function<void(QPainter &, const QRectF &)> &paint);
    void space(qreal mm);
    // Prints the last page's footer.
    void finish();

    const QList<Placed> &placed() const { return m_placed; }
    const QList<TableLayout> &tables() const { return m_tables; }
    qreal pageBottom() const { return m_bottom; }
    qreal textWidth() const { return m_width; }
    int pages() const { return m_page + 1; }

    // The widths that fit `table` into `width` with `metrics`-sized text: each column at
    // least its longest header word and its widest cell (plus padding), the rest shared out
    // by how much more each would take unwrapped. Empty when the minimums do not fit.
    static QList<qreal> columnWidths(const PdfTable &table, const QFont &font, QPaintDevice *device, qreal width,
                                     qreal padding);

private:
    qreal mm(qreal millimetres) const;
    void ensure(qreal height);
    void newPage();
    void footer();
    qreal rowHeight(const QStringList &cells, const QList<qreal> &widths, const QFont &font) const;
    void drawRow(const QStringList &cells, const QList<qreal> &widths, const QFont &font, bool header, bool bold,
                 const QList<Qt::Alignment> &align);

    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    QFont m_font;
    QString m_footer;
    qreal m_width = 0;
    qreal m_bottom = 0;
    qreal m_y = 0;
    int m_page = 0;
    QList<Placed> m_placed;
    QList<TableLayout> m_tables;
};

} // namespace mwb::ui
