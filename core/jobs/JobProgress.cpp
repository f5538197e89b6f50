#include "JobProgress.h"

namespace mwb {

JobProgress::JobProgress(QObject *parent)
    : QObject(parent)
{
    m_started.start();
}

void JobProgress::reset()
{
    QMutexLocker lock(&m_mutex);
    m_cancel = false;
    m_started.restart();
    m_lastEmit = -1000;
}

qint64 JobProgress::elapsed() const
{
    QMutexLocker lock(&m_mutex);
    return m_started.elapsed();
}

void JobProgress::report(qint64 done, qint64 total, qint64 items)
{
    {
        QMutexLocker lock(&m_mutex);
        const qint64 now = m_started.elapsed();
        if (now - m_lastEmit < 50 && done < total)
            return;
        m_lastEmit = now;
    }
    Q_EMIT progressed(done, total, items);
}

} // namespace mwb
