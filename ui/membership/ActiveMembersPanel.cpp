#include "ActiveMembersPanel.h"

#include "DisplayFormat.h"
#include "WorkspaceSession.h"
#include "charts/ActiveMemberChart.h"
#include "membership/MembershipService.h"
#include "vocabulary/Figures.h"
#include "widgets/Caption.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

ActiveMembersPanel::ActiveMembersPanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_window(new QSpinBox(this))
    , m_months(new QComboBox(this))
    , m_byTier(new QCheckBox(tr("A line per tier"), this))
    , m_chart(new ActiveMemberChart(this))
    , m_status(new QLabel(this))
    , m_caption(caption(QString(), this))
    , m_reloadTimer(new QTimer(this))
{
    m_window->setObjectName(u"activeWindowDays"_s);
    m_window->setRange(1, ActiveMembers::kMaxWindowDays);
    m_window->setValue(ActiveMembers::kDefaultWindowDays);
    m_window->setSuffix(tr(" days"));
    m_window->setToolTip(Figures::tooltip(Figure::ActiveMemberRate));
    m_months->setObjectName(u"activeMonths"_s);
    for (const int months : {12, 24, 36, 60})
        m_months->addItem(tr("the last %n months", nullptr, months), months);
    m_months->setCurrentIndex(1);
    m_byTier->setObjectName(u"activeByTier"_s);
    m_byTier->setChecked(true);
    m_chart->setObjectName(u"activeMemberChart"_s);
    m_caption->setObjectName(u"activeMemberCaption"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);

    auto *controls = new QHBoxLayout;
    auto *windowLabel = new QLabel(tr("Active: an order or a touchpoint of their own in the last"), this);
    windowLabel->setBuddy(m_window);
    controls->addWidget(windowLabel);
    controls->addWidget(m_window);
    controls->addSpacing(16);
    auto *monthsLabel = new QLabel(tr("Show"), this);
    monthsLabel->setBuddy(m_months);
    controls->addWidget(monthsLabel);
    controls->addWidget(m_months);
    controls->addSpacing(16);
    controls->addWidget(m_byTier);
    controls->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_caption);

    connect(m_window, &QSpinBox::valueChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_months, &QComboBox::currentIndexChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_byTier, &QCheckBox::toggled, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_reloadTimer, &QTimer::timeout, this, &ActiveMembersPanel::reload);
}

void ActiveMembersPanel::reload()
{
    if (!m_session->isOpen())
        return;
    m_status->setText(tr("Reading every member's orders and touchpoints…"));
    m_status->show();
    m_session->membership()->activeMembers(m_months->currentData().toInt(), m_window->value(), m_byTier->isChecked(),
                                           this, [this](const ActiveMembersAnswer &answer) { showFigures(answer); });
}

void ActiveMembersPanel::showFigures(const ActiveMembersAnswer &answer)
{
    if (!answer.error.isEmpty()) {
        m_status->setText(tr("The active member rate could not be loaded: %1").arg(answer.error));
        return;
    }
    m_status->hide();
    m_chart->setSeries(answer.series);
    const ActiveMemberSeries &series = answer.series;
    QString tiers;
    if (!series.tiers.isEmpty())
        tiers = series.tiersByRules ? tr(" Tiers by the tier rules, each member in their tier on the day.")
                                    : tr(" Tiers as imported with each customer (no tier rules); members without an "
                                         "imported tier count in the line of all members only.");
    const QString marks = series.campaigns.isEmpty()
        ? tr(" No campaign was sent in these months.")
        : tr(" Vertical marks: the %Ln campaigns sent in these months (hover one for its name); solid red ones held a "
             "control group, and their campaign report gives the part of any change they caused — a rise after a "
             "dashed one is not shown to be its doing.",
             nullptr, static_cast<int>(series.campaigns.size()));
    m_caption->setText(
        tr("%1: %2.%3%4")
            .arg(Figures::label(Figure::ActiveMemberRate), Figures::tooltip(Figure::ActiveMemberRate), tiers, marks));
    m_loaded = true;
    Q_EMIT figuresShown();
}

} // namespace mwb::ui
