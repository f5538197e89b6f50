// SegmentTree: the tree view of the segment builder. It shows one row per group or condition
// (the row widgets are set by the builder) and turns a drag of a row into a move request
// ("row at this path to that group, at that place"), so the builder changes its definition
// and redraws the rows instead of Qt moving items whose row widgets would be lost.
#pragma once

#include <QList>
#include <QTreeWidget>

#include <functional>

namespace mwb::ui {

class SegmentTree : public QTreeWidget
{
    Q_OBJECT

public:
    using Path = QList<int>;
    // Moves the row at `from` into the group at `toParent` before its child `row`
    // (the child count: at the end). Returns whether the move was made.
    using MoveHandler = std::function<bool(const Path &from, const Path &toParent, int row)>;

    explicit SegmentTree(QWidget *parent = nullptr);

    void setMoveHandler(MoveHandler handler);

    // Child indexes from the top row down to the item; the top row is the empty path.
    static Path pathOf(const QTreeWidgetItem *item);
    QTreeWidgetItem *itemAtPath(const Path &path) const;
    QModelIndex modelIndex(QTreeWidgetItem *item) const { return indexFromItem(item); }

    // Starts dragging the current row (from a row's drag handle).
    void startRowDrag();

    static QString mimeType();

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
    bool dropMimeData(QTreeWidgetItem *parent, int index, const QMimeData *data, Qt::DropAction action) override;
    Qt::DropActions supportedDropActions() const override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dropEvent(QDropEvent *event) override;

private:
    MoveHandler m_moveHandler;
};

} // namespace mwb::ui
