#include "SavedSegmentList.h"

#include "DisplayFormat.h"

#include <QHeaderView>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {
enum Column {
    NameColumn,
    CountColumn,
    CountedColumn
};
} // namespace

SavedSegmentList::SavedSegmentList(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Segment"), tr("Customers"), tr("Counted")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Saved segments"));
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(CountedColumn, QHeaderView::ResizeToContents);
    headerItem()->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
    setStyleSheet(u"QTreeView::item { padding: 4px 2px; }"_s);
    connect(this, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT currentSegmentChanged(currentId());
    });
}

void SavedSegmentList::setSegments(const QList<SavedSegment> &segments)
{
    const qint64 current = currentId();
    m_filling = true;
    m_segments = segments;
    clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SavedSegment &s : segments) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(NameColumn, s.name);
        item->setData(NameColumn, Qt::UserRole, s.id);
        item->setText(CountColumn, s.lastCount ? DisplayFormat::count(*s.lastCount) : u"–"_s);
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(CountedColumn, s.lastCount ? countedText(s.lastCountedAt, now) : tr("not yet"));
        item->setForeground(CountedColumn, palette().brush(QPalette::PlaceholderText));
        item->setToolTip(NameColumn, s.name);
        item->setToolTip(
            CountedColumn,
            s.lastCount
                ? tr("Counted on %1").arg(QLocale().toString(s.lastCountedAt.toLocalTime(), QLocale::ShortFormat))
                : tr("Not counted since it was saved"));
    }
    setCurrentId(current);
    m_filling = false;
}

std::optional<SavedSegment> SavedSegmentList::segment(qint64 id) const
{
    for (const SavedSegment &s : m_segments) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

qint64 SavedSegmentList::currentId() const
{
    const QTreeWidgetItem *item = currentItem();
    return item && item->isSelected() ? item->data(NameColumn, Qt::UserRole).toLongLong() : 0;
}

QTreeWidgetItem *SavedSegmentList::itemFor(qint64 id) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toLongLong() == id)
            return item;
    }
    return nullptr;
}

void SavedSegmentList::setCurrentId(qint64 id)
{
    const bool filling = m_filling;
    m_filling = true;
    QTreeWidgetItem *item = id > 0 ? itemFor(id) : nullptr;
    if (item) {
        setCurrentItem(item);
        scrollToItem(item);
    } else {
        clearSelection();
        setCurrentItem(nullptr);
    }
    m_filling = filling;
}

QString SavedSegmentList::countedText(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("not yet");
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%1 min ago").arg(seconds / 60);
    if (seconds < 24 * 3600)
        return tr("%1 h ago").arg(seconds / 3600);
    return DisplayFormat::date(when.toLocalTime().date());
}

void SavedSegmentList::paintEvent(QPaintEvent *event)
{
    QTreeWidget::paintEvent(event);
    if (topLevelItemCount() > 0)
        return;
    // An empty list says how it fills.
    QPainter p(viewport());
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(viewport()->rect().adjusted(16, 16, -16, -16), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
               tr("No saved segments yet.\nBuild one on the right and choose Save as…, or import a JSON definition."));
}

} // namespace mwb::ui
