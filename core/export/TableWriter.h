// TableWriter: what a file format does with a table: a header, then rows of typed cells,
// then the end of the file. TableExport picks the writer and owns the file it writes to;
// writers report failures as messages (empty on success), never by throwing.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace mwb {

// One cell: empty, a whole number, a number, a day or text. Numbers stay numbers in
// every format (a negative amount is a number, not a formula to neutralise).
using ExportCell = std::variant<std::monostate, qint64, double, QDate, QString>;
using ExportRow = QList<ExportCell>;

class TableWriter
{
public:
    virtual ~TableWriter() = default;
    virtual QString writeHeader(const QStringList &columns) = 0;
    virtual QString writeRow(const ExportRow &row) = 0;
    // Completes the file; nothing may be written after it.
    virtual QString finish() = 0;
};

} // namespace mwb
