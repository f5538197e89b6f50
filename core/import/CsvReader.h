// CsvReader: a streaming RFC 4180 reader over UTF-8 text. Handles a chosen delimiter and
// quote, delimiters, newlines and doubled quotes inside quotes, CRLF / LF / CR line ends
// and blank lines, and keeps the physical line on which each record starts so every
// problem can be reported by line. Memory holds one buffer and the current record,
// whatever the size of the file.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace mwb {

struct CsvDialect
{
    char delimiter = ',';
    char quote = '"';
};

struct CsvRecord
{
    qint64 line = 0;                      // physical line (1-based) where the record starts
    std::vector<std::string_view> fields; // valid until the next read
};

struct CsvError
{
    qint64 line = 0;
    int column = 0; // 1-based field number
    QString message;
    bool isSet() const { return !message.isEmpty(); }
};

class CsvReader
{
public:
    // `read` fills up to `capacity` bytes of UTF-8 and returns how many (0 at the end).
    using Source = std::function<qint64(char *buffer, qint64 capacity)>;

    CsvReader(Source source, CsvDialect dialect);
    // A source over bytes in memory (shared, not copied).
    static Source bytesSource(const QByteArray &bytes);

    // Reads the next record; false at the end of the data or on an error (see error()).
    // Blank lines are skipped.
    bool next(CsvRecord &record);

    const CsvError &error() const { return m_error; }
    // After an error: skips the physical line where the failed record starts (for text
    // after a closing quote: the record up to the end of the line where that text is),
    // returns the text skipped, clears the error and lets reading go on from the next line.
    std::string recover();
    // Bytes of the source consumed so far, for progress.
    qint64 bytesConsumed() const { return m_consumedBefore + static_cast<qint64>(m_pos); }

    // Records longer than this are refused, so a broken quote cannot eat all memory.
    static constexpr std::size_t kMaxRecordBytes = 64u << 20;

private:
    enum class Parse {
        Complete,
        NeedMore,
        Error
    };
    Parse parseRecord(CsvRecord &record);
    bool fill();

    Source m_source;
    CsvDialect m_dialect;
    std::vector<char> m_buffer;
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    bool m_eof = false;
    qint64 m_consumedBefore = 0;
    qint64 m_line = 1;
    std::string m_storage;             // field bytes of the current record
    std::vector<std::size_t> m_bounds; // start/end offsets into m_storage, two per field
    CsvError m_error;
    std::size_t m_errorSkip = 0; // bytes of the failed record recover() gives up before its line's end
    qint64 m_errorLine = 0;      // the physical line those bytes end on
};

} // namespace mwb
