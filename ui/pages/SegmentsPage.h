// SegmentsPage: build, count and keep segments. Left, the saved segments with their last
// counts and what can be done with them (new, duplicate, rename, delete, import and export
// as JSON, snapshot); right, the visual builder with the definition in words, a live count
// taken on a worker thread a moment after each edit, and the first matching customers;
// beside it the RFM grid and the overlap of two or three saved segments.
#pragma once

#include "WorkbenchPage.h"
#include "segments/SegmentDefinition.h"

#include <QJsonObject>

#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace mwb::ui {

class OverlapPanel;
class RfmPanel;
class SavedSegmentList;
class SegmentEditor;
class WorkspaceSession;

class SegmentsPage : public WorkbenchPage
{
    Q_OBJECT

public:
    explicit SegmentsPage(WorkspaceSession *session, QWidget *parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    // The list, the count, the preview and the RFM grid of the open workspace are shown.
    bool isReady() const override { return m_ready; }
    // The builder's edits.
    QUndoStack *undoHistory() const override;

    SegmentEditor *editor() const { return m_editor; }
    SavedSegmentList *savedList() const { return m_list; }
    RfmPanel *rfmPanel() const { return m_rfm; }
    OverlapPanel *overlapPanel() const { return m_overlap; }
    QTabWidget *tabs() const { return m_tabs; }

    // The saved segment being edited (0: a new one) and whether it has unsaved edits.
    qint64 currentSegmentId() const;
    bool isModified() const;
    // An edit is on its way to the workspace (the edit buttons wait for it).
    bool isWriting() const { return m_writing; }

    // Edits `definition` as a new, unsaved segment.
    void setDefinition(const SegmentNode &definition);
    // Opens a saved segment in the builder (after asking about unsaved edits).
    bool openSegment(qint64 id);

    // What the buttons do; each returns true when it did it or started it. Edits are written
    // on a worker (SegmentService): the page follows, or says what failed, when the answer
    // comes; `then` runs after a save that succeeded. One edit is written at a time.
    bool newSegment();
    bool save(const std::function<void()> &then = {});
    bool saveAs(const std::function<void()> &then = {});
    bool duplicateSegment();
    bool renameSegment();
    bool deleteSegment();
    bool importDefinition();
    bool exportDefinition();
    bool snapshotSegment();

private:
    QWidget *createListPanel();
    QWidget *createEditorTab();
    void workspaceOpened();
    void workspaceClosed();
    void dataChanged();
    void reloadList();
    void loadSegment(const SegmentNode &definition, qint64 id, const QString &name);
    void updateHeader();
    void updateActions();
    void checkReady();
    // Asks what to do with unsaved edits, and runs `proceed` once they are let go or saved
    // (after the save is written); never when the user keeps editing or the save fails.
    void confirmDiscard(const std::function<void()> &proceed);
    void setWriting(bool writing);

    WorkspaceSession *m_session;
    SavedSegmentList *m_list;
    SegmentEditor *m_editor;
    RfmPanel *m_rfm;
    OverlapPanel *m_overlap;
    QTabWidget *m_tabs;
    QPushButton *m_new = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_snapshot = nullptr;
    QLabel *m_editTitle = nullptr;
    QLabel *m_editState = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveAs = nullptr;

    QString m_currentName;
    QList<QJsonObject> m_overlapInputs; // what the overlap panel was last given
    bool m_ready = false;
    bool m_writing = false; // an edit is on its way to the workspace
    bool m_overviewSeen = false;
};

} // namespace mwb::ui
