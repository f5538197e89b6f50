// setUpCustomerTable: a table view over a CustomerTableModel, alike on the Customers page
// and in every drill-down list — fixed rows, block selection, id order until a header is
// clicked, and a click on a column the list cannot be sorted by (the phone) leaving the
// indicator on the order the list really has.
#pragma once

class QTableView;

namespace mwb::ui {

class CustomerTableModel;

void setUpCustomerTable(QTableView *view, CustomerTableModel *model);

} // namespace mwb::ui
