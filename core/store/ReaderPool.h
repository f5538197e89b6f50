// ReaderPool: read-only connections to workspace files, kept open between uses.
// Opening a connection parses the schema and maps the file afresh, and the first pages it
// reads fault in again: tens of milliseconds on a large workspace. Live counts and
// previews, which run several times a second on worker threads, borrow a connection
// instead and give it back when done. A Workspace closes the idle connections of its file
// when it closes, and connections borrowed at that moment are closed on return.
#pragma once

#include <SQLiteCpp/Database.h>

#include <QString>

#include <memory>

namespace mwb {

class ReaderPool
{
public:
    struct Return
    {
        QString path;
        quint64 generation = 0;
        void operator()(SQLite::Database *db) const;
    };
    using Lease = std::unique_ptr<SQLite::Database, Return>;

    // An idle connection to the file, or a new one with the workspace pragmas applied.
    // Throws SQLite::Exception when the file cannot be opened.
    static Lease borrow(const QString &path);
    // Closes the idle connections to the file; those borrowed close when they return.
    static void close(const QString &path);
    // Idle connections to the file (for tests).
    static int idleCount(const QString &path);
};

} // namespace mwb
