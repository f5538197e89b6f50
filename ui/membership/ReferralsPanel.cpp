#include "ReferralsPanel.h"

#include "DisplayFormat.h"
#include "WorkspaceSession.h"
#include "dialogs/MessageBox.h"
#include "membership/MembershipService.h"
#include "vocabulary/Figures.h"
#include "widgets/Caption.h"
#include "widgets/KpiCard.h"
#include "widgets/ReadOnlyTable.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

constexpr Figure kCards[] = {Figure::Referrers, Figure::ReferredCustomers, Figure::FirstOrderRevenue,
                             Figure::ReferredRevenue, Figure::CostPerReferred};

QTableWidgetItem *number(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ReferralsPanel::ReferralsPanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_figures(new QWidget(this))
    , m_top(new QTableWidget(0, 5, this))
    , m_reward(new QDoubleSpinBox(this))
    , m_other(new QDoubleSpinBox(this))
    , m_apply(new QPushButton(tr("Apply Costs"), this))
{
    m_summary->setObjectName(u"referralsSummary"_s);
    m_summary->setWordWrap(true);
    m_top->setObjectName(u"topReferrers"_s);
    m_top->setAccessibleName(tr("Top referrers"));
    ReadOnlyTable::setUp(m_top);
    m_top->setHorizontalHeaderLabels({tr("Customer"), Figures::label(Figure::ReferredCustomers),
                                      Figures::label(Figure::FirstOrderRevenue),
                                      Figures::label(Figure::ReferredRevenue), tr("Later revenue")});
    m_top->horizontalHeaderItem(1)->setToolTip(tr("The customers this referrer brought."));
    m_top->horizontalHeaderItem(2)->setToolTip(Figures::tooltip(Figure::FirstOrderRevenue));
    m_top->horizontalHeaderItem(3)->setToolTip(Figures::tooltip(Figure::ReferredRevenue));
    m_top->horizontalHeaderItem(4)->setToolTip(tr("Referred revenue less first-order revenue: what the referred "
                                                  "customers bought after their first order."));
    m_top->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_top->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_top->setMinimumHeight(220);
    m_top->setToolTip(tr("Double-click a referrer to open their profile and referral tree."));
    for (QDoubleSpinBox *box : {m_reward, m_other}) {
        box->setRange(0, 1e9);
        box->setDecimals(2);
    }
    m_reward->setObjectName(u"referralReward"_s);
    m_reward->setAccessibleName(tr("Reward per referred customer"));
    m_other->setObjectName(u"referralOtherCosts"_s);
    m_other->setAccessibleName(tr("Other costs of the programme"));
    m_other->setToolTip(tr("What else the referral programme cost: its campaigns, materials, prizes."));
    m_apply->setObjectName(u"referralApplyCosts"_s);

    auto *cards = new QGridLayout;
    cards->setSpacing(10);
    int i = 0;
    for (const Figure figure : kCards) {
        auto *card = new KpiCard(Figures::label(figure), m_figures);
        card->setObjectName(u"referrals-"_s + Figures::name(figure));
        card->setToolTip(Figures::tooltip(figure));
        card->setMinimumWidth(150);
        m_cards.insert(Figures::name(figure), card);
        cards->addWidget(card, 0, i++);
    }
    auto *figures = new QVBoxLayout(m_figures);
    figures->setContentsMargins(0, 0, 0, 0);
    figures->setSpacing(12);
    figures->addLayout(cards);
    figures->addWidget(
        caption(tr("<b>Top referrers</b> – most customers brought first, then most revenue."), m_figures));
    figures->addWidget(m_top);

    auto *costs = new QGroupBox(tr("Programme costs"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Reward per referred customer"), m_reward);
    form->addRow(tr("Other costs"), m_other);
    auto *costsLayout = new QHBoxLayout(costs);
    costsLayout->addLayout(form);
    costsLayout->addStretch(1);
    costsLayout->addWidget(m_apply, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_summary);
    layout->addWidget(m_figures);
    layout->addWidget(costs);
    layout->addWidget(caption(tr("Who brought whom comes from a referral file (File ▸ Import…, Referrals) or the "
                                 "referred-by column of contacts. A customer has one referrer: the first one "
                                 "imported."),
                              this));
    layout->addStretch(1);

    connect(m_apply, &QPushButton::clicked, this, &ReferralsPanel::applyCosts);
    connect(m_top, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_topIds.size())
            m_session->openProfile(m_topIds[row], this);
    });
}

void ReferralsPanel::reload()
{
    if (!m_session->isOpen())
        return;
    m_session->membership()->referrals(20, this, [this](const ReferralsAnswer &answer) { showFigures(answer); });
}

void ReferralsPanel::applyCosts()
{
    m_apply->setEnabled(false);
    m_session->membership()->setReferralCosts(
        {m_reward->value(), m_other->value()}, this, [this](const QString &error) {
            m_apply->setEnabled(true);
            if (!error.isEmpty())
                MessageBox::critical(this, tr("Programme Costs"), tr("The costs were not stored: %1").arg(error));
            reload();
        });
}

void ReferralsPanel::showFigures(const ReferralsAnswer &answer)
{
    if (!answer.error.isEmpty()) {
        m_summary->setText(answer.error);
        return;
    }
    const ReferralSummary &s = answer.summary;
    const QString currency = answer.currency;
    m_reward->setSuffix(u" "_s + currency);
    m_other->setSuffix(u" "_s + currency);
    if (answer.costs) {
        m_reward->setValue(answer.costs->rewardPerReferral);
        m_other->setValue(answer.costs->otherCosts);
    }
    m_figures->setVisible(s.referredCustomers > 0);
    if (s.referredCustomers == 0) {
        m_summary->setText(tr("No referrals yet. Import who brought whom (File ▸ Import…, Referrals), or contacts "
                              "with a referred-by column."));
    } else {
        QString text = tr("%1 referrers brought %2 customers, %3 of whom have bought.")
                           .arg(DisplayFormat::count(s.referrers), DisplayFormat::count(s.referredCustomers),
                                DisplayFormat::count(s.referredBuyers));
        if (s.costPerReferredMinor)
            text += tr(" The programme cost %1, %2 per referred customer.")
                        .arg(DisplayFormat::money(*s.costMinor, currency),
                             DisplayFormat::money(std::llround(*s.costPerReferredMinor), currency));
        else
            text += tr(" Enter the programme's costs below for the cost per referred customer.");
        m_summary->setText(text);
    }
    m_cards.value(u"referrers"_s)->setValue(s.referrers, DisplayFormat::count(s.referrers));
    m_cards.value(u"referred_customers"_s)
        ->setValue(s.referredCustomers, DisplayFormat::count(s.referredCustomers),
                   tr("%1 bought").arg(DisplayFormat::count(s.referredBuyers)));
    m_cards.value(u"first_order_revenue"_s)
        ->setValue(s.firstOrderRevenueMinor, DisplayFormat::money(s.firstOrderRevenueMinor, currency));
    m_cards.value(u"referred_revenue"_s)
        ->setValue(s.referredRevenueMinor, DisplayFormat::money(s.referredRevenueMinor, currency));
    m_cards.value(u"cost_per_referred"_s)
        ->setValue(s.costPerReferredMinor ? std::llround(*s.costPerReferredMinor) : 0,
                   s.costPerReferredMinor ? DisplayFormat::money(std::llround(*s.costPerReferredMinor), currency)
                                          : DisplayFormat::undefined(),
                   s.costPerReferredMinor ? QString() : tr("enter the costs"));

    m_top->setRowCount(int(s.top.size()));
    m_topIds.clear();
    for (int row = 0; row < s.top.size(); ++row) {
        const Referrer &r = s.top[row];
        const QString id = r.externalId.isEmpty() ? QString::number(r.customerId) : r.externalId;
        m_top->setItem(row, 0, new QTableWidgetItem(r.name.isEmpty() ? id : u"%1 (%2)"_s.arg(r.name, id)));
        m_top->setItem(row, 1, number(DisplayFormat::count(r.referred)));
        m_top->setItem(row, 2, number(DisplayFormat::money(r.firstOrderRevenueMinor, currency)));
        m_top->setItem(row, 3, number(DisplayFormat::money(r.revenueMinor, currency)));
        m_top->setItem(row, 4, number(DisplayFormat::money(r.revenueMinor - r.firstOrderRevenueMinor, currency)));
        m_topIds << r.customerId;
    }
    m_loaded = true;
    Q_EMIT figuresShown();
}

} // namespace mwb::ui
