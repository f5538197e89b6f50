#include "WorkspaceActivity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <cerrno>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::WorkspaceActivity" once the GUI has installed
// a translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::WorkspaceActivity)
};

bool running(qint64 pid)
{
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool alive = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return alive;
#else
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
#endif
}

} // namespace

WorkspaceActivity::WorkspaceActivity(const QString &workspacePath, const QString &what)
    : m_path(filePath(QFileInfo(workspacePath).absoluteFilePath()))
{
    m_description.what = what;
    m_description.pid = QCoreApplication::applicationPid();
    m_description.host = QSysInfo::machineHostName();
    m_description.startedAt = QDateTime::currentDateTimeUtc();
    write();
}

WorkspaceActivity::~WorkspaceActivity()
{
    QFile::remove(m_path);
}

void WorkspaceActivity::setProgress(double fraction)
{
    const bool first = m_description.progress < 0;
    m_description.progress = fraction;
    if (!first && m_sinceWritten.isValid() && m_sinceWritten.elapsed() < 1000)
        return;
    write();
}

void WorkspaceActivity::write()
{
    m_sinceWritten.start();
    const QJsonObject json{{u"what"_s, m_description.what},
                           {u"pid"_s, m_description.pid},
                           {u"host"_s, m_description.host},
                           {u"started_at"_s, m_description.startedAt.toString(Qt::ISODate)},
                           {u"progress"_s, m_description.progress}};
    // Written beside and renamed, so a reader never sees half of it. Best effort: a folder
    // that cannot be written loses only the better message.
    const QString temp = m_path + u".tmp"_s;
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    file.close();
    QFile::remove(m_path);
    if (!QFile::rename(temp, m_path))
        QFile::remove(temp);
}

std::optional<WorkspaceActivity::Description> WorkspaceActivity::current(const QString &workspacePath)
{
    QFile file(filePath(QFileInfo(workspacePath).absoluteFilePath()));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    Description d;
    d.what = json.value(u"what"_s).toString();
    d.pid = json.value(u"pid"_s).toInteger();
    d.host = json.value(u"host"_s).toString();
    d.startedAt = QDateTime::fromString(json.value(u"started_at"_s).toString(), Qt::ISODate);
    d.progress = json.value(u"progress"_s).toDouble(-1);
    if (d.what.isEmpty() || (d.host == QSysInfo::machineHostName() && !running(d.pid)))
        return std::nullopt;
    return d;
}

QString WorkspaceActivity::busyMessage(const QString &workspacePath, int waitedSeconds)
{
    const QString name = QFileInfo(workspacePath).fileName();
    const auto activity = current(workspacePath);
    if (!activity) {
        return Text::tr("%1 is being changed by another program and did not come free in %2 s. Try again when it "
                        "is done.")
            .arg(name)
            .arg(waitedSeconds);
    }
    QString how = activity->progress >= 0 ? Text::tr("%1 %, ").arg(qRound(activity->progress * 100)) : QString();
    how += Text::tr("since %1, process %2")
               .arg(activity->startedAt.toLocalTime().toString(u"HH:mm:ss"_s))
               .arg(activity->pid);
    return Text::tr("%1 is being changed by %2 (%3) and did not come free in %4 s. Try again when it is done.")
        .arg(name, activity->what, how)
        .arg(waitedSeconds);
}

} // namespace mwb
