// What the window says when work on the workspace fails on a worker thread: the same words
// as the command line (core's Workspace::failure) — a damaged workspace and the way out,
// another program's import holding it (named, with its progress), a full disk, a read-only
// file — and otherwise the error itself.
#pragma once

#include <QString>

#include <exception>

namespace mwb::ui {

QString workspaceFailure(const QString &workspacePath, const std::exception &e);

} // namespace mwb::ui
