// ImportRun: one run of Importer::run, step by step. Each step reads as what it does:
//
//   plan           sniff the file, take the mapping, note what the reader will assume
//   open           open the file and its decoder
//   start          (in the transaction) the import's row, the parsers per column, the writer
//   readRows       the file's records as the reading threads hand them over; take() sends each
//                  through the kind's RowWriter, the refused ones to the RejectLog
//   finish         indexes, the summary, the customers' figures, the import's row, commit
//   keepRejects    the rejects file beside the imported one
//   describeFailure what an SQLite error means to the person importing
//
// A step that fails leaves its message in the result and the run stops there; the
// transaction rolls back as the run's writing state goes out of scope. Internal to
// core/import: callers use Importer.
#pragma once

#include "CsvReader.h"
#include "FileSniffer.h"
#include "Importer.h"
#include "TextEncoding.h"

#include <QElapsedTimer>
#include <QFile>

#include <atomic>
#include <memory>
#include <optional>

namespace SQLite {
class Database;
class Exception;
} // namespace SQLite

namespace mwb {

struct PipedRecord;

class ImportRun
{
public:
    ImportRun(SQLite::Database &db, const ImportRequest &request, const Importer::Progress &progress,
              const std::atomic_bool *cancel);
    ~ImportRun();
    ImportRun(const ImportRun &) = delete;
    ImportRun &operator=(const ImportRun &) = delete;

    ImportResult run();

private:
    struct Writing; // what lives as long as the import's transaction

    bool plan();
    bool open();
    bool start(Writing &writing);
    bool readRows(Writing &writing);
    void take(const PipedRecord &record, Writing &writing); // one record: written, a duplicate or refused
    void finish(Writing &writing);
    void keepRejects();
    QString describeFailure(const SQLite::Exception &e) const;

    bool fail(const QString &error);
    // Logs the time since the previous phase ended (QT_LOGGING_RULES="mwb.import.debug=true").
    void lap(const char *phase);

    SQLite::Database &m_db;
    const ImportRequest &m_request;
    const Importer::Progress &m_progress;
    const std::atomic_bool *m_cancel;
    QElapsedTimer m_timer;
    QElapsedTimer m_phase;
    QString m_fileName;
    ImportResult m_result;
    ImportSummary &m_summary;
    SniffResult m_sniff;
    QString m_region;
    QString m_currency;
    QFile m_file;
    std::optional<Utf8Stream> m_stream;
    std::optional<CsvReader> m_reader;
};

} // namespace mwb
