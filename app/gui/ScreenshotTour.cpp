#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "WorkspaceSession.h"
#include "pages/WorkbenchPage.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QTimer>

#include <cstdio>
#include <memory>

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
    // Grab once the page shows its figures (those loaded in the background included), or
    // after a generous wait so one slow page cannot stall the tour.
    auto taken = std::make_shared<bool>(false);
    auto grabWhenReady = [this, page, pageIndex, taken] {
        if (*taken)
            return;
        *taken = true;
        grabPage(page, pageIndex);
    };
    if (page->isReady()) {
        grabWhenReady();
        return;
    }
    connect(page, &mwb::ui::WorkbenchPage::ready, this, grabWhenReady, Qt::SingleShotConnection);
    QTimer::singleShot(kReadyTimeoutMs, this, grabWhenReady);
}

void ScreenshotTour::grabPage(mwb::ui::WorkbenchPage *page, int pageIndex)
{
    // Give charts one round of layout and painting before the grab.
    QTimer::singleShot(500, this, [this, page, pageIndex] {
        const QString file = QDir(m_folder).filePath(page->pageId() + u".png"_s);
        const bool saved = m_window->grab().save(file);
        std::fprintf(stderr, "%s %s%s\n", saved ? "saved" : "FAILED", qPrintable(QDir::toNativeSeparators(file)),
                     page->isReady() ? "" : " (before its figures loaded)");
        capture(pageIndex + 1);
    });
}
