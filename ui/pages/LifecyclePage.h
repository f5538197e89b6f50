// LifecyclePage: the 5A lifecycle: the funnel on a chosen day with stage-to-stage
// conversion, each stage's playbook with a one-click segment, the migration between two
// days, and the monthly trend. Every number opens the customers behind it.
#pragma once

#include "WorkbenchPage.h"
#include "lifecycle/Lifecycle.h"

#include <QPointer>

class QDateEdit;
class QLabel;
class QPushButton;
class QTimer;

namespace mwb::ui {

class CustomerListDialog;
class MigrationTable;
class StageFunnelChart;
class StageTrendChart;
class WorkspaceSession;
struct LifecycleFigures;

class LifecyclePage : public WorkbenchPage
{
    Q_OBJECT

public:
    explicit LifecyclePage(WorkspaceSession *session, QWidget *parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    bool isReady() const override { return m_loaded; }

    StageFunnelChart *funnelChart() const { return m_funnel; }
    MigrationTable *migrationTable() const { return m_migration; }
    StageTrendChart *trendChart() const { return m_trend; }
    QDateEdit *asOfEdit() const { return m_asOf; }
    QDateEdit *fromEdit() const { return m_from; }
    QPushButton *playbookButton(LifecycleStage stage) const;
    bool isLoaded() const { return m_loaded; }
    // The drill-down opened last (it closes itself; null once closed).
    CustomerListDialog *lastDrillDown() const;

    // Opens the customers behind a figure.
    void drillDown(const StageSelection &selection);
    // Applies new rules (the Rules dialog ends here).
    void applyRules(const LifecycleRules &rules);
    // The Rules dialog (also reached from Preferences).
    void openRulesDialog();

Q_SIGNALS:
    void figuresShown();

private:
    void reload();
    void showFigures(const LifecycleFigures &figures);
    void createPlaybookSegment(LifecycleStage stage);
    void createReminderSegment();
    QString conversionText() const;

    WorkspaceSession *m_session;
    QLabel *m_heading;
    QLabel *m_subheading;
    QDateEdit *m_asOf;
    QDateEdit *m_from;
    QPushButton *m_rules;
    StageFunnelChart *m_funnel;
    QLabel *m_conversion;
    QList<QPushButton *> m_playbookButtons;
    MigrationTable *m_migration;
    StageTrendChart *m_trend;
    QTimer *m_reloadTimer;
    QPointer<CustomerListDialog> m_drillDown;
    bool m_loaded = false;
    bool m_datesFromData = true; // the dates follow the data until the user picks one
    bool m_settingDates = false;
};

} // namespace mwb::ui
