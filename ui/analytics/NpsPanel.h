// NpsPanel: Net Promoter Score month by month (the score as a line, the promoters,
// passives and detractors behind it in a table) and for a chosen saved segment (each
// customer's latest answer). Computed on worker threads.
#pragma once

#include "analytics/NpsReport.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace mwb::ui {

class SegmentPicker;

class NpsTrendChart;
class WorkspaceSession;
struct NpsMonthlyAnswer;
struct NpsSegmentAnswer;

class NpsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NpsPanel(WorkspaceSession *session, QWidget *parent = nullptr);

    NpsTrendChart *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    SegmentPicker *segmentCombo() const { return m_segment; }
    QLabel *segmentScore() const { return m_segmentScore; }
    QLabel *segmentCounts() const { return m_segmentCounts; }
    bool isMonthlyLoaded() const { return m_monthlyLoaded; }
    bool isSegmentLoaded() const { return m_segmentLoaded; }

    // "+23", "−4", "—" without answers.
    static QString scoreText(const NpsCounts &counts);

    void reload();
    void reloadSegments();

Q_SIGNALS:
    void monthlyShown();
    void segmentShown();

private:
    void showMonthly(const NpsMonthlyAnswer &answer);
    void segmentChosen();
    void showSegment(const NpsSegmentAnswer &answer);

    WorkspaceSession *m_session;
    NpsTrendChart *m_chart;
    QTableWidget *m_table;
    QLabel *m_monthlyStatus;
    SegmentPicker *m_segment;
    QLabel *m_segmentScore;
    QLabel *m_segmentCounts;
    bool m_monthlyLoaded = false;
    bool m_segmentLoaded = false;
    QJsonObject m_askedDefinition; // the segment (id and definition) last asked about
};

} // namespace mwb::ui
