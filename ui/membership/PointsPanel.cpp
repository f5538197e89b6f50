#include "PointsPanel.h"

#include "DisplayFormat.h"
#include "WorkspaceSession.h"
#include "dialogs/MessageBox.h"
#include "membership/MembershipService.h"
#include "widgets/Caption.h"
#include "widgets/KpiCard.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

constexpr Figure kCards[] = {
    Figure::PointsIssued,       Figure::PointsRedeemed,    Figure::PointsExpired,
    Figure::PointsAdjusted,     Figure::PointsOutstanding, Figure::MembersWithPoints,
    Figure::PointsExpiringSoon, Figure::PointsLiability,   Figure::PointsRedemptionRate,
};

} // namespace

PointsPanel::PointsPanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_day(new QDateEdit(this))
    , m_expiry(new QSpinBox(this))
    , m_value(new QDoubleSpinBox(this))
    , m_notice(new QSpinBox(this))
    , m_apply(new QPushButton(tr("Apply Rules"), this))
    , m_summary(new QLabel(this))
    , m_cardsBox(new QWidget(this))
{
    m_day->setObjectName(u"pointsOn"_s);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(DisplayFormat::dateFormat());
    m_day->setAccessibleName(tr("Points on"));
    m_expiry->setObjectName(u"pointsExpiryMonths"_s);
    m_expiry->setRange(0, 120);
    m_expiry->setSpecialValueText(tr("never"));
    m_expiry->setSuffix(tr(" months"));
    m_expiry->setAccessibleName(tr("Points expire after"));
    m_expiry->setToolTip(tr("Points expire this many months after the day they were earned; what is left of them "
                            "then is expired (0: points never expire by themselves)."));
    m_value->setObjectName(u"pointsValue"_s);
    m_value->setRange(0, 1000000);
    m_value->setDecimals(4);
    m_value->setSingleStep(0.01);
    m_value->setAccessibleName(tr("Value of one point"));
    m_value->setToolTip(tr("What one point is worth when redeemed, in the workspace currency: the points "
                           "liability is the outstanding points times this (0: not set)."));
    m_notice->setObjectName(u"pointsNoticeDays"_s);
    m_notice->setRange(1, 365);
    m_notice->setSuffix(tr(" days"));
    m_notice->setAccessibleName(tr("Expiring soon within"));
    m_notice->setToolTip(tr("Points that expire within this many days count as expiring soon (the segment field "
                            "points_expiring)."));
    m_apply->setObjectName(u"pointsApplyRules"_s);
    m_summary->setObjectName(u"pointsSummary"_s);
    m_summary->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("Points on"), this);
    dayLabel->setBuddy(m_day);
    controls->addWidget(dayLabel);
    controls->addWidget(m_day);
    controls->addStretch(1);

    auto *cards = new QGridLayout(m_cardsBox);
    cards->setContentsMargins(0, 0, 0, 0);
    cards->setSpacing(10);
    int i = 0;
    for (const Figure figure : kCards) {
        KpiCard *card = addCard(figure);
        cards->addWidget(card, i / 3, i % 3);
        ++i;
    }

    auto *rules = new QGroupBox(tr("Points rules"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Points expire after"), m_expiry);
    form->addRow(tr("One point is worth"), m_value);
    form->addRow(tr("Expiring soon: within"), m_notice);
    auto *rulesLayout = new QHBoxLayout(rules);
    rulesLayout->addLayout(form);
    rulesLayout->addStretch(1);
    rulesLayout->addWidget(m_apply, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_cardsBox);
    layout->addWidget(rules);
    layout->addWidget(caption(tr("Points are used oldest first: each redemption, expiry or adjustment down takes the "
                                 "points earned earliest. A member who spent more than they held owes the rest, "
                                 "which their next points pay back. The ledger is what the programme recorded, "
                                 "imported as Member points."),
                              this));
    layout->addStretch(1);

    connect(m_day, &QDateEdit::dateChanged, this, [this] {
        if (m_settingDay)
            return;
        m_dayFromData = false;
        reload();
    });
    connect(m_apply, &QPushButton::clicked, this, &PointsPanel::applyRules);
}

KpiCard *PointsPanel::addCard(Figure figure)
{
    auto *card = new KpiCard(Figures::label(figure), m_cardsBox);
    card->setObjectName(u"points-"_s + Figures::name(figure));
    card->setToolTip(Figures::tooltip(figure));
    card->setMinimumWidth(150);
    m_cards.insert(Figures::name(figure), card);
    return card;
}

void PointsPanel::reload()
{
    if (!m_session->isOpen())
        return;
    m_session->membership()->points(m_dayFromData ? QDate() : m_day->date(), this,
                                    [this](const PointsAnswer &answer) { showFigures(answer); });
}

void PointsPanel::applyRules()
{
    PointsRules rules;
    rules.expiryMonths = m_expiry->value();
    rules.pointValue = m_value->value();
    rules.noticeDays = m_notice->value();
    m_apply->setEnabled(false);
    m_session->membership()->setPointsRules(rules, this, [this](const QString &error) {
        m_apply->setEnabled(true);
        if (!error.isEmpty())
            MessageBox::critical(this, tr("Points Rules"), tr("The points rules were not stored: %1").arg(error));
        reload();
    });
}

void PointsPanel::showFigures(const PointsAnswer &answer)
{
    if (!answer.error.isEmpty()) {
        m_summary->setText(answer.error);
        return;
    }
    const PointsSummary &s = answer.summary;
    m_settingDay = true;
    if (answer.referenceDate.isValid())
        m_day->setMaximumDate(answer.referenceDate.addYears(1));
    if (s.day.isValid())
        m_day->setDate(s.day);
    m_settingDay = false;
    m_expiry->setValue(answer.rules.expiryMonths);
    m_value->setValue(answer.rules.pointValue);
    m_value->setSuffix(u" "_s + answer.currency);
    m_notice->setValue(answer.rules.noticeDays);

    const bool any = s.issued != 0 || s.redeemed != 0 || s.expired != 0 || s.adjusted != 0;
    m_cardsBox->setVisible(any);
    if (!s.day.isValid()) {
        m_summary->setText(tr("The workspace holds no data yet."));
    } else if (!any) {
        m_summary->setText(tr("No points by %1. Import a points ledger (File ▸ Import…, Member points) with each "
                              "member's points earned, redeemed, expired or adjusted.")
                               .arg(DisplayFormat::date(s.day)));
    } else {
        QString text =
            tr("On %1 members hold %2 points").arg(DisplayFormat::date(s.day), DisplayFormat::count(s.outstanding));
        if (s.liabilityMinor)
            text += tr(", a liability of %1").arg(DisplayFormat::money(*s.liabilityMinor, answer.currency));
        text += answer.rules.expiryMonths > 0
            ? tr("; %1 of them expire within %2 days.").arg(DisplayFormat::count(s.expiring)).arg(s.noticeDays)
            : tr("; points never expire by themselves.");
        m_summary->setText(text);
    }
    const auto number = [](qint64 v) { return DisplayFormat::count(v); };
    m_cards.value(u"points_issued"_s)->setValue(s.issued, number(s.issued));
    m_cards.value(u"points_redeemed"_s)->setValue(s.redeemed, number(s.redeemed));
    m_cards.value(u"points_expired"_s)
        ->setValue(s.expired, number(s.expired),
                   answer.rules.expiryMonths > 0 ? tr("after %n month(s)", nullptr, answer.rules.expiryMonths)
                                                 : tr("as recorded"));
    m_cards.value(u"points_adjusted"_s)->setValue(s.adjusted, number(s.adjusted));
    m_cards.value(u"points_outstanding"_s)->setValue(s.outstanding, number(s.outstanding));
    m_cards.value(u"members_with_points"_s)->setValue(s.membersWithPoints, number(s.membersWithPoints));
    m_cards.value(u"points_expiring"_s)
        ->setValue(s.expiring, answer.rules.expiryMonths > 0 ? number(s.expiring) : DisplayFormat::undefined(),
                   tr("within %n day(s)", nullptr, s.noticeDays));
    m_cards.value(u"points_liability"_s)
        ->setValue(s.liabilityMinor.value_or(0),
                   s.liabilityMinor ? DisplayFormat::money(*s.liabilityMinor, answer.currency)
                                    : DisplayFormat::undefined(),
                   s.liabilityMinor ? QString() : tr("set the value of a point"));
    m_cards.value(u"redemption_rate"_s)
        ->setValue(s.redemptionRate ? std::llround(*s.redemptionRate * 10000) : 0,
                   s.redemptionRate ? DisplayFormat::percent(*s.redemptionRate) : DisplayFormat::undefined());
    m_loaded = true;
    Q_EMIT figuresShown();
}

} // namespace mwb::ui
