#include "ReadOnlyTable.h"

#include "TableCopy.h"

#include <QHeaderView>
#include <QTableView>

namespace mwb::ui {

void ReadOnlyTable::setUp(QTableView *view, Options options)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    TableCopy::allowBlockSelection(view);
    view->setAlternatingRowColors(options.testFlag(Striped));
    view->setWordWrap(options.testFlag(WrapText));
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    if (options.testFlag(FixedRows))
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
}

} // namespace mwb::ui
