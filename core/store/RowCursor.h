// RowCursor: a read-only statement stepped through millions of rows. SQLiteCpp's
// Statement hands out each value as a Column holding a shared reference to the statement;
// in the innermost loop of a pass over every order or event that counting costs more than
// reading the value. A RowCursor reads the values straight from the SQLite statement.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <QtGlobal>

#include <string_view>

namespace mwb {

class RowCursor
{
public:
    // Throws SQLite::Exception when the SQL does not compile.
    RowCursor(SQLite::Database &db, std::string_view sql)
        : m_db(db.getHandle())
    {
        if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &m_statement, nullptr) != SQLITE_OK)
            throw SQLite::Exception(m_db);
    }
    ~RowCursor() { sqlite3_finalize(m_statement); }
    RowCursor(const RowCursor &) = delete;
    RowCursor &operator=(const RowCursor &) = delete;

    void bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void bind(int index, std::string_view text)
    {
        sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }
    // Back to before the first row, the values bound kept.
    void reset() { sqlite3_reset(m_statement); }
    // The steps SQLite's virtual machine took since the last call (its measure of work).
    qint64 takeSteps() { return sqlite3_stmt_status(m_statement, SQLITE_STMTSTATUS_VM_STEP, 1); }

    // The next row; false after the last. Throws SQLite::Exception on an error.
    bool step()
    {
        const int result = sqlite3_step(m_statement);
        if (result == SQLITE_ROW)
            return true;
        if (result == SQLITE_DONE)
            return false;
        throw SQLite::Exception(m_db, result);
    }

    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    // NULL for a NULL value; valid until the next step.
    const char *text(int column) const
    {
        return reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    }
    std::string_view blob(int column) const
    {
        const void *data = sqlite3_column_blob(m_statement, column);
        const int size = sqlite3_column_bytes(m_statement, column);
        return data ? std::string_view(static_cast<const char *>(data), static_cast<std::size_t>(size))
                    : std::string_view();
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace mwb
