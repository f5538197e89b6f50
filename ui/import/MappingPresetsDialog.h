// MappingPresetsDialog: the column mappings saved in a workspace (name, kind of file,
// columns, when saved), to rename or delete. Changes are written at once, on a worker
// thread (a workspace held by another program's import does not freeze the window).
#pragma once

#include "import/MappingPresets.h"

#include <QDialog>

#include <functional>

class QPushButton;
class QTableWidget;

namespace mwb::ui {

class MappingPresetsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MappingPresetsDialog(const QString &workspacePath, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Renames or deletes the selected mapping, asking the user (tests answer in advance).
    void renameSelected();
    void deleteSelected();
    // A change is on its way to the workspace (the buttons wait for it).
    bool isWriting() const { return m_writing; }

    // How a kind of file is named on screen.
    static QString kindLabel(ImportKind kind);

private:
    void reload(const QString &select = {});
    QString selectedName() const;
    void updateButtons();
    // Runs `change` on a worker's read-write connection; tells the user when it failed,
    // else reloads the list (selecting `select`).
    void write(std::function<QString(SQLite::Database &)> change, const QString &select);

    QString m_workspacePath;
    QList<MappingPreset> m_presets;
    QTableWidget *m_table;
    QPushButton *m_rename;
    QPushButton *m_delete;
    bool m_writing = false;
};

} // namespace mwb::ui
