// ImportMappingPage: each column with sample values, what it seems to hold, and the field
// it goes to (proposed from its header, changeable); how to read ambiguous dates; and an
// optional name to save the mapping under for next time. A mapping saved for the same
// columns is picked on its own; any saved mapping can be chosen, renamed or deleted.
#pragma once

#include "import/MappingPresets.h"

#include <QWizardPage>

class QComboBox;
class QPushButton;
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
    // The saved mapping in use ("" for the proposals from the column names).
    QComboBox *presetBox() const { return m_preset; }
    // Opens the list of saved mappings (rename, delete), then lists them again.
    void managePresets();

private:
    void collect();
    // Reads the saved mappings of this kind; on a new file, picks the newest one saved for
    // exactly its columns.
    void loadPresets(bool pickForNewFile);
    void presetChosen();
    void showMapping(const QList<ImportField> &mapping);

    ImportWizard *m_wizard;
    QTableWidget *m_table;
    QComboBox *m_dateOrder;
    QLineEdit *m_presetName;
    QComboBox *m_preset;
    QLabel *m_presetNote;
    QPushButton *m_managePresets;
    QList<MappingPreset> m_presets;
    QString m_pickedFor; // the file (path and columns) a saved mapping was last picked for
    QLabel *m_missing;
};

} // namespace mwb::ui
