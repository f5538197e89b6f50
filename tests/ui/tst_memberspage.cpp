// The Members page driven through its widgets offscreen on a demo workspace: without rules
// it says the tiers are the imported ones; rules set in the Tier rules dialog (its form
// filled in, Save clicked) are stored and the tier table shows the core's members by tier;
// JSON that does not read or rules that fail their checks cannot be saved; clearing the
// rules brings the imported tiers back; the active member chart draws the core's rate; the
// Points and Referrals tabs show the core's figures and store rules and costs entered there.
#include "DisplayFormat.h"
#include "WorkspaceSession.h"
#include "charts/ActiveMemberChart.h"
#include "charts/ChartExport.h"
#include "charts/TierChart.h"
#include "demo/DemoGenerator.h"
#include "dialogs/MessageBox.h"
#include "lifecycle/Lifecycle.h"
#include "membership/ActiveMembers.h"
#include "membership/ActiveMembersPanel.h"
#include "membership/MemberTiers.h"
#include "membership/PointsLedger.h"
#include "membership/PointsPanel.h"
#include "membership/Referrals.h"
#include "membership/ReferralsPanel.h"
#include "widgets/KpiCard.h"
#include "membership/TierMigrationTable.h"
#include "membership/TierRules.h"
#include "membership/TierRulesDialog.h"
#include "membership/TiersPanel.h"
#include "pages/MembersPage.h"
#include "store/Days.h"
#include "store/Workspace.h"
#include "vocabulary/Figures.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mwb;
using namespace mwb::ui;

class TestMembersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void withoutRulesTheImportedTiersStand();
    void rulesSetInTheDialogAreStoredAndShown();
    void invalidRulesCannotBeSaved();
    void clearingTheRulesBringsBackTheImportedTiers();
    void activeChartDrawsTheCoreRate();
    void pointsTabShowsTheLedgerAndAppliesRules();
    void referralsTabShowsTheProgrammeAndItsCost();

private:
    void screenshot(QWidget *widget, const QString &name);
    std::unique_ptr<Workspace> core(); // a second connection, to compare with
    // Saves these rules through the panel and waits for its figures.
    void apply(const std::optional<TierRules> &rules);

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<MembersPage> m_page;
};

void TestMembersPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.mwb"_s);
    DemoOptions options;
    options.customers = 1500;
    QVERIFY(DemoGenerator::create(m_demo, options).error.message.isEmpty());
    // Every test starts from the tiers imported with the customers.
    auto demo = Workspace::open(m_demo);
    QVERIFY(demo.workspace);
    SQLite::Transaction transaction(demo.workspace->db());
    TierRules::clear(demo.workspace->db());
    transaction.commit();
}

void TestMembersPage::init()
{
    m_path = m_dir.filePath(u"%1.mwb"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    QVERIFY(QFile::copy(m_demo, m_path));
    m_session = std::make_unique<WorkspaceSession>();
    QVERIFY(m_session->open(m_path).message.isEmpty());
    m_page = std::make_unique<MembersPage>(m_session.get());
    m_page->resize(1280, 1000);
    m_page->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isReady(), 20000);
}

void TestMembersPage::cleanup()
{
    MessageBox::forgetNextAnswers();
    m_page.reset();
    m_session.reset();
}

std::unique_ptr<Workspace> TestMembersPage::core()
{
    return Workspace::open(m_path).workspace;
}

void TestMembersPage::screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("MWB_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget->grab().save(folder + u'/' + name + u".png"_s);
}

void TestMembersPage::apply(const std::optional<TierRules> &rules)
{
    QSignalSpy shown(m_page->tiers(), &TiersPanel::figuresShown);
    m_page->tiers()->applyRules(rules);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && m_page->tiers()->hasRules() == rules.has_value(), 20000);
}

void TestMembersPage::withoutRulesTheImportedTiersStand()
{
    TiersPanel *tiers = m_page->tiers();
    QVERIFY(!tiers->hasRules());
    QVERIFY2(tiers->rulesText()->text().contains(u"imported"_s), qPrintable(tiers->rulesText()->text()));
    QCOMPARE(tiers->rulesButton()->text(), u"Set tier rules…"_s);
    QVERIFY(!tiers->migrationTable()->isVisible());
    // The active member chart draws the imported tiers (the demo imports four) and everyone.
    const ActiveMemberSeries &series = m_page->activeMembers()->chart()->series();
    QVERIFY(!series.tiersByRules);
    QCOMPARE(series.tiers.size(), 4);
    QCOMPARE(m_page->activeMembers()->chart()->lineCount(), 5);
}

void TestMembersPage::rulesSetInTheDialogAreStoredAndShown()
{
    TiersPanel *tiers = m_page->tiers();
    QSignalSpy shown(tiers, &TiersPanel::figuresShown);
    bool driven = false;
    // The dialog is modal: fill it in and save once it is up (closed, should a check fail).
    const auto fill = [&](TierRulesDialog *dialog) {
        dialog->findChild<QComboBox *>(u"tierMeasure"_s)->setCurrentIndex(0); // spend
        dialog->findChild<QSpinBox *>(u"tierWindowDays"_s)->setValue(365);
        auto *review = dialog->findChild<QComboBox *>(u"tierReview"_s);
        review->setCurrentIndex(review->findData(static_cast<int>(TierReview::Monthly)));
        dialog->findChild<QSpinBox *>(u"tierGraceDays"_s)->setValue(30);
        // The example's three tiers, then a fourth added with the button and named.
        QTableWidget *list = dialog->tierTable();
        QCOMPARE(list->rowCount(), 3);
        list->item(1, 1)->setText(u"300"_s);
        list->item(2, 1)->setText(u"1500"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addTier"_s), Qt::LeftButton);
        QCOMPARE(list->rowCount(), 4);
        // The new tier's name is open for typing.
        auto *editor = list->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor && editor->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, u"VIP"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(list->item(3, 0)->text(), u"VIP"_s); // committed on the next turn of the loop
        list->item(3, 1)->setText(u"100"_s);              // below Gold: refused
        QVERIFY(!dialog->saveButton()->isEnabled());
        QVERIFY(dialog->problemLabel()->text().contains(u"tiers[3]"_s));
        // Moved up to second place it fits; raised to 5,000 it belongs at the top again.
        list->setCurrentCell(3, 0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"moveTierUp"_s), Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"moveTierUp"_s), Qt::LeftButton);
        QCOMPARE(list->item(1, 0)->text(), u"VIP"_s);
        list->item(1, 1)->setText(u"5000"_s);
        list->setCurrentCell(1, 0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"moveTierDown"_s), Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"moveTierDown"_s), Qt::LeftButton);
        QTRY_COMPARE(list->item(3, 0)->text(), u"VIP"_s); // committed on the next turn of the loop
        QVERIFY2(dialog->saveButton()->isEnabled(), qPrintable(dialog->problemLabel()->text()));
        screenshot(dialog, u"tier-rules"_s);
        driven = true;
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    };
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<TierRulesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        fill(dialog);
        if (!driven)
            dialog->reject();
    });
    tiers->openRulesDialog();
    QVERIFY(driven);
    QTRY_VERIFY_WITH_TIMEOUT(tiers->hasRules() && !shown.isEmpty(), 20000);

    // Stored as filled in.
    auto ws = core();
    const std::optional<TierRules> stored = TierRules::load(ws->db());
    QVERIFY(stored);
    QCOMPARE(stored->review, TierReview::Monthly);
    QCOMPARE(stored->graceDays, 30);
    QCOMPARE(stored->tiers.size(), 4);
    QCOMPARE(stored->tiers[1].name, u"Silver"_s);
    QCOMPARE(stored->tiers[1].minimum, 300.0);
    QCOMPARE(stored->tiers[3].name, u"VIP"_s);
    QCOMPARE(stored->tiers[3].minimum, 5000.0);

    // The table and the chart show the core's members by tier on the day shown.
    const QDate day = tiers->dayEdit()->date();
    QCOMPARE(day, Lifecycle::referenceDate(ws->db()));
    const QList<TierCount> expected = MemberTiers::distribution(ws->db(), day);
    QTableWidget *table = tiers->distributionTable();
    QCOMPARE(table->rowCount(), expected.size());
    qint64 members = 0;
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(table->item(row, 0)->text(), expected[row].tier);
        QCOMPARE(table->item(row, 1)->data(Qt::UserRole).toLongLong(), expected[row].members);
        QCOMPARE(table->item(row, 3)->data(Qt::UserRole).toLongLong(), expected[row].revenue365Minor);
        QCOMPARE(tiers->chart()->barValue(expected[row].tier), expected[row].members);
        members += expected[row].members;
    }
    QVERIFY(members > 0);
    QVERIFY(expected[1].members > 0 && expected[3].members > 0);
    // The migration: the core's matrix, its moves counted in the caption.
    const TierMigration migration = MemberTiers::migration(ws->db(), tiers->fromEdit()->date(), day);
    QCOMPARE(tiers->migrationTable()->migration().counts, migration.counts);
    qint64 up = 0;
    qint64 down = 0;
    qint64 stayed = 0;
    for (qsizetype r = 0; r + 1 < migration.from.size(); ++r) { // the last row: not yet known then
        for (qsizetype c = 0; c < migration.to.size(); ++c)
            (c > r ? up : c < r ? down : stayed) += migration.counts[r][c];
    }
    QCOMPARE(tiers->migrationTable()->upgrades(), up);
    QCOMPARE(tiers->migrationTable()->downgrades(), down);
    QVERIFY(up > 0);
    QVERIFY(tiers->migrationCaption()->text().contains(QLocale().toString(up)));
    screenshot(m_page.get(), u"members-tiers"_s);

    // The active member chart follows the new tiers.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->activeMembers()->chart()->series().tiersByRules, 20000);
    QCOMPARE(m_page->activeMembers()->chart()->series().tiers,
             (QStringList{u"Member"_s, u"Silver"_s, u"Gold"_s, u"VIP"_s}));
}

void TestMembersPage::invalidRulesCannotBeSaved()
{
    TierRulesDialog dialog(std::nullopt, u"CNY"_s);
    QVERIFY(dialog.saveButton()->isEnabled()); // the example passes
    dialog.tabs()->setCurrentIndex(1);
    // The JSON tab holds the form's rules, as the command line reads them.
    QString error;
    QJsonParseError parse;
    const QJsonDocument shown = QJsonDocument::fromJson(dialog.jsonEdit()->toPlainText().toUtf8(), &parse);
    QCOMPARE(parse.error, QJsonParseError::NoError);
    const std::optional<TierRules> example = TierRules::fromJson(shown.object(), &error);
    QVERIFY2(example, qPrintable(error));
    QCOMPARE(example->tiers.size(), 3);

    // JSON that does not read: refused with its place.
    dialog.jsonEdit()->setPlainText(u"{\"measure\": \"spend\",\n \"tiers\": [}"_s);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY2(dialog.problemLabel()->text().contains(u"Line 2"_s), qPrintable(dialog.problemLabel()->text()));
    QVERIFY(!dialog.rules());
    // It cannot be shown as a form either: the JSON tab stays.
    dialog.tabs()->setCurrentIndex(0);
    QCOMPARE(dialog.tabs()->currentIndex(), 1);
    screenshot(&dialog, u"tier-rules-json-refused"_s);

    // JSON that reads but breaks a rule: refused with the rule's words.
    dialog.jsonEdit()->setPlainText(
        u"{\"measure\": \"orders\", \"tiers\": [{\"name\": \"A\", \"min\": 0}, {\"name\": \"B\", \"min\": 0}]}"_s);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY2(dialog.problemLabel()->text().contains(u"tiers[1]"_s), qPrintable(dialog.problemLabel()->text()));
    dialog.jsonEdit()->setPlainText(u"{\"tiers\": [], \"colour\": \"red\"}"_s);
    QVERIFY(dialog.problemLabel()->text().contains(u"colour"_s));
    QVERIFY(!dialog.saveButton()->isEnabled());

    // Valid JSON: saved as written, and shown in the form.
    dialog.jsonEdit()->setPlainText(u"{\"measure\": \"orders\", \"window_days\": 180, \"review\": \"yearly\", "
                                    "\"tiers\": [{\"name\": \"A\", \"min\": 0}, {\"name\": \"B\", \"min\": 3}]}"_s);
    QVERIFY2(dialog.saveButton()->isEnabled(), qPrintable(dialog.problemLabel()->text()));
    dialog.tabs()->setCurrentIndex(0);
    QCOMPARE(dialog.tabs()->currentIndex(), 0);
    QCOMPARE(dialog.tierTable()->rowCount(), 2);
    QCOMPARE(dialog.tierTable()->item(1, 0)->text(), u"B"_s);
    QCOMPARE(dialog.findChild<QSpinBox *>(u"tierWindowDays"_s)->value(), 180);
    const std::optional<TierRules> rules = dialog.rules();
    QVERIFY(rules);
    QCOMPARE(rules->measure, TierMeasure::Orders);
    QCOMPARE(rules->review, TierReview::Yearly);
    // A minimum that is not a number is refused in the form too.
    dialog.tierTable()->item(1, 1)->setText(u"lots"_s);
    QVERIFY(!dialog.saveButton()->isEnabled());
}

void TestMembersPage::clearingTheRulesBringsBackTheImportedTiers()
{
    TierRules rules;
    rules.tiers = {{u"Member"_s, 0}, {u"Gold"_s, 500}};
    apply(rules);
    QVERIFY(m_page->tiers()->migrationTable()->isVisible());
    QCOMPARE(m_page->tiers()->distributionTable()->rowCount(), 2);
    // "Clear rules" in the dialog, confirmed.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QSignalSpy shown(m_page->tiers(), &TiersPanel::figuresShown);
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<TierRulesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (auto *clear = dialog->findChild<QPushButton *>(u"clearRules"_s))
            QTest::mouseClick(clear, Qt::LeftButton);
        else
            dialog->reject();
    });
    m_page->tiers()->openRulesDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->tiers()->hasRules() && !shown.isEmpty(), 20000);
    auto ws = core();
    QVERIFY(!TierRules::load(ws->db()));
    QVERIFY(m_page->tiers()->rulesText()->text().contains(u"imported"_s));
    QVERIFY(!m_page->tiers()->migrationTable()->isVisible());
}

void TestMembersPage::activeChartDrawsTheCoreRate()
{
    m_page->tabs()->setCurrentIndex(1);
    ActiveMembersPanel *panel = m_page->activeMembers();
    QCOMPARE(panel->windowEdit()->value(), 90);
    const ActiveMemberSeries shown = panel->chart()->series();
    auto ws = core();
    QCOMPARE(shown.to, Lifecycle::referenceDate(ws->db()));
    QCOMPARE(shown.monthEnds.size(), 24);
    const ActiveMemberSeries expected = ActiveMembers::rate(ws->db(), shown.from, shown.to, 90, true);
    QCOMPARE(shown.points.size(), expected.points.size());
    for (qsizetype i = 0; i < expected.points.size(); ++i) {
        QCOMPARE(shown.points[i].tier, expected.points[i].tier);
        QCOMPARE(shown.points[i].members, expected.points[i].members);
        QCOMPARE(shown.points[i].active, expected.points[i].active);
    }
    // Every campaign sent in the months shown is marked, its control group told.
    QCOMPARE(panel->chart()->markCount(), expected.campaigns.size());
    QVERIFY(!expected.campaigns.isEmpty());
    for (qsizetype i = 0; i < expected.campaigns.size(); ++i) {
        const QString tip = panel->chart()->markToolTip(static_cast<int>(i));
        QVERIFY(tip.contains(expected.campaigns[i].name));
        QCOMPARE(tip.contains(u"control group: its campaign report"_s), expected.campaigns[i].hasControl);
    }
    // The figures saved with the chart are the points drawn.
    QCOMPARE(ChartExport::of(panel->chart())->rows().size(), expected.points.size());
    QVERIFY(panel->captionLabel()->text().contains(Figures::definition(Figure::ActiveMemberRate)));
    screenshot(m_page.get(), u"members-active"_s);

    // Another window: fewer active members with a shorter one.
    QSignalSpy again(panel, &ActiveMembersPanel::figuresShown);
    panel->windowEdit()->setValue(30);
    QTRY_VERIFY_WITH_TIMEOUT(!again.isEmpty(), 20000);
    const ActiveMemberSeries shorter = panel->chart()->series();
    QCOMPARE(shorter.windowDays, 30);
    QVERIFY(shorter.line(QString()).constLast().active < shown.line(QString()).constLast().active);
    // One line only when the tiers are not asked for.
    QSignalSpy overall(panel, &ActiveMembersPanel::figuresShown);
    panel->byTierCheck()->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(!overall.isEmpty(), 20000);
    QCOMPARE(panel->chart()->lineCount(), 1);
}

// The Points tab: every card is the core's figure for the demo's last day (the outstanding
// points also the sum of the ledger when nothing expires); new rules entered in the tab are
// stored and move the figures.
void TestMembersPage::pointsTabShowsTheLedgerAndAppliesRules()
{
    PointsPanel *panel = m_page->points();
    m_page->tabs()->setCurrentIndex(2);
    QVERIFY(panel->isLoaded());
    QDate last;
    PointsSummary expected;
    {
        auto ws = core();
        last = Lifecycle::referenceDate(ws->db());
        expected = PointsLedger::summary(ws->db(), last);
    }
    QVERIFY(expected.issued > 0 && expected.redeemed > 0);
    QCOMPARE(panel->dayEdit()->date(), last);
    QCOMPARE(panel->card(u"points_issued"_s)->value(), expected.issued);
    QCOMPARE(panel->card(u"points_redeemed"_s)->value(), expected.redeemed);
    QCOMPARE(panel->card(u"points_expired"_s)->value(), expected.expired);
    QCOMPARE(panel->card(u"points_outstanding"_s)->value(), expected.outstanding);
    QCOMPARE(panel->card(u"members_with_points"_s)->value(), expected.membersWithPoints);
    QCOMPARE(panel->card(u"points_liability"_s)->value(), expected.liabilityMinor.value());
    QCOMPARE(panel->expiryMonths()->value(), 24); // the demo's rule
    QVERIFY(panel->card(u"points_issued"_s)->toolTip().contains(Figures::definition(Figure::PointsIssued)));
    screenshot(m_page.get(), u"members-points"_s);

    // No expiry: the outstanding points are the ledger's sum up to the day.
    QSignalSpy shown(panel, &PointsPanel::figuresShown);
    panel->expiryMonths()->setValue(0);
    panel->pointValue()->setValue(0.05);
    QTest::mouseClick(panel->applyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
    qint64 sum = 0;
    {
        auto ws = core();
        SQLite::Statement total(ws->db(), "SELECT sum(points) FROM points WHERE occurred_at < ?1");
        total.bind(1, static_cast<int64_t>(dayNumber(last) + 1) * 86400);
        QVERIFY(total.executeStep());
        sum = total.getColumn(0).getInt64();
        const PointsRules stored = PointsRules::load(ws->db());
        QCOMPARE(stored.expiryMonths, 0);
        QCOMPARE(stored.pointValue, 0.05);
    }
    QCOMPARE(panel->card(u"points_outstanding"_s)->value(), sum);
    QCOMPARE(panel->card(u"points_expired"_s)->value(), 0); // the demo records no expiries; no rule now
    QCOMPARE(panel->card(u"points_liability"_s)->value(), std::llround(double(sum) * 0.05 * 100));
}

// The Referrals tab: the counts and revenue are the core's, the top referrer is the one with
// the most referred customers in the referrals table, and costs entered give the cost per
// referred customer by its definition.
void TestMembersPage::referralsTabShowsTheProgrammeAndItsCost()
{
    ReferralsPanel *panel = m_page->referrals();
    m_page->tabs()->setCurrentIndex(3);
    QVERIFY(panel->isLoaded());
    qint64 referred = 0;
    qint64 mostReferred = 0;
    ReferralSummary expected;
    {
        auto ws = core();
        referred = ws->db().execAndGet("SELECT count(*) FROM referrals").getInt64();
        mostReferred = ws->db()
                           .execAndGet("SELECT max(n) FROM (SELECT count(*) AS n FROM referrals GROUP BY referrer_id)")
                           .getInt64();
        expected = Referrals::summary(ws->db(), 20);
    }
    QVERIFY(referred > 10);
    QCOMPARE(panel->card(u"referred_customers"_s)->value(), referred);
    QCOMPARE(panel->card(u"referrers"_s)->value(), expected.referrers);
    QCOMPARE(panel->card(u"referred_revenue"_s)->value(), expected.referredRevenueMinor);
    QCOMPARE(panel->card(u"first_order_revenue"_s)->value(), expected.firstOrderRevenueMinor);
    QVERIFY(panel->topReferrers()->rowCount() > 0);
    QCOMPARE(panel->topReferrers()->item(0, 1)->text(), DisplayFormat::count(mostReferred));
    screenshot(m_page.get(), u"members-referrals"_s);

    QSignalSpy shown(panel, &ReferralsPanel::figuresShown);
    panel->reward()->setValue(30);
    panel->otherCosts()->setValue(1000);
    QTest::mouseClick(panel->applyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
    QCOMPARE(panel->card(u"cost_per_referred"_s)->value(),
             std::llround((30.0 * double(referred) + 1000.0) * 100 / double(referred)));
    QVERIFY(panel->summary()->text().contains(u"per referred customer"_s));
}

QTEST_MAIN(TestMembersPage)
#include "tst_memberspage.moc"
