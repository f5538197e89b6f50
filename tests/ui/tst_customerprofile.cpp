// A customer's profile driven offscreen on a demo workspace: its figures are
// CustomerProfile::load's; the journey shows every TimelineItem once, grouped under day
// headers in order, reversed by the order toggle and narrowed by kind and channel; a tag
// added or removed through the window is what the core then has; a merge through the
// window moves the other customer's orders to this one (core counts before and after),
// the other customer is gone and the session's figures follow; "Forget Customer…" through
// the window does to the workspace exactly what CustomerPrivacy::forget does to a copy of
// it and closes the profile, and a declined forget changes nothing.
#include "DisplayFormat.h"
#include "WorkspaceSession.h"
#include "customers/CustomerDirectory.h"
#include "customers/CustomerFactsView.h"
#include "customers/CustomerMerge.h"
#include "customers/CustomerPrivacy.h"
#include "customers/CustomerProfile.h"
#include "customers/CustomerProfileDialog.h"
#include "customers/ReferralTreeView.h"
#include "customers/CustomerService.h"
#include "customers/CustomerTagEditor.h"
#include "customers/JourneyTimeline.h"
#include "customers/MergeCustomerDialog.h"
#include "customers/ProfileLauncher.h"
#include "demo/DemoGenerator.h"
#include "dialogs/MessageBox.h"
#include "lifecycle/StageStyle.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace Qt::StringLiterals;
using namespace mwb;
using namespace mwb::ui;

using Figure = CustomerFactsView::Figure;

class TestCustomerProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void figuresAreTheCore();
    void journeyShowsEveryEntryOnceByDay();
    void journeyFilters();
    void referralTreeAndPointsFromTheWorkspace();
    void tagsAddedAndRemovedThroughTheWindow();
    void mergeMovesTheOtherCustomersOrders();
    void declinedMergeChangesNothing();
    void forgetThroughTheWindowIsTheCoresForget();
    void declinedForgetChangesNothing();

private:
    std::unique_ptr<Workspace> core();
    CustomerProfileDialog *openLoaded(qint64 id);
    // The richest customers of the demo: Champions with the most orders.
    QList<CustomerListRow> champions(int count);

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path;
    std::unique_ptr<WorkspaceSession> m_session;
};

void TestCustomerProfile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QLocale::system().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::setOrganizationName(u"MarketingWorkbenchTest"_s);
    QCoreApplication::setApplicationName(u"tst_customerprofile"_s);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.mwb"_s);
    DemoOptions options;
    options.customers = 800;
    QVERIFY(DemoGenerator::create(m_demo, options).error.message.isEmpty());
}

void TestCustomerProfile::init()
{
    m_path = m_dir.filePath(u"%1.mwb"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    QVERIFY(QFile::copy(m_demo, m_path));
    m_session = std::make_unique<WorkspaceSession>();
    QVERIFY(m_session->open(m_path).message.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->loaded(), 10000);
}

void TestCustomerProfile::cleanup()
{
    if (m_session)
        m_session->profiles()->closeAll();
    QTest::qWait(0);
    m_session.reset();
}

std::unique_ptr<Workspace> TestCustomerProfile::core()
{
    return Workspace::open(m_path).workspace;
}

QList<CustomerListRow> TestCustomerProfile::champions(int count)
{
    CustomerListQuery query;
    query.segment = SegmentDefinition::fromText(R"({"field":"rfm_segment","op":"=","value":"Champions"})").node;
    query.sort = CustomerSort::Orders;
    query.descending = true;
    auto ws = core();
    return CustomerDirectory::firstPage(ws->db(), query, count);
}

CustomerProfileDialog *TestCustomerProfile::openLoaded(qint64 id)
{
    CustomerProfileDialog *dialog = m_session->openProfile(id);
    if (!dialog)
        return nullptr;
    QDeadlineTimer deadline(10000);
    while (!dialog->isLoaded() && !deadline.hasExpired())
        QTest::qWait(10);
    return dialog->isLoaded() ? dialog : nullptr;
}

void TestCustomerProfile::figuresAreTheCore()
{
    const QList<CustomerListRow> best = champions(1);
    QCOMPARE(best.size(), 1);
    CustomerProfileDialog *dialog = openLoaded(best[0].id);
    QVERIFY(dialog);
    auto ws = core();
    const CustomerProfileData p = CustomerProfile::load(ws->db(), best[0].id);
    QVERIFY(p.ok());
    QVERIFY(p.orders > 1);
    const QString currency = m_session->currency();
    const CustomerFactsView *facts = dialog->facts();
    QCOMPARE(facts->figure(Figure::Orders), DisplayFormat::count(p.orders));
    QCOMPARE(facts->figure(Figure::Revenue), DisplayFormat::money(p.revenueMinor, currency));
    QVERIFY(p.averageOrderValueMinor);
    QCOMPARE(facts->figure(Figure::AverageOrder), DisplayFormat::money(qRound64(*p.averageOrderValueMinor), currency));
    QCOMPARE(facts->figure(Figure::FirstPurchase), DisplayFormat::date(p.firstPurchase));
    QCOMPARE(facts->figure(Figure::LastPurchase), DisplayFormat::date(p.lastPurchase));
    QVERIFY(p.recencyDays);
    QCOMPARE(facts->figure(Figure::Recency), DisplayFormat::count(*p.recencyDays));
    QCOMPARE(facts->figure(Figure::RScore), QString::number(p.rScore.value()));
    QCOMPARE(facts->figure(Figure::FScore), QString::number(p.fScore.value()));
    QCOMPARE(facts->figure(Figure::MScore), QString::number(p.mScore.value()));
    QCOMPARE(facts->figure(Figure::RfmSegment), u"Champions"_s);
    QCOMPARE(facts->figure(Figure::Stage), StageStyle::displayName(*stageFromName(p.stage)));
    QCOMPARE(facts->figure(Figure::StageSince), DisplayFormat::date(p.stageSince));
    QCOMPARE(facts->figure(Figure::Touchpoints), DisplayFormat::count(p.events));
    QCOMPARE(facts->figure(Figure::Nps), p.nps ? QString::number(*p.nps) : DisplayFormat::undefined());
    QCOMPARE(facts->figure(Figure::PredictedClv),
             p.predictedClvMinor ? DisplayFormat::money(*p.predictedClvMinor, currency) : DisplayFormat::undefined());
    // The header, the identities and the campaigns received.
    QCOMPARE(dialog->findChild<QLabel *>(u"profileName"_s)->text(), p.name.isEmpty() ? p.externalId : p.name);
    QVERIFY(dialog->findChild<QLabel *>(u"profileStage"_s)
                ->text()
                .startsWith(StageStyle::displayName(*stageFromName(p.stage))));
    QCOMPARE(facts->identities()->rowCount(), int(p.identities.size()));
    QCOMPARE(facts->campaigns()->rowCount(), int(p.campaigns.size()));
    for (int i = 0; i < p.campaigns.size(); ++i)
        QCOMPARE(facts->campaigns()->item(i, 0)->text(), p.campaigns[i].name);
    QCOMPARE(dialog->tagEditor()->tags(), p.tags);
}

// The demo's busiest referrer: the tree lists exactly whom they referred (by the referrals
// table), the referred customers' own profiles name the referrer, and the points balance the
// ledger gives shows in the facts line.
void TestCustomerProfile::referralTreeAndPointsFromTheWorkspace()
{
    qint64 referrer = 0;
    QStringList referred;
    qint64 balance = 0;
    {
        auto ws = core();
        SQLite::Statement top(ws->db(),
                              "SELECT referrer_id FROM referrals GROUP BY referrer_id "
                              "ORDER BY count(*) DESC, referrer_id LIMIT 1");
        QVERIFY(top.executeStep());
        referrer = top.getColumn(0).getInt64();
        SQLite::Statement whom(ws->db(),
                               "SELECT c.external_id FROM referrals r JOIN customers c ON c.id = r.referee_id "
                               "WHERE r.referrer_id = ?1");
        whom.bind(1, static_cast<int64_t>(referrer));
        while (whom.executeStep())
            referred << QString::fromUtf8(whom.getColumn(0).getText());
        SQLite::Statement points(ws->db(), "SELECT sum(points) FROM points WHERE customer_id = ?1");
        points.bind(1, static_cast<int64_t>(referrer));
        QVERIFY(points.executeStep());
        balance = points.getColumn(0).getInt64(); // before any expiry: at least the balance shown
    }
    QVERIFY(referred.size() >= 2);
    CustomerProfileDialog *dialog = openLoaded(referrer);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QWidget *>(u"profileReferrals"_s)->isVisibleTo(dialog));
    QTreeWidget *tree = dialog->referrals()->tree();
    QCOMPARE(tree->topLevelItemCount(), int(referred.size()));
    QStringList shown;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QString text = tree->topLevelItem(i)->text(0);
        for (const QString &id : std::as_const(referred)) {
            if (text.endsWith(u"(%1)"_s.arg(id)) || text == id)
                shown << id;
        }
    }
    shown.sort();
    referred.sort();
    QCOMPARE(shown, referred);
    const CustomerProfileData p = CustomerProfile::load(core()->db(), referrer);
    if (p.pointsBalance) {
        QVERIFY(*p.pointsBalance <= balance);
        const QString contact = dialog->facts()->findChild<QLabel *>(u"profileContact"_s)->text();
        QVERIFY2(contact.contains(QLocale().toString(*p.pointsBalance) + u" points"_s), qPrintable(contact));
    }

    // A referred customer's own profile names the referrer; activating them opens it.
    QTreeWidgetItem *first = tree->topLevelItem(0);
    Q_EMIT tree->itemActivated(first, 0);
    const qint64 childId = first->data(0, Qt::UserRole + 1).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->profiles()->find(childId) != nullptr, 5000);
    CustomerProfileDialog *child = m_session->profiles()->find(childId);
    QTRY_VERIFY_WITH_TIMEOUT(child->isLoaded(), 10000);
    QVERIFY(child->referrals()->referredBy()->text().contains(p.externalId));
}

void TestCustomerProfile::journeyShowsEveryEntryOnceByDay()
{
    const qint64 id = champions(1).at(0).id;
    auto ws = core();
    const QList<TimelineItem> items = CustomerProfile::timeline(ws->db(), id);
    QVERIFY(items.size() > 10);
    CustomerProfileDialog *dialog = openLoaded(id);
    QVERIFY(dialog);
    JourneyTimeline *journey = dialog->journey();
    QTreeWidget *tree = journey->tree();
    QVERIFY(journey->newestFirst());

    // Every entry once; as many of each kind as the core has; each under its own day;
    // days newest first.
    const auto read = [&](QList<int> *order, QList<QDate> *days) {
        QMap<TimelineKind, int> kinds;
        for (int d = 0; d < tree->topLevelItemCount(); ++d) {
            QTreeWidgetItem *day = tree->topLevelItem(d);
            if (day->data(0, JourneyTimeline::ItemIndexRole).toInt() != -1)
                return QMap<TimelineKind, int>();
            const QDate date = day->data(0, JourneyTimeline::DayRole).toDate();
            days->append(date);
            for (int c = 0; c < day->childCount(); ++c) {
                const int index = day->child(c)->data(0, JourneyTimeline::ItemIndexRole).toInt();
                order->append(index);
                if (JourneyTimeline::dayOf(items.at(index).at) != date)
                    return QMap<TimelineKind, int>();
                ++kinds[items.at(index).kind];
            }
        }
        return kinds;
    };
    QList<int> newest;
    QList<QDate> newestDays;
    const QMap<TimelineKind, int> kinds = read(&newest, &newestDays);
    QMap<TimelineKind, int> expected;
    for (const TimelineItem &item : items)
        ++expected[item.kind];
    QCOMPARE(kinds, expected);
    QVERIFY(expected.value(TimelineKind::Order) > 1);
    QCOMPARE(newest.size(), int(items.size()));
    QList<int> sorted = newest;
    std::sort(sorted.begin(), sorted.end());
    for (int i = 0; i < sorted.size(); ++i)
        QCOMPARE(sorted[i], i);
    for (int d = 1; d < newestDays.size(); ++d)
        QVERIFY(newestDays[d - 1] > newestDays[d]);
    QCOMPARE(journey->shownEntries(), int(items.size()));

    // Oldest first: the same entries in the reverse order, days ascending.
    QTest::mouseClick(journey->orderButton(), Qt::LeftButton);
    QVERIFY(!journey->newestFirst());
    QCOMPARE(journey->orderButton()->text(), u"Oldest first"_s);
    QList<int> oldest;
    QList<QDate> oldestDays;
    QCOMPARE(read(&oldest, &oldestDays), expected);
    std::reverse(newest.begin(), newest.end());
    QCOMPARE(oldest, newest);
    std::reverse(newestDays.begin(), newestDays.end());
    QCOMPARE(oldestDays, newestDays);
    // The core's order, oldest first.
    for (int i = 0; i < oldest.size(); ++i)
        QCOMPARE(oldest[i], i);
}

void TestCustomerProfile::journeyFilters()
{
    const qint64 id = champions(1).at(0).id;
    auto ws = core();
    const QList<TimelineItem> items = CustomerProfile::timeline(ws->db(), id);
    CustomerProfileDialog *dialog = openLoaded(id);
    QVERIFY(dialog);
    JourneyTimeline *journey = dialog->journey();

    const auto countOf = [&](JourneyTimeline::KindFilter kind, const std::optional<QString> &channel) {
        int n = 0;
        for (const TimelineItem &item : items)
            n += JourneyTimeline::matches(item, kind) && (!channel || item.channel == *channel) ? 1 : 0;
        return n;
    };
    const auto entriesInTree = [&] {
        int n = 0;
        for (int d = 0; d < journey->tree()->topLevelItemCount(); ++d)
            n += journey->tree()->topLevelItem(d)->childCount();
        return n;
    };
    // By kind, through the combo box as the analyst picks it.
    QComboBox *kind = journey->kindBox();
    const int ordersEntry = kind->findData(int(JourneyTimeline::KindFilter::Orders));
    kind->setCurrentIndex(ordersEntry);
    Q_EMIT kind->activated(ordersEntry);
    QCOMPARE(entriesInTree(), countOf(JourneyTimeline::KindFilter::Orders, std::nullopt));
    QVERIFY(entriesInTree() > 0);
    journey->setKindFilter(JourneyTimeline::KindFilter::Touchpoints);
    QCOMPARE(entriesInTree(), countOf(JourneyTimeline::KindFilter::Touchpoints, std::nullopt));
    journey->setKindFilter(JourneyTimeline::KindFilter::CampaignContacts);
    QCOMPARE(entriesInTree(), countOf(JourneyTimeline::KindFilter::CampaignContacts, std::nullopt));

    // By channel: the combo box offers each channel of the journey.
    journey->setKindFilter(JourneyTimeline::KindFilter::All);
    QVERIFY(journey->channelBox()->count() > 2);
    const QString channel = journey->channelBox()->itemData(1).toString();
    journey->setChannelFilter(channel);
    QCOMPARE(entriesInTree(), countOf(JourneyTimeline::KindFilter::All, channel));
    QCOMPARE(journey->shownEntries(), entriesInTree());
    journey->setChannelFilter(std::nullopt);
    QCOMPARE(entriesInTree(), int(items.size()));
}

void TestCustomerProfile::tagsAddedAndRemovedThroughTheWindow()
{
    const qint64 id = champions(1).at(0).id;
    CustomerProfileDialog *dialog = openLoaded(id);
    QVERIFY(dialog);
    CustomerTagEditor *tags = dialog->tagEditor();
    const QString tag = u"VIP 2026"_s;

    QSignalSpy saved(dialog, &CustomerProfileDialog::tagsSaved);
    QTest::keyClicks(tags->input(), u"  VIP 2026 "_s); // trimmed, case kept
    QTest::mouseClick(tags->addButton(), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.constFirst().constFirst().toString(), QString());
    QTRY_VERIFY(dialog->profile().tags.contains(tag)); // shown as the workspace has it
    QVERIFY(tags->tags().contains(tag));
    // A Chinese tag, entered with Return.
    const QString chinese = u"茶礼客户"_s;
    tags->input()->setText(chinese);
    QTest::keyClick(tags->input(), Qt::Key_Return);
    QVERIFY(saved.wait(10000));
    QTRY_VERIFY(dialog->profile().tags.contains(chinese));
    {
        auto ws = core();
        const QStringList stored = CustomerProfile::load(ws->db(), id).tags;
        QVERIFY(stored.contains(tag));
        QVERIFY(stored.contains(chinese));
    }

    // Remove it again: choose the chip, then Remove.
    const QList<QListWidgetItem *> chips = tags->list()->findItems(tag, Qt::MatchExactly);
    QCOMPARE(chips.size(), 1);
    tags->list()->setCurrentItem(chips.first());
    QTest::mouseClick(tags->removeButton(), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QTRY_VERIFY(!dialog->profile().tags.contains(tag));
    auto ws = core();
    QVERIFY(!CustomerProfile::load(ws->db(), id).tags.contains(tag));
}

void TestCustomerProfile::mergeMovesTheOtherCustomersOrders()
{
    const QList<CustomerListRow> best = champions(2);
    QCOMPARE(best.size(), 2);
    const qint64 keptId = best[0].id;
    const qint64 otherId = best[1].id;
    CustomerProfileData keptBefore, otherBefore;
    qint64 customersBefore = 0;
    {
        auto ws = core();
        keptBefore = CustomerProfile::load(ws->db(), keptId);
        otherBefore = CustomerProfile::load(ws->db(), otherId);
        customersBefore = CustomerDirectory::orderedIds(ws->db(), {}).ids.size();
    }
    QVERIFY(otherBefore.orders > 0);
    QCOMPARE(m_session->overview().totals.customers, customersBefore);

    CustomerProfileDialog *dialog = openLoaded(keptId);
    QVERIFY(dialog);
    // The other customer's profile is open too: it closes once they are merged.
    QPointer<CustomerProfileDialog> otherDialog = openLoaded(otherId);
    QVERIFY(otherDialog);

    // Pick the other customer by quick search.
    QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);
    auto *picker = dialog->findChild<MergeCustomerDialog *>();
    QVERIFY(picker);
    QSignalSpy matches(picker, &MergeCustomerDialog::matchesShown);
    QTest::keyClicks(picker->searchBox(), otherBefore.externalId);
    QVERIFY(matches.wait(10000));
    QVERIFY(picker->choose(otherId));
    for (int i = 0; i < picker->matches()->count(); ++i)
        QVERIFY(!picker->matches()->item(i)->text().contains(keptBefore.externalId + u" "_s)); // never itself

    QSignalSpy finished(dialog, &CustomerProfileDialog::mergeFinished);
    QSignalSpy figures(m_session.get(), &WorkspaceSession::overviewChanged);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(picker->findChild<QPushButton *>(u"mergeChoose"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY2(dialog->lastMerge().ok(), qPrintable(dialog->lastMerge().error));
    // The confirmation said what moves.
    const QString asked = MessageBox::lastText();
    QVERIFY(asked.contains(otherBefore.externalId));
    QVERIFY(asked.contains(u"%1 orders"_s.arg(DisplayFormat::count(otherBefore.orders))));

    // The core: the orders moved, the other customer is gone, the merge is logged.
    {
        auto ws = core();
        const CustomerProfileData kept = CustomerProfile::load(ws->db(), keptId);
        QCOMPARE(kept.orders, keptBefore.orders + otherBefore.orders);
        QCOMPARE(kept.revenueMinor, keptBefore.revenueMinor + otherBefore.revenueMinor);
        QVERIFY(!CustomerProfile::load(ws->db(), otherId).ok());
        const QList<MergeRecord> history = CustomerMerge::history(ws->db());
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.first().keptId, keptId);
        QCOMPARE(history.first().mergedId, otherId);
    }
    QCOMPARE(dialog->lastMerge().ordersMoved, otherBefore.orders);

    // The profile shows the kept customer as they are now; the other's window closed.
    QTRY_COMPARE(dialog->facts()->figure(Figure::Orders), DisplayFormat::count(keptBefore.orders + otherBefore.orders));
    QCOMPARE(dialog->customerId(), keptId);
    QTRY_VERIFY(!otherDialog);
    // The session's figures follow.
    QVERIFY(figures.count() > 0 || figures.wait(10000));
    QCOMPARE(m_session->overview().totals.customers, customersBefore - 1);
}

void TestCustomerProfile::declinedMergeChangesNothing()
{
    const QList<CustomerListRow> best = champions(2);
    CustomerProfileDialog *dialog = openLoaded(best[0].id);
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &CustomerProfileDialog::mergeFinished);
    MessageBox::setNextAnswer(QMessageBox::No);
    dialog->mergeWith(best[1].id);
    QVERIFY(finished.wait(10000));
    QVERIFY(!dialog->lastMerge().ok());
    auto ws = core();
    QVERIFY(CustomerProfile::load(ws->db(), best[1].id).ok());
    QCOMPARE(CustomerProfile::load(ws->db(), best[0].id).orders, best[0].orders);
    QVERIFY(CustomerMerge::history(ws->db()).isEmpty());
    QVERIFY(dialog->mergeButton()->isEnabled());
}

namespace {

qint64 scalar(SQLite::Database &db, const std::string &sql)
{
    return db.execAndGet(sql).getInt64();
}

// Touchpoints of the customer that still carry free text or a content key.
qint64 eventsWithText(SQLite::Database &db, qint64 id)
{
    return scalar(db,
                  "SELECT count(*) FROM events WHERE customer_id = " + std::to_string(id)
                      + " AND (detail IS NOT NULL OR content_key IS NOT NULL)");
}

// The customer's campaign member tokens.
QStringList tokens(SQLite::Database &db, qint64 id)
{
    SQLite::Statement query(db,
                            "SELECT member_token FROM campaign_members WHERE customer_id = ?1 ORDER BY campaign_id");
    query.bind(1, static_cast<int64_t>(id));
    QStringList out;
    while (query.executeStep())
        out << QString::fromStdString(query.getColumn(0).getString());
    return out;
}

} // namespace

void TestCustomerProfile::forgetThroughTheWindowIsTheCoresForget()
{
    CustomerProfileData before;
    QStringList tokensBefore;
    qint64 id = 0;
    // What the core does: the same forget on a copy of the workspace (taken through SQLite,
    // so the copy holds what is still in the write-ahead log).
    const QString twinPath = m_dir.filePath(u"forget-twin.mwb"_s);
    QFile::remove(twinPath);
    {
        auto ws = core();
        // A campaign member who bought and has touchpoints, one of them with free text (the
        // demo writes none), and a tag.
        id = scalar(ws->db(),
                    "SELECT cm.customer_id FROM campaign_members cm JOIN customer_metrics m "
                    "ON m.customer_id = cm.customer_id WHERE m.orders > 0 AND EXISTS (SELECT 1 FROM events e "
                    "WHERE e.customer_id = cm.customer_id) ORDER BY m.orders DESC, cm.customer_id LIMIT 1");
        QVERIFY(id > 0);
        ws->db().exec("UPDATE events SET detail = 'Asked about the autumn tea set' WHERE id = (SELECT min(id) FROM "
                      "events WHERE customer_id = "
                      + std::to_string(id) + ")");
        QVERIFY(CustomerProfile::addTag(ws->db(), id, u"VIP"_s).isEmpty());
        before = CustomerProfile::load(ws->db(), id);
        tokensBefore = tokens(ws->db(), id);
        SQLite::Statement copy(ws->db(), "VACUUM INTO ?1");
        copy.bind(1, twinPath.toStdString());
        copy.exec();
    }
    QVERIFY(!before.identities.isEmpty());
    QVERIFY(!before.externalId.isEmpty());
    auto twin = Workspace::open(twinPath).workspace;
    QVERIFY(twin);
    const qint64 textBefore = eventsWithText(twin->db(), id);
    const ForgetResult expected = CustomerPrivacy::forget(twin->db(), id);
    QVERIFY2(expected.ok(), qPrintable(expected.error));
    const CustomerProfileData wanted = CustomerProfile::load(twin->db(), id);

    QPointer<CustomerProfileDialog> dialog = openLoaded(id);
    QVERIFY(dialog);
    QPushButton *forget = dialog->forgetButton();
    QVERIFY(forget->isEnabled());
    QVERIFY(!forget->accessibleName().isEmpty());
    ForgetResult got;
    int finished = 0;
    connect(dialog, &CustomerProfileDialog::forgetFinished, this, [&] {
        got = dialog->lastForget();
        ++finished;
    });
    QSignalSpy forgotten(m_session->customers(), &CustomerService::customerForgotten);
    QSignalSpy figures(m_session.get(), &WorkspaceSession::overviewChanged);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(forget, Qt::LeftButton);
    QVERIFY(forgotten.wait(20000));
    QCOMPARE(forgotten.constFirst().constFirst().toLongLong(), id);
    QCOMPARE(finished, 1);
    QVERIFY2(got.ok(), qPrintable(got.error));
    // The question said who, what goes and that it is final.
    const QString asked = MessageBox::lastText();
    QVERIFY(asked.contains(before.externalId));
    QVERIFY(asked.contains(u"tags"_s));
    QVERIFY(asked.contains(u"cannot be undone"_s));

    // The profile closed and is no longer filed as open.
    QTRY_VERIFY(!dialog);
    QVERIFY(!m_session->profiles()->find(id));

    // The core: the same as CustomerPrivacy::forget did to the copy.
    QCOMPARE(got.customerId, id);
    QCOMPARE(got.identitiesRemoved, expected.identitiesRemoved);
    QCOMPARE(got.identitiesRemoved, qint64(before.identities.size()));
    QCOMPARE(got.tagsRemoved, expected.tagsRemoved);
    QCOMPARE(got.tagsRemoved, qint64(before.tags.size()));
    QCOMPARE(got.eventsCleared, expected.eventsCleared);
    QCOMPARE(got.eventsCleared, textBefore);
    QCOMPARE(got.tokensReplaced, expected.tokensReplaced);
    QCOMPARE(got.tokensReplaced, qint64(before.campaigns.size()));
    QVERIFY(got.identitiesRemoved > 0 && got.tagsRemoved > 0 && got.eventsCleared > 0 && got.tokensReplaced > 0);
    auto ws = core();
    const QList<ForgetRecord> log = CustomerPrivacy::log(ws->db());
    QCOMPARE(log.size(), qsizetype(1));
    QCOMPARE(log.first().customerId, id);
    const CustomerProfileData after = CustomerProfile::load(ws->db(), id);
    QVERIFY(after.ok());
    QCOMPARE(after.externalId, wanted.externalId);
    QCOMPARE(after.name, wanted.name);
    QCOMPARE(after.email, wanted.email);
    QCOMPARE(after.phone, wanted.phone);
    QCOMPARE(after.city, wanted.city);
    QCOMPARE(after.region, wanted.region);
    QCOMPARE(after.country, wanted.country);
    QCOMPARE(after.gender, wanted.gender);
    QCOMPARE(after.birthDate, wanted.birthDate);
    QCOMPARE(after.identities.size(), wanted.identities.size());
    QCOMPARE(after.attributes, wanted.attributes);
    QCOMPARE(after.tags, wanted.tags);
    QVERIFY(after.externalId.isEmpty() && after.name.isEmpty() && after.email.isEmpty() && after.phone.isEmpty());
    QVERIFY(after.identities.isEmpty() && after.tags.isEmpty() && after.attributes.isEmpty());
    QCOMPARE(eventsWithText(ws->db(), id), qint64(0));
    const QStringList tokensAfter = tokens(ws->db(), id);
    QCOMPARE(tokensAfter.size(), tokensBefore.size());
    for (const QString &token : tokensBefore)
        QVERIFY(!tokensAfter.contains(token));
    // What they did stays.
    QCOMPARE(after.orders, before.orders);
    QCOMPARE(after.revenueMinor, before.revenueMinor);
    QCOMPARE(after.events, before.events);
    QCOMPARE(after.stage, before.stage);
    QCOMPARE(after.campaigns.size(), before.campaigns.size());
    // Lists reload.
    QVERIFY(figures.count() > 0 || figures.wait(10000));
}

void TestCustomerProfile::declinedForgetChangesNothing()
{
    const qint64 id = champions(1).at(0).id;
    CustomerProfileData before;
    qint64 textBefore = 0;
    {
        auto ws = core();
        before = CustomerProfile::load(ws->db(), id);
        textBefore = eventsWithText(ws->db(), id);
    }
    CustomerProfileDialog *dialog = openLoaded(id);
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &CustomerProfileDialog::forgetFinished);
    QSignalSpy forgotten(m_session->customers(), &CustomerService::customerForgotten);
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(dialog->forgetButton(), Qt::LeftButton);
    QCOMPARE(finished.count(), 1); // declined at once: nothing was started
    QVERIFY(!dialog->lastForget().ok());
    QTest::qWait(200);
    QVERIFY(forgotten.isEmpty());
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->forgetButton()->isEnabled());
    QVERIFY(dialog->mergeButton()->isEnabled());
    auto ws = core();
    QVERIFY(CustomerPrivacy::log(ws->db()).isEmpty());
    const CustomerProfileData after = CustomerProfile::load(ws->db(), id);
    QCOMPARE(after.externalId, before.externalId);
    QCOMPARE(after.name, before.name);
    QCOMPARE(after.email, before.email);
    QCOMPARE(after.phone, before.phone);
    QCOMPARE(after.city, before.city);
    QCOMPARE(after.identities.size(), before.identities.size());
    QCOMPARE(after.attributes, before.attributes);
    QCOMPARE(after.tags, before.tags);
    QCOMPARE(eventsWithText(ws->db(), id), textBefore);
}

QTEST_MAIN(TestCustomerProfile)
#include "tst_customerprofile.moc"
