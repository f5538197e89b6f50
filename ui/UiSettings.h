// UiSettings: the application's own preferences (QSettings), keyed by an enum with one
// table of keys and defaults. Workspace settings live in the workspace, not here.
#pragma once

#include <QStringList>
#include <QVariant>

namespace mwb::ui {

enum class UiSetting {
    MainWindowGeometry,
    MainWindowState,
    RecentWorkspaces,
    LastDirectory,
    CustomerHiddenColumns, // the Customers page's hidden columns, by export name
    Language,              // "system", "en", "zh_CN" or "zh_TW"; read once at start
    NewWorkspaceRegion,    // phone region of new workspaces (ISO 3166), default from the system
    NewWorkspaceCurrency,  // currency of new workspaces (ISO 4217), default from the system
    ConfirmChanges,        // ask before deleting, undoing or merging (bool)
    IsoDates,              // dates on screen as 2024-05-07 rather than as the locale writes them (bool)
};

class UiSettings
{
public:
    static QVariant value(UiSetting setting);
    static void setValue(UiSetting setting, const QVariant &value);

    static constexpr int kMaxRecent = 8;
    static QStringList recentWorkspaces();
    // Moves `path` to the top of the recent list (or removes it when `remove`).
    static void noteRecentWorkspace(const QString &path, bool remove = false);
};

} // namespace mwb::ui
