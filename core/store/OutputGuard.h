// OutputGuard: the one check every file the product writes goes through (exports, lists,
// reports, rejects files, pictures, definitions). A write may only create a new file or
// replace an ordinary file the user chose; it never touches a workspace or the files
// SQLite and the application keep beside one (its write-ahead log, shared memory, journal,
// lock and backup copies), a folder, or anything that is not a regular file (a device, a
// pipe, a socket). Symbolic links are followed first, so a link to a workspace is refused
// like the workspace, and a link to an ordinary file is kept while its target is replaced.
//
//   const OutputTarget target = OutputGuard::check(path, ExistingFile::Replace);
//   if (!target.ok()) return target.error;   // names the file and says why
//   … write beside target.path, then rename onto it …
#pragma once

#include <QString>
#include <QStringList>

namespace mwb {

// What may happen to a file already at the chosen path.
enum class ExistingFile {
    Refuse,  // never replaced (files the application names itself, such as rejects files)
    Replace, // an ordinary file may be replaced (the user chose it: a save dialog, --out)
};

struct OutputTarget
{
    QString path;  // absolute, symbolic links resolved: the file a writer creates or replaces
    QString error; // empty when the path may be written
    bool exists = false;
    bool ok() const { return error.isEmpty(); }
};

class OutputGuard
{
public:
    static OutputTarget check(const QString &requested, ExistingFile existing);

    // True when `path` is a workspace (any SQLite database) or one of the files kept beside
    // a workspace: "-wal", "-shm", "-journal", ".lock" and ".vN.bak" of an existing database.
    static bool isWorkspaceFile(const QString &path);
    // The files SQLite and the application keep beside the workspace at `path`.
    static QStringList companionFiles(const QString &workspacePath);
    // True when the file starts with SQLite's header.
    static bool isSqliteDatabase(const QString &path);
};

} // namespace mwb
