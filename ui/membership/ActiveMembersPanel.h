// ActiveMembersPanel: the active member rate of the Members page: a line for every member
// and one per tier by month, the window of days chosen (90 unless changed) and the months
// shown, with the campaigns' send days marked; its definition stated below the chart.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTimer;

namespace mwb::ui {

class ActiveMemberChart;
class WorkspaceSession;
struct ActiveMembersAnswer;

class ActiveMembersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActiveMembersPanel(WorkspaceSession *session, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    ActiveMemberChart *chart() const { return m_chart; }
    QSpinBox *windowEdit() const { return m_window; }
    QCheckBox *byTierCheck() const { return m_byTier; }
    QLabel *captionLabel() const { return m_caption; }

    void reload();

Q_SIGNALS:
    void figuresShown();

private:
    void showFigures(const ActiveMembersAnswer &answer);

    WorkspaceSession *m_session;
    QSpinBox *m_window;
    QComboBox *m_months;
    QCheckBox *m_byTier;
    ActiveMemberChart *m_chart;
    QLabel *m_status;
    QLabel *m_caption;
    QTimer *m_reloadTimer;
    bool m_loaded = false;
};

} // namespace mwb::ui
