// SavedSegmentList: the saved segments of the workspace, one row each with the customers
// it held when last counted and when that was. Keeps the chosen segment chosen when the
// list is refreshed.
#pragma once

#include "segments/SegmentStore.h"

#include <QTreeWidget>

namespace mwb::ui {

class SavedSegmentList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit SavedSegmentList(QWidget *parent = nullptr);

    // Refills the list; the chosen segment stays chosen while it exists.
    void setSegments(const QList<SavedSegment> &segments);
    const QList<SavedSegment> &segments() const { return m_segments; }
    std::optional<SavedSegment> segment(qint64 id) const;

    // The chosen segment's id, 0 for none.
    qint64 currentId() const;
    // Chooses a segment (0: none) without announcing it.
    void setCurrentId(qint64 id);
    QTreeWidgetItem *itemFor(qint64 id) const;

    // "just now", "5 min ago", "3 h ago", then the date.
    static QString countedText(const QDateTime &when, const QDateTime &now);

Q_SIGNALS:
    // The user chose another segment (0: none).
    void currentSegmentChanged(qint64 id);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<SavedSegment> m_segments;
    bool m_filling = false;
};

} // namespace mwb::ui
