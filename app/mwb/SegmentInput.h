// SegmentInput: how `mwb` commands get hold of a segment: a definition file or a saved
// segment's name, checked, with the one-line errors (exit 2) of docs/CLI.md naming the
// file, the segment and the place inside the definition.
#pragma once

#include "Cli.h"
#include "WorkspaceAccess.h"

#include "segments/SegmentDefinition.h"
#include "segments/SegmentStore.h"
#include "store/Workspace.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace mwb::cli {

struct DefinitionFile
{
    SegmentNode node;
    QJsonObject json; // as written in the file
};

struct NamedSegment
{
    SavedSegment saved;
    SegmentNode node;
};

class SegmentInput
{
public:
    // Opens the workspace with its lifecycle stages and RFM scores up to date, which
    // segment conditions read (see WorkspaceAccess). Nothing (after reporting) when it
    // cannot be opened.
    static std::unique_ptr<Workspace> openWorkspace(Cli &cli, const QString &path, Purpose purpose);

    // Reads and validates a definition file. Nothing (after reporting) when unreadable or invalid.
    static std::optional<DefinitionFile> readFile(Cli &cli, const QString &file);
    // A saved segment by name. Nothing (after reporting) when there is none.
    static std::optional<NamedSegment> findSaved(Cli &cli, Workspace &ws, const QString &name);
    // The saved segment an optional --segment option names into `node` (left as it is when
    // the option is not given). False (after reporting) when there is no such segment.
    static bool optionalSaved(Cli &cli, Workspace &ws, const QCommandLineParser &parser,
                              const QCommandLineOption &option, std::optional<SegmentNode> *node);

    // "Invalid segment definition in FILE: all[0].op: unknown operator 'eq'" (exit 2).
    static int failDefinition(Cli &cli, const QString &source, const QString &error);
    // How a definition's origin is named in messages: the file, or "segment 'NAME'".
    static QString savedSource(const QString &name);
};

} // namespace mwb::cli
