#include "StepFlowEditor.h"

#include "campaigns/Campaign.h"
#include "customers/ChannelStyle.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

// The conditions a branch or an exit can test, as (label, JSON).
QList<std::pair<QString, QJsonObject>> conditions()
{
    return {
        {StepFlowEditor::tr("purchased since entering"), QJsonObject{{u"purchased"_s, true}}},
        {StepFlowEditor::tr("opened a message"), QJsonObject{{u"responded"_s, u"opened"_s}}},
        {StepFlowEditor::tr("clicked a message"), QJsonObject{{u"responded"_s, u"clicked"_s}}},
        {StepFlowEditor::tr("converted (results)"), QJsonObject{{u"responded"_s, u"converted"_s}}},
    };
}

QString kindTitle(const QString &kind)
{
    if (kind == u"send"_s)
        return StepFlowEditor::tr("Send");
    if (kind == u"wait_days"_s)
        return StepFlowEditor::tr("Wait");
    if (kind == u"branch"_s)
        return StepFlowEditor::tr("If");
    return StepFlowEditor::tr("Exit if");
}

QToolButton *smallButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

StepFlowEditor::StepFlowEditor(QWidget *parent)
    : QWidget(parent)
    , m_boxesLayout(new QVBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_boxesLayout->setSpacing(6);
    layout->addLayout(m_boxesLayout);
    auto *adders = new QHBoxLayout;
    adders->addWidget(new QLabel(tr("Add:"), this));
    for (const QString &kind : {u"send"_s, u"wait_days"_s, u"branch"_s, u"exit_if"_s}) {
        auto *button = smallButton(u"+ "_s + kindTitle(kind), tr("Add a step: %1").arg(kindTitle(kind)), this);
        button->setObjectName(u"add_"_s + kind);
        connect(button, &QToolButton::clicked, this, [this, kind] { addStep(kind); });
        adders->addWidget(button);
    }
    adders->addStretch(1);
    layout->addLayout(adders);
}

QJsonArray StepFlowEditor::steps() const
{
    QJsonArray array;
    for (const StepBox *box : m_boxes)
        array.append(box->toJson());
    return array;
}

void StepFlowEditor::setSteps(const QJsonArray &steps)
{
    for (StepBox *box : std::as_const(m_boxes))
        box->deleteLater();
    m_boxes.clear();
    for (const QJsonValue &value : steps) {
        const QJsonObject object = value.toObject();
        if (object.size() != 1)
            continue;
        add(new StepBox(object.begin().key(), object, this));
    }
    relayout();
}

void StepFlowEditor::addStep(const QString &kind)
{
    add(new StepBox(kind, {}, this));
    relayout();
    Q_EMIT changed();
}

void StepFlowEditor::add(StepBox *box)
{
    m_boxes.append(box);
    connect(box, &StepBox::changed, this, &StepFlowEditor::changed);
    connect(box, &StepBox::moveRequested, this, [this, box](int by) { move(box, by); });
    connect(box, &StepBox::removeRequested, this, [this, box] { removeBox(box); });
}

void StepFlowEditor::move(StepBox *box, int by)
{
    const int from = static_cast<int>(m_boxes.indexOf(box));
    const int to = from + by;
    if (from < 0 || to < 0 || to >= m_boxes.size())
        return;
    m_boxes.move(from, to);
    relayout();
    Q_EMIT changed();
}

void StepFlowEditor::removeBox(StepBox *box)
{
    m_boxes.removeOne(box);
    box->deleteLater();
    relayout();
    Q_EMIT changed();
}

void StepFlowEditor::relayout()
{
    for (StepBox *box : std::as_const(m_boxes))
        m_boxesLayout->removeWidget(box);
    for (StepBox *box : std::as_const(m_boxes))
        m_boxesLayout->addWidget(box);
    top()->renumber(1);
}

StepFlowEditor *StepFlowEditor::top()
{
    StepFlowEditor *editor = this;
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *outer = qobject_cast<StepFlowEditor *>(w))
            editor = outer;
    }
    return editor;
}

int StepFlowEditor::renumber(int first)
{
    int number = first;
    for (StepBox *box : std::as_const(m_boxes))
        number = box->setNumber(number);
    return number;
}

StepBox::StepBox(const QString &kind, const QJsonObject &step, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_number(new QLabel(this))
{
    setObjectName(u"step_"_s + kind);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(kind == u"branch"_s ? QPalette::AlternateBase : QPalette::Base);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    auto *row = new QHBoxLayout;
    QFont bold = m_number->font();
    bold.setBold(true);
    m_number->setFont(bold);
    row->addWidget(m_number);
    auto *title = new QLabel(kindTitle(kind), this);
    title->setFont(bold);
    row->addWidget(title);
    const QJsonValue inner = step.value(kind);
    const auto notify = [this] { Q_EMIT changed(); };
    if (kind == u"send"_s) {
        const QJsonObject send = inner.toObject();
        m_channel = new QComboBox(this);
        m_channel->setAccessibleName(StepFlowEditor::tr("Channel"));
        for (const QString &channel : campaignChannels())
            m_channel->addItem(ChannelStyle::displayName(channel), channel);
        m_channel->setCurrentIndex(std::max(0, m_channel->findData(send.value(u"channel"_s).toString(u"email"_s))));
        m_offer = new QLineEdit(send.value(u"offer"_s).toString(), this);
        m_offer->setPlaceholderText(StepFlowEditor::tr("offer code"));
        m_offer->setAccessibleName(StepFlowEditor::tr("Offer"));
        m_cost = new QDoubleSpinBox(this);
        m_cost->setRange(0, 1e6);
        m_cost->setDecimals(2);
        m_cost->setValue(send.value(u"cost_per_contact"_s).toDouble());
        m_cost->setPrefix(StepFlowEditor::tr("cost "));
        m_cost->setAccessibleName(StepFlowEditor::tr("Cost per contact"));
        m_cost->setToolTip(StepFlowEditor::tr("Cost per contact, in the workspace's currency"));
        row->addWidget(new QLabel(StepFlowEditor::tr("by"), this));
        row->addWidget(m_channel);
        row->addWidget(m_offer, 1);
        row->addWidget(m_cost);
        connect(m_channel, &QComboBox::currentIndexChanged, this, notify);
        connect(m_offer, &QLineEdit::textEdited, this, notify);
        connect(m_cost, &QDoubleSpinBox::valueChanged, this, notify);
    } else if (kind == u"wait_days"_s) {
        m_days = new QSpinBox(this);
        m_days->setRange(1, 3660);
        m_days->setValue(std::max(1, inner.toInt(7)));
        m_days->setSuffix(StepFlowEditor::tr(" days"));
        m_days->setAccessibleName(StepFlowEditor::tr("Days to wait"));
        row->addWidget(m_days);
        row->addStretch(1);
        connect(m_days, &QSpinBox::valueChanged, this, notify);
    } else {
        const QJsonObject condition =
            kind == u"branch"_s ? inner.toObject().value(u"if"_s).toObject() : inner.toObject();
        m_condition = new QComboBox(this);
        m_condition->setAccessibleName(StepFlowEditor::tr("Condition"));
        const auto list = conditions();
        for (const auto &[label, json] : list)
            m_condition->addItem(label, json);
        for (int i = 0; i < list.size(); ++i) {
            if (list[i].second == condition)
                m_condition->setCurrentIndex(i);
        }
        row->addWidget(m_condition);
        row->addStretch(1);
        connect(m_condition, &QComboBox::currentIndexChanged, this, notify);
    }
    auto *up = smallButton(u"↑"_s, StepFlowEditor::tr("Move up"), this);
    auto *down = smallButton(u"↓"_s, StepFlowEditor::tr("Move down"), this);
    auto *remove = smallButton(u"✕"_s, StepFlowEditor::tr("Remove the step"), this);
    remove->setObjectName(u"removeStep"_s);
    row->addWidget(up);
    row->addWidget(down);
    row->addWidget(remove);
    connect(up, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(-1); });
    connect(down, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(1); });
    connect(remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(); });
    layout->addLayout(row);
    if (kind == u"branch"_s) {
        const QJsonObject branch = inner.toObject();
        for (const auto &[label, key, target] : {std::tuple{StepFlowEditor::tr("then"), u"then"_s, &m_then},
                                                 std::tuple{StepFlowEditor::tr("else"), u"else"_s, &m_else}}) {
            auto *side = new QHBoxLayout;
            auto *name = new QLabel(label, this);
            name->setAlignment(Qt::AlignTop | Qt::AlignRight);
            name->setMinimumWidth(36);
            side->addWidget(name);
            *target = new StepFlowEditor(this);
            (*target)->setObjectName(key);
            side->addWidget(*target, 1);
            layout->addLayout(side);
            (*target)->setSteps(branch.value(key).toArray());
            connect(*target, &StepFlowEditor::changed, this, notify);
        }
    }
}

QJsonObject StepBox::toJson() const
{
    if (m_kind == u"send"_s) {
        QJsonObject send{{u"channel"_s, m_channel->currentData().toString()}};
        if (!m_offer->text().trimmed().isEmpty())
            send.insert(u"offer"_s, m_offer->text().trimmed());
        if (m_cost->value() > 0)
            send.insert(u"cost_per_contact"_s, m_cost->value());
        return QJsonObject{{m_kind, send}};
    }
    if (m_kind == u"wait_days"_s)
        return QJsonObject{{m_kind, m_days->value()}};
    const QJsonObject condition = m_condition->currentData().toJsonObject();
    if (m_kind == u"exit_if"_s)
        return QJsonObject{{m_kind, condition}};
    QJsonObject branch{{u"if"_s, condition}};
    if (m_then->count() > 0)
        branch.insert(u"then"_s, m_then->steps());
    if (m_else->count() > 0)
        branch.insert(u"else"_s, m_else->steps());
    return QJsonObject{{m_kind, branch}};
}

int StepBox::setNumber(int number)
{
    m_number->setText(QString::number(number));
    int next = number + 1;
    if (m_then)
        next = m_then->renumber(next);
    if (m_else)
        next = m_else->renumber(next);
    return next;
}

} // namespace mwb::ui
