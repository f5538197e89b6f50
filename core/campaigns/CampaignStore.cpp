#include "CampaignStore.h"

#include "identity/MemberToken.h"

#include "ControlSplit.h"
#include "SampleSize.h"
#include "lifecycle/Lifecycle.h"
#include "vocabulary/Figures.h"
#include "vocabulary/LifecycleStage.h"
#include "segments/SegmentDefinition.h"
#include "segments/SegmentQuery.h"
#include "segments/SegmentStore.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::CampaignStore" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::CampaignStore)
};

constexpr qint64 kDay = 86400;

qint64 sendTime(SQLite::Database &db, const CampaignSpec &spec)
{
    const QDate day = spec.sendDate.isValid() ? spec.sendDate : CampaignStore::defaultSendDate(db);
    return QDate(1970, 1, 1).daysTo(day) * kDay;
}

// Ids (ascending) the query yields in its first column; ?1.. bound by `bind`.
template <typename Bind> std::vector<qint64> idList(SQLite::Database &db, const char *sql, Bind &&bind)
{
    SQLite::Statement query(db, sql);
    bind(query);
    std::vector<qint64> ids;
    while (query.executeStep())
        ids.push_back(query.getColumn(0).getInt64());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// Removes from `ids` those in `excluded` (both ascending); returns how many went.
qint64 removeAll(std::vector<qint64> &ids, const std::vector<qint64> &excluded)
{
    const auto before = ids.size();
    std::vector<qint64> kept;
    kept.reserve(ids.size());
    std::set_difference(ids.begin(), ids.end(), excluded.begin(), excluded.end(), std::back_inserter(kept));
    ids.swap(kept);
    return static_cast<qint64>(before - ids.size());
}

// The customers without an address the channel needs: an e-mail for e-mail, a phone
// number for SMS, a street address for direct mail, an e-mail or phone for an ads audience.
// Other channels reach people through ids the workspace does not hold (WeChat OpenIDs, app
// installs), so nobody is left out.
std::vector<qint64> unreachable(SQLite::Database &db, const QString &channel)
{
    const char *sql = nullptr;
    if (channel == u"email"_s)
        sql = "SELECT id FROM customers WHERE coalesce(email, '') = ''";
    else if (channel == u"sms"_s)
        sql = "SELECT id FROM customers WHERE coalesce(phone, '') = ''";
    else if (channel == u"direct_mail"_s)
        sql = "SELECT id FROM customers WHERE coalesce(address, '') = ''";
    else if (channel == u"ads"_s)
        sql = "SELECT id FROM customers WHERE coalesce(email, '') = '' AND coalesce(phone, '') = ''";
    if (!sql)
        return {};
    return idList(db, sql, [](SQLite::Statement &) {});
}

Campaign readCampaign(SQLite::Statement &q)
{
    Campaign c;
    c.id = q.getColumn(0).getInt64();
    c.name = QString::fromUtf8(q.getColumn(1).getText());
    c.channel = QString::fromUtf8(q.getColumn(2).getText());
    c.offer = QString::fromUtf8(q.getColumn(3).getText());
    c.segmentId = q.getColumn(4).getInt64();
    c.segmentName = QString::fromUtf8(q.getColumn(5).getText());
    c.segmentDefinition = QJsonDocument::fromJson(QByteArray(q.getColumn(6).getText())).object();
    c.holdout = q.getColumn(7).getDouble();
    c.seed = static_cast<quint64>(q.getColumn(8).getInt64());
    c.costFixedMinor = q.getColumn(9).getInt64();
    c.costPerContactMinor = q.getColumn(10).getInt64();
    if (!q.getColumn(11).isNull()) {
        const qint64 at = q.getColumn(11).getInt64();
        c.sendDate = QDate(1970, 1, 1).addDays(at >= 0 ? at / kDay : -((-at + kDay - 1) / kDay));
    }
    c.attributionDays = q.getColumn(12).getInt();
    c.createdAt = QDateTime::fromSecsSinceEpoch(q.getColumn(13).getInt64(), QTimeZone::utc());
    c.stratified = q.getColumn(14).getInt() != 0;
    c.treatment = q.getColumn(15).getInt64();
    c.control = q.getColumn(16).getInt64();
    c.exported = q.getColumn(17).getInt64();
    if (!q.getColumn(18).isNull()) {
        const QJsonArray arms = QJsonDocument::fromJson(QByteArray(q.getColumn(18).getText())).array();
        for (const QJsonValue &arm : arms)
            c.arms.append(CampaignArm{arm[u"name"].toString(), arm[u"share"].toDouble(), 0});
    }
    return c;
}

// The members of each arm of a stored A/B/n campaign.
void countArms(SQLite::Database &db, Campaign &c)
{
    if (c.arms.isEmpty())
        return;
    SQLite::Statement count(db,
                            "SELECT arm, count(*) FROM campaign_members WHERE campaign_id = ?1 AND grp = 'treatment' "
                            "AND arm IS NOT NULL GROUP BY arm");
    count.bind(1, static_cast<int64_t>(c.id));
    while (count.executeStep()) {
        const QString name = QString::fromUtf8(count.getColumn(0).getText());
        for (CampaignArm &arm : c.arms) {
            if (arm.name == name)
                arm.members = count.getColumn(1).getInt64();
        }
    }
}

constexpr const char *kSelectCampaign =
    "SELECT c.id, c.name, c.channel, c.offer, c.segment_id, c.segment_name, c.segment_definition, c.holdout, "
    "coalesce(c.seed, 0), c.cost_fixed_minor, c.cost_per_contact_minor, c.sent_at, c.attribution_days, "
    "c.created_at, c.stratified, "
    "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id AND m.grp = 'treatment'), "
    "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id AND m.grp = 'control'), "
    "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id AND m.grp = 'treatment' "
    "AND m.exported_at IS NOT NULL), c.arms "
    "FROM campaigns c";

} // namespace

QDate CampaignStore::defaultSendDate(SQLite::Database &db)
{
    const QDate today = QDate::currentDate();
    const QDate afterData = Lifecycle::referenceDate(db).addDays(1);
    return afterData.isValid() && afterData < today ? afterData : today;
}

QString CampaignStore::validate(const CampaignSpec &spec)
{
    if (spec.name.trimmed().isEmpty())
        return Text::tr("A campaign needs a name.");
    if (!isCampaignChannel(spec.channel))
        return Text::tr("Unknown channel '%1' (known: %2).").arg(spec.channel, campaignChannels().join(u", "_s));
    if (!(spec.holdout >= 0.0 && spec.holdout <= 0.9))
        return Text::tr("The control group's share must be between 0 and 0.9, not %1.").arg(spec.holdout);
    if (spec.attributionDays < 1 || spec.attributionDays > 365)
        return Text::tr("The attribution window must be 1 to 365 days, not %1.").arg(spec.attributionDays);
    if (spec.costFixedMinor < 0 || spec.costPerContactMinor < 0)
        return Text::tr("Costs cannot be negative.");
    if (spec.excludeContactedWithinDays < 0)
        return Text::tr("The days for 'contacted recently' cannot be negative.");
    if (spec.segmentId <= 0)
        return Text::tr("Choose the segment the campaign goes to.");
    if (!spec.arms.isEmpty()) {
        if (spec.arms.size() < 2 || spec.arms.size() > 4)
            return Text::tr("An A/B test has 2 to 4 arms, not %1.").arg(spec.arms.size());
        QStringList seen;
        for (const QString &arm : spec.arms) {
            const QString name = arm.trimmed();
            if (name.isEmpty() || name.size() > 40)
                return Text::tr("Each arm needs a name of 1 to 40 characters.");
            if (seen.contains(name, Qt::CaseInsensitive))
                return Text::tr("Two arms are named '%1'.").arg(name);
            seen << name;
        }
        if (!spec.armShares.isEmpty()) {
            if (spec.armShares.size() != spec.arms.size())
                return Text::tr("%1 arms need %1 shares, not %2.").arg(spec.arms.size()).arg(spec.armShares.size());
            double total = 0;
            for (const double share : spec.armShares) {
                if (!(share > 0 && share < 1))
                    return Text::tr("Each arm's share must be between 0 and 1, not %1.").arg(share);
                total += share;
            }
            if (std::abs(total - 1) > 1e-6)
                return Text::tr("The arms' shares must add up to 1, not %1.").arg(total);
        }
    } else if (!spec.armShares.isEmpty()) {
        return Text::tr("Arm shares need the arms they are for.");
    }
    return {};
}

std::vector<double> CampaignStore::armShares(const CampaignSpec &spec)
{
    if (spec.arms.size() < 2)
        return {};
    if (spec.armShares.size() == spec.arms.size())
        return {spec.armShares.cbegin(), spec.armShares.cend()};
    return std::vector<double>(static_cast<std::size_t>(spec.arms.size()), 1.0 / spec.arms.size());
}

CampaignPlan CampaignStore::plan(SQLite::Database &db, const CampaignSpec &spec)
{
    CampaignPlan plan;
    plan.error = validate(spec);
    if (!plan.ok())
        return plan;
    try {
        const std::optional<SavedSegment> segment = SegmentStore::find(db, spec.segmentId);
        if (!segment) {
            plan.error = Text::tr("There is no saved segment with id %1.").arg(spec.segmentId);
            return plan;
        }
        const SegmentParse parsed = SegmentDefinition::fromJson(segment->definition);
        if (!parsed.ok()) {
            plan.error = Text::tr("Segment '%1': %2").arg(segment->name, parsed.error);
            return plan;
        }
        QString error;
        const QList<qint64> members = SegmentQuery::ids(db, parsed.node, &error);
        if (!error.isEmpty()) {
            plan.error = Text::tr("Segment '%1': %2").arg(segment->name, error);
            return plan;
        }
        std::vector<qint64> ids(members.cbegin(), members.cend());
        plan.audience = static_cast<qint64>(ids.size());
        const qint64 send = sendTime(db, spec);
        const std::string channel = spec.channel.toStdString();

        // Each excluded customer is counted under the first reason that applies.
        if (spec.excludeOptedOut) {
            plan.excludedOptedOut =
                removeAll(ids,
                          idList(db,
                                 "SELECT customer_id FROM events WHERE type = 'campaign_unsubscribed' COLLATE NOCASE "
                                 "AND channel = ?1",
                                 [&](SQLite::Statement &q) { q.bind(1, channel); }));
        }
        if (spec.excludeUnreachable)
            plan.excludedUnreachable = removeAll(ids, unreachable(db, spec.channel));
        if (spec.excludeContactedWithinDays > 0) {
            plan.excludedContacted =
                removeAll(ids,
                          idList(db,
                                 "SELECT customer_id FROM events WHERE type = 'campaign_sent' COLLATE NOCASE "
                                 "AND occurred_at >= ?1 AND occurred_at < ?2",
                                 [&](SQLite::Statement &q) {
                                     q.bind(1, static_cast<int64_t>(send - spec.excludeContactedWithinDays * kDay));
                                     q.bind(2, static_cast<int64_t>(send + kDay));
                                 }));
        }

        std::vector<int> strata;
        if (spec.stratifyByStage && !ids.empty()) {
            // Stages of everyone, in id order, merged with the (ascending) audience.
            strata.assign(ids.size(), kLifecycleStageCount);
            SQLite::Statement stages(db,
                                     "SELECT customer_id, lifecycle_stage FROM customer_metrics "
                                     "WHERE customer_id BETWEEN ?1 AND ?2 ORDER BY customer_id");
            stages.bind(1, static_cast<int64_t>(ids.front()));
            stages.bind(2, static_cast<int64_t>(ids.back()));
            std::size_t i = 0;
            while (i < ids.size() && stages.executeStep()) {
                const qint64 id = stages.getColumn(0).getInt64();
                while (i < ids.size() && ids[i] < id)
                    ++i;
                if (i < ids.size() && ids[i] == id) {
                    if (const auto stage = stageFromName(QString::fromUtf8(stages.getColumn(1).getText())))
                        strata[i] = stageIndex(*stage);
                    ++i;
                }
            }
        }
        SplitResult split = ControlSplit::split(std::move(ids), spec.holdout, spec.seed, strata);
        plan.treatment = static_cast<qint64>(split.treatment.size());
        plan.control = static_cast<qint64>(split.control.size());
        plan.treatmentIds = std::move(split.treatment);
        plan.controlIds = std::move(split.control);
        if (const std::vector<double> shares = armShares(spec); !shares.empty()) {
            plan.treatmentArms = ControlSplit::arms(plan.treatmentIds, shares, spec.seed);
            plan.armSizes = ControlSplit::armSizes(plan.treatment, shares);
        }
        std::vector<qint64> planned = plan.treatmentIds;
        planned.insert(planned.end(), plan.controlIds.begin(), plan.controlIds.end());
        std::sort(planned.begin(), planned.end());
        plan.baseline = baselineRate(db, planned, spec.attributionDays);
        if (plan.baseline && *plan.baseline > 0 && *plan.baseline < 1 && plan.treatment > 0 && plan.control > 0) {
            SampleSizeQuestion question;
            question.baseline = *plan.baseline;
            question.arms = std::max<int>(1, static_cast<int>(plan.armSizes.size()));
            const qint64 smallest =
                plan.armSizes.empty() ? plan.treatment : *std::min_element(plan.armSizes.begin(), plan.armSizes.end());
            const DetectableEffect effect = SampleSize::minimumDetectableEffect(question, smallest, plan.control);
            plan.detectableUplift = effect.mde;
            plan.controlTooSmall = !effect.mde || *effect.mde >= *plan.baseline;
        } else if (plan.treatment > 0 && plan.control == 0 && spec.holdout > 0) {
            plan.controlTooSmall = true;
        }
    } catch (const SQLite::Exception &e) {
        plan.error = Text::tr("Cannot read the workspace: %1").arg(QString::fromUtf8(e.what()));
    }
    return plan;
}

std::optional<double> CampaignStore::baselineRate(SQLite::Database &db, const std::vector<qint64> &ids, int windowDays)
{
    constexpr int kWindows = 6;
    const QDate last = Lifecycle::referenceDate(db);
    if (ids.empty() || !last.isValid() || windowDays < 1)
        return std::nullopt;
    const qint64 end = (QDate(1970, 1, 1).daysTo(last) + 1) * kDay; // the end of the last day
    const qint64 window = static_cast<qint64>(windowDays) * kDay;
    // Each window's buyers among `ids`, as (window, customer) pairs counted once.
    std::vector<std::vector<qint64>> buyers(kWindows);
    SQLite::Statement orders(db,
                             std::string("SELECT customer_id, ordered_at FROM transactions INDEXED BY "
                                         "transactions_time WHERE ordered_at >= ?1 AND ordered_at < ?2 AND ")
                                 + kIsOrder + " AND customer_id IS NOT NULL");
    orders.bind(1, static_cast<int64_t>(end - kWindows * window));
    orders.bind(2, static_cast<int64_t>(end));
    while (orders.executeStep()) {
        const qint64 customer = orders.getColumn(0).getInt64();
        const qint64 k = (end - 1 - orders.getColumn(1).getInt64()) / window;
        if (k >= 0 && k < kWindows && std::binary_search(ids.begin(), ids.end(), customer))
            buyers[static_cast<std::size_t>(k)].push_back(customer);
    }
    // Windows before the first order of the workspace say nothing about the audience.
    const qint64 first = db.execAndGet("SELECT coalesce(min(ordered_at), 0) FROM transactions").getInt64();
    double sum = 0;
    int counted = 0;
    for (int k = 0; k < kWindows; ++k) {
        if (end - (k + 1) * window < first)
            break;
        std::vector<qint64> &list = buyers[static_cast<std::size_t>(k)];
        std::sort(list.begin(), list.end());
        const auto distinct = std::unique(list.begin(), list.end()) - list.begin();
        sum += static_cast<double>(distinct) / static_cast<double>(ids.size());
        ++counted;
    }
    if (counted == 0)
        return std::nullopt;
    return sum / counted;
}

QString CampaignStore::emptyTreatmentReason(const CampaignPlan &plan, const CampaignSpec &spec)
{
    if (!plan.ok() || plan.treatment > 0)
        return {};
    const qint64 n = plan.audience;
    if (n == 0)
        return Text::tr("The segment has nobody in it now.");
    // One exclusion took everyone: say which, in the channel's terms.
    if (plan.excludedUnreachable == n) {
        const int count = static_cast<int>(std::min<qint64>(n, std::numeric_limits<int>::max()));
        if (spec.channel == u"email"_s)
            return Text::tr("None of the %Ln has an e-mail address.", nullptr, count);
        if (spec.channel == u"sms"_s)
            return Text::tr("None of the %Ln has a phone number.", nullptr, count);
        if (spec.channel == u"direct_mail"_s)
            return Text::tr("None of the %Ln has a postal address.", nullptr, count);
        return Text::tr("None of the %Ln has an e-mail address or a phone number.", nullptr, count);
    }
    if (plan.excludedOptedOut == n)
        return Text::tr("All %1 have unsubscribed from this channel.").arg(QLocale().toString(n));
    if (plan.excludedContacted == n)
        return Text::tr("All %1 were contacted by another campaign in the chosen days.").arg(QLocale().toString(n));
    const qint64 left = n - plan.excludedOptedOut - plan.excludedUnreachable - plan.excludedContacted;
    if (left > 0) // the control group took the few who were left
        return Text::tr("The %1 left after the exclusions all fall in the control group: lower its share.")
            .arg(QLocale().toString(left));
    return Text::tr("Nobody is left to contact: of the %1 in the segment, %2 unsubscribed, %3 cannot be reached "
                    "on this channel and %4 were contacted recently.")
        .arg(QLocale().toString(n), QLocale().toString(plan.excludedOptedOut),
             QLocale().toString(plan.excludedUnreachable), QLocale().toString(plan.excludedContacted));
}

namespace {

// Members with a token each and the RFM segment they have now (stages are kept as
// histories, so the report reads the stage on any day; RFM scores are not).
// An A/B/n campaign's treatment members get the name of their arm (`armNames[arms[i]]`).
void addMembers(SQLite::Database &db, qint64 campaignId, const std::vector<qint64> &treatment,
                const std::vector<qint64> &control, const std::vector<int> &arms = {}, const QStringList &armNames = {})
{
    SQLite::Statement member(db,
                             "INSERT INTO campaign_members(campaign_id, customer_id, grp, member_token, "
                             "rfm_segment, arm) VALUES (?1, ?2, ?3, ?4, "
                             "(SELECT rfm_segment FROM customer_metrics WHERE customer_id = ?2), ?5) "
                             "ON CONFLICT(member_token) DO NOTHING");
    std::vector<std::string> names;
    for (const QString &name : armNames)
        names.push_back(name.trimmed().toStdString());
    auto add = [&](const std::vector<qint64> &ids, const char *group, bool withArms) {
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const qint64 id = ids[i];
            for (;;) {
                member.bind(1, static_cast<int64_t>(campaignId));
                member.bind(2, static_cast<int64_t>(id));
                member.bind(3, group);
                member.bind(4, MemberToken::generate().toStdString());
                if (withArms && i < arms.size())
                    member.bind(5, names[static_cast<std::size_t>(arms[i])]);
                else
                    member.bind(5);
                const int inserted = member.exec();
                member.reset();
                if (inserted == 1)
                    break; // else the token was taken (about 1 in 10¹² per member): draw another
            }
        }
    };
    add(treatment, "treatment", !arms.empty());
    add(control, "control", false);
}

} // namespace

qint64 CampaignStore::createWave(SQLite::Database &db, const CampaignWave &wave, const std::vector<qint64> &treatment,
                                 const std::vector<qint64> &control)
{
    SQLite::Statement insert(db,
                             "INSERT INTO campaigns(name, channel, offer, segment_name, holdout, seed, "
                             "cost_fixed_minor, cost_per_contact_minor, sent_at, attribution_days, created_at, "
                             "exclusions) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?8, ?9, ?10, ?11)");
    insert.bind(1, wave.name.toStdString());
    insert.bind(2, wave.channel.toStdString());
    if (wave.offer.isEmpty())
        insert.bind(3);
    else
        insert.bind(3, wave.offer.toStdString());
    insert.bind(4, wave.audience.toStdString());
    insert.bind(5, wave.holdout);
    insert.bind(6, static_cast<int64_t>(wave.seed));
    insert.bind(7, static_cast<int64_t>(wave.costPerContactMinor));
    insert.bind(8, static_cast<int64_t>(wave.sentAt));
    insert.bind(9, wave.attributionDays);
    insert.bind(10, static_cast<int64_t>(QDateTime::currentSecsSinceEpoch()));
    insert.bind(11, QJsonDocument(wave.origin).toJson(QJsonDocument::Compact).toStdString());
    insert.exec();
    const qint64 id = db.getLastInsertRowid();
    addMembers(db, id, treatment, control);
    return id;
}

CampaignCreated CampaignStore::create(SQLite::Database &db, const CampaignSpec &spec)
{
    CampaignCreated created;
    try {
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        {
            SQLite::Statement taken(db, "SELECT 1 FROM campaigns WHERE name = ?1");
            taken.bind(1, spec.name.trimmed().toStdString());
            if (taken.executeStep()) {
                created.error = Text::tr("A campaign named '%1' already exists.").arg(spec.name.trimmed());
                return created;
            }
        }
        created.plan = plan(db, spec);
        if (!created.plan.ok()) {
            created.error = created.plan.error;
            return created;
        }
        if (const QString empty = emptyTreatmentReason(created.plan, spec); !empty.isEmpty()) {
            created.error = empty;
            return created;
        }
        const std::optional<SavedSegment> segment = SegmentStore::find(db, spec.segmentId);
        const QJsonObject exclusions{
            {u"opted_out"_s, spec.excludeOptedOut},
            {u"unreachable"_s, spec.excludeUnreachable},
            {u"contacted_within_days"_s, spec.excludeContactedWithinDays},
            {u"audience"_s, created.plan.audience},
            {u"excluded_opted_out"_s, created.plan.excludedOptedOut},
            {u"excluded_unreachable"_s, created.plan.excludedUnreachable},
            {u"excluded_contacted"_s, created.plan.excludedContacted},
        };
        SQLite::Statement insert(
            db,
            "INSERT INTO campaigns(name, channel, offer, segment_id, segment_name, segment_definition, holdout, "
            "seed, cost_fixed_minor, cost_per_contact_minor, sent_at, attribution_days, created_at, stratified, "
            "exclusions, arms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
        insert.bind(1, spec.name.trimmed().toStdString());
        insert.bind(2, spec.channel.toStdString());
        if (spec.offer.isEmpty())
            insert.bind(3);
        else
            insert.bind(3, spec.offer.toStdString());
        insert.bind(4, static_cast<int64_t>(spec.segmentId));
        insert.bind(5, segment->name.toStdString());
        insert.bind(6, QJsonDocument(segment->definition).toJson(QJsonDocument::Compact).toStdString());
        insert.bind(7, spec.holdout);
        insert.bind(8, static_cast<int64_t>(spec.seed));
        insert.bind(9, static_cast<int64_t>(spec.costFixedMinor));
        insert.bind(10, static_cast<int64_t>(spec.costPerContactMinor));
        insert.bind(11, static_cast<int64_t>(sendTime(db, spec)));
        insert.bind(12, spec.attributionDays);
        insert.bind(13, static_cast<int64_t>(QDateTime::currentSecsSinceEpoch()));
        insert.bind(14, spec.stratifyByStage ? 1 : 0);
        insert.bind(15, QJsonDocument(exclusions).toJson(QJsonDocument::Compact).toStdString());
        const std::vector<double> shares = armShares(spec);
        if (shares.empty()) {
            insert.bind(16);
        } else {
            QJsonArray arms;
            for (qsizetype i = 0; i < spec.arms.size(); ++i)
                arms.append(QJsonObject{{u"name"_s, spec.arms[i].trimmed()},
                                        {u"share"_s, shares[static_cast<std::size_t>(i)]}});
            insert.bind(16, QJsonDocument(arms).toJson(QJsonDocument::Compact).toStdString());
        }
        insert.exec();
        created.id = db.getLastInsertRowid();

        addMembers(db, created.id, created.plan.treatmentIds, created.plan.controlIds, created.plan.treatmentArms,
                   spec.arms);
        transaction.commit();
    } catch (const SQLite::Exception &e) {
        created.id = 0;
        created.error = Text::tr("Cannot create the campaign: %1").arg(QString::fromUtf8(e.what()));
    }
    return created;
}

QList<Campaign> CampaignStore::list(SQLite::Database &db)
{
    QList<Campaign> campaigns;
    SQLite::Statement query(
        db, std::string(kSelectCampaign) + " ORDER BY coalesce(c.sent_at, c.created_at) DESC, c.id DESC");
    while (query.executeStep())
        campaigns.append(readCampaign(query));
    for (Campaign &c : campaigns)
        countArms(db, c);
    return campaigns;
}

std::optional<Campaign> CampaignStore::find(SQLite::Database &db, qint64 id)
{
    SQLite::Statement query(db, std::string(kSelectCampaign) + " WHERE c.id = ?1");
    query.bind(1, static_cast<int64_t>(id));
    if (!query.executeStep())
        return std::nullopt;
    Campaign c = readCampaign(query);
    countArms(db, c);
    return c;
}

std::optional<Campaign> CampaignStore::findByRef(SQLite::Database &db, const QString &ref)
{
    {
        SQLite::Statement byName(db, "SELECT id FROM campaigns WHERE name = ?1");
        byName.bind(1, ref.trimmed().toStdString());
        if (byName.executeStep())
            return find(db, byName.getColumn(0).getInt64());
    }
    bool isNumber = false;
    const qint64 id = ref.trimmed().toLongLong(&isNumber);
    return isNumber ? find(db, id) : std::nullopt;
}

QString CampaignStore::remove(SQLite::Database &db, qint64 id)
{
    try {
        SQLite::Transaction transaction(db);
        SQLite::Statement members(db, "DELETE FROM campaign_members WHERE campaign_id = ?1");
        members.bind(1, static_cast<int64_t>(id));
        members.exec();
        SQLite::Statement campaign(db, "DELETE FROM campaigns WHERE id = ?1");
        campaign.bind(1, static_cast<int64_t>(id));
        if (campaign.exec() == 0)
            return Text::tr("There is no campaign with id %1.").arg(id);
        transaction.commit();
    } catch (const SQLite::Exception &e) {
        return Text::tr("Cannot delete the campaign: %1").arg(QString::fromUtf8(e.what()));
    }
    return {};
}

} // namespace mwb
