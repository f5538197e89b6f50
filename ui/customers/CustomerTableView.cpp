#include "CustomerTableView.h"

#include "CustomerTableModel.h"
#include "widgets/ReadOnlyTable.h"

#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableView>

namespace mwb::ui {

void setUpCustomerTable(QTableView *view, CustomerTableModel *model)
{
    view->setModel(model);
    ReadOnlyTable::setUp(view, ReadOnlyTable::Striped | ReadOnlyTable::FixedRows);
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSortIndicator(-1, Qt::AscendingOrder); // id order until a header is clicked
    view->setSortingEnabled(true);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, view, [model, header](int column, Qt::SortOrder) {
        if (!CustomerTableModel::sortFor(column)) {
            const int sorted = CustomerTableModel::columnFor(model->query().sort);
            const QSignalBlocker blocker(header);
            header->setSortIndicator(sorted, model->query().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            header->setSortIndicatorShown(sorted >= 0);
            return;
        }
        header->setSortIndicatorShown(true);
    });
}

} // namespace mwb::ui
