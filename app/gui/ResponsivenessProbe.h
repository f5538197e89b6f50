// ResponsivenessProbe: how long the window stays unresponsive while it opens a workspace
// and the analyst visits every page. A heartbeat timer on the GUI thread beats every few
// milliseconds; the longest gap between two beats, less the interval, is the longest time
// the event loop did not turn (no click, key or paint could be handled). The probe waits
// for the Overview's figures, then shows each page in turn until its figures are in (or a
// minute passes), prints one JSON line — the longest stall, the page it happened on, when
// the figures appeared, each page's time to its figures and every stall of 50 ms or more —
// and quits. Used by the scale
// benchmark (tests/bench/bench_scale.sh).
#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

namespace mwb::ui {
class MainWindow;
}

class ResponsivenessProbe : public QObject
{
    Q_OBJECT

public:
    // `clock` was started when main() began.
    ResponsivenessProbe(mwb::ui::MainWindow *window, const QElapsedTimer &clock, QObject *parent = nullptr);

private:
    void beat();
    void visit(int pageIndex);
    void finish();

    static constexpr int kBeatMs = 5;
    static constexpr int kPageTimeoutMs = 60000;
    static constexpr int kListedStallMs = 50;

    mwb::ui::MainWindow *m_window;
    QElapsedTimer m_clock;
    QTimer m_heartbeat;
    qint64 m_lastBeat = -1;
    qint64 m_longestStall = 0;
    QString m_stallDuring;
    QString m_phase = QStringLiteral("start");
    qint64 m_figuresMs = -1;
    QJsonObject m_pages;
    QJsonArray m_stalls; // every stall of kListedStallMs or more: page, length, when
};
