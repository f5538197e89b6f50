#include "Importer.h"

#include "CsvReader.h"
#include "MappingPresets.h"
#include "RecordPipeline.h"
#include "RejectLog.h"
#include "RowWriter.h"
#include "TextEncoding.h"
#include "metrics/CustomerRefresh.h"
#include "store/BulkLoad.h"
#include "store/CustomerSearchIndex.h"
#include "store/Workspace.h"
#include "store/WorkspaceActivity.h"
#include "store/WorkspaceSettings.h"
#include "vocabulary/Figures.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>
#include <SQLiteCpp/Transaction.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <optional>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace mwb {

// Where an import's time goes, phase by phase: QT_LOGGING_RULES="mwb.import.debug=true".
Q_LOGGING_CATEGORY(lcImport, "mwb.import", QtWarningMsg)

namespace {

// Logs the time since the previous phase ended under lcImport.
class PhaseClock
{
public:
    PhaseClock() { m_timer.start(); }
    void lap(const char *phase)
    {
        if (lcImport().isDebugEnabled())
            qCDebug(lcImport, "%-14s %7.3f s", phase, static_cast<double>(m_timer.nsecsElapsed()) / 1e9);
        m_timer.restart();
    }

private:
    QElapsedTimer m_timer;
};

// Messages for people, translated in context "mwb::Importer" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::Importer)
};

constexpr qint64 kBulkRows = 50000;

// A record as it stood in the file (RFC 4180 quoting where needed), for the rejects.
std::string joinRecord(const std::vector<std::string_view> &fields, const CsvDialect &dialect)
{
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.push_back(dialect.delimiter);
        const std::string_view f = fields[i];
        const bool quote =
            f.find_first_of(std::string{dialect.delimiter, dialect.quote, '\n', '\r'}) != std::string_view::npos;
        if (!quote) {
            out.append(f);
            continue;
        }
        out.push_back(dialect.quote);
        for (char c : f) {
            if (c == dialect.quote)
                out.push_back(c);
            out.push_back(c);
        }
        out.push_back(dialect.quote);
    }
    return out;
}

bool isDateField(ImportField field)
{
    return field == ImportField::OrderDate || field == ImportField::EventTime || field == ImportField::SignupDate
        || field == ImportField::BirthDate;
}

bool isNumberField(ImportField field)
{
    return field == ImportField::Amount || field == ImportField::UnitPrice || field == ImportField::Quantity
        || field == ImportField::Value;
}

QString mappingJson(const QStringList &headers, const QList<ImportField> &mapping)
{
    QJsonArray columns;
    for (qsizetype i = 0; i < mapping.size(); ++i)
        columns.append(QJsonObject{{u"header"_s, headers.value(i)}, {u"field"_s, importFieldName(mapping[i])}});
    return QString::fromUtf8(QJsonDocument(columns).toJson(QJsonDocument::Compact));
}

// The kind of rows a file holds, as the messages name it ("contacts need a column for…").
QString kindNoun(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Contacts: return Text::tr("contacts");
    case ImportKind::Transactions: return Text::tr("transactions");
    case ImportKind::Events: return Text::tr("events");
    case ImportKind::Results: return Text::tr("results");
    }
    return importKindName(kind);
}

// Returns the memory freed by the reading thread (its batches, its caches) to the system
// before the work that follows needs more: the allocator keeps it otherwise.
void giveMemoryBack()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

// Turns foreign-key enforcement off for the life of an import (it can only change outside
// a transaction) and back on after it.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(SQLite::Database &db)
        : m_db(db)
    {
        m_db.exec("PRAGMA foreign_keys = OFF");
    }
    ~ForeignKeysOff()
    {
        try {
            m_db.exec("PRAGMA foreign_keys = ON");
        } catch (const SQLite::Exception &) { // the connection is closing with the error that ended the import
        }
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    SQLite::Database &m_db;
};

} // namespace

ImportResult Importer::runInWorkspace(const QString &workspacePath, const ImportRequest &request,
                                      const QString &presetName, const Progress &progress,
                                      const std::atomic_bool *cancel)
{
    try {
        auto db = Workspace::openConnection(workspacePath, Workspace::Access::ReadWrite);
        ImportResult result = run(*db, request, progress, cancel);
        if (result.ok() && !request.dryRun && !presetName.isEmpty())
            MappingPresets::save(*db, {presetName, request.kind, result.summary.headers, result.summary.mapping, {}});
        return result;
    } catch (const SQLite::Exception &e) {
        ImportResult failed;
        failed.error = Text::tr("Cannot write to the workspace: %1").arg(QString::fromUtf8(e.what()));
        return failed;
    }
}

QString Importer::defaultRejectsPath(const QString &importedFile)
{
    return RejectLog::candidatePath(importedFile);
}

ImportResult Importer::run(SQLite::Database &db, const ImportRequest &request, const Progress &progress,
                           const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    PhaseClock phases;
    ImportResult result;
    ImportSummary &s = result.summary;
    s.dryRun = request.dryRun;
    const QString fileName = QFileInfo(request.path).fileName();

    if (request.kind == ImportKind::Results && request.campaignId <= 0) {
        result.error = Text::tr("%1: campaign results need the campaign they report on.").arg(fileName);
        return result;
    }

    SniffOptions sniffOptions = request.sniff;
    sniffOptions.kind = request.kind;
    const SniffResult sniff = FileSniffer::sniff(request.path, sniffOptions);
    if (!sniff.error.isEmpty()) {
        result.error = sniff.error;
        return result;
    }
    s.encoding = sniff.encoding.name;
    s.delimiter = sniff.dialect.delimiter;
    s.hasHeader = sniff.hasHeader;
    s.headers = sniff.headers;
    s.mapping = request.mapping.isEmpty() ? sniff.proposed : request.mapping;
    if (s.mapping.size() != s.headers.size()) {
        result.error = Text::tr("%1 has %2 columns but the mapping names %3.")
                           .arg(fileName)
                           .arg(s.headers.size())
                           .arg(s.mapping.size());
        return result;
    }
    if (!sniff.encoding.detected)
        s.warnings << Text::tr("The encoding could not be recognised; read as %1.").arg(sniff.encoding.name);
    if (sniff.encoding.brokenUtf8At >= 0) {
        s.warnings << Text::tr("%1 reads as UTF-8 but for %2 broken or overlong byte sequence(s), the first at byte "
                               "%3; it was read as %4 instead. If names look wrong, import it again as UTF-8 "
                               "(--encoding UTF-8): the rows with broken bytes are then refused, each with its line.")
                          .arg(fileName)
                          .arg(sniff.encoding.brokenUtf8Count)
                          .arg(sniff.encoding.brokenUtf8At + sniff.encoding.bomLength)
                          .arg(sniff.encoding.name);
    }

    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Text::tr("Cannot read %1: %2").arg(fileName, file.errorString());
        return result;
    }
    Utf8Stream stream(&file, sniff.encoding.name, sniff.encoding.bomLength);
    CsvReader reader([&stream](char *buffer, qint64 capacity) { return stream.read(buffer, capacity); }, sniff.dialect);
    const bool utf8 = sniff.encoding.name.compare(u"UTF-8"_s, Qt::CaseInsensitive) == 0;

    try {
        // Pages mapped from the file would count against memory as the workspace grows;
        // an import reads little and writes much, so it goes through the bounded cache.
        // The page cache also bounds the sorter that rebuilds indexes after a bulk load.
        db.exec("PRAGMA mmap_size = 0; PRAGMA cache_size = -32768;");
        // Every key an import writes comes from the workspace itself (the customer the
        // resolver found or created, this import's id), so the per-row foreign-key checks
        // (two B-tree searches for each order) are skipped. The tests check the keys after imports.
        const ForeignKeysOff foreignKeysOff(db);
        // Others who must wait for the write lock are told what holds it, and how far it is.
        WorkspaceActivity activity(QString::fromStdString(db.getFilename()), Text::tr("an import of %1").arg(fileName));
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        const QString region =
            request.region.isEmpty() ? readSetting(db, WorkspaceSetting::Region).value_or(QString()) : request.region;
        const QString currency = request.currency.isEmpty()
            ? readSetting(db, WorkspaceSetting::Currency).value_or(QString())
            : request.currency;
        if (request.storeRegionAndCurrency) {
            if (!request.region.isEmpty())
                writeSetting(db, WorkspaceSetting::Region, request.region.toUpper());
            if (!request.currency.isEmpty())
                writeSetting(db, WorkspaceSetting::Currency, request.currency.toUpper());
        }

        SQLite::Statement insertImport(db,
                                       "INSERT INTO imports(kind, file_name, file_size, encoding, delimiter, mapping, "
                                       "started_at, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'running')");
        insertImport.bind(1, importKindName(request.kind).toStdString());
        insertImport.bind(2, QFileInfo(request.path).absoluteFilePath().toStdString());
        insertImport.bind(3, static_cast<int64_t>(sniff.fileSize));
        insertImport.bind(4, s.encoding.toStdString());
        insertImport.bind(5, std::string(1, s.delimiter));
        insertImport.bind(6, mappingJson(s.headers, s.mapping).toStdString());
        insertImport.bind(7, static_cast<int64_t>(QDateTime::currentSecsSinceEpoch()));
        insertImport.exec();
        s.importId = db.getLastInsertRowid();

        // The customers' search index is brought up to date once at the end, for the
        // customers the import touched (row by row it would cost more than the import).
        phases.lap("start");
        CustomerSearchIndex::Deferred searchIndex(db);
        ImportContext context(db, s.importId, region.isEmpty() ? defaultRegion() : region);
        context.kind = request.kind;
        context.campaignId = request.campaignId;
        context.headers = s.headers;
        context.setMapping(s.mapping);
        context.minorPerMajor = minorUnitsPerMajor(currency);
        for (qsizetype c = 0; c < s.mapping.size(); ++c) {
            const int column = static_cast<int>(c);
            const ColumnEvidence evidence = sniff.columns.value(c);
            if (isDateField(s.mapping[c])) {
                DateOrder order = request.dateOrder != DateOrder::Unknown ? request.dateOrder : evidence.dates.order();
                if (order == DateOrder::Unknown) {
                    order = request.ambiguousDateOrder;
                    if (evidence.dates.ambiguous > 0) {
                        s.warnings
                            << Text::tr("Dates in column '%1' fit both day/month/year and month/day/year; read as %2.")
                                   .arg(s.headers.value(c),
                                        order == DateOrder::MonthDayYear ? Text::tr("month/day/year")
                                                                         : Text::tr("day/month/year"));
                    }
                }
                if (evidence.dates.conflicting()) {
                    s.warnings << Text::tr("Dates in column '%1' mix day/month/year and month/day/year.")
                                      .arg(s.headers.value(c));
                }
                context.dateParsers.emplace(column, DateTimeParser(order));
            } else if (isNumberField(s.mapping[c])) {
                context.numberParsers.emplace(column, NumberParser(evidence.decimals.decimalSeparator()));
            }
        }

        // A large load of orders rebuilds the order indexes and daily sales once at the end
        // instead of updating them row by row (several times faster beyond ~50,000 rows).
        std::optional<BulkLoad> bulk;
        DailySales bulkSales;
        if (request.kind == ImportKind::Transactions && sniff.estimatedRows >= kBulkRows) {
            qint64 existingOrders = 0;
            {
                SQLite::Statement existing(db, "SELECT coalesce(sum(transactions), 0) FROM sales_daily");
                existing.executeStep();
                existingOrders = existing.getColumn(0).getInt64();
            } // finished before the bulk load drops indexes
            if (sniff.estimatedRows * 2 >= existingOrders) {
                bulk.emplace(db, std::vector<std::string>{"transactions"});
                s.bulkLoad = true;
                context.deferredSales = &bulkSales;
            }
        }

        std::unique_ptr<RowWriter> writer = RowWriter::create(context);
        if (const QString missing = writer->missingFields(); !missing.isEmpty()) {
            result.error = Text::tr("%1: %2 need a column for: %3. Map one in the wizard or with --mapping.")
                               .arg(fileName, kindNoun(request.kind), missing);
            return result;
        }

        RejectLog rejects(db, s.importId, s);
        auto reject = [&rejects](qint64 line, int column, const QString &reason, std::string_view raw) {
            rejects.add(line, column, reason, raw);
        };

        if (sniff.titleRows > 0)
            s.warnings << Text::tr("Skipped %1 title row(s) above the header.").arg(sniff.titleRows);
        const auto width = static_cast<std::size_t>(s.headers.size());
        // Each value: not longer than a value can be, and only bytes the file's encoding
        // has (the decoder writes U+FFFD for the others). Checked on the reading thread.
        const QString encodingName = sniff.encoding.name;
        auto check = [utf8, encodingName](std::string_view value) {
            if (value.size() > Importer::kMaxValueBytes) {
                return Text::tr("A value of %1 MB; a value holds at most %2 MB (is a quote left open?).")
                    .arg(static_cast<double>(value.size()) / (1 << 20), 0, 'f', 1)
                    .arg(Importer::kMaxValueBytes >> 20);
            }
            if (utf8 ? !TextEncoding::isValidUtf8(value.data(), static_cast<qsizetype>(value.size()))
                     : value.find("\xEF\xBF\xBD") != std::string_view::npos) {
                return utf8 ? Text::tr("Bytes that are not valid UTF-8 (is the file in another "
                                       "encoding? choose it with --encoding).")
                            : Text::tr("Bytes that are not valid %1 (is the file in another "
                                       "encoding? choose it with --encoding).")
                                  .arg(encodingName);
            }
            return QString();
        };
        // The identifiers are read ahead of the writing, each reading thread with a normaliser
        // of its own. A phone number takes the library ~13 µs: with a phone column, more
        // threads read them, each the numbers of some hash values (which it then remembers).
        const bool identifies = context.column(ImportField::ExternalId) >= 0 || context.column(ImportField::Email) >= 0
            || context.column(ImportField::Phone) >= 0;
        const int phoneColumn = context.column(ImportField::Phone);
        const int readers = phoneColumn >= 0 ? std::clamp(QThread::idealThreadCount(), 1, 4) : 1;
        std::vector<ContactNormalizer> readingNormalizers(
            static_cast<std::size_t>(readers), ContactNormalizer(region.isEmpty() ? defaultRegion() : region));
        auto prepare = [&context, &readingNormalizers, width](PipedRecord &record, int worker) {
            if (record.fields.size() == width)
                record.identity =
                    context.readIdentity(record.fields, readingNormalizers[static_cast<std::size_t>(worker)]);
        };
        auto affinity = [phoneColumn](const PipedRecord &record) -> std::size_t {
            if (phoneColumn < 0 || static_cast<std::size_t>(phoneColumn) >= record.fields.size())
                return static_cast<std::size_t>(record.line);
            const std::string_view phone = record.fields[static_cast<std::size_t>(phoneColumn)];
            return qHashBits(phone.data(), phone.size());
        };
        std::optional<RecordPipeline> pipeline;
        RecordPipeline::Options options;
        options.titleRows = sniff.titleRows;
        options.hasHeader = sniff.hasHeader;
        options.check = check;
        options.position = [&stream] { return stream.rawBytesRead(); };
        if (identifies) {
            options.prepare = prepare;
            options.workers = readers;
            options.affinity = affinity;
        }
        pipeline.emplace(reader, std::move(options));
        qint64 bytesRead = 0;
        while (const std::unique_ptr<RecordBatch> batch = pipeline->next()) {
            if (!batch->fatalError.isEmpty()) {
                result.error = Text::tr("%1, line %2: %3").arg(fileName).arg(batch->fatalLine).arg(batch->fatalError);
                return result;
            }
            for (const PipedRecord &record : batch->records) {
                ++s.rowsRead;
                if (record.unreadable) {
                    reject(record.line, record.rejectedColumn, record.rejection, record.raw);
                    continue;
                }
                RowOutcome outcome;
                if (record.fields.size() != width) {
                    outcome = RowOutcome::rejected(static_cast<int>(std::min(record.fields.size(), width)) + 1,
                                                   Text::tr("The row has %1 fields where the header has %2.")
                                                       .arg(record.fields.size())
                                                       .arg(width));
                } else if (!record.rejection.isEmpty()) {
                    outcome = RowOutcome::rejected(record.rejectedColumn, record.rejection);
                } else {
                    context.prepared = record.identity ? &*record.identity : nullptr;
                    outcome = writer->write(record.fields);
                    context.prepared = nullptr;
                }
                switch (outcome.kind) {
                case RowOutcome::Kind::Imported: ++s.rowsImported; break;
                case RowOutcome::Kind::Duplicate: ++s.rowsDuplicate; break;
                case RowOutcome::Kind::Rejected:
                    reject(record.line, outcome.column, outcome.reason, joinRecord(record.fields, sniff.dialect));
                    break;
                }
                if ((s.rowsRead & 0x1fff) == 0) {
                    if (cancel && cancel->load()) {
                        result.cancelled = true;
                        result.error =
                            Text::tr("The import of %1 was cancelled; the workspace is unchanged.").arg(fileName);
                        return result;
                    }
                    if (progress)
                        progress(bytesRead, sniff.fileSize, s.rowsRead);
                    if (sniff.fileSize > 0)
                        activity.setProgress(static_cast<double>(bytesRead) / static_cast<double>(sniff.fileSize));
                }
            }
            bytesRead = batch->bytesRead;
        }
        pipeline.reset(); // done with the file and its decoder
        readingNormalizers = {};
        giveMemoryBack();
        if (stream.hadDecodingErrors())
            s.warnings << Text::tr("Some bytes are not valid %1; they were replaced by U+FFFD.").arg(s.encoding);

        context.identities.release(); // what follows needs the memory more
        phases.lap("rows");
        if (bulk)
            bulk->finish(bulkSales);
        phases.lap("indexes");
        writer->summarize(s);
        if (request.kind == ImportKind::Transactions) {
            // What the orders this import added are, once their lines are all in.
            SQLite::Statement kinds(db,
                                    std::string("SELECT count(*) FILTER (WHERE customer_id IS NULL AND ") + kIsOrder
                                        + "), coalesce(sum(amount_minor) FILTER (WHERE customer_id IS NULL AND "
                                        + kIsOrder + "), 0), count(*) FILTER (WHERE " + kIsRefund
                                        + "), coalesce(sum(amount_minor) FILTER (WHERE " + kIsRefund
                                        + "), 0) FROM transactions WHERE import_id = ?1");
            kinds.bind(1, static_cast<int64_t>(s.importId));
            kinds.executeStep();
            s.guestOrders = kinds.getColumn(0).getInt64();
            s.guestOrderMinor = kinds.getColumn(1).getInt64();
            s.refunds = kinds.getColumn(2).getInt64();
            s.refundMinor = kinds.getColumn(3).getInt64();
        }
        s.customersCreated = context.customersCreated;
        s.customersMatched = context.touched.size() - s.customersCreated;
        if (context.identities.conflicts() > 0) {
            s.warnings << Text::tr("%1 identifiers already belong to other customers and were left with them.")
                              .arg(context.identities.conflicts());
        }
        searchIndex.refresh(context.touched);
        phases.lap("search index");
        CustomerRefresh::afterChange(db, context.touched);
        phases.lap("metrics");

        SQLite::Statement finish(db,
                                 "UPDATE imports SET finished_at = ?2, rows_read = ?3, rows_imported = ?4, "
                                 "rows_duplicate = ?5, rows_rejected = ?6, customers_created = ?7, "
                                 "customers_matched = ?8, status = 'done' WHERE id = ?1");
        finish.bind(1, static_cast<int64_t>(s.importId));
        finish.bind(2, static_cast<int64_t>(QDateTime::currentSecsSinceEpoch()));
        finish.bind(3, static_cast<int64_t>(s.rowsRead));
        finish.bind(4, static_cast<int64_t>(s.rowsImported));
        finish.bind(5, static_cast<int64_t>(s.rowsDuplicate));
        finish.bind(6, static_cast<int64_t>(s.rowsRejected));
        finish.bind(7, static_cast<int64_t>(s.customersCreated));
        finish.bind(8, static_cast<int64_t>(s.customersMatched));
        finish.exec();
        if (progress)
            progress(sniff.fileSize, sniff.fileSize, s.rowsRead);
        if (!request.dryRun) // a dry run ends here: the transaction rolls back as it goes out of scope
            transaction.commit();
        phases.lap("commit");
    } catch (const SQLite::Exception &e) {
        const int code = e.getErrorCode() & 0xff;
        const QString cause = code == SQLITE_FULL ? Text::tr("the disk is full (free some space and import again)")
            : code == SQLITE_READONLY ? Text::tr("the workspace cannot be written (a read-only file or folder)")
                                      : QString::fromUtf8(e.what());
        result.error = Text::tr("Importing %1 failed after %2 rows: %3. The workspace is unchanged.")
                           .arg(fileName)
                           .arg(s.rowsRead)
                           .arg(cause);
        return result;
    }

    if (!request.dryRun && s.rowsRejected > 0 && request.writeRejectsFile) {
        const RejectLog::Written written = RejectLog::writeFile(db, s.importId, request.path, request.rejectsPath);
        s.rejectsFile = written.file;
        if (!written.error.isEmpty())
            s.warnings << Text::tr("The rejected rows are kept in the workspace, but no rejects file was written: %1")
                              .arg(written.error);
    }
    s.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    return result;
}

} // namespace mwb
