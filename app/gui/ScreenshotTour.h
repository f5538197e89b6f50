// ScreenshotTour: visits every page once its figures have loaded, saves a PNG of the
// window for each into a folder and quits. Drives docs/screenshots/ and lets a person
// (or a script) see what the application shows without clicking through it.
#pragma once

#include <QObject>
#include <QString>

namespace mwb::ui {
class MainWindow;
class WorkbenchPage;
}

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

    mwb::ui::MainWindow *m_window;
    QString m_folder;
};
