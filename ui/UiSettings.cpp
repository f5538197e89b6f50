#include "UiSettings.h"

#include "store/WorkspaceSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <array>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

struct Entry
{
    UiSetting setting;
    const char *key;
    QVariant (*defaultValue)();
};

const std::array<Entry, 10> kEntries{{
    {UiSetting::MainWindowGeometry, "mainWindow/geometry", [] { return QVariant(); }},
    {UiSetting::MainWindowState, "mainWindow/state", [] { return QVariant(); }},
    {UiSetting::RecentWorkspaces, "workspaces/recent", [] { return QVariant(QStringList()); }},
    {UiSetting::LastDirectory, "workspaces/lastDirectory",
     [] { return QVariant(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)); }},
    // Contact details beyond the e-mail, and the score columns, are a click away.
    {UiSetting::CustomerHiddenColumns, "customers/hiddenColumns",
     [] {
         return QVariant(QStringList{QStringLiteral("phone"), QStringLiteral("predicted_clv")});
     }},
    // Not under "general": INI files write that group as "[%General]", which did not read
    // back as "general" (the language chosen was lost on restart).
    {UiSetting::Language, "interface/language", [] { return QVariant(QStringLiteral("system")); }},
    {UiSetting::NewWorkspaceRegion, "workspaces/newRegion", [] { return QVariant(defaultRegion()); }},
    {UiSetting::NewWorkspaceCurrency, "workspaces/newCurrency", [] { return QVariant(defaultCurrency()); }},
    {UiSetting::ConfirmChanges, "interface/confirmChanges", [] { return QVariant(true); }},
    {UiSetting::IsoDates, "interface/isoDates", [] { return QVariant(false); }},
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
    QSettings settings;
    const QString key = QString::fromLatin1(e.key);
    if (!settings.contains(key) && key.startsWith(u"interface/"_s)) {
        // Written by earlier versions under "general", in whichever spelling it came back.
        const QString name = key.section(u'/', 1);
        for (const QString &group : {u"General"_s, u"general"_s, u"%General"_s}) {
            if (settings.contains(group + u'/' + name))
                return settings.value(group + u'/' + name);
        }
    }
    return settings.value(key, e.defaultValue());
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
