#include "StartupProbe.h"

#include "WorkspaceSession.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

#include <cstdio>

StartupProbe::StartupProbe(QWidget *window, mwb::ui::WorkspaceSession *session, const QElapsedTimer &clock,
                           const QString &language, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_language(language)
{
    window->installEventFilter(this);
    connect(session, &mwb::ui::WorkspaceSession::overviewChanged, this, [this] {
        m_figuresMs = m_clock.elapsed();
        finish();
    });
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_firstPaintMs < 0) {
        m_firstPaintMs = m_clock.elapsed();
        finish();
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::finish()
{
    if (m_firstPaintMs < 0 || m_figuresMs < 0)
        return;
    std::printf("{\"first_paint_ms\": %lld, \"figures_ms\": %lld, \"language\": \"%s\"}\n",
                static_cast<long long>(m_firstPaintMs), static_cast<long long>(m_figuresMs), qPrintable(m_language));
    std::fflush(stdout);
    QCoreApplication::quit();
}
