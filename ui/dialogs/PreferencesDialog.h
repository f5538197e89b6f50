// PreferencesDialog: the application's preferences (language, the region and currency new
// workspaces get, whether to ask before changes that are hard to take back), the open
// workspace's phone region, and the way to the 5A lifecycle rules. Application
// preferences are kept with QSettings (UiSettings); the region in the workspace.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace mwb::ui {

class WorkspaceSession;

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(WorkspaceSession *session, QWidget *parent = nullptr);

    // The codes the language list offers: "system", "en", "zh_CN", "zh_TW".
    static QStringList languageCodes();

Q_SIGNALS:
    // The user asked for the lifecycle rules (the Lifecycle page edits them).
    void lifecycleRulesRequested();

public Q_SLOTS:
    void accept() override;

private:
    WorkspaceSession *m_session;
    QComboBox *m_language;
    QLabel *m_restartNote;
    QComboBox *m_newRegion;
    QComboBox *m_newCurrency;
    QComboBox *m_region = nullptr;   // the open workspace's, when one is open
    QComboBox *m_currency = nullptr; // the open workspace's, when one is open
    QCheckBox *m_confirm;
    QCheckBox *m_isoDates;
};

} // namespace mwb::ui
