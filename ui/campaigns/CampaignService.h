// CampaignService: the campaign questions and edits of the open workspace, owned by the
// WorkspaceSession. Planning, creating, deleting, exporting lists and computing reports
// run on worker threads, each with its own connection; answers come back on the GUI
// thread to a callback that runs only while its context object is alive. For the live
// questions (the plan a dialog previews, the reports a page shows) the newest request
// wins and overtaken answers are dropped. campaignsChanged() follows every change of a
// campaign or of its results.
#pragma once

#include "campaigns/Campaign.h"
#include "campaigns/CampaignExport.h"
#include "campaigns/CampaignReport.h"
#include "campaigns/CampaignStore.h"

#include <QDate>
#include "WorkspaceService.h"

#include <QObject>

#include <functional>
#include <memory>

namespace mwb {
class JobProgress;
class Workspace;
} // namespace mwb

namespace mwb::ui {

struct CampaignReports
{
    QList<CampaignReportData> reports; // newest first
    QString error;
};

class CampaignService : public WorkspaceService
{
    Q_OBJECT

public:
    explicit CampaignService(QObject *parent = nullptr);
    ~CampaignService() override;

    int minorUnitsPerMajor() const;
    // Today, or the day after the workspace's data ends when that is earlier.
    QDate defaultSendDate() const;

    // Campaigns of the workspace, newest first (a small table: read directly).
    QList<Campaign> listCampaigns() const;
    std::optional<Campaign> findCampaign(qint64 id) const;

    // Live: the newest plan asked for wins.
    void plan(const CampaignSpec &spec, QObject *context, std::function<void(const CampaignPlan &)> done);
    void create(const CampaignSpec &spec, QObject *context, std::function<void(const CampaignCreated &)> done);
    // `done` gets an error message, or an empty one.
    void remove(qint64 id, QObject *context, std::function<void(const QString &)> done);
    // The target list; `progress` (may be null) hears the rows and carries the cancel. The
    // worker shares it, so it stays valid however early the caller lets it go.
    void exportList(const CampaignExportRequest &request, std::shared_ptr<JobProgress> progress, QObject *context,
                    std::function<void(const CampaignExportResult &)> done);
    // Live: every campaign's report (the comparison table and the reports of each).
    void reports(QObject *context, std::function<void(const CampaignReports &)> done);
    // Each call answered.
    void report(qint64 id, QObject *context, std::function<void(const CampaignReportData &)> done);

    // Results of a campaign were imported (or an import was undone) elsewhere.
    void notifyResultsChanged();

Q_SIGNALS:
    // A campaign was created, deleted or exported, or its results changed.
    void campaignsChanged();
    // Customers' events changed (contacts were logged by an export): figures elsewhere move.
    void customerDataChanged();

private:
    quint64 m_planGeneration = 0;
    quint64 m_reportsGeneration = 0;
};

} // namespace mwb::ui
