// CustomerProfileDialog: one customer's profile in a window of its own (non-modal, one per
// customer): who they are (name, stage, identities, attributes, tags), their figures and
// campaigns, and their journey day by day. Everything is loaded on a worker and shown
// when it lands. Tags are added and removed here; "Merge with…" makes another customer
// (the same person) one with this one, after saying what will move.
#pragma once

#include "customers/CustomerMerge.h"
#include "customers/CustomerProfile.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace mwb::ui {

class CustomerFactsView;
class CustomerTagEditor;
class JourneyTimeline;
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
    JourneyTimeline *journey() const { return m_journey; }
    CustomerTagEditor *tagEditor() const { return m_tags; }
    QPushButton *mergeButton() const { return m_merge; }

    // Loads the profile and the journey again.
    void reload();
    // Opens the picker of the customer to merge (window-modal; it deletes itself when
    // closed). Choosing one leads to mergeWith().
    MergeCustomerDialog *chooseMerge();
    // Says what will move from the merged customer to the kept one and, when confirmed,
    // merges on a worker; mergeFinished() follows (also when declined or failed).
    void mergeWith(qint64 otherId, bool keepOther = false);
    const MergeResult &lastMerge() const { return m_lastMerge; }

Q_SIGNALS:
    void loaded();
    // The profile shows another customer now (this one was merged into it).
    void customerChanged(qint64 fromId, qint64 toId);
    void tagsSaved(const QString &error);
    void mergeFinished();

private:
    void showLoad(const CustomerProfileLoad &load);
    void editTag(const QString &tag, bool add);
    void confirmMerge(const CustomerProfileData &kept, const CustomerProfileData &merged);

    WorkspaceSession *m_session;
    qint64 m_customerId;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_merging = false;
    CustomerProfileData m_profile;
    MergeResult m_lastMerge;

    QLabel *m_name;
    QLabel *m_stage;
    QLabel *m_subtitle;
    QLabel *m_status;
    QPushButton *m_merge;
    CustomerFactsView *m_facts;
    CustomerTagEditor *m_tags;
    JourneyTimeline *m_journey;
};

} // namespace mwb::ui
