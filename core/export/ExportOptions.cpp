#include "ExportOptions.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace mwb {

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    if (name.compare(u"csv"_s, Qt::CaseInsensitive) == 0)
        return ExportFormat::Csv;
    if (name.compare(u"xlsx"_s, Qt::CaseInsensitive) == 0)
        return ExportFormat::Xlsx;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    return format == ExportFormat::Xlsx ? u"xlsx"_s : u"csv"_s;
}

ExportFormat exportFormatForPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) == 0 ? ExportFormat::Xlsx
                                                                                 : ExportFormat::Csv;
}

bool isValidCsvDelimiter(char delimiter)
{
    return delimiter != '"' && delimiter != '\r' && delimiter != '\n' && delimiter != '\0'
        && static_cast<unsigned char>(delimiter) < 0x80;
}

} // namespace mwb
