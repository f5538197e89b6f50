// WorkspaceActivity: a long write announced to other programs. While an import, an undo or
// a recompute holds a workspace's write lock, a small file beside it ("WS.mwb.activity",
// JSON) says what runs, in which process, since when and how far it is; another program
// that has to wait for the lock names it ("being changed by an import of orders.csv, 42 %")
// instead of failing with SQLite's "database is locked". The file goes when the write ends;
// one left by a process that died is ignored.
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QString>

#include <optional>

namespace mwb {

class WorkspaceActivity
{
public:
    // Announces `what` ("an import of orders.csv") on the workspace at `workspacePath`.
    WorkspaceActivity(const QString &workspacePath, const QString &what);
    ~WorkspaceActivity(); // removes the announcement
    WorkspaceActivity(const WorkspaceActivity &) = delete;
    WorkspaceActivity &operator=(const WorkspaceActivity &) = delete;

    // How far it is (0 to 1); written at most once a second.
    void setProgress(double fraction);

    struct Description
    {
        QString what;
        qint64 pid = 0;
        QString host;
        QDateTime startedAt;
        double progress = -1; // unknown below 0
    };
    // What runs on the workspace now, if anything (a process that died announces nothing).
    static std::optional<Description> current(const QString &workspacePath);
    // "ws.mwb is being changed by an import of orders.csv (42 %, since 10:02, process 4711)
    // and did not come free in 5 s. …": what a program that waited for the write lock says.
    static QString busyMessage(const QString &workspacePath, int waitedSeconds);
    static QString filePath(const QString &workspacePath) { return workspacePath + QStringLiteral(".activity"); }

private:
    void write();

    QString m_path;
    Description m_description;
    QElapsedTimer m_sinceWritten;
};

} // namespace mwb
