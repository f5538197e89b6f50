// ClvModelPanel: the predictive lifetime-value model, a fit panel (BG/NBD and gamma-gamma
// up to a calibration end, checked against the holdout) above a scoring panel (every
// customer's predicted CLV, the stored scoring and its most valuable customers).
#pragma once

#include <QDate>
#include <QWidget>

namespace mwb::ui {

class ClvFitPanel;
class ClvScoringPanel;
class WorkspaceSession;

class ClvModelPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClvModelPanel(WorkspaceSession *session, QWidget *parent = nullptr);

    ClvFitPanel *fitPanel() const { return m_fit; }
    ClvScoringPanel *scoringPanel() const { return m_scoring; }

    void setDataRange(const QDate &first, const QDate &last);
    void setMargin(double share);
    // Loads the stored scoring again (storedShown() of the scoring panel follows).
    void reloadStored();
    bool isStoredLoaded() const;
    // A fit or a scoring is running.
    bool isBusy() const;
    void clear();

private:
    ClvFitPanel *m_fit;
    ClvScoringPanel *m_scoring;
};

} // namespace mwb::ui
