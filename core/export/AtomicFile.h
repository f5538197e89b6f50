// AtomicFile: a file written in full before anyone sees it. Everything the product writes
// to the file system (customer and campaign lists, reports, rejects files, pictures,
// definitions) goes through it: the target is checked by OutputGuard, the content goes to
// a hidden temporary file beside it (".NAME.<host>-<pid>-XXXXXX.part"), is flushed to the
// disk, and only then renamed onto the target in one step. A failed, cancelled or killed
// write leaves the target as it was; the temporary files of writers that died are removed
// by the next write into the same folder.
//
//   AtomicFile file(path, ExistingFile::Replace);
//   if (QString e = file.open(); !e.isEmpty()) return e;
//   file.device()->write(…);                 // or a writer that writes file.tempPath() by name
//   return file.commit();                    // or prepare(), record it, then publish()
//
// Every error names the file; a full disk says "No space left on device: FILE".
#pragma once

#include "store/OutputGuard.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QFile;

namespace mwb {

class AtomicFile
{
public:
    AtomicFile(const QString &path, ExistingFile existing);
    ~AtomicFile(); // discards the temporary file unless published
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    enum class Mode {
        Device, // written through device()
        Named,  // written by a library that opens tempPath() itself (XLSX, pictures)
    };

    // Checks the target and creates the temporary file. An error message, or empty.
    QString open(Mode mode = Mode::Device);
    // Open in Device mode until prepare(); null otherwise.
    QFile *device() const { return m_file.get(); }
    QString tempPath() const { return m_tempPath; }
    // The file that will be created or replaced: absolute, symbolic links resolved.
    QString target() const { return m_target; }

    // For a write through device() that failed: the message naming the file, from the
    // system's reason (a full disk says so).
    QString writeFailed() const;
    // The same for a named writer that failed with `reason`.
    QString namedWriteFailed(const QString &reason) const;

    // Completes the file under its temporary name: flushed, synced to the disk, closed,
    // and its SHA-256 taken. An error message, or empty.
    QString prepare();
    QByteArray sha256() const { return m_sha256; }
    // Renames the prepared file onto the target (checked again first). An error message, or empty.
    QString publish();
    // prepare() and publish().
    QString commit();
    // Drops the temporary file; the target is left as it was.
    void discard();
    // After prepare(): forgets the temporary file without removing it (another owner
    // publishes or removes it).
    void release();
    bool published() const { return m_published; }

    // Writes `content` as the whole file: open(), write, commit(). An error message, or empty.
    static QString writeAll(const QString &path, const QByteArray &content, ExistingFile existing);

    // Messages in the form every writer uses.
    static QString cannotWrite(const QString &path, const QString &reason);
    static QString noSpace(const QString &path);
    // Removes the temporary files of writers on this computer that are no longer running.
    static int removeStaleParts(const QString &folder);
    // True when the temporary file `name` (a file name) was made by a process still running
    // here, or on another computer.
    static bool partOwnerAlive(const QString &name);
    // Renames `from` onto `to`: replacing an existing file, or failing when one exists.
    // Syncs the folder afterwards. An error message (the system's), or empty.
    static QString renameFile(const QString &from, const QString &to, ExistingFile existing);
    // The SHA-256 of a file's content; empty when it cannot be read.
    static QByteArray fileSha256(const QString &path);

private:
    QString m_requested;
    ExistingFile m_existing;
    QString m_target;
    QString m_tempPath;
    std::unique_ptr<QFile> m_file;
    QByteArray m_sha256;
    bool m_prepared = false;
    bool m_published = false;
};

} // namespace mwb
