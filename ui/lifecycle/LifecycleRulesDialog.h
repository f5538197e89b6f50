// LifecycleRulesDialog: the thresholds of the 5A rules, edited in place; the page applies
// them (every stage is recomputed).
#pragma once

#include "lifecycle/LifecycleRules.h"

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace mwb::ui {

class LifecycleRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LifecycleRulesDialog(const LifecycleRules &rules, QWidget *parent = nullptr);

    LifecycleRules rules() const;
    void setRules(const LifecycleRules &rules);

private:
    QSpinBox *spin(int min, int max, const QString &suffix, const QString &name);

    QSpinBox *m_minPurchases;
    QSpinBox *m_windowDays;
    QSpinBox *m_promoterScore;
    QCheckBox *m_referral;
    QSpinBox *m_abandonAttempt;
    QSpinBox *m_abandonAdopt;
    QSpinBox *m_abandonAdvocate;
};

} // namespace mwb::ui
