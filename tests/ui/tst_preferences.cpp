// The Preferences dialog driven offscreen: what it stores (language, the region and
// currency new workspaces get, whether changes are confirmed, the open workspace's phone
// region) and what follows from it: a new workspace made from the File menu carries the
// chosen region and currency, and with confirmations off nothing is asked.
#include "DisplayFormat.h"
#include "MainWindow.h"
#include "UiSettings.h"
#include "WorkspaceSession.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "dialogs/NewWorkspaceDialog.h"
#include "dialogs/PreferencesDialog.h"

#include "demo/DemoGenerator.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Database.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mwb;
using namespace mwb::ui;

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init()
    {
        QSettings().clear();
        MessageBox::forgetNextAnswers();
    }
    void storesTheApplicationPreferences();
    void newWorkspacesGetTheChosenRegionAndCurrency();
    void workspaceRegionAndLifecycleRules();
    void confirmationsCanBeTurnedOff();
    void datesFollowTheLocaleOrIso();
    void languageSurvivesARestart();
    void preferencesOpenWithCtrlComma();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

namespace {

void choose(QComboBox *combo, const QString &data)
{
    QVERIFY(combo);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

} // namespace

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"MarketingWorkbenchTest"_s);
    QCoreApplication::setApplicationName(u"tst_preferences"_s);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.mwb"_s);
    DemoOptions options;
    options.customers = 300;
    QVERIFY(DemoGenerator::create(m_demo, options).error.ok());
}

void TestPreferences::storesTheApplicationPreferences()
{
    PreferencesDialog dialog(nullptr);
    QCOMPARE(PreferencesDialog::languageCodes(), (QStringList{u"system"_s, u"en"_s, u"zh_CN"_s, u"zh_TW"_s}));
    auto *note = dialog.findChild<QLabel *>(u"preferencesRestartNote"_s);
    dialog.show();
    QVERIFY(!note->isVisible());
    choose(dialog.findChild<QComboBox *>(u"preferencesLanguage"_s), u"zh_TW"_s);
    QVERIFY(note->isVisible()); // applies at the next start
    choose(dialog.findChild<QComboBox *>(u"preferencesNewRegion"_s), u"HK"_s);
    choose(dialog.findChild<QComboBox *>(u"preferencesNewCurrency"_s), u"HKD"_s);
    dialog.findChild<QCheckBox *>(u"preferencesConfirm"_s)->setChecked(false);
    dialog.accept();
    QCOMPARE(UiSettings::value(UiSetting::Language).toString(), u"zh_TW"_s);
    QCOMPARE(UiSettings::value(UiSetting::NewWorkspaceRegion).toString(), u"HK"_s);
    QCOMPARE(UiSettings::value(UiSetting::NewWorkspaceCurrency).toString(), u"HKD"_s);
    QCOMPARE(UiSettings::value(UiSetting::ConfirmChanges).toBool(), false);

    // Cancel stores nothing.
    PreferencesDialog again(nullptr);
    QCOMPARE(again.findChild<QComboBox *>(u"preferencesLanguage"_s)->currentData().toString(), u"zh_TW"_s);
    choose(again.findChild<QComboBox *>(u"preferencesLanguage"_s), u"en"_s);
    again.reject();
    QCOMPARE(UiSettings::value(UiSetting::Language).toString(), u"zh_TW"_s);
}

void TestPreferences::newWorkspacesGetTheChosenRegionAndCurrency()
{
    UiSettings::setValue(UiSetting::NewWorkspaceRegion, u"SG"_s);
    UiSettings::setValue(UiSetting::NewWorkspaceCurrency, u"SGD"_s);
    // The dialog New Workspace asks proposes the preferences.
    {
        NewWorkspaceDialog dialog(u"fresh.mwb"_s, u"SG"_s, u"SGD"_s);
        QCOMPARE(dialog.choice().region, u"SG"_s);
        QCOMPARE(dialog.choice().currency, u"SGD"_s);
        choose(dialog.findChild<QComboBox *>(u"pickCurrency"_s), u"EUR"_s);
        QCOMPARE(dialog.choice().currency, u"EUR"_s);
    }
    MainWindow window;
    window.show();
    // Cancelled: nothing is made.
    const QString cancelled = m_dir.filePath(u"cancelled.mwb"_s);
    FileDialog::setNextFileName(cancelled);
    NewWorkspaceDialog::setNextChoice(std::nullopt);
    window.findChild<QAction *>(u"actionNew"_s)->trigger();
    QVERIFY(!window.session()->isOpen());
    QVERIFY(!QFile::exists(cancelled));
    // What the user chose in it is what the workspace gets.
    const QString path = m_dir.filePath(u"fresh.mwb"_s);
    FileDialog::setNextFileName(path);
    NewWorkspaceDialog::setNextChoice(NewWorkspaceDialog::Choice{u"GB"_s, u"GBP"_s});
    window.findChild<QAction *>(u"actionNew"_s)->trigger();
    QVERIFY(window.session()->isOpen());
    QCOMPARE(window.session()->region(), u"GB"_s);
    QCOMPARE(window.session()->currency(), u"GBP"_s);
    window.session()->close();
    auto opened = Workspace::open(path);
    QCOMPARE(opened.workspace->region(), u"GB"_s);
    QCOMPARE(opened.workspace->currency(), u"GBP"_s);
}

void TestPreferences::workspaceRegionAndLifecycleRules()
{
    const QString path = m_dir.filePath(u"region.mwb"_s);
    QFile::remove(path);
    QVERIFY(QFile::copy(m_demo, path));
    WorkspaceSession session;
    QVERIFY(session.open(path).ok());
    PreferencesDialog dialog(&session);
    QCOMPARE(dialog.findChild<QComboBox *>(u"preferencesCurrency"_s)->currentData().toString(), session.currency());
    choose(dialog.findChild<QComboBox *>(u"preferencesRegion"_s), u"TW"_s);
    dialog.accept();
    QCOMPARE(session.region(), u"TW"_s);
    session.close();
    QCOMPARE(Workspace::open(path).workspace->region(), u"TW"_s);

    // The currency is a label: CNY to HKD (both in hundredths) keeps every amount as it is.
    QVERIFY(session.open(path).ok());
    const qint64 revenue = [&] {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
        return db.execAndGet("SELECT sum(amount_minor) FROM transactions").getInt64();
    }();
    PreferencesDialog currency(&session);
    choose(currency.findChild<QComboBox *>(u"preferencesCurrency"_s), u"HKD"_s);
    currency.accept();
    QCOMPARE(session.currency(), u"HKD"_s);
    QVERIFY(session.isOpen());
    {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
        QCOMPARE(db.execAndGet("SELECT sum(amount_minor) FROM transactions").getInt64(), revenue);
    }
    // To JPY (no minor unit) every amount would read a hundred times larger: refused, said why.
    PreferencesDialog yen(&session);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    choose(yen.findChild<QComboBox *>(u"preferencesCurrency"_s), u"JPY"_s);
    yen.accept();
    QVERIFY2(MessageBox::lastText().contains(u"minor units"_s), qPrintable(MessageBox::lastText()));
    QCOMPARE(session.currency(), u"HKD"_s);
    session.close();

    QVERIFY(session.open(path).ok());
    PreferencesDialog rules(&session);
    QSignalSpy asked(&rules, &PreferencesDialog::lifecycleRulesRequested);
    rules.show();
    QTest::mouseClick(rules.findChild<QPushButton *>(u"preferencesLifecycleRules"_s), Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    QVERIFY(!rules.isVisible());
}

void TestPreferences::confirmationsCanBeTurnedOff()
{
    // On (the default): the question is asked, and No means no.
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!MessageBox::confirm(nullptr, u"Delete"_s, u"Delete it?"_s));
    QCOMPARE(MessageBox::lastText(), u"Delete it?"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(MessageBox::confirm(nullptr, u"Delete"_s, u"Delete this one?"_s));
    // Off: no question, go ahead (an answer given in advance is not used).
    UiSettings::setValue(UiSetting::ConfirmChanges, false);
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(MessageBox::confirm(nullptr, u"Delete"_s, u"Never asked"_s));
    QVERIFY(MessageBox::lastText() != u"Never asked"_s);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestPreferences::datesFollowTheLocaleOrIso()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QDate day(2024, 5, 7);
    // By default as the locale writes a day, with the whole year: 5/7/2024 in the US.
    DisplayFormat::setIsoDates(false);
    QCOMPARE(DisplayFormat::date(day), u"5/7/2024"_s);
    {
        PreferencesDialog dialog(nullptr);
        auto *iso = dialog.findChild<QCheckBox *>(u"preferencesIsoDates"_s);
        QVERIFY(iso);
        QVERIFY(!iso->isChecked());
        QVERIFY(iso->text().contains(u"2024-05-07"_s));
        iso->setChecked(true);
        dialog.accept();
    }
    QCOMPARE(UiSettings::value(UiSetting::IsoDates).toBool(), true);
    QCOMPARE(DisplayFormat::date(day), u"2024-05-07"_s);
    // Date fields write days the same way as the labels.
    QCOMPARE(DisplayFormat::dateFormat(), u"yyyy-MM-dd"_s);
    {
        PreferencesDialog dialog(nullptr);
        auto *iso = dialog.findChild<QCheckBox *>(u"preferencesIsoDates"_s);
        QVERIFY(iso->isChecked());
        iso->setChecked(false);
        dialog.accept();
    }
    QCOMPARE(DisplayFormat::date(day), u"5/7/2024"_s);
    QLocale::setDefault(before);
}

// The language chosen in Preferences is the one the application starts in next time: the
// real application, started afresh with the settings this test wrote, reports it.
void TestPreferences::languageSurvivesARestart()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    for (const QString &language : {u"zh_CN"_s, u"zh_TW"_s, u"en"_s}) {
        {
            MainWindow window;
            PreferencesDialog dialog(window.session(), &window);
            choose(dialog.findChild<QComboBox *>(u"preferencesLanguage"_s), language);
            dialog.accept();
        }
        // The settings file as this process left it, where the application looks for its own.
        QSettings settings;
        settings.sync();
        const QString target = config.filePath(u"MarketingWorkbench/Marketing Workbench.conf"_s);
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        QFile::remove(target);
        QVERIFY(QFile::copy(settings.fileName(), target));
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"LANGUAGE"_s, u"en"_s); // the system's language is not what is chosen
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(MWB_GUI_PATH), {m_demo, u"--report-startup"_s});
        QVERIFY(app.waitForFinished(60000));
        const QJsonObject report = QJsonDocument::fromJson(app.readAllStandardOutput()).object();
        QCOMPARE(report.value(u"language"_s).toString(), language);
    }
}

void TestPreferences::preferencesOpenWithCtrlComma()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(u"actionPreferences"_s);
    QVERIFY(action);
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    // The key opens the dialog (closed again at once by a timer).
    bool opened = false;
    QTimer::singleShot(0, &window, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<PreferencesDialog *>(w)) {
                opened = true;
                dialog->reject();
            }
        }
    });
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    QVERIFY(opened);
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
