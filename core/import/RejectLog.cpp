#include "RejectLog.h"

#include "Importer.h"
#include "export/AtomicFile.h"
#include "export/CsvTableWriter.h"

#include <SQLiteCpp/Database.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::RejectLog" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::RejectLog)
};

// The reason without the value it quotes, so rows refused for the same reason count together.
QString reasonKind(const QString &reason)
{
    static const QRegularExpression quotedValue(u"'[^']*'"_s);
    return QString(reason).replace(quotedValue, u"'…'"_s);
}

// At most `limit` bytes of `raw`, not cutting a UTF-8 character in two.
std::string_view prefix(std::string_view raw, std::size_t limit)
{
    if (raw.size() <= limit)
        return raw;
    std::size_t end = limit;
    for (int back = 0; back < 3 && end > 0 && (static_cast<unsigned char>(raw[end]) & 0xC0) == 0x80; ++back)
        --end;
    return raw.substr(0, end);
}

constexpr int kMaxCandidates = 999;

} // namespace

RejectLog::RejectLog(SQLite::Database &db, qint64 importId, ImportSummary &summary)
    : m_insert(db, "INSERT INTO import_rejects(import_id, line, column_no, reason, raw) VALUES (?1, ?2, ?3, ?4, ?5)")
    , m_importId(importId)
    , m_summary(summary)
{
}

void RejectLog::add(qint64 line, int column, const QString &reason, std::string_view raw)
{
    ++m_summary.rowsRejected;
    ++m_summary.rejectReasons[reasonKind(reason)];
    const std::string_view kept = prefix(raw, kMaxRawBytes);
    QString stored = reason;
    if (kept.size() < raw.size()) {
        stored += Text::tr(" (the row is kept up to its first %1 KB of %2 MB)")
                      .arg(kMaxRawBytes / 1024)
                      .arg(static_cast<double>(raw.size()) / (1 << 20), 0, 'f', 1);
    }
    m_insert.bind(1, static_cast<int64_t>(m_importId));
    m_insert.bind(2, static_cast<int64_t>(line));
    if (column > 0)
        m_insert.bind(3, column);
    else
        m_insert.bind(3);
    m_insert.bind(4, stored.toStdString());
    m_insert.bind(5, std::string(kept)); // text, however many bytes it holds
    m_insert.exec();
    m_insert.reset();
    if (m_summary.firstRejects.size() < 100) {
        // For display only: a few kilobytes of a row say enough.
        const std::string_view shownBytes = prefix(raw, 4096);
        QString shown = QString::fromUtf8(shownBytes.data(), static_cast<qsizetype>(shownBytes.size()));
        if (shownBytes.size() < raw.size())
            shown += u'…';
        m_summary.firstRejects.append({line, column, stored, shown});
    }
}

QString RejectLog::candidatePath(const QString &importedFile, int n)
{
    const QFileInfo info(importedFile);
    const QString suffix = n > 1 ? u".rejects-%1.csv"_s.arg(n) : u".rejects.csv"_s;
    return info.dir().filePath(info.completeBaseName() + suffix);
}

RejectLog::Written RejectLog::writeFile(SQLite::Database &db, qint64 importId, const QString &importedFile,
                                        const QString &requested)
{
    // Streams the rows into `device`; false when a write failed.
    auto writeRows = [&db, importId](QIODevice *device) {
        std::string buffer = "line,column,reason,row\r\n";
        SQLite::Statement query(db,
                                "SELECT line, column_no, reason, raw FROM import_rejects WHERE import_id = ?1 "
                                "ORDER BY line");
        query.bind(1, static_cast<int64_t>(importId));
        auto flush = [&buffer, device] {
            const bool ok =
                device->write(buffer.data(), static_cast<qint64>(buffer.size())) == static_cast<qint64>(buffer.size());
            buffer.clear();
            return ok;
        };
        // The reason and the raw row are always quoted; cells a spreadsheet would run as a
        // formula are neutralised, as in every export.
        while (query.executeStep()) {
            buffer += std::to_string(query.getColumn(0).getInt64()) + ","
                + (query.getColumn(1).isNull() ? std::string() : std::to_string(query.getColumn(1).getInt())) + ",";
            CsvTableWriter::appendTextField(buffer, query.getColumn(2).getString(), ',',
                                            CsvTableWriter::Quoting::Always);
            buffer.push_back(',');
            CsvTableWriter::appendTextField(buffer, query.getColumn(3).getString(), ',',
                                            CsvTableWriter::Quoting::Always);
            buffer.append("\r\n");
            if (buffer.size() >= (1u << 16) && !flush())
                return false;
        }
        return flush();
    };

    Written written;
    const int candidates = requested.isEmpty() ? kMaxCandidates : 1;
    for (int n = 1; n <= candidates; ++n) {
        const QString path = requested.isEmpty() ? candidatePath(importedFile, n) : requested;
        if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
            continue; // taken: never replaced
        AtomicFile file(path, ExistingFile::Refuse);
        QString error = file.open();
        if (error.isEmpty() && !writeRows(file.device()))
            error = file.writeFailed();
        if (error.isEmpty())
            error = file.commit();
        if (error.isEmpty()) {
            written.file = file.target();
            return written;
        }
        file.discard();
        if (QFileInfo::exists(path))
            continue; // it appeared meanwhile: the next name
        written.error = error;
        return written;
    }
    written.error = requested.isEmpty()
        ? Text::tr("Cannot write the rejected rows beside %1: every name up to %2 is taken.")
              .arg(QDir::toNativeSeparators(importedFile),
                   QFileInfo(candidatePath(importedFile, kMaxCandidates)).fileName())
        : Text::tr("Cannot write %1: a file of that name exists and is left as it is.")
              .arg(QDir::toNativeSeparators(requested));
    return written;
}

} // namespace mwb
