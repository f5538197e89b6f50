// ClvScoringPanel: scores every customer's predicted CLV for a horizon, discount rate and
// margin (in the fit panel's time unit) on a worker thread, with progress and Cancel. The
// stored scoring (when, with which settings) and its most valuable customers are shown
// after each scoring and whenever the workspace is opened; opening also starts the
// controls from the stored settings and shows the fit kept with the workspace.
#pragma once

#include "analytics/ClvModel.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace mwb {
class JobProgress;
}

namespace mwb::ui {

class ClvFitPanel;
class CustomerListDialog;
class MostValuableTable;
class WorkspaceSession;
struct StoredClvAnswer;

class ClvScoringPanel : public QWidget
{
    Q_OBJECT

public:
    ClvScoringPanel(WorkspaceSession *session, ClvFitPanel *fit, QWidget *parent = nullptr);

    void setMargin(double share);

    QPushButton *scoreButton() const { return m_score; }
    QSpinBox *horizonSpin() const { return m_horizon; }
    QDoubleSpinBox *discountSpin() const { return m_discount; }
    QDoubleSpinBox *marginSpin() const { return m_margin; }
    QLabel *scoreStatus() const { return m_scoreStatus; }
    QProgressBar *scoreProgress() const { return m_scoreProgress; }
    QPushButton *cancelButton() const { return m_cancel; }
    // "Scored … customers on … over … months…": the stored scoring (hidden before one).
    QLabel *lastScoring() const { return m_lastScoring; }
    MostValuableTable *mostValuableTable() const { return m_mostValuable; }
    bool isScoring() const { return m_scoring; }
    const ClvPrediction &lastPrediction() const { return m_lastPrediction; }
    // The model of the stored scoring as last loaded; none before the first scoring.
    const std::optional<ClvModelInfo> &storedModel() const { return m_storedModel; }
    bool isStoredLoaded() const { return m_storedLoaded; }
    // The customer list opened last from the table (null once closed).
    CustomerListDialog *lastDrillDown() const;

    static constexpr int kMostValuableRows = 100;
    // The text of the stored scoring's line.
    static QString scoringText(const ClvModelInfo &model);

    ClvPredictRequest predictRequest() const;
    void score();
    // Asks the running scoring to stop; the stored values stay as they were.
    void cancelScoring();
    // Loads the stored scoring and its most valuable customers again; storedShown() follows.
    void reloadStored();
    // Opens the customer list of one customer of the table.
    void openCustomer(const ValuedCustomer &customer);
    void clear();

Q_SIGNALS:
    void scored();
    // The scoring ended without storing anything (cancelled or failed).
    void scoringStopped();
    void storedShown();

private:
    void showPrediction(const ClvPrediction &prediction);
    void showStored(const StoredClvAnswer &answer);
    void setScoring(bool scoring);

    WorkspaceSession *m_session;
    ClvFitPanel *m_fit;
    QSpinBox *m_horizon;
    QDoubleSpinBox *m_discount;
    QDoubleSpinBox *m_margin;
    QPushButton *m_score;
    QProgressBar *m_scoreProgress;
    QPushButton *m_cancel;
    QLabel *m_scoreStatus;
    QLabel *m_lastScoring;
    MostValuableTable *m_mostValuable;
    QPointer<CustomerListDialog> m_drillDown;
    std::shared_ptr<JobProgress> m_progress; // of the running scoring
    ClvPrediction m_lastPrediction;
    std::optional<ClvModelInfo> m_storedModel;
    bool m_scoring = false;
    bool m_storedLoaded = false;
    bool m_presetFromStored = true; // the next stored model sets horizon, discount, margin and unit
};

} // namespace mwb::ui
