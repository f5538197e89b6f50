// SegmentPicker: the saved segments of the workspace in a combo box, by name, optionally
// after "All customers" and with each segment's count when last counted. reload() lists
// them again keeping the one chosen. Used wherever a figure or a campaign is narrowed to
// a segment (journeys, NPS, new campaigns).
#pragma once

#include <QComboBox>

namespace mwb::ui {

class SegmentService;

class SegmentPicker : public QComboBox
{
    Q_OBJECT

public:
    enum class Everyone {
        Offered,   // the first entry, "All customers" (segmentId() 0)
        NotOffered // a segment must be chosen
    };
    enum class Counts {
        Hidden,
        Shown // "Repeat buyers (1,204 when last counted)"
    };

    SegmentPicker(SegmentService *segments, Everyone everyone, Counts counts = Counts::Hidden,
                  QWidget *parent = nullptr);

    // Lists the saved segments again without signalling, keeping the one chosen when it is
    // still saved (else the first entry); false when it is gone.
    bool reload();
    static constexpr qint64 kEveryone = 0;
    // The chosen segment; kEveryone for "All customers" or nothing chosen.
    qint64 segmentId() const;
    // Chooses a segment; false when it is not listed.
    bool setSegmentId(qint64 id);

private:
    SegmentService *m_segments;
    Everyone m_everyone;
    Counts m_counts;
};

} // namespace mwb::ui
