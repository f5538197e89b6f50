// RowWriter: turns one CSV record into workspace rows for one kind of file. The Importer
// owns the transaction, the reading and the accounting; a writer only says what became of
// each record: imported, a duplicate of what the workspace already holds, or rejected
// (with the column and a reason a person can act on).
#pragma once

#include "DateTimeParser.h"
#include "ImportKind.h"
#include "NumberParser.h"
#include "identity/ContactNormalizer.h"
#include "identity/IdentityResolver.h"
#include "store/CustomerSet.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mwb {

class DailySales;
struct ImportSummary;

struct PreparedIdentity
{
    RowIdentity identity;
    QStringList unreadable; // the headers of identifiers that cannot be read
};

struct RowOutcome
{
    enum class Kind {
        Imported,
        Duplicate,
        Rejected
    };
    Kind kind = Kind::Imported;
    int column = 0; // 1-based, for rejections
    QString reason;

    static RowOutcome imported() { return {}; }
    static RowOutcome duplicate() { return {Kind::Duplicate, 0, {}}; }
    static RowOutcome rejected(int column, const QString &reason) { return {Kind::Rejected, column, reason}; }
};

// What every writer needs: the connection, the import, the parsers decided for this file
// and the column of each field.
struct ImportContext
{
    SQLite::Database &db;
    qint64 importId = 0;
    ImportKind kind = ImportKind::Contacts;
    QStringList headers;
    int minorPerMajor = 100;
    qint64 campaignId = 0;
    std::unordered_map<int, DateTimeParser> dateParsers; // by column
    std::unordered_map<int, NumberParser> numberParsers; // by column
    ContactNormalizer normalizer;
    IdentityResolver identities;
    CustomerSet touched; // the customers this import changed (for their metrics)
    qint64 customersCreated = 0;
    // A bulk load (triggers and secondary indexes off) counts its sales here.
    DailySales *deferredSales = nullptr;
    bool bulkLoad() const { return deferredSales != nullptr; }

    ImportContext(SQLite::Database &database, qint64 import, const QString &region);

    void setMapping(const QList<ImportField> &mapping);
    const QList<ImportField> &mapping() const { return m_mapping; }
    // Column index (0-based) of a field, or -1.
    int column(ImportField field) const;
    std::string_view value(const std::vector<std::string_view> &fields, ImportField field) const;
    void touchCustomer(qint64 customerId) { touched.insert(customerId); }

    // The row's identifiers, normalised; the headers of unreadable ones go to `unreadable`.
    // Those of the record being written when the reading thread has read them (`prepared`).
    RowIdentity identity(const std::vector<std::string_view> &fields, QStringList *unreadable) const;
    // The same with a normaliser of one's own: for the reading thread, which reads only the
    // mapping and the headers of the context, never changed once the rows flow.
    PreparedIdentity readIdentity(const std::vector<std::string_view> &fields,
                                  const ContactNormalizer &normalizer) const;
    const PreparedIdentity *prepared = nullptr;
    // The rejection of a row that names no customer one can use.
    RowOutcome noIdentity(const QStringList &unreadable) const;
    const DateTimeParser &dateParser(int column) const;
    const NumberParser &numberParser(int column) const;
    const std::string &channel(std::string_view text);
    const std::string &eventType(std::string_view text);

private:
    QList<ImportField> m_mapping;
    std::array<int, 64> m_columns{}; // by field: its column, or -1
    std::unordered_map<std::string, std::string> m_channels;
    std::unordered_map<std::string, std::string> m_eventTypes;
};

class RowWriter
{
public:
    virtual ~RowWriter() = default;
    virtual RowOutcome write(const std::vector<std::string_view> &fields) = 0;
    // Checks that the mapping has what this kind needs; an empty string when it does.
    virtual QString missingFields() const = 0;
    // Writes what the writer still holds back; called once, after the last row.
    virtual void finish() { }
    // Adds what this kind reports beyond the row counts (results: how rows matched).
    virtual void summarize(ImportSummary &) const { }

    static std::unique_ptr<RowWriter> create(ImportContext &context);
};

QString quoted(std::string_view value); // 'value' for messages, shortened when long

} // namespace mwb
