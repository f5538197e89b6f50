// EditActions: the Edit menu's Undo, Redo, Copy and Select All, acting on the widget that
// has the keyboard focus — a text field, a table (Copy gives the selected block as
// tab-separated text with headers) — and Undo/Redo on the current page's history (the
// segment builder) when no text field has the focus.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QUndoStack;
class QWidget;

namespace mwb::ui {

class EditActions : public QObject
{
    Q_OBJECT

public:
    // `pageHistory` gives the current page's undo history, or null.
    EditActions(QWidget *window, std::function<QUndoStack *()> pageHistory);

    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    QAction *copy() const { return m_copy; }
    QAction *selectAll() const { return m_selectAll; }

    // Enables the actions for what has the focus now (called on focus and page changes, and
    // before the menu shows).
    void update();

private:
    void triggerUndo(bool redo);
    void triggerCopy();
    void triggerSelectAll();
    void watchHistory(QUndoStack *history);
    // Follows what can change the actions of the focused widget (its selection, its text).
    void watchFocused(QWidget *widget);

    QWidget *m_window;
    std::function<QUndoStack *()> m_pageHistory;
    QPointer<QUndoStack> m_watched;
    QList<QMetaObject::Connection> m_focusConnections;
    QPointer<QWidget> m_focused;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_copy;
    QAction *m_selectAll;
};

} // namespace mwb::ui
