// The segment builder driven through its widgets offscreen: a nested definition built with
// clicks and typing comes out as the exact JSON; every field, operator and behaviour
// condition survives setDefinition/definition; negate, delete, drag-and-drop moves, undo,
// the operator list and the value editor follow the rows; RFM segments, event types and
// channels are picked by their names, in the window's language, and stored as their codes.
#include "segments/BehaviourEditor.h"
#include "segments/ConditionRowEditor.h"
#include "segments/DateValueEditor.h"
#include "segments/GroupRowEditor.h"
#include "segments/MultiValueEditor.h"
#include "segments/SegmentBuilder.h"
#include "segments/SegmentTree.h"
#include "segments/ValueEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mwb;
using namespace mwb::ui;
using Path = SegmentBuilder::Path;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

SegmentNode node(const char *text)
{
    const SegmentParse parse = SegmentDefinition::fromText(QByteArray(text));
    if (!parse.ok())
        qFatal("invalid definition in test: %s: %s", text, qPrintable(parse.error));
    return parse.node;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

SegmentVocabulary vocabulary()
{
    SegmentVocabulary v;
    v.choices.insert(u"city"_s, {u"Shanghai"_s, u"Beijing"_s, u"Shenzhen"_s});
    v.choices.insert(u"tier"_s, {u"gold"_s, u"silver"_s});
    v.choices.insert(u"source_channel"_s, {u"wechat"_s, u"ads"_s, u"fair"_s});
    v.choices.insert(u"lifecycle_stage"_s, {u"aware"_s, u"attempt"_s, u"adopt"_s, u"advocate"_s, u"abandon"_s});
    v.eventTypes = {u"web_visit"_s, u"email_open"_s, u"email_click"_s, u"campaign_opened"_s};
    v.channels = {u"web"_s, u"email"_s, u"sms"_s};
    v.tags = {u"vip"_s, u"newsletter"_s};
    v.campaigns = {{7, u"Spring sale"_s}, {8, u"Win-back"_s}};
    v.currency = u"CNY"_s;
    return v;
}

// A value a field's operator takes, for the round trip over every field and operator.
QJsonValue sampleValue(const SegmentField &field, SegmentOp op)
{
    QJsonValue one;
    QJsonValue other;
    switch (field.type) {
    case SegmentFieldType::Number:
        one = 3;
        other = 12;
        break;
    case SegmentFieldType::Money:
        one = 12.5;
        other = 99.99;
        break;
    case SegmentFieldType::Date:
        one = u"2024-03-01"_s;
        other = QJsonObject{{u"days_ago"_s, 7}};
        break;
    case SegmentFieldType::Tag:
        one = u"vip"_s;
        other = u"loyal-2023"_s;
        break;
    case SegmentFieldType::Text:
    case SegmentFieldType::Choice:
        one = field.choices.isEmpty() ? QJsonValue(u"Hangzhou"_s) : QJsonValue(field.choices.at(1));
        other = field.choices.isEmpty() ? QJsonValue(u"Shanghai"_s) : QJsonValue(field.choices.last());
        break;
    }
    switch (op) {
    case SegmentOp::IsEmpty:
    case SegmentOp::IsNotEmpty: return QJsonValue(QJsonValue::Undefined);
    case SegmentOp::Between: return QJsonArray{one, other};
    case SegmentOp::In:
    case SegmentOp::NotIn: return QJsonArray{other, one};
    case SegmentOp::Contains:
    case SegmentOp::StartsWith: return u"an"_s;
    case SegmentOp::Less:
    case SegmentOp::Greater: return other;
    default: return one;
    }
}

} // namespace

class TestSegmentBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void buildsNestedDefinitionByHand();
    void roundTrip_data();
    void roundTrip();
    void negateAndDelete();
    void dropMovesRowIntoAnotherGroup();
    void dropRefusesImpossibleMoves();
    void definitionChangedOnEveryEdit();
    void operatorsFollowTheField();
    void valueEditorFitsTheField();
    void behaviourConditionsByHand();
    void rfmSegmentsArePickedByName();
    void eventTypesAndChannelsArePickedByName();
    void sourceChannelsArePickedByName();
    void undoRedo();
    void incompleteRowsAreExplained();

private:
    ConditionRowEditor *condition(const Path &path) const;
    void pick(QComboBox *picker, const QVariant &data, int role = Qt::UserRole);
    // A field by its name, or a behaviour condition by its ConditionRowEditor::Choice.
    void pickField(const Path &path, const QVariant &what)
    {
        const bool field = what.typeId() == QMetaType::QString;
        pick(condition(path)->fieldPicker(), what,
             field ? ConditionRowEditor::FieldNameRole : ConditionRowEditor::ChoiceRole);
    }
    void pickOp(const Path &path, const QString &op) { pick(condition(path)->opPicker(), op); }
    void click(const char *button);
    // What a drop does: the dragged row's data dropped on a group's row, before its child `row`.
    bool drop(const Path &from, const Path &toGroup, int row);
    void screenshot(const QString &name);

    std::unique_ptr<SegmentBuilder> m_builder;
};

void TestSegmentBuilder::init()
{
    m_builder = std::make_unique<SegmentBuilder>();
    m_builder->setVocabulary(vocabulary());
    m_builder->resize(1100, 480);
    m_builder->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_builder.get()));
}

void TestSegmentBuilder::cleanup()
{
    m_builder.reset();
}

ConditionRowEditor *TestSegmentBuilder::condition(const Path &path) const
{
    return qobject_cast<ConditionRowEditor *>(m_builder->rowEditor(path));
}

void TestSegmentBuilder::pick(QComboBox *picker, const QVariant &data, int role)
{
    const int index = picker->findData(data, role);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    picker->setCurrentIndex(index);
}

void TestSegmentBuilder::click(const char *button)
{
    auto *tool = m_builder->findChild<QToolButton *>(QString::fromLatin1(button));
    QVERIFY(tool);
    QVERIFY(tool->isEnabled());
    QTest::mouseClick(tool, Qt::LeftButton);
}

bool TestSegmentBuilder::drop(const Path &from, const Path &toGroup, int row)
{
    SegmentTree *tree = m_builder->tree();
    std::unique_ptr<QMimeData> mime(tree->model()->mimeData({tree->modelIndex(m_builder->item(from))}));
    // Row -1 is a drop onto the group's row itself (column -1 too, as the view does).
    return mime
        && tree->model()->dropMimeData(mime.get(), Qt::MoveAction, row, row < 0 ? -1 : 0,
                                       tree->modelIndex(m_builder->item(toGroup)));
}

void TestSegmentBuilder::screenshot(const QString &name)
{
    const QString folder = qEnvironmentVariable("MWB_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        m_builder->grab().save(folder + u'/' + name + u".png"_s);
}

void TestSegmentBuilder::buildsNestedDefinitionByHand()
{
    QCOMPARE(m_builder->definition().toJson(), json(R"({"all": []})"));

    // all[ city = "Shanghai", … ]
    click("addCondition");
    QCOMPARE(m_builder->currentPath(), Path{0});
    pickField({0}, u"city"_s);
    auto *city = condition({0})->findChild<QComboBox *>(u"valueCombo"_s);
    QVERIFY(city && city->isEditable());
    QTest::keyClicks(city->lineEdit(), u"Shanghai"_s);

    // any[ recency_days < 90, event{type: email_click, within_days: 30} ]
    m_builder->setCurrentPath({});
    click("addGroup");
    QCOMPARE(m_builder->currentPath(), Path{1});
    click("addCondition");
    QCOMPARE(m_builder->currentPath(), (Path{1, 0}));
    pickField({1, 0}, u"recency_days"_s);
    pickOp({1, 0}, u"<"_s);
    auto *days = condition({1, 0})->findChild<QSpinBox *>(u"valueSpin"_s);
    QVERIFY(days);
    QCOMPARE(days->suffix(), u" days"_s);
    days->selectAll();
    QTest::keyClicks(days, u"90"_s);
    QCOMPARE(days->value(), 90);

    click("addCondition");
    QCOMPARE(m_builder->currentPath(), (Path{1, 1}));
    pickField({1, 1}, ConditionRowEditor::EventChoice);
    auto *type = condition({1, 1})->findChild<QComboBox *>(u"eventType"_s);
    QVERIFY(type);
    type->lineEdit()->selectAll();
    QTest::keyClicks(type->lineEdit(), u"email_click"_s);
    auto *within = condition({1, 1})->findChild<QSpinBox *>(u"withinDays"_s);
    QVERIFY(within && within->isEnabled());
    within->selectAll();
    QTest::keyClicks(within, u"30"_s);

    // not[ lifecycle_stage in [abandon] ], added at the top level after a click on its row.
    QTest::mouseClick(m_builder->rowEditor({}), Qt::LeftButton, {}, QPoint(400, 10));
    QCOMPARE(m_builder->currentPath(), Path{});
    click("addCondition");
    QCOMPARE(m_builder->currentPath(), Path{2});
    pickField({2}, u"lifecycle_stage"_s);
    pickOp({2}, u"in"_s);
    auto *stages = condition({2})->findChild<MultiValueEditor *>();
    QVERIFY(stages);
    QTest::mouseClick(stages->button(), Qt::LeftButton);
    QTRY_VERIFY(stages->popup()->isVisible());
    QCOMPARE(stages->list()->count(), 5);
    // "is Aware" (the first stage) became "is any of Aware": uncheck it first.
    QCOMPARE(stages->list()->item(0)->text(), u"Aware"_s);
    QCOMPARE(stages->list()->item(0)->checkState(), Qt::Checked);
    stages->list()->setCurrentRow(0);
    QTest::keyClick(stages->list(), Qt::Key_Space);
    QCOMPARE(stages->list()->item(0)->checkState(), Qt::Unchecked);
    const QList<QListWidgetItem *> abandon = stages->list()->findItems(u"Abandon"_s, Qt::MatchExactly);
    QCOMPARE(abandon.size(), 1);
    stages->list()->setCurrentItem(abandon.first());
    QTest::keyClick(stages->list(), Qt::Key_Space);
    QCOMPARE(abandon.first()->checkState(), Qt::Checked);
    QTest::keyClick(stages->list(), Qt::Key_Escape);
    QTRY_VERIFY(!stages->popup()->isVisible());
    click("negate");

    const QJsonObject expected = json(R"({"all": [
        {"field": "city", "op": "=", "value": "Shanghai"},
        {"any": [
            {"field": "recency_days", "op": "<", "value": 90},
            {"event": {"type": "email_click", "within_days": 30}}
        ]},
        {"not": {"field": "lifecycle_stage", "op": "in", "value": ["abandon"]}}
    ]})");
    QCOMPARE(QString::fromUtf8(compact(m_builder->definition().toJson())), QString::fromUtf8(compact(expected)));
    QCOMPARE(m_builder->validationError(), QString());
    // The rows show what the definition says.
    QVERIFY(qobject_cast<GroupRowEditor *>(m_builder->rowEditor({2})));
    QCOMPARE(condition({2, 0})->fieldPicker()->currentData(ConditionRowEditor::FieldNameRole).toString(),
             u"lifecycle_stage"_s);
    QCOMPARE(condition({1, 1})->fieldPicker()->currentData(ConditionRowEditor::ChoiceRole).toInt(),
             int(ConditionRowEditor::EventChoice));
    QVERIFY(!condition({1, 1})->findChild<QComboBox *>(u"campaign"_s));
    screenshot(u"segment-builder"_s);
}

void TestSegmentBuilder::roundTrip_data()
{
    QTest::addColumn<QByteArray>("definition");
    // Every field with every one of its operators.
    for (const SegmentField &field : SegmentFields::all()) {
        for (SegmentOp op : field.ops) {
            QJsonObject condition{{u"field"_s, field.name}, {u"op"_s, segmentOpName(op)}};
            const QJsonValue value = sampleValue(field, op);
            if (!value.isUndefined())
                condition.insert(u"value"_s, value);
            const QByteArray text = compact(condition);
            QTest::newRow(text.constData()) << text;
        }
    }
    // Edge cases, one definition a line: "as of", mixed dates, odd amounts, campaigns by id
    // and by name, every purchase key, empty and doubly negated groups.
    QFile cases(QFINDTESTDATA("data/segment-definitions.jsonl"));
    QVERIFY(cases.open(QIODevice::ReadOnly | QIODevice::Text));
    while (!cases.atEnd()) {
        const QByteArray line = cases.readLine().trimmed();
        if (!line.isEmpty())
            QTest::newRow(line.constData()) << compact(QJsonDocument::fromJson(line).object());
    }
    QTest::newRow("nested groups") << compact(json(R"({"any": [
        {"all": [{"field": "nps", "op": ">=", "value": 9}, {"purchase": {"within_days": 30, "min_amount": 200}},
                 {"field": "signup_date", "op": "between", "value": ["2023-01-01", {"days_ago": 30}]}]},
        {"not": {"any": [{"field": "tag", "op": "is_empty"}, {"field": "email", "op": "contains", "value": "@"}]}},
        {"event": {"type": "campaign_opened", "campaign": 7, "within_days": 14}},
        {"field": "tier", "op": "in", "value": ["gold", "silver"]},
        {"all": []}]})"));
}

void TestSegmentBuilder::roundTrip()
{
    QFETCH(QByteArray, definition);
    const SegmentParse parse = SegmentDefinition::fromText(definition);
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(compact(parse.node.toJson()), definition);

    QSignalSpy changed(m_builder.get(), &SegmentBuilder::definitionChanged);
    m_builder->setDefinition(parse.node);
    QCOMPARE(compact(m_builder->definition().toJson()), definition);
    QCOMPARE(m_builder->definition().toJson(), parse.node.toJson());
    QCOMPARE(m_builder->validationError(), QString());
    QCOMPARE(changed.count(), 1);
    // Read back from the rows, not from a copy: redrawing them (a new vocabulary) keeps it.
    m_builder->setVocabulary(vocabulary());
    QCOMPARE(compact(m_builder->definition().toJson()), definition);
    // The top row shows the condition's kind, field and operator.
    const SegmentNode &top = parse.node;
    if (!top.isGroup()) {
        const auto choice = top.kind == SegmentNode::Kind::Field ? ConditionRowEditor::FieldChoice
            : top.kind == SegmentNode::Kind::Purchase            ? ConditionRowEditor::PurchaseChoice
            : top.campaign.isDouble() || top.campaign.isString() ? ConditionRowEditor::CampaignChoice
                                                                 : ConditionRowEditor::EventChoice;
        QComboBox *fields = condition({})->fieldPicker();
        QCOMPARE(fields->currentData(ConditionRowEditor::ChoiceRole).toInt(), int(choice));
        if (choice == ConditionRowEditor::FieldChoice) {
            QCOMPARE(fields->currentData(ConditionRowEditor::FieldNameRole).toString(), top.field);
            QCOMPARE(condition({})->opPicker()->currentData().toString(), segmentOpName(top.op));
        }
    }
    if (QByteArray(QTest::currentDataTag()) == "nested groups")
        screenshot(u"segment-builder-nested"_s);
}

void TestSegmentBuilder::negateAndDelete()
{
    m_builder->setDefinition(node(R"({"all": [{"field": "tier", "op": "=", "value": "gold"},
        {"field": "frequency", "op": ">", "value": 2}, {"field": "city", "op": "=", "value": "Beijing"}]})"));
    m_builder->setCurrentPath({1});
    click("negate");
    QCOMPARE(m_builder->definition().toJson(), json(R"({"all": [{"field": "tier", "op": "=", "value": "gold"},
        {"not": {"field": "frequency", "op": ">", "value": 2}}, {"field": "city", "op": "=", "value": "Beijing"}]})"));
    QVERIFY(m_builder->rowEditor({1})->findChild<QLabel *>(u"notLabel"_s));
    QVERIFY(condition({1, 0}));

    // Negating the negated row (or its "not") takes the "not" off again.
    m_builder->setCurrentPath({1, 0});
    click("negate");
    QCOMPARE(m_builder->definition().toJson()[u"all"_s].toArray().at(1).toObject(),
             json(R"({"field": "frequency", "op": ">", "value": 2})"));
    QCOMPARE(m_builder->currentPath(), Path{1});
    click("negate");
    click("negate");
    QCOMPARE(m_builder->definition().toJson()[u"all"_s].toArray().at(1).toObject(),
             json(R"({"field": "frequency", "op": ">", "value": 2})"));

    // A negated group: the whole group is wrapped.
    m_builder->setCurrentPath({});
    click("negate");
    QCOMPARE(m_builder->definition().kind, SegmentNode::Kind::Not);
    QCOMPARE(m_builder->definition().children.first().children.size(), 3);
    click("negate");
    QCOMPARE(m_builder->definition().kind, SegmentNode::Kind::All);

    // Deleting the row inside a "not" deletes the "not" with it.
    m_builder->setCurrentPath({1});
    click("negate");
    m_builder->setCurrentPath({1, 0});
    click("deleteRow");
    QCOMPARE(m_builder->definition().toJson(), json(R"({"all": [{"field": "tier", "op": "=", "value": "gold"},
        {"field": "city", "op": "=", "value": "Beijing"}]})"));
    QCOMPARE(m_builder->currentPath(), Path{1});
    click("deleteRow");
    click("deleteRow");
    QCOMPARE(m_builder->definition().toJson(), json(R"({"all": []})"));
    QCOMPARE(m_builder->currentPath(), Path{});
    // The blank definition has nothing left to delete.
    QVERIFY(!m_builder->findChild<QToolButton *>(u"deleteRow"_s)->isEnabled());

    // A lone condition on top: deleting it leaves the blank definition; adding to it makes "All of".
    m_builder->setDefinition(node(R"({"field": "tier", "op": "=", "value": "gold"})"));
    m_builder->setCurrentPath({});
    click("addCondition");
    QCOMPARE(m_builder->definition().kind, SegmentNode::Kind::All);
    QCOMPARE(m_builder->definition().children.size(), 2);
    QCOMPARE(m_builder->currentPath(), Path{1});
}

void TestSegmentBuilder::dropMovesRowIntoAnotherGroup()
{
    m_builder->setDefinition(node(R"({"all": [{"field": "tier", "op": "=", "value": "gold"},
        {"any": [{"field": "city", "op": "=", "value": "Beijing"}, {"field": "city", "op": "=", "value": "Shanghai"}]},
        {"not": {"field": "frequency", "op": ">", "value": 2}}]})"));

    // The tier row goes into the "any" group, first; the rows are redrawn to match.
    QVERIFY(drop({0}, {1}, 0));
    QCOMPARE(m_builder->definition().toJson(), json(R"({"all": [
        {"any": [{"field": "tier", "op": "=", "value": "gold"}, {"field": "city", "op": "=", "value": "Beijing"},
                 {"field": "city", "op": "=", "value": "Shanghai"}]},
        {"not": {"field": "frequency", "op": ">", "value": 2}}]})"));
    QCOMPARE(condition({0, 0})->fieldPicker()->currentData(ConditionRowEditor::FieldNameRole).toString(), u"tier"_s);
    QCOMPARE(m_builder->currentPath(), (Path{0, 0}));

    // Reordered inside its group: Shanghai to the front.
    QVERIFY(drop({0, 2}, {0}, 0));
    QCOMPARE(m_builder->definition().children.at(0).children.at(0).value.toString(), u"Shanghai"_s);
    // Down within the group: the first row after the second (row index counts before removal).
    QVERIFY(drop({0, 0}, {0}, 2));
    QCOMPARE(m_builder->definition().children.at(0).children.at(1).value.toString(), u"Shanghai"_s);

    // A negated row is dragged with its "not"; dropped on a group (row -1), it goes last.
    QVERIFY(drop({1, 0}, {0}, -1));
    QCOMPARE(m_builder->definition().toJson(), json(R"({"all": [
        {"any": [{"field": "tier", "op": "=", "value": "gold"}, {"field": "city", "op": "=", "value": "Shanghai"},
                 {"field": "city", "op": "=", "value": "Beijing"},
                 {"not": {"field": "frequency", "op": ">", "value": 2}}]}]})"));
    QVERIFY(qobject_cast<GroupRowEditor *>(m_builder->rowEditor({0, 3})));

    // Undo puts it back.
    m_builder->undoStack()->undo();
    QCOMPARE(m_builder->definition().children.size(), 2);
    QCOMPARE(m_builder->definition().children.at(1).kind, SegmentNode::Kind::Not);
    QVERIFY(condition({1, 0}));
}

void TestSegmentBuilder::dropRefusesImpossibleMoves()
{
    m_builder->setDefinition(node(R"({"all": [{"field": "tier", "op": "=", "value": "gold"},
        {"any": [{"field": "city", "op": "=", "value": "Beijing"}, {"all": []}]},
        {"not": {"field": "frequency", "op": ">", "value": 2}}]})"));
    const QJsonObject before = m_builder->definition().toJson();
    SegmentTree *tree = m_builder->tree();
    QAbstractItemModel *model = tree->model();
    QSignalSpy changed(m_builder.get(), &SegmentBuilder::definitionChanged);
    QVERIFY(!drop({1}, {1, 1}, 0)); // a group into its own group
    QVERIFY(!drop({0}, {1, 0}, 0)); // into a condition
    QVERIFY(!drop({0}, {2}, 0));    // into a "not", which holds one row
    QVERIFY(!drop({0}, {}, 0));     // onto the place it is
    // Not onto the top level: the definition is one node.
    std::unique_ptr<QMimeData> mime(model->mimeData({tree->modelIndex(m_builder->item({0}))}));
    QVERIFY(!model->dropMimeData(mime.get(), Qt::MoveAction, 1, 0, QModelIndex()));
    QCOMPARE(m_builder->definition().toJson(), before);
    QCOMPARE(changed.count(), 0);
    // Drop targets: groups take rows, conditions and "not" do not; the top row cannot be dragged.
    QVERIFY(m_builder->item({1})->flags() & Qt::ItemIsDropEnabled);
    QVERIFY(!(m_builder->item({0})->flags() & Qt::ItemIsDropEnabled));
    QVERIFY(!(m_builder->item({2})->flags() & Qt::ItemIsDropEnabled));
    QVERIFY(!(m_builder->item({})->flags() & Qt::ItemIsDragEnabled));
    QVERIFY(m_builder->item({2})->flags() & Qt::ItemIsDragEnabled);
}

void TestSegmentBuilder::definitionChangedOnEveryEdit()
{
    QSignalSpy changed(m_builder.get(), &SegmentBuilder::definitionChanged);
    click("addCondition");
    QCOMPARE(changed.count(), 1);
    pickField({0}, u"name"_s);
    QCOMPARE(changed.count(), 2);
    auto *name = condition({0})->findChild<QLineEdit *>(u"valueEdit"_s);
    QVERIFY(name);
    QTest::keyClicks(name, u"Li"_s);
    QCOMPARE(changed.count(), 4);
    QCOMPARE(m_builder->definition().children.first().value.toString(), u"Li"_s);
    pickOp({0}, u"starts_with"_s);
    QCOMPARE(changed.count(), 5);
    QCOMPARE(m_builder->definition().children.first().value.toString(), u"Li"_s);
    click("addGroup");
    QCOMPARE(changed.count(), 6);
    auto *group = qobject_cast<GroupRowEditor *>(m_builder->rowEditor({1}));
    QVERIFY(group);
    group->kindPicker()->setCurrentIndex(group->kindPicker()->findData(int(SegmentNode::Kind::All)));
    QCOMPARE(changed.count(), 7);
    QCOMPARE(m_builder->definition().children.at(1).kind, SegmentNode::Kind::All);
    m_builder->setCurrentPath({0});
    click("negate");
    QCOMPARE(changed.count(), 8);
    QVERIFY(m_builder->moveRow({0}, {1}, 0));
    QCOMPARE(changed.count(), 9);
    m_builder->setCurrentPath({0, 0});
    click("deleteRow");
    QCOMPARE(changed.count(), 10);
    QCOMPARE(m_builder->definition().toJson(), json(R"({"all": [{"all": []}]})"));
}

void TestSegmentBuilder::operatorsFollowTheField()
{
    click("addCondition");
    const auto opsOf = [this] {
        QStringList ops;
        QComboBox *picker = condition({0})->opPicker();
        for (int i = 0; i < picker->count(); ++i)
            ops.append(picker->itemData(i).toString());
        return ops;
    };
    const auto expected = [](const QString &name) {
        QStringList ops;
        for (SegmentOp op : SegmentFields::find(name)->ops)
            ops.append(segmentOpName(op));
        return ops;
    };
    pickField({0}, u"recency_days"_s);
    QCOMPARE(opsOf(), expected(u"recency_days"_s));
    QVERIFY(opsOf().contains(u"between"_s));
    QVERIFY(!opsOf().contains(u"contains"_s));
    QComboBox *picker = condition({0})->opPicker();
    QCOMPARE(picker->itemText(picker->findData(u"<"_s)), u"is less than"_s);
    QCOMPARE(picker->itemText(picker->findData(u"in"_s)), u"is any of"_s);

    pickField({0}, u"city"_s);
    QCOMPARE(opsOf(), expected(u"city"_s));
    QVERIFY(opsOf().contains(u"contains"_s));
    QVERIFY(!opsOf().contains(u"<"_s));

    pickField({0}, u"lifecycle_stage"_s);
    QCOMPARE(opsOf(), expected(u"lifecycle_stage"_s));
    QVERIFY(!opsOf().contains(u"contains"_s));

    pickField({0}, u"last_purchase_date"_s);
    QCOMPARE(opsOf(), expected(u"last_purchase_date"_s));
    picker = condition({0})->opPicker();
    QCOMPARE(picker->itemText(picker->findData(u"<"_s)), u"is before"_s);

    // Behaviour conditions have no operator.
    pickField({0}, ConditionRowEditor::PurchaseChoice);
    QVERIFY(!condition({0})->opPicker()->isVisibleTo(condition({0})));

    // The field picker groups the fields under their topics, headers not selectable.
    QComboBox *fields = condition({0})->fieldPicker();
    QStringList headers;
    for (int i = 0; i < fields->count(); ++i) {
        if (!(qobject_cast<QStandardItemModel *>(fields->model())->item(i)->flags() & Qt::ItemIsSelectable))
            headers.append(fields->itemText(i));
    }
    QCOMPARE(headers,
             (QStringList{u"Profile"_s, u"Purchases"_s, u"RFM"_s, u"Lifecycle"_s, u"Member programme"_s, u"Behaviour"_s,
                          u"Campaigns"_s}));
}

void TestSegmentBuilder::valueEditorFitsTheField()
{
    click("addCondition");
    const auto editor = [this] { return condition({0}); };

    pickField({0}, u"frequency"_s);
    QVERIFY(editor()->findChild<QSpinBox *>(u"valueSpin"_s));
    QCOMPARE(editor()->findChild<QSpinBox *>(u"valueSpin"_s)->suffix(), u" orders"_s);

    pickField({0}, u"monetary"_s);
    auto *money = editor()->findChild<QDoubleSpinBox *>(u"valueMoney"_s);
    QVERIFY(money);
    QCOMPARE(money->suffix(), u" CNY"_s);
    QCOMPARE(money->decimals(), 2);
    pickOp({0}, u"between"_s);
    QVERIFY(qobject_cast<QDoubleSpinBox *>(editor()->findChild<QWidget *>(u"valueFrom"_s)));
    QVERIFY(qobject_cast<QDoubleSpinBox *>(editor()->findChild<QWidget *>(u"valueTo"_s)));
    editor()->findChild<QDoubleSpinBox *>(u"valueTo"_s)->setValue(250.75);
    QCOMPARE(m_builder->definition().children.first().value, QJsonValue(QJsonArray{0, 250.75}));
    pickOp({0}, u"is_empty"_s);
    QVERIFY(!editor()->valueEditor()->findChild<QWidget *>());
    QVERIFY(!m_builder->definition().toJson()[u"all"_s].toArray().first().toObject().contains(u"value"_s));

    pickField({0}, u"signup_date"_s);
    QCOMPARE(condition({0})->opPicker()->currentData().toString(), u"is_empty"_s); // kept: dates have it too
    pickOp({0}, u"="_s);
    auto *date = editor()->findChild<DateValueEditor *>(u"valueDate"_s);
    QVERIFY(date);
    QVERIFY(date->isRelative());
    date->modePicker()->setCurrentIndex(0);
    date->dateEdit()->setDate(QDate(2024, 5, 17));
    QCOMPARE(m_builder->definition().children.first().value, QJsonValue(u"2024-05-17"_s));
    date->modePicker()->setCurrentIndex(1);
    date->daysAgoEdit()->selectAll();
    QTest::keyClicks(date->daysAgoEdit(), u"45"_s);
    QCOMPARE(m_builder->definition().children.first().value, QJsonValue(QJsonObject{{u"days_ago"_s, 45}}));

    pickField({0}, u"city"_s);
    pickOp({0}, u"in"_s);
    auto *cities = editor()->findChild<MultiValueEditor *>();
    QVERIFY(cities);
    QCOMPARE(cities->list()->count(), 3);
    QVERIFY(cities->addLine());
    // A city the workspace does not list yet can be added.
    QTest::mouseClick(cities->button(), Qt::LeftButton);
    QTest::keyClicks(cities->addLine(), u"Wuhan"_s);
    QTest::keyClick(cities->addLine(), Qt::Key_Return);
    cities->list()->item(1)->setCheckState(Qt::Checked);
    QCOMPARE(m_builder->definition().children.first().value, QJsonValue(QJsonArray{u"Beijing"_s, u"Wuhan"_s}));

    pickField({0}, u"lifecycle_stage"_s);
    pickOp({0}, u"="_s);
    auto *stage = editor()->findChild<QComboBox *>(u"valueCombo"_s);
    QVERIFY(stage && !stage->isEditable());
    QCOMPARE(stage->count(), 5);
    QVERIFY(editor()->findChild<QCheckBox *>(u"asOfCheck"_s)->isVisibleTo(editor()));
    pickOp({0}, u"in"_s);
    QVERIFY(!editor()->findChild<MultiValueEditor *>()->addLine()); // a closed list

    pickField({0}, u"tag"_s);
    QCOMPARE(condition({0})->opPicker()->currentText(), u"has any of the tags"_s);
    pickOp({0}, u"="_s);
    auto *tag = editor()->findChild<QComboBox *>(u"valueCombo"_s);
    QVERIFY(tag && tag->isEditable());
    QCOMPARE(tag->count(), 2);
    QVERIFY(!editor()->findChild<QCheckBox *>(u"asOfCheck"_s)->isVisibleTo(editor()));

    pickField({0}, u"email"_s);
    QVERIFY(editor()->findChild<QLineEdit *>(u"valueEdit"_s));
    pickOp({0}, u"is_not_empty"_s);
    QVERIFY(!editor()->findChild<QLineEdit *>(u"valueEdit"_s));
}

void TestSegmentBuilder::behaviourConditionsByHand()
{
    click("addCondition");
    pickField({0}, ConditionRowEditor::PurchaseChoice);
    ConditionRowEditor *row = condition({0});
    row->findChild<QCheckBox *>(u"minAmountCheck"_s)->click();
    auto *amount = row->findChild<QDoubleSpinBox *>(u"minAmount"_s);
    QCOMPARE(amount->suffix(), u" CNY"_s);
    amount->selectAll();
    QTest::keyClicks(amount, u"50"_s);
    QTest::keyClicks(row->findChild<QLineEdit *>(u"productContains"_s), u"shoe"_s);
    auto *count = row->findChild<QSpinBox *>(u"minCount"_s);
    count->selectAll();
    QTest::keyClicks(count, u"2"_s);
    QCOMPARE(
        m_builder->definition().children.first().toJson(),
        json(R"({"purchase": {"within_days": 90, "min_count": 2, "min_amount": 50, "product_contains": "shoe"}})"));

    pickField({0}, ConditionRowEditor::CampaignChoice);
    row = condition({0});
    auto *campaign = row->findChild<QComboBox *>(u"campaign"_s);
    QVERIFY(campaign);
    QCOMPARE(campaign->count(), 2);
    campaign->setCurrentIndex(campaign->findText(u"Win-back"_s));
    auto *type = row->findChild<QComboBox *>(u"eventType"_s);
    QCOMPARE(type->itemText(0), u"Campaign sent"_s);
    QCOMPARE(type->itemData(0).toString(), u"campaign_sent"_s);
    type->setCurrentIndex(type->findText(u"Converted"_s));
    row->findChild<QCheckBox *>(u"withinCheck"_s)->click();
    QCOMPARE(m_builder->definition().children.first().toJson(),
             json(R"({"event": {"type": "campaign_converted", "campaign": 8, "within_days": 30}})"));
    QCOMPARE(m_builder->validationError(), QString());
}

void TestSegmentBuilder::rfmSegmentsArePickedByName()
{
    click("addCondition");
    pickField({0}, u"rfm_segment"_s);
    pickOp({0}, u"="_s);
    const auto combo = [this] { return condition({0})->findChild<QComboBox *>(u"valueCombo"_s); };
    QVERIFY(combo() && !combo()->isEditable());
    QCOMPARE(combo()->count(), 11);
    QCOMPARE(combo()->itemText(8), u"Can't lose them"_s);
    QCOMPARE(combo()->itemData(8).toString(), u"Can't lose them"_s);

    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/marketing-workbench_zh_CN.qm"_s));
    QCoreApplication::installTranslator(&translator);
    const auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    m_builder->setVocabulary(vocabulary()); // the rows drawn again, in Chinese
    QCOMPARE(combo()->itemText(0), u"冠军客户"_s);
    combo()->setCurrentIndex(combo()->findText(u"不可流失"_s));
    QCOMPARE(m_builder->definition().children.first().value, QJsonValue(u"Can't lose them"_s));

    pickOp({0}, u"in"_s);
    auto *list = condition({0})->findChild<MultiValueEditor *>();
    QVERIFY(list);
    QCOMPARE(list->list()->count(), 11);
    QCOMPARE(list->list()->item(0)->text(), u"不可流失"_s); // the value kept from "is"
    QCOMPARE(list->list()->item(0)->checkState(), Qt::Checked);
    const QList<QListWidgetItem *> lost = list->list()->findItems(u"已流失"_s, Qt::MatchExactly);
    QCOMPARE(lost.size(), 1);
    lost.first()->setCheckState(Qt::Checked);
    QCOMPARE(m_builder->definition().children.first().value, QJsonValue(QJsonArray{u"Can't lose them"_s, u"Lost"_s}));
    QVERIFY(list->button()->text().contains(u"不可流失"_s));
}

void TestSegmentBuilder::sourceChannelsArePickedByName()
{
    click("addCondition");
    pickField({0}, u"source_channel"_s);
    pickOp({0}, u"="_s);
    const auto combo = [this] { return condition({0})->findChild<QComboBox *>(u"valueCombo"_s); };
    QVERIFY(combo());
    QCOMPARE(combo()->itemText(0), u"WeChat"_s); // the name shown, the code stored
    QCOMPARE(combo()->itemData(0).toString(), u"wechat"_s);
    QCOMPARE(combo()->itemText(2), u"fair"_s); // a channel the vocabulary does not name: as written
    combo()->setCurrentIndex(1);
    QCOMPARE(m_builder->definition().children.first().value, QJsonValue(u"ads"_s));

    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/marketing-workbench_zh_CN.qm"_s));
    QCoreApplication::installTranslator(&translator);
    const auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    m_builder->setVocabulary(vocabulary());
    QCOMPARE(combo()->currentText(), u"广告"_s);
    QCOMPARE(m_builder->definition().children.first().value, QJsonValue(u"ads"_s));
}

void TestSegmentBuilder::eventTypesAndChannelsArePickedByName()
{
    click("addCondition");
    pickField({0}, ConditionRowEditor::EventChoice);
    const auto type = [this] { return condition({0})->findChild<QComboBox *>(u"eventType"_s); };
    const auto channel = [this] { return condition({0})->findChild<QComboBox *>(u"channel"_s); };
    const auto stored = [this] {
        const SegmentNode event = m_builder->definition().children.first();
        return QStringList{event.type, event.channel};
    };
    QVERIFY(type() && type()->isEditable() && channel() && channel()->isEditable());
    // The names, not the codes; the first type the workspace has is picked.
    QCOMPARE(type()->currentText(), u"Web visit"_s);
    QCOMPARE(stored(), QStringList({u"web_visit"_s, QString()}));
    QCOMPARE(type()->itemText(type()->findData(u"email_open"_s)), u"E-mail opened"_s);
    QCOMPARE(type()->itemData(type()->findData(u"email_open"_s), Qt::ToolTipRole).toString(), u"email_open"_s);
    QCOMPARE(channel()->itemText(channel()->findData(u"email"_s)), u"E-mail"_s);
    QVERIFY(channel()->findText(u"email"_s) < 0);

    type()->setCurrentIndex(type()->findText(u"E-mail link clicked"_s));
    channel()->setCurrentIndex(channel()->findText(u"E-mail"_s));
    QCOMPARE(stored(), QStringList({u"email_click"_s, u"email"_s}));
    QCOMPARE(compact(m_builder->definition().children.first().toJson()),
             QByteArray(R"({"event":{"channel":"email","type":"email_click","within_days":30}})"));

    // Typed: a name is its code, a code stays itself, anything else is kept as written.
    channel()->lineEdit()->selectAll();
    QTest::keyClicks(channel()->lineEdit(), u"SMS"_s);
    QCOMPARE(stored().last(), u"sms"_s);
    channel()->lineEdit()->selectAll();
    QTest::keyClicks(channel()->lineEdit(), u"wechat"_s);
    QCOMPARE(stored().last(), u"wechat"_s);
    type()->lineEdit()->selectAll();
    QTest::keyClicks(type()->lineEdit(), u"livestream_view"_s);
    QCOMPARE(stored(), QStringList({u"livestream_view"_s, u"wechat"_s}));

    // Drawn again from the definition, in Chinese: the names in Chinese, the codes unchanged.
    type()->setCurrentIndex(type()->findData(u"email_open"_s));
    channel()->setCurrentIndex(channel()->findData(u"web"_s));
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/marketing-workbench_zh_CN.qm"_s));
    QCoreApplication::installTranslator(&translator);
    const auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    m_builder->setVocabulary(vocabulary());
    QCOMPARE(type()->currentText(), u"打开邮件"_s);
    QCOMPARE(channel()->currentText(), u"网站"_s);
    QCOMPARE(stored(), QStringList({u"email_open"_s, u"web"_s}));
    channel()->setCurrentIndex(channel()->findText(u"短信"_s));
    type()->setEditText(u"点击邮件链接"_s); // typed with an input method
    QCOMPARE(stored(), QStringList({u"email_click"_s, u"sms"_s}));
    // A code the vocabulary does not name shows as written.
    m_builder->setDefinition(node(R"({"all": [{"event": {"type": "livestream_view", "channel": "douyin"}}]})"));
    QCOMPARE(type()->currentText(), u"livestream_view"_s);
    QCOMPARE(channel()->currentText(), u"douyin"_s);
    QCOMPARE(stored(), QStringList({u"livestream_view"_s, u"douyin"_s}));
}

void TestSegmentBuilder::undoRedo()
{
    click("addCondition");
    pickField({0}, u"name"_s);
    const QJsonObject blank = m_builder->definition().toJson();
    QTest::keyClicks(condition({0})->findChild<QLineEdit *>(u"valueEdit"_s), u"Chen"_s);
    const QJsonObject typed = m_builder->definition().toJson();
    QCOMPARE(m_builder->undoStack()->count(), 3); // add, field, typing (one word, one command)
    click("undo");
    QCOMPARE(m_builder->definition().toJson(), blank);
    QCOMPARE(condition({0})->findChild<QLineEdit *>(u"valueEdit"_s)->text(), QString());
    click("redo");
    QCOMPARE(m_builder->definition().toJson(), typed);
    QCOMPARE(condition({0})->findChild<QLineEdit *>(u"valueEdit"_s)->text(), u"Chen"_s);
    click("negate");
    click("undo");
    QCOMPARE(m_builder->definition().toJson(), typed);
    for (int step = 0; step < 3; ++step)
        click("undo");
    QCOMPARE(m_builder->definition().toJson(), json(R"({"all": []})"));
    QVERIFY(!m_builder->findChild<QToolButton *>(u"undo"_s)->isEnabled());
    // A loaded definition starts a new history.
    m_builder->setDefinition(node(R"({"field": "tier", "op": "=", "value": "gold"})"));
    QCOMPARE(m_builder->undoStack()->count(), 0);
}

void TestSegmentBuilder::incompleteRowsAreExplained()
{
    click("addCondition");
    pickField({0}, u"city"_s);
    QVERIFY(m_builder->validationError().contains(u"City: enter a value"_s));
    auto *message = m_builder->findChild<QLabel *>(u"validationMessage"_s);
    QVERIFY(message->isVisibleTo(m_builder.get()));
    QTest::keyClicks(condition({0})->findChild<QComboBox *>(u"valueCombo"_s)->lineEdit(), u"Shenzhen"_s);
    QCOMPARE(m_builder->validationError(), QString());
    QVERIFY(!message->isVisibleTo(m_builder.get()));
    pickOp({0}, u"not_in"_s);
    QCOMPARE(m_builder->definition().children.first().value, QJsonValue(QJsonArray{u"Shenzhen"_s}));
    condition({0})->findChild<MultiValueEditor *>()->list()->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY(m_builder->validationError().contains(u"choose at least one value"_s));
    click("addCondition");
    pickField({1}, ConditionRowEditor::EventChoice);
    condition({1})->findChild<QComboBox *>(u"eventType"_s)->setEditText(QString());
    condition({0})->findChild<MultiValueEditor *>()->list()->item(0)->setCheckState(Qt::Checked);
    QVERIFY(m_builder->validationError().contains(u"event type or a channel"_s));
}

QTEST_MAIN(TestSegmentBuilder)
#include "tst_segmentbuilder.moc"
