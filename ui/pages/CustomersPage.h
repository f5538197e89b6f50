// CustomersPage: every customer of the workspace in one table, a million of them without
// loading them (CustomerTableModel). A quick search (id, e-mail, phone, name), a filter by
// lifecycle stage or saved segment, sorting by any column header, a column chooser
// remembered between sessions, the count, and the list exported as CSV or XLSX. A
// double-click or Enter opens the customer's profile.
#pragma once

#include "WorkbenchPage.h"
#include "customers/CustomerDirectory.h"
#include "customers/CustomerExport.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace mwb::ui {

class CustomerTableModel;
class WorkspaceSession;

class CustomersPage : public WorkbenchPage
{
    Q_OBJECT

public:
    static constexpr int kSearchDelayMs = 200;

    explicit CustomersPage(WorkspaceSession *session, QWidget *parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    // Every id of the list is known and the count shown.
    bool isReady() const override;

    CustomerTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *filter() const { return m_filter; }
    QLabel *countLabel() const { return m_count; }
    // The query the table shows (search, filter and sort).
    CustomerListQuery currentQuery() const;
    // Chooses the filter entry of this stage (by name: "adopt") or saved segment (by id).
    bool selectStage(const QString &stage);
    bool selectSegment(qint64 segmentId);

    void setColumnShown(int column, bool shown);
    bool isColumnShown(int column) const;

    // Asks for a file name and writes the list there on a worker; exportFinished() follows.
    bool exportList();
    const CustomerExportResult &lastExport() const { return m_lastExport; }
    // Opens the profile of the customer in this row.
    void openProfile(int row);

Q_SIGNALS:
    void exportFinished();

private:
    void rebuildFilters();
    void applyQuery();
    void showCount();
    void showColumnMenu(const QPoint &position);
    void restoreColumns();
    void saveColumns();
    void resizeShownColumns();

    WorkspaceSession *m_session;
    CustomerTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_filter;
    QLabel *m_count;
    QToolButton *m_columns;
    QPushButton *m_export;
    QTableView *m_table;
    QTimer *m_searchDelay;
    CustomerExportResult m_lastExport;
    bool m_overviewSeen = false;
    bool m_exporting = false;
    bool m_columnsSized = false;
};

} // namespace mwb::ui
