// CustomerListExporter: Export… for a list of customers (the Customers page, a drill-down):
// asks for a CSV or Excel file, writes the customers on a worker while the button reads
// "Exporting…", says what went wrong, and hands the result back.
#pragma once

#include "customers/CustomerExport.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QPushButton;
class QWidget;

namespace mwb::ui {

class WorkspaceSession;

class CustomerListExporter
{
public:
    // False when nothing was started (no file chosen). `done` runs when the file is written,
    // failed (after the error was shown) or was cancelled.
    static bool start(QWidget *parent, WorkspaceSession *session, const std::vector<qint64> &ids,
                      const QStringList &columns, QPushButton *button,
                      std::function<void(const CustomerExportResult &)> done);
    // "exported 1,234 to customers.csv", for a status line.
    static QString doneText(const CustomerExportResult &result);
};

} // namespace mwb::ui
