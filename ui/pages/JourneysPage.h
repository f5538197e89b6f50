// JourneysPage: the paths customers take to their first purchase and the channels that
// earn it. Filters (days, segment, channels, steps) recompute JourneyAnalyzer::analyze on
// a worker with a progress bar and Cancel (a cancelled run leaves the previous figures);
// the answer shows as a flow drawing, a table of paths and the attribution of
// first-purchase revenue by four models, each exportable.
#pragma once

#include "WorkbenchPage.h"

#include "journeys/JourneyAnalyzer.h"

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace mwb {
class JobProgress;
}

namespace mwb::ui {

class AttributionChart;
class AttributionTable;
class JourneyFilterBar;
class JourneyFlowView;
class JourneyPathModel;
class JourneyService;
class WorkspaceSession;

class JourneysPage : public WorkbenchPage
{
    Q_OBJECT

public:
    explicit JourneysPage(WorkspaceSession *session, QWidget *parent = nullptr);
    ~JourneysPage() override;

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    bool isReady() const override { return m_shown; }

    JourneyFilterBar *filterBar() const { return m_filters; }
    JourneyFlowView *flowView() const { return m_flow; }
    QTableView *pathTable() const { return m_pathTable; }
    JourneyPathModel *pathModel() const { return m_paths; }
    AttributionChart *attributionChart() const { return m_chart; }
    AttributionTable *attributionTable() const { return m_attribution; }
    QProgressBar *progressBar() const { return m_progressBar; }
    QPushButton *cancelButton() const { return m_cancel; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *summaryLabel() const { return m_summary; }
    // The figures shown and the filter they answer.
    const JourneyResult &result() const { return m_result; }
    const JourneyFilter &shownFilter() const { return m_shownFilter; }
    bool isComputing() const;

    // Asks for the figures of the filters as they are now.
    void recompute();
    // Stops the computation; the figures shown stay.
    void cancel();

    // Each asks for a file name and answers whether the file was written.
    bool exportPathsCsv();
    bool exportAttributionCsv();
    bool exportFlowPng();
    bool exportFlowSvg();
    bool exportChartPng();
    bool exportChartSvg();

Q_SIGNALS:
    void resultShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void workspaceOpened();
    void reload();
    void showResult(const JourneyResult &result, const JourneyFilter &filter);
    void setComputing(bool computing);
    QString askSavePath(const QString &caption, const QString &name, const QString &filter);
    bool finishExport(const QString &caption, const QString &path, const QString &error);
    QWidget *createFlowTab();
    QWidget *createPathsTab();
    QWidget *createAttributionTab();

    WorkspaceSession *m_session;
    JourneyService *m_service;

public:
    JourneyService *service() const { return m_service; }
    JourneyFilterBar *m_filters;
    QLabel *m_summary;
    QProgressBar *m_progressBar;
    QPushButton *m_cancel;
    QLabel *m_status;
    QTabWidget *m_tabs;
    JourneyFlowView *m_flow;
    JourneyPathModel *m_paths;
    QTableView *m_pathTable;
    AttributionChart *m_chart;
    AttributionTable *m_attribution;
    QList<QPushButton *> m_exports;
    QTimer *m_debounce;
    std::shared_ptr<JobProgress> m_progress;
    JourneyResult m_result;
    JourneyFilter m_shownFilter;
    bool m_shown = false;
    bool m_stale = false; // asked while hidden
};

} // namespace mwb::ui
