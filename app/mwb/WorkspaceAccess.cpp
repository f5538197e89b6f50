#include "WorkspaceAccess.h"

#include "campaigns/PendingExports.h"
#include "lifecycle/Lifecycle.h"
#include "metrics/RfmScores.h"
#include "membership/MemberTiers.h"
#include "membership/PointsLedger.h"
#include "products/Replenishment.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace mwb::cli {

namespace {

QString g_currentPath;
int g_waitSeconds = 5;

} // namespace

std::unique_ptr<Workspace> WorkspaceAccess::open(Cli &cli, const QString &path, Purpose purpose, bool derived)
{
    g_currentPath = path;
    g_waitSeconds = cli.waitSeconds();
    const bool changeable = Workspace::writeProblem(path).isEmpty();
    const auto access =
        purpose == Purpose::Read && !changeable ? Workspace::Access::ReadOnly : Workspace::Access::ReadWrite;
    auto opened = Workspace::open(path, access);
    if (!opened.workspace) {
        cli.failStore(opened.error);
        return nullptr;
    }
    Workspace &ws = *opened.workspace;
    ws.db().setBusyTimeout(g_waitSeconds * 1000);
    if (!ws.readOnly()) {
        for (const PendingOutcome &outcome : PendingExports::finishAll(ws.db())) {
            const QString target = QDir::toNativeSeparators(outcome.pending.targetPath);
            if (outcome.published)
                cli.note(u"the list %1, left unfinished by an earlier run, was put in place"_s.arg(target));
            else if (outcome.undone)
                cli.note(u"the list %1, left unfinished by an earlier run, could not be put in place; its contacts "
                         "were taken back"_s.arg(target));
            else
                cli.note(outcome.error);
        }
        if (derived) {
            Lifecycle::ensureCurrent(ws.db());
            RfmScores::ensureCurrent(ws.db());
            Replenishment::ensureCurrent(ws.db());
            MemberTiers::ensureCurrent(ws.db());
            PointsLedger::ensureCurrent(ws.db());
        }
    }
    return std::move(opened.workspace);
}

QString WorkspaceAccess::currentPath()
{
    return g_currentPath;
}

int WorkspaceAccess::fail(const SQLite::Exception &e)
{
    Cli cli;
    if (g_currentPath.isEmpty())
        return cli.fail(ExitInternal, QString::fromUtf8(e.what()));
    const StoreError error = Workspace::failure(g_currentPath, e, g_waitSeconds);
    QString message = error.message;
    if (error.code == StoreError::Code::Busy)
        message += u" Or let the command wait longer with --wait SECONDS."_s;
    return cli.fail(error.code == StoreError::Code::Io ? ExitInternal : ExitData, message);
}

} // namespace mwb::cli
