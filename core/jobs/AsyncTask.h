// runAsync: runs work on the application's worker pool (never Qt's global pool, which
// painting shares) and hands its result to a callback on the thread of `context`, only
// while `context` is alive; a window that closes before the work ends never sees the
// answer. Work must not touch the caller's objects: give it copies and its own database
// connection.
#pragma once

#include "WorkerPool.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace mwb {

template <typename Work, typename Callback> void runAsync(QObject *context, Work &&work, Callback &&callback)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, callback = std::forward<Callback>(callback)]() mutable {
                         callback(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(&workerPool(), std::forward<Work>(work)));
}

} // namespace mwb
