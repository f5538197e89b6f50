// TiersPanel: the member tiers of the Members page: the members by tier on a chosen day
// (a table with each tier's share and revenue of the last 365 days, and a bar chart), the
// migration between two days, and the tier rules (the Tier rules dialog; saving them
// recomputes every member's tier on a worker). Without rules it says that the tiers are the
// imported ones and offers to set rules.
#pragma once

#include "membership/TierRules.h"

#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace mwb::ui {

class TierChart;
class TierMigrationTable;
class WorkspaceSession;
struct TiersAnswer;

class TiersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TiersPanel(WorkspaceSession *session, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    bool hasRules() const { return m_rules.has_value(); }
    const std::optional<TierRules> &rules() const { return m_rules; }
    QTableWidget *distributionTable() const { return m_table; }
    TierChart *chart() const { return m_chart; }
    TierMigrationTable *migrationTable() const { return m_migration; }
    QLabel *migrationCaption() const { return m_migrationCaption; }
    QLabel *rulesText() const { return m_rulesText; }
    QPushButton *rulesButton() const { return m_rulesButton; }
    QDateEdit *dayEdit() const { return m_day; }
    QDateEdit *fromEdit() const { return m_from; }

    void reload();
    // The Tier rules dialog; saving ends in applyRules().
    void openRulesDialog();
    // Stores the rules (none: clears them) and recomputes every tier, then reloads.
    void applyRules(const std::optional<TierRules> &rules);

Q_SIGNALS:
    // The figures of a load are shown.
    void figuresShown();

private:
    void showFigures(const TiersAnswer &answer);
    QString rulesSummary(const TierRules &rules) const;

    WorkspaceSession *m_session;
    QDateEdit *m_day;
    QDateEdit *m_from;
    QPushButton *m_rulesButton;
    QLabel *m_rulesText;
    QProgressBar *m_busy;
    QTableWidget *m_table;
    TierChart *m_chart;
    QWidget *m_figures; // the table, chart and migration: hidden without rules
    QLabel *m_migrationCaption;
    TierMigrationTable *m_migration;
    QTimer *m_reloadTimer;
    std::optional<TierRules> m_rules;
    QString m_currency;
    bool m_loaded = false;
    bool m_datesFromData = true; // the dates follow the data until the user picks one
    bool m_settingDates = false;
};

} // namespace mwb::ui
