// ProgrammesPage: automated plays (docs/PROGRAMMES.md). The programmes by priority, with
// what is due and a button that runs the due days; for the one selected, its design (the
// trigger and audience pickers, the groups, the output, the steps as a vertical flow of
// boxes, a live estimate of how many a week enter), its run history, its report (each send
// step against its control with the uplift's interval, a funnel of who reached and
// converted at each step, the cumulative incremental conversions by week) and its
// simulation on past data, week by week. New programmes start from the templates of the
// five 5A plays and the replenishment reminder.
#pragma once

#include "WorkbenchPage.h"

#include <QJsonObject>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace mwb {
struct ProgrammeRunResult;
}

namespace mwb::ui {

struct ProgrammeDetailAnswer;
struct ProgrammesAnswer;
class ProgrammeDesignForm;
class ProgrammeStepChart;
class ProgrammeUpliftChart;
class StepFlowEditor;
class WorkspaceSession;

class ProgrammesPage : public WorkbenchPage
{
    Q_OBJECT

public:
    explicit ProgrammesPage(WorkspaceSession *session, QWidget *parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    bool isReady() const override { return m_listed; }

    QListWidget *programmeList() const { return m_list; }
    StepFlowEditor *stepEditor() const;
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *runsTable() const { return m_runs; }
    QTableWidget *reportTable() const { return m_report; }
    ProgrammeStepChart *stepChart() const { return m_stepChart; }
    QPushButton *runButton() const { return m_run; }
    QLabel *dueLabel() const { return m_due; }
    QLabel *simulationLabel() const { return m_simulation; }
    QLabel *estimateLabel() const;
    QTableWidget *simulationTable() const { return m_simulationTable; }

    // The definition the design shows; showing one puts it in the design.
    QJsonObject definition() const;
    void setDefinition(const QJsonObject &definition);
    // Starts a new programme from a template (ProgrammeTemplates' key).
    void newFromTemplate(const QString &key);
    void save();
    void runDue();
    void simulate();

Q_SIGNALS:
    void saved(const QString &name);
    void ran(int rows);
    void simulated();
    void estimated();
    // Programme days due on opening a workspace (for the status bar); 0 when none.
    void dueOnOpening(qint64 days);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void showList(const ProgrammesAnswer &answer);
    void select(const QString &name);
    void refreshDetail();
    void showDetail(const ProgrammeDetailAnswer &answer);
    void fillSegments();
    void removeSelected();
    void estimate();

    WorkspaceSession *m_session;
    QLabel *m_heading;
    QLabel *m_due;
    QPushButton *m_run;
    QListWidget *m_list;
    QToolButton *m_new;
    QPushButton *m_delete;
    QTabWidget *m_tabs;
    ProgrammeDesignForm *m_form;
    QPushButton *m_save;
    QPushButton *m_simulate;
    QLabel *m_simulation;
    QTableWidget *m_simulationTable;
    class QTimer *m_estimateTimer;
    bool m_announcedDue = false;
    bool m_estimateStale = false;
    QLabel *m_message;
    QTableWidget *m_runs;
    QTableWidget *m_report;
    QLabel *m_totals;
    ProgrammeUpliftChart *m_chart;
    ProgrammeStepChart *m_stepChart;
    QString m_selected;
    bool m_listed = false;
    bool m_designingNew = false;      // a template taken, not saved yet
    bool m_definitionPending = false; // the chosen programme's definition is on its way
};

} // namespace mwb::ui
