// CampaignsPage: the closed loop. Every campaign side by side (group sizes, conversion,
// uplift with its interval, p-value, incremental revenue, ROI) and the report of the
// chosen one. From here a campaign is created from a saved segment, its
// list exported for the sending tool, its results imported, its report exported as PDF
// or CSV, and it is deleted. Reports are computed on a worker thread and follow every
// change of campaigns, imports and stages. The comparison stands beside the report on wide
// screens and above it otherwise.
#pragma once

#include "WorkbenchPage.h"
#include "campaigns/CampaignReport.h"

class QLabel;
class QPushButton;
class QSplitter;
class QToolButton;

namespace mwb::ui {

class CampaignComparisonTable;
class CampaignExportDialog;
class CampaignReportView;
class ImportWizard;
class NewCampaignDialog;
class WorkspaceSession;

class CampaignsPage : public WorkbenchPage
{
    Q_OBJECT

public:
    explicit CampaignsPage(WorkspaceSession *session, QWidget *parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    // The comparison and the report of the open workspace are shown.
    bool isReady() const override { return m_ready; }

    CampaignComparisonTable *table() const { return m_table; }
    CampaignReportView *reportView() const { return m_view; }
    const QList<CampaignReportData> &reports() const { return m_reports; }
    qint64 currentCampaignId() const;
    void selectCampaign(qint64 id);

    // What the buttons do. The dialogs open window-modal and are returned (null when
    // nothing opened); they delete themselves when closed.
    NewCampaignDialog *newCampaign();
    CampaignExportDialog *exportList();
    ImportWizard *importResults(const QString &file = {});
    bool exportReportPdf();
    bool exportReportCsv();
    bool deleteCampaign();

    // Computes every report again.
    void reload();

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    // The reports of a reload landed and are shown.
    void reportsShown();

private:
    static constexpr int kSideBySideWidth = 1600;

    void arrange();
    // Gives the comparison (above the report) the height of its rows.
    void fitTable();
    const CampaignReportData *currentReport() const;
    void showReports(const QList<CampaignReportData> &reports, const QString &error);
    void showCurrent();
    void updateActions();
    QString reportPath(const QString &caption, const QString &suffix, const QString &filter);

    WorkspaceSession *m_session;
    QLabel *m_subheading;
    CampaignComparisonTable *m_table;
    CampaignReportView *m_view;
    QPushButton *m_new;
    QPushButton *m_export;
    QPushButton *m_import;
    QToolButton *m_report;
    QPushButton *m_delete;
    QSplitter *m_splitter;
    QList<CampaignReportData> m_reports;
    qint64 m_selectAfterReload = 0;
    bool m_ready = false;
    bool m_overviewSeen = false;
    bool m_arranged = false;
    bool m_userSized = false; // the divider was dragged: keep it where it was put
};

} // namespace mwb::ui
