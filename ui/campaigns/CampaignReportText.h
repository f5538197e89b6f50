// CampaignReportText: a campaign report in words and formatted figures, one place for
// the report view, the comparison table and the PDF, so all three say the same. Figures
// that are not defined (no control group, no cost, nobody converted) read "—".
#pragma once

#include "campaigns/CampaignReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace mwb::ui {

struct KpiText
{
    QString id; // stable: "treatmentRate", "uplift", …
    QString caption;
    QString value;
    QString detail;
};

class CampaignReportText
{
    Q_DECLARE_TR_FUNCTIONS(CampaignReportText)

public:
    // The headline figures, in the order the view lays them out.
    static QList<KpiText> kpis(const CampaignReportData &report, const QString &currency);
    static KpiText kpi(const CampaignReportData &report, const QString &currency, const QString &id);

    // "Email · sent 2026-03-01 · 14-day window · offer …"
    static QString facts(const CampaignReportData &report, const QString &currency);
    // Empty when the window has closed; else what it means for the figures.
    static QString windowNote(const CampaignReportData &report);
    // An A/B/n campaign's verdict in a sentence: which arm wins, or that none does yet and
    // how many more members it would take; empty for a campaign without arms.
    static QString verdict(const CampaignReportData &report);

    // "+1.2 pp (−0.3 to +2.7 pp)", or "—".
    static QString upliftWithInterval(const UpliftFigures &uplift);
    static QString upliftOnly(const UpliftFigures &uplift);
    static QString pValue(const UpliftFigures &uplift);
    static QString roi(const CampaignReportData &report);

    // The translated name of a channel, a lifecycle stage or an RFM segment key.
    static QString channelName(const QString &channel);
    static QString stageName(const QString &key);
    static QString rfmName(const QString &key);

    // The funnel steps: contacted, delivered, opened, clicked, converted.
    static QStringList funnelLabels();
    static QList<qint64> funnelCounts(const GroupFigures &group);
    static double share(qint64 part, qint64 members);
};

} // namespace mwb::ui
