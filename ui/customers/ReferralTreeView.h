// ReferralTreeView: a customer's place in the referral programme, in their profile: who
// referred them (nearest first) and everyone referred down from them, with the day each was
// referred and what each has bought (membership/Referrals.h). Activating a customer asks for
// their profile.
#pragma once

#include "membership/Referrals.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace mwb::ui {

class ReferralTreeView : public QWidget
{
    Q_OBJECT

public:
    explicit ReferralTreeView(QWidget *parent = nullptr);

    void setTree(const ReferralTree &tree, const QString &currency);
    // Whether there is anything to show: a referrer or anyone referred.
    bool isEmpty() const { return m_empty; }
    QTreeWidget *tree() const { return m_tree; }
    QLabel *referredBy() const { return m_referredBy; }

Q_SIGNALS:
    void customerActivated(qint64 customerId);

private:
    QTreeWidgetItem *item(const ReferralNode &node, const QString &currency) const;

    QLabel *m_referredBy;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    bool m_empty = true;
};

} // namespace mwb::ui
