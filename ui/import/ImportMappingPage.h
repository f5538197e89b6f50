// ImportMappingPage: each column with sample values, what it seems to hold, and the field
// it goes to (proposed from its header, changeable); how to read ambiguous dates; and an
// optional name to save the mapping under for next time.
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace mwb::ui {

class ImportWizard;

class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QTableWidget *table() const { return m_table; }
    // The field combo of column `column`, for tests.
    QComboBox *fieldBox(int column) const;

private:
    void collect();

    ImportWizard *m_wizard;
    QTableWidget *m_table;
    QComboBox *m_dateOrder;
    QLineEdit *m_presetName;
    QLabel *m_missing;
};

} // namespace mwb::ui
