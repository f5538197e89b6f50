// Importer: one file into the workspace, atomically. Reads the file as FileSniffer found
// it (or as the caller says), maps its columns, and writes every record through the
// kind's RowWriter inside one transaction: cancel, an error or a crash leave the workspace
// as it was. Every record is accounted for (read = imported + duplicate + rejected); each
// rejected record is kept with its line, column and reason, in the workspace and in a
// rejects CSV. Customer metrics of the customers it touched are brought up to date.
#pragma once

#include "DateTimeParser.h"
#include "FileSniffer.h"
#include "ImportKind.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace SQLite {
class Database;
}

namespace mwb {

struct ImportRequest
{
    QString path;
    ImportKind kind = ImportKind::Contacts;
    SniffOptions sniff;                       // encoding, delimiter and header: detected when unset
    QList<ImportField> mapping;               // one per column; empty: as proposed from the headers
    DateOrder dateOrder = DateOrder::Unknown; // Unknown: as each date column shows
    DateOrder ambiguousDateOrder = DateTimeParser::localeDateOrder(); // when a column shows neither
    QString region;   // default region for phone numbers; empty: the workspace's
    QString currency; // empty: the workspace's
    // The first import into an empty workspace may set its region and currency (the ones
    // above), in the import's transaction.
    bool storeRegionAndCurrency = false;
    bool dryRun = false; // do everything, then roll back
    bool writeRejectsFile = true;
    QString rejectsPath;   // empty: beside the imported file
    qint64 campaignId = 0; // results: the campaign they report on (required)
};

struct RejectedRow
{
    qint64 line = 0;
    int column = 0;
    QString reason;
    QString raw;
};

struct ImportSummary
{
    qint64 importId = 0;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsDuplicate = 0;
    qint64 rowsRejected = 0;
    qint64 customersCreated = 0;
    qint64 customersMatched = 0;
    QString encoding;
    char delimiter = ',';
    bool hasHeader = true;
    QStringList headers;
    QList<ImportField> mapping;
    QString rejectsFile; // empty when nothing was rejected, or none could be written (a warning says why)
    QMap<QString, qint64> rejectReasons; // reason -> rows (reasons without the value)
    QList<RejectedRow> firstRejects;     // the first 100
    QStringList warnings;
    bool dryRun = false;
    bool bulkLoad = false; // indexes and daily sales were rebuilt once at the end (large files)
    // Results: rows matched to a member of the campaign, by what ("member_token",
    // "external_id", "email", "phone"), and rows that matched no member (rejected).
    qint64 rowsMatched = 0;
    qint64 rowsUnmatched = 0;
    QMap<QString, qint64> matchedBy;
    // Transactions: what the file holds beyond its rows (vocabulary/Figures.h): the orders
    // it adds that name no customer, and the refunds (cancellations) it adds.
    qint64 guestOrders = 0;
    qint64 guestOrderMinor = 0;
    qint64 refunds = 0;
    qint64 refundMinor = 0; // negative
    double seconds = 0;
};

struct ImportResult
{
    ImportSummary summary;
    QString error; // the import did not happen; names the file (and line, column)
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

class Importer
{
public:
    // done: bytes of the file read so far; total: its size.
    using Progress = std::function<void(qint64 done, qint64 total, qint64 rows)>;

    static ImportResult run(SQLite::Database &db, const ImportRequest &request, const Progress &progress = {},
                            const std::atomic_bool *cancel = nullptr);

    static QString defaultRejectsPath(const QString &importedFile);

    // A row with a longer value is rejected: no name, address or note is a megabyte long,
    // and such a value is nearly always a quote left open that swallowed the lines after it.
    static constexpr std::size_t kMaxValueBytes = 1u << 20;

    // For a worker thread: opens its own connection to the workspace at `workspacePath`,
    // saves the mapping as a preset when `presetName` is set (and the import is not a dry
    // run), and imports. Errors of the connection come back in the result.
    static ImportResult runInWorkspace(const QString &workspacePath, const ImportRequest &request,
                                       const QString &presetName, const Progress &progress = {},
                                       const std::atomic_bool *cancel = nullptr);
};

} // namespace mwb
