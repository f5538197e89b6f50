#include "LifecycleRulesDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

LifecycleRulesDialog::LifecycleRulesDialog(const LifecycleRules &rules, QWidget *parent)
    : QDialog(parent)
    , m_minPurchases(spin(1, 1000, QString(), u"advocateMinPurchases"_s))
    , m_windowDays(spin(1, 3650, tr(" days"), u"advocateWindowDays"_s))
    , m_promoterScore(spin(0, 10, QString(), u"promoterMinScore"_s))
    , m_referral(new QCheckBox(tr("Customers who referred someone are advocates"), this))
    , m_abandonAttempt(spin(1, 3650, tr(" days"), u"abandonAfterDaysAttempt"_s))
    , m_abandonAdopt(spin(1, 3650, tr(" days"), u"abandonAfterDaysAdopt"_s))
    , m_abandonAdvocate(spin(1, 3650, tr(" days"), u"abandonAfterDaysAdvocate"_s))
{
    setWindowTitle(tr("Lifecycle rules"));
    m_referral->setObjectName(u"referralMakesAdvocate"_s);

    auto *intro = new QLabel(tr("Aware: known, no engagement yet. Attempt: engaged, never bought. "
                                "Adopt: has bought. Advocate and Abandon as set below. "
                                "Every stage is recomputed when you apply new rules."),
                             this);
    intro->setWordWrap(true);

    auto *advocate = new QGroupBox(tr("Advocate"), this);
    auto *advocateForm = new QFormLayout(advocate);
    advocateForm->addRow(tr("At least this many purchases…"), m_minPurchases);
    advocateForm->addRow(tr("…within the last"), m_windowDays);
    advocateForm->addRow(tr("or a latest NPS answer of at least"), m_promoterScore);
    advocateForm->addRow(m_referral);

    auto *abandon = new QGroupBox(tr("Abandon: no purchase or engagement for"), this);
    auto *abandonForm = new QFormLayout(abandon);
    abandonForm->addRow(tr("Attempt customers"), m_abandonAttempt);
    abandonForm->addRow(tr("Adopt customers"), m_abandonAdopt);
    abandonForm->addRow(tr("Advocates"), m_abandonAdvocate);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] { setRules({}); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(advocate);
    layout->addWidget(abandon);
    layout->addWidget(buttons);
    setRules(rules);
}

QSpinBox *LifecycleRulesDialog::spin(int min, int max, const QString &suffix, const QString &name)
{
    auto *box = new QSpinBox(this);
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setObjectName(name);
    return box;
}

LifecycleRules LifecycleRulesDialog::rules() const
{
    LifecycleRules rules;
    rules.advocateMinPurchases = m_minPurchases->value();
    rules.advocateWindowDays = m_windowDays->value();
    rules.promoterMinScore = m_promoterScore->value();
    rules.referralMakesAdvocate = m_referral->isChecked();
    rules.abandonAfterDaysAttempt = m_abandonAttempt->value();
    rules.abandonAfterDaysAdopt = m_abandonAdopt->value();
    rules.abandonAfterDaysAdvocate = m_abandonAdvocate->value();
    return rules;
}

void LifecycleRulesDialog::setRules(const LifecycleRules &rules)
{
    m_minPurchases->setValue(rules.advocateMinPurchases);
    m_windowDays->setValue(rules.advocateWindowDays);
    m_promoterScore->setValue(rules.promoterMinScore);
    m_referral->setChecked(rules.referralMakesAdvocate);
    m_abandonAttempt->setValue(rules.abandonAfterDaysAttempt);
    m_abandonAdopt->setValue(rules.abandonAfterDaysAdopt);
    m_abandonAdvocate->setValue(rules.abandonAfterDaysAdvocate);
}

} // namespace mwb::ui
