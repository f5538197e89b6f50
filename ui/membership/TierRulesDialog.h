// TierRulesDialog: the tier rules edited as a form (measure, window, review, grace and the
// tiers with their minimums, added, removed and moved) or as the JSON `mwb tiers --rules`
// reads, on two tabs showing the same rules. Rules that do not pass TierRules' checks show
// why and cannot be saved; "Clear rules" asks to go back to the imported tiers.
#pragma once

#include "membership/TierRules.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace mwb::ui {

class TierRulesDialog : public QDialog
{
    Q_OBJECT

public:
    // `current` none: the workspace has none yet (the form starts from an example to adapt).
    TierRulesDialog(const std::optional<TierRules> &current, const QString &currency, QWidget *parent = nullptr);

    // The rules as shown (on the tab in front), or none with the reason in `error`.
    std::optional<TierRules> rules(QString *error = nullptr) const;
    void setRules(const TierRules &rules);
    // True when the dialog was closed with "Clear rules".
    bool clearRequested() const { return m_clear; }

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *tierTable() const { return m_tiers; }
    QPlainTextEdit *jsonEdit() const { return m_json; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *problemLabel() const { return m_problem; }

private:
    TierRules formRules() const;
    std::optional<TierRules> jsonRules(QString *error) const;
    void addTier(const QString &name, double minimum);
    void moveTier(int by);
    void tabChanged(int index);
    void check();
    void updateMinimumHeader();

    QString m_currency;
    QTabWidget *m_tabs;
    QComboBox *m_measure;
    QSpinBox *m_window;
    QComboBox *m_review;
    QSpinBox *m_grace;
    QTableWidget *m_tiers;
    QPlainTextEdit *m_json;
    QLabel *m_problem;
    QPushButton *m_save = nullptr;
    int m_shownTab = 0;
    bool m_filling = false;
    bool m_clear = false;
};

} // namespace mwb::ui
