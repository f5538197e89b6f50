// MembersPage: the member programme. One tab per part of it: "Tiers" (the members by tier on
// a day, the migration between two days, the tier rules) and "Active members" (the active
// member rate by month, overall and by tier, with the campaigns' send days marked). Another
// part of the programme is another panel added as a tab here (addPanel), loaded with the
// others whenever the workspace's figures change and the page is shown.
#pragma once

#include "WorkbenchPage.h"

class QLabel;
class QTabWidget;

namespace mwb::ui {

class ActiveMembersPanel;
class PointsPanel;
class ReferralsPanel;
class TiersPanel;
class WorkspaceSession;

class MembersPage : public WorkbenchPage
{
    Q_OBJECT

public:
    explicit MembersPage(WorkspaceSession *session, QWidget *parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    bool isReady() const override;

    TiersPanel *tiers() const { return m_tiers; }
    ActiveMembersPanel *activeMembers() const { return m_active; }
    PointsPanel *points() const { return m_points; }
    ReferralsPanel *referrals() const { return m_referrals; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Adds a part of the programme as a tab (scrolling when taller than the page).
    void addPanel(QWidget *panel, const QString &title);
    void reload();
    void checkReady();

    WorkspaceSession *m_session;
    QLabel *m_heading;
    QLabel *m_subheading;
    QTabWidget *m_tabs;
    TiersPanel *m_tiers;
    ActiveMembersPanel *m_active;
    PointsPanel *m_points;
    ReferralsPanel *m_referrals;
    bool m_readySent = false;
    bool m_stale = false; // figures changed while the page was hidden
};

} // namespace mwb::ui
