#include "CampaignReportText.h"

#include "DisplayFormat.h"
#include "vocabulary/LifecycleStage.h"
#include "lifecycle/StageStyle.h"
#include "metrics/RfmScores.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

qint64 rounded(double minor)
{
    return static_cast<qint64>(std::llround(minor));
}

QString ofMembers(const GroupFigures &group)
{
    return CampaignReportText::tr("%1 of %2 converted")
        .arg(DisplayFormat::count(group.converted), DisplayFormat::count(group.members));
}

} // namespace

QString CampaignReportText::upliftOnly(const UpliftFigures &uplift)
{
    return uplift.comparison ? DisplayFormat::points(uplift.comparison->difference) : DisplayFormat::undefined();
}

QString CampaignReportText::upliftWithInterval(const UpliftFigures &uplift)
{
    if (!uplift.comparison)
        return DisplayFormat::undefined();
    const ProportionComparison &c = *uplift.comparison;
    return tr("%1 (%2 to %3)")
        .arg(DisplayFormat::points(c.difference), DisplayFormat::points(c.interval.low, 1, false),
             DisplayFormat::points(c.interval.high, 1, false));
}

QString CampaignReportText::pValue(const UpliftFigures &uplift)
{
    return uplift.comparison && uplift.comparison->pValue ? DisplayFormat::pValue(*uplift.comparison->pValue)
                                                          : DisplayFormat::undefined();
}

QString CampaignReportText::roi(const CampaignReportData &report)
{
    return report.roi ? DisplayFormat::percent(*report.roi, 0) : DisplayFormat::undefined();
}

QList<KpiText> CampaignReportText::kpis(const CampaignReportData &r, const QString &currency)
{
    const std::optional<ProportionComparison> &c = r.uplift.comparison;
    QList<KpiText> k;
    k << KpiText{u"treatmentRate"_s, tr("Treatment conversion"), DisplayFormat::percent(r.treatment.rate()),
                 ofMembers(r.treatment)};
    k << KpiText{u"controlRate"_s, tr("Control conversion"),
                 r.control.members > 0 ? DisplayFormat::percent(r.control.rate()) : DisplayFormat::undefined(),
                 r.control.members > 0 ? ofMembers(r.control) : tr("No control group")};
    k << KpiText{
        u"uplift"_s, tr("Uplift"), upliftOnly(r.uplift),
        c ? tr("95% CI %1 to %2").arg(DisplayFormat::points(c->interval.low), DisplayFormat::points(c->interval.high))
          : tr("Needs members in both groups")};
    QString significance = tr("Not defined: nobody or everybody converted");
    if (c && c->pValue)
        significance = *c->pValue < 0.05 ? tr("Significant at 5%") : tr("Not significant at 5%");
    else if (!c)
        significance = tr("Needs members in both groups");
    k << KpiText{u"pValue"_s, tr("p-value"), pValue(r.uplift), significance};
    k << KpiText{u"incrementalConversions"_s, tr("Incremental conversions"),
                 r.uplift.incrementalConversions ? DisplayFormat::decimal(*r.uplift.incrementalConversions)
                                                 : DisplayFormat::undefined(),
                 tr("Beyond what the control rate predicts")};
    k << KpiText{u"incrementalRevenue"_s, tr("Incremental revenue"),
                 r.uplift.incrementalRevenueMinor
                     ? DisplayFormat::money(rounded(*r.uplift.incrementalRevenueMinor), currency)
                     : DisplayFormat::undefined(),
                 tr("Treatment revenue %1 (its orders in the window, refunds not subtracted)")
                     .arg(DisplayFormat::money(r.treatment.revenueMinor, currency))};
    k << KpiText{u"cost"_s, tr("Cost"), DisplayFormat::money(r.costMinor, currency),
                 tr("%1 fixed + %2 per contact")
                     .arg(DisplayFormat::money(r.campaign.costFixedMinor, currency),
                          DisplayFormat::money(r.campaign.costPerContactMinor, currency))};
    k << KpiText{u"roi"_s, tr("ROI"), roi(r),
                 r.roi ? tr("(Incremental revenue − cost) / cost") : tr("Not defined without a cost")};
    k << KpiText{u"costPerIncremental"_s, tr("Cost per incremental conversion"),
                 r.costPerIncrementalConversionMinor
                     ? DisplayFormat::money(rounded(*r.costPerIncrementalConversionMinor), currency)
                     : DisplayFormat::undefined(),
                 r.costPerIncrementalConversionMinor ? QString() : tr("No incremental conversions")};
    return k;
}

KpiText CampaignReportText::kpi(const CampaignReportData &report, const QString &currency, const QString &id)
{
    const QList<KpiText> all = kpis(report, currency);
    for (const KpiText &k : all) {
        if (k.id == id)
            return k;
    }
    return {};
}

QString CampaignReportText::facts(const CampaignReportData &report, const QString &currency)
{
    const Campaign &c = report.campaign;
    QStringList parts;
    parts << channelName(c.channel);
    parts << tr("sent %1").arg(DisplayFormat::date(c.sendDate));
    parts << tr("%1-day window to %2").arg(c.attributionDays).arg(DisplayFormat::date(report.windowEnd));
    if (!c.segmentName.isEmpty())
        parts << tr("segment “%1”").arg(c.segmentName);
    parts << tr("control %1%2").arg(DisplayFormat::percent(c.holdout, 0), c.stratified ? tr(" by stage") : QString());
    if (!c.offer.isEmpty())
        parts << tr("offer: %1").arg(c.offer);
    if (c.costFixedMinor > 0 || c.costPerContactMinor > 0)
        parts << tr("cost %1").arg(DisplayFormat::money(report.costMinor, currency));
    return parts.join(u" · "_s);
}

QString CampaignReportText::windowNote(const CampaignReportData &report)
{
    if (!report.windowOpen)
        return {};
    return tr("The attribution window runs to %1 and the data does not reach it yet: conversions may still come "
              "in, and the figures will change.")
        .arg(DisplayFormat::date(report.windowEnd));
}

QString CampaignReportText::channelName(const QString &channel)
{
    static const struct
    {
        const char16_t *key;
        const char *label;
    } kChannels[] = {
        {u"email", QT_TRANSLATE_NOOP("CampaignReportText", "E-mail")},
        {u"sms", QT_TRANSLATE_NOOP("CampaignReportText", "SMS")},
        {u"wechat", QT_TRANSLATE_NOOP("CampaignReportText", "WeChat")},
        {u"app", QT_TRANSLATE_NOOP("CampaignReportText", "App push")},
        {u"direct_mail", QT_TRANSLATE_NOOP("CampaignReportText", "Direct mail")},
        {u"ads", QT_TRANSLATE_NOOP("CampaignReportText", "Ads audience")},
        {u"web", QT_TRANSLATE_NOOP("CampaignReportText", "Web")},
        {u"store", QT_TRANSLATE_NOOP("CampaignReportText", "Store")},
        {u"phone", QT_TRANSLATE_NOOP("CampaignReportText", "Phone")},
    };
    for (const auto &c : kChannels) {
        if (channel == QStringView(c.key))
            return tr(c.label);
    }
    return channel;
}

QString CampaignReportText::stageName(const QString &key)
{
    if (const auto stage = stageFromName(key))
        return StageStyle::displayName(*stage);
    return key.isEmpty() ? tr("Unknown") : key;
}

QString CampaignReportText::rfmName(const QString &key)
{
    return key.isEmpty() ? tr("Unknown") : rfmSegmentDisplayName(key);
}

QStringList CampaignReportText::funnelLabels()
{
    return {tr("Contacted"), tr("Delivered"), tr("Opened"), tr("Clicked"), tr("Converted")};
}

QList<qint64> CampaignReportText::funnelCounts(const GroupFigures &group)
{
    return {group.contacted, group.delivered, group.opened, group.clicked, group.converted};
}

double CampaignReportText::share(qint64 part, qint64 members)
{
    return members > 0 ? static_cast<double>(part) / static_cast<double>(members) : 0.0;
}

QString CampaignReportText::verdict(const CampaignReportData &report)
{
    if (!report.verdict)
        return {};
    const ArmVerdict &v = *report.verdict;
    switch (v.kind) {
    case ArmVerdict::Kind::Winner:
        return tr("Arm %1 wins: it converts more than the control group and than every other arm (5 % test, "
                  "adjusted for the number of arms).")
            .arg(v.arm);
    case ArmVerdict::Kind::BeatsControl:
        return tr("Arm %1 beats the control group, but is not yet clearly ahead of %2.")
            .arg(v.arm, QLocale().createSeparatedList(v.tiedWith));
    case ArmVerdict::Kind::NoneYet: break;
    }
    if (v.arm.isEmpty())
        return tr("No arm wins yet: none converts more than the control group.");
    if (v.neededPerGroup && v.morePerGroup)
        return tr("No arm wins yet. %1 leads; showing its uplift would take about %2 members in each group, %3 "
                  "more than now.")
            .arg(v.arm, DisplayFormat::count(*v.neededPerGroup), DisplayFormat::count(*v.morePerGroup));
    return tr("No arm wins yet; %1 leads.").arg(v.arm);
}

} // namespace mwb::ui
