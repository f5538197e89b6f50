// WorkspaceSession: the workspace the window shows. Opens and creates workspaces through
// core, keeps the current one open, and loads its overview figures on a worker thread
// (own read-only connection) so the window paints at once even on a million customers.
// A failed open leaves the current workspace as it was. Segment questions and edits go
// through its SegmentService, campaign ones through its CampaignService, KPIs, cohorts,
// CLV and NPS through its AnalyticsService, customer lists, profiles, tags and merges
// through its CustomerService, journeys through its JourneyService; openProfile() opens a customer's profile from anywhere.
#pragma once

#include "analytics/WorkspaceStats.h"
#include "import/ImportHistory.h"
#include "import/ImportKind.h"
#include "lifecycle/Lifecycle.h"
#include "store/StoreError.h"
#include "store/Workspace.h"
#include "store/WorkspaceLock.h"

#include <QObject>

class QWidget;

#include <functional>
#include <memory>

namespace mwb::ui {

// Everything the Lifecycle page shows, loaded together.
struct LifecycleFigures
{
    QDate referenceDate; // the last day of the data
    Funnel funnel;
    StageMigration migration;
    StageTrend trend;
    QString error; // empty when loaded
};

class AnalyticsService;
class CampaignService;
class CustomerProfileDialog;
class CustomerService;
class JourneyService;
class MembershipService;
class ProductService;
class ProgrammeService;
class ProfileLauncher;
class SegmentService;

class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    StoreError open(const QString &path);
    StoreError create(const QString &path, const NewWorkspaceOptions &options = {});
    void close();

    bool isOpen() const { return m_workspace != nullptr; }
    // The workspace cannot be changed (a read-only file, folder or disk): every page reads,
    // nothing writes. The reason, or empty.
    bool readOnly() const { return m_workspace && m_workspace->readOnly(); }
    QString readOnlyReason() const;
    QString path() const;
    QString displayName() const;
    QString currency() const;
    // The region phone numbers without a country code are read in (imports, segments).
    QString region() const;
    void setRegion(const QString &region);
    // The currency the workspace's amounts are in, as a label: the amounts are not converted,
    // so only a currency with as many minor units per major is taken. An error message, or
    // empty; every page shows the new label (the workspace is read again).
    QString setCurrency(const QString &currency);

    // The figures of the last completed load; loaded() is false until the first one lands.
    bool loaded() const { return m_loaded; }
    const OverviewKpis &overview() const { return m_overview; }

    // Reloads the figures in the background; overviewChanged() follows.
    void refresh();

    // The imports of this workspace, newest first (a small table: read directly).
    QList<ImportRecord> imports() const;
    // Undoes an import on a worker thread; `done` gets the outcome on this thread, and the
    // figures are reloaded.
    void undoImport(qint64 importId, std::function<void(const UndoResult &)> done);

    // Lifecycle figures on a worker thread: the funnel on `asOf` and the migration from
    // `from` to `asOf` (invalid dates: the reference day, and a year before it). Stages
    // are brought up to date first if they were computed under other rules or never.
    // An answer overtaken by a newer request is dropped.
    void loadLifecycle(const QDate &asOf, const QDate &from, std::function<void(const LifecycleFigures &)> done);
    LifecycleRules lifecycleRules() const;
    // Saves the rules and recomputes every stage on a worker thread; `done` gets an error
    // message or an empty string.
    void applyLifecycleRules(const LifecycleRules &rules, std::function<void(const QString &error)> done);
    // Counts, previews, overlaps, the RFM grid and the saved segments of this workspace.
    SegmentService *segments() const { return m_segments; }
    // Campaigns: plans, creation, list exports and reports of this workspace.
    CampaignService *campaigns() const { return m_campaigns; }
    // The KPI dashboard, cohorts, customer lifetime value and NPS of this workspace.
    AnalyticsService *analytics() const { return m_analytics; }
    // Customer lists, profiles, tags and merges of this workspace.
    CustomerService *customers() const { return m_customers; }
    // Paths to the first purchase and channel attribution, one analysis at a time.
    JourneyService *journeys() const { return m_journeys; }
    // Product figures, basket pairs, replenishment intervals and the catalogue.
    ProductService *products() const { return m_products; }
    ProgrammeService *programmes() const { return m_programmes; }
    // Member tiers, their rules and the active member rate.
    MembershipService *membership() const { return m_membership; }
    // Opens the profile of a customer (raises it when it is open already); null when no
    // workspace is open. Profiles are windows of `parent`'s main window.
    CustomerProfileDialog *openProfile(qint64 customerId, QWidget *parent = nullptr);
    ProfileLauncher *profiles() const { return m_profiles; }

    // A file of this kind was imported into the workspace: the figures are reloaded (and
    // campaigns told when it held campaign results).
    void importLanded(ImportKind kind);

Q_SIGNALS:
    // The stages changed (rules applied, an import or undo landed).
    void lifecycleChanged();
    // Stored scores changed: the RFM scores were computed for the first time (a workspace
    // from before them), or predicted CLV was scored.
    void scoresChanged();
    void opened();
    void closed();
    void overviewChanged();
    void loadFailed(const QString &message);
    // Reading the workspace met damaged pages; `reason` in SQLite's words.
    void damaged(const QString &reason);
    // Campaign lists an earlier run left half done were finished or undone on opening.
    void pendingExportsFinished(const QStringList &notes);

private:
    void adopt(std::unique_ptr<Workspace> workspace, std::unique_ptr<WorkspaceLock> lock);

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<WorkspaceLock> m_lock; // held while the workspace is open here
    SegmentService *m_segments;
    CampaignService *m_campaigns;
    AnalyticsService *m_analytics;
    CustomerService *m_customers;
    JourneyService *m_journeys;
    ProductService *m_products;
    ProgrammeService *m_programmes;
    MembershipService *m_membership;
    ProfileLauncher *m_profiles;
    OverviewKpis m_overview;
    bool m_loaded = false;
    quint64 m_generation = 0; // answers for an older generation are stale and dropped
    quint64 m_lifecycleGeneration = 0;
};

} // namespace mwb::ui
