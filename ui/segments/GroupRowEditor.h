// GroupRowEditor: the row of a group in the segment builder: "All of" / "Any of" the rows
// below it, or "Not" for the one row it negates.
#pragma once

#include "segments/SegmentDefinition.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace mwb::ui {

class DragHandle;

class GroupRowEditor : public QWidget
{
    Q_OBJECT

public:
    GroupRowEditor(SegmentNode::Kind kind, int childCount, QWidget *parent = nullptr);

    SegmentNode::Kind kind() const;

    QComboBox *kindPicker() const { return m_kind; } // null for "not"
    DragHandle *dragHandle() const { return m_handle; }

Q_SIGNALS:
    void kindChanged(mwb::SegmentNode::Kind kind);

private:
    SegmentNode::Kind m_notKind = SegmentNode::Kind::Not;
    DragHandle *m_handle;
    QComboBox *m_kind = nullptr;
};

} // namespace mwb::ui
