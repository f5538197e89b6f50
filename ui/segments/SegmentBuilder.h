// SegmentBuilder: the visual editor of a segment definition. A tree of groups (all / any /
// not) and conditions; each condition row has a field picker grouped by topic, an
// operator picker for that field's type and a value editor that fits it. Rows can be
// added, negated, deleted, and dragged to reorder them or move them into another group.
#pragma once

#include "segments/SegmentDefinition.h"
#include "segments/SegmentQuery.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QToolButton;
class QTreeWidgetItem;
class QUndoStack;

namespace mwb::ui {

class SegmentTree;

class SegmentBuilder : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentBuilder(QWidget *parent = nullptr);
    ~SegmentBuilder() override;

    // The lists the pickers offer (values of choice fields, event types, channels, tags,
    // campaigns). Keeps the definition being edited.
    void setVocabulary(const SegmentVocabulary &vocabulary);

    // Shows a definition with a new undo history, and emits definitionChanged.
    void setDefinition(const SegmentNode &definition);
    // The definition the rows describe, also while a row is incomplete.
    SegmentNode definition() const;
    // Why the definition cannot be counted yet (an empty value…), or empty.
    QString validationError() const;

    // A row is addressed by its path: child indexes from the top row (the empty path).
    using Path = QList<int>;

    // The toolbar's edits, on the current row. A new condition or group goes into the
    // current group, after the current condition, or (no row current) at the end of the
    // top group; a top condition is first wrapped in "All of".
    void addCondition();
    void addGroup();
    // Wraps the current row in "not", or takes the "not" off it.
    void negateCurrent();
    // Deletes the current row (with the "not" around it, if any).
    void deleteCurrent();
    // Moves a row into the "all"/"any" group at `toGroup`, before its child `row`
    // (the child count: at the end); what a drop does. Returns whether it moved.
    bool moveRow(const Path &from, const Path &toGroup, int row);

    SegmentTree *tree() const { return m_tree; }
    QUndoStack *undoStack() const { return m_undo; }
    QTreeWidgetItem *item(const Path &path) const;
    // The row's editor: a ConditionRowEditor or GroupRowEditor.
    QWidget *rowEditor(const Path &path) const;
    std::optional<Path> currentPath() const;
    void setCurrentPath(const Path &path);

Q_SIGNALS:
    // Any edit: a value typed, a row added, moved, negated or deleted.
    void definitionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply(const SegmentNode &root, const Path &select, bool redrawRows);
    void commit(const QString &text, const SegmentNode &next, const Path &select, const QString &mergeKey = {},
                bool rowsShowNext = false);
    void insertNode(const SegmentNode &node, const QString &text);
    void redraw(const Path &select);
    void addRow(QTreeWidgetItem *parent, const SegmentNode &node);
    QTreeWidgetItem *itemOfRow(const QWidget *row) const;
    void rowEdited(QWidget *row);
    void groupKindChanged(QWidget *row, SegmentNode::Kind kind);
    void dragRow(QWidget *row);
    void updateState();
    QToolButton *toolButton(const QString &text, const QString &name, const QIcon &icon, const QString &tip);

    SegmentNode m_root;
    SegmentVocabulary m_vocabulary;
    SegmentTree *m_tree;
    QUndoStack *m_undo;
    QLabel *m_message;
    QToolButton *m_addCondition;
    QToolButton *m_addGroup;
    QToolButton *m_negate;
    QToolButton *m_delete;
    QToolButton *m_undoButton;
    QToolButton *m_redoButton;
};

} // namespace mwb::ui
