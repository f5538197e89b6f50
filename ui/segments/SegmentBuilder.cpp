#include "SegmentBuilder.h"

#include "ConditionRowEditor.h"
#include "DragHandle.h"
#include "GroupRowEditor.h"
#include "SegmentEditCommand.h"
#include "SegmentTree.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMouseEvent>
#include <QPointer>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

using Path = SegmentBuilder::Path;
using Kind = SegmentNode::Kind;

SegmentNode *nodeAt(SegmentNode &root, const Path &path)
{
    SegmentNode *node = &root;
    for (int index : path) {
        if (index < 0 || index >= node->children.size())
            return nullptr;
        node = &node->children[index];
    }
    return node;
}

const SegmentNode *nodeAt(const SegmentNode &root, const Path &path)
{
    return nodeAt(const_cast<SegmentNode &>(root), path);
}

Path parentOf(const Path &path)
{
    return path.first(path.size() - 1);
}

bool isListGroup(const SegmentNode *node)
{
    return node && (node->kind == Kind::All || node->kind == Kind::Any);
}

// A negated row is moved and deleted together with its "not".
Path withNots(const SegmentNode &root, Path path)
{
    while (!path.isEmpty() && nodeAt(root, parentOf(path))->kind == Kind::Not)
        path = parentOf(path);
    return path;
}

QString pathKey(const Path &path)
{
    QStringList parts;
    for (int index : path)
        parts.append(QString::number(index));
    return u"/"_s + parts.join(u'/');
}

// The first incomplete row, in words an analyst can act on.
QString incompleteRow(const SegmentNode &node)
{
    if (node.isGroup()) {
        for (const SegmentNode &child : node.children) {
            const QString message = incompleteRow(child);
            if (!message.isEmpty())
                return message;
        }
        return {};
    }
    if (node.kind == Kind::Event && node.type.trimmed().isEmpty() && node.channel.trimmed().isEmpty())
        return SegmentBuilder::tr("An event condition needs an event type or a channel.");
    if (node.kind != Kind::Field)
        return {};
    const SegmentField *field = SegmentFields::find(node.field);
    if (!field)
        return {};
    if ((node.op == SegmentOp::In || node.op == SegmentOp::NotIn) && node.value.toArray().isEmpty())
        return SegmentBuilder::tr("%1: choose at least one value.").arg(SegmentFields::displayLabel(*field));
    if (node.value.isString() && node.value.toString().trimmed().isEmpty())
        return SegmentBuilder::tr("%1: enter a value.").arg(SegmentFields::displayLabel(*field));
    return {};
}

} // namespace

SegmentBuilder::SegmentBuilder(QWidget *parent)
    : QWidget(parent)
    , m_root(SegmentNode::group(Kind::All))
    , m_tree(new SegmentTree(this))
    , m_undo(new QUndoStack(this))
    , m_message(new QLabel(this))
{
    m_tree->setObjectName(u"segmentTree"_s);
    m_tree->setAccessibleName(tr("Segment conditions"));
    // As wide as the widest row, scrolling sideways when the window is narrower.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setMoveHandler(
        [this](const Path &from, const Path &toGroup, int row) { return moveRow(from, toGroup, row); });

    QStyle *look = style();
    m_addCondition = toolButton(tr("Add condition"), u"addCondition"_s,
                                QIcon::fromTheme(u"list-add"_s, look->standardIcon(QStyle::SP_FileIcon)),
                                tr("Add a condition to the selected group"));
    m_addGroup = toolButton(tr("Add group"), u"addGroup"_s,
                            QIcon::fromTheme(u"folder-new"_s, look->standardIcon(QStyle::SP_DirIcon)),
                            tr("Add a group of conditions (all of / any of)"));
    m_negate = toolButton(tr("Negate"), u"negate"_s,
                          QIcon::fromTheme(u"process-stop"_s, look->standardIcon(QStyle::SP_BrowserStop)),
                          tr("Match the customers who do not match the selected row, or undo that"));
    m_delete = toolButton(tr("Delete"), u"deleteRow"_s,
                          QIcon::fromTheme(u"edit-delete"_s, look->standardIcon(QStyle::SP_TrashIcon)),
                          tr("Delete the selected row"));
    m_undoButton =
        toolButton(tr("Undo"), u"undo"_s, QIcon::fromTheme(u"edit-undo"_s, look->standardIcon(QStyle::SP_ArrowBack)),
                   tr("Undo the last change"));
    m_redoButton =
        toolButton(tr("Redo"), u"redo"_s, QIcon::fromTheme(u"edit-redo"_s, look->standardIcon(QStyle::SP_ArrowForward)),
                   tr("Redo the change"));
    m_undoButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_redoButton->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto *tools = new QHBoxLayout;
    tools->setSpacing(2);
    tools->addWidget(m_addCondition);
    tools->addWidget(m_addGroup);
    tools->addSpacing(8);
    tools->addWidget(m_negate);
    tools->addWidget(m_delete);
    tools->addStretch(1);
    tools->addWidget(m_undoButton);
    tools->addWidget(m_redoButton);

    m_message->setObjectName(u"validationMessage"_s);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(tools);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);

    connect(m_addCondition, &QToolButton::clicked, this, &SegmentBuilder::addCondition);
    connect(m_addGroup, &QToolButton::clicked, this, &SegmentBuilder::addGroup);
    connect(m_negate, &QToolButton::clicked, this, &SegmentBuilder::negateCurrent);
    connect(m_delete, &QToolButton::clicked, this, &SegmentBuilder::deleteCurrent);
    connect(m_undoButton, &QToolButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_redoButton, &QToolButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoButton, &QToolButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoButton, &QToolButton::setEnabled);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &SegmentBuilder::updateState);

    auto *deleteAction = new QAction(tr("Delete row"), m_tree);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &SegmentBuilder::deleteCurrent);
    m_tree->addAction(deleteAction);
    // Ctrl+Z and Ctrl+Shift+Z are the window's Edit › Undo and Redo, which act on this
    // history while the page shows (a second shortcut here would make the keys ambiguous).

    // Row widgets cover their rows: clicking into one makes its row the current one.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (QWidget *widget = now; widget; widget = widget->parentWidget()) {
            if (widget->parentWidget() == m_tree->viewport()) {
                if (QTreeWidgetItem *row = itemOfRow(widget))
                    m_tree->setCurrentItem(row);
                return;
            }
        }
    });

    m_undoButton->setEnabled(false);
    m_redoButton->setEnabled(false);
    redraw({});
    updateState();
}

SegmentBuilder::~SegmentBuilder() = default;

QToolButton *SegmentBuilder::toolButton(const QString &text, const QString &name, const QIcon &icon, const QString &tip)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setObjectName(name);
    button->setIcon(icon);
    button->setToolTip(tip);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

void SegmentBuilder::setVocabulary(const SegmentVocabulary &vocabulary)
{
    m_vocabulary = vocabulary;
    redraw(currentPath().value_or(Path{}));
}

void SegmentBuilder::setDefinition(const SegmentNode &definition)
{
    m_undo->clear();
    apply(definition, {}, true);
}

SegmentNode SegmentBuilder::definition() const
{
    return m_root;
}

QString SegmentBuilder::validationError() const
{
    const QString incomplete = incompleteRow(m_root);
    return incomplete.isEmpty() ? SegmentDefinition::validate(m_root) : incomplete;
}

void SegmentBuilder::apply(const SegmentNode &root, const Path &select, bool redrawRows)
{
    m_root = root;
    if (redrawRows)
        redraw(select);
    updateState();
    Q_EMIT definitionChanged();
}

void SegmentBuilder::commit(const QString &text, const SegmentNode &next, const Path &select, const QString &mergeKey,
                            bool rowsShowNext)
{
    const Path before = currentPath().value_or(Path{});
    m_undo->push(new SegmentEditCommand(
        text, m_root, next, before, select, mergeKey, rowsShowNext,
        [this](const SegmentNode &root, const Path &path, bool redrawRows) { apply(root, path, redrawRows); }));
}

void SegmentBuilder::redraw(const Path &select)
{
    // The old row widgets are deleted later by the view; until then they are not found in
    // the tree (itemOfRow), so a late signal from one changes nothing.
    m_tree->clear();
    addRow(nullptr, m_root);
    m_tree->expandAll();
    QTreeWidgetItem *current = m_tree->itemAtPath(select);
    m_tree->setCurrentItem(current ? current : m_tree->topLevelItem(0));
}

void SegmentBuilder::addRow(QTreeWidgetItem *parent, const SegmentNode &node)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (parent)
        flags |= Qt::ItemIsDragEnabled;
    if (isListGroup(&node))
        flags |= Qt::ItemIsDropEnabled;
    item->setFlags(flags);

    QWidget *row = nullptr;
    DragHandle *handle = nullptr;
    if (node.isGroup()) {
        auto *group = new GroupRowEditor(node.kind, int(node.children.size()));
        connect(group, &GroupRowEditor::kindChanged, this,
                [this, group](SegmentNode::Kind kind) { groupKindChanged(group, kind); });
        row = group;
        handle = group->dragHandle();
    } else {
        auto *condition = new ConditionRowEditor(node, m_vocabulary);
        connect(condition, &ConditionRowEditor::changed, this, [this, condition] { rowEdited(condition); });
        row = condition;
        handle = condition->dragHandle();
    }
    row->setObjectName(node.isGroup() ? u"groupRow"_s : u"conditionRow"_s);
    handle->setVisible(parent != nullptr);
    connect(handle, &DragHandle::pressed, this, [this, row] {
        if (QTreeWidgetItem *own = itemOfRow(row))
            m_tree->setCurrentItem(own);
    });
    connect(handle, &DragHandle::dragRequested, this, [this, row] { dragRow(row); });
    row->installEventFilter(this);
    m_tree->setItemWidget(item, 0, row);
    item->setSizeHint(0, row->sizeHint());

    for (const SegmentNode &child : node.children)
        addRow(item, child);
}

QTreeWidgetItem *SegmentBuilder::itemOfRow(const QWidget *row) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (m_tree->itemWidget(*it, 0) == row)
            return *it;
    }
    return nullptr;
}

bool SegmentBuilder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        if (QTreeWidgetItem *row = itemOfRow(qobject_cast<QWidget *>(watched)))
            m_tree->setCurrentItem(row);
    }
    return QWidget::eventFilter(watched, event);
}

void SegmentBuilder::dragRow(QWidget *row)
{
    // Started once the handle's mouse event is done: the drop redraws the rows, and the
    // handle must not be deleted under its own event handler.
    QTimer::singleShot(0, this, [this, guard = QPointer<QWidget>(row)] {
        QTreeWidgetItem *own = guard ? itemOfRow(guard) : nullptr;
        if (!own)
            return;
        m_tree->setCurrentItem(own);
        m_tree->startRowDrag();
    });
}

void SegmentBuilder::rowEdited(QWidget *row)
{
    QTreeWidgetItem *own = itemOfRow(row);
    auto *condition = qobject_cast<ConditionRowEditor *>(row);
    if (!own || !condition)
        return;
    own->setSizeHint(0, row->sizeHint());
    const Path path = SegmentTree::pathOf(own);
    SegmentNode next = m_root;
    SegmentNode *target = nodeAt(next, path);
    const SegmentNode edited = condition->node();
    // Typing into one row, or turning a spin box, is one edit for undo; a new field or
    // operator is an edit of its own.
    const bool sameShape = target->kind == edited.kind && target->field == edited.field && target->op == edited.op;
    *target = edited;
    commit(tr("Edit condition"), next, path, sameShape ? pathKey(path) : QString(), true);
}

void SegmentBuilder::groupKindChanged(QWidget *row, SegmentNode::Kind kind)
{
    QTreeWidgetItem *own = itemOfRow(row);
    if (!own)
        return;
    const Path path = SegmentTree::pathOf(own);
    SegmentNode next = m_root;
    nodeAt(next, path)->kind = kind;
    commit(kind == Kind::All ? tr("Match all") : tr("Match any"), next, path, {}, true);
}

void SegmentBuilder::insertNode(const SegmentNode &node, const QString &text)
{
    SegmentNode next = m_root;
    Path at = currentPath().value_or(Path{});
    if (isListGroup(nodeAt(next, at))) {
        SegmentNode *group = nodeAt(next, at);
        group->children.append(node);
        commit(text, next, at + Path{int(group->children.size()) - 1});
        return;
    }
    at = withNots(next, at);
    if (at.isEmpty()) {
        // The top row is a condition: the two go into "All of".
        next = SegmentNode::group(Kind::All, {next, node});
        commit(text, next, {1});
        return;
    }
    SegmentNode *group = nodeAt(next, parentOf(at));
    group->children.insert(at.last() + 1, node);
    commit(text, next, parentOf(at) + Path{at.last() + 1});
}

void SegmentBuilder::addCondition()
{
    const SegmentField &first = SegmentFields::all().first();
    insertNode(SegmentNode::condition(first.name, first.ops.first(), QString()), tr("Add condition"));
}

void SegmentBuilder::addGroup()
{
    insertNode(SegmentNode::group(Kind::Any), tr("Add group"));
}

void SegmentBuilder::negateCurrent()
{
    const auto current = currentPath();
    if (!current)
        return;
    const Path path = *current;
    SegmentNode next = m_root;
    SegmentNode *node = nodeAt(next, path);
    if (node->kind == Kind::Not) {
        const SegmentNode child = node->children.value(0, SegmentNode::group(Kind::All));
        *node = child;
        commit(tr("Remove negation"), next, path);
    } else if (!path.isEmpty() && nodeAt(next, parentOf(path))->kind == Kind::Not) {
        const SegmentNode child = *node;
        *nodeAt(next, parentOf(path)) = child;
        commit(tr("Remove negation"), next, parentOf(path));
    } else {
        const SegmentNode wrapped = SegmentNode::group(Kind::Not, {*node});
        *node = wrapped;
        commit(tr("Negate"), next, path);
    }
}

void SegmentBuilder::deleteCurrent()
{
    const auto current = currentPath();
    if (!current)
        return;
    const Path path = withNots(m_root, *current);
    if (path.isEmpty()) {
        commit(tr("Delete row"), SegmentNode::group(Kind::All), {});
        return;
    }
    SegmentNode next = m_root;
    SegmentNode *group = nodeAt(next, parentOf(path));
    group->children.removeAt(path.last());
    Path select = parentOf(path);
    if (!group->children.isEmpty())
        select.append(qMin(path.last(), int(group->children.size()) - 1));
    commit(tr("Delete row"), next, select);
}

bool SegmentBuilder::moveRow(const Path &fromRow, const Path &toGroup, int row)
{
    const Path from = withNots(m_root, fromRow);
    if (from.isEmpty() || !nodeAt(m_root, from))
        return false;
    // A group cannot go into itself or one of its own groups.
    if (toGroup.size() >= from.size() && toGroup.first(from.size()) == from)
        return false;
    const SegmentNode *target = nodeAt(m_root, toGroup);
    if (!isListGroup(target) || row < 0 || row > target->children.size())
        return false;

    SegmentNode next = m_root;
    const Path fromGroup = parentOf(from);
    const int fromIndex = from.last();
    const SegmentNode moving = nodeAt(next, fromGroup)->children.takeAt(fromIndex);
    Path to = toGroup;
    // Taking the row out shifts the rows after it, and so the path of a group among them.
    if (to.size() > fromGroup.size() && to.first(fromGroup.size()) == fromGroup && to[fromGroup.size()] > fromIndex)
        --to[fromGroup.size()];
    if (to == fromGroup && row > fromIndex)
        --row;
    if (to == fromGroup && row == fromIndex)
        return false;
    nodeAt(next, to)->children.insert(row, moving);
    commit(tr("Move row"), next, to + Path{row});
    return true;
}

QTreeWidgetItem *SegmentBuilder::item(const Path &path) const
{
    return m_tree->itemAtPath(path);
}

QWidget *SegmentBuilder::rowEditor(const Path &path) const
{
    QTreeWidgetItem *row = item(path);
    return row ? m_tree->itemWidget(row, 0) : nullptr;
}

std::optional<Path> SegmentBuilder::currentPath() const
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current)
        return std::nullopt;
    return SegmentTree::pathOf(current);
}

void SegmentBuilder::setCurrentPath(const Path &path)
{
    if (QTreeWidgetItem *row = item(path))
        m_tree->setCurrentItem(row);
}

void SegmentBuilder::updateState()
{
    const auto current = currentPath();
    // An empty "All of" on top is the blank definition: nothing left to delete.
    const bool blank = m_root.kind == Kind::All && m_root.children.isEmpty();
    m_negate->setEnabled(current.has_value());
    m_delete->setEnabled(current.has_value() && !(current->isEmpty() && blank));
    const QString error = validationError();
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
}

} // namespace mwb::ui
