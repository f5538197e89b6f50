// ValueEditor: the value part of a field condition, made to fit the field and operator:
// a day or "N days ago" for dates, spin boxes with units for numbers and amounts, two of
// them for "between", a checkable list for "is any of", a list of the workspace's values
// or a line of text for the rest, and nothing for "is empty".
#pragma once

#include "MultiValueEditor.h"
#include "segments/SegmentField.h"
#include "segments/SegmentQuery.h"

#include <QJsonValue>
#include <QWidget>

#include <functional>

class QComboBox;

namespace mwb::ui {

class ValueEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Shape {
        None,
        One,
        Pair,
        List
    };

    ValueEditor(const SegmentField &field, SegmentOp op, const QJsonValue &value, const SegmentVocabulary &vocabulary,
                QWidget *parent = nullptr);

    QJsonValue value() const;

    static Shape shapeOf(SegmentOp op);
    static QJsonValue defaultValue(const SegmentField &field, SegmentOp op, const SegmentVocabulary &vocabulary);
    // The value kept when the operator changes: "x" becomes ["x"] for "is any of", and so on.
    static QJsonValue adapt(const SegmentField &field, SegmentOp from, SegmentOp to, const QJsonValue &value,
                            const SegmentVocabulary &vocabulary);
    // The values the workspace offers for a field, as written and as shown.
    static QList<MultiValueEditor::Option> options(const SegmentField &field, const SegmentVocabulary &vocabulary);
    // An editable list of suggestions that also takes any other text. Each suggestion shows
    // its text and holds its value (a code shown by its name: "email_open" as "E-mail opened");
    // `current` is a value, or text as typed.
    static QComboBox *suggestionCombo(const QList<MultiValueEditor::Option> &items, const QString &current,
                                      QWidget *parent);
    // What a suggestion combo holds: the value of the suggestion shown, else the text as typed.
    static QString suggestionValue(const QComboBox *combo);

Q_SIGNALS:
    void changed();

private:
    QWidget *single(const SegmentField &field, SegmentOp op, const QJsonValue &value,
                    const SegmentVocabulary &vocabulary, const QString &name);

    Shape m_shape;
    QList<std::function<QJsonValue()>> m_readers;
    MultiValueEditor *m_list = nullptr;
};

} // namespace mwb::ui
