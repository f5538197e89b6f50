// TableCopy: what Edit › Copy puts on the clipboard from a table — the selected block of
// cells as tab-separated text with the column headers first, which spreadsheets paste
// into cells.
#pragma once

#include <QString>

class QAbstractItemView;

namespace mwb::ui {

class TableCopy
{
public:
    // Lets the user select blocks of cells (drag, Shift+click, Ctrl+click), not only rows.
    static void allowBlockSelection(QAbstractItemView *view);
    // The rows and columns that hold a selected cell, in the order shown, headers first (and
    // the row headers first when the table shows them); selected cells are copied, the
    // others in the block left empty. Empty without a selection.
    static QString selectionAsTsv(const QAbstractItemView *view);
    // One field of tab-separated text: quoted ("" for a quote) when it holds a tab, a line
    // break or a quote, as spreadsheets read it.
    static QString field(const QString &text);
};

} // namespace mwb::ui
