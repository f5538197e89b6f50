#include "ResponsivenessProbe.h"

#include "MainWindow.h"
#include "WorkspaceSession.h"
#include "pages/WorkbenchPage.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

ResponsivenessProbe::ResponsivenessProbe(mwb::ui::MainWindow *window, const QElapsedTimer &clock, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_clock(clock)
{
    m_heartbeat.setTimerType(Qt::PreciseTimer);
    m_heartbeat.setInterval(kBeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &ResponsivenessProbe::beat);
    m_heartbeat.start();
    auto *session = m_window->session();
    auto figuresIn = [this] {
        m_figuresMs = m_clock.elapsed();
        visit(0);
    };
    if (session->loaded())
        QTimer::singleShot(0, this, figuresIn);
    else
        connect(session, &mwb::ui::WorkspaceSession::overviewChanged, this, figuresIn, Qt::SingleShotConnection);
}

void ResponsivenessProbe::beat()
{
    const qint64 now = m_clock.elapsed();
    if (m_lastBeat >= 0) {
        const qint64 stall = now - m_lastBeat - kBeatMs;
        if (stall >= kListedStallMs)
            m_stalls.append(QJsonObject{{u"during"_s, m_phase}, {u"ms"_s, double(stall)}, {u"at_ms"_s, double(now)}});
        if (stall > m_longestStall) {
            m_longestStall = stall;
            m_stallDuring = m_phase;
        }
    }
    m_lastBeat = now;
}

void ResponsivenessProbe::visit(int pageIndex)
{
    const auto pages = m_window->pages();
    if (pageIndex >= pages.size()) {
        finish();
        return;
    }
    mwb::ui::WorkbenchPage *page = pages.at(pageIndex);
    m_phase = page->pageId();
    const qint64 shownAt = m_clock.elapsed();
    m_window->showPage(page->pageId());
    auto done = std::make_shared<bool>(false);
    auto next = [this, page, pageIndex, shownAt, done] {
        if (*done)
            return;
        *done = true;
        m_pages.insert(page->pageId(), page->isReady() ? double(m_clock.elapsed() - shownAt) : -1.0);
        // A few beats on the page with its figures drawn, then the next.
        QTimer::singleShot(200, this, [this, pageIndex] { visit(pageIndex + 1); });
    };
    if (page->isReady()) {
        next();
        return;
    }
    connect(page, &mwb::ui::WorkbenchPage::ready, this, next, Qt::SingleShotConnection);
    QTimer::singleShot(kPageTimeoutMs, this, next);
}

void ResponsivenessProbe::finish()
{
    const QJsonObject report{
        {u"longest_stall_ms"_s, double(m_longestStall)},
        {u"stall_during"_s, m_stallDuring},
        {u"figures_ms"_s, double(m_figuresMs)},
        {u"pages_ms"_s, m_pages},
        {u"stalls"_s, m_stalls},
    };
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    QCoreApplication::quit();
}
