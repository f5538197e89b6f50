// StoreError: why a workspace could not be created, opened or migrated.
// Errors travel as values; the CLI maps the code to its exit status and the GUI shows
// the message, so the message must name the file and say what to do.
#pragma once

#include <QString>

namespace mwb {

struct StoreError
{
    enum class Code {
        None,
        NotFound,        // the file does not exist
        AlreadyExists,   // create() refuses to overwrite
        NotAWorkspace,   // not SQLite, or SQLite of another program
        NewerVersion,    // written by a newer Marketing Workbench
        Corrupt,         // damaged or truncated workspace
        Io,              // cannot read, write or create the file
        MigrationFailed, // an upgrade failed; the file was left as it was
        InUse,           // open in another window of the application
        ReadOnly,        // the file, its folder or its disk cannot be written
        Busy,            // another program holds the write lock
        Full             // no space left on the disk
    };

    Code code = Code::None;
    QString message;

    bool ok() const { return code == Code::None; }
    static StoreError make(Code code, const QString &message) { return {code, message}; }
};

} // namespace mwb
