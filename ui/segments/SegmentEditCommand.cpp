#include "SegmentEditCommand.h"

namespace mwb::ui {

SegmentEditCommand::SegmentEditCommand(const QString &text, const SegmentNode &before, const SegmentNode &after,
                                       const Path &selectBefore, const Path &selectAfter, const QString &mergeKey,
                                       bool rowsShowAfter, Apply apply)
    : QUndoCommand(text)
    , m_before(before)
    , m_after(after)
    , m_selectBefore(selectBefore)
    , m_selectAfter(selectAfter)
    , m_mergeKey(mergeKey)
    , m_rowsShowAfter(rowsShowAfter)
    , m_apply(std::move(apply))
{
}

void SegmentEditCommand::undo()
{
    m_apply(m_before, m_selectBefore, true);
}

void SegmentEditCommand::redo()
{
    m_apply(m_after, m_selectAfter, !m_rowsShowAfter);
    // Only the first redo (the edit itself) finds the rows up to date.
    m_rowsShowAfter = false;
}

int SegmentEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 1;
}

bool SegmentEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SegmentEditCommand *>(other);
    if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    m_selectAfter = next->m_selectAfter;
    return true;
}

} // namespace mwb::ui
