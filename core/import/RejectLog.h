// RejectLog: the rows an import refused, each with its line, column and reason, kept in
// the workspace (import_rejects) and written beside the imported file as a CSV
// ("orders.rejects.csv") the analyst can correct and import again. A row is kept up to
// its first 64 KB (a longer one says so in its reason). The rejects file never replaces a
// file: the first free name of "X.rejects.csv", "X.rejects-2.csv", … is taken, and a file
// that cannot be written is reported, never named.
#pragma once

#include <SQLiteCpp/Statement.h>

#include <QString>

#include <string_view>

namespace SQLite {
class Database;
}

namespace mwb {

struct ImportSummary;

class RejectLog
{
public:
    static constexpr std::size_t kMaxRawBytes = 64 * 1024;

    RejectLog(SQLite::Database &db, qint64 importId, ImportSummary &summary);

    // Records one refused row (counted in the summary; the first hundred shown there too).
    void add(qint64 line, int column, const QString &reason, std::string_view raw);

    struct Written
    {
        QString file;  // the name written; empty when none was
        QString error; // why it could not be written
    };
    // Writes the import's rejects beside `importedFile` (or at `requested`, when given,
    // itself never replaced): the name written, or why there is none.
    static Written writeFile(SQLite::Database &db, qint64 importId, const QString &importedFile,
                             const QString &requested = {});
    // "X.rejects.csv" beside "X.csv"; `n` > 1 gives "X.rejects-n.csv".
    static QString candidatePath(const QString &importedFile, int n = 1);

private:
    SQLite::Statement m_insert;
    qint64 m_importId;
    ImportSummary &m_summary;
};

} // namespace mwb
