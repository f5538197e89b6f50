#include "EditActions.h"

#include "widgets/TableCopy.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QUndoStack>
#include <QWidget>

namespace mwb::ui {

namespace {

// The widget with the focus inside `window`, if any.
QWidget *focused(QWidget *window)
{
    QWidget *widget = QApplication::focusWidget();
    return widget && widget->window() == window->window() ? widget : nullptr;
}

QLineEdit *lineEdit(QWidget *widget)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        return edit;
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
        return spin->findChild<QLineEdit *>();
    return nullptr;
}

} // namespace

EditActions::EditActions(QWidget *window, std::function<QUndoStack *()> pageHistory)
    : QObject(window)
    , m_window(window)
    , m_pageHistory(std::move(pageHistory))
    , m_undo(new QAction(tr("&Undo"), this))
    , m_redo(new QAction(tr("&Redo"), this))
    , m_copy(new QAction(tr("&Copy"), this))
    , m_selectAll(new QAction(tr("Select &All"), this))
{
    m_undo->setObjectName(QStringLiteral("editUndo"));
    m_redo->setObjectName(QStringLiteral("editRedo"));
    m_copy->setObjectName(QStringLiteral("editCopy"));
    m_selectAll->setObjectName(QStringLiteral("editSelectAll"));
    // Every binding the platform has (Redo: Ctrl+Y and Ctrl+Shift+Z on Linux and Windows).
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo->setShortcuts(QKeySequence::Redo);
    m_copy->setShortcuts(QKeySequence::Copy);
    m_selectAll->setShortcuts(QKeySequence::SelectAll);
    m_copy->setStatusTip(tr("Copy the selection; from a table, the selected cells with their column headers"));
    connect(m_undo, &QAction::triggered, this, [this] { triggerUndo(false); });
    connect(m_redo, &QAction::triggered, this, [this] { triggerUndo(true); });
    connect(m_copy, &QAction::triggered, this, &EditActions::triggerCopy);
    connect(m_selectAll, &QAction::triggered, this, &EditActions::triggerSelectAll);
    connect(qApp, &QApplication::focusChanged, this, &EditActions::update);
    update();
}

void EditActions::watchHistory(QUndoStack *history)
{
    if (m_watched == history)
        return;
    if (m_watched)
        disconnect(m_watched, nullptr, this, nullptr);
    m_watched = history;
    if (history) {
        connect(history, &QUndoStack::canUndoChanged, this, &EditActions::update);
        connect(history, &QUndoStack::canRedoChanged, this, &EditActions::update);
    }
}

void EditActions::watchFocused(QWidget *widget)
{
    if (m_focused == widget)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_focusConnections))
        disconnect(connection);
    m_focusConnections.clear();
    m_focused = widget;
    if (QLineEdit *edit = lineEdit(widget)) {
        m_focusConnections << connect(edit, &QLineEdit::selectionChanged, this, &EditActions::update)
                           << connect(edit, &QLineEdit::textChanged, this, &EditActions::update);
    } else if (auto *text = qobject_cast<QTextEdit *>(widget)) {
        m_focusConnections << connect(text, &QTextEdit::copyAvailable, this, &EditActions::update)
                           << connect(text, &QTextEdit::undoAvailable, this, &EditActions::update)
                           << connect(text, &QTextEdit::redoAvailable, this, &EditActions::update);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        m_focusConnections << connect(plain, &QPlainTextEdit::copyAvailable, this, &EditActions::update)
                           << connect(plain, &QPlainTextEdit::undoAvailable, this, &EditActions::update)
                           << connect(plain, &QPlainTextEdit::redoAvailable, this, &EditActions::update);
    } else if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->selectionModel()) {
        m_focusConnections << connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                                      &EditActions::update);
    }
}

void EditActions::update()
{
    QWidget *widget = focused(m_window);
    watchFocused(widget);
    QUndoStack *history = m_pageHistory ? m_pageHistory() : nullptr;
    watchHistory(history);
    bool canUndo = history && history->canUndo();
    bool canRedo = history && history->canRedo();
    bool canCopy = false;
    bool canSelectAll = false;
    if (QLineEdit *edit = lineEdit(widget)) {
        canUndo = edit->isUndoAvailable();
        canRedo = edit->isRedoAvailable();
        canCopy = edit->hasSelectedText() && edit->echoMode() == QLineEdit::Normal;
        canSelectAll = !edit->text().isEmpty();
    } else if (auto *text = qobject_cast<QTextEdit *>(widget)) {
        canUndo = !text->isReadOnly() && text->document()->isUndoAvailable();
        canRedo = !text->isReadOnly() && text->document()->isRedoAvailable();
        canCopy = text->textCursor().hasSelection();
        canSelectAll = !text->document()->isEmpty();
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        canUndo = !plain->isReadOnly() && plain->document()->isUndoAvailable();
        canRedo = !plain->isReadOnly() && plain->document()->isRedoAvailable();
        canCopy = plain->textCursor().hasSelection();
        canSelectAll = !plain->document()->isEmpty();
    } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
        canCopy = view->selectionModel() && view->selectionModel()->hasSelection();
        canSelectAll = view->model() && view->model()->rowCount(view->rootIndex()) > 0
            && view->selectionMode() != QAbstractItemView::NoSelection;
    }
    m_undo->setEnabled(canUndo);
    m_redo->setEnabled(canRedo);
    m_copy->setEnabled(canCopy);
    m_selectAll->setEnabled(canSelectAll);
}

void EditActions::triggerUndo(bool redo)
{
    QWidget *widget = focused(m_window);
    if (QLineEdit *edit = lineEdit(widget)) {
        redo ? edit->redo() : edit->undo();
    } else if (auto *text = qobject_cast<QTextEdit *>(widget)) {
        redo ? text->redo() : text->undo();
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        redo ? plain->redo() : plain->undo();
    } else if (QUndoStack *history = m_pageHistory ? m_pageHistory() : nullptr) {
        redo ? history->redo() : history->undo();
    }
    update();
}

void EditActions::triggerCopy()
{
    QWidget *widget = focused(m_window);
    if (QLineEdit *edit = lineEdit(widget)) {
        edit->copy();
    } else if (auto *text = qobject_cast<QTextEdit *>(widget)) {
        text->copy();
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        plain->copy();
    } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
        const QString tsv = TableCopy::selectionAsTsv(view);
        if (!tsv.isEmpty())
            QApplication::clipboard()->setText(tsv);
    }
}

void EditActions::triggerSelectAll()
{
    QWidget *widget = focused(m_window);
    if (QLineEdit *edit = lineEdit(widget))
        edit->selectAll();
    else if (auto *text = qobject_cast<QTextEdit *>(widget))
        text->selectAll();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        plain->selectAll();
    else if (auto *view = qobject_cast<QAbstractItemView *>(widget))
        view->selectAll();
    update();
}

} // namespace mwb::ui
