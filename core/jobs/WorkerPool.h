// WorkerPool: the threads the application's background work runs on. Never Qt's global
// pool: Qt's painting shares that one (a chart or an image drawn on the GUI thread hands
// stripes of its work to the global pool and waits for them), so a long query there
// freezes the window until it ends.
#pragma once

class QThreadPool;

namespace mwb {

// The pool: twice as many threads as the machine has cores, at least four. The questions
// are mostly waits on the disk and the pages' first loads come together; with more
// threads than cores, a short question shares the processors with the long ones instead
// of queueing behind them. Created on first use, ended with the program.
QThreadPool &workerPool();
// The lane for questions nobody is looking at yet (a page not shown asking for its first
// figures): one thread, so they take one core at most and the window's own questions keep
// the rest.
QThreadPool &backgroundPool();

} // namespace mwb
