// CustomerValuePage: what customers are worth and what they say. "Lifetime value": the
// historical CLV with its formulas, the BG/NBD + gamma-gamma model fitted and checked
// against a holdout, scoring every customer's predicted CLV (which segments read) and
// the customers it values most.
// "Predictions": churn and purchase propensity models, trained, judged and scored.
// "Net Promoter Score": NPS by month and for a saved segment.
#pragma once

#include "WorkbenchPage.h"

class QLabel;
class QTabWidget;

namespace mwb::ui {

class ClvModelPanel;
class HistoricalClvPanel;
class NpsPanel;
class PredictionsPanel;
class WorkspaceSession;

class CustomerValuePage : public WorkbenchPage
{
    Q_OBJECT

public:
    explicit CustomerValuePage(WorkspaceSession *session, QWidget *parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    bool isReady() const override;

    HistoricalClvPanel *historical() const { return m_historical; }
    ClvModelPanel *model() const { return m_model; }
    NpsPanel *nps() const { return m_nps; }
    PredictionsPanel *predictions() const { return m_predictions; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void workspaceOpened();
    void reload();
    void checkReady();

    WorkspaceSession *m_session;
    QLabel *m_heading;
    QLabel *m_subheading;
    QTabWidget *m_tabs;
    HistoricalClvPanel *m_historical;
    ClvModelPanel *m_model;
    NpsPanel *m_nps;
    PredictionsPanel *m_predictions;
    bool m_readySent = false;
    bool m_stale = false; // figures changed while the page was hidden
};

} // namespace mwb::ui
