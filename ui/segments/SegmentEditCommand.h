// SegmentEditCommand: one undoable edit of the definition in the segment builder, kept as
// the whole definition before and after (definitions are small). Typing into one row
// merges into a single command, so undo takes back the word, not each letter.
#pragma once

#include "segments/SegmentDefinition.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace mwb::ui {

class SegmentEditCommand : public QUndoCommand
{
public:
    using Path = QList<int>;
    // Shows `root` with the row at `select` current; `redrawRows` false when the rows
    // already show it (the edit was made in them).
    using Apply = std::function<void(const SegmentNode &root, const Path &select, bool redrawRows)>;

    SegmentEditCommand(const QString &text, const SegmentNode &before, const SegmentNode &after,
                       const Path &selectBefore, const Path &selectAfter, const QString &mergeKey, bool rowsShowAfter,
                       Apply apply);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    SegmentNode m_before;
    SegmentNode m_after;
    Path m_selectBefore;
    Path m_selectAfter;
    QString m_mergeKey; // empty: never merged
    bool m_rowsShowAfter;
    Apply m_apply;
};

} // namespace mwb::ui
