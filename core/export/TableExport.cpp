#include "TableExport.h"

#include "CsvTableWriter.h"
#include "XlsxTableWriter.h"

#include <QCoreApplication>
#include <QFileInfo>

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

TableExport::TableExport(const QString &path, const ExportOptions &options, ExistingFile existing)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_options(options)
    , m_file(path, existing)
{
}

TableExport::~TableExport()
{
    discard();
}

QString TableExport::failed(const QString &message)
{
    discard();
    return message;
}

QString TableExport::begin(const QStringList &columns)
{
    if (m_writer)
        return AtomicFile::cannotWrite(m_path, Text::tr("the export was already started"));
    if (m_options.format == ExportFormat::Csv && !isValidCsvDelimiter(m_options.delimiter))
        return failed(AtomicFile::cannotWrite(
            m_path, Text::tr("'%1' cannot separate CSV fields").arg(QChar::fromLatin1(m_options.delimiter))));
    const bool xlsx = m_options.format == ExportFormat::Xlsx;
    // libxlsxwriter writes the whole file itself on finish(); the temporary file only
    // reserves the name.
    const QString error = m_file.open(xlsx ? AtomicFile::Mode::Named : AtomicFile::Mode::Device);
    if (!error.isEmpty())
        return failed(error);
    if (xlsx) {
        auto workbook = std::make_unique<XlsxTableWriter>(m_file.tempPath(), m_options.sheetName);
        if (!workbook->openError().isEmpty())
            return failed(m_file.namedWriteFailed(workbook->openError()));
        m_writer = std::move(workbook);
    } else {
        m_writer = std::make_unique<CsvTableWriter>(m_file.device(), m_options);
    }
    const QString header = m_writer->writeHeader(columns);
    return header.isEmpty() ? QString() : failed(writerFailed(header));
}

QString TableExport::writerFailed(const QString &reason) const
{
    // A CSV writer fails only when its device does; a workbook also refuses what does not fit.
    return m_options.format == ExportFormat::Csv ? m_file.writeFailed() : AtomicFile::cannotWrite(m_path, reason);
}

QString TableExport::writeRow(const ExportRow &row)
{
    if (!m_writer)
        return failed(AtomicFile::cannotWrite(m_path, Text::tr("the export was not started")));
    const QString error = m_writer->writeRow(row);
    if (!error.isEmpty())
        return failed(writerFailed(error));
    ++m_rows;
    return {};
}

QString TableExport::prepare()
{
    if (!m_writer)
        return failed(AtomicFile::cannotWrite(m_path, Text::tr("the export was not started")));
    const QString error = m_writer->finish();
    const bool xlsx = m_options.format == ExportFormat::Xlsx;
    m_writer.reset();
    if (!error.isEmpty())
        return failed(xlsx ? m_file.namedWriteFailed(error) : m_file.writeFailed());
    const QString prepared = m_file.prepare();
    return prepared.isEmpty() ? QString() : failed(prepared);
}

QString TableExport::publish()
{
    const QString error = m_file.publish();
    return error.isEmpty() ? QString() : failed(error);
}

QString TableExport::commit()
{
    QString error = prepare();
    if (error.isEmpty())
        error = publish();
    return error;
}

void TableExport::discard()
{
    m_writer.reset(); // an unfinished workbook is freed without being written
    m_file.discard();
}

} // namespace mwb
