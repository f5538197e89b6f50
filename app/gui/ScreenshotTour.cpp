#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "WorkspaceSession.h"
#include "pages/WorkbenchPage.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

ScreenshotTour::ScreenshotTour(mwb::ui::MainWindow *window, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_folder(folder)
{
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_folder);
    auto *session = m_window->session();
    auto begin = [this] { QTimer::singleShot(800, this, [this] { capture(0); }); };
    if (session->loaded())
        begin();
    else
        connect(session, &mwb::ui::WorkspaceSession::overviewChanged, this, begin, Qt::SingleShotConnection);
}

void ScreenshotTour::capture(int pageIndex)
{
    const auto pages = m_window->pages();
    if (pageIndex >= pages.size()) {
        QCoreApplication::quit();
        return;
    }
    mwb::ui::WorkbenchPage *page = pages.at(pageIndex);
    m_window->showPage(page->pageId());
    // Give charts one round of layout and painting before the grab.
    QTimer::singleShot(500, this, [this, page, pageIndex] {
        const QString file = QDir(m_folder).filePath(page->pageId() + u".png"_s);
        const bool saved = m_window->grab().save(file);
        std::fprintf(stderr, "%s %s\n", saved ? "saved" : "FAILED", qPrintable(QDir::toNativeSeparators(file)));
        capture(pageIndex + 1);
    });
}
