// AppLanguage: the language of the user interface. Picks it from the --language option, else
// the "language" preference, else the system locale, and installs the application's
// translation (built into the resources under :/i18n/) with Qt's own for the same language.
#pragma once

#include <QString>

class QCoreApplication;
class QLocale;

class AppLanguage
{
public:
    // "system", "en", "zh_CN" or "zh_TW" from what a user may type ("zh-TW", "zh_Hant",
    // "ZH_cn"…); empty when the code names no language the application knows.
    static QString normalised(const QString &code);
    // The translation a locale asks for: "zh_CN", "zh_TW" or "en" (the source language).
    static QString forLocale(const QLocale &locale);
    // Installs the translators for `code` (a normalised code; "system" follows the system
    // locale) and returns the language now in use: "en" when there is no translation for it.
    static QString install(QCoreApplication *app, const QString &code);
};
