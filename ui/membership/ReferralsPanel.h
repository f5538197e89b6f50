// ReferralsPanel: the referral programme on the Members page: how many referrers brought how
// many customers, what those customers bought (their first orders and all their revenue), what
// the programme cost per referred customer (the costs entered here), and the top referrers;
// double-clicking a referrer opens their profile with their referral tree (membership/Referrals.h).
#pragma once

#include "membership/Referrals.h"

#include <QHash>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace mwb::ui {

class KpiCard;
class WorkspaceSession;
struct ReferralsAnswer;

class ReferralsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReferralsPanel(WorkspaceSession *session, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    KpiCard *card(const QString &name) const { return m_cards.value(name); }
    QTableWidget *topReferrers() const { return m_top; }
    QDoubleSpinBox *reward() const { return m_reward; }
    QDoubleSpinBox *otherCosts() const { return m_other; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *summary() const { return m_summary; }

    void reload();
    // Stores the costs in the editors, then reloads.
    void applyCosts();

Q_SIGNALS:
    void figuresShown();

private:
    void showFigures(const ReferralsAnswer &answer);

    WorkspaceSession *m_session;
    QLabel *m_summary;
    QWidget *m_figures;
    QTableWidget *m_top;
    QDoubleSpinBox *m_reward;
    QDoubleSpinBox *m_other;
    QPushButton *m_apply;
    QHash<QString, KpiCard *> m_cards;
    QList<qint64> m_topIds;
    bool m_loaded = false;
};

} // namespace mwb::ui
