#include "CampaignReport.h"

#include "CampaignStore.h"
#include "SampleSize.h"
#include "export/TableExport.h"
#include "lifecycle/Lifecycle.h"
#include "vocabulary/LifecycleStage.h"
#include "metrics/RfmScores.h"
#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::CampaignReport" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::CampaignReport)
};

constexpr qint64 kDay = 86400;

// What one member did, gathered from the events and orders.
struct MemberFacts
{
    bool treatment = false;
    int arm = -1; // A/B/n: the arm's index in the campaign's arms
    QString stage;
    QString rfm;
    bool sent = false;
    bool delivered = false;
    bool bounced = false;
    bool opened = false;
    bool clicked = false;
    bool unsubscribed = false;
    bool convertedResult = false;
    qint64 resultRevenueMinor = 0;
    bool ordered = false;
    qint64 orderRevenueMinor = 0;
};

void add(GroupFigures &g, const MemberFacts &m)
{
    ++g.members;
    const bool converted = m.ordered || m.convertedResult;
    g.contacted += m.sent ? 1 : 0;
    // Each step of the funnel counts who went further too: a contacted member who opened,
    // clicked or converted was delivered to.
    g.delivered += (m.delivered || m.opened || m.clicked || (m.sent && converted)) ? 1 : 0;
    g.bounced += m.bounced ? 1 : 0;
    g.opened += (m.opened || m.clicked) ? 1 : 0;
    g.clicked += m.clicked ? 1 : 0;
    g.unsubscribed += m.unsubscribed ? 1 : 0;
    g.converted += converted ? 1 : 0;
    g.revenueMinor += m.ordered ? m.orderRevenueMinor : (m.convertedResult ? m.resultRevenueMinor : 0);
}

UpliftFigures upliftOf(const GroupFigures &t, const GroupFigures &c)
{
    UpliftFigures u;
    if (t.members <= 0 || c.members <= 0)
        return u;
    u.comparison = UpliftStatistics::compare(t.converted, t.members, c.converted, c.members);
    u.incrementalConversions = u.comparison->difference * static_cast<double>(t.members);
    u.incrementalRevenueMinor = static_cast<double>(t.revenueMinor)
        - static_cast<double>(c.revenueMinor) * static_cast<double>(t.members) / static_cast<double>(c.members);
    return u;
}

QList<ReportBreakdownRow> breakdown(const std::vector<MemberFacts> &members, const QStringList &order,
                                    QString MemberFacts::*key)
{
    QHash<QString, ReportBreakdownRow> rows;
    for (const MemberFacts &m : members) {
        const QString k = order.contains(m.*key) ? m.*key : QString();
        ReportBreakdownRow &row = rows[k];
        row.key = k;
        add(m.treatment ? row.treatment : row.control, m);
    }
    QList<ReportBreakdownRow> out;
    for (const QString &k : order + QStringList{QString()}) {
        const auto it = rows.constFind(k);
        if (it == rows.cend())
            continue;
        ReportBreakdownRow row = it.value();
        row.uplift = upliftOf(row.treatment, row.control);
        out.append(row);
    }
    return out;
}

QStringList stageNames()
{
    QStringList names;
    for (const LifecycleStage stage : kLifecycleStages)
        names << stageName(stage);
    return names;
}

constexpr double kAlpha = 0.05;

// The arms of an A/B/n campaign against the control, against each other, and the verdict.
void compareArms(CampaignReportData &report, const std::vector<MemberFacts> &members)
{
    const Campaign &campaign = report.campaign;
    for (const CampaignArm &arm : campaign.arms)
        report.arms.append(ArmFigures{arm.name, arm.share, {}, {}, {}, 0, {}});
    for (const MemberFacts &m : members) {
        if (m.treatment && m.arm >= 0)
            add(report.arms[m.arm].figures, m);
    }
    const bool exported = report.treatment.contacted > 0;
    std::vector<std::optional<double>> pValues;
    for (ArmFigures &arm : report.arms) {
        arm.uplift = upliftOf(arm.figures, report.control);
        pValues.push_back(arm.uplift.comparison ? arm.uplift.comparison->pValue : std::nullopt);
        const double share = report.treatment.members > 0
            ? static_cast<double>(arm.figures.members) / static_cast<double>(report.treatment.members)
            : 0.0;
        arm.costMinor = std::llround(static_cast<double>(campaign.costFixedMinor) * share)
            + campaign.costPerContactMinor * (exported ? arm.figures.contacted : arm.figures.members);
        if (arm.costMinor > 0 && arm.uplift.incrementalRevenueMinor)
            arm.roi = (*arm.uplift.incrementalRevenueMinor - static_cast<double>(arm.costMinor))
                / static_cast<double>(arm.costMinor);
    }
    const auto adjusted = UpliftStatistics::holm(pValues);
    for (std::size_t i = 0; i < adjusted.size(); ++i)
        report.arms[static_cast<qsizetype>(i)].pValueHolm = adjusted[i];

    std::vector<std::optional<double>> pairValues;
    for (qsizetype a = 0; a < report.arms.size(); ++a) {
        for (qsizetype b = a + 1; b < report.arms.size(); ++b) {
            const GroupFigures &x = report.arms[a].figures;
            const GroupFigures &y = report.arms[b].figures;
            ArmPair pair{report.arms[a].name, report.arms[b].name, {}, {}};
            if (x.members > 0 && y.members > 0)
                pair.comparison = UpliftStatistics::compare(x.converted, x.members, y.converted, y.members);
            pairValues.push_back(pair.comparison ? pair.comparison->pValue : std::nullopt);
            report.armPairs.append(pair);
        }
    }
    const auto pairAdjusted = UpliftStatistics::holm(pairValues);
    for (std::size_t i = 0; i < pairAdjusted.size(); ++i)
        report.armPairs[static_cast<qsizetype>(i)].pValueHolm = pairAdjusted[i];

    // The verdict: among the arms that beat the control, the one with the largest uplift; it
    // wins when it beats every other arm too.
    ArmVerdict verdict;
    const ArmFigures *best = nullptr;
    const ArmFigures *leader = nullptr;
    for (const ArmFigures &arm : report.arms) {
        if (!arm.uplift.comparison)
            continue;
        const double uplift = arm.uplift.comparison->difference;
        if (uplift > 0 && (!leader || uplift > leader->uplift.comparison->difference))
            leader = &arm;
        if (uplift > 0 && arm.pValueHolm && *arm.pValueHolm < kAlpha
            && (!best || uplift > best->uplift.comparison->difference))
            best = &arm;
    }
    if (best) {
        verdict.arm = best->name;
        for (const ArmPair &pair : std::as_const(report.armPairs)) {
            if (pair.first != best->name && pair.second != best->name)
                continue;
            const QString other = pair.first == best->name ? pair.second : pair.first;
            const bool clearlyAhead = pair.comparison && pair.pValueHolm && *pair.pValueHolm < kAlpha
                && (pair.first == best->name ? pair.comparison->difference > 0 : pair.comparison->difference < 0);
            if (!clearlyAhead)
                verdict.tiedWith << other;
        }
        verdict.kind = verdict.tiedWith.isEmpty() ? ArmVerdict::Kind::Winner : ArmVerdict::Kind::BeatsControl;
    } else if (leader) {
        verdict.arm = leader->name;
        SampleSizeQuestion question;
        question.baseline = report.control.rate();
        question.arms = static_cast<int>(report.arms.size());
        const SampleSizeAnswer needed = SampleSize::perGroup(question, leader->uplift.comparison->difference);
        if (needed.ok()) {
            verdict.neededPerGroup = needed.perGroup;
            verdict.morePerGroup =
                std::max<qint64>(0, needed.perGroup - std::min(leader->figures.members, report.control.members));
        }
    }
    report.verdict = verdict;
}

} // namespace

CampaignReportData CampaignReport::compute(SQLite::Database &db, qint64 campaignId)
{
    CampaignReportData report;
    try {
        const std::optional<Campaign> campaign = CampaignStore::find(db, campaignId);
        if (!campaign) {
            report.error = Text::tr("There is no campaign with id %1.").arg(campaignId);
            return report;
        }
        report.campaign = *campaign;
        SQLite::Statement sentAtQuery(db, "SELECT coalesce(sent_at, created_at) FROM campaigns WHERE id = ?1");
        sentAtQuery.bind(1, static_cast<int64_t>(campaignId));
        sentAtQuery.executeStep();
        const qint64 sentAt = sentAtQuery.getColumn(0).getInt64();
        const qint64 windowEnd = sentAt + static_cast<qint64>(campaign->attributionDays) * kDay;
        const QDate sendDay = QDate(1970, 1, 1).addDays(sentAt >= 0 ? sentAt / kDay : -((-sentAt + kDay - 1) / kDay));
        report.windowEnd = sendDay.addDays(campaign->attributionDays - 1);
        report.windowOpen = Lifecycle::referenceDate(db) < report.windowEnd;

        // Members in id order, with the stage they had the day before the send and the
        // RFM segment recorded at creation (the current one for campaigns from before that).
        std::vector<MemberFacts> members;
        std::unordered_map<qint64, std::size_t> index;
        SQLite::Statement memberQuery(db,
                                      "SELECT cm.customer_id, cm.grp = 'treatment', mwb_stage_on(m.stage_history, ?2), "
                                      "coalesce(cm.rfm_segment, m.rfm_segment), cm.arm FROM campaign_members cm "
                                      "LEFT JOIN customer_metrics m ON m.customer_id = cm.customer_id "
                                      "WHERE cm.campaign_id = ?1 ORDER BY cm.customer_id");
        memberQuery.bind(1, static_cast<int64_t>(campaignId));
        memberQuery.bind(2, static_cast<int64_t>(QDate(1970, 1, 1).daysTo(sendDay) - 1));
        while (memberQuery.executeStep()) {
            MemberFacts m;
            m.treatment = memberQuery.getColumn(1).getInt() != 0;
            m.stage = QString::fromUtf8(memberQuery.getColumn(2).getText());
            m.rfm = QString::fromUtf8(memberQuery.getColumn(3).getText());
            if (!memberQuery.getColumn(4).isNull()) {
                const QString arm = QString::fromUtf8(memberQuery.getColumn(4).getText());
                for (qsizetype i = 0; i < campaign->arms.size(); ++i) {
                    if (campaign->arms[i].name == arm)
                        m.arm = static_cast<int>(i);
                }
            }
            index.emplace(memberQuery.getColumn(0).getInt64(), members.size());
            members.push_back(std::move(m));
        }

        const int minorPerMajor = minorUnitsPerMajor(readSetting(db, WorkspaceSetting::Currency).value_or(QString()));
        // The campaign's events on its members (each member's events are one range of the table).
        SQLite::Statement eventQuery(db,
                                     "SELECT e.customer_id, e.type, e.value FROM campaign_members cm "
                                     "JOIN events e ON e.customer_id = cm.customer_id AND e.campaign_id = ?1 "
                                     "WHERE cm.campaign_id = ?1");
        eventQuery.bind(1, static_cast<int64_t>(campaignId));
        while (eventQuery.executeStep()) {
            const auto it = index.find(eventQuery.getColumn(0).getInt64());
            if (it == index.end())
                continue;
            MemberFacts &m = members[it->second];
            const std::string_view type(eventQuery.getColumn(1).getText());
            if (type == "campaign_sent")
                m.sent = true;
            else if (type == "campaign_delivered")
                m.delivered = true;
            else if (type == "campaign_bounced")
                m.bounced = true;
            else if (type == "campaign_opened")
                m.opened = true;
            else if (type == "campaign_clicked")
                m.clicked = true;
            else if (type == "campaign_unsubscribed")
                m.unsubscribed = true;
            else if (type == "campaign_converted") {
                m.convertedResult = true;
                if (!eventQuery.getColumn(2).isNull())
                    m.resultRevenueMinor += std::llround(eventQuery.getColumn(2).getDouble() * minorPerMajor);
            }
        }

        // Orders in the attribution window, for treatment and control alike.
        SQLite::Statement orderQuery(db,
                                     "SELECT t.customer_id, t.amount_minor FROM campaign_members cm "
                                     "JOIN transactions t ON t.customer_id = cm.customer_id "
                                     "AND t.ordered_at >= ?2 AND t.ordered_at < ?3 AND t.amount_minor > 0 "
                                     "WHERE cm.campaign_id = ?1");
        orderQuery.bind(1, static_cast<int64_t>(campaignId));
        orderQuery.bind(2, static_cast<int64_t>(sentAt));
        orderQuery.bind(3, static_cast<int64_t>(windowEnd));
        while (orderQuery.executeStep()) {
            const auto it = index.find(orderQuery.getColumn(0).getInt64());
            if (it == index.end())
                continue;
            MemberFacts &m = members[it->second];
            m.ordered = true;
            m.orderRevenueMinor += orderQuery.getColumn(1).getInt64();
        }

        for (const MemberFacts &m : members)
            add(m.treatment ? report.treatment : report.control, m);
        report.uplift = upliftOf(report.treatment, report.control);
        const qint64 contacts = report.treatment.contacted > 0 ? report.treatment.contacted : report.treatment.members;
        report.costMinor = campaign->costFixedMinor + campaign->costPerContactMinor * contacts;
        if (report.costMinor > 0 && report.uplift.comparison) {
            report.roi = (*report.uplift.incrementalRevenueMinor - static_cast<double>(report.costMinor))
                / static_cast<double>(report.costMinor);
        }
        if (report.uplift.incrementalConversions.value_or(0) > 0)
            report.costPerIncrementalConversionMinor =
                static_cast<double>(report.costMinor) / *report.uplift.incrementalConversions;
        if (!campaign->arms.isEmpty())
            compareArms(report, members);
        report.byStage = breakdown(members, stageNames(), &MemberFacts::stage);
        report.byRfm = breakdown(members, RfmScores::segmentNames(), &MemberFacts::rfm);
    } catch (const SQLite::Exception &e) {
        report.error = Text::tr("Cannot read the campaign's results: %1").arg(QString::fromUtf8(e.what()));
    }
    return report;
}

QList<CampaignReportData> CampaignReport::all(SQLite::Database &db)
{
    QList<CampaignReportData> reports;
    for (const Campaign &campaign : CampaignStore::list(db))
        reports.append(compute(db, campaign.id));
    return reports;
}

QString CampaignReport::writeCsv(const CampaignReportData &report, const QString &path, int minorPerMajor)
{
    TableExport out(path, ExportOptions{});
    QString error = out.begin(
        {u"section"_s, u"item"_s, u"treatment"_s, u"control"_s, u"value"_s, u"ci_low"_s, u"ci_high"_s, u"p_value"_s});
    if (!error.isEmpty())
        return error;
    const double perMajor = minorPerMajor > 0 ? minorPerMajor : 100;
    auto money = [perMajor](double minor) { return ExportCell{std::round(minor) / perMajor}; };
    auto none = [] { return ExportCell{}; };
    auto row = [&](const QString &section, const QString &item, ExportCell t, ExportCell c, ExportCell value = {},
                   ExportCell low = {}, ExportCell high = {}, ExportCell p = {}) {
        if (error.isEmpty())
            error = out.writeRow({section, item, t, c, value, low, high, p});
    };
    auto rateRow = [&](const QString &section, const QString &item, const GroupFigures &t, const GroupFigures &c,
                       const UpliftFigures &u) {
        if (!u.comparison) {
            row(section, item, t.members ? ExportCell{t.rate()} : none(), c.members ? ExportCell{c.rate()} : none());
            return;
        }
        const ProportionComparison &k = *u.comparison;
        row(section, item, k.rate1, k.rate2, k.difference, k.interval.low, k.interval.high,
            k.pValue ? ExportCell{*k.pValue} : none());
    };
    const QString summary = u"summary"_s;
    const GroupFigures &t = report.treatment;
    const GroupFigures &c = report.control;
    row(summary, u"campaign"_s, none(), none(), report.campaign.name);
    row(summary, u"send_date"_s, none(), none(), report.campaign.sendDate);
    row(summary, u"window_end"_s, none(), none(), report.windowEnd);
    const std::pair<const char16_t *, qint64 GroupFigures::*> counts[] = {
        {u"members", &GroupFigures::members},
        {u"contacted", &GroupFigures::contacted},
        {u"delivered", &GroupFigures::delivered},
        {u"bounced", &GroupFigures::bounced},
        {u"opened", &GroupFigures::opened},
        {u"clicked", &GroupFigures::clicked},
        {u"unsubscribed", &GroupFigures::unsubscribed},
        {u"converted", &GroupFigures::converted},
    };
    for (const auto &[name, field] : counts)
        row(summary, QString::fromUtf16(name), t.*field, c.*field);
    row(summary, u"revenue"_s, money(static_cast<double>(t.revenueMinor)), money(static_cast<double>(c.revenueMinor)));
    rateRow(summary, u"conversion_rate"_s, t, c, report.uplift);
    const UpliftFigures &u = report.uplift;
    row(summary, u"incremental_conversions"_s, none(), none(),
        u.incrementalConversions ? ExportCell{*u.incrementalConversions} : none());
    row(summary, u"incremental_revenue"_s, none(), none(),
        u.incrementalRevenueMinor ? money(*u.incrementalRevenueMinor) : none());
    row(summary, u"cost"_s, none(), none(), money(static_cast<double>(report.costMinor)));
    row(summary, u"roi"_s, none(), none(), report.roi ? ExportCell{*report.roi} : none());
    row(summary, u"cost_per_incremental_conversion"_s, none(), none(),
        report.costPerIncrementalConversionMinor ? money(*report.costPerIncrementalConversionMinor) : none());
    for (const ArmFigures &arm : report.arms) {
        const QString arms = u"arm"_s;
        row(arms, arm.name + u": members"_s, arm.figures.members, c.members);
        row(arms, arm.name + u": converted"_s, arm.figures.converted, c.converted);
        rateRow(arms, arm.name + u": conversion_rate"_s, arm.figures, c, arm.uplift);
        row(arms, arm.name + u": p_value_holm"_s, none(), none(),
            arm.pValueHolm ? ExportCell{*arm.pValueHolm} : none());
        row(arms, arm.name + u": revenue"_s, money(static_cast<double>(arm.figures.revenueMinor)),
            money(static_cast<double>(c.revenueMinor)));
        row(arms, arm.name + u": roi"_s, none(), none(), arm.roi ? ExportCell{*arm.roi} : none());
    }
    const std::pair<QString, const QList<ReportBreakdownRow> *> sections[] = {{u"lifecycle_stage"_s, &report.byStage},
                                                                              {u"rfm_segment"_s, &report.byRfm}};
    for (const auto &[section, rows] : sections) {
        for (const ReportBreakdownRow &r : *rows) {
            const QString key = r.key.isEmpty() ? u"unknown"_s : r.key;
            row(section, key + u": members"_s, r.treatment.members, r.control.members);
            row(section, key + u": converted"_s, r.treatment.converted, r.control.converted);
            rateRow(section, key + u": conversion_rate"_s, r.treatment, r.control, r.uplift);
        }
    }
    if (!error.isEmpty())
        return error;
    return out.commit();
}

} // namespace mwb
