#include "CsvTableWriter.h"

#include "FormulaGuard.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Large enough that writes are few, small enough that memory does not grow with the table.
constexpr std::size_t kFlushBytes = 1 << 16;

} // namespace

CsvTableWriter::CsvTableWriter(QIODevice *device, const ExportOptions &options)
    : m_device(device)
    , m_delimiter(options.delimiter)
    , m_bom(options.bom)
{
    m_buffer.reserve(kFlushBytes + 4096);
}

void CsvTableWriter::appendTextField(std::string &out, std::string_view utf8, char delimiter, Quoting quoting)
{
    const std::string text = FormulaGuard::neutralised(utf8);
    const char specials[] = {delimiter, '"', '\r', '\n', '\0'};
    const bool quote = quoting == Quoting::Always || text.find_first_of(specials) != std::string::npos;
    if (!quote) {
        out.append(text);
        return;
    }
    out.push_back('"');
    for (char c : text) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

void CsvTableWriter::appendCell(std::string &out, const ExportCell &cell, char delimiter)
{
    if (const auto *text = std::get_if<QString>(&cell)) {
        appendTextField(out, text->toStdString(), delimiter);
    } else if (const auto *integer = std::get_if<qint64>(&cell)) {
        out.append(std::to_string(*integer));
    } else if (const auto *number = std::get_if<double>(&cell)) {
        // Fixed notation, shortest exact digits: 1000000 rather than 1e+06, 12.5 rather than 12.500000.
        if (std::isfinite(*number))
            out.append(QByteArray::number(*number, 'f', QLocale::FloatingPointShortest).toStdString());
    } else if (const auto *date = std::get_if<QDate>(&cell)) {
        if (date->isValid())
            out.append(date->toString(Qt::ISODate).toStdString());
    }
}

QString CsvTableWriter::writeHeader(const QStringList &columns)
{
    if (!m_started && m_bom)
        m_buffer.append("\xEF\xBB\xBF");
    m_started = true;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            m_buffer.push_back(m_delimiter);
        appendTextField(m_buffer, columns[i].toStdString(), m_delimiter);
    }
    m_buffer.append("\r\n");
    return flush(false);
}

QString CsvTableWriter::writeRow(const ExportRow &row)
{
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            m_buffer.push_back(m_delimiter);
        appendCell(m_buffer, row[i], m_delimiter);
    }
    m_buffer.append("\r\n");
    return flush(false);
}

QString CsvTableWriter::finish()
{
    return flush(true);
}

QString CsvTableWriter::flush(bool force)
{
    if (m_buffer.empty() || (!force && m_buffer.size() < kFlushBytes))
        return {};
    const qint64 size = static_cast<qint64>(m_buffer.size());
    if (m_device->write(m_buffer.data(), size) != size)
        return m_device->errorString();
    m_buffer.clear();
    return {};
}

} // namespace mwb
