#include "CsvReader.h"

#include <QCoreApplication>

#include <cstring>

namespace mwb {

namespace {

constexpr std::size_t kChunk = 1u << 20;

// Messages for people, translated in context "mwb::CsvReader" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::CsvReader)
};

} // namespace

CsvReader::Source CsvReader::bytesSource(const QByteArray &bytes)
{
    return [bytes, offset = qsizetype(0)](char *buffer, qint64 capacity) mutable -> qint64 {
        const qint64 n = std::min<qint64>(capacity, bytes.size() - offset);
        std::memcpy(buffer, bytes.constData() + offset, static_cast<size_t>(n));
        offset += n;
        return n;
    };
}

CsvReader::CsvReader(Source source, CsvDialect dialect)
    : m_source(std::move(source))
    , m_dialect(dialect)
    , m_buffer(kChunk)
{
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    // Keep the unread tail, then top the buffer up; grow it when the tail fills it.
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, m_end - m_pos);
        m_consumedBefore += static_cast<qint64>(m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_end == m_buffer.size())
        m_buffer.resize(m_buffer.size() * 2);
    const qint64 got = m_source(m_buffer.data() + m_end, static_cast<qint64>(m_buffer.size() - m_end));
    if (got <= 0) {
        m_eof = true;
        return false;
    }
    m_end += static_cast<std::size_t>(got);
    return true;
}

bool CsvReader::next(CsvRecord &record)
{
    if (m_error.isSet())
        return false;
    for (;;) {
        switch (parseRecord(record)) {
        case Parse::Complete: return true;
        case Parse::Error: return false;
        case Parse::NeedMore:
            if (m_end - m_pos > kMaxRecordBytes) {
                m_error = {m_line, 1,
                           Text::tr("A record longer than %1 MB; is a quote left open?").arg(kMaxRecordBytes >> 20)};
                return false;
            }
            if (!fill() && m_pos == m_end)
                return false; // clean end of data
            break;
        }
    }
}

std::string CsvReader::recover()
{
    // The broken part of the record first (after text behind a closing quote), then the
    // rest of the physical line.
    std::string skipped(m_buffer.data() + m_pos, m_errorSkip);
    m_pos += m_errorSkip;
    if (m_errorSkip > 0)
        m_line = m_errorLine;
    m_errorSkip = 0;
    for (;;) {
        const char *data = m_buffer.data();
        std::size_t i = m_pos;
        while (i < m_end && data[i] != '\n' && data[i] != '\r')
            ++i;
        skipped.append(data + m_pos, i - m_pos);
        m_pos = i;
        if (i < m_end || !fill())
            break;
    }
    if (m_pos < m_end && m_buffer[m_pos] == '\r') {
        ++m_pos;
        if (m_pos >= m_end)
            fill();
    }
    if (m_pos < m_end && m_buffer[m_pos] == '\n')
        ++m_pos;
    ++m_line;
    m_error = {};
    return skipped;
}

// Parses one record starting at m_pos. On NeedMore nothing is consumed: the caller
// refills and the record is parsed again from its start. At the end of the data a
// record without a final newline is complete.
CsvReader::Parse CsvReader::parseRecord(CsvRecord &record)
{
    const char delimiter = m_dialect.delimiter;
    const char quote = m_dialect.quote;
    const char *data = m_buffer.data();
    std::size_t i = m_pos;
    qint64 line = m_line;

    // Blank lines between records carry no data.
    while (i < m_end && (data[i] == '\n' || data[i] == '\r')) {
        if (data[i] == '\r' && i + 1 >= m_end && !m_eof)
            return Parse::NeedMore;
        if (data[i] == '\r' && i + 1 < m_end && data[i + 1] == '\n')
            ++i;
        ++i;
        ++line;
    }
    if (i >= m_end) {
        if (!m_eof)
            return Parse::NeedMore;
        m_pos = i;
        m_line = line;
        return Parse::NeedMore; // nothing left: next() sees the end
    }
    // The blank lines are passed for good: a record that fails starts after them.
    m_pos = i;
    m_line = line;

    const qint64 startLine = line;
    m_storage.clear();
    m_bounds.clear();
    int column = 1;
    for (;;) {
        const std::size_t fieldStart = m_storage.size();
        if (i < m_end && data[i] == quote) {
            const qint64 quoteLine = line;
            ++i;
            for (;;) {
                const void *found = i < m_end ? std::memchr(data + i, quote, m_end - i) : nullptr;
                const std::size_t stop =
                    found ? static_cast<std::size_t>(static_cast<const char *>(found) - data) : m_end;
                for (std::size_t k = i; k < stop; ++k) {
                    if (data[k] == '\n' || (data[k] == '\r' && (k + 1 >= m_end || data[k + 1] != '\n')))
                        ++line;
                }
                m_storage.append(data + i, stop - i);
                if (!found) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    m_error = {quoteLine, column, Text::tr("The quote opened here is never closed.")};
                    return Parse::Error;
                }
                i = stop + 1;
                if (i >= m_end && !m_eof)
                    return Parse::NeedMore;
                if (i < m_end && data[i] == quote) { // a doubled quote stands for one
                    m_storage.push_back(quote);
                    ++i;
                    continue;
                }
                break;
            }
            if (i < m_end && data[i] != delimiter && data[i] != '\n' && data[i] != '\r') {
                m_error = {line, column,
                           Text::tr("Unexpected text after a closing quote (a quote inside a field must be doubled).")};
                // The record is broken up to here: recovery gives up all of it, through the
                // end of this line, rather than reading its quoted lines again as records.
                m_errorSkip = i - m_pos;
                m_errorLine = line;
                return Parse::Error;
            }
        } else {
            std::size_t k = i;
            while (k < m_end && data[k] != delimiter && data[k] != '\n' && data[k] != '\r')
                ++k;
            if (k >= m_end && !m_eof)
                return Parse::NeedMore;
            m_storage.append(data + i, k - i);
            i = k;
        }
        m_bounds.push_back(fieldStart);
        m_bounds.push_back(m_storage.size());

        if (i >= m_end) // end of data ends the record
            break;
        if (data[i] == delimiter) {
            ++i;
            ++column;
            if (i >= m_end && !m_eof)
                return Parse::NeedMore;
            continue;
        }
        // End of line.
        if (data[i] == '\r') {
            if (i + 1 >= m_end && !m_eof)
                return Parse::NeedMore;
            if (i + 1 < m_end && data[i + 1] == '\n')
                ++i;
        }
        ++i;
        ++line;
        break;
    }

    m_pos = i;
    m_line = line;
    record.line = startLine;
    record.fields.clear();
    record.fields.reserve(m_bounds.size() / 2);
    for (std::size_t f = 0; f < m_bounds.size(); f += 2)
        record.fields.emplace_back(m_storage.data() + m_bounds[f], m_bounds[f + 1] - m_bounds[f]);
    return Parse::Complete;
}

} // namespace mwb
