// marketing-workbench: the desktop application.
#include "AppLanguage.h"
#include "MainWindow.h"
#include "ResponsivenessProbe.h"
#include "ScreenshotTour.h"
#include "StartupProbe.h"
#include "DisplayFormat.h"
#include "UiSettings.h"
#include "WorkspaceSession.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    mwb::Workspace::configureSqlite();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Marketing Workbench"_s);
    QApplication::setApplicationDisplayName(u"Marketing Workbench"_s);
    QApplication::setOrganizationName(u"MarketingWorkbench"_s);
    QApplication::setApplicationVersion(QStringLiteral(MWB_VERSION));
    QApplication::setDesktopFileName(u"org.marketingworkbench.MarketingWorkbench"_s);

    // The "C" locale of servers and containers writes money as "12.50¥"; read it as English.
    if (QLocale::system().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Customer journeys, lifecycle, segments and campaigns for analysts."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, u"Open the demo workspace (created on first use)."_s);
    const QCommandLineOption screenshots(u"screenshots"_s, u"Save a PNG of every page into DIR and quit."_s, u"DIR"_s);
    const QCommandLineOption size(u"size"_s, u"Window size as WIDTHxHEIGHT."_s, u"WxH"_s);
    const QCommandLineOption reportStartup(u"report-startup"_s,
                                           u"Print the time to first paint and to the figures, then quit."_s);
    const QCommandLineOption language(
        u"language"_s, u"Language of the interface: system, en, zh_CN or zh_TW (else the saved preference)."_s,
        u"CODE"_s);
    const QCommandLineOption reportStalls(
        u"report-stalls"_s,
        u"Visit every page, print the longest time the window did not respond and each page's time to its "
        "figures, then quit."_s);
    parser.addOptions({demo, screenshots, size, reportStartup, reportStalls, language});
    parser.addPositionalArgument(u"workspace"_s, u"Workspace file to open."_s, u"[workspace]"_s);
    parser.process(app);

    // Before the first window: every string is translated as it is created.
    QString languageCode = mwb::ui::UiSettings::value(mwb::ui::UiSetting::Language).toString();
    if (parser.isSet(language)) {
        languageCode = parser.value(language);
        if (AppLanguage::normalised(languageCode).isEmpty()) {
            qWarning("Unknown language \"%s\": use system, en, zh_CN or zh_TW", qPrintable(languageCode));
            return 1;
        }
    }
    const QString normalisedCode = AppLanguage::normalised(languageCode);
    const QString installed = AppLanguage::install(&app, normalisedCode.isEmpty() ? u"system"_s : normalisedCode);
    mwb::ui::DisplayFormat::setIsoDates(mwb::ui::UiSettings::value(mwb::ui::UiSetting::IsoDates).toBool());

    mwb::ui::MainWindow window;
    if (parser.isSet(reportStartup))
        new StartupProbe(&window, window.session(), clock, installed, &app);
    if (parser.isSet(reportStalls))
        new ResponsivenessProbe(&window, clock, &app);
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(u'x');
        if (parts.size() == 2)
            window.resize(parts.at(0).toInt(), parts.at(1).toInt());
    }
    window.show();

    bool opened = true;
    if (!parser.positionalArguments().isEmpty())
        opened = window.openWorkspace(parser.positionalArguments().constFirst());
    else if (parser.isSet(demo))
        window.openDemoWorkspace();

    if (parser.isSet(screenshots)) {
        if (!opened)
            return 2;
        auto *tour = new ScreenshotTour(&window, parser.value(screenshots), &app);
        if (window.session()->isOpen())
            tour->start();
        else
            QObject::connect(&window, &mwb::ui::MainWindow::demoReady, tour, [tour, &app](bool ok) {
                if (ok)
                    tour->start();
                else
                    app.exit(2);
            });
    }
    return app.exec();
}
