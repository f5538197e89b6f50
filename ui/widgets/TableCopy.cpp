#include "TableCopy.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTreeView>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace mwb::ui {

void TableCopy::allowBlockSelection(QAbstractItemView *view)
{
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
}

QString TableCopy::field(const QString &text)
{
    if (!text.contains(u'\t') && !text.contains(u'\n') && !text.contains(u'\r') && !text.contains(u'"'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString TableCopy::selectionAsTsv(const QAbstractItemView *view)
{
    const QItemSelectionModel *selection = view->selectionModel();
    const QAbstractItemModel *model = view->model();
    if (!selection || !model || !selection->hasSelection())
        return {};
    const QModelIndexList cells = selection->selectedIndexes();
    const auto *table = qobject_cast<const QTableView *>(view);
    const auto *tree = qobject_cast<const QTreeView *>(view);
    const QHeaderView *header = table ? table->horizontalHeader() : tree ? tree->header() : nullptr;
    const QModelIndex root = view->rootIndex();

    std::set<int> rows;
    std::set<int> columnSet;
    for (const QModelIndex &cell : cells) {
        if (cell.parent() != root)
            continue;
        if (header && header->isSectionHidden(cell.column()))
            continue;
        rows.insert(cell.row());
        columnSet.insert(cell.column());
    }
    if (rows.empty())
        return {};
    std::vector<int> columns(columnSet.begin(), columnSet.end());
    if (header) {
        std::sort(columns.begin(), columns.end(),
                  [header](int a, int b) { return header->visualIndex(a) < header->visualIndex(b); });
    }
    const bool rowHeaders = table && !table->verticalHeader()->isHidden();

    QStringList lines;
    QStringList heading;
    if (rowHeaders)
        heading.append(QString());
    for (int column : columns)
        heading.append(field(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()));
    lines.append(heading.join(u'\t'));
    for (int row : rows) {
        QStringList line;
        if (rowHeaders)
            line.append(field(model->headerData(row, Qt::Vertical, Qt::DisplayRole).toString()));
        for (int column : columns) {
            const QModelIndex cell = model->index(row, column, root);
            line.append(selection->isSelected(cell) ? field(cell.data(Qt::DisplayRole).toString()) : QString());
        }
        lines.append(line.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace mwb::ui
