#include "ConditionRowEditor.h"

#include "DisplayFormat.h"

#include "BehaviourEditor.h"
#include "DragHandle.h"
#include "ValueEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

constexpr SegmentTopic kTopics[] = {SegmentTopic::Profile,    SegmentTopic::Purchases, SegmentTopic::Rfm,
                                    SegmentTopic::Lifecycle,  SegmentTopic::Membership, SegmentTopic::Behaviour,
                                    SegmentTopic::Campaigns};

// No campaign is written as absent, or as null by a node built in code.
bool hasCampaign(const SegmentNode &node)
{
    return !node.campaign.isUndefined() && !node.campaign.isNull();
}

} // namespace

QString ConditionRowEditor::opLabel(SegmentOp op, SegmentFieldType type)
{
    const bool date = type == SegmentFieldType::Date;
    const bool tag = type == SegmentFieldType::Tag;
    switch (op) {
    case SegmentOp::Equal: return tag ? tr("has the tag") : date ? tr("is on") : tr("is");
    case SegmentOp::NotEqual: return tag ? tr("does not have the tag") : date ? tr("is not on") : tr("is not");
    case SegmentOp::Less: return date ? tr("is before") : tr("is less than");
    case SegmentOp::LessEqual: return date ? tr("is on or before") : tr("is at most");
    case SegmentOp::Greater: return date ? tr("is after") : tr("is more than");
    case SegmentOp::GreaterEqual: return date ? tr("is on or after") : tr("is at least");
    case SegmentOp::Between: return tr("is between");
    case SegmentOp::In: return tag ? tr("has any of the tags") : tr("is any of");
    case SegmentOp::NotIn: return tag ? tr("has none of the tags") : tr("is none of");
    case SegmentOp::Contains: return tag ? tr("has a tag containing") : tr("contains");
    case SegmentOp::StartsWith: return tag ? tr("has a tag starting with") : tr("starts with");
    case SegmentOp::IsEmpty: return tag ? tr("has no tags") : tr("is empty");
    case SegmentOp::IsNotEmpty: return tag ? tr("has any tag") : tr("is not empty");
    }
    return segmentOpName(op);
}

ConditionRowEditor::ConditionRowEditor(const SegmentNode &node, const SegmentVocabulary &vocabulary, QWidget *parent)
    : QWidget(parent)
    , m_vocabulary(vocabulary)
    , m_node(node)
    , m_handle(new DragHandle(this))
    , m_field(new QComboBox(this))
    , m_op(new QComboBox(this))
    , m_valueSlot(new QHBoxLayout)
    , m_asOfCheck(new QCheckBox(tr("as of"), this))
    , m_asOf(new QDateEdit(this))
{
    m_field->setObjectName(u"fieldPicker"_s);
    m_field->setAccessibleName(tr("Field"));
    m_field->setMaxVisibleItems(24);
    m_op->setObjectName(u"opPicker"_s);
    m_op->setAccessibleName(tr("Operator"));
    m_asOfCheck->setObjectName(u"asOfCheck"_s);
    m_asOfCheck->setToolTip(tr("The stage or tier customers were in on a given day"));
    m_asOf->setObjectName(u"asOfDate"_s);
    m_asOf->setAccessibleName(tr("As of"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(DisplayFormat::dateFormat());
    m_asOf->setDateRange(QDate(1900, 1, 1), QDate(2999, 12, 31));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 3, 4, 3);
    layout->setSpacing(6);
    layout->addWidget(m_handle);
    layout->addWidget(m_field);
    layout->addWidget(m_op);
    m_valueSlot->setSpacing(6);
    layout->addLayout(m_valueSlot);
    layout->addWidget(m_asOfCheck);
    layout->addWidget(m_asOf);
    layout->addStretch(1);

    fillFieldPicker();
    m_loading = true;
    selectChoice(node);
    m_loading = false;
    rebuildEditors();

    connect(m_field, &QComboBox::currentIndexChanged, this, &ConditionRowEditor::fieldPicked);
    connect(m_op, &QComboBox::currentIndexChanged, this, &ConditionRowEditor::opPicked);
    connect(m_asOfCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_asOf->setEnabled(on);
        if (!m_loading)
            Q_EMIT changed();
    });
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
}

void ConditionRowEditor::fillFieldPicker()
{
    auto *model = qobject_cast<QStandardItemModel *>(m_field->model());
    auto addHeader = [&](SegmentTopic topic) {
        auto *header = new QStandardItem(SegmentFields::displayTopicName(topic));
        header->setFlags(Qt::NoItemFlags);
        QFont font = m_field->font();
        font.setBold(true);
        header->setFont(font);
        model->appendRow(header);
    };
    auto addEntry = [&](const QString &text, Choice choice, const QString &field) {
        auto *item = new QStandardItem(text);
        item->setData(choice, ChoiceRole);
        item->setData(field, FieldNameRole);
        model->appendRow(item);
    };
    for (SegmentTopic topic : kTopics) {
        addHeader(topic);
        for (const SegmentField &field : SegmentFields::all()) {
            if (field.topic == topic)
                addEntry(SegmentFields::displayLabel(field), FieldChoice, field.name);
        }
        if (topic == SegmentTopic::Purchases)
            addEntry(tr("Bought (orders)"), PurchaseChoice, QString());
        if (topic == SegmentTopic::Behaviour)
            addEntry(tr("Did an event"), EventChoice, QString());
        if (topic == SegmentTopic::Campaigns)
            addEntry(tr("Campaign response"), CampaignChoice, QString());
    }
}

void ConditionRowEditor::selectChoice(const SegmentNode &node)
{
    int index = -1;
    switch (node.kind) {
    case SegmentNode::Kind::Field: index = m_field->findData(node.field, FieldNameRole); break;
    case SegmentNode::Kind::Event:
        // An event on a campaign is shown with the campaign conditions.
        index = m_field->findData(hasCampaign(node) ? CampaignChoice : EventChoice, ChoiceRole);
        break;
    case SegmentNode::Kind::Purchase: index = m_field->findData(PurchaseChoice, ChoiceRole); break;
    default: break;
    }
    m_field->setCurrentIndex(index);
}

QWidget *ConditionRowEditor::valueEditor() const
{
    if (m_behaviour)
        return m_behaviour;
    return m_value;
}

void ConditionRowEditor::rebuildEditors()
{
    m_loading = true;
    delete m_value;
    m_value = nullptr;
    delete m_behaviour;
    m_behaviour = nullptr;
    m_op->clear();

    const SegmentField *field = m_node.kind == SegmentNode::Kind::Field ? SegmentFields::find(m_node.field) : nullptr;
    m_op->setVisible(field != nullptr);
    const bool stage = field && SegmentFields::takesAsOf(field->name);
    m_asOfCheck->setVisible(stage);
    m_asOf->setVisible(stage);
    m_asOfCheck->setChecked(stage && m_node.asOf.isValid());
    m_asOf->setDate(m_node.asOf.isValid() ? m_node.asOf : QDate::currentDate());
    m_asOf->setEnabled(m_asOfCheck->isChecked());

    if (field) {
        for (SegmentOp op : field->ops)
            m_op->addItem(opLabel(op, field->type), segmentOpName(op));
        m_op->setCurrentIndex(m_op->findData(segmentOpName(m_node.op)));
        m_value = new ValueEditor(*field, m_node.op, m_node.value, m_vocabulary, this);
        m_value->setObjectName(u"valueEditor"_s);
        connect(m_value, &ValueEditor::changed, this, &ConditionRowEditor::changed);
        m_valueSlot->addWidget(m_value);
    } else if (m_node.kind == SegmentNode::Kind::Event || m_node.kind == SegmentNode::Kind::Purchase) {
        const auto mode = m_node.kind == SegmentNode::Kind::Purchase ? BehaviourEditor::Mode::Purchase
            : hasCampaign(m_node)                                    ? BehaviourEditor::Mode::CampaignEvent
                                                                     : BehaviourEditor::Mode::Event;
        m_behaviour = new BehaviourEditor(mode, m_node, m_vocabulary, this);
        m_behaviour->setObjectName(u"behaviourEditor"_s);
        connect(m_behaviour, &BehaviourEditor::changed, this, &ConditionRowEditor::changed);
        m_valueSlot->addWidget(m_behaviour);
    }
    m_loading = false;
}

void ConditionRowEditor::fieldPicked()
{
    if (m_loading)
        return;
    const auto choice = Choice(m_field->currentData(ChoiceRole).toInt());
    switch (choice) {
    case FieldChoice: {
        const SegmentField *field = SegmentFields::find(m_field->currentData(FieldNameRole).toString());
        if (!field)
            return;
        const SegmentNode old = node();
        const SegmentField *oldField = old.kind == SegmentNode::Kind::Field ? SegmentFields::find(old.field) : nullptr;
        // Keep the operator and value when the new field reads them the same way.
        const bool sameType = oldField && oldField->type == field->type && oldField->choices == field->choices;
        const SegmentOp op = field->ops.contains(old.op) && oldField ? old.op : field->ops.first();
        m_node = SegmentNode::condition(field->name, op,
                                        sameType && op == old.op ? old.value
                                                                 : ValueEditor::defaultValue(*field, op, m_vocabulary));
        break;
    }
    case EventChoice: m_node = BehaviourEditor::defaultNode(BehaviourEditor::Mode::Event, m_vocabulary); break;
    case CampaignChoice:
        m_node = BehaviourEditor::defaultNode(BehaviourEditor::Mode::CampaignEvent, m_vocabulary);
        break;
    case PurchaseChoice: m_node = BehaviourEditor::defaultNode(BehaviourEditor::Mode::Purchase, m_vocabulary); break;
    }
    rebuildEditors();
    Q_EMIT changed();
}

void ConditionRowEditor::opPicked()
{
    if (m_loading)
        return;
    const SegmentField *field = SegmentFields::find(m_node.field);
    const auto op = segmentOpFromName(m_op->currentData().toString());
    if (!field || !op)
        return;
    const SegmentNode current = node();
    m_node = current;
    m_node.op = *op;
    m_node.value = ValueEditor::adapt(*field, current.op, *op, current.value, m_vocabulary);
    rebuildEditors();
    Q_EMIT changed();
}

SegmentNode ConditionRowEditor::node() const
{
    if (m_behaviour)
        return m_behaviour->node();
    SegmentNode node = m_node;
    if (node.kind != SegmentNode::Kind::Field)
        return node;
    node.value = m_value ? m_value->value() : QJsonValue();
    const bool asOf = SegmentFields::takesAsOf(node.field) && m_asOfCheck->isChecked();
    node.asOf = asOf ? m_asOf->date() : QDate();
    return node;
}

} // namespace mwb::ui
