// NewCampaignDialog: a campaign from a saved segment: name, channel, offer, send date,
// attribution window, costs, the share held out as the control group with its seed,
// stratification by lifecycle stage, the arms of an A/B/n test and the exclusions. A line under the form shows the
// treatment and control sizes and who is left out, planned on a worker thread a moment
// after each edit (an answer overtaken by a newer edit is dropped). OK creates the
// campaign; a refusal (a name already taken…) is shown in the dialog. Under the sizes, the
// plan's recent conversion rate and the smallest uplift the groups can show, with a warning
// when the control group is too small to show anything.
#pragma once

#include "campaigns/Campaign.h"
#include "campaigns/CampaignStore.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace mwb::ui {

class SegmentPicker;

class CampaignService;
class SegmentService;

class NewCampaignDialog : public QDialog
{
    Q_OBJECT

public:
    NewCampaignDialog(CampaignService *campaigns, SegmentService *segments, QWidget *parent = nullptr);

    // The campaign as the form describes it now.
    CampaignSpec spec() const;
    void setSegment(qint64 segmentId);

    // The plan shown, and the spec it was planned for; none before the first answer.
    const std::optional<CampaignPlan> &shownPlan() const { return m_plan; }
    const CampaignSpec &shownSpec() const { return m_shownSpec; }
    // An edit is waiting for its plan.
    bool previewPending() const { return m_pending; }
    QString previewText() const;
    QString powerText() const;
    bool powerWarningShown() const;
    QString errorText() const;
    // The campaign created by OK (0 until then).
    qint64 createdId() const { return m_createdId; }
    QPushButton *okButton() const;

    static QString planText(const CampaignPlan &plan);
    // The recent rate and the detectable uplift of a plan, or why there is none.
    static QString powerText(const CampaignPlan &plan);

public Q_SLOTS:
    void accept() override;

private:
    void edited();
    void requestPlan();
    void showError(const QString &error);
    void updateOk();

    CampaignService *m_campaigns;
    SegmentService *m_segments;
    QLineEdit *m_name;
    QComboBox *m_channel;
    QLineEdit *m_offer;
    SegmentPicker *m_segment;
    QDateEdit *m_sendDate;
    QSpinBox *m_window;
    QDoubleSpinBox *m_fixedCost;
    QDoubleSpinBox *m_costPerContact;
    QDoubleSpinBox *m_controlShare;
    QSpinBox *m_seed;
    QPushButton *m_newSeed;
    QCheckBox *m_stratify;
    QSpinBox *m_arms;
    QLineEdit *m_armNames;
    QLineEdit *m_armShares;
    QCheckBox *m_excludeContacted;
    QSpinBox *m_contactedDays;
    QCheckBox *m_excludeOptedOut;
    QCheckBox *m_excludeUnreachable;
    QString m_emptyReason; // why the last plan's treatment group is empty; empty when it is not
    QLabel *m_preview;
    QLabel *m_power;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QTimer *m_planTimer;

    std::optional<CampaignPlan> m_plan;
    CampaignSpec m_shownSpec;
    int m_minorPerMajor = 100;
    qint64 m_createdId = 0;
    bool m_pending = false;
    bool m_creating = false;
    bool m_shownPlanTooSmall = false;
};

} // namespace mwb::ui
