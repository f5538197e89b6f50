// CustomerListDialog: the customers of a segment definition (a lifecycle figure, an RFM
// cell…): how many, the first of them, and one click to save exactly that set as a
// segment. A double-click on a customer opens their profile.
#pragma once

#include "segments/SegmentDefinition.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace mwb::ui {

class CustomerTable;
class WorkspaceSession;
struct SegmentCustomers;

class CustomerListDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kShownRows = 500;

    // `description` heads the dialog and is the name offered when saving.
    CustomerListDialog(WorkspaceSession *session, const SegmentNode &definition, const QString &description,
                       QWidget *parent = nullptr);

    const SegmentNode &definition() const { return m_definition; }
    qint64 count() const { return m_count; }
    bool isLoaded() const { return m_loaded; }
    CustomerTable *table() const { return m_table; }
    QPushButton *saveButton() const { return m_save; }
    // Asks for a name and saves the definition as a segment; true when saved.
    bool saveAsSegment();

Q_SIGNALS:
    void loaded();

private:
    void showCustomers(const SegmentCustomers &customers);

    WorkspaceSession *m_session;
    SegmentNode m_definition;
    QString m_description;
    QLabel *m_summary;
    CustomerTable *m_table;
    QPushButton *m_save;
    qint64 m_count = 0;
    bool m_loaded = false;
};

} // namespace mwb::ui
