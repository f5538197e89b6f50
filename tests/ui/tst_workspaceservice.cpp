// The services' shared machinery: questions run on the application's worker pool, never
// Qt's global one (those of widgets not shown on the background lane), and a question
// overtaken by a newer one of its kind has its running query stopped and its answer
// dropped, while the newer one is answered.
#include "WorkspaceService.h"
#include "jobs/WorkerPool.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <QTemporaryDir>
#include <QThreadPool>
#include <QWidget>
#include <QtTest>

#include <atomic>
#include <utility>

using namespace Qt::StringLiterals;
using namespace mwb;

namespace {

class Service : public ui::WorkspaceService
{
public:
    using WorkspaceService::askLatest;
    using WorkspaceService::path;
    quint64 live = 0;
};

// Counts to `n` on a connection of its own: tens of millions of SQLite steps for 20M.
qint64 countTo(const QString &path, qint64 n)
{
    const auto db = Workspace::openConnection(path, Workspace::Access::ReadOnly);
    SQLite::Statement query(*db,
                            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1) "
                            "SELECT count(*) FROM n");
    query.bind(1, static_cast<int64_t>(n));
    query.executeStep();
    return query.getColumn(0).getInt64();
}

} // namespace

class TestWorkspaceService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overtakenQuestionsAreStopped();
    void questionsOfHiddenWidgetsTakeTheBackgroundLane();
};

void TestWorkspaceService::overtakenQuestionsAreStopped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto created = Workspace::create(dir.filePath(u"ws.mwb"_s));
    QVERIFY(created.workspace);
    Service service;
    service.setWorkspace(created.workspace.get());
    const QString path = service.path();

    std::atomic_bool started{false};
    std::atomic_bool onWorkerPool{false};
    std::atomic_int firstEnded{0}; // 1: counted to the end, 2: stopped
    qint64 firstAnswer = -1;
    qint64 secondAnswer = -1;
    service.askLatest(
        &service.live, &service,
        [&, path]() -> qint64 {
            onWorkerPool =
                QThreadPool::globalInstance()->activeThreadCount() == 0 && workerPool().activeThreadCount() >= 1;
            started = true;
            try {
                const qint64 n = countTo(path, 2000000000); // minutes, unless stopped
                firstEnded = 1;
                return n;
            } catch (const SQLite::Exception &e) {
                firstEnded = (e.getErrorCode() & 0xff) == SQLITE_INTERRUPT ? 2 : 3;
                throw;
            }
        },
        [&](qint64 n) { firstAnswer = n; });
    QTRY_VERIFY(started.load());
    QVERIFY(onWorkerPool.load());
    service.askLatest(
        &service.live, &service, [path] { return countTo(path, 1000); }, [&](qint64 n) { secondAnswer = n; });
    QTRY_COMPARE(service.pendingAnswers(), 0);
    QCOMPARE(firstEnded.load(), 2);
    QCOMPARE(firstAnswer, qint64(-1));
    QCOMPARE(service.droppedAnswers(), 1);
    QCOMPARE(secondAnswer, qint64(1000));
}

// A page not shown asks on the one-thread background lane; one shown, on the worker pool.
void TestWorkspaceService::questionsOfHiddenWidgetsTakeTheBackgroundLane()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto created = Workspace::create(dir.filePath(u"ws.mwb"_s));
    QVERIFY(created.workspace);
    Service service;
    service.setWorkspace(created.workspace.get());
    QWidget hidden;
    QWidget shown;
    shown.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shown));
    auto lanes = [] { return std::pair{backgroundPool().activeThreadCount(), workerPool().activeThreadCount()}; };
    std::pair<int, int> hiddenLanes{-1, -1};
    std::pair<int, int> shownLanes{-1, -1};
    service.askLatest(nullptr, &hidden, lanes, [&](std::pair<int, int> seen) { hiddenLanes = seen; });
    QTRY_COMPARE(service.pendingAnswers(), 0);
    service.askLatest(nullptr, &shown, lanes, [&](std::pair<int, int> seen) { shownLanes = seen; });
    QTRY_COMPARE(service.pendingAnswers(), 0);
    QCOMPARE(hiddenLanes, (std::pair{1, 0}));
    QCOMPARE(shownLanes, (std::pair{0, 1}));
}

QTEST_MAIN(TestWorkspaceService)
#include "tst_workspaceservice.moc"
