// Fuzz target: the CSV reader. The first byte chooses the delimiter and the size of the
// chunks the source hands out (so records straddle buffer refills); the rest is the text.
// Records come in line order, errors name a line after the last good record, recovery
// always moves on, and the reader never claims more bytes than it was given.
#include "FuzzCheck.h"
#include "import/CsvReader.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    static constexpr char kDelimiters[] = {',', ';', '\t', '|'};
    const std::uint8_t control = data[0];
    mwb::CsvDialect dialect;
    dialect.delimiter = kDelimiters[control & 3];
    dialect.quote = (control & 4) ? '\'' : '"';
    const qint64 chunk = 1 + (control >> 3); // 1..32 bytes per read
    const char *text = reinterpret_cast<const char *>(data + 1);
    const auto length = static_cast<qint64>(size - 1);
    qint64 offset = 0;
    mwb::CsvReader reader(
        [&](char *buffer, qint64 capacity) {
            const qint64 n = std::min({capacity, chunk, length - offset});
            std::memcpy(buffer, text + offset, static_cast<std::size_t>(n));
            offset += n;
            return n;
        },
        dialect);
    mwb::CsvRecord record;
    qint64 lastLine = 0;
    for (int guard = 0; guard <= length + 1; ++guard) {
        if (reader.next(record)) {
            FUZZ_CHECK(!record.fields.empty());
            FUZZ_CHECK(record.line > lastLine);
            lastLine = record.line;
            std::size_t bytes = 0;
            for (std::string_view field : record.fields)
                bytes += field.size();
            FUZZ_CHECK(bytes <= static_cast<std::size_t>(length));
        } else if (reader.error().isSet()) {
            FUZZ_CHECK(reader.error().line > lastLine);
            FUZZ_CHECK(reader.error().column >= 1);
            FUZZ_CHECK(!reader.error().message.isEmpty());
            const qint64 consumed = reader.bytesConsumed();
            reader.recover();
            FUZZ_CHECK(!reader.error().isSet());
            FUZZ_CHECK(reader.bytesConsumed() > consumed || consumed == length); // progress
            // Lines after the failed record's first may be read again (an unclosed quote
            // swallowed them): records after it only have to come after the last good one.
        } else {
            FUZZ_CHECK(reader.bytesConsumed() <= length);
            return 0; // the end
        }
        FUZZ_CHECK(reader.bytesConsumed() <= length);
    }
    FUZZ_CHECK(false && "more records than bytes: the reader does not advance");
    return 0;
}
