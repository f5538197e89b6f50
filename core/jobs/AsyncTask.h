// runAsync: runs work on the global thread pool and hands its result to a callback on the
// thread of `context`, only while `context` is alive; a window that closes before the
// work ends never sees the answer. Work must not touch the caller's objects: give it
// copies and its own database connection.
#pragma once

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
    watcher->setFuture(QtConcurrent::run(std::forward<Work>(work)));
}

// runAsync for the services that answer a window's questions about the open workspace:
// the answer reaches `callback` only while `context` (else `owner`) lives, while the
// workspace is still the one asked (*workspaceGeneration unchanged) and, for a live
// question (`liveGeneration` given), when no newer question of its kind was asked since.
template <typename Work, typename Callback>
void runAsyncLatest(QObject *owner, QObject *context, const quint64 *workspaceGeneration, quint64 *liveGeneration,
                    Work &&work, Callback &&callback)
{
    const quint64 askedWorkspace = *workspaceGeneration;
    const quint64 asked = liveGeneration ? ++*liveGeneration : 0;
    QPointer<QObject> guard(context ? context : owner);
    runAsync(owner, std::forward<Work>(work),
             [workspaceGeneration, liveGeneration, askedWorkspace, asked, guard,
              callback = std::forward<Callback>(callback)](const auto &answer) mutable {
                 if (!guard || askedWorkspace != *workspaceGeneration)
                     return;
                 if (liveGeneration && asked != *liveGeneration)
                     return;
                 callback(answer);
             });
}

} // namespace mwb
