// PredictionsPanel: churn and purchase propensity models (models/PropensityModel.h). The
// analyst picks the target, the horizon and the algorithm, trains on a worker thread with
// progress and Cancel, and reads how the model did on the later, held-out stretch of the
// data: AUC, precision, recall and F1 at the threshold, the base rate and the lift in the
// top decile, said in plain words ("of the 10 % the model ranks highest, 41 % churned,
// against 12 % overall"), the gain chart, the calibration by decile and every feature with
// its weight. Scoring stores each customer's score (the segment fields churn_score and
// purchase_score). The stored model of the target is shown whenever the workspace opens.
#pragma once

#include "models/PropensityModel.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace mwb {
class JobProgress;
}

namespace mwb::ui {

class KpiCard;
class ModelGainChart;
class WorkspaceSession;

class PredictionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PredictionsPanel(WorkspaceSession *session, QWidget *parent = nullptr);

    ModelTrainRequest trainRequest() const;
    void setTarget(ModelTarget target);
    void setAlgorithm(ModelAlgorithm algorithm);
    void train();
    void score();
    void cancel();
    // Loads the stored model of the chosen target; storedShown() follows.
    void reloadStored();
    void clear();

    bool isBusy() const { return m_busy; }
    bool isStoredLoaded() const { return m_storedLoaded; }
    // The model shown: the last trained or the stored one; none before either.
    const std::optional<ModelReport> &shownModel() const { return m_model; }
    const std::optional<ModelScoring> &lastScoring() const { return m_scoring; }
    KpiCard *card(const QString &id) const;
    QString summaryText() const;
    QString statusText() const;
    QTableWidget *calibrationTable() const { return m_calibration; }
    QTableWidget *featureTable() const { return m_features; }
    ModelGainChart *gainChart() const { return m_gain; }
    QPushButton *trainButton() const { return m_train; }
    QPushButton *scoreButton() const { return m_score; }

    // "Of the 10 % the model ranks highest, 41 % churned, against 12 % overall."
    static QString plainSummary(const ModelReport &model);
    // What was trained on what, and judged on what.
    static QString periodsText(const ModelReport &model);
    // A feature's name in words ("Orders, last 90 days"; docs/MODELS.md defines each), or the
    // name itself for one it does not know.
    static QString featureLabel(const QString &name);

Q_SIGNALS:
    void trained();
    void scored();
    void stopped();
    void storedShown();

private:
    void setBusy(bool busy, const QString &status);
    void show(const std::optional<ModelReport> &model);
    void setCards(const ModelReport &model);

    WorkspaceSession *m_session;
    QComboBox *m_target;
    QSpinBox *m_horizon;
    QComboBox *m_algorithm;
    QPushButton *m_train;
    QPushButton *m_score;
    QPushButton *m_cancel;
    QProgressBar *m_progressBar;
    QLabel *m_status;
    QLabel *m_definition;
    QLabel *m_periods;
    QLabel *m_summary;
    QList<KpiCard *> m_cards;
    QStringList m_cardIds;
    ModelGainChart *m_gain;
    QTableWidget *m_calibration;
    QTableWidget *m_features;
    QLabel *m_featuresCaption;
    std::shared_ptr<JobProgress> m_progress;
    std::optional<ModelReport> m_model;
    std::optional<ModelScoring> m_scoring;
    bool m_busy = false;
    bool m_storedLoaded = false;
};

} // namespace mwb::ui
