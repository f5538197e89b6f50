// JourneyService: runs JourneyAnalyzer::analyze for the open workspace on a worker thread
// with its own read-only connection, one job at a time: a new request cancels the one
// still running and its answer is dropped, as is every answer for a workspace no longer
// open. Progress and the cancel travel in a JobProgress the worker shares.
#pragma once

#include "journeys/JourneyAnalyzer.h"

#include <QObject>

#include <functional>
#include <memory>

namespace mwb {
class JobProgress;
}

namespace mwb::ui {

class WorkspaceSession;

class JourneyService : public QObject
{
    Q_OBJECT

public:
    explicit JourneyService(WorkspaceSession *session, QObject *parent = nullptr);
    ~JourneyService() override;

    // Starts the analysis; `done` runs on this thread with its result unless a newer
    // request, cancel() or a change of workspace overtook it. The progress of the job is
    // returned (null when no workspace is open).
    std::shared_ptr<JobProgress> analyze(const JourneyFilter &filter, QObject *context,
                                         std::function<void(const JourneyResult &)> done);
    // Stops the running job; its answer is never delivered.
    void cancel();
    bool isRunning() const { return m_running != nullptr; }
    // Jobs whose answer has not come back yet, and answers that came back and were dropped;
    // what tests wait on instead of the clock.
    int pendingAnswers() const { return m_pending; }
    int droppedAnswers() const { return m_dropped; }

private:
    WorkspaceSession *m_session;
    std::shared_ptr<JobProgress> m_running;
    quint64 m_generation = 0;
    int m_pending = 0;
    int m_dropped = 0;
};

} // namespace mwb::ui
