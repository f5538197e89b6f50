#include "WorkspaceRecovery.h"

#include "metrics/CustomerRefresh.h"
#include "store/BulkLoad.h"
#include "store/CustomerSearchIndex.h"
#include "store/Schema.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::WorkspaceRecovery" once the GUI has
// installed a translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::WorkspaceRecovery)
};

// The tables holding what analysts imported and built, parents before children. Daily
// sales and the search index follow from these by triggers; customer figures, stages and
// scores are computed anew (customer_metrics is copied for what cannot be: predicted CLV and the
// propensity scores).
constexpr const char *kTables[] = {
    "settings",
    "imports",
    "mapping_presets",
    "customers",
    "identities",
    "customer_tags",
    "import_changes",
    "import_rejects",
    "segments",
    "campaigns",
    "campaign_members",
    "products",
    "transactions",
    "order_lines",
    "events",
    "segment_snapshots",
    "segment_snapshot_members",
    "customer_merges",
    "customer_forgets",
    "customer_metrics",
    "programmes",
    "programme_members",
    "programme_runs",
    "programme_contacts",
    "programme_segment_state",
    "models",
};

bool isDamage(const SQLite::Exception &e)
{
    const int code = e.getErrorCode() & 0xff;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB || code == SQLITE_IOERR || code == SQLITE_FORMAT;
}

std::vector<std::string> columnsOf(SQLite::Database &db, const std::string &table)
{
    std::vector<std::string> columns;
    SQLite::Statement info(db, "SELECT name FROM pragma_table_info(?1)");
    info.bind(1, table);
    while (info.executeStep())
        columns.push_back(info.getColumn(0).getString());
    return columns;
}

bool hasRowid(SQLite::Database &db, const std::string &table)
{
    SQLite::Statement sql(db, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    sql.bind(1, table);
    return sql.executeStep()
        && QString::fromStdString(sql.getColumn(0).getString()).contains(u"WITHOUT ROWID"_s, Qt::CaseInsensitive)
        == false;
}

std::string sqlName(const std::string &name)
{
    return "\"" + name + "\"";
}

// Copies one table's readable rows; counts the damaged stretches met.
class TableCopy
{
public:
    TableCopy(SQLite::Database &from, SQLite::Database &to, const std::string &table,
              const std::vector<std::string> &columns, RecoveredTable &out)
        : m_from(from)
        , m_table(table)
        , m_columns(columns)
        , m_out(out)
    {
        std::string names;
        std::string marks;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            names += (i ? ", " : "") + sqlName(columns[i]);
            marks += (i ? ", ?" : "?") + std::to_string(i + 1);
        }
        m_names = names;
        const std::string verb = table == "settings" ? "INSERT OR REPLACE" : "INSERT OR IGNORE";
        m_insert.emplace(to, verb + " INTO " + sqlName(table) + "(" + names + ") VALUES (" + marks + ")");
    }

    void copy(bool rowid)
    {
        if (rowid)
            copyByRowid();
        else
            copyFromBothEnds();
    }

private:
    // Reads the rows after `after` in rowid order until the end or damage; the last rowid
    // read. A damaged page can also read as rows with rowids out of order or past the
    // greatest: those are damage too.
    qint64 scanFrom(qint64 after, bool *damaged)
    {
        qint64 last = after;
        try {
            SQLite::Statement rows(
                m_from, "SELECT rowid, " + m_names + " FROM " + sqlName(m_table) + " WHERE rowid > ?1 ORDER BY rowid");
            rows.bind(1, static_cast<int64_t>(after));
            while (rows.executeStep()) {
                const qint64 rowid = rows.getColumn(0).getInt64();
                if (rowid <= last || (m_maxRowid && rowid > *m_maxRowid)) {
                    *damaged = true;
                    return last;
                }
                last = rowid;
                insert(rows, 1);
            }
            *damaged = false;
        } catch (const SQLite::Exception &e) {
            if (!isDamage(e))
                throw;
            *damaged = true;
        }
        return last;
    }

    // The first rowid at or after `from` that can be reached, if any.
    std::optional<qint64> reachable(qint64 from, bool *damaged)
    {
        try {
            SQLite::Statement next(
                m_from, "SELECT rowid FROM " + sqlName(m_table) + " WHERE rowid >= ?1 ORDER BY rowid LIMIT 1");
            next.bind(1, static_cast<int64_t>(from));
            *damaged = false;
            if (!next.executeStep())
                return std::nullopt;
            const qint64 rowid = next.getColumn(0).getInt64();
            if (rowid < from || (m_maxRowid && rowid > *m_maxRowid)) {
                *damaged = true; // a damaged page answering with a rowid it cannot hold
                return std::nullopt;
            }
            return rowid;
        } catch (const SQLite::Exception &e) {
            if (!isDamage(e))
                throw;
            *damaged = true;
            return std::nullopt;
        }
    }

    void copyByRowid()
    {
        try {
            // The rightmost path of the table: what no real row goes beyond.
            SQLite::Statement greatest(m_from, "SELECT max(rowid) FROM " + sqlName(m_table));
            if (greatest.executeStep() && !greatest.getColumn(0).isNull())
                m_maxRowid = greatest.getColumn(0).getInt64();
        } catch (const SQLite::Exception &e) {
            if (!isDamage(e))
                throw;
        }
        // Every probe starts past the last place the reading failed, so the reading always
        // moves on, however the damage answers.
        constexpr qint64 kNone = std::numeric_limits<qint64>::min();
        qint64 after = kNone;
        qint64 floor = kNone;
        qint64 previousFailure = kNone;
        for (;;) {
            bool damaged = false;
            const qint64 last = scanFrom(after, &damaged);
            if (!damaged)
                return;
            if (last != previousFailure || m_out.unreadable == 0)
                ++m_out.unreadable; // a new damaged stretch
            previousFailure = last;
            floor = std::max(floor, last == kNone ? kNone : last + 1);
            bool found = false;
            for (qint64 step = 0; step < (qint64{1} << 62); step = step == 0 ? 1 : step * 2) {
                if (floor > std::numeric_limits<qint64>::max() - step)
                    break;
                bool stillDamaged = false;
                const std::optional<qint64> next = reachable(floor + step, &stillDamaged);
                if (stillDamaged)
                    continue;
                if (!next)
                    return; // nothing readable after the damage
                after = *next - 1;
                floor = *next + 1;
                found = true;
                break;
            }
            if (!found)
                return;
        }
    }

    void copyFromBothEnds()
    {
        // A table without rowid is stored in the order of its key: read it that way, and
        // after damage from the other end.
        const auto ownOrder = [this](bool descending) {
            try {
                SQLite::Statement rows(m_from,
                                       "SELECT " + m_names + " FROM " + sqlName(m_table)
                                           + (descending ? " ORDER BY " + primaryKeyDescending() : std::string()));
                while (rows.executeStep())
                    insert(rows, 0);
                return true;
            } catch (const SQLite::Exception &e) {
                if (!isDamage(e))
                    throw;
                return false;
            }
        };
        if (ownOrder(false))
            return;
        ++m_out.unreadable;
        ownOrder(true); // the rows after the damage, from the other end
    }

    std::string primaryKeyDescending()
    {
        std::vector<std::pair<int, std::string>> key;
        SQLite::Statement info(m_from, "SELECT pk, name FROM pragma_table_info(?1) WHERE pk > 0");
        info.bind(1, m_table);
        while (info.executeStep())
            key.emplace_back(info.getColumn(0).getInt(), info.getColumn(1).getString());
        std::sort(key.begin(), key.end());
        std::string order;
        for (const auto &[position, name] : key)
            order += (order.empty() ? "" : ", ") + sqlName(name) + " DESC";
        return order.empty() ? std::string("1") : order;
    }

    void insert(SQLite::Statement &row, int offset)
    {
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            const SQLite::Column value = row.getColumn(static_cast<int>(i) + offset);
            const int at = static_cast<int>(i) + 1;
            switch (value.getType()) {
            case SQLITE_INTEGER: m_insert->bind(at, static_cast<int64_t>(value.getInt64())); break;
            case SQLITE_FLOAT: m_insert->bind(at, value.getDouble()); break;
            case SQLITE_TEXT: m_insert->bind(at, value.getString()); break;
            case SQLITE_BLOB: m_insert->bind(at, value.getBlob(), value.getBytes()); break;
            default: m_insert->bind(at); break;
            }
        }
        try {
            m_out.copied += m_insert->exec();
        } catch (const SQLite::Exception &e) {
            // What a damaged page makes of a row (a text where a number belongs, a missing
            // value) does not go into the new workspace.
            const int code = e.getErrorCode() & 0xff;
            if (code != SQLITE_CONSTRAINT && code != SQLITE_MISMATCH && code != SQLITE_TOOBIG)
                throw;
            ++m_out.leftOut;
        }
        m_insert->reset();
    }

    SQLite::Database &m_from;
    std::string m_table;
    std::vector<std::string> m_columns;
    std::string m_names;
    std::optional<SQLite::Statement> m_insert;
    std::optional<qint64> m_maxRowid;
    RecoveredTable &m_out;
};

// Rows whose references lead to rows that were lost: cut where the reference may be empty
// and the rows stay meaningful (an order whose customer was lost is a guest order), else
// left out (an identity of a lost customer). Repeated until nothing points nowhere.
void settleReferences(SQLite::Database &db, QList<RecoveredTable> &tables)
{
    for (int round = 0; round < 16; ++round) {
        std::set<std::string> broken;
        {
            SQLite::Statement check(db, "PRAGMA foreign_key_check");
            while (check.executeStep())
                broken.insert(check.getColumn(0).getString());
        }
        if (broken.empty())
            return;
        for (const std::string &table : broken) {
            RecoveredTable *entry = nullptr;
            for (RecoveredTable &t : tables) {
                if (t.table == QString::fromStdString(table))
                    entry = &t;
            }
            std::set<std::string> nullable;
            {
                SQLite::Statement info(db, "SELECT name FROM pragma_table_info(?1) WHERE \"notnull\" = 0");
                info.bind(1, table);
                while (info.executeStep())
                    nullable.insert(info.getColumn(0).getString());
            }
            SQLite::Statement keys(db,
                                   "SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(?1)");
            keys.bind(1, table);
            while (keys.executeStep()) {
                const std::string parent = keys.getColumn(0).getString();
                const std::string from = keys.getColumn(1).getString();
                const std::string to =
                    keys.getColumn(2).isNull() ? std::string("rowid") : keys.getColumn(2).getString();
                const std::string onDelete = keys.getColumn(3).getString();
                const std::string orphan = sqlName(from) + " IS NOT NULL AND " + sqlName(from) + " NOT IN (SELECT "
                    + sqlName(to) + " FROM " + sqlName(parent) + ")";
                if (onDelete != "CASCADE" && nullable.count(from)) {
                    db.exec("UPDATE " + sqlName(table) + " SET " + sqlName(from) + " = NULL WHERE " + orphan);
                } else {
                    const int removed = db.exec("DELETE FROM " + sqlName(table) + " WHERE " + orphan);
                    if (entry) {
                        entry->leftOut += removed;
                        entry->copied -= removed;
                    }
                }
            }
        }
    }
}

} // namespace

RecoveryReport WorkspaceRecovery::run(const QString &damagedPath, const QString &newPath)
{
    RecoveryReport report;
    const QString damagedName = QDir::toNativeSeparators(damagedPath);
    if (!QFileInfo(damagedPath).isFile()) {
        report.error = Text::tr("%1 is not a file.").arg(damagedName);
        return report;
    }
    if (QFileInfo(damagedPath).canonicalFilePath() == QFileInfo(newPath).canonicalFilePath()
        || QFileInfo::exists(newPath)) {
        report.error = Text::tr("%1 already exists; the recovered workspace is written to a new file.")
                           .arg(QDir::toNativeSeparators(newPath));
        return report;
    }
    std::unique_ptr<SQLite::Database> from;
    try {
        from = Workspace::openConnection(damagedPath, Workspace::Access::ReadOnly);
        if (from->execAndGet("PRAGMA application_id").getInt() != kApplicationId) {
            report.error = Text::tr("%1 is not a Marketing Workbench workspace.").arg(damagedName);
            return report;
        }
    } catch (const SQLite::Exception &e) {
        report.error = Text::tr("%1 cannot be read at all (%2); nothing can be recovered from it.")
                           .arg(damagedName, QString::fromUtf8(e.what()));
        return report;
    }

    auto created = Workspace::create(newPath);
    if (!created.workspace) {
        report.error = created.error.message;
        return report;
    }
    SQLite::Database &to = created.workspace->db();
    try {
        to.exec("PRAGMA foreign_keys = OFF");
        SQLite::Transaction transaction(to, SQLite::TransactionBehavior::IMMEDIATE);
        for (const char *name : kTables) {
            const std::string table(name);
            RecoveredTable entry;
            entry.table = QString::fromStdString(table);
            std::vector<std::string> theirs;
            try {
                theirs = columnsOf(*from, table);
            } catch (const SQLite::Exception &e) {
                if (!isDamage(e))
                    throw;
                ++entry.unreadable; // the schema itself cannot be read
            }
            const std::vector<std::string> ours = columnsOf(to, table);
            std::vector<std::string> shared;
            for (const std::string &column : ours) {
                if (std::find(theirs.begin(), theirs.end(), column) != theirs.end())
                    shared.push_back(column);
            }
            if (!shared.empty()) {
                bool rowid = true;
                try {
                    rowid = hasRowid(*from, table);
                } catch (const SQLite::Exception &e) {
                    if (!isDamage(e))
                        throw;
                }
                TableCopy(*from, to, table, shared, entry).copy(rowid);
            }
            report.tables.append(entry);
        }
        to.exec("DELETE FROM pending_exports");
        // Events are numbered from `sequences` (store/EventIds.h): new ones follow those recovered.
        to.exec("UPDATE sequences SET last = max(last, (SELECT coalesce(max(id), 0) FROM events)) "
                "WHERE name = 'events'");
        settleReferences(to, report.tables);
        CustomerSearchIndex::rebuild(to);
        // Daily sales and customers' months from the orders that were recovered.
        rebuildSalesDaily(to);
        rebuildCustomerMonths(to);
        to.exec("INSERT OR IGNORE INTO customer_metrics(customer_id) SELECT id FROM customers");
        CustomerRefresh::all(to);
        transaction.commit();
        to.exec("PRAGMA foreign_keys = ON");
    } catch (const SQLite::Exception &e) {
        created.workspace.reset();
        QFile::remove(newPath);
        QFile::remove(newPath + u"-wal"_s);
        QFile::remove(newPath + u"-shm"_s);
        report.tables.clear();
        report.error = Text::tr("Recovering %1 into %2 failed: %3. Nothing was written.")
                           .arg(damagedName, QDir::toNativeSeparators(newPath), QString::fromUtf8(e.what()));
    }
    return report;
}

} // namespace mwb
