// ClvFitPanel: fits BG/NBD and gamma-gamma up to a calibration end (ClvModel's default
// follows the data until the user picks a date) on a worker thread, and checks them
// against the holdout after it: the fitted parameters, the holdout chart and the tracking
// plot. A fit kept with the workspace is shown when it opens.
#pragma once

#include "analytics/ClvModel.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace mwb::ui {

class HoldoutChart;
class TrackingChart;
class WorkspaceSession;

class ClvFitPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClvFitPanel(WorkspaceSession *session, QWidget *parent = nullptr);

    // The calibration end follows the data (ClvModel::defaultCalibrationEnd) until the
    // user picks a date.
    void setDataRange(const QDate &first, const QDate &last);
    // The time unit both the fit and the scoring count in.
    TimeUnit unit() const;
    void setUnit(TimeUnit unit);
    // Shows the fit kept with the workspace (ClvFitRecord), unless one was fitted or is
    // being fitted since it opened.
    void showKeptFit(const ClvFitResult &fit);

    QDateEdit *calibrationEdit() const { return m_calibration; }
    QComboBox *unitCombo() const { return m_unit; }
    QPushButton *fitButton() const { return m_fit; }
    HoldoutChart *holdoutChart() const { return m_holdout; }
    TrackingChart *trackingChart() const { return m_tracking; }
    // The label of a parameter: "r", "alpha", "a", "b", "ll", "p", "q", "gamma".
    QLabel *parameterLabel(const QString &name) const;
    QLabel *fitStatus() const { return m_fitStatus; }
    // Why the tracking plot is not drawn (empty when it is).
    QLabel *trackingNote() const { return m_trackingNote; }
    bool isFitting() const { return m_fitting; }
    const ClvFitResult &lastFit() const { return m_lastFit; }
    bool hasFit() const { return m_hasFit; }

    ClvFitRequest fitRequest() const;
    void fit();
    void clear();

Q_SIGNALS:
    void fitShown();

private:
    void showFit(const ClvFitResult &fit);
    // Shows a fit: just made, or `kept` with the workspace from an earlier session.
    void displayFit(const ClvFitResult &fit, bool kept);
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
    QLabel *m_trackingNote;
    ClvFitResult m_lastFit;
    bool m_hasFit = false;
    bool m_fitting = false;
    bool m_calibrationFromData = true;
    bool m_settingDate = false;
};

} // namespace mwb::ui
