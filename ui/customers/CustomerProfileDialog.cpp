#include "CustomerProfileDialog.h"

#include "CustomerFactsView.h"
#include "ReferralTreeView.h"
#include "ProfileLauncher.h"
#include "CustomerService.h"
#include "CustomerTagEditor.h"
#include "DisplayFormat.h"
#include "JourneyTimeline.h"
#include "MergeCustomerDialog.h"
#include "WorkspaceSession.h"
#include "dialogs/MessageBox.h"
#include "lifecycle/StageStyle.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QString displayName(const CustomerProfileData &p)
{
    if (!p.name.isEmpty())
        return p.name;
    return p.externalId.isEmpty() ? CustomerProfileDialog::tr("Customer %1").arg(p.id) : p.externalId;
}

} // namespace

CustomerProfileDialog::CustomerProfileDialog(WorkspaceSession *session, qint64 customerId, QWidget *parent)
    : QDialog(parent, Qt::Window)
    , m_session(session)
    , m_customerId(customerId)
    , m_name(new QLabel(this))
    , m_stage(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_status(new QLabel(tr("Loading the profile…"), this))
    , m_merge(new QPushButton(tr("Merge with…"), this))
    , m_forget(new QPushButton(tr("Forget Customer…"), this))
    , m_facts(new CustomerFactsView(this))
    , m_referrals(new ReferralTreeView(this))
    , m_referralsBox(new QGroupBox(tr("Referrals"), this))
    , m_tags(new CustomerTagEditor(this))
    , m_journey(new JourneyTimeline(this))
{
    setObjectName(u"customerProfile"_s);
    setModal(false);
    resize(1240, 780);

    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setWeight(QFont::DemiBold);
    m_name->setFont(big);
    m_name->setObjectName(u"profileName"_s);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stage->setObjectName(u"profileStage"_s);
    m_subtitle->setObjectName(u"profileSubtitle"_s);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"profileStatus"_s);
    m_merge->setObjectName(u"profileMerge"_s);
    m_merge->setAccessibleName(tr("Merge with another customer"));
    m_merge->setToolTip(tr("Make another customer who is the same person one with this one"));
    m_merge->setEnabled(false);
    connect(m_merge, &QPushButton::clicked, this, &CustomerProfileDialog::chooseMerge);
    m_forget->setObjectName(u"profileForget"_s);
    m_forget->setAccessibleName(tr("Forget this customer"));
    m_forget->setToolTip(tr("Remove everything that identifies this person (a request to erase their data); "
                            "their orders and touchpoints stay, anonymous"));
    m_forget->setEnabled(false);
    connect(m_forget, &QPushButton::clicked, this, &CustomerProfileDialog::forgetCustomer);

    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(12);
    nameRow->addWidget(m_name);
    nameRow->addWidget(m_stage);
    nameRow->addStretch(1);
    nameRow->addWidget(m_status);
    nameRow->addWidget(m_merge);
    nameRow->addWidget(m_forget);

    auto *tagsBox = new QGroupBox(tr("Tags"), this);
    (new QVBoxLayout(tagsBox))->addWidget(m_tags);
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 8, 0);
    detailsLayout->addWidget(tagsBox);
    detailsLayout->addWidget(m_facts, 1);
    m_referralsBox->setObjectName(u"profileReferrals"_s);
    (new QVBoxLayout(m_referralsBox))->addWidget(m_referrals);
    m_referralsBox->hide();
    detailsLayout->addWidget(m_referralsBox);
    connect(m_referrals, &ReferralTreeView::customerActivated, this,
            [this](qint64 id) { m_session->profiles()->open(id, parentWidget()); });
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *journeyBox = new QGroupBox(tr("Journey"), this);
    (new QVBoxLayout(journeyBox))->addWidget(m_journey);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(scroll);
    splitter->addWidget(journeyBox);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 7);
    splitter->setSizes({520, 700});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->addLayout(nameRow);
    layout->addWidget(m_subtitle);
    layout->addWidget(splitter, 1);

    connect(m_tags, &CustomerTagEditor::addRequested, this, [this](const QString &tag) { editTag(tag, true); });
    connect(m_tags, &CustomerTagEditor::removeRequested, this, [this](const QString &tag) { editTag(tag, false); });

    setWindowTitle(tr("Customer %1").arg(customerId));
    reload();
}

void CustomerProfileDialog::reload()
{
    const quint64 generation = ++m_generation;
    m_status->setText(tr("Loading…"));
    m_session->customers()->loadProfile(m_customerId, this, [this, generation](const CustomerProfileLoad &load) {
        if (generation == m_generation)
            showLoad(load);
    });
}

void CustomerProfileDialog::showLoad(const CustomerProfileLoad &load)
{
    const QString error = !load.error.isEmpty() ? load.error : load.profile.error;
    if (!error.isEmpty()) {
        m_status->setText(tr("The profile could not be read: %1").arg(error));
        m_shown = false;
        updateActions();
        m_loaded = true;
        Q_EMIT loaded();
        return;
    }
    m_profile = load.profile;
    const QString currency = m_session->currency();
    const QString name = displayName(m_profile);
    setWindowTitle(tr("%1 — Customer profile").arg(name));
    m_name->setText(name);
    const auto stage = stageFromName(m_profile.stage);
    if (stage) {
        const QColor color = StageStyle::color(*stage);
        m_stage->setText(
            m_profile.stageSince.isValid()
                ? tr("%1 since %2").arg(StageStyle::displayName(*stage), DisplayFormat::date(m_profile.stageSince))
                : StageStyle::displayName(*stage));
        m_stage->setStyleSheet(u"QLabel { background: %1; color: white; border-radius: 10px; padding: 3px 10px; "
                               "font-weight: 600; }"_s.arg(color.name()));
        m_stage->show();
    } else {
        m_stage->hide();
    }
    QStringList subtitle{m_profile.externalId};
    if (!m_profile.email.isEmpty())
        subtitle << m_profile.email;
    if (!m_profile.phone.isEmpty())
        subtitle << m_profile.phone;
    if (!m_profile.city.isEmpty())
        subtitle << m_profile.city;
    m_subtitle->setText(subtitle.join(u"  ·  "_s));
    m_facts->setProfile(m_profile, currency);
    m_referrals->setTree(load.referrals, currency);
    m_referralsBox->setVisible(!m_referrals->isEmpty());
    m_tags->setTags(m_profile.tags);
    m_tags->setBusy(false);
    m_journey->setTimeline(load.timeline, currency);
    m_status->clear();
    m_shown = true;
    updateActions();
    m_loaded = true;
    Q_EMIT loaded();
}

void CustomerProfileDialog::editTag(const QString &tag, bool add)
{
    m_tags->setBusy(true);
    auto done = [this](const QString &error) {
        if (!error.isEmpty()) {
            m_tags->setBusy(false);
            MessageBox::critical(this, tr("Tags"), error);
        }
        reload(); // the tags as the workspace now has them
        Q_EMIT tagsSaved(error);
    };
    if (add)
        m_session->customers()->addTag(m_customerId, tag, this, done);
    else
        m_session->customers()->removeTag(m_customerId, tag, this, done);
}

MergeCustomerDialog *CustomerProfileDialog::chooseMerge()
{
    if (!m_shown || m_merging || m_forgetting)
        return nullptr;
    auto *picker = new MergeCustomerDialog(m_session->customers(), m_customerId, displayName(m_profile), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowModality(Qt::WindowModal);
    connect(picker, &QDialog::accepted, this, [this, picker] { mergeWith(picker->chosenId(), picker->keepChosen()); });
    picker->open();
    return picker;
}

void CustomerProfileDialog::mergeWith(qint64 otherId, bool keepOther)
{
    if (otherId <= 0 || otherId == m_customerId || m_merging || m_forgetting)
        return;
    m_merging = true;
    updateActions();
    m_status->setText(tr("Reading the other customer…"));
    // What will move is read from the merged customer's profile before anything is asked.
    const CustomerProfileData current = m_profile;
    m_session->customers()->loadProfile(otherId, this, [this, current, keepOther](const CustomerProfileLoad &load) {
        if (!load.error.isEmpty() || !load.profile.ok()) {
            m_merging = false;
            updateActions();
            m_status->clear();
            m_lastMerge = {};
            m_lastMerge.error = !load.error.isEmpty() ? load.error : load.profile.error;
            MessageBox::critical(this, tr("Merge customers"), m_lastMerge.error);
            Q_EMIT mergeFinished();
            return;
        }
        if (keepOther)
            confirmMerge(load.profile, current);
        else
            confirmMerge(current, load.profile);
    });
}

void CustomerProfileDialog::confirmMerge(const CustomerProfileData &kept, const CustomerProfileData &merged)
{
    qint64 newTags = 0;
    for (const QString &tag : merged.tags)
        newTags += kept.tags.contains(tag) ? 0 : 1;
    const QString text =
        tr("Merge “%1” (%2) into “%3” (%4)?\n\n"
           "Moves to “%3”: %5 identities, %6 orders, %7 touchpoints, %8 new tags and %9 campaign memberships; "
           "their empty details are filled from “%1”.\n\n"
           "“%1” is then removed. The merge is logged, but it cannot be undone here.")
            .arg(displayName(merged), merged.externalId, displayName(kept), kept.externalId,
                 DisplayFormat::count(merged.identities.size()), DisplayFormat::count(merged.orders),
                 DisplayFormat::count(merged.events), DisplayFormat::count(newTags),
                 DisplayFormat::count(merged.campaigns.size()));
    if (!MessageBox::confirm(this, tr("Merge customers"), text)) {
        m_merging = false;
        updateActions();
        m_status->clear();
        m_lastMerge = {};
        m_lastMerge.error = tr("Not merged.");
        Q_EMIT mergeFinished();
        return;
    }
    m_status->setText(tr("Merging…"));
    m_session->customers()->merge(kept.id, merged.id, this, [this](const MergeResult &result) {
        m_merging = false;
        m_lastMerge = result;
        m_status->clear();
        if (!result.ok()) {
            updateActions();
            MessageBox::critical(this, tr("Merge customers"), result.error);
            Q_EMIT mergeFinished();
            return;
        }
        if (result.keptId != m_customerId) {
            const qint64 from = m_customerId;
            m_customerId = result.keptId;
            Q_EMIT customerChanged(from, m_customerId);
        }
        reload();
        Q_EMIT mergeFinished();
    });
}

void CustomerProfileDialog::forgetCustomer()
{
    if (!m_shown || m_merging || m_forgetting)
        return;
    m_forgetting = true;
    updateActions();
    const QString name = displayName(m_profile);
    const QString who = m_profile.externalId.isEmpty() || m_profile.externalId == name
        ? tr("“%1”").arg(name)
        : tr("“%1” (%2)").arg(name, m_profile.externalId);
    // Says what CustomerPrivacy::forget removes and what it keeps.
    const QString text =
        tr("Forget %1?\n\n"
           "Removed: their %2 identifiers (customer id, e-mail address, phone number), their name, city, region, "
           "country, gender, birth date, custom attributes and %3 tags, the free text of their touchpoints, and "
           "what undoing an import would restore for them. Their member tokens in %4 campaigns are replaced, so a "
           "list already sent can no longer be tied back to them.\n\n"
           "Kept, no longer tied to a person: their orders and revenue, the type, channel and time of their "
           "touchpoints, their sign-up date, tier and source channel, their lifecycle stage and their campaign "
           "groups and results, so every figure stays as it is.\n\n"
           "The request is logged without personal data. This cannot be undone.")
            .arg(who, DisplayFormat::count(m_profile.identities.size()), DisplayFormat::count(m_profile.tags.size()),
                 DisplayFormat::count(m_profile.campaigns.size()));
    if (!MessageBox::confirm(this, tr("Forget customer"), text)) {
        m_forgetting = false;
        updateActions();
        m_lastForget = {};
        m_lastForget.customerId = m_customerId;
        m_lastForget.error = tr("Not forgotten.");
        Q_EMIT forgetFinished();
        return;
    }
    m_status->setText(tr("Forgetting…"));
    m_session->customers()->forgetCustomer(m_customerId, this, [this](const ForgetResult &result) {
        m_forgetting = false;
        m_lastForget = result;
        m_status->clear();
        if (!result.ok()) {
            updateActions();
            MessageBox::critical(this, tr("Forget customer"), result.error);
            Q_EMIT forgetFinished();
            return;
        }
        Q_EMIT forgetFinished();
        close(); // nothing of the person is left to show
    });
}

void CustomerProfileDialog::updateActions()
{
    const bool idle = m_shown && !m_merging && !m_forgetting && !m_session->readOnly();
    m_merge->setEnabled(idle);
    m_forget->setEnabled(idle);
}

} // namespace mwb::ui
