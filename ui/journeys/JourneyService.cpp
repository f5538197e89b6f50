#include "JourneyService.h"

#include "jobs/JobProgress.h"
#include "store/Workspace.h"

#include <exception>

namespace mwb::ui {

JourneyService::JourneyService(QObject *parent)
    : WorkspaceService(parent)
{
}

JourneyService::~JourneyService()
{
    if (m_running)
        m_running->cancel();
}

void JourneyService::setWorkspace(Workspace *workspace)
{
    cancel();
    WorkspaceService::setWorkspace(workspace);
}

std::shared_ptr<JobProgress> JourneyService::analyze(const JourneyFilter &filter, QObject *context,
                                                     std::function<void(const JourneyResult &)> done)
{
    cancel();
    if (!isOpen())
        return {};
    // The worker may hold the last reference: the object is then deleted on its own thread.
    std::shared_ptr<JobProgress> progress(new JobProgress, [](JobProgress *p) { p->deleteLater(); });
    m_running = progress;
    askLatest(
        &m_generation, context,
        [path = path(), filter, progress]() -> JourneyResult {
            try {
                auto db = Workspace::openConnection(path, Workspace::Access::ReadOnly);
                const JourneyAnalyzer::Progress report = [&progress](qint64 done, qint64 total) {
                    progress->report(done, total, done);
                };
                return JourneyAnalyzer::analyze(*db, filter, report, progress->cancelFlag());
            } catch (const std::exception &e) {
                JourneyResult failed;
                failed.error = failure(path, e);
                return failed;
            }
        },
        [this, progress, done = std::move(done)](const JourneyResult &result) {
            if (m_running == progress)
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
