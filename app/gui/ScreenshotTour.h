// ScreenshotTour: visits every page once its figures have loaded, saves a PNG of the
// window for each into a folder and quits. Drives docs/screenshots/ and lets a person
// (or a script) see what the application shows without clicking through it (the Customer
// value page once its model is fitted; the Members page's Active members tab beside it).
// Then opens the New Campaign dialog on the first saved segment and saves it with its live
// split, and the profile of one of the demo's Champions with the most orders (a long
// journey; a Chinese name where one is near the top).
#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace mwb::ui {
class MainWindow;
class NewCampaignDialog;
class WorkbenchPage;
} // namespace mwb::ui

class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(mwb::ui::MainWindow *window, const QString &folder, QObject *parent = nullptr);
    void start();

private:
    static constexpr int kReadyTimeoutMs = 30000;

    void capture(int pageIndex);
    void grabPage(mwb::ui::WorkbenchPage *page, int pageIndex);
    void captureNewCampaign();
    void captureProfile();
    void save(QWidget *widget, const QString &name);

    mwb::ui::MainWindow *m_window;
    QString m_folder;
};
