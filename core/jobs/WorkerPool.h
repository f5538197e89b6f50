// WorkerPool: the threads the application's background work runs on. Never Qt's global
// pool: Qt's painting shares that one (a chart or an image drawn on the GUI thread hands
// stripes of its work to the global pool and waits for them), so a long query there
// freezes the window until it ends.
#pragma once

class QThreadPool;

namespace mwb {

// The pool: as many threads as the machine has cores (at least two, so a long question
// never holds up a short one alone). Created on first use, ended with the program.
QThreadPool &workerPool();

} // namespace mwb
