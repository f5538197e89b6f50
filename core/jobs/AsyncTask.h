// runAsync: runs work on the application's worker pool (never Qt's global pool, which
// painting shares) and hands its result to a callback on the thread of `context`, only
// while `context` is alive; a window that closes before the work ends never sees the
// answer. Work waiting for a thread starts in order of `priority` (higher first); `pool`
// (default: the worker pool) may be the background lane. Work must not touch the caller's objects: give it copies and its own database
// connection.
#pragma once

#include "WorkerPool.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/qtconcurrenttask.h>

#include <type_traits>
#include <utility>

namespace mwb {

template <typename Work, typename Callback>
void runAsync(QObject *context, Work &&work, Callback &&callback, int priority = 0, QThreadPool *pool = nullptr)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, callback = std::forward<Callback>(callback)]() mutable {
                         callback(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::task(std::forward<Work>(work))
                           .onThreadPool(pool ? *pool : workerPool())
                           .withPriority(priority)
                           .spawn());
}

} // namespace mwb
