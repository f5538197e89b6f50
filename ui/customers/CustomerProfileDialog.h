// CustomerProfileDialog: one customer's profile in a window of its own (non-modal, one per
// customer): who they are (name, stage, identities, attributes, tags), their figures and
// campaigns, and their journey day by day. Everything is loaded on a worker and shown
// when it lands. Tags are added and removed here; "Merge with…" makes another customer
// (the same person) one with this one, after saying what will move; "Forget Customer…"
// removes everything that identifies the person (a data-subject erasure request), after
// saying what goes and what stays, and closes the profile.
#pragma once

#include "customers/CustomerMerge.h"
#include "customers/CustomerPrivacy.h"
#include "customers/CustomerProfile.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace mwb::ui {

class CustomerFactsView;
class CustomerTagEditor;
class JourneyTimeline;
class ReferralTreeView;
class MergeCustomerDialog;
class WorkspaceSession;
struct CustomerProfileLoad;

class CustomerProfileDialog : public QDialog
{
    Q_OBJECT

public:
    CustomerProfileDialog(WorkspaceSession *session, qint64 customerId, QWidget *parent = nullptr);

    qint64 customerId() const { return m_customerId; }
    bool isLoaded() const { return m_loaded; }
    const CustomerProfileData &profile() const { return m_profile; }
    CustomerFactsView *facts() const { return m_facts; }
    ReferralTreeView *referrals() const { return m_referrals; }
    JourneyTimeline *journey() const { return m_journey; }
    CustomerTagEditor *tagEditor() const { return m_tags; }
    QPushButton *mergeButton() const { return m_merge; }
    QPushButton *forgetButton() const { return m_forget; }

    // Loads the profile and the journey again.
    void reload();
    // Opens the picker of the customer to merge (window-modal; it deletes itself when
    // closed). Choosing one leads to mergeWith().
    MergeCustomerDialog *chooseMerge();
    // Says what will move from the merged customer to the kept one and, when confirmed,
    // merges on a worker; mergeFinished() follows (also when declined or failed).
    void mergeWith(qint64 otherId, bool keepOther = false);
    const MergeResult &lastMerge() const { return m_lastMerge; }
    // Says what will be removed and what kept and, when confirmed, forgets the customer on
    // a worker and closes the profile; forgetFinished() follows (also when declined or
    // failed).
    void forgetCustomer();
    const ForgetResult &lastForget() const { return m_lastForget; }

Q_SIGNALS:
    void loaded();
    // The profile shows another customer now (this one was merged into it).
    void customerChanged(qint64 fromId, qint64 toId);
    void tagsSaved(const QString &error);
    void mergeFinished();
    void forgetFinished();

private:
    void showLoad(const CustomerProfileLoad &load);
    void editTag(const QString &tag, bool add);
    void confirmMerge(const CustomerProfileData &kept, const CustomerProfileData &merged);
    // The write actions are offered once the profile is shown and while none is running.
    void updateActions();

    WorkspaceSession *m_session;
    qint64 m_customerId;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_shown = false; // the last load succeeded: the profile on screen is this customer's
    bool m_merging = false;
    bool m_forgetting = false;
    CustomerProfileData m_profile;
    MergeResult m_lastMerge;
    ForgetResult m_lastForget;

    QLabel *m_name;
    QLabel *m_stage;
    QLabel *m_subtitle;
    QLabel *m_status;
    QPushButton *m_merge;
    QPushButton *m_forget;
    CustomerFactsView *m_facts;
    ReferralTreeView *m_referrals;
    QWidget *m_referralsBox;
    CustomerTagEditor *m_tags;
    JourneyTimeline *m_journey;
};

} // namespace mwb::ui
