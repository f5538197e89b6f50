#include "WorkspaceSession.h"

#include "WorkspaceFailure.h"
#include "store/WorkspaceLock.h"

#include <QDir>
#include <QFileInfo>

#include "analytics/AnalyticsService.h"
#include "campaigns/PendingExports.h"
#include "jobs/AsyncTask.h"
#include "metrics/RfmScores.h"
#include "campaigns/CampaignService.h"
#include "customers/CustomerService.h"
#include "journeys/JourneyService.h"
#include "products/ProductService.h"
#include "programmes/ProgrammeService.h"
#include "membership/MemberTiers.h"
#include "membership/MembershipService.h"
#include "membership/PointsLedger.h"
#include "products/Replenishment.h"
#include "customers/ProfileLauncher.h"
#include "segments/SegmentService.h"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <optional>

namespace mwb::ui {

namespace {

struct OverviewLoad
{
    std::optional<OverviewKpis> kpis;
    QString error;
    QString damage; // SQLite's words, when the workspace is damaged
};

struct LifecycleLoad
{
    LifecycleFigures figures;
    bool rescored = false; // RFM scores were computed for the first time
};

} // namespace

WorkspaceSession::WorkspaceSession(QObject *parent)
    : QObject(parent)
    , m_segments(new SegmentService(this))
    , m_campaigns(new CampaignService(this))
    , m_analytics(new AnalyticsService(this))
    , m_customers(new CustomerService(this))
    , m_journeys(new JourneyService(this))
    , m_products(new ProductService(this))
    , m_programmes(new ProgrammeService(this))
    , m_membership(new MembershipService(this))
    , m_profiles(new ProfileLauncher(this))
{
    // An export that logged contacts added events and moved stages: reload the figures
    // (the pages that show stages and counts follow overviewChanged()).
    connect(m_campaigns, &CampaignService::customerDataChanged, this, &WorkspaceSession::refresh);
    // New tier rules moved every member's tier, which segments read.
    connect(m_membership, &MembershipService::tiersChanged, this, &WorkspaceSession::scoresChanged);
    // Predicted CLV feeds segment conditions: the pages that count segments follow.
    connect(m_analytics, &AnalyticsService::metricsChanged, this, &WorkspaceSession::scoresChanged);
    // A merge moved orders and events and recomputed metrics, stages and RFM scores.
    connect(m_customers, &CustomerService::customersMerged, this, [this] {
        refresh();
        Q_EMIT lifecycleChanged();
        Q_EMIT scoresChanged();
    });
    // A forgotten customer keeps their orders, touchpoints and stage, but lists that
    // showed their name or details (and segments on those) are out of date.
    connect(m_customers, &CustomerService::customerForgotten, this, &WorkspaceSession::refresh);
}

WorkspaceSession::~WorkspaceSession() = default;

StoreError WorkspaceSession::open(const QString &path)
{
    if (m_workspace && QFileInfo(m_workspace->path()) == QFileInfo(path))
        close(); // opened again: read afresh, under a lock taken again
    StoreError error;
    auto lock = WorkspaceLock::acquire(path, &error);
    if (!lock)
        return error;
    // A workspace that cannot be changed (a read-only file, folder or disk) is read.
    const bool changeable = Workspace::writeProblem(path).isEmpty();
    auto opened = Workspace::open(path, changeable ? Workspace::Access::ReadWrite : Workspace::Access::ReadOnly);
    if (!opened.workspace)
        return opened.error;
    QStringList notes;
    if (changeable) {
        try {
            for (const PendingOutcome &outcome : PendingExports::finishAll(opened.workspace->db())) {
                const QString target = QDir::toNativeSeparators(outcome.pending.targetPath);
                if (outcome.published)
                    notes << tr("The campaign list %1, left unfinished when the application stopped, was put in place.")
                                 .arg(target);
                else if (outcome.undone)
                    notes << tr("The campaign list %1, left unfinished when the application stopped, could not be put "
                                "in place; its contacts were taken back.")
                                 .arg(target);
                else
                    notes << outcome.error;
            }
        } catch (const SQLite::Exception &e) {
            notes << workspaceFailure(path, e);
        }
    }
    adopt(std::move(opened.workspace), std::move(lock));
    if (!notes.isEmpty())
        Q_EMIT pendingExportsFinished(notes);
    return {};
}

QString WorkspaceSession::readOnlyReason() const
{
    if (!readOnly())
        return {};
    const QString problem = Workspace::writeProblem(m_workspace->path());
    return problem.isEmpty() ? tr("it was opened for reading only") : problem;
}

StoreError WorkspaceSession::create(const QString &path, const NewWorkspaceOptions &options)
{
    auto created = Workspace::create(path, options);
    if (!created.workspace)
        return created.error;
    StoreError error;
    auto lock = WorkspaceLock::acquire(path, &error);
    if (!lock)
        return error;
    adopt(std::move(created.workspace), std::move(lock));
    return {};
}

void WorkspaceSession::adopt(std::unique_ptr<Workspace> workspace, std::unique_ptr<WorkspaceLock> lock)
{
    if (m_workspace)
        close();
    m_workspace = std::move(workspace);
    m_lock = std::move(lock);
    m_segments->setWorkspace(m_workspace.get());
    m_campaigns->setWorkspace(m_workspace.get());
    m_analytics->setWorkspace(m_workspace.get());
    m_customers->setWorkspace(m_workspace.get());
    m_journeys->setWorkspace(m_workspace.get());
    m_products->setWorkspace(m_workspace.get());
    m_programmes->setWorkspace(m_workspace.get());
    m_membership->setWorkspace(m_workspace.get());
    m_loaded = false;
    m_overview = {};
    refresh(); // first: the Overview's figures are what the window shows first
    Q_EMIT opened();
}

void WorkspaceSession::close()
{
    if (!m_workspace)
        return;
    ++m_generation;
    m_segments->setWorkspace(nullptr);
    m_campaigns->setWorkspace(nullptr);
    m_analytics->setWorkspace(nullptr);
    m_customers->setWorkspace(nullptr);
    m_journeys->setWorkspace(nullptr);
    m_products->setWorkspace(nullptr);
    m_programmes->setWorkspace(nullptr);
    m_membership->setWorkspace(nullptr);
    m_workspace.reset();
    m_lock.reset(); // after the workspace: another window may take it from here
    m_loaded = false;
    m_overview = {};
    Q_EMIT closed();
}

QString WorkspaceSession::path() const
{
    return m_workspace ? m_workspace->path() : QString();
}

QString WorkspaceSession::displayName() const
{
    return m_workspace ? m_workspace->displayName() : QString();
}

QString WorkspaceSession::currency() const
{
    return m_workspace ? m_workspace->currency() : QString();
}

QString WorkspaceSession::region() const
{
    return m_workspace ? m_workspace->region() : QString();
}

void WorkspaceSession::setRegion(const QString &region)
{
    if (m_workspace && !readOnly() && !region.isEmpty())
        m_workspace->setSetting(WorkspaceSetting::Region, region.toUpper());
}

QString WorkspaceSession::setCurrency(const QString &currency)
{
    if (!m_workspace || currency.isEmpty() || currency.toUpper() == m_workspace->currency())
        return {};
    if (readOnly())
        return tr("%1 cannot be changed: %2.").arg(QDir::toNativeSeparators(path()), readOnlyReason());
    const QString code = currency.toUpper();
    if (minorUnitsPerMajor(code) != minorUnitsPerMajor(m_workspace->currency())) {
        return tr("Amounts are kept in %1's minor units (%2 to one %1); %3 has %4, so every amount would read "
                  "differently. Choose a currency with as many.")
            .arg(m_workspace->currency())
            .arg(minorUnitsPerMajor(m_workspace->currency()))
            .arg(code)
            .arg(minorUnitsPerMajor(code));
    }
    try {
        m_workspace->setSetting(WorkspaceSetting::Currency, code);
    } catch (const SQLite::Exception &e) {
        return workspaceFailure(path(), e);
    }
    const QString reopen = path();
    close();
    const StoreError error = open(reopen);
    return error.ok() ? QString() : error.message;
}

QList<ImportRecord> WorkspaceSession::imports() const
{
    return m_workspace ? ImportHistory::list(m_workspace->db()) : QList<ImportRecord>();
}

void WorkspaceSession::undoImport(qint64 importId, std::function<void(const UndoResult &)> done)
{
    if (!m_workspace)
        return;
    if (readOnly()) {
        UndoResult refused;
        refused.error = tr("%1 cannot be changed: %2.").arg(QDir::toNativeSeparators(path()), readOnlyReason());
        done(refused);
        return;
    }
    const QString path = m_workspace->path();
    runAsync(
        this,
        [path, importId]() -> UndoResult {
            try {
                auto db = Workspace::openConnection(path, Workspace::Access::ReadWrite);
                return ImportHistory::undo(*db, importId);
            } catch (const SQLite::Exception &e) {
                UndoResult failed;
                failed.error = workspaceFailure(path, e);
                return failed;
            }
        },
        [this, done = std::move(done)](const UndoResult &result) {
            done(result);
            refresh();
            // The import undone may have held campaign results.
            if (result.error.isEmpty())
                m_campaigns->notifyResultsChanged();
        });
}

void WorkspaceSession::loadLifecycle(const QDate &asOf, const QDate &from,
                                     std::function<void(const LifecycleFigures &)> done)
{
    if (!m_workspace)
        return;
    const quint64 generation = ++m_lifecycleGeneration;
    const QString path = m_workspace->path();
    const bool changeable = !readOnly();
    runAsync(
        this,
        [path, asOf, from, changeable]() -> LifecycleLoad {
            LifecycleLoad load;
            LifecycleFigures &figures = load.figures;
            try {
                // Stages are brought up to date first where they can be (a workspace that
                // cannot be changed shows them as they were stored).
                auto db = Workspace::openConnection(
                    path, changeable ? Workspace::Access::ReadWrite : Workspace::Access::ReadOnly);
                if (changeable) {
                    Lifecycle::ensureCurrent(*db);
                    load.rescored = RfmScores::ensureCurrent(*db);
                    Replenishment::ensureCurrent(*db);
                    load.rescored = MemberTiers::ensureCurrent(*db) || load.rescored; // tiers are scores too
                    load.rescored = PointsLedger::ensureCurrent(*db) || load.rescored;
                }
                figures.referenceDate = Lifecycle::referenceDate(*db);
                const QDate day = asOf.isValid() ? asOf : figures.referenceDate;
                figures.funnel = Lifecycle::funnel(*db, day);
                figures.migration =
                    Lifecycle::migration(*db, from.isValid() ? std::min(from, day) : day.addYears(-1), day);
                figures.trend = Lifecycle::trend(*db);
            } catch (const SQLite::Exception &e) {
                figures.error = workspaceFailure(path, e);
            }
            return load;
        },
        [this, generation, done = std::move(done)](const LifecycleLoad &load) {
            if (load.rescored)
                Q_EMIT scoresChanged();
            if (generation == m_lifecycleGeneration)
                done(load.figures);
        });
}

LifecycleRules WorkspaceSession::lifecycleRules() const
{
    return m_workspace ? LifecycleRules::load(m_workspace->db()) : LifecycleRules();
}

void WorkspaceSession::applyLifecycleRules(const LifecycleRules &rules, std::function<void(const QString &)> done)
{
    if (!m_workspace)
        return;
    if (readOnly()) {
        done(tr("%1 cannot be changed: %2.").arg(QDir::toNativeSeparators(path()), readOnlyReason()));
        return;
    }
    const QString path = m_workspace->path();
    runAsync(
        this,
        [path, rules]() -> QString {
            try {
                auto db = Workspace::openConnection(path, Workspace::Access::ReadWrite);
                Lifecycle::applyRules(*db, rules);
                return {};
            } catch (const SQLite::Exception &e) {
                return workspaceFailure(path, e);
            }
        },
        [this, done = std::move(done)](const QString &error) {
            done(error);
            if (error.isEmpty())
                Q_EMIT lifecycleChanged();
        });
}

CustomerProfileDialog *WorkspaceSession::openProfile(qint64 customerId, QWidget *parent)
{
    return m_profiles->open(customerId, parent);
}

void WorkspaceSession::importLanded(ImportKind kind)
{
    refresh();
    if (kind == ImportKind::Results)
        m_campaigns->notifyResultsChanged();
}

// The workspace's figures go before every other question waiting for a thread.
constexpr int kOverviewPriority = 10;

void WorkspaceSession::refresh()
{
    if (!m_workspace)
        return;
    const quint64 generation = ++m_generation;
    const QString path = m_workspace->path();
    runAsync(
        this,
        [path]() -> OverviewLoad {
            try {
                auto db = Workspace::openConnection(path, Workspace::Access::ReadOnly);
                return {WorkspaceStats::overview(*db), {}, {}};
            } catch (const SQLite::Exception &e) {
                const bool damaged = (e.getErrorCode() & 0xff) == SQLITE_CORRUPT;
                return {std::nullopt, workspaceFailure(path, e), damaged ? QString::fromUtf8(e.what()) : QString()};
            }
        },
        [this, generation](const OverviewLoad &load) {
            if (generation != m_generation)
                return;
            if (!load.kpis) {
                Q_EMIT loadFailed(load.error);
                if (!load.damage.isEmpty())
                    Q_EMIT damaged(load.damage);
                return;
            }
            m_overview = *load.kpis;
            m_loaded = true;
            Q_EMIT overviewChanged();
        },
        kOverviewPriority);
}

} // namespace mwb::ui
