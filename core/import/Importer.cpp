#include "Importer.h"

#include "ImportRun.h"
#include "MappingPresets.h"
#include "RejectLog.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Database.h>

#include <QCoreApplication>

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::Importer" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::Importer)
};

} // namespace

ImportResult Importer::runInWorkspace(const QString &workspacePath, const ImportRequest &request,
                                      const QString &presetName, const Progress &progress,
                                      const std::atomic_bool *cancel)
{
    try {
        auto db = Workspace::openConnection(workspacePath, Workspace::Access::ReadWrite);
        ImportResult result = run(*db, request, progress, cancel);
        if (result.ok() && !request.dryRun && !presetName.isEmpty())
            MappingPresets::save(*db, {presetName, request.kind, result.summary.headers, result.summary.mapping, {}});
        return result;
    } catch (const SQLite::Exception &e) {
        ImportResult failed;
        failed.error = Text::tr("Cannot write to the workspace: %1").arg(QString::fromUtf8(e.what()));
        return failed;
    }
}

QString Importer::defaultRejectsPath(const QString &importedFile)
{
    return RejectLog::candidatePath(importedFile);
}

ImportResult Importer::run(SQLite::Database &db, const ImportRequest &request, const Progress &progress,
                           const std::atomic_bool *cancel)
{
    return ImportRun(db, request, progress, cancel).run();
}

} // namespace mwb
