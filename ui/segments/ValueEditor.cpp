#include "ValueEditor.h"

#include "DateValueEditor.h"
#include "vocabulary/Vocabulary.h"
#include "lifecycle/StageStyle.h"
#include "metrics/RfmScores.h"

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

bool isWhole(double number)
{
    return std::isfinite(number) && number == std::floor(number) && std::abs(number) < 1e9;
}

// Decimals a money amount needs to be shown exactly: cents, or more for odd amounts.
int moneyDecimals(const QJsonValue &value)
{
    const double number = value.toDouble();
    for (int decimals = 2; decimals < 6; ++decimals) {
        const double scaled = number * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6)
            return decimals;
    }
    return 6;
}

} // namespace

ValueEditor::Shape ValueEditor::shapeOf(SegmentOp op)
{
    switch (op) {
    case SegmentOp::IsEmpty:
    case SegmentOp::IsNotEmpty: return Shape::None;
    case SegmentOp::Between: return Shape::Pair;
    case SegmentOp::In:
    case SegmentOp::NotIn: return Shape::List;
    default: return Shape::One;
    }
}

QList<MultiValueEditor::Option> ValueEditor::options(const SegmentField &field, const SegmentVocabulary &vocabulary)
{
    QList<MultiValueEditor::Option> options;
    if (!field.choices.isEmpty()) {
        // Stored as the codes, shown by their names.
        for (const QString &choice : field.choices) {
            const auto stage = field.name == u"lifecycle_stage"_s ? stageFromName(choice) : std::nullopt;
            options.append(
                {QJsonValue(choice), stage ? StageStyle::displayName(*stage) : rfmSegmentDisplayName(choice)});
        }
        return options;
    }
    const QStringList values =
        field.type == SegmentFieldType::Tag ? vocabulary.tags : vocabulary.choices.value(field.name);
    // A channel is shown by its name, and stored as its code.
    const bool channel = field.name == u"source_channel"_s;
    for (const QString &value : values)
        options.append({QJsonValue(value), channel ? Vocabulary::channelDisplayName(value) : value});
    return options;
}

QJsonValue ValueEditor::defaultValue(const SegmentField &field, SegmentOp op, const SegmentVocabulary &vocabulary)
{
    switch (shapeOf(op)) {
    case Shape::None: return {};
    case Shape::List: return QJsonArray();
    case Shape::Pair:
        if (field.type == SegmentFieldType::Date)
            return QJsonArray{QJsonObject{{u"days_ago"_s, 60}}, QJsonObject{{u"days_ago"_s, 30}}};
        return QJsonArray{0, field.type == SegmentFieldType::Money ? 100 : 10};
    case Shape::One: break;
    }
    switch (field.type) {
    case SegmentFieldType::Number:
    case SegmentFieldType::Money: return 0;
    case SegmentFieldType::Date: return QJsonObject{{u"days_ago"_s, 30}};
    case SegmentFieldType::Choice:
        // A closed list (stages, RFM segments) always holds one of its values.
        if (!field.choices.isEmpty() && op != SegmentOp::Contains && op != SegmentOp::StartsWith)
            return field.choices.first();
        return QString();
    case SegmentFieldType::Text:
    case SegmentFieldType::Tag: return QString();
    }
    Q_UNUSED(vocabulary);
    return QString();
}

QJsonValue ValueEditor::adapt(const SegmentField &field, SegmentOp from, SegmentOp to, const QJsonValue &value,
                              const SegmentVocabulary &vocabulary)
{
    const Shape before = shapeOf(from);
    const Shape after = shapeOf(to);
    const bool textOps = to == SegmentOp::Contains || to == SegmentOp::StartsWith;
    const bool wasTextOps = from == SegmentOp::Contains || from == SegmentOp::StartsWith;
    // A closed list cannot hold free text typed for "contains".
    if (!field.choices.isEmpty() && wasTextOps != textOps)
        return defaultValue(field, to, vocabulary);
    QJsonValue first = value;
    if (value.isArray())
        first = value.toArray().isEmpty() ? QJsonValue() : value.toArray().first();
    const bool usable = !first.isUndefined() && !first.isNull() && !(first.isString() && first.toString().isEmpty());
    if (before == after)
        return value;
    if (!usable)
        return defaultValue(field, to, vocabulary);
    switch (after) {
    case Shape::None: return {};
    case Shape::One: return first;
    case Shape::Pair: return QJsonArray{first, first};
    case Shape::List: return QJsonArray{first};
    }
    return defaultValue(field, to, vocabulary);
}

QComboBox *ValueEditor::suggestionCombo(const QList<MultiValueEditor::Option> &items, const QString &current,
                                        QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    for (const MultiValueEditor::Option &item : items) {
        const QString value = item.first.toString();
        combo->addItem(item.second, value);
        if (item.second != value) // the code, as definitions and the mwb command write it
            combo->setItemData(combo->count() - 1, value, Qt::ToolTipRole);
    }
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->setMinimumContentsLength(12);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index);
    if (index < 0)
        combo->setEditText(current);
    return combo;
}

QString ValueEditor::suggestionValue(const QComboBox *combo)
{
    const QString text = combo->currentText();
    // The suggestion picked; else a value typed as it is written ("email_open"), which wins
    // over a suggestion that merely shows that text; else a suggestion's text typed out.
    const int current = combo->currentIndex();
    if (current >= 0 && combo->itemText(current) == text)
        return combo->itemData(current).toString();
    if (combo->findData(text) >= 0)
        return text;
    const int shown = combo->findText(text, Qt::MatchExactly | Qt::MatchCaseSensitive);
    return shown >= 0 ? combo->itemData(shown).toString() : text;
}

ValueEditor::ValueEditor(const SegmentField &field, SegmentOp op, const QJsonValue &value,
                         const SegmentVocabulary &vocabulary, QWidget *parent)
    : QWidget(parent)
    , m_shape(shapeOf(op))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    switch (m_shape) {
    case Shape::None: break;
    case Shape::One: layout->addWidget(single(field, op, value, vocabulary, u"value"_s)); break;
    case Shape::Pair: {
        const QJsonArray pair = value.toArray();
        layout->addWidget(single(field, op, pair.at(0), vocabulary, u"valueFrom"_s));
        auto *andLabel = new QLabel(tr("and"), this);
        layout->addWidget(andLabel);
        layout->addWidget(single(field, op, pair.at(1), vocabulary, u"valueTo"_s));
        break;
    }
    case Shape::List: {
        const bool numeric = field.type == SegmentFieldType::Number || field.type == SegmentFieldType::Money;
        const auto entry = !field.choices.isEmpty() ? MultiValueEditor::Entry::ClosedList
            : numeric                               ? MultiValueEditor::Entry::FreeNumber
                                                    : MultiValueEditor::Entry::FreeText;
        m_list = new MultiValueEditor(options(field, vocabulary), entry, value.toArray(), this);
        connect(m_list, &MultiValueEditor::changed, this, &ValueEditor::changed);
        layout->addWidget(m_list);
        break;
    }
    }
}

QWidget *ValueEditor::single(const SegmentField &field, SegmentOp op, const QJsonValue &value,
                             const SegmentVocabulary &vocabulary, const QString &name)
{
    const bool pair = m_shape == Shape::Pair;
    const QString accessible = pair ? (name == u"valueFrom"_s ? tr("From") : tr("To")) : tr("Value");
    const QString unit =
        field.type == SegmentFieldType::Money ? vocabulary.currency : SegmentFields::displayUnit(field);
    const QString suffix = unit.isEmpty() ? QString() : u" "_s + unit;

    if (field.type == SegmentFieldType::Date) {
        auto *date = new DateValueEditor(value, this);
        date->setObjectName(pair ? name : u"valueDate"_s);
        date->setAccessibleName(accessible);
        connect(date, &DateValueEditor::changed, this, &ValueEditor::changed);
        m_readers.append([date] { return date->value(); });
        return date;
    }
    const bool money = field.type == SegmentFieldType::Money;
    const bool fractional = field.type == SegmentFieldType::Number && value.isDouble() && !isWhole(value.toDouble());
    if (money || fractional) {
        auto *spin = new QDoubleSpinBox(this);
        spin->setObjectName(pair ? name : u"valueMoney"_s);
        spin->setAccessibleName(accessible);
        spin->setDecimals(money ? moneyDecimals(value) : 6);
        spin->setRange(-1e12, 1e12);
        spin->setSuffix(suffix);
        spin->setGroupSeparatorShown(true);
        spin->setValue(value.toDouble());
        spin->setMinimumWidth(120);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ValueEditor::changed);
        m_readers.append([spin] { return QJsonValue(spin->value()); });
        return spin;
    }
    if (field.type == SegmentFieldType::Number) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(pair ? name : u"valueSpin"_s);
        spin->setAccessibleName(accessible);
        spin->setRange(-999999999, 999999999);
        spin->setSuffix(suffix);
        spin->setValue(value.toInt());
        spin->setMinimumWidth(90);
        connect(spin, &QSpinBox::valueChanged, this, &ValueEditor::changed);
        m_readers.append([spin] { return QJsonValue(spin->value()); });
        return spin;
    }
    const bool textOp = op == SegmentOp::Contains || op == SegmentOp::StartsWith;
    if (!field.choices.isEmpty() && !textOp) {
        // A closed vocabulary: pick one of its values.
        auto *combo = new QComboBox(this);
        combo->setObjectName(pair ? name : u"valueCombo"_s);
        combo->setAccessibleName(accessible);
        for (const MultiValueEditor::Option &option : options(field, vocabulary))
            combo->addItem(option.second, option.first.toString());
        int index = combo->findData(value.toString());
        if (index < 0) {
            combo->addItem(value.toString(), value.toString());
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        connect(combo, &QComboBox::currentIndexChanged, this, &ValueEditor::changed);
        m_readers.append([combo] { return QJsonValue(combo->currentData().toString()); });
        return combo;
    }
    const bool suggest = (field.type == SegmentFieldType::Choice || field.type == SegmentFieldType::Tag) && !textOp;
    if (suggest) {
        QComboBox *combo = suggestionCombo(options(field, vocabulary), value.toString(), this);
        combo->setObjectName(pair ? name : u"valueCombo"_s);
        combo->setAccessibleName(accessible);
        combo->lineEdit()->setPlaceholderText(field.type == SegmentFieldType::Tag ? tr("tag") : tr("value"));
        connect(combo, &QComboBox::currentTextChanged, this, &ValueEditor::changed);
        m_readers.append([combo] { return QJsonValue(suggestionValue(combo)); });
        return combo;
    }
    auto *line = new QLineEdit(value.toString(), this);
    line->setObjectName(pair ? name : u"valueEdit"_s);
    line->setAccessibleName(accessible);
    line->setPlaceholderText(tr("text"));
    line->setClearButtonEnabled(true);
    line->setMinimumWidth(160);
    connect(line, &QLineEdit::textChanged, this, &ValueEditor::changed);
    m_readers.append([line] { return QJsonValue(line->text()); });
    return line;
}

QJsonValue ValueEditor::value() const
{
    switch (m_shape) {
    case Shape::None: return {};
    case Shape::One: return m_readers.value(0) ? m_readers.first()() : QJsonValue();
    case Shape::Pair: return QJsonArray{m_readers.at(0)(), m_readers.at(1)()};
    case Shape::List: return m_list->values();
    }
    return {};
}

} // namespace mwb::ui
