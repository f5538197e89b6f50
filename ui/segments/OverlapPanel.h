// OverlapPanel: pick two or three saved segments and see how they overlap: a Venn drawing
// and a table of the customers in each region, counted on a worker thread.
#pragma once

#include "segments/SegmentQuery.h"
#include "segments/SegmentStore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace mwb::ui {

class OverlapView;
class SegmentService;

class OverlapPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OverlapPanel(SegmentService *segments, QWidget *parent = nullptr);

    // The saved segments offered; the picks stay while their segments exist.
    void setSegments(const QList<SavedSegment> &segments);
    // Picks segments by id (two or three; 0 for "none" in the third place).
    void choose(const QList<qint64> &ids);
    // Counts the picked segments again (the data changed).
    void recompute();

    QComboBox *picker(int index) const { return m_pickers.value(index); }
    OverlapView *view() const { return m_view; }
    QTableWidget *table() const { return m_table; }
    bool isComputed() const { return m_computed; }

Q_SIGNALS:
    void computed();

private:
    QList<qint64> chosenIds() const;
    void showOverlap(const QStringList &names, const SegmentOverlap &overlap);
    QString regionName(int mask, const QStringList &names) const;

    SegmentService *m_segments;
    QList<SavedSegment> m_saved;
    QList<QComboBox *> m_pickers;
    OverlapView *m_view;
    QTableWidget *m_table;
    QLabel *m_status;
    bool m_computed = false;
    bool m_choosing = false;
};

} // namespace mwb::ui
