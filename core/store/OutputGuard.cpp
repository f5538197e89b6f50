#include "OutputGuard.h"

#include "Workspace.h"
#include "WorkspaceActivity.h"
#include "WorkspaceLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::OutputGuard" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::OutputGuard)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The path with every symbolic link resolved, also a last one whose target does not exist
// yet (the file is then created where the link points). Empty when the links go round.
QString resolved(const QString &requested)
{
    QString path = QDir::cleanPath(QFileInfo(requested).absoluteFilePath());
    for (int hops = 0; hops < 40; ++hops) {
        const QFileInfo info(path);
        if (!info.isSymLink()) {
            // The folder may be reached through links too: name it as the system does, so a
            // workspace is recognised by whichever way it is reached.
            const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
            return folder.isEmpty() ? path : QDir(folder).filePath(info.fileName());
        }
        const QString target = info.symLinkTarget();
        if (target.isEmpty())
            return path;
        path = QDir::cleanPath(QFileInfo(target).isAbsolute() ? target : QDir(info.absolutePath()).filePath(target));
    }
    return {};
}

struct Companion
{
    QString workspace; // the database the file belongs to
    QString role;      // what it is to it, for the message
};

// The workspace a file name says it belongs to, when that workspace exists.
std::optional<Companion> companionOf(const QString &path)
{
    static const QRegularExpression backup(uR"(^(.*)\.v\d+\.bak$)"_s);
    const struct
    {
        QString suffix;
        const char *role;
    } suffixes[] = {
        {u"-wal"_s, QT_TRANSLATE_NOOP("mwb::OutputGuard", "write-ahead log")},
        {u"-shm"_s, QT_TRANSLATE_NOOP("mwb::OutputGuard", "shared memory")},
        {u"-journal"_s, QT_TRANSLATE_NOOP("mwb::OutputGuard", "journal")},
        {u".lock"_s, QT_TRANSLATE_NOOP("mwb::OutputGuard", "lock file")},
        {u".activity"_s, QT_TRANSLATE_NOOP("mwb::OutputGuard", "activity note")},
    };
    for (const auto &s : suffixes) {
        if (path.endsWith(s.suffix, Qt::CaseInsensitive)) {
            const QString stem = path.chopped(s.suffix.size());
            if (OutputGuard::isSqliteDatabase(stem))
                return Companion{stem, Text::tr(s.role)};
        }
    }
    const auto match = backup.match(path);
    if (match.hasMatch() && (OutputGuard::isSqliteDatabase(match.captured(1)) || OutputGuard::isSqliteDatabase(path)))
        return Companion{match.captured(1), Text::tr("backup copy")};
    return std::nullopt;
}

} // namespace

bool OutputGuard::isSqliteDatabase(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

QStringList OutputGuard::companionFiles(const QString &workspacePath)
{
    return {workspacePath + u"-wal"_s, workspacePath + u"-shm"_s, workspacePath + u"-journal"_s,
            WorkspaceLock::lockPath(workspacePath), WorkspaceActivity::filePath(workspacePath)};
}

bool OutputGuard::isWorkspaceFile(const QString &path)
{
    const QString target = resolved(path);
    return isSqliteDatabase(target) || companionOf(target).has_value();
}

OutputTarget OutputGuard::check(const QString &requested, ExistingFile existing)
{
    OutputTarget out;
    if (requested.trimmed().isEmpty()) {
        out.error = Text::tr("No file name was given.");
        return out;
    }
    out.path = resolved(requested);
    if (out.path.isEmpty()) {
        out.path = QFileInfo(requested).absoluteFilePath();
        out.error = Text::tr("Cannot write %1: its symbolic links go round in a circle.").arg(native(out.path));
        return out;
    }
    // Named as the user wrote it, and where a link leads when it leads elsewhere.
    const QString asWritten = QDir::cleanPath(QFileInfo(requested).absoluteFilePath());
    const QString name = asWritten == out.path ? native(out.path)
                                               : Text::tr("%1 (a link to %2)").arg(native(asWritten), native(out.path));
    const QFileInfo info(out.path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists()) {
        out.error = Text::tr("Cannot write %1: the folder %2 does not exist.").arg(name, native(folder.filePath()));
        return out;
    }
    if (!folder.isDir()) {
        out.error = Text::tr("Cannot write %1: %2 is not a folder.").arg(name, native(folder.filePath()));
        return out;
    }
    out.exists = info.exists();
    if (out.exists) {
        if (info.isDir()) {
            out.error = Text::tr("Cannot write %1: it is a folder.").arg(name);
            return out;
        }
        if (!info.isFile()) {
            out.error = Text::tr("Cannot write %1: it is not a regular file (a device, a pipe or a socket), and "
                                 "only regular files are written.")
                            .arg(name);
            return out;
        }
    }
    if (const auto companion = companionOf(out.path)) {
        out.error = Text::tr("Cannot write %1: it is the %2 of the workspace %3; choose another file name.")
                        .arg(name, companion->role, native(companion->workspace));
        return out;
    }
    if (out.exists && isSqliteDatabase(out.path)) {
        out.error =
            Text::tr("Cannot write %1: it is a workspace (an SQLite database); choose another file name.").arg(name);
        return out;
    }
    if (out.exists && existing == ExistingFile::Refuse) {
        out.error = Text::tr("Cannot write %1: a file of that name exists and is left as it is.").arg(name);
        return out;
    }
    return out;
}

} // namespace mwb
