// Benchmark: reading a CSV file with our CsvReader against libcsv, the library the import
// issue suggested. Both see the same bytes from memory and count records and fields; the
// best of five runs is reported in MB/s. (libcsv gives no line numbers, which the
// importer needs for every rejected row; this measures speed alone.)
#include "import/CsvReader.h"

#include <csv.h>

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace {

struct Counts
{
    long long records = 0;
    long long fields = 0;
    long long bytes = 0; // field bytes, so neither reader can skip the work
};

Counts withCsvReader(const QByteArray &data)
{
    qsizetype offset = 0;
    mwb::CsvReader reader(
        [&](char *buffer, qint64 capacity) -> qint64 {
            const qint64 n = std::min<qint64>(capacity, data.size() - offset);
            std::memcpy(buffer, data.constData() + offset, static_cast<size_t>(n));
            offset += n;
            return n;
        },
        {});
    Counts counts;
    mwb::CsvRecord record;
    while (reader.next(record)) {
        ++counts.records;
        counts.fields += static_cast<long long>(record.fields.size());
        for (std::string_view f : record.fields)
            counts.bytes += static_cast<long long>(f.size());
    }
    return counts;
}

Counts withLibcsv(const QByteArray &data)
{
    Counts counts;
    csv_parser parser;
    csv_init(&parser, CSV_APPEND_NULL);
    auto onField = [](void *, size_t length, void *user) {
        auto *c = static_cast<Counts *>(user);
        ++c->fields;
        c->bytes += static_cast<long long>(length);
    };
    auto onRecord = [](int, void *user) { ++static_cast<Counts *>(user)->records; };
    // The same 1 MB reads the CsvReader gets.
    for (qsizetype offset = 0; offset < data.size(); offset += 1 << 20) {
        const size_t n = static_cast<size_t>(std::min<qsizetype>(1 << 20, data.size() - offset));
        csv_parse(&parser, data.constData() + offset, n, onField, onRecord, &counts);
    }
    csv_fini(&parser, onField, onRecord, &counts);
    csv_free(&parser);
    return counts;
}

template <typename Reader> double bestMBps(const QByteArray &data, Reader read, Counts &counts)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        counts = read(data);
        best = std::min(best, timer.nsecsElapsed());
    }
    return static_cast<double>(data.size()) / 1e6 / (static_cast<double>(best) / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_csvparse FILE.csv\n");
        return 1;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray data = file.readAll();
    Counts ours, theirs;
    const double oursMBps = bestMBps(data, withCsvReader, ours);
    const double libcsvMBps = bestMBps(data, withLibcsv, theirs);
    std::printf("CsvReader: %.0f MB/s (%lld records, %lld fields, %lld bytes)\n", oursMBps, ours.records, ours.fields,
                ours.bytes);
    std::printf("libcsv:    %.0f MB/s (%lld records, %lld fields, %lld bytes)\n", libcsvMBps, theirs.records,
                theirs.fields, theirs.bytes);
    std::printf("ratio CsvReader / libcsv throughput: %.2f\n", oursMBps / libcsvMBps);
    return ours.records == theirs.records && ours.fields == theirs.fields && ours.bytes == theirs.bytes ? 0 : 2;
}
