#include "ReadOnlyTable.h"

#include "TableCopy.h"

#include <QHeaderView>
#include <QTableView>
#include <QTableWidgetItem>

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

QTableWidgetItem *numberCell(const QString &text, const QVariant &sortValue)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (sortValue.isValid())
        item->setData(Qt::UserRole, sortValue);
    return item;
}

QTableWidgetItem *textCell(const QString &text)
{
    return new QTableWidgetItem(text);
}

} // namespace mwb::ui
