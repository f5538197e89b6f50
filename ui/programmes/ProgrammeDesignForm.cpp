#include "ProgrammeDesignForm.h"

#include "StepFlowEditor.h"
#include "programmes/ProgrammeDefinition.h"
#include "vocabulary/LifecycleStage.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

ProgrammeDesignForm::ProgrammeDesignForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_trigger(new QComboBox(this))
    , m_triggerOptions(new QStackedWidget(this))
    , m_stage(new QComboBox(this))
    , m_triggerSegment(new QComboBox(this))
    , m_every(new QComboBox(this))
    , m_dateField(new QComboBox(this))
    , m_offset(new QSpinBox(this))
    , m_eventType(new QLineEdit(this))
    , m_audience(new QComboBox(this))
    , m_holdout(new QDoubleSpinBox(this))
    , m_reentry(new QSpinBox(this))
    , m_priority(new QSpinBox(this))
    , m_folder(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_steps(new StepFlowEditor(this))
    , m_estimate(new QLabel(this))
{
    m_name->setObjectName(u"programmeName"_s);
    m_name->setAccessibleName(tr("Name"));
    m_trigger->setObjectName(u"programmeTrigger"_s);
    m_trigger->setAccessibleName(tr("Trigger"));
    m_trigger->addItem(tr("Entered a 5A stage"), u"stage_entered"_s);
    m_trigger->addItem(tr("Joined a segment"), u"segment_entered"_s);
    m_trigger->addItem(tr("On a schedule, a segment's members"), u"schedule"_s);
    m_trigger->addItem(tr("A date of the customer comes round"), u"date"_s);
    m_trigger->addItem(tr("A touchpoint of a type"), u"event"_s);
    for (LifecycleStage stage : kLifecycleStages)
        m_stage->addItem(stageDisplayName(stage), stageName(stage));
    m_stage->setAccessibleName(tr("Stage"));
    m_triggerSegment->setAccessibleName(tr("Segment"));
    m_every->addItem(tr("every day"), u"day"_s);
    m_every->addItem(tr("every week"), u"week"_s);
    m_every->addItem(tr("every month"), u"month"_s);
    m_every->setAccessibleName(tr("How often"));
    for (const QString &field : programmeDateFields())
        m_dateField->addItem(field, field);
    m_dateField->setAccessibleName(tr("Date"));
    m_offset->setRange(-3660, 3660);
    m_offset->setSuffix(tr(" days after"));
    m_offset->setAccessibleName(tr("Days after the date"));
    m_eventType->setPlaceholderText(tr("touchpoint type, e.g. inquiry"));
    m_eventType->setAccessibleName(tr("Touchpoint type"));
    {
        auto *stagePage = new QWidget(this);
        auto *l1 = new QHBoxLayout(stagePage);
        l1->setContentsMargins(0, 0, 0, 0);
        l1->addWidget(m_stage);
        l1->addStretch(1);
        auto *segmentPage = new QWidget(this);
        auto *l2 = new QHBoxLayout(segmentPage);
        l2->setContentsMargins(0, 0, 0, 0);
        l2->addWidget(m_triggerSegment, 1);
        l2->addWidget(m_every);
        auto *datePage = new QWidget(this);
        auto *l3 = new QHBoxLayout(datePage);
        l3->setContentsMargins(0, 0, 0, 0);
        l3->addWidget(m_dateField);
        l3->addWidget(m_offset);
        l3->addStretch(1);
        auto *eventPage = new QWidget(this);
        auto *l4 = new QHBoxLayout(eventPage);
        l4->setContentsMargins(0, 0, 0, 0);
        l4->addWidget(m_eventType, 1);
        m_triggerOptions->addWidget(stagePage);
        m_triggerOptions->addWidget(segmentPage);
        m_triggerOptions->addWidget(datePage);
        m_triggerOptions->addWidget(eventPage);
    }
    m_audience->setObjectName(u"programmeAudience"_s);
    m_audience->setAccessibleName(tr("Audience"));
    m_holdout->setRange(0, ProgrammeDefinition::kMaxHoldout * 100);
    m_holdout->setDecimals(0);
    m_holdout->setSuffix(u" %"_s);
    m_holdout->setAccessibleName(tr("Holdout"));
    m_holdout->setToolTip(tr("The share of entrants kept out of every list, to measure what the programme earns."));
    m_reentry->setRange(-1, 3660);
    m_reentry->setSpecialValueText(tr("never"));
    m_reentry->setSuffix(tr(" days after entering"));
    m_reentry->setAccessibleName(tr("Re-entry"));
    m_priority->setRange(1, 1000);
    m_priority->setAccessibleName(tr("Priority"));
    m_priority->setToolTip(tr("1 first: under the frequency cap, the higher priority contacts."));
    m_folder->setPlaceholderText(tr("no files (export the waves as campaigns)"));
    m_folder->setAccessibleName(tr("Output folder"));
    m_format->addItem(u"CSV"_s, u"csv"_s);
    m_format->addItem(u"XLSX"_s, u"xlsx"_s);
    m_format->addItem(tr("Hashed (ads audiences)"), u"hashed"_s);
    m_format->setAccessibleName(tr("List format"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the lists"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    auto *trigger = new QHBoxLayout;
    trigger->addWidget(m_trigger);
    trigger->addWidget(m_triggerOptions, 1);
    form->addRow(tr("Enter when"), trigger);
    form->addRow(tr("Only if in"), m_audience);
    auto *groups = new QHBoxLayout;
    groups->addWidget(new QLabel(tr("Holdout"), this));
    groups->addWidget(m_holdout);
    groups->addWidget(new QLabel(tr("Re-entry"), this));
    groups->addWidget(m_reentry);
    groups->addWidget(new QLabel(tr("Priority"), this));
    groups->addWidget(m_priority);
    groups->addStretch(1);
    form->addRow(tr("Groups"), groups);
    auto *output = new QHBoxLayout;
    output->addWidget(m_folder, 1);
    output->addWidget(browse);
    output->addWidget(m_format);
    form->addRow(tr("Lists to"), output);

    auto *flowScroll = new QScrollArea(this);
    flowScroll->setWidgetResizable(true);
    flowScroll->setFrameShape(QFrame::NoFrame);
    auto *flowHolder = new QWidget(flowScroll);
    auto *flowLayout = new QVBoxLayout(flowHolder);
    flowLayout->addWidget(m_steps);
    flowLayout->addStretch(1);
    flowScroll->setWidget(flowHolder);
    auto *stepsLabel = new QLabel(tr("Steps"), this);
    QFont bold = stepsLabel->font();
    bold.setBold(true);
    stepsLabel->setFont(bold);
    auto *stepsRow = new QHBoxLayout;
    stepsRow->addWidget(stepsLabel);
    stepsRow->addWidget(m_estimate, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(stepsRow);
    layout->addWidget(flowScroll, 1);

    connect(m_trigger, &QComboBox::currentIndexChanged, this, &ProgrammeDesignForm::showTriggerOptions);
    const auto notify = [this] { Q_EMIT changed(); };
    connect(m_steps, &StepFlowEditor::changed, this, notify);
    for (QComboBox *combo : {m_trigger, m_stage, m_triggerSegment, m_every, m_dateField, m_audience})
        connect(combo, &QComboBox::currentIndexChanged, this, notify);
    connect(m_offset, &QSpinBox::valueChanged, this, notify);
    connect(m_reentry, &QSpinBox::valueChanged, this, notify);
    connect(m_eventType, &QLineEdit::editingFinished, this, notify);
    showTriggerOptions();
}

void ProgrammeDesignForm::setSegments(const QStringList &names)
{
    const QString audience = m_audience->currentData().toString();
    const QString trigger = m_triggerSegment->currentData().toString();
    m_audience->clear();
    m_triggerSegment->clear();
    m_audience->addItem(tr("Everyone"), QString());
    for (const QString &name : names) {
        m_audience->addItem(name, name);
        m_triggerSegment->addItem(name, name);
    }
    m_audience->setCurrentIndex(std::max(0, m_audience->findData(audience)));
    m_triggerSegment->setCurrentIndex(std::max(0, m_triggerSegment->findData(trigger)));
}

void ProgrammeDesignForm::showTriggerOptions()
{
    const QString type = m_trigger->currentData().toString();
    m_triggerOptions->setCurrentIndex(type == u"stage_entered"_s ? 0
                                          : type == u"date"_s    ? 2
                                          : type == u"event"_s   ? 3
                                                                 : 1);
    m_every->setVisible(type == u"schedule"_s);
}

QJsonObject ProgrammeDesignForm::definition() const
{
    QJsonObject d = m_loaded;
    d.insert(u"name"_s, m_name->text().trimmed());
    const QString type = m_trigger->currentData().toString();
    QJsonObject trigger{{u"type"_s, type}};
    if (type == u"stage_entered"_s) {
        trigger.insert(u"stage"_s, m_stage->currentData().toString());
    } else if (type == u"segment_entered"_s || type == u"schedule"_s) {
        trigger.insert(u"segment"_s, m_triggerSegment->currentData().toString());
        if (type == u"schedule"_s)
            trigger.insert(u"every"_s, m_every->currentData().toString());
    } else if (type == u"date"_s) {
        trigger.insert(u"field"_s, m_dateField->currentData().toString());
        trigger.insert(u"offset_days"_s, m_offset->value());
    } else {
        trigger.insert(u"event_type"_s, m_eventType->text().trimmed());
    }
    d.insert(u"trigger"_s, trigger);
    if (m_audience->currentData().toString().isEmpty() && !m_loaded.value(u"audience"_s).isObject())
        d.remove(u"audience"_s);
    else if (!m_audience->currentData().toString().isEmpty())
        d.insert(u"audience"_s, m_audience->currentData().toString());
    d.insert(u"steps"_s, m_steps->steps());
    d.insert(u"holdout"_s, m_holdout->value() / 100.0);
    d.insert(u"reentry_days"_s, m_reentry->value() < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(m_reentry->value()));
    d.insert(u"priority"_s, m_priority->value());
    if (m_folder->text().trimmed().isEmpty())
        d.remove(u"output"_s);
    else
        d.insert(
            u"output"_s,
            QJsonObject{{u"folder"_s, m_folder->text().trimmed()}, {u"format"_s, m_format->currentData().toString()}});
    return d;
}

void ProgrammeDesignForm::setDefinition(const QJsonObject &d)
{
    m_loaded = d;
    m_name->setText(d.value(u"name"_s).toString());
    const QJsonObject trigger = d.value(u"trigger"_s).toObject();
    m_trigger->setCurrentIndex(std::max(0, m_trigger->findData(trigger.value(u"type"_s).toString())));
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(trigger.value(u"stage"_s).toString())));
    m_triggerSegment->setCurrentIndex(std::max(0, m_triggerSegment->findData(trigger.value(u"segment"_s).toString())));
    m_every->setCurrentIndex(std::max(0, m_every->findData(trigger.value(u"every"_s).toString())));
    m_dateField->setCurrentIndex(std::max(0, m_dateField->findData(trigger.value(u"field"_s).toString())));
    m_offset->setValue(trigger.value(u"offset_days"_s).toInt());
    m_eventType->setText(trigger.value(u"event_type"_s).toString());
    m_audience->setCurrentIndex(std::max(0, m_audience->findData(d.value(u"audience"_s).toString())));
    m_holdout->setValue(std::round(d.value(u"holdout"_s).toDouble(0.1) * 100));
    m_reentry->setValue(d.value(u"reentry_days"_s).isDouble() ? d.value(u"reentry_days"_s).toInt() : -1);
    m_priority->setValue(d.value(u"priority"_s).toInt(5));
    const QJsonObject output = d.value(u"output"_s).toObject();
    m_folder->setText(output.value(u"folder"_s).toString());
    m_format->setCurrentIndex(std::max(0, m_format->findData(output.value(u"format"_s).toString(u"csv"_s))));
    m_steps->setSteps(d.value(u"steps"_s).toArray());
    showTriggerOptions();
}

} // namespace mwb::ui
