// The Segments page driven offscreen on a demo workspace: the live count and preview agree
// with the core, a stale count never replaces a newer one, segments are saved, listed with
// their counts, renamed, duplicated, deleted, exported and imported as JSON, snapshotted;
// the RFM grid and the overlap of saved segments show the core's figures and open the
// customers behind a cell; the named RFM segments read in the window's language while the
// drill-down asks for the stored name.
#include "SegmentEdits.h"
#include "MainWindow.h"
#include "WorkspaceSession.h"
#include "demo/DemoGenerator.h"
#include "dialogs/FileDialog.h"
#include "dialogs/InputDialog.h"
#include "dialogs/MessageBox.h"
#include "lifecycle/CustomerListDialog.h"
#include "pages/SegmentsPage.h"
#include "segments/CustomerTable.h"
#include "segments/OverlapPanel.h"
#include "segments/OverlapView.h"
#include "segments/RfmGridView.h"
#include "segments/RfmPanel.h"
#include "segments/SavedSegmentList.h"
#include "segments/SegmentBuilder.h"
#include "segments/SegmentEditor.h"
#include "segments/SegmentService.h"
#include "segments/SegmentStore.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mwb;
using namespace mwb::ui;

namespace {

SegmentNode parse(const char *json)
{
    const SegmentParse parsed = SegmentDefinition::fromText(QByteArray(json));
    if (!parsed.ok())
        qFatal("bad test definition %s: %s", json, qPrintable(parsed.error));
    return parsed.node;
}

// Three overlapping definitions over purchases, RFM scores and stages.
const char *const kRepeat = R"({"all": [{"field": "frequency", "op": ">=", "value": 2}]})";
const char *const kLapsing = R"({"any": [{"field": "lifecycle_stage", "op": "=", "value": "abandon"},
                                       {"field": "r_score", "op": "<=", "value": 2}]})";
const char *const kRecent = R"({"all": [{"field": "recency_days", "op": "<", "value": 120}]})";

} // namespace

class TestSegmentsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void liveCountAndPreviewAgreeWithTheCore();
    void staleCountsNeverReplaceNewerOnes();
    void sessionDropsOvertakenAnswers();
    void invalidDefinitionShowsItsError();
    void saveListRenameDuplicateDelete();
    void anEditWaitsOnAWorkerNotTheWindow();
    void unsavedEditsAreNotLostSilently();
    void exportThenImportKeepsTheDefinition();
    void importRefusesABrokenFileNamingIt();
    void snapshotFreezesTheMembers();
    void rfmGridAgreesWithTheCoreAndOpensCells();
    void rfmSegmentsShowTheirTranslatedNames();
    void overlapAgreesWithTheCore();
    void mainWindowListsThePageAfterJourneys();

private:
    std::unique_ptr<Workspace> core(); // a second connection, to compare with
    qint64 coreCount(const SegmentNode &node);
    void screenshot(QWidget *widget, const QString &name);
    bool showDefinition(const SegmentNode &node); // sets it in the builder, waits for its count
    qint64 saveAs(const SegmentNode &node, const QString &name);

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<SegmentsPage> m_page;
};

void TestSegmentsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As the application reads a "C" locale, so screenshots show what users see.
    if (QLocale::system().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::setOrganizationName(u"MarketingWorkbenchTest"_s);
    QCoreApplication::setApplicationName(u"tst_segmentspage"_s);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.mwb"_s);
    DemoOptions options;
    options.customers = 1500;
    QVERIFY(DemoGenerator::create(m_demo, options).error.message.isEmpty());
}

void TestSegmentsPage::init()
{
    m_path = m_dir.filePath(u"%1.mwb"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    QVERIFY(QFile::copy(m_demo, m_path));
    m_session = std::make_unique<WorkspaceSession>();
    QVERIFY(m_session->open(m_path).message.isEmpty());
    m_page = std::make_unique<SegmentsPage>(m_session.get());
    m_page->resize(1280, 900);
    m_page->show();
    QTRY_VERIFY(m_page->isReady());
}

void TestSegmentsPage::cleanup()
{
    m_page.reset();
    m_session.reset();
}

std::unique_ptr<Workspace> TestSegmentsPage::core()
{
    return Workspace::open(m_path).workspace;
}

qint64 TestSegmentsPage::coreCount(const SegmentNode &node)
{
    auto ws = core();
    const SegmentCount count = SegmentQuery::count(ws->db(), node);
    if (!count.ok())
        qWarning("core count failed: %s", qPrintable(count.error));
    return count.count;
}

void TestSegmentsPage::screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("MWB_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QTest::qWait(100); // the layouts take in the figures that just landed
    widget->grab().save(folder + u'/' + name + u".png"_s);
}

bool TestSegmentsPage::showDefinition(const SegmentNode &node)
{
    SegmentEditor *editor = m_page->editor();
    editor->builder()->setDefinition(node);
    const QJsonObject json = editor->definition().toJson();
    QDeadlineTimer deadline(10000);
    while (!(editor->shownCount() && editor->countedDefinition() == json) && !deadline.hasExpired())
        QTest::qWait(10);
    return editor->shownCount() && editor->countedDefinition() == json;
}

qint64 TestSegmentsPage::saveAs(const SegmentNode &node, const QString &name)
{
    const SegmentSaveResult saved = saveSegmentAndWait(m_session->segments(), name, node.toJson());
    return saved.ok() ? saved.id : 0;
}

void TestSegmentsPage::liveCountAndPreviewAgreeWithTheCore()
{
    // A new workspace page starts with everyone.
    QCOMPARE(m_page->currentSegmentId(), 0);
    QCOMPARE(m_page->editor()->shownCount(), std::optional<qint64>(1500));

    const SegmentNode repeat = parse(kRepeat);
    const qint64 expected = coreCount(repeat);
    QVERIFY(expected > 0 && expected < 1500);
    QVERIFY(showDefinition(repeat));
    QCOMPARE(m_page->editor()->shownCount(), std::optional<qint64>(expected));
    QCOMPARE(m_page->editor()->countLabel()->text(), u"%1 customers"_s.arg(QLocale().toString(expected)));
    const QString share = QLocale().toString(100.0 * double(expected) / 1500.0, 'f', 1);
    QCOMPARE(m_page->editor()->countDetail()->text(), u"· %1% of %2"_s.arg(share, QLocale().toString(1500)));
    QVERIFY(m_page->findChild<QLabel *>(u"segmentDescription"_s)->text().size() > 10);

    // The preview lists the first members, by id, as the core does.
    auto ws = core();
    const QList<CustomerSummary> first = SegmentQuery::preview(ws->db(), repeat, SegmentEditor::kPreviewRows);
    CustomerTable *preview = m_page->editor()->previewTable();
    QTRY_COMPARE(preview->rowCount(), int(std::min<qint64>(expected, SegmentEditor::kPreviewRows)));
    QCOMPARE(preview->item(0, CustomerTable::ExternalId)->text(), first.constFirst().externalId);
    QCOMPARE(preview->item(0, CustomerTable::Name)->text(), first.constFirst().name);
    QCOMPARE(preview->item(preview->rowCount() - 1, CustomerTable::ExternalId)->text(), first.constLast().externalId);
    for (int row = 0; row < preview->rowCount(); ++row)
        QVERIFY(preview->customers()[row].orders >= 2);
    screenshot(m_page.get(), u"segments-page"_s);

    // "All customers…" lists the same set.
    m_page->findChild<QPushButton *>(u"showAllCustomers"_s)->click();
    CustomerListDialog *dialog = m_page->editor()->lastDrillDown();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isLoaded());
    QCOMPARE(dialog->count(), expected);
    QCOMPARE(dialog->table()->model()->rowCount(), int(expected)); // every one, not a first page
}

void TestSegmentsPage::staleCountsNeverReplaceNewerOnes()
{
    SegmentEditor *editor = m_page->editor();
    const SegmentNode repeat = parse(kRepeat);
    const SegmentNode lapsing = parse(kLapsing);
    const SegmentNode recent = parse(kRecent);
    const qint64 expected = coreCount(recent);
    QVERIFY(expected != coreCount(repeat) && expected != coreCount(lapsing));

    // Every count shown after the last edit must be the last definition's.
    QList<QJsonObject> shown;
    connect(editor, &SegmentEditor::countShown, this, [&] { shown << editor->countedDefinition(); });
    editor->builder()->setDefinition(repeat);
    QTest::qWait(SegmentEditor::kCountDelayMs + 30); // its count is on its way
    editor->builder()->setDefinition(lapsing);
    QTest::qWait(SegmentEditor::kCountDelayMs / 2);
    editor->builder()->setDefinition(recent);
    const QJsonObject last = editor->definition().toJson();
    const qsizetype before = shown.size();
    QVERIFY(editor->isCounting());
    QTRY_COMPARE(editor->shownCount(), std::optional<qint64>(expected));
    QCOMPARE(editor->countedDefinition(), last);
    // Everything still on its way comes back and is dropped.
    QTRY_COMPARE_WITH_TIMEOUT(m_session->segments()->pendingAnswers(), 0, 20000);
    QCOMPARE(editor->shownCount(), std::optional<qint64>(expected));
    QCOMPARE(editor->countLabel()->text(), u"%1 customers"_s.arg(QLocale().toString(expected)));
    for (qsizetype i = before; i < shown.size(); ++i)
        QCOMPARE(shown[i], last);
}

void TestSegmentsPage::sessionDropsOvertakenAnswers()
{
    // Two live counts back to back: only the newer one is answered.
    const SegmentNode repeat = parse(kRepeat);
    const SegmentNode recent = parse(kRecent);
    QList<qint64> first;
    QList<qint64> second;
    QObject context;
    SegmentService *service = m_session->segments();
    QTRY_COMPARE_WITH_TIMEOUT(service->pendingAnswers(), 0, 20000);
    const int dropped = service->droppedAnswers();
    service->countSegment(repeat, &context, [&](const SegmentCount &c) { first << c.count; });
    service->countSegment(recent, &context, [&](const SegmentCount &c) { second << c.count; });
    QTRY_COMPARE_WITH_TIMEOUT(service->pendingAnswers(), 0, 20000);
    QCOMPARE(service->droppedAnswers(), dropped + 1);
    QCOMPARE(second.size(), 1);
    QVERIFY(first.isEmpty());
    QCOMPARE(second.constFirst(), coreCount(recent));

    // Drill-downs are not live questions: each one is answered.
    QList<qint64> answers;
    m_session->segments()->customers(repeat, 5, &context, [&](const SegmentCustomers &c) { answers << c.count; });
    m_session->segments()->customers(recent, 5, &context, [&](const SegmentCustomers &c) { answers << c.count; });
    QTRY_COMPARE(answers.size(), 2);
    QVERIFY(answers.contains(coreCount(repeat)) && answers.contains(coreCount(recent)));
}

void TestSegmentsPage::invalidDefinitionShowsItsError()
{
    SegmentEditor *editor = m_page->editor();
    editor->builder()->setDefinition(parse(kRepeat));
    QTest::qWait(SegmentEditor::kCountDelayMs + 30);
    // An empty list cannot be counted: the error replaces the count, and the count that
    // was on its way does not come back over it.
    SegmentNode empty =
        SegmentNode::group(SegmentNode::Kind::All, {SegmentNode::condition(u"city"_s, SegmentOp::In, QJsonArray())});
    editor->builder()->setDefinition(empty);
    QVERIFY(!editor->validationError().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_session->segments()->pendingAnswers(), 0, 20000);
    QCOMPARE(editor->shownCount(), std::nullopt);
    QVERIFY(!editor->countDetail()->text().isEmpty());
    QVERIFY(!m_page->findChild<QPushButton *>(u"saveSegmentAs"_s)->isEnabled());
    QVERIFY(!m_page->findChild<QPushButton *>(u"exportSegment"_s)->isEnabled());
}

void TestSegmentsPage::saveListRenameDuplicateDelete()
{
    const SegmentNode repeat = parse(kRepeat);
    const qint64 expected = coreCount(repeat);
    QVERIFY(showDefinition(repeat));
    InputDialog::setNextText(u"Repeat buyers"_s);
    m_page->findChild<QPushButton *>(u"saveSegment"_s)->click(); // a new segment: asks for a name
    QTRY_VERIFY(!m_page->isWriting());
    auto ws = core();
    const auto saved = SegmentStore::findByName(ws->db(), u"Repeat buyers"_s);
    QVERIFY(saved);
    QCOMPARE(SegmentDefinition::fromJson(saved->definition).node, m_page->editor()->definition());
    QCOMPARE(m_page->currentSegmentId(), saved->id);
    QVERIFY(!m_page->isModified());

    // Listed with its count once counted.
    SavedSegmentList *list = m_page->savedList();
    QTreeWidgetItem *item = list->itemFor(saved->id);
    QVERIFY(item);
    QCOMPARE(item->text(0), u"Repeat buyers"_s);
    QTRY_COMPARE(list->itemFor(saved->id)->text(1), QLocale().toString(expected));
    QCOMPARE(list->itemFor(saved->id)->text(2), u"just now"_s);
    QCOMPARE(SegmentStore::find(ws->db(), saved->id)->lastCount, std::optional<qint64>(expected));
    QCOMPARE(list->currentId(), saved->id);

    // Rename.
    InputDialog::setNextText(u"Buyers who came back"_s);
    m_page->findChild<QPushButton *>(u"renameSegment"_s)->click();
    QTRY_VERIFY(!m_page->isWriting());
    QCOMPARE(SegmentStore::find(ws->db(), saved->id)->name, u"Buyers who came back"_s);
    QCOMPARE(list->itemFor(saved->id)->text(0), u"Buyers who came back"_s);
    QCOMPARE(m_page->findChild<QLabel *>(u"segmentTitle"_s)->text(), u"Buyers who came back"_s);

    // Duplicate: the copy is opened.
    m_page->findChild<QPushButton *>(u"duplicateSegment"_s)->click();
    QTRY_VERIFY(!m_page->isWriting());
    const auto copy = SegmentStore::findByName(ws->db(), u"Buyers who came back (copy)"_s);
    QVERIFY(copy);
    QCOMPARE(copy->definition, saved->definition);
    QCOMPARE(m_page->currentSegmentId(), copy->id);
    QCOMPARE(list->topLevelItemCount(), 2);
    QTRY_COMPARE(list->itemFor(copy->id)->text(1), QLocale().toString(expected));

    // Delete asks first; "No" keeps it.
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!m_page->deleteSegment());
    QVERIFY(SegmentStore::find(ws->db(), copy->id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_page->findChild<QPushButton *>(u"deleteSegment"_s)->click();
    QTRY_VERIFY(!m_page->isWriting());
    QVERIFY(MessageBox::lastText().contains(u"Buyers who came back (copy)"_s));
    QVERIFY(!SegmentStore::find(ws->db(), copy->id));
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(m_page->currentSegmentId(), saved->id); // the one left is opened

    // Saving an edit of a saved segment updates it in place.
    const SegmentNode recent = parse(kRecent);
    QVERIFY(showDefinition(recent));
    QVERIFY(m_page->isModified());
    m_page->findChild<QPushButton *>(u"saveSegment"_s)->click();
    QTRY_VERIFY(!m_page->isWriting());
    QCOMPARE(SegmentDefinition::fromJson(SegmentStore::find(ws->db(), saved->id)->definition).node,
             m_page->editor()->definition());
    QTRY_COMPARE(list->itemFor(saved->id)->text(1), QLocale().toString(coreCount(recent)));

    // A segment saved elsewhere (the Lifecycle playbook) appears in the list.
    QVERIFY(saveSegmentAndWait(m_session->segments(), u"Win back"_s, parse(kLapsing).toJson()).ok());
    QCOMPARE(list->topLevelItemCount(), 2);
}

void TestSegmentsPage::anEditWaitsOnAWorkerNotTheWindow()
{
    const qint64 id = saveAs(parse(kRepeat), u"Repeat buyers"_s);
    QVERIFY(id > 0);
    QVERIFY(m_page->openSegment(id));
    // Another program holds the workspace's write lock (as an import from the command line
    // would): the rename waits for it on a worker, and the window goes on.
    auto other = core();
    other->db().exec("BEGIN IMMEDIATE");
    InputDialog::setNextText(u"Came back"_s);
    QVERIFY(m_page->renameSegment());
    QVERIFY(m_page->isWriting());
    QVERIFY(!m_page->findChild<QPushButton *>(u"renameSegment"_s)->isEnabled()); // one edit at a time
    QCOMPARE(SegmentStore::find(other->db(), id)->name, u"Repeat buyers"_s);
    other->db().exec("ROLLBACK");
    QTRY_VERIFY(!m_page->isWriting());
    QCOMPARE(SegmentStore::find(other->db(), id)->name, u"Came back"_s);
    QCOMPARE(m_page->findChild<QLabel *>(u"segmentTitle"_s)->text(), u"Came back"_s);
    QVERIFY(m_page->findChild<QPushButton *>(u"renameSegment"_s)->isEnabled());

    // Edits made while "Save as" is on its way stay unsaved: what was written is the baseline.
    m_page->editor()->builder()->setDefinition(parse(kLapsing));
    other->db().exec("BEGIN IMMEDIATE");
    InputDialog::setNextText(u"Lapsing"_s);
    QVERIFY(m_page->saveAs());
    QVERIFY(m_page->isWriting());
    QVERIFY(!m_page->openSegment(id)); // nothing else opens while the edit is on its way
    m_page->editor()->builder()->setDefinition(parse(kRecent));
    other->db().exec("ROLLBACK");
    QTRY_VERIFY(!m_page->isWriting());
    const auto lapsing = SegmentStore::findByName(other->db(), u"Lapsing"_s);
    QVERIFY(lapsing);
    QCOMPARE(SegmentDefinition::fromJson(lapsing->definition).node, parse(kLapsing));
    QCOMPARE(m_page->currentSegmentId(), lapsing->id);
    QVERIFY(m_page->isModified());
    QCOMPARE(m_page->editor()->definition(), parse(kRecent));

    // A write whose answer is dropped because the workspace closed leaves nothing disabled.
    other->db().exec("BEGIN IMMEDIATE");
    InputDialog::setNextText(u"Lapsing again"_s);
    QVERIFY(m_page->saveAs());
    QVERIFY(m_page->isWriting());
    m_session->close();
    other->db().exec("ROLLBACK");
    QVERIFY(!m_page->isWriting());
    QVERIFY(m_session->open(m_path).ok());
    QTRY_VERIFY(m_page->findChild<QPushButton *>(u"renameSegment"_s)->isEnabled());
}

void TestSegmentsPage::unsavedEditsAreNotLostSilently()
{
    const qint64 id = saveAs(parse(kRepeat), u"Repeat buyers"_s);
    QVERIFY(id > 0);
    QVERIFY(m_page->openSegment(id));
    QVERIFY(showDefinition(parse(kRecent)));
    QVERIFY(m_page->isModified());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_page->newSegment());
    QCOMPARE(m_page->currentSegmentId(), id);
    QVERIFY(m_page->isModified());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(m_page->newSegment());
    QCOMPARE(m_page->currentSegmentId(), 0);
    auto ws = core();
    QCOMPARE(SegmentDefinition::fromJson(SegmentStore::find(ws->db(), id)->definition).node, parse(kRepeat));

    // "Save" writes the edits on a worker first, and opens the other segment once they landed.
    const qint64 other = saveAs(parse(kLapsing), u"Lapsing"_s);
    QVERIFY(other > 0);
    QVERIFY(m_page->openSegment(id));
    QVERIFY(showDefinition(parse(kRecent)));
    QVERIFY(m_page->isModified());
    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(m_page->openSegment(other));
    QTRY_COMPARE(m_page->currentSegmentId(), other);
    QVERIFY(!m_page->isWriting());
    QVERIFY(!m_page->isModified());
    QCOMPARE(m_page->editor()->definition(), parse(kLapsing));
    QCOMPARE(SegmentDefinition::fromJson(SegmentStore::find(ws->db(), id)->definition).node, parse(kRecent));
}

void TestSegmentsPage::exportThenImportKeepsTheDefinition()
{
    const SegmentNode lapsing = parse(kLapsing);
    const qint64 id = saveAs(lapsing, u"Lapsing"_s);
    QVERIFY(m_page->openSegment(id));
    const QString file = m_dir.filePath(u"lapsing.json"_s);
    FileDialog::setNextFileName(file);
    m_page->findChild<QPushButton *>(u"exportSegment"_s)->click();
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const SegmentParse exported = SegmentDefinition::fromText(written.readAll());
    QVERIFY2(exported.ok(), qPrintable(exported.error));
    QCOMPARE(exported.node, lapsing);

    FileDialog::setNextFileName(file);
    InputDialog::setNextText(u"Lapsing again"_s);
    m_page->findChild<QPushButton *>(u"importSegment"_s)->click();
    QTRY_VERIFY(!m_page->isWriting());
    auto ws = core();
    const auto imported = SegmentStore::findByName(ws->db(), u"Lapsing again"_s);
    QVERIFY(imported);
    QCOMPARE(SegmentDefinition::fromJson(imported->definition).node, lapsing);
    QCOMPARE(m_page->currentSegmentId(), imported->id);
    QTRY_COMPARE(m_page->editor()->shownCount(), std::optional<qint64>(coreCount(lapsing)));
}

void TestSegmentsPage::importRefusesABrokenFileNamingIt()
{
    const QString file = m_dir.filePath(u"broken-segment.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"all": [{"field": "frequency", "op": "eq", "value": 2}]})");
    out.close();
    FileDialog::setNextFileName(file);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_page->importDefinition());
    QVERIFY(MessageBox::lastText().contains(u"broken-segment.json"_s));
    QVERIFY(MessageBox::lastText().contains(u"eq"_s));
    auto ws = core();
    QVERIFY(SegmentStore::list(ws->db()).isEmpty());
}

void TestSegmentsPage::snapshotFreezesTheMembers()
{
    const SegmentNode repeat = parse(kRepeat);
    const qint64 id = saveAs(repeat, u"Repeat buyers"_s);
    QVERIFY(m_page->openSegment(id));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(m_page->snapshotSegment());
    auto ws = core();
    QTRY_COMPARE(SegmentStore::snapshots(ws->db(), id).size(), 1);
    QTRY_VERIFY(MessageBox::lastText().contains(QLocale().toString(coreCount(repeat))));
    const SegmentSnapshot snapshot = SegmentStore::snapshots(ws->db(), id).constFirst();
    QCOMPARE(snapshot.customers, coreCount(repeat));
    QCOMPARE(SegmentStore::snapshotMembers(ws->db(), snapshot.id), SegmentQuery::ids(ws->db(), repeat));
}

void TestSegmentsPage::rfmGridAgreesWithTheCoreAndOpensCells()
{
    m_page->tabs()->setCurrentWidget(m_page->rfmPanel());
    RfmGridView *view = m_page->rfmPanel()->grid();
    auto ws = core();
    const RfmGrid expected = RfmScores::grid(ws->db());
    QVERIFY(expected.scored > 0);
    QCOMPARE(view->grid().customers, expected.customers);
    QCOMPARE(view->grid().revenueMinor, expected.revenueMinor);
    qint64 sum = 0;
    for (int r = 1; r <= 5; ++r) {
        for (int f = 1; f <= 5; ++f)
            sum += view->cellCustomers(r, f);
    }
    QCOMPARE(sum, expected.scored);
    QVERIFY(view->cellToolTip(5, 5).contains(RfmScores::segmentName(5, 5)));
    screenshot(m_page.get(), u"segments-rfm"_s);

    // A click on the fullest cell lists its customers.
    int bestR = 1, bestF = 1;
    for (int r = 1; r <= 5; ++r) {
        for (int f = 1; f <= 5; ++f) {
            if (view->cellCustomers(r, f) > view->cellCustomers(bestR, bestF)) {
                bestR = r;
                bestF = f;
            }
        }
    }
    QTest::mouseClick(view, Qt::LeftButton, {}, view->cellRect(bestR, bestF).center());
    CustomerListDialog *dialog = m_page->rfmPanel()->lastDrillDown();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isLoaded());
    QCOMPARE(dialog->count(), view->cellCustomers(bestR, bestF));
    QCOMPARE(dialog->definition(), RfmPanel::cellDefinition(bestR, bestF));
    screenshot(dialog, u"segments-rfm-drilldown"_s);

    // The named segments add up the cells.
    qint64 named = 0;
    QTableWidget *table = m_page->rfmPanel()->segmentTable();
    for (int row = 0; row < table->rowCount(); ++row)
        named += table->item(row, 1)->data(Qt::UserRole).toLongLong();
    QCOMPARE(named, expected.scored);
}

void TestSegmentsPage::rfmSegmentsShowTheirTranslatedNames()
{
    RfmPanel *panel = m_page->rfmPanel();
    m_page->tabs()->setCurrentWidget(panel);
    QTableWidget *table = panel->segmentTable();
    QCOMPARE(table->item(0, 0)->text(), u"Champions"_s);

    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/marketing-workbench_zh_CN.qm"_s));
    QCoreApplication::installTranslator(&translator);
    const auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    panel->reload();
    QTRY_VERIFY(panel->isLoaded());
    QStringList shown;
    for (int row = 0; row < table->rowCount(); ++row) {
        shown << table->item(row, 0)->text();
        QCOMPARE(table->item(row, 0)->data(Qt::UserRole).toString(), RfmScores::segmentNames().at(row));
    }
    QCOMPARE(shown.first(), u"冠军客户"_s);
    QCOMPARE(shown.last(), u"已流失"_s);
    for (const QString &name : std::as_const(shown)) {
        static const QRegularExpression latin(u"[A-Za-z]"_s);
        QVERIFY2(!latin.match(name).hasMatch(), qPrintable(name));
    }
    QVERIFY2(panel->grid()->cellToolTip(5, 5).contains(u"冠军客户"_s), qPrintable(panel->grid()->cellToolTip(5, 5)));

    // A double-click on a named segment lists its customers, asked for by the stored name.
    Q_EMIT table->cellActivated(0, 0);
    CustomerListDialog *dialog = panel->lastDrillDown();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"RFM：冠军客户"_s);
    QCOMPARE(dialog->definition(), SegmentNode::condition(u"rfm_segment"_s, SegmentOp::Equal, u"Champions"_s));
    QTRY_VERIFY(dialog->isLoaded());
    QCOMPARE(dialog->count(), table->item(0, 1)->data(Qt::UserRole).toLongLong());
    QVERIFY(dialog->count() > 0);
}

void TestSegmentsPage::overlapAgreesWithTheCore()
{
    const QList<SegmentNode> nodes{parse(kRepeat), parse(kLapsing), parse(kRecent)};
    const QList<qint64> ids{saveAs(nodes[0], u"Repeat buyers"_s), saveAs(nodes[1], u"Lapsing 流失风险"_s),
                            saveAs(nodes[2], u"Bought lately"_s)};
    OverlapPanel *panel = m_page->overlapPanel();
    m_page->tabs()->setCurrentWidget(panel);
    auto ws = core();

    panel->choose({ids[0], ids[1], 0});
    QTRY_VERIFY(panel->isComputed());
    const SegmentOverlap two = SegmentQuery::overlap(ws->db(), {nodes[0], nodes[1]});
    QCOMPARE(panel->view()->overlap().segments, 2);
    QCOMPARE(panel->view()->overlap().regions, two.regions);
    QCOMPARE(panel->table()->rowCount(), 4); // only A, only B, both, any
    QCOMPARE(panel->table()->item(2, 1)->data(Qt::UserRole).toLongLong(), two.regions[3]);

    panel->picker(2)->setCurrentIndex(panel->picker(2)->findData(ids[2]));
    QTRY_VERIFY(panel->isComputed());
    const SegmentOverlap three = SegmentQuery::overlap(ws->db(), nodes);
    QCOMPARE(panel->view()->overlap().regions, three.regions);
    QCOMPARE(panel->table()->rowCount(), 8);
    QCOMPARE(panel->table()->item(6, 1)->data(Qt::UserRole).toLongLong(), three.regions[7]);
    qint64 any = 0;
    for (int mask = 1; mask < 8; ++mask)
        any += three.regions[mask];
    QCOMPARE(panel->table()->item(7, 1)->data(Qt::UserRole).toLongLong(), any);
    screenshot(m_page.get(), u"segments-overlap"_s);
}

void TestSegmentsPage::mainWindowListsThePageAfterJourneys()
{
    cleanup(); // the window opens the workspace in its own session
    {
        auto ws = core();
        QVERIFY(SegmentStore::save(ws->db(), u"复购客户 Repeat buyers"_s, parse(kRepeat).toJson()).ok());
    }
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openWorkspace(m_path));
    QStringList ids;
    for (WorkbenchPage *page : window.pages())
        ids << page->pageId();
    // Lifecycle, then the journeys that lead into it, then the segments built on both.
    QCOMPARE(ids.indexOf(u"journeys"_s), ids.indexOf(u"lifecycle"_s) + 1);
    QCOMPARE(ids.indexOf(u"segments"_s), ids.indexOf(u"journeys"_s) + 1);
    window.showPage(u"segments"_s);
    auto *page = qobject_cast<SegmentsPage *>(window.currentPage());
    QVERIFY(page);
    QTRY_VERIFY(page->isReady());
    QCOMPARE(page->findChild<QLabel *>(u"segmentTitle"_s)->text(), u"复购客户 Repeat buyers"_s);
    QTRY_COMPARE(page->editor()->shownCount(), std::optional<qint64>(coreCount(parse(kRepeat))));
    screenshot(&window, u"segments-window"_s);
    page->tabs()->setCurrentIndex(1);
    screenshot(&window, u"segments-window-rfm"_s);
}

QTEST_MAIN(TestSegmentsPage)
#include "tst_segmentspage.moc"
