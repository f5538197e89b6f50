// CustomerListDialog: the customers behind a lifecycle figure (how many, and the first of
// them), with one click to save exactly that set as a segment.
#pragma once

#include "lifecycle/Lifecycle.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace mwb::ui {

class WorkspaceSession;

class CustomerListDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kShownRows = 500;

    CustomerListDialog(WorkspaceSession *session, const StageSelection &selection, const QString &description,
                       QWidget *parent = nullptr);

    qint64 count() const { return m_count; }
    bool isLoaded() const { return m_loaded; }
    QTableWidget *table() const { return m_table; }
    QPushButton *saveButton() const { return m_save; }
    // Asks for a name and saves the selection as a segment; true when saved.
    bool saveAsSegment();

Q_SIGNALS:
    void loaded();

private:
    void showCustomers(qint64 count, const QList<CustomerSummary> &rows);

    WorkspaceSession *m_session;
    StageSelection m_selection;
    QString m_description;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_save;
    qint64 m_count = 0;
    bool m_loaded = false;
};

} // namespace mwb::ui
