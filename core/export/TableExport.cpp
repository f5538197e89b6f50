#include "TableExport.h"

#include "CsvTableWriter.h"
#include "XlsxTableWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::TableExport" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::TableExport)
};

} // namespace

TableExport::TableExport(const QString &path, const ExportOptions &options)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_options(options)
{
}

TableExport::~TableExport()
{
    discard();
}

QString TableExport::failed(const QString &reason)
{
    discard();
    return Text::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(m_path), reason);
}

QString TableExport::begin(const QStringList &columns)
{
    if (m_temp)
        return Text::tr("Cannot write %1: the export was already started.").arg(QDir::toNativeSeparators(m_path));
    if (m_options.format == ExportFormat::Csv && !isValidCsvDelimiter(m_options.delimiter))
        return failed(u"'%1' cannot separate CSV fields"_s.arg(QChar::fromLatin1(m_options.delimiter)));
    const QFileInfo target(m_path);
    if (!target.dir().exists())
        return failed(u"the folder %1 does not exist"_s.arg(QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return failed(u"it is a folder"_s);
    // Beside the target, so the final rename stays on one file system and is atomic; hidden,
    // so a folder view does not show it while the export runs.
    m_temp = std::make_unique<QTemporaryFile>(target.dir().filePath(u".%1.XXXXXX.part"_s.arg(target.fileName())));
    m_temp->setAutoRemove(true);
    if (!m_temp->open())
        return failed(m_temp->errorString());
    // Where the system can keep a temporary file nameless, asking for its name gives it one
    // while it is open; the rename at the end needs it.
    m_tempPath = m_temp->fileName();
    // A temporary file is private to its owner; the export gets the permissions of the file
    // it replaces, or those of an ordinary new file.
    m_temp->setPermissions(target.exists() ? QFile(m_path).permissions()
                                           : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser
                                                 | QFile::ReadGroup | QFile::ReadOther);
    if (m_options.format == ExportFormat::Xlsx) {
        // libxlsxwriter writes the whole file itself on finish(); the temporary file only
        // reserves the name.
        m_temp->close();
        auto xlsx = std::make_unique<XlsxTableWriter>(m_tempPath, m_options.sheetName);
        if (!xlsx->openError().isEmpty())
            return failed(xlsx->openError());
        m_writer = std::move(xlsx);
    } else {
        m_writer = std::make_unique<CsvTableWriter>(m_temp.get(), m_options);
    }
    const QString error = m_writer->writeHeader(columns);
    return error.isEmpty() ? QString() : failed(error);
}

QString TableExport::writeRow(const ExportRow &row)
{
    if (!m_writer)
        return failed(u"the export was not started"_s);
    const QString error = m_writer->writeRow(row);
    if (!error.isEmpty())
        return failed(error);
    ++m_rows;
    return {};
}

QString TableExport::commit()
{
    if (!m_writer)
        return failed(u"the export was not started"_s);
    QString error = m_writer->finish();
    m_writer.reset();
    if (!error.isEmpty())
        return failed(error);
    if (m_temp->isOpen()) {
        if (!m_temp->flush())
            return failed(m_temp->errorString());
        m_temp->close();
    }
    // std::filesystem::rename replaces an existing target in one step on every platform
    // (QFile::rename refuses to), so readers see the old file or the new one, never neither.
    std::error_code ec;
    std::filesystem::rename(QFileInfo(m_tempPath).filesystemAbsoluteFilePath(),
                            QFileInfo(m_path).filesystemAbsoluteFilePath(), ec);
    if (ec)
        return failed(QString::fromStdString(ec.message()));
    m_temp->setAutoRemove(false); // it is the target now
    m_temp.reset();
    m_tempPath.clear();
    return {};
}

void TableExport::discard()
{
    m_writer.reset(); // an unfinished workbook is freed without being written
    if (m_temp) {
        m_temp->close();
        QFile::remove(m_tempPath); // also when the XLSX writer wrote it after the temporary file closed
        m_temp->setAutoRemove(false);
        m_temp.reset();
        m_tempPath.clear();
    }
}

} // namespace mwb
