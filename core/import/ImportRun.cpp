#include "ImportRun.h"

#include "RecordPipeline.h"
#include "RejectLog.h"
#include "RowWriter.h"
#include "metrics/CustomerRefresh.h"
#include "store/BulkLoad.h"
#include "store/CustomerSearchIndex.h"
#include "store/WorkspaceActivity.h"
#include "store/WorkspaceSettings.h"
#include "vocabulary/Figures.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QThread>

#include <algorithm>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace mwb {

// Where an import's time goes, phase by phase: QT_LOGGING_RULES="mwb.import.debug=true".
Q_LOGGING_CATEGORY(lcImport, "mwb.import", QtWarningMsg)

namespace {

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
        || field == ImportField::Value || field == ImportField::LineAmount;
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
    case ImportKind::Points: return Text::tr("points");
    case ImportKind::Referrals: return Text::tr("referrals");
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

// What lives as long as the import's transaction, undone in the reverse order when the
// run ends: the writer and the context first, the transaction (rolled back unless
// committed) and the foreign keys last.
struct ImportRun::Writing
{
    Writing(SQLite::Database &db, const QString &fileName)
        : foreignKeysOff(db)
        , activity(QString::fromStdString(db.getFilename()), Text::tr("an import of %1").arg(fileName))
        , transaction(db, SQLite::TransactionBehavior::IMMEDIATE)
    {
    }

    // Every key an import writes comes from the workspace itself (the customer the
    // resolver found or created, this import's id), so the per-row foreign-key checks
    // (two B-tree searches for each order) are skipped. The tests check the keys after imports.
    ForeignKeysOff foreignKeysOff;
    // Others who must wait for the write lock are told what holds it, and how far it is.
    WorkspaceActivity activity;
    SQLite::Transaction transaction;
    // The customers' search index is brought up to date once at the end, for the
    // customers the import touched (row by row it would cost more than the import).
    std::optional<CustomerSearchIndex::Deferred> searchIndex;
    std::optional<ImportContext> context;
    // A large load of orders rebuilds the order indexes and daily sales once at the end
    // instead of updating them row by row (several times faster beyond ~50,000 rows).
    std::optional<BulkLoad> bulk;
    DailySales bulkSales;
    // Otherwise the customers' months are recomputed at the end for the customers whose
    // orders came, rather than one upsert per order.
    std::optional<DeferredCustomerMonths> months;
    std::unique_ptr<RowWriter> writer;
    std::optional<RejectLog> rejects;
};

ImportRun::ImportRun(SQLite::Database &db, const ImportRequest &request, const Importer::Progress &progress,
                     const std::atomic_bool *cancel)
    : m_db(db)
    , m_request(request)
    , m_progress(progress)
    , m_cancel(cancel)
    , m_fileName(QFileInfo(request.path).fileName())
    , m_summary(m_result.summary)
{
    m_timer.start();
    m_phase.start();
    m_summary.dryRun = request.dryRun;
}

ImportRun::~ImportRun() = default;

ImportResult ImportRun::run()
{
    if (!plan() || !open())
        return m_result;
    try {
        // Pages mapped from the file would count against memory as the workspace grows;
        // an import reads little and writes much, so it goes through the bounded cache.
        // The page cache also bounds the sorter that rebuilds indexes after a bulk load.
        m_db.exec("PRAGMA mmap_size = 0; PRAGMA cache_size = -32768;");
        Writing writing(m_db, m_fileName);
        if (!start(writing) || !readRows(writing))
            return m_result;
        finish(writing);
    } catch (const SQLite::Exception &e) {
        fail(describeFailure(e));
        return m_result;
    }
    keepRejects();
    m_summary.seconds = static_cast<double>(m_timer.elapsed()) / 1000.0;
    return m_result;
}

bool ImportRun::fail(const QString &error)
{
    m_result.error = error;
    return false;
}

void ImportRun::lap(const char *phase)
{
    if (lcImport().isDebugEnabled())
        qCDebug(lcImport, "%-14s %7.3f s", phase, static_cast<double>(m_phase.nsecsElapsed()) / 1e9);
    m_phase.restart();
}

bool ImportRun::plan()
{
    ImportSummary &s = m_summary;
    if (m_request.kind == ImportKind::Results && m_request.campaignId <= 0)
        return fail(Text::tr("%1: campaign results need the campaign they report on.").arg(m_fileName));

    SniffOptions sniffOptions = m_request.sniff;
    sniffOptions.kind = m_request.kind;
    m_sniff = FileSniffer::sniff(m_request.path, sniffOptions);
    if (!m_sniff.error.isEmpty())
        return fail(m_sniff.error);
    s.encoding = m_sniff.encoding.name;
    s.delimiter = m_sniff.dialect.delimiter;
    s.hasHeader = m_sniff.hasHeader;
    s.headers = m_sniff.headers;
    s.mapping = m_request.mapping.isEmpty() ? m_sniff.proposed : m_request.mapping;
    if (s.mapping.size() != s.headers.size()) {
        return fail(Text::tr("%1 has %2 columns but the mapping names %3.")
                        .arg(m_fileName)
                        .arg(s.headers.size())
                        .arg(s.mapping.size()));
    }
    if (!m_sniff.encoding.detected)
        s.warnings << Text::tr("The encoding could not be recognised; read as %1.").arg(m_sniff.encoding.name);
    if (m_sniff.encoding.brokenUtf8At >= 0) {
        s.warnings << Text::tr("%1 reads as UTF-8 but for %2 broken or overlong byte sequence(s), the first at byte "
                               "%3; it was read as %4 instead. If names look wrong, import it again as UTF-8 "
                               "(--encoding UTF-8): the rows with broken bytes are then refused, each with its line.")
                          .arg(m_fileName)
                          .arg(m_sniff.encoding.brokenUtf8Count)
                          .arg(m_sniff.encoding.brokenUtf8At + m_sniff.encoding.bomLength)
                          .arg(m_sniff.encoding.name);
    }
    return true;
}

bool ImportRun::open()
{
    m_file.setFileName(m_request.path);
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(Text::tr("Cannot read %1: %2").arg(m_fileName, m_file.errorString()));
    m_stream.emplace(&m_file, m_sniff.encoding.name, m_sniff.encoding.bomLength);
    m_reader.emplace([this](char *buffer, qint64 capacity) { return m_stream->read(buffer, capacity); },
                     m_sniff.dialect);
    return true;
}

bool ImportRun::start(Writing &writing)
{
    ImportSummary &s = m_summary;
    m_region =
        m_request.region.isEmpty() ? readSetting(m_db, WorkspaceSetting::Region).value_or(QString()) : m_request.region;
    m_currency = m_request.currency.isEmpty() ? readSetting(m_db, WorkspaceSetting::Currency).value_or(QString())
                                              : m_request.currency;
    if (m_region.isEmpty())
        m_region = defaultRegion();
    if (m_request.storeRegionAndCurrency) {
        if (!m_request.region.isEmpty())
            writeSetting(m_db, WorkspaceSetting::Region, m_request.region.toUpper());
        if (!m_request.currency.isEmpty())
            writeSetting(m_db, WorkspaceSetting::Currency, m_request.currency.toUpper());
    }

    SQLite::Statement insertImport(m_db,
                                   "INSERT INTO imports(kind, file_name, file_size, encoding, delimiter, mapping, "
                                   "started_at, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'running')");
    insertImport.bind(1, importKindName(m_request.kind).toStdString());
    insertImport.bind(2, QFileInfo(m_request.path).absoluteFilePath().toStdString());
    insertImport.bind(3, static_cast<int64_t>(m_sniff.fileSize));
    insertImport.bind(4, s.encoding.toStdString());
    insertImport.bind(5, std::string(1, s.delimiter));
    insertImport.bind(6, mappingJson(s.headers, s.mapping).toStdString());
    insertImport.bind(7, static_cast<int64_t>(QDateTime::currentSecsSinceEpoch()));
    insertImport.exec();
    s.importId = m_db.getLastInsertRowid();
    lap("start");

    writing.searchIndex.emplace(m_db);
    ImportContext &context = writing.context.emplace(m_db, s.importId, m_region);
    context.kind = m_request.kind;
    context.campaignId = m_request.campaignId;
    context.headers = s.headers;
    context.setMapping(s.mapping);
    context.minorPerMajor = minorUnitsPerMajor(m_currency);
    // Each date column read in the order the caller set, or its values show, or the
    // ambiguous default (said in a warning); each number column with its decimal separator.
    for (qsizetype c = 0; c < s.mapping.size(); ++c) {
        const int column = static_cast<int>(c);
        const ColumnEvidence evidence = m_sniff.columns.value(c);
        if (isDateField(s.mapping[c])) {
            DateOrder order = m_request.dateOrder != DateOrder::Unknown ? m_request.dateOrder : evidence.dates.order();
            if (order == DateOrder::Unknown) {
                order = m_request.ambiguousDateOrder;
                if (evidence.dates.ambiguous > 0) {
                    s.warnings << Text::tr(
                                      "Dates in column '%1' fit both day/month/year and month/day/year; read as %2.")
                                      .arg(s.headers.value(c),
                                           order == DateOrder::MonthDayYear ? Text::tr("month/day/year")
                                                                            : Text::tr("day/month/year"));
                }
            }
            if (evidence.dates.conflicting()) {
                s.warnings
                    << Text::tr("Dates in column '%1' mix day/month/year and month/day/year.").arg(s.headers.value(c));
            }
            context.dateParsers.emplace(column, DateTimeParser(order));
        } else if (isNumberField(s.mapping[c])) {
            context.numberParsers.emplace(column, NumberParser(evidence.decimals.decimalSeparator()));
        }
    }

    if (m_request.kind == ImportKind::Transactions && m_sniff.estimatedRows >= kBulkRows) {
        qint64 existingOrders = 0;
        {
            SQLite::Statement existing(m_db, "SELECT coalesce(sum(transactions), 0) FROM sales_daily");
            existing.executeStep();
            existingOrders = existing.getColumn(0).getInt64();
        } // finished before the bulk load drops indexes
        if (m_sniff.estimatedRows * 2 >= existingOrders) {
            writing.bulk.emplace(m_db, std::vector<std::string>{"transactions", "order_lines"});
            s.bulkLoad = true;
            context.deferredSales = &writing.bulkSales;
        }
    }
    if (m_request.kind == ImportKind::Transactions && !writing.bulk)
        writing.months.emplace(m_db);

    writing.writer = RowWriter::create(context);
    if (const QString missing = writing.writer->missingFields(); !missing.isEmpty()) {
        return fail(Text::tr("%1: %2 need a column for: %3. Map one in the wizard or with --mapping.")
                        .arg(m_fileName, kindNoun(m_request.kind), missing));
    }
    writing.rejects.emplace(m_db, s.importId, s);
    if (m_sniff.titleRows > 0)
        s.warnings << Text::tr("Skipped %1 title row(s) above the header.").arg(m_sniff.titleRows);
    return true;
}

bool ImportRun::readRows(Writing &writing)
{
    ImportSummary &s = m_summary;
    ImportContext &context = *writing.context;
    const auto width = static_cast<std::size_t>(s.headers.size());
    // Each value: not longer than a value can be, and only bytes the file's encoding
    // has (the decoder writes U+FFFD for the others). Checked on the reading thread.
    const QString encodingName = m_sniff.encoding.name;
    const bool utf8 = encodingName.compare(u"UTF-8"_s, Qt::CaseInsensitive) == 0;
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
    std::vector<ContactNormalizer> readingNormalizers(static_cast<std::size_t>(readers), ContactNormalizer(m_region));
    auto prepare = [&context, &readingNormalizers, width](PipedRecord &record, int worker) {
        if (record.fields.size() == width)
            record.identity = context.readIdentity(record.fields, readingNormalizers[static_cast<std::size_t>(worker)]);
    };
    auto affinity = [phoneColumn](const PipedRecord &record) -> std::size_t {
        if (phoneColumn < 0 || static_cast<std::size_t>(phoneColumn) >= record.fields.size())
            return static_cast<std::size_t>(record.line);
        const std::string_view phone = record.fields[static_cast<std::size_t>(phoneColumn)];
        return qHashBits(phone.data(), phone.size());
    };
    RecordPipeline::Options options;
    options.titleRows = m_sniff.titleRows;
    options.hasHeader = m_sniff.hasHeader;
    options.check = check;
    options.position = [this] { return m_stream->rawBytesRead(); };
    if (identifies) {
        options.prepare = prepare;
        options.workers = readers;
        options.affinity = affinity;
    }
    std::optional<RecordPipeline> pipeline(std::in_place, *m_reader, std::move(options));
    qint64 bytesRead = 0;
    while (const std::unique_ptr<RecordBatch> batch = pipeline->next()) {
        if (!batch->fatalError.isEmpty())
            return fail(Text::tr("%1, line %2: %3").arg(m_fileName).arg(batch->fatalLine).arg(batch->fatalError));
        for (const PipedRecord &record : batch->records) {
            take(record, writing);
            if ((s.rowsRead & 0x1fff) == 0) {
                if (m_cancel && m_cancel->load()) {
                    m_result.cancelled = true;
                    return fail(
                        Text::tr("The import of %1 was cancelled; the workspace is unchanged.").arg(m_fileName));
                }
                if (m_progress)
                    m_progress(bytesRead, m_sniff.fileSize, s.rowsRead);
                if (m_sniff.fileSize > 0)
                    writing.activity.setProgress(static_cast<double>(bytesRead)
                                                 / static_cast<double>(m_sniff.fileSize));
            }
        }
        bytesRead = batch->bytesRead;
    }
    pipeline.reset(); // done with the file and its decoder
    readingNormalizers = {};
    giveMemoryBack();
    if (m_stream->hadDecodingErrors())
        s.warnings << Text::tr("Some bytes are not valid %1; they were replaced by U+FFFD.").arg(s.encoding);
    return true;
}

void ImportRun::take(const PipedRecord &record, Writing &writing)
{
    ImportSummary &s = m_summary;
    ++s.rowsRead;
    if (record.unreadable) {
        writing.rejects->add(record.line, record.rejectedColumn, record.rejection, record.raw);
        return;
    }
    const auto width = static_cast<std::size_t>(s.headers.size());
    RowOutcome outcome;
    if (record.fields.size() != width) {
        outcome = RowOutcome::rejected(
            static_cast<int>(std::min(record.fields.size(), width)) + 1,
            Text::tr("The row has %1 fields where the header has %2.").arg(record.fields.size()).arg(width));
    } else if (!record.rejection.isEmpty()) {
        outcome = RowOutcome::rejected(record.rejectedColumn, record.rejection);
    } else {
        ImportContext &context = *writing.context;
        context.prepared = record.identity ? &*record.identity : nullptr;
        outcome = writing.writer->write(record.fields);
        context.prepared = nullptr;
    }
    switch (outcome.kind) {
    case RowOutcome::Kind::Imported: ++s.rowsImported; break;
    case RowOutcome::Kind::Duplicate: ++s.rowsDuplicate; break;
    case RowOutcome::Kind::Rejected:
        writing.rejects->add(record.line, outcome.column, outcome.reason, joinRecord(record.fields, m_sniff.dialect));
        break;
    }
}

void ImportRun::finish(Writing &writing)
{
    ImportSummary &s = m_summary;
    ImportContext &context = *writing.context;
    writing.writer->finish();
    context.identities.release(); // what follows needs the memory more
    lap("rows");
    if (writing.bulk)
        writing.bulk->finish(writing.bulkSales);
    if (writing.months)
        writing.months->finish(context.touched);
    lap("indexes");
    writing.writer->summarize(s);
    if (m_request.kind == ImportKind::Transactions) {
        // What the orders this import added are, once their lines are all in.
        SQLite::Statement kinds(m_db,
                                std::string("SELECT count(*) FILTER (WHERE customer_id IS NULL AND ") + kIsOrder
                                    + "), coalesce(sum(amount_minor) FILTER (WHERE customer_id IS NULL AND " + kIsOrder
                                    + "), 0), count(*) FILTER (WHERE " + kIsRefund
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
    writing.searchIndex->refresh(context.touched);
    lap("search index");
    CustomerRefresh::afterChange(m_db, context.touched);
    lap("metrics");

    SQLite::Statement done(m_db,
                           "UPDATE imports SET finished_at = ?2, rows_read = ?3, rows_imported = ?4, "
                           "rows_duplicate = ?5, rows_rejected = ?6, customers_created = ?7, "
                           "customers_matched = ?8, status = 'done' WHERE id = ?1");
    done.bind(1, static_cast<int64_t>(s.importId));
    done.bind(2, static_cast<int64_t>(QDateTime::currentSecsSinceEpoch()));
    done.bind(3, static_cast<int64_t>(s.rowsRead));
    done.bind(4, static_cast<int64_t>(s.rowsImported));
    done.bind(5, static_cast<int64_t>(s.rowsDuplicate));
    done.bind(6, static_cast<int64_t>(s.rowsRejected));
    done.bind(7, static_cast<int64_t>(s.customersCreated));
    done.bind(8, static_cast<int64_t>(s.customersMatched));
    done.exec();
    if (m_progress)
        m_progress(m_sniff.fileSize, m_sniff.fileSize, s.rowsRead);
    if (!m_request.dryRun) // a dry run ends here: the transaction rolls back as it goes out of scope
        writing.transaction.commit();
    lap("commit");
}

void ImportRun::keepRejects()
{
    ImportSummary &s = m_summary;
    if (m_request.dryRun || s.rowsRejected == 0 || !m_request.writeRejectsFile)
        return;
    const RejectLog::Written written = RejectLog::writeFile(m_db, s.importId, m_request.path, m_request.rejectsPath);
    s.rejectsFile = written.file;
    if (!written.error.isEmpty())
        s.warnings << Text::tr("The rejected rows are kept in the workspace, but no rejects file was written: %1")
                          .arg(written.error);
}

QString ImportRun::describeFailure(const SQLite::Exception &e) const
{
    const int code = e.getErrorCode() & 0xff;
    const QString cause = code == SQLITE_FULL ? Text::tr("the disk is full (free some space and import again)")
        : code == SQLITE_READONLY             ? Text::tr("the workspace cannot be written (a read-only file or folder)")
                                              : QString::fromUtf8(e.what());
    return Text::tr("Importing %1 failed after %2 rows: %3. The workspace is unchanged.")
        .arg(m_fileName)
        .arg(m_summary.rowsRead)
        .arg(cause);
}

} // namespace mwb
