// ConditionRowEditor: one condition row of the segment builder: a field picker grouped by
// topic (with the behaviour conditions "did an event", "campaign event" and "bought"), an
// operator picker holding only the field's operators, and a value editor that fits them.
#pragma once

#include "segments/SegmentDefinition.h"
#include "segments/SegmentQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;

namespace mwb::ui {

class BehaviourEditor;
class DragHandle;
class ValueEditor;

class ConditionRowEditor : public QWidget
{
    Q_OBJECT

public:
    // Roles of the field picker's entries.
    enum Role {
        ChoiceRole = Qt::UserRole, // a Choice
        FieldNameRole,             // Choice::Field: the field's name
    };
    enum Choice {
        FieldChoice,
        EventChoice,
        CampaignChoice,
        PurchaseChoice
    };

    ConditionRowEditor(const SegmentNode &node, const SegmentVocabulary &vocabulary, QWidget *parent = nullptr);

    SegmentNode node() const;

    QComboBox *fieldPicker() const { return m_field; }
    QComboBox *opPicker() const { return m_op; }
    QWidget *valueEditor() const; // the ValueEditor or BehaviourEditor, null for none
    DragHandle *dragHandle() const { return m_handle; }

    // Operators read as words: "is", "less than", "is any of", "before" for dates…
    static QString opLabel(SegmentOp op, SegmentFieldType type);

Q_SIGNALS:
    void changed();

private:
    void fillFieldPicker();
    void selectChoice(const SegmentNode &node);
    void fieldPicked();
    void opPicked();
    void rebuildEditors();

    const SegmentVocabulary &m_vocabulary;
    SegmentNode m_node; // what the row shows; the editors hold the latest value
    DragHandle *m_handle;
    QComboBox *m_field;
    QComboBox *m_op;
    QHBoxLayout *m_valueSlot;
    ValueEditor *m_value = nullptr;
    BehaviourEditor *m_behaviour = nullptr;
    QCheckBox *m_asOfCheck;
    QDateEdit *m_asOf;
    bool m_loading = false;
};

} // namespace mwb::ui
