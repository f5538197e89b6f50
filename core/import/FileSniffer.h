// FileSniffer: looks at the start of a file (up to 1 MB) and says how to read it: the
// encoding, the delimiter and quote, whether the first row is a header, the columns with
// a proposed field each, the first rows for a preview, and per column what its values
// show (D/M/Y or M/D/Y dates, decimal comma or point). Every finding can be overridden.
#pragma once

#include "CsvReader.h"
#include "DateTimeParser.h"
#include "ImportKind.h"
#include "NumberParser.h"
#include "TextEncoding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mwb {

struct ColumnEvidence
{
    DateOrderEvidence dates;
    DecimalEvidence decimals;
    qint64 values = 0;     // non-empty values seen
    qint64 dateValues = 0; // of which read as dates
    qint64 numberValues = 0;
    QString sample; // first non-empty value
    // A short name of what the column seems to hold: "date", "number", "text", "empty".
    QString detectedType() const;
};

struct SniffOptions
{
    QString encoding;   // empty or "auto": detect
    char delimiter = 0; // 0: detect
    int headerRow = -1; // -1: detect; 0: no header; 1: the first row
    ImportKind kind = ImportKind::Contacts;
};

struct SniffResult
{
    QString error; // non-empty: the file cannot be read at all (named in the message)
    qint64 fileSize = 0;
    DetectedEncoding encoding;
    CsvDialect dialect;
    bool delimiterDetected = false;
    bool hasHeader = true;
    int titleRows = 0;           // rows above the header holding only a title (skipped)
    QStringList headers;         // from the header row, or "Column 1", "Column 2", …
    QList<ImportField> proposed; // one per header
    QList<QStringList> preview;  // first rows (as text), after the header
    QList<ColumnEvidence> columns;
    bool sampleIsWholeFile = false;
    qint64 estimatedRows = 0; // from the sample's bytes per record and the file's size
};

class FileSniffer
{
public:
    static constexpr qint64 kSampleBytes = 1 << 20;
    static constexpr int kPreviewRows = 20;

    static SniffResult sniff(const QString &path, const SniffOptions &options = {});
    // The delimiter whose records have the most consistent width (and more than one field).
    static char detectDelimiter(const QByteArray &utf8Sample, char quote);
};

} // namespace mwb
