// ImportsPage: every import of the workspace with its counts; import another file, open
// an import's rejected rows, or undo an import.
#pragma once

#include "WorkbenchPage.h"

class QPushButton;
class QTableWidget;

namespace mwb::ui {

class WorkspaceSession;

class ImportsPage : public WorkbenchPage
{
    Q_OBJECT

public:
    ImportsPage(WorkspaceSession *session, QAction *importAction, QWidget *parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;

    QTableWidget *table() const { return m_table; }
    void undoSelected();

private:
    void reload();
    void updateButtons();
    qint64 selectedId() const;

    WorkspaceSession *m_session;
    QTableWidget *m_table;
    QPushButton *m_rejects;
    QPushButton *m_undo;
};

} // namespace mwb::ui
