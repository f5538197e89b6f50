// WorkspaceAccess: how every `mwb` command opens its workspace, so each says the same
// things the same way. A reading command works on a workspace that cannot be changed (a
// read-only file, folder or disk) by opening it read-only; a writing one refuses it, naming
// what is read-only. A workspace opened for writing first finishes what an earlier run left
// half done (a campaign list killed between logging and renaming). `--wait SECONDS` sets how
// long a command waits for another program's write; an SQLite error that escapes a command
// becomes the one-line message of Workspace::failure (a damaged file and the way out, the
// import that holds the lock, a full disk), not "internal error".
#pragma once

#include "Cli.h"

#include "store/Workspace.h"

#include <memory>

namespace mwb::cli {

enum class Purpose {
    Read,  // opened read-only when it cannot be changed
    Write, // refused when it cannot be changed
};

class WorkspaceAccess
{
public:
    // Opens `path` for `purpose`; with `derived`, the lifecycle stages and RFM scores are
    // brought up to date first (when the workspace can be changed). Nothing (after
    // reporting, exit code set) when it cannot be opened.
    static std::unique_ptr<Workspace> open(Cli &cli, const QString &path, Purpose purpose, bool derived = false);

    // The workspace the running command opened, for messages about errors that escape it.
    static QString currentPath();
    // What an SQLite error that escaped a command says, and its exit code.
    static int fail(const SQLite::Exception &e);
};

} // namespace mwb::cli
