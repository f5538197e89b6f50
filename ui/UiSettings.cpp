#include "UiSettings.h"

#include "store/WorkspaceSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <array>

namespace mwb::ui {

namespace {

struct Entry
{
    UiSetting setting;
    const char *key;
    QVariant (*defaultValue)();
};

const std::array<Entry, 9> kEntries{{
    {UiSetting::MainWindowGeometry, "mainWindow/geometry", [] { return QVariant(); }},
    {UiSetting::MainWindowState, "mainWindow/state", [] { return QVariant(); }},
    {UiSetting::RecentWorkspaces, "workspaces/recent", [] { return QVariant(QStringList()); }},
    {UiSetting::LastDirectory, "workspaces/lastDirectory",
     [] { return QVariant(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)); }},
    // Contact details beyond the e-mail, and the score columns, are a click away.
    {UiSetting::CustomerHiddenColumns, "customers/hiddenColumns",
     [] { return QVariant(QStringList{QStringLiteral("phone"), QStringLiteral("predicted_clv")}); }},
    {UiSetting::Language, "general/language", [] { return QVariant(QStringLiteral("system")); }},
    {UiSetting::NewWorkspaceRegion, "workspaces/newRegion", [] { return QVariant(defaultRegion()); }},
    {UiSetting::NewWorkspaceCurrency, "workspaces/newCurrency", [] { return QVariant(defaultCurrency()); }},
    {UiSetting::ConfirmChanges, "general/confirmChanges", [] { return QVariant(true); }},
}};

const Entry &entry(UiSetting setting)
{
    for (const Entry &e : kEntries) {
        if (e.setting == setting)
            return e;
    }
    Q_UNREACHABLE();
    return kEntries.front();
}

} // namespace

QVariant UiSettings::value(UiSetting setting)
{
    const Entry &e = entry(setting);
    return QSettings().value(QString::fromLatin1(e.key), e.defaultValue());
}

void UiSettings::setValue(UiSetting setting, const QVariant &value)
{
    QSettings().setValue(QString::fromLatin1(entry(setting).key), value);
}

QStringList UiSettings::recentWorkspaces()
{
    return value(UiSetting::RecentWorkspaces).toStringList();
}

void UiSettings::noteRecentWorkspace(const QString &path, bool remove)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentWorkspaces();
    recent.removeAll(absolute);
    if (!remove)
        recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    setValue(UiSetting::RecentWorkspaces, recent);
    if (!remove)
        setValue(UiSetting::LastDirectory, QFileInfo(absolute).absolutePath());
}

} // namespace mwb::ui
