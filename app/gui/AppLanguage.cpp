#include "AppLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

QString AppLanguage::normalised(const QString &code)
{
    QString c = code.trimmed();
    c.replace(u'-', u'_');
    if (c.isEmpty() || c.compare(u"system"_s, Qt::CaseInsensitive) == 0)
        return u"system"_s;
    if (c.compare(u"en"_s, Qt::CaseInsensitive) == 0 || c.startsWith(u"en_"_s, Qt::CaseInsensitive))
        return u"en"_s;
    const QLocale locale(c);
    if (locale.language() == QLocale::Chinese)
        return forLocale(locale);
    return {};
}

QString AppLanguage::forLocale(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return u"en"_s;
    // Hong Kong and Macao read Traditional characters too: Taiwan's is the closer translation.
    return locale.script() == QLocale::TraditionalChineseScript ? u"zh_TW"_s : u"zh_CN"_s;
}

QString AppLanguage::install(QCoreApplication *app, const QString &code)
{
    const QString language = code == u"system"_s ? forLocale(QLocale::system()) : code;
    if (language == u"en"_s) {
        // Only the plural forms: "1 customer", "2 customers".
        auto *plurals = new QTranslator(app);
        if (plurals->load(u"marketing-workbench_en"_s, u":/i18n"_s))
            QCoreApplication::installTranslator(plurals);
        else
            delete plurals;
        return language;
    }

    auto *translator = new QTranslator(app);
    if (!translator->load(u"marketing-workbench_"_s + language, u":/i18n"_s)) {
        qWarning("No translation for %s: the interface stays in English", qPrintable(language));
        delete translator;
        return u"en"_s;
    }
    QCoreApplication::installTranslator(translator);

    // Qt's own strings (standard buttons, file dialogs, context menus) when Qt's translations
    // are installed; the application works without them.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    // Chosen against the system's language: dates and numbers follow the interface.
    const QLocale chosen(language);
    if (QLocale().language() != chosen.language() || QLocale().script() != chosen.script())
        QLocale::setDefault(chosen);
    return language;
}
