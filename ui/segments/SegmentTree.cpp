#include "SegmentTree.h"

#include <QDrag>
#include <QDropEvent>
#include <QHeaderView>
#include <QMimeData>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace mwb::ui {

SegmentTree::SegmentTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(1);
    header()->hide();
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setIndentation(28);
    setUniformRowHeights(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Only groups take rows; the top row is the definition itself and has no siblings.
    invisibleRootItem()->setFlags(Qt::ItemIsEnabled);
}

void SegmentTree::setMoveHandler(MoveHandler handler)
{
    m_moveHandler = std::move(handler);
}

SegmentTree::Path SegmentTree::pathOf(const QTreeWidgetItem *item)
{
    Path path;
    for (; item && item->parent(); item = item->parent())
        path.prepend(item->parent()->indexOfChild(const_cast<QTreeWidgetItem *>(item)));
    return path;
}

QTreeWidgetItem *SegmentTree::itemAtPath(const Path &path) const
{
    QTreeWidgetItem *item = topLevelItem(0);
    for (int index : path) {
        if (!item || index < 0 || index >= item->childCount())
            return nullptr;
        item = item->child(index);
    }
    return item;
}

QString SegmentTree::mimeType()
{
    return u"application/x-mwb-segment-row"_s;
}

QStringList SegmentTree::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *SegmentTree::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    if (items.size() != 1)
        return nullptr;
    QStringList parts;
    for (int index : pathOf(items.first()))
        parts.append(QString::number(index));
    auto *data = new QMimeData;
    data->setData(mimeType(), parts.join(u'/').toUtf8());
    return data;
}

bool SegmentTree::dropMimeData(QTreeWidgetItem *parent, int index, const QMimeData *data, Qt::DropAction action)
{
    if (!parent || !m_moveHandler || action != Qt::MoveAction || !data->hasFormat(mimeType()))
        return false;
    const QString text = QString::fromUtf8(data->data(mimeType()));
    Path from;
    for (const QString &part : text.split(u'/', Qt::SkipEmptyParts)) {
        bool ok = false;
        from.append(part.toInt(&ok));
        if (!ok)
            return false;
    }
    if (from.isEmpty())
        return false;
    return m_moveHandler(from, pathOf(parent), index < 0 ? parent->childCount() : index);
}

Qt::DropActions SegmentTree::supportedDropActions() const
{
    return Qt::MoveAction;
}

void SegmentTree::startRowDrag()
{
    startDrag(Qt::MoveAction);
}

void SegmentTree::startDrag(Qt::DropActions supportedActions)
{
    QTreeWidgetItem *item = currentItem();
    if (!item || !(item->flags() & Qt::ItemIsDragEnabled) || !(supportedActions & Qt::MoveAction))
        return;
    QMimeData *data = mimeData({item});
    if (!data)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    if (QWidget *row = itemWidget(item, 0)) {
        QPixmap image = row->grab();
        QPixmap faded(image.size());
        faded.setDevicePixelRatio(image.devicePixelRatio());
        faded.fill(Qt::transparent);
        QPainter painter(&faded);
        painter.setOpacity(0.7);
        painter.drawPixmap(0, 0, image);
        painter.end();
        drag->setPixmap(faded);
    }
    // The drop itself changes the definition; the result of exec() needs no clean-up here,
    // unlike QAbstractItemView's drag, which would remove the dragged rows afterwards.
    drag->exec(Qt::MoveAction, Qt::MoveAction);
}

void SegmentTree::dropEvent(QDropEvent *event)
{
    // QTreeWidget::dropEvent would move the items itself; QAbstractItemView's asks
    // dropMimeData, which hands the move to the builder.
    QTreeView::dropEvent(event);
}

} // namespace mwb::ui
