#include "AtomicFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QSysInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::AtomicFile" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::AtomicFile)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Which computer a temporary file was made on: its owner's process id means nothing elsewhere.
QString hostTag()
{
    static const QString tag = QString::fromLatin1(
        QCryptographicHash::hash(QSysInfo::machineHostName().toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    return tag;
}

const QRegularExpression &partPattern()
{
    // ".NAME.<host>-<pid>-XXXXXX.part"
    static const QRegularExpression pattern(uR"(^\..*\.([0-9a-f]{8})-(\d+)-[A-Za-z0-9]{6}\.part$)"_s);
    return pattern;
}

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#endif
}

bool syncFile(QFile &file)
{
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// Makes a rename durable: the folder's entry is on the disk too (nothing to do on Windows).
void syncFolder(const QString &folder)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

AtomicFile::AtomicFile(const QString &path, ExistingFile existing)
    : m_requested(path)
    , m_existing(existing)
{
}

AtomicFile::~AtomicFile()
{
    discard();
}

QString AtomicFile::cannotWrite(const QString &path, const QString &reason)
{
    return Text::tr("Cannot write %1: %2.").arg(native(path), reason);
}

QString AtomicFile::noSpace(const QString &path)
{
    return Text::tr("No space left on device: %1. Nothing was written; free some space and try again.")
        .arg(native(path));
}

QString AtomicFile::open(Mode mode)
{
    if (m_file || !m_tempPath.isEmpty())
        return cannotWrite(m_target, Text::tr("it is being written already"));
    const OutputTarget target = OutputGuard::check(m_requested, m_existing);
    m_target = target.path;
    if (!target.ok())
        return target.error;
    const QFileInfo info(m_target);
    removeStaleParts(info.absolutePath());
    // Hidden, beside the target so the final rename stays on one file system; the name
    // says whose it is, so a later writer can tell an abandoned one. Long names are cut
    // to stay within what file systems allow.
    const QString stem = info.fileName().left(96);
    const QString tag = u"%1-%2-"_s.arg(hostTag()).arg(QCoreApplication::applicationPid());
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    for (int attempt = 0; attempt < 16; ++attempt) {
        QString random;
        for (int i = 0; i < 6; ++i)
            random += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]);
        const QString candidate = info.dir().filePath(u".%1.%2%3.part"_s.arg(stem, tag, random));
        auto file = std::make_unique<QFile>(candidate);
        errno = 0;
        if (file->open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
            m_tempPath = candidate;
            // An export gets the permissions of the file it replaces, or those of an ordinary new file.
            file->setPermissions(target.exists ? QFile(m_target).permissions()
                                               : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser
                                         | QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther);
            if (mode == Mode::Named)
                file->close();
            else
                m_file = std::move(file);
            return {};
        }
        if (errno != EEXIST) {
            const int error = errno;
            if (error == ENOSPC)
                return noSpace(m_target);
            if (error == EACCES || error == EPERM || error == EROFS)
                return cannotWrite(m_target,
                                   Text::tr("the folder %1 cannot be written (%2)")
                                       .arg(native(info.absolutePath()), systemReason(error)));
            return cannotWrite(m_target, file->errorString());
        }
    }
    return cannotWrite(m_target, Text::tr("no temporary file name is free beside it"));
}

QString AtomicFile::writeFailed() const
{
    const int error = errno;
    if (error == ENOSPC || error == EDQUOT)
        return noSpace(m_target);
    return cannotWrite(m_target, m_file ? m_file->errorString() : systemReason(error));
}

QString AtomicFile::namedWriteFailed(const QString &reason) const
{
    // Libraries that write by name report a failed write in their own words; a disk with
    // no room left is what the user must hear about.
    const QStorageInfo storage(QFileInfo(m_target).absolutePath());
    if (errno == ENOSPC || (storage.isValid() && storage.bytesAvailable() < 64 * 1024))
        return noSpace(m_target);
    return cannotWrite(m_target, reason);
}

QString AtomicFile::prepare()
{
    if (m_tempPath.isEmpty())
        return cannotWrite(m_target, Text::tr("it was not opened"));
    if (m_prepared)
        return {};
    QFile file(m_tempPath);
    QFile *handle = m_file.get();
    if (!handle) {
        if (!file.open(QIODevice::ReadWrite))
            return cannotWrite(m_target, file.errorString());
        handle = &file;
    }
    errno = 0;
    if (!handle->flush() || !syncFile(*handle)) {
        const int error = errno;
        if (error == ENOSPC || error == EDQUOT)
            return noSpace(m_target);
        return cannotWrite(m_target, systemReason(error));
    }
    handle->close();
    m_file.reset();
    m_sha256 = fileSha256(m_tempPath);
    m_prepared = true;
    return {};
}

QString AtomicFile::publish()
{
    if (!m_prepared)
        return cannotWrite(m_target, Text::tr("it was not completed"));
    if (m_published)
        return {};
    // Checked again: the target may have become something else while the file was written.
    const OutputTarget again = OutputGuard::check(m_target, m_existing);
    if (!again.ok())
        return again.error;
    const QString error = renameFile(m_tempPath, m_target, m_existing);
    if (!error.isEmpty())
        return cannotWrite(m_target, error);
    m_published = true;
    m_tempPath.clear();
    return {};
}

QString AtomicFile::commit()
{
    QString error = prepare();
    if (error.isEmpty())
        error = publish();
    if (!error.isEmpty())
        discard();
    return error;
}

void AtomicFile::discard()
{
    m_file.reset();
    if (!m_tempPath.isEmpty() && !m_published)
        QFile::remove(m_tempPath);
    m_tempPath.clear();
    m_prepared = false;
}

void AtomicFile::release()
{
    m_file.reset();
    m_tempPath.clear();
    m_prepared = false;
}

QString AtomicFile::writeAll(const QString &path, const QByteArray &content, ExistingFile existing)
{
    AtomicFile file(path, existing);
    QString error = file.open();
    if (!error.isEmpty())
        return error;
    errno = 0;
    if (file.device()->write(content) != content.size())
        return file.writeFailed();
    return file.commit();
}

bool AtomicFile::partOwnerAlive(const QString &name)
{
    const QRegularExpressionMatch match = partPattern().match(name);
    if (!match.hasMatch())
        return true; // not one of ours: never touched
    if (match.captured(1) != hostTag())
        return true; // another computer's (a shared folder): it may still be writing
    return processAlive(match.captured(2).toLongLong());
}

int AtomicFile::removeStaleParts(const QString &folder)
{
    int removed = 0;
    QDirIterator it(folder, {u".*.part"_s}, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        const QString name = it.fileName();
        if (partPattern().match(name).hasMatch() && !partOwnerAlive(name) && QFile::remove(it.filePath()))
            ++removed;
    }
    return removed;
}

QString AtomicFile::renameFile(const QString &from, const QString &to, ExistingFile existing)
{
    const std::filesystem::path source = QFileInfo(from).filesystemAbsoluteFilePath();
    const std::filesystem::path target = QFileInfo(to).filesystemAbsoluteFilePath();
    if (existing == ExistingFile::Replace) {
        // Replaces an existing target in one step on every platform (QFile::rename refuses
        // to), so readers see the old file or the new one, never neither.
        std::error_code ec;
        std::filesystem::rename(source, target, ec);
        if (ec)
            return QString::fromStdString(ec.message());
    } else {
#if defined(Q_OS_WIN)
        if (!MoveFileExW(source.c_str(), target.c_str(), MOVEFILE_WRITE_THROUGH))
            return GetLastError() == ERROR_ALREADY_EXISTS || GetLastError() == ERROR_FILE_EXISTS
                ? Text::tr("a file of that name appeared meanwhile")
                : Text::tr("the rename failed (error %1)").arg(GetLastError());
#else
        // A hard link fails when the name is taken, in one step; the temporary name then goes.
        if (::link(source.c_str(), target.c_str()) == 0) {
            ::unlink(source.c_str());
        } else {
            const int error = errno;
            if (error == EEXIST)
                return Text::tr("a file of that name appeared meanwhile");
            if (error != EPERM && error != ENOTSUP && error != EOPNOTSUPP && error != ENOSYS)
                return systemReason(error);
            // A file system without hard links (FAT, some shares): checked, then renamed.
            if (QFileInfo::exists(to))
                return Text::tr("a file of that name appeared meanwhile");
            std::error_code ec;
            std::filesystem::rename(source, target, ec);
            if (ec)
                return QString::fromStdString(ec.message());
        }
#endif
    }
    syncFolder(QFileInfo(to).absolutePath());
    return {};
}

QByteArray AtomicFile::fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result().toHex();
}

} // namespace mwb
