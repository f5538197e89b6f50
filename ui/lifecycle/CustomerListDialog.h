// CustomerListDialog: the customers of a segment definition (a lifecycle figure, an RFM
// cell, a card of the Overview…): how many, every one of them in a list that loads the
// rows it shows (sortable by clicking a header), exported to CSV or Excel, and saved as a
// segment in one click. A double-click (or Enter) on a customer opens their profile.
#pragma once

#include "customers/CustomerExport.h"
#include "segments/SegmentDefinition.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace mwb::ui {

class CustomerTableModel;
class WorkspaceSession;

class CustomerListDialog : public QDialog
{
    Q_OBJECT

public:
    // `description` heads the dialog and is the name offered when saving.
    CustomerListDialog(WorkspaceSession *session, const SegmentNode &definition, const QString &description,
                       QWidget *parent = nullptr);

    const SegmentNode &definition() const { return m_definition; }
    // The customers the definition selects (once loaded).
    qint64 count() const { return m_count; }
    bool isLoaded() const { return m_loaded; }
    QTableView *table() const { return m_table; }
    CustomerTableModel *model() const { return m_model; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *exportButton() const { return m_export; }
    // Asks for a name and saves the definition as a segment on a worker; true when the save
    // was started (a message says how it went).
    bool saveAsSegment();
    // Asks for a file and writes every customer of the list there, in the list's order, on a
    // worker; exportFinished() follows. False when nothing was started.
    bool exportList();
    const CustomerExportResult &lastExport() const { return m_lastExport; }

Q_SIGNALS:
    void loaded();
    void exportFinished();

private:
    void showCount();
    void openCurrent(const QModelIndex &index);

    WorkspaceSession *m_session;
    SegmentNode m_definition;
    QString m_description;
    QLabel *m_summary;
    CustomerTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_export;
    QPushButton *m_save;
    CustomerExportResult m_lastExport;
    qint64 m_count = 0;
    bool m_loaded = false;
    bool m_exporting = false;
};

} // namespace mwb::ui
