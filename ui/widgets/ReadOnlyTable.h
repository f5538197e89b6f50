// ReadOnlyTable: how every table of figures or customers in the window behaves — not
// editable, blocks of cells selectable for Edit › Copy (TableCopy), no row numbers, one
// line of text per row at a height that fits the font — so the tables read alike and a
// new one gets it in one call.
#pragma once

#include <QFlags>
#include <QVariant>

class QTableView;
class QTableWidgetItem;

namespace mwb::ui {

class ReadOnlyTable
{
public:
    enum Option {
        Plain = 0x0,
        Striped = 0x1,   // alternate row colours: long lists of customers or campaigns
        WrapText = 0x2,  // text may wrap inside a row (a fixed-height row shows its first line)
        FixedRows = 0x4, // rows cannot be resized (lists long enough to be fetched lazily)
    };
    Q_DECLARE_FLAGS(Options, Option)

    static void setUp(QTableView *view, Options options = Plain);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ReadOnlyTable::Options)

// A cell of figures: right-aligned, with `sortValue` under Qt::UserRole when given (what
// sorting and drill-downs read instead of the shown text).
QTableWidgetItem *numberCell(const QString &text, const QVariant &sortValue = {});
// A cell of text: names, channels, messages.
QTableWidgetItem *textCell(const QString &text);

} // namespace mwb::ui
