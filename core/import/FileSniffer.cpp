#include "FileSniffer.h"

#include "store/InputFile.h"

#include "ColumnMapper.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <algorithm>
#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::FileSniffer" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::FileSniffer)
};

// The sample's first records, up to `maxRecords` or the first broken one. With `total`,
// reading goes on to the end of the sample to count every record (broken ones too),
// without keeping them.
std::vector<std::vector<std::string>> readRecords(const QByteArray &utf8, CsvDialect dialect, int maxRecords,
                                                  qint64 *total = nullptr)
{
    CsvReader reader(CsvReader::bytesSource(utf8), dialect);
    std::vector<std::vector<std::string>> records;
    CsvRecord record;
    bool keeping = true;
    qint64 count = 0;
    for (;;) {
        keeping = keeping && static_cast<int>(records.size()) < maxRecords;
        if (!keeping && !total)
            break;
        if (reader.next(record)) {
            ++count;
            if (keeping) {
                std::vector<std::string> fields;
                fields.reserve(record.fields.size());
                for (std::string_view f : record.fields)
                    fields.emplace_back(f);
                records.push_back(std::move(fields));
            }
        } else if (reader.error().isSet()) {
            keeping = false;
            reader.recover();
            ++count;
        } else {
            break;
        }
    }
    if (total)
        *total = count;
    return records;
}

// The sample cut at its last complete line, so no record is half-read.
QByteArray cutAtLastLine(const QByteArray &sample, bool complete)
{
    if (complete)
        return sample;
    const qsizetype lastNewline = sample.lastIndexOf('\n');
    return lastNewline > 0 ? sample.left(lastNewline + 1) : sample;
}

bool looksLikeValue(const std::string &text)
{
    // A header cell is text; dates and numbers mark a data row.
    static const DateTimeParser dates;
    static const NumberParser numbers;
    if (text.empty())
        return true;
    return dates.parse(text).has_value() || numbers.parseFixed(text).has_value();
}

} // namespace

QString ColumnEvidence::detectedType() const
{
    if (values == 0)
        return u"empty"_s;
    if (dateValues * 10 >= values * 9)
        return u"date"_s;
    if (numberValues * 10 >= values * 9)
        return u"number"_s;
    return u"text"_s;
}

char FileSniffer::detectDelimiter(const QByteArray &utf8Sample, char quote)
{
    static constexpr std::array<char, 4> kCandidates{',', ';', '\t', '|'};
    char best = ',';
    double bestScore = 0;
    for (char candidate : kCandidates) {
        const auto records = readRecords(utf8Sample, {candidate, quote}, 200);
        if (records.empty())
            continue;
        QMap<std::size_t, int> widths;
        for (const auto &r : records)
            ++widths[r.size()];
        std::size_t modalWidth = 0;
        int modalCount = 0;
        for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
            if (it.value() > modalCount || (it.value() == modalCount && it.key() > modalWidth)) {
                modalWidth = it.key();
                modalCount = it.value();
            }
        }
        if (modalWidth < 2)
            continue;
        // Consistency first, then the number of columns it finds.
        const double score = static_cast<double>(modalCount) / static_cast<double>(records.size()) * 1000.0
            + static_cast<double>(modalWidth);
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

SniffResult FileSniffer::sniff(const QString &path, const SniffOptions &options)
{
    SniffResult result;
    if (const QString problem = InputFile::problem(path); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Text::tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return result;
    }
    result.fileSize = file.size();
    const QByteArray raw = file.read(kSampleBytes);
    result.sampleIsWholeFile = file.atEnd();
    if (raw.isEmpty()) {
        result.error = Text::tr("%1 is empty.").arg(QFileInfo(path).fileName());
        return result;
    }

    const QString forced = options.encoding.compare(u"auto"_s, Qt::CaseInsensitive) == 0 ? QString() : options.encoding;
    if (forced.isEmpty()) {
        result.encoding = TextEncoding::detect(raw, result.sampleIsWholeFile);
    } else {
        const QString name = TextEncoding::canonicalName(forced);
        if (name.isEmpty()) {
            result.error = Text::tr("Unknown encoding '%1'.").arg(forced);
            return result;
        }
        const DetectedEncoding bom = TextEncoding::detect(raw.left(4), false);
        result.encoding = {name, bom.bomLength > 0 && bom.name == name ? bom.bomLength : 0, true};
    }
    if (raw.contains('\0') && !result.encoding.name.startsWith(u"UTF-16"_s)) {
        result.error = Text::tr("%1 holds binary data (NUL bytes), not text: is it really a CSV file?")
                           .arg(QFileInfo(path).fileName());
        return result;
    }

    QBuffer buffer;
    buffer.setData(raw);
    buffer.open(QIODevice::ReadOnly);
    Utf8Stream stream(&buffer, result.encoding.name, result.encoding.bomLength);
    QByteArray utf8;
    char chunk[65536];
    for (qint64 n; (n = stream.read(chunk, sizeof chunk)) > 0;)
        utf8.append(chunk, n);
    utf8 = cutAtLastLine(utf8, result.sampleIsWholeFile);

    result.dialect.quote = '"';
    if (options.delimiter != 0) {
        result.dialect.delimiter = options.delimiter;
    } else {
        result.dialect.delimiter = detectDelimiter(utf8, result.dialect.quote);
        result.delimiterDetected = true;
    }

    qint64 sampleRecords = 0;
    auto records = readRecords(utf8, result.dialect, 5000, &sampleRecords);
    if (records.empty()) {
        result.error = Text::tr("%1 holds no rows.").arg(QFileInfo(path).fileName());
        return result;
    }
    // Spreadsheet exports often put a title (one filled cell) above the real header.
    auto filled = [](const std::vector<std::string> &row) {
        return std::count_if(row.begin(), row.end(), [](const std::string &cell) { return !cell.empty(); });
    };
    while (result.titleRows < 5 && records.size() > 2 && filled(records.front()) <= 1 && filled(records[1]) >= 2) {
        records.erase(records.begin());
        ++result.titleRows;
    }
    const std::vector<std::string> &first = records.front();
    if (options.headerRow >= 0) {
        result.hasHeader = options.headerRow == 1;
    } else {
        // A header row is all non-empty text, and names at least one known field or sits on
        // top of rows that hold dates or numbers where it holds text.
        bool allText = true;
        bool knownField = false;
        for (const std::string &cell : first) {
            allText = allText && !cell.empty() && !looksLikeValue(cell);
            knownField = knownField
                || ColumnMapper::fieldForHeader(options.kind, QString::fromStdString(cell)) != ImportField::Ignore;
        }
        bool valuesBelow = false;
        if (records.size() > 1) {
            for (const std::string &cell : records[1])
                valuesBelow = valuesBelow || (!cell.empty() && looksLikeValue(cell));
        }
        result.hasHeader = allText && (knownField || valuesBelow || records.size() == 1);
    }

    // The whole sample is counted (the records kept stop at 5,000), and scaled by the share
    // of the file it covers.
    const qint64 dataRecords = sampleRecords - result.titleRows - (result.hasHeader ? 1 : 0);
    result.estimatedRows =
        result.sampleIsWholeFile ? dataRecords : result.fileSize * dataRecords / std::max<qsizetype>(1, raw.size());
    const std::size_t width = first.size();
    for (std::size_t c = 0; c < width; ++c) {
        if (result.hasHeader)
            result.headers.append(QString::fromStdString(first[c]).trimmed());
        else
            result.headers.append(u"Column %1"_s.arg(c + 1));
    }
    result.proposed = ColumnMapper::propose(options.kind, result.headers);
    result.columns.resize(static_cast<qsizetype>(width));

    static const DateTimeParser dateParser;
    for (std::size_t r = result.hasHeader ? 1 : 0; r < records.size(); ++r) {
        const auto &row = records[r];
        if (result.preview.size() < kPreviewRows) {
            QStringList cells;
            for (const std::string &cell : row)
                cells.append(QString::fromStdString(cell));
            result.preview.append(cells);
        }
        for (std::size_t c = 0; c < std::min(width, row.size()); ++c) {
            const std::string &cell = row[c];
            if (cell.empty())
                continue;
            ColumnEvidence &e = result.columns[static_cast<qsizetype>(c)];
            ++e.values;
            if (e.sample.isEmpty())
                e.sample = QString::fromStdString(cell);
            e.dates.add(cell);
            e.decimals.add(cell);
            if (dateParser.parse(cell))
                ++e.dateValues;
            if (NumberParser(e.decimals.decimalSeparator()).parseFixed(cell))
                ++e.numberValues;
        }
    }
    return result;
}

} // namespace mwb
