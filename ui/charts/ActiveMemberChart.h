// ActiveMemberChart: the active member rate by month, a line for every member and one for
// each tier, with a mark at each campaign's send day (hover it for the campaign; a solid
// mark held a control group, so its report gives the part the campaign caused).
#pragma once

#include "membership/ActiveMembers.h"

#include <QChartView>

class QLineSeries;

namespace mwb::ui {

class ActiveMemberChart : public QChartView
{
    Q_OBJECT

public:
    explicit ActiveMemberChart(QWidget *parent = nullptr);

    void setSeries(const ActiveMemberSeries &series);
    const ActiveMemberSeries &series() const { return m_series; }
    // What is drawn; for tests.
    int lineCount() const { return m_lines; }
    int markCount() const { return m_marks; }
    // The tooltip of the campaign mark at `index` (in send order).
    QString markToolTip(int index) const;

    static QColor overallColor();
    static QColor tierColor(int index);

private:
    ActiveMemberSeries m_series;
    int m_lines = 0;
    int m_marks = 0;
};

} // namespace mwb::ui
