#include "JourneyFilterBar.h"

#include "DisplayFormat.h"

#include "WorkspaceSession.h"
#include "segments/SegmentService.h"
#include "segments/SegmentPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

} // namespace

JourneyFilterBar::JourneyFilterBar(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_allTime(new QCheckBox(tr("All time"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_segment(
          new SegmentPicker(session->segments(), SegmentPicker::Everyone::Offered, SegmentPicker::Counts::Hidden, this))
    , m_channelButton(new QToolButton(this))
    , m_channels(new QListWidget)
    , m_step(new QComboBox(this))
    , m_campaigns(new QCheckBox(tr("Include campaign contacts"), this))
    , m_maxSteps(new QSpinBox(this))
{
    m_allTime->setObjectName(u"journeyAllTime"_s);
    m_allTime->setChecked(true);
    m_allTime->setToolTip(tr("Every journey, whenever it started"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DisplayFormat::dateFormat());
        edit->setMinimumWidth(110);
        edit->setEnabled(false);
    }
    m_from->setObjectName(u"journeyFrom"_s);
    m_from->setAccessibleName(tr("Journeys starting on or after"));
    m_to->setObjectName(u"journeyTo"_s);
    m_to->setAccessibleName(tr("Journeys starting on or before"));

    m_segment->setObjectName(u"journeySegment"_s);
    m_segment->setMinimumWidth(200);
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_segment->setMinimumContentsLength(18);

    // The channels as a checkable list in a drop-down, which stays open while ticking.
    m_channels->setObjectName(u"journeyChannels"_s);
    m_channels->setAccessibleName(tr("Channels"));
    m_channels->setFrameShape(QFrame::NoFrame);
    m_channels->setMinimumWidth(180);
    auto *menu = new QMenu(m_channelButton);
    auto *listAction = new QWidgetAction(menu);
    listAction->setDefaultWidget(m_channels);
    menu->addAction(listAction);
    m_channelButton->setObjectName(u"journeyChannelButton"_s);
    m_channelButton->setAccessibleName(tr("Channels"));
    m_channelButton->setMenu(menu);
    m_channelButton->setPopupMode(QToolButton::InstantPopup);
    m_channelButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_channelButton->setMinimumWidth(140);

    m_step->setObjectName(u"journeyStep"_s);
    m_step->setAccessibleName(tr("Steps by"));
    m_step->addItem(tr("Channel"), static_cast<int>(JourneyStep::Channel));
    m_step->addItem(tr("Event type"), static_cast<int>(JourneyStep::EventType));
    m_campaigns->setObjectName(u"journeyCampaignContacts"_s);
    m_campaigns->setChecked(true);
    m_campaigns->setToolTip(tr("Count our own campaign sends and their results as steps"));
    m_maxSteps->setObjectName(u"journeyMaxSteps"_s);
    m_maxSteps->setAccessibleName(tr("Most steps in a path"));
    m_maxSteps->setRange(2, 10);
    m_maxSteps->setValue(JourneyFilter().maxSteps);
    m_maxSteps->setToolTip(tr("Longer journeys keep their last steps after a leading “…”"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_allTime);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    grid->addWidget(new QLabel(tr("Journeys starting"), this), 0, 0);
    grid->addLayout(dates, 0, 1);
    grid->addWidget(new QLabel(tr("Segment"), this), 0, 2);
    grid->addWidget(m_segment, 0, 3);
    grid->addWidget(new QLabel(tr("Channels"), this), 0, 4);
    grid->addWidget(m_channelButton, 0, 5);
    auto *steps = new QHBoxLayout;
    steps->addWidget(m_step);
    steps->addSpacing(16);
    steps->addWidget(new QLabel(tr("At most"), this));
    steps->addWidget(m_maxSteps);
    steps->addWidget(new QLabel(tr("steps"), this));
    steps->addSpacing(16);
    steps->addWidget(m_campaigns);
    steps->addStretch(1);
    grid->addWidget(new QLabel(tr("Steps by"), this), 1, 0);
    grid->addLayout(steps, 1, 1, 1, 5);
    grid->setColumnStretch(6, 1);

    connect(m_allTime, &QCheckBox::toggled, this, [this](bool all) {
        m_from->setEnabled(!all);
        m_to->setEnabled(!all);
        Q_EMIT changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &JourneyFilterBar::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &JourneyFilterBar::changed);
    connect(m_segment, &QComboBox::currentIndexChanged, this, &JourneyFilterBar::changed);
    connect(m_channels, &QListWidget::itemChanged, this, [this] {
        updateChannelButton();
        Q_EMIT changed();
    });
    connect(m_step, &QComboBox::currentIndexChanged, this, &JourneyFilterBar::changed);
    connect(m_campaigns, &QCheckBox::toggled, this, &JourneyFilterBar::changed);
    connect(m_maxSteps, &QSpinBox::valueChanged, this, &JourneyFilterBar::changed);
    connect(m_session->segments(), &SegmentService::segmentsChanged, this, &JourneyFilterBar::reloadSegments);
    updateChannelButton();
}

JourneyFilter JourneyFilterBar::filter(QString *error) const
{
    JourneyFilter f;
    if (!m_allTime->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    const qint64 segmentId = m_segment->segmentId();
    if (segmentId != SegmentPicker::kEveryone) {
        const auto saved = m_session->segments()->findSegment(segmentId);
        const SegmentParse parsed = saved ? SegmentDefinition::fromJson(saved->definition) : SegmentParse{};
        if (saved && parsed.ok())
            f.segment = parsed.node;
        else if (error)
            *error = saved ? parsed.error : tr("The segment no longer exists.");
    }
    for (int i = 0; i < m_channels->count(); ++i)
        if (m_channels->item(i)->checkState() == Qt::Checked)
            f.channels << m_channels->item(i)->data(Qt::UserRole).toString();
    if (f.channels.isEmpty() && m_channels->count() > 0 && error)
        *error = tr("Tick at least one channel.");
    // Every channel ticked asks the same as none: all of them, new ones included.
    if (f.channels.size() == m_channels->count())
        f.channels.clear();
    if (f.from.isValid() && f.to < f.from && error)
        *error = tr("The first day is after the last.");
    f.step = static_cast<JourneyStep>(m_step->currentData().toInt());
    f.includeCampaignContacts = m_campaigns->isChecked();
    f.maxSteps = m_maxSteps->value();
    return f;
}

void JourneyFilterBar::reload(const QDate &first, const QDate &last)
{
    if (first.isValid() && last.isValid()) {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        const bool untouched = m_from->date() == m_from->minimumDate() || m_from->date() < first;
        m_from->setDateRange(first, last);
        m_to->setDateRange(first, last);
        if (untouched) {
            m_from->setDate(first);
            m_to->setDate(last);
        }
    }
    reloadSegments();
    m_session->segments()->segmentVocabulary(
        this, [this](const SegmentVocabulary &vocabulary) { setChannels(vocabulary.channels); });
}

void JourneyFilterBar::reloadSegments()
{
    if (!m_session->isOpen())
        return;
    if (!m_segment->reload())
        Q_EMIT changed(); // the chosen segment was deleted
}

void JourneyFilterBar::setChannels(const QStringList &channels)
{
    // Unticked channels stay unticked; new ones come in ticked.
    QStringList unticked;
    for (int i = 0; i < m_channels->count(); ++i)
        if (m_channels->item(i)->checkState() != Qt::Checked)
            unticked << m_channels->item(i)->data(Qt::UserRole).toString();
    {
        const QSignalBlocker blocker(m_channels);
        m_channels->clear();
        for (const QString &channel : channels) {
            auto *item = new QListWidgetItem(channel, m_channels);
            item->setData(Qt::UserRole, channel);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(unticked.contains(channel) ? Qt::Unchecked : Qt::Checked);
        }
        m_channels->setFixedHeight(std::min(320, 6 + m_channels->sizeHintForRow(0) * int(channels.size())));
    }
    updateChannelButton();
}

void JourneyFilterBar::updateChannelButton()
{
    QStringList ticked;
    for (int i = 0; i < m_channels->count(); ++i)
        if (m_channels->item(i)->checkState() == Qt::Checked)
            ticked << m_channels->item(i)->text();
    if (ticked.size() == m_channels->count())
        m_channelButton->setText(tr("All channels"));
    else if (ticked.isEmpty())
        m_channelButton->setText(tr("No channel"));
    else if (ticked.size() <= 2)
        m_channelButton->setText(ticked.join(u", "_s));
    else
        m_channelButton->setText(tr("%n channels", nullptr, static_cast<int>(ticked.size())));
    m_channelButton->setToolTip(ticked.join(u", "_s));
}

} // namespace mwb::ui
