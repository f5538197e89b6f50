// ExportOptions: the file format of a table export and its CSV dialect, as the export
// dialogs and `mwb export` offer them.
#pragma once

#include <QString>

#include <optional>

namespace mwb {

enum class ExportFormat {
    Csv,  // UTF-8, RFC 4180 quoting, CRLF line ends
    Xlsx, // one worksheet, header row frozen
};

struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    char delimiter = ','; // CSV: , ; | or tab
    bool bom = false;     // CSV: a UTF-8 byte order mark, so Excel reads the file as UTF-8
    QString sheetName;    // XLSX: empty for "Sheet1"
};

// "csv" / "xlsx" (any case); nothing for other names.
std::optional<ExportFormat> exportFormatFromName(const QString &name);
QString exportFormatName(ExportFormat format);
// The format a file name asks for by its suffix: xlsx for ".xlsx", else CSV.
ExportFormat exportFormatForPath(const QString &path);
// True for a delimiter a CSV field can be separated by (not a quote, CR, LF or NUL).
bool isValidCsvDelimiter(char delimiter);

} // namespace mwb
