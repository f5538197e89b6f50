#include "SegmentPicker.h"

#include "DisplayFormat.h"
#include "segments/SegmentService.h"

#include <QSignalBlocker>

namespace mwb::ui {

SegmentPicker::SegmentPicker(SegmentService *segments, Everyone everyone, Counts counts, QWidget *parent)
    : QComboBox(parent)
    , m_segments(segments)
    , m_everyone(everyone)
    , m_counts(counts)
{
    setAccessibleName(tr("Segment"));
}

bool SegmentPicker::reload()
{
    const qint64 chosen = segmentId();
    const bool hadChoice = currentIndex() >= 0;
    const QSignalBlocker blocker(this);
    clear();
    if (m_everyone == Everyone::Offered)
        addItem(tr("All customers"), kEveryone);
    for (const SavedSegment &s : m_segments->listSegments()) {
        addItem(m_counts == Counts::Shown && s.lastCount
                    ? tr("%1 (%2 when last counted)").arg(s.name, DisplayFormat::count(*s.lastCount))
                    : s.name,
                s.id);
    }
    const int index = hadChoice ? findData(chosen) : -1;
    setCurrentIndex(index >= 0 ? index : (count() > 0 ? 0 : -1));
    return !hadChoice || index >= 0;
}

qint64 SegmentPicker::segmentId() const
{
    return currentIndex() >= 0 ? currentData().toLongLong() : kEveryone;
}

bool SegmentPicker::setSegmentId(qint64 id)
{
    const int index = findData(id);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

} // namespace mwb::ui
