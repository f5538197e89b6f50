#include "JourneyService.h"

#include "WorkspaceSession.h"
#include "jobs/AsyncTask.h"
#include "jobs/JobProgress.h"
#include "store/Workspace.h"

#include <QPointer>

#include <exception>

using namespace Qt::StringLiterals;

namespace mwb::ui {

JourneyService::JourneyService(WorkspaceSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(m_session, &WorkspaceSession::opened, this, &JourneyService::cancel);
    connect(m_session, &WorkspaceSession::closed, this, &JourneyService::cancel);
}

JourneyService::~JourneyService()
{
    if (m_running)
        m_running->cancel();
}

std::shared_ptr<JobProgress> JourneyService::analyze(const JourneyFilter &filter, QObject *context,
                                                     std::function<void(const JourneyResult &)> done)
{
    cancel();
    if (!m_session->isOpen())
        return {};
    // The worker may hold the last reference: the object is then deleted on its own thread.
    std::shared_ptr<JobProgress> progress(new JobProgress, [](JobProgress *p) { p->deleteLater(); });
    m_running = progress;
    const quint64 asked = ++m_generation;
    ++m_pending;
    QPointer<QObject> guard(context ? context : this);
    runAsync(
        this,
        [path = m_session->path(), filter, progress]() -> JourneyResult {
            try {
                auto db = Workspace::openConnection(path, Workspace::Access::ReadOnly);
                const JourneyAnalyzer::Progress report = [&progress](qint64 done, qint64 total) {
                    progress->report(done, total, done);
                };
                return JourneyAnalyzer::analyze(*db, filter, report, progress->cancelFlag());
            } catch (const std::exception &e) {
                JourneyResult failed;
                failed.error = QString::fromUtf8(e.what());
                return failed;
            }
        },
        [this, asked, guard, done = std::move(done)](const JourneyResult &result) {
            --m_pending;
            if (asked != m_generation || !guard) {
                ++m_dropped;
                if (asked == m_generation)
                    m_running.reset();
                return;
            }
            m_running.reset();
            done(result);
        });
    return progress;
}

void JourneyService::cancel()
{
    if (m_running)
        m_running->cancel();
    m_running.reset();
    ++m_generation;
}

} // namespace mwb::ui
