// Fuzz target: a whole file as the import wizard first sees it: the encoding detected from
// the bytes, the text decoded to UTF-8, the delimiter detected, every record read; then the
// sniffer over the same bytes written to a file. Nothing may crash, and the decoded text is
// always valid UTF-8.
#include "FuzzCheck.h"
#include "import/CsvReader.h"
#include "import/FileSniffer.h"
#include "import/TextEncoding.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const mwb::DetectedEncoding encoding = mwb::TextEncoding::detect(bytes, true);
    FUZZ_CHECK(!encoding.name.isEmpty());
    FUZZ_CHECK(encoding.bomLength >= 0 && encoding.bomLength <= bytes.size());
    (void)mwb::TextEncoding::bestChineseEncoding(bytes, true);

    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    mwb::Utf8Stream stream(&device, encoding.name, encoding.bomLength);
    QByteArray utf8;
    char chunk[4096];
    for (qint64 n; (n = stream.read(chunk, sizeof chunk)) > 0;)
        utf8.append(chunk, n);
    FUZZ_CHECK(mwb::TextEncoding::isValidUtf8(utf8.constData(), utf8.size(), true) || encoding.name == u"UTF-8"_s);

    mwb::CsvDialect dialect;
    dialect.delimiter = mwb::FileSniffer::detectDelimiter(utf8, '"');
    mwb::CsvReader reader(mwb::CsvReader::bytesSource(utf8), dialect);
    mwb::CsvRecord record;
    for (qint64 guard = 0; guard <= utf8.size() + 1; ++guard) {
        if (!reader.next(record)) {
            if (!reader.error().isSet())
                break;
            reader.recover();
        }
    }

    const QString path = QDir::temp().filePath(u"mwb-fuzz-file-%1.csv"_s.arg(QCoreApplication::applicationPid()));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(bytes);
        file.close();
        const mwb::SniffResult sniffed = mwb::FileSniffer::sniff(path);
        if (sniffed.error.isEmpty())
            FUZZ_CHECK(sniffed.proposed.size() == sniffed.headers.size());
        QFile::remove(path);
    }
    return 0;
}
