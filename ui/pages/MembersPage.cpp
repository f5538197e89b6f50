#include "MembersPage.h"

#include "WorkspaceSession.h"
#include "membership/ActiveMembersPanel.h"
#include "membership/MembershipService.h"
#include "membership/PointsPanel.h"
#include "membership/ReferralsPanel.h"
#include "membership/TiersPanel.h"

#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

MembersPage::MembersPage(WorkspaceSession *session, QWidget *parent)
    : WorkbenchPage(parent)
    , m_session(session)
    , m_heading(createHeading(tr("Members")))
    , m_subheading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_tiers(new TiersPanel(session, this))
    , m_active(new ActiveMembersPanel(session, this))
    , m_points(new PointsPanel(session, this))
    , m_referrals(new ReferralsPanel(session, this))
{
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    m_subheading->setWordWrap(true);
    m_subheading->setText(tr("The member programme: who is in which tier and how they move, and how many members "
                             "are active month by month, the points they hold and whom they brought."));
    m_tabs->setObjectName(u"membersTabs"_s);
    addPanel(m_tiers, tr("Tiers"));
    addPanel(m_active, tr("Active members"));
    addPanel(m_points, tr("Points"));
    addPanel(m_referrals, tr("Referrals"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_tabs, 1);

    connect(m_tiers, &TiersPanel::figuresShown, this, &MembersPage::checkReady);
    connect(m_active, &ActiveMembersPanel::figuresShown, this, &MembersPage::checkReady);
    connect(m_points, &PointsPanel::figuresShown, this, &MembersPage::checkReady);
    connect(m_referrals, &ReferralsPanel::figuresShown, this, &MembersPage::checkReady);
    // New rules move the tiers of every line of the active member chart too.
    connect(m_session->membership(), &MembershipService::tiersChanged, m_active, &ActiveMembersPanel::reload);
    connect(m_session, &WorkspaceSession::opened, this, [this] { m_readySent = false; });
    connect(m_session, &WorkspaceSession::overviewChanged, this, &MembersPage::reload);
    connect(m_session, &WorkspaceSession::scoresChanged, this, &MembersPage::reload);
    if (m_session->loaded())
        reload();
}

void MembersPage::addPanel(QWidget *panel, const QString &title)
{
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, title);
}

QString MembersPage::pageId() const
{
    return u"members"_s;
}

QString MembersPage::title() const
{
    return tr("Members");
}

QIcon MembersPage::icon() const
{
    return QIcon(u":/icons/members.svg"_s);
}

bool MembersPage::isReady() const
{
    return m_tiers->isLoaded() && m_active->isLoaded() && m_points->isLoaded() && m_referrals->isLoaded();
}

void MembersPage::showEvent(QShowEvent *event)
{
    WorkbenchPage::showEvent(event);
    if (m_stale)
        reload();
}

void MembersPage::reload()
{
    if (!m_session->isOpen())
        return;
    // The active member rate reads every order and touchpoint: a page nobody looks at
    // waits until it is shown.
    m_stale = !isVisible();
    if (m_stale)
        return;
    m_tiers->reload();
    m_active->reload();
    m_points->reload();
    m_referrals->reload();
}

void MembersPage::checkReady()
{
    if (m_readySent || !isReady())
        return;
    m_readySent = true;
    Q_EMIT ready();
}

} // namespace mwb::ui
