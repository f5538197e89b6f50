// CampaignReportView: the report of one campaign: its facts, the headline figures on
// cards (conversion of each group, uplift with its 95 % interval, p-value, incremental
// conversions and revenue, cost, ROI), the funnel of treatment against control, and the
// figures by lifecycle stage and by RFM segment; an A/B/n campaign's arms against the
// control group with the verdict. Says so when the attribution window is
// still open.
#pragma once

#include "campaigns/CampaignReport.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QTabWidget;

namespace mwb::ui {

class CampaignArmsTable;
class CampaignBreakdownTable;
class CampaignFunnelChart;
class KpiCard;

class CampaignReportView : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignReportView(QWidget *parent = nullptr);

    void setReport(const CampaignReportData &report, const QString &currency);
    // Shows no report, with `message` in its place.
    void clear(const QString &message = {});
    const std::optional<CampaignReportData> &report() const { return m_report; }

    // The card of a figure by its id (see CampaignReportText::kpis).
    KpiCard *card(const QString &id) const;
    CampaignFunnelChart *funnel() const { return m_funnel; }
    CampaignBreakdownTable *stageTable() const { return m_byStage; }
    CampaignBreakdownTable *rfmTable() const { return m_byRfm; }
    CampaignArmsTable *armsTable() const { return m_arms; }
    QString verdictText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrangeCards(int columns);

    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_windowNote;
    QLabel *m_groups;
    QGridLayout *m_cardGrid;
    int m_cardColumns = 0;
    QList<KpiCard *> m_cards;
    QStringList m_cardIds;
    QWidget *m_armsBox;
    QLabel *m_verdict;
    CampaignArmsTable *m_arms;
    CampaignFunnelChart *m_funnel;
    QTabWidget *m_breakdowns;
    CampaignBreakdownTable *m_byStage;
    CampaignBreakdownTable *m_byRfm;
    std::optional<CampaignReportData> m_report;
};

} // namespace mwb::ui
