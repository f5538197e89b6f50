// JourneyFilterBar: the questions the Journeys page asks: which days the journeys start
// in (or all time), whose (a saved segment or everyone), over which channels, steps named
// by channel or by event type, with or without our own campaign contacts, and how many
// steps a path keeps. Fills its lists from the session (saved segments, the workspace's
// channels) and says changed() after every edit.
#pragma once

#include "journeys/JourneyAnalyzer.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QListWidget;
class QSpinBox;
class QToolButton;

namespace mwb::ui {

class SegmentPicker;

class WorkspaceSession;

class JourneyFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit JourneyFilterBar(WorkspaceSession *session, QWidget *parent = nullptr);

    // The filter as chosen; `error` tells why a chosen segment cannot be used.
    JourneyFilter filter(QString *error = nullptr) const;
    // Reads the saved segments and the workspace's channels again; `first`..`last` are the
    // days of the data, what the date fields offer.
    void reload(const QDate &first, const QDate &last);

    QCheckBox *allTimeBox() const { return m_allTime; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    SegmentPicker *segmentCombo() const { return m_segment; }
    QListWidget *channelList() const { return m_channels; }
    QComboBox *stepCombo() const { return m_step; }
    QCheckBox *campaignBox() const { return m_campaigns; }
    QSpinBox *maxStepsBox() const { return m_maxSteps; }

Q_SIGNALS:
    void changed();

private:
    void reloadSegments();
    void setChannels(const QStringList &channels);
    void updateChannelButton();

    WorkspaceSession *m_session;
    QCheckBox *m_allTime;
    QDateEdit *m_from;
    QDateEdit *m_to;
    SegmentPicker *m_segment;
    QToolButton *m_channelButton;
    QListWidget *m_channels;
    QComboBox *m_step;
    QCheckBox *m_campaigns;
    QSpinBox *m_maxSteps;
};

} // namespace mwb::ui
