// ClvModelPanel: the predictive lifetime-value model: fit BG/NBD and gamma-gamma up to a
// calibration end and check them against the holdout after it (parameters, holdout
// chart, tracking plot), then score every customer's predicted CLV for a horizon,
// discount rate and margin. Both run on worker threads behind a busy indicator.
#pragma once

#include "analytics/ClvModel.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace mwb::ui {

class HoldoutChart;
class TrackingChart;
class WorkspaceSession;

class ClvModelPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClvModelPanel(WorkspaceSession *session, QWidget *parent = nullptr);

    // The calibration end that suits data from `first` to `last`: a year before the last
    // day, or halfway when the data covers less than two years.
    static QDate defaultCalibrationEnd(const QDate &first, const QDate &last);
    // Follows the data until the user picks a date.
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
    bool isBusy() const { return m_busyJobs > 0; }
    const ClvFitResult &lastFit() const { return m_lastFit; }
    bool hasFit() const { return m_hasFit; }
    const ClvPrediction &lastPrediction() const { return m_lastPrediction; }

    ClvFitRequest fitRequest() const;
    ClvPredictRequest predictRequest() const;
    void fit();
    void score();
    void clear();

Q_SIGNALS:
    void fitShown();
    void scored();

private:
    void showFit(const ClvFitResult &fit);
    void showPrediction(const ClvPrediction &prediction);
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
    QLabel *m_scoreStatus;
    ClvFitResult m_lastFit;
    ClvPrediction m_lastPrediction;
    bool m_hasFit = false;
    bool m_calibrationFromData = true;
    bool m_settingDate = false;
    int m_busyJobs = 0;
};

} // namespace mwb::ui
