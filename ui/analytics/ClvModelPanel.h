// ClvModelPanel: the predictive lifetime-value model: fit BG/NBD and gamma-gamma up to a
// calibration end and check them against the holdout after it (parameters, holdout
// chart, tracking plot), then score every customer's predicted CLV for a horizon,
// discount rate and margin, with progress and Cancel. Both run on worker threads. The
// stored scoring (when, with which settings) and its most valuable customers are shown
// after each scoring and whenever the workspace is opened.
#pragma once

#include "analytics/ClvModel.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace mwb {
class JobProgress;
}

namespace mwb::ui {

class CustomerListDialog;
class HoldoutChart;
class MostValuableTable;
class TrackingChart;
class WorkspaceSession;
struct StoredClvAnswer;

class ClvModelPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClvModelPanel(WorkspaceSession *session, QWidget *parent = nullptr);

    // The calibration end follows the data (ClvModel::defaultCalibrationEnd) until the
    // user picks a date.
    void setDataRange(const QDate &first, const QDate &last);
    void setMargin(double share);

    QDateEdit *calibrationEdit() const { return m_calibration; }
    QComboBox *unitCombo() const { return m_unit; }
    QPushButton *fitButton() const { return m_fit; }
    QPushButton *scoreButton() const { return m_score; }
    QSpinBox *horizonSpin() const { return m_horizon; }
    QDoubleSpinBox *discountSpin() const { return m_discount; }
    QDoubleSpinBox *marginSpin() const { return m_margin; }
    HoldoutChart *holdoutChart() const { return m_holdout; }
    TrackingChart *trackingChart() const { return m_tracking; }
    // The label of a parameter: "r", "alpha", "a", "b", "ll", "p", "q", "gamma".
    QLabel *parameterLabel(const QString &name) const;
    QLabel *fitStatus() const { return m_fitStatus; }
    QLabel *scoreStatus() const { return m_scoreStatus; }
    QProgressBar *scoreProgress() const { return m_scoreProgress; }
    QPushButton *cancelButton() const { return m_cancel; }
    // Why the tracking plot is not drawn (empty when it is).
    QLabel *trackingNote() const { return m_trackingNote; }
    // "Scored … customers on … over … months…": the stored scoring (hidden before one).
    QLabel *lastScoring() const { return m_lastScoring; }
    MostValuableTable *mostValuableTable() const { return m_mostValuable; }
    bool isBusy() const { return m_busyJobs > 0; }
    bool isScoring() const { return m_scoring; }
    const ClvFitResult &lastFit() const { return m_lastFit; }
    bool hasFit() const { return m_hasFit; }
    const ClvPrediction &lastPrediction() const { return m_lastPrediction; }
    // The model of the stored scoring as last loaded; none before the first scoring.
    const std::optional<ClvModelInfo> &storedModel() const { return m_storedModel; }
    bool isStoredLoaded() const { return m_storedLoaded; }
    // The customer list opened last from the table (null once closed).
    CustomerListDialog *lastDrillDown() const;

    static constexpr int kMostValuableRows = 100;
    // The text of the stored scoring's line.
    static QString scoringText(const ClvModelInfo &model);

    ClvFitRequest fitRequest() const;
    ClvPredictRequest predictRequest() const;
    void fit();
    void score();
    // Asks the running scoring to stop; the stored values stay as they were.
    void cancelScoring();
    // Loads the stored scoring and its most valuable customers again; storedShown() follows.
    void reloadStored();
    // Opens the customer list of one customer of the table.
    void openCustomer(const ValuedCustomer &customer);
    void clear();

Q_SIGNALS:
    void fitShown();
    void scored();
    // The scoring ended without storing anything (cancelled or failed).
    void scoringStopped();
    void storedShown();

private:
    void showFit(const ClvFitResult &fit);
    // Shows a fit: just made, or `kept` with the workspace from an earlier session.
    void displayFit(const ClvFitResult &fit, bool kept);
    void showPrediction(const ClvPrediction &prediction);
    void showStored(const StoredClvAnswer &answer);
    void setScoring(bool scoring);
    void setBusy(bool busy);
    void addSection(QGridLayout *grid, const QString &title, QLabel *error);
    QLabel *addParameter(QGridLayout *grid, const QString &name, const QString &symbol, const QString &meaning);

    WorkspaceSession *m_session;
    QDateEdit *m_calibration;
    QComboBox *m_unit;
    QPushButton *m_fit;
    QProgressBar *m_busy;
    QLabel *m_fitStatus;
    QLabel *m_bgnbdError;
    QLabel *m_ggError;
    QList<QLabel *> m_parameters;
    QStringList m_parameterNames;
    HoldoutChart *m_holdout;
    TrackingChart *m_tracking;
    QSpinBox *m_horizon;
    QDoubleSpinBox *m_discount;
    QDoubleSpinBox *m_margin;
    QPushButton *m_score;
    QProgressBar *m_scoreProgress;
    QPushButton *m_cancel;
    QLabel *m_scoreStatus;
    QLabel *m_trackingNote;
    QLabel *m_lastScoring;
    MostValuableTable *m_mostValuable;
    QPointer<CustomerListDialog> m_drillDown;
    std::shared_ptr<JobProgress> m_progress; // of the running scoring
    ClvFitResult m_lastFit;
    ClvPrediction m_lastPrediction;
    std::optional<ClvModelInfo> m_storedModel;
    bool m_hasFit = false;
    bool m_scoring = false;
    bool m_storedLoaded = false;
    bool m_presetFromStored = true; // the next stored model sets horizon, discount and margin
    bool m_calibrationFromData = true;
    bool m_settingDate = false;
    int m_busyJobs = 0;
};

} // namespace mwb::ui
