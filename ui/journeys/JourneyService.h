// JourneyService: runs JourneyAnalyzer::analyze for the open workspace on a worker thread
// with its own read-only connection, one job at a time: a new request cancels the one
// still running and its answer is dropped, as is every answer for a workspace no longer
// open (WorkspaceService). Progress and the cancel travel in a JobProgress the worker
// shares.
#pragma once

#include "WorkspaceService.h"
#include "journeys/JourneyAnalyzer.h"

#include <functional>
#include <memory>

namespace mwb {
class JobProgress;
}

namespace mwb::ui {

class JourneyService : public WorkspaceService
{
    Q_OBJECT

public:
    explicit JourneyService(QObject *parent = nullptr);
    ~JourneyService() override;

    void setWorkspace(Workspace *workspace) override;

    // Starts the analysis; `done` runs on this thread with its result unless a newer
    // request, cancel() or a change of workspace overtook it. The progress of the job is
    // returned (null when no workspace is open).
    std::shared_ptr<JobProgress> analyze(const JourneyFilter &filter, QObject *context,
                                         std::function<void(const JourneyResult &)> done);
    // Stops the running job; its answer is never delivered.
    void cancel();
    bool isRunning() const { return m_running != nullptr; }

private:
    std::shared_ptr<JobProgress> m_running;
    quint64 m_generation = 0; // of the live question: cancel() bumps it too
};

} // namespace mwb::ui
