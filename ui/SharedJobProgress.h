// sharedJobProgress: a JobProgress that a window and the worker reporting to it own
// together, so it lives until both are done with it, whichever lets go first. It is
// deleted on its own thread's event loop, never from the worker's thread.
#pragma once

#include "jobs/JobProgress.h"

#include <memory>

namespace mwb::ui {

inline std::shared_ptr<JobProgress> sharedJobProgress()
{
    return std::shared_ptr<JobProgress>(new JobProgress, [](JobProgress *progress) { progress->deleteLater(); });
}

} // namespace mwb::ui
