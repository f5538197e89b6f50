// StartupProbe: measures how long the window takes to show itself (first paint) and to
// show the workspace's figures, prints both as one JSON line with the language the
// interface started in, and quits. Used by the startup benchmark (tests/bench/bench_startup.sh)
// and by the test that restarts the application.
#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace mwb::ui {
class WorkspaceSession;
}

class StartupProbe : public QObject
{
    Q_OBJECT

public:
    // `clock` was started when main() began.
    StartupProbe(QWidget *window, mwb::ui::WorkspaceSession *session, const QElapsedTimer &clock,
                 const QString &language, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finish();

    QElapsedTimer m_clock;
    qint64 m_firstPaintMs = -1;
    qint64 m_figuresMs = -1;
    QString m_language;
};
