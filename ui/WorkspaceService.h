// WorkspaceService: what the services answering the window's questions about the open
// workspace share (segments, campaigns, analytics, customers, journeys). Each question runs on a
// worker thread with its own connection and its answer reaches a callback on the GUI
// thread only while its context object lives and the workspace is still the one asked
// (ask); for a live question only the newest request of its kind is answered
// (askLatest); a question whose answer can no longer be used is not started, or stopped.
// Failures read as the command line words them (a damaged workspace,
// another program's import holding it, a full disk), and a workspace that cannot be
// changed refuses every change with the reason.
#pragma once

#include "jobs/AsyncTask.h"
#include "store/QueryInterrupt.h"

#include <SQLiteCpp/Database.h>

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <exception>
#include <memory>
#include <optional>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace mwb {
class Workspace;
}

namespace mwb::ui {

class WorkspaceService : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceService(QObject *parent = nullptr);
    ~WorkspaceService() override;

    // The workspace the questions go to (null: none). Answers still on their way for the
    // previous one are dropped; a service with running jobs stops them too.
    virtual void setWorkspace(Workspace *workspace);
    bool isOpen() const { return m_workspace != nullptr; }
    QString currency() const;
    // Why changes are refused (the workspace cannot be changed), or empty.
    QString readOnlyReason() const;

    // Questions asked whose answer has not come back yet, and answers that came back but
    // were dropped (overtaken by a newer question of their kind, for a workspace no longer
    // open, or for a context gone): what tests wait on instead of the clock.
    int pendingAnswers() const { return m_pending; }
    int droppedAnswers() const { return m_dropped; }

protected:
    Workspace *workspace() const { return m_workspace; }
    // Bumped by every change of workspace: an answer for an older one is stale.
    quint64 workspaceGeneration() const { return m_workspaceGeneration; }
    QString path() const;
    // The message for a change asked of a workspace that cannot be changed, or empty.
    QString refusal() const;
    // What an exception met on the workspace at `path` means for the user.
    static QString failure(const QString &path, const std::exception &e);
    static QString noWorkspace();

    // Runs `work` on a worker thread; `done` gets its answer on this thread.
    template <typename Work, typename Done> void ask(QObject *context, Work &&work, Done &&done)
    {
        submit(nullptr, context, true, std::forward<Work>(work), std::forward<Done>(done));
    }
    // The same for a live question: answers overtaken by a newer one of its kind are dropped.
    template <typename Work, typename Done>
    void askLatest(quint64 *liveGeneration, QObject *context, Work &&work, Done &&done)
    {
        submit(liveGeneration, context, true, std::forward<Work>(work), std::forward<Done>(done));
    }

    // A change of the workspace. Refused at once when the workspace cannot be changed
    // (`done` gets `failed` with the reason as its error); else `write(db)` runs on a
    // worker's read-write connection, an exception becoming `failed` with failure()'s
    // words. `announce` hears every answer for the workspace still open — the change is
    // made whether or not the asker is still there — and `done` only while `context`
    // lives (always when none is given). Result is QString (the error itself) or has a
    // QString `error`.
    template <typename Result, typename Write, typename Announce, typename Done>
    void askToChange(QObject *context, Result failed, Write &&write, Announce &&announce, Done &&done)
    {
        if (const QString refused = isOpen() ? refusal() : noWorkspace(); !refused.isEmpty()) {
            done(withError(std::move(failed), refused));
            return;
        }
        QPointer<QObject> guard(context);
        submit(
            nullptr, this, false, // a change runs to its end whoever waits for it
            [path = path(), failed, write = std::forward<Write>(write)]() -> Result {
                try {
                    const std::unique_ptr<SQLite::Database> db = writeConnection(path);
                    return write(*db);
                } catch (const std::exception &e) {
                    return withError(failed, failure(path, e));
                }
            },
            [guard, tied = context != nullptr, announce = std::forward<Announce>(announce),
             done = std::forward<Done>(done)](const Result &result) mutable {
                announce(result);
                if (!tied || guard)
                    done(result);
            });
    }

private:
    using StopFlag = std::shared_ptr<std::atomic_bool>;

    // Runs `work` on the worker pool. A `cancellable` question whose answer can no longer be
    // used (overtaken by a newer one of its kind, for another workspace, its context gone,
    // the service ended) is not started, and one running has its queries stopped
    // (QueryInterrupt); its answer is dropped.
    template <typename Work, typename Done>
    void submit(quint64 *liveGeneration, QObject *context, bool cancellable, Work &&work, Done &&done)
    {
        using Result = std::invoke_result_t<Work>;
        ++m_pending;
        const quint64 askedWorkspace = m_workspaceGeneration;
        const quint64 asked = liveGeneration ? ++*liveGeneration : 0;
        QPointer<QObject> guard(context ? context : this);
        const StopFlag stop = cancellable ? stopFlag(liveGeneration) : StopFlag();
        const QMetaObject::Connection watch = stopWith(context, stop);
        // A question for a widget not shown (a page's first figures) takes the background lane.
        QThreadPool *lane = cancellable && unseen(context) ? &backgroundPool() : nullptr;
        runAsync(
            this,
            [stop, work = std::forward<Work>(work)]() mutable -> std::optional<Result> {
                if (!stop)
                    return work();
                if (stop->load())
                    return std::nullopt;
                const QueryInterrupt::Scope interruptible(stop.get());
                try {
                    return work();
                } catch (const std::exception &) {
                    if (stop->load())
                        return std::nullopt;
                    throw;
                }
            },
            [this, liveGeneration, askedWorkspace, asked, guard, watch,
             done = std::forward<Done>(done)](const std::optional<Result> &answer) mutable {
                --m_pending;
                disconnect(watch);
                if (!answer || !guard || askedWorkspace != m_workspaceGeneration
                    || (liveGeneration && asked != *liveGeneration)) {
                    ++m_dropped;
                    return;
                }
                done(*answer);
            },
            0, lane);
    }
    // A new flag for a question: raised with every flag of the service when the workspace
    // changes or the service ends, and by the next question of its kind.
    StopFlag stopFlag(quint64 *liveGeneration);
    // Whether `context` is a widget not shown.
    static bool unseen(QObject *context);
    // Raises `flag` when `context` is destroyed (until the answer arrives).
    QMetaObject::Connection stopWith(QObject *context, const StopFlag &flag);
    void stopAll();

    static std::unique_ptr<SQLite::Database> writeConnection(const QString &path);
    template <typename Result> static Result withError(Result result, const QString &error)
    {
        if constexpr (std::is_same_v<Result, QString>) {
            return error;
        } else {
            result.error = error;
            return result;
        }
    }

    int m_pending = 0;
    int m_dropped = 0;
    Workspace *m_workspace = nullptr;
    quint64 m_workspaceGeneration = 0;                        // bumped by every change of workspace
    std::vector<std::weak_ptr<std::atomic_bool>> m_stopFlags; // of questions asked
    std::unordered_map<const quint64 *, std::weak_ptr<std::atomic_bool>> m_latest; // per kind
};

} // namespace mwb::ui
