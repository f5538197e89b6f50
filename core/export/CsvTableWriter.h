// CsvTableWriter: a table as CSV: UTF-8 (optionally with a byte order mark for Excel),
// the chosen delimiter, RFC 4180 quoting (a field holding the delimiter, a quote, CR or
// LF is quoted, quotes doubled), CRLF line ends. Text cells that a spreadsheet would run
// as formulas are neutralised (FormulaGuard). Writes through a buffer to a device it does
// not own.
#pragma once

#include "ExportOptions.h"
#include "TableWriter.h"

#include <QIODevice>

#include <string>
#include <string_view>

namespace mwb {

class CsvTableWriter : public TableWriter
{
public:
    enum class Quoting {
        AsNeeded,
        Always
    };

    CsvTableWriter(QIODevice *device, const ExportOptions &options);

    QString writeHeader(const QStringList &columns) override;
    QString writeRow(const ExportRow &row) override;
    QString finish() override;

    // Appends one text field: neutralised, then quoted as RFC 4180 asks (or always).
    static void appendTextField(std::string &out, std::string_view utf8, char delimiter,
                                Quoting quoting = Quoting::AsNeeded);
    // Appends one cell as CSV text: numbers in C locale, days as YYYY-MM-DD, empty as nothing.
    static void appendCell(std::string &out, const ExportCell &cell, char delimiter);

private:
    QString flush(bool force);

    QIODevice *m_device;
    char m_delimiter;
    bool m_bom;
    bool m_started = false;
    std::string m_buffer;
};

} // namespace mwb
