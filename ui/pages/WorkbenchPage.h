// WorkbenchPage: a page the main window lists in its sidebar. Each page is its own class
// and reads the session; the window only hosts them.
#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QUndoStack;

namespace mwb::ui {

class WorkspaceSession;

class WorkbenchPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString pageId() const = 0; // stable, for settings, shortcuts and screenshots
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // True once the page shows the figures of the open workspace (pages that load them in
    // the background override it and emit ready() when they land).
    virtual bool isReady() const { return true; }
    // The page's own undo history, for Edit › Undo and Redo (none by default).
    virtual QUndoStack *undoHistory() const { return nullptr; }

Q_SIGNALS:
    void ready();

protected:
    // The large title every page starts with.
    QLabel *createHeading(const QString &text);
};

} // namespace mwb::ui
