// JobProgress: how work on a worker thread reports to a window and hears a cancel.
// report() may be called from any thread as often as convenient; progressed() reaches
// the receivers at most every 50 ms, queued to their thread.
#pragma once

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>

#include <atomic>

namespace mwb {

class JobProgress : public QObject
{
    Q_OBJECT

public:
    explicit JobProgress(QObject *parent = nullptr);

    void report(qint64 done, qint64 total, qint64 items);
    void cancel() { m_cancel = true; }
    bool cancelRequested() const { return m_cancel.load(); }
    const std::atomic_bool *cancelFlag() const { return &m_cancel; }
    // Milliseconds since the job started (the first report or reset()).
    qint64 elapsed() const;
    void reset();

Q_SIGNALS:
    void progressed(qint64 done, qint64 total, qint64 items);

private:
    std::atomic_bool m_cancel = false;
    mutable QMutex m_mutex;
    QElapsedTimer m_started;
    qint64 m_lastEmit = -1000;
};

} // namespace mwb
