#include "ActiveMembers.h"

#include "TierRules.h"

#include "lifecycle/LifecycleRules.h"
#include "lifecycle/StageHistory.h"
#include "lifecycle/TouchClassifier.h"
#include "store/CustomerIds.h"
#include "store/Days.h"
#include "store/ParallelRanges.h"
#include "store/RowCursor.h"
#include "vocabulary/Figures.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace mwb {

namespace {

constexpr qint64 kDay = 86400;
// An event's value does not matter here: any NPS answer is an engagement.
constexpr double kNoScore = std::numeric_limits<double>::quiet_NaN();

// Customer ids per range of the pass (MWB_ACTIVE_MEMBERS_RANGE sets another width, so tests
// can spread a small workspace over every connection).
qint64 rangeWidth()
{
    bool set = false;
    const int width = qEnvironmentVariableIntValue("MWB_ACTIVE_MEMBERS_RANGE", &set);
    return set && width > 0 ? width : 32768;
}

// The counts one connection gathers: members and active members at each month end, overall
// (tier -1) and by tier.
struct Tally
{
    std::vector<qint64> members; // [month]
    std::vector<qint64> active;
    std::vector<std::vector<qint64>> tierMembers; // [tier][month]
    std::vector<std::vector<qint64>> tierActive;
    std::vector<std::string> importedNames; // without rules: the tier names met, by index
    std::unordered_map<std::string, int> importedIndex;

    explicit Tally(std::size_t months, std::size_t tiers)
        : members(months, 0)
        , active(months, 0)
        , tierMembers(tiers, std::vector<qint64>(months, 0))
        , tierActive(tiers, std::vector<qint64>(months, 0))
    {
    }

    int importedTier(const char *name, std::size_t months)
    {
        const auto it = importedIndex.find(name);
        if (it != importedIndex.end())
            return it->second;
        const int index = static_cast<int>(importedNames.size());
        importedNames.emplace_back(name);
        importedIndex.emplace(name, index);
        tierMembers.emplace_back(months, 0);
        tierActive.emplace_back(months, 0);
        return index;
    }
};

// One connection's share of the pass: the customers of a range of ids, with their tier
// changes, orders and touchpoints in the days the windows cover.
class Pass
{
public:
    Pass(SQLite::Database &db, const std::vector<qint32> &ends, int windowDays, const std::optional<TierRules> &rules,
         bool byTier, const LifecycleRules &lifecycle)
        : m_db(db)
        , m_ends(ends)
        , m_window(windowDays)
        , m_rules(rules)
        , m_byTier(byTier)
        , m_classifier(lifecycle)
        , m_firstDay(ends.front() - windowDays + 1)
    {
        // The first month end on or after each day from the first window's first day.
        const qint32 span = ends.back() - m_firstDay + 1;
        m_endFrom.resize(static_cast<std::size_t>(span) + 1);
        std::size_t m = 0;
        for (qint32 d = 0; d <= span; ++d) {
            while (m < ends.size() && ends[m] < m_firstDay + d)
                ++m;
            m_endFrom[static_cast<std::size_t>(d)] = static_cast<std::uint32_t>(m);
        }
        m_active.resize(ends.size());
        m_tierOn.resize(ends.size());
        if (m_rules) {
            for (const TierRule &tier : m_rules->tiers)
                m_names.push_back(tier.name.toStdString());
        }
    }

    void read(qint64 first, qint64 last, Tally &tally)
    {
        const bool imported = m_byTier && !m_rules;
        RowCursor customers(m_db,
                            imported ? "SELECT m.customer_id, m.stage_history, c.tier FROM customer_metrics m "
                                       "JOIN customers c ON c.id = m.customer_id "
                                       "WHERE m.customer_id BETWEEN ?1 AND ?2 ORDER BY m.customer_id"
                                     : "SELECT customer_id, stage_history, NULL FROM customer_metrics "
                                       "WHERE customer_id BETWEEN ?1 AND ?2 ORDER BY customer_id");
        const bool tiered = m_byTier && m_rules.has_value();
        RowCursor tiers(m_db,
                        tiered ? "SELECT customer_id, day, tier FROM customer_tiers "
                                 "WHERE customer_id BETWEEN ?1 AND ?2 AND day <= ?3 ORDER BY customer_id, day"
                               : "SELECT NULL, NULL, NULL WHERE ?1 > ?2 AND ?3 IS NULL");
        RowCursor orders(
            m_db,
            std::string("SELECT customer_id, ordered_at FROM transactions INDEXED BY transactions_customer "
                        "WHERE customer_id BETWEEN ?1 AND ?2 AND ordered_at >= ?4 AND ordered_at < ?5 AND ")
                + kIsOrder + " ORDER BY customer_id, ordered_at");
        RowCursor events(m_db,
                         "SELECT customer_id, occurred_at, type FROM events INDEXED BY sqlite_autoindex_events_1 "
                         "WHERE customer_id BETWEEN ?1 AND ?2 AND occurred_at >= ?4 AND occurred_at < ?5 "
                         "ORDER BY customer_id, occurred_at");
        for (RowCursor *query : {&customers, &tiers, &orders, &events}) {
            query->bind(1, first);
            query->bind(2, last);
        }
        tiers.bind(3, static_cast<qint64>(m_ends.back()));
        for (RowCursor *query : {&orders, &events}) {
            query->bind(4, static_cast<qint64>(m_firstDay) * kDay);
            query->bind(5, (static_cast<qint64>(m_ends.back()) + 1) * kDay);
        }
        bool moreTiers = tiered && tiers.step();
        bool moreOrders = orders.step();
        bool moreEvents = events.step();
        StageTransitions firstTransition;
        const std::size_t months = m_ends.size();
        while (customers.step()) {
            const qint64 id = customers.integer(0);
            // Known from the first day of the stage history (always, without one).
            const std::string_view history = customers.blob(1);
            qint32 known = kAlwaysKnownDay;
            if (history.size() >= 4) {
                decodeStageHistory(history.data(), 4, firstTransition);
                known = firstTransition.front().day;
            }
            // The tier at each month end: the last change on or before it, else the lowest.
            int tierAtFirst = -1; // none: overall only
            if (tiered)
                tierAtFirst = 0;
            else if (imported && !customers.isNull(2) && *customers.text(2) != '\0')
                tierAtFirst = tally.importedTier(customers.text(2), months);
            std::fill(m_tierOn.begin(), m_tierOn.end(), tierAtFirst);
            for (; moreTiers && tiers.integer(0) <= id; moreTiers = tiers.step()) {
                if (tiers.integer(0) < id)
                    continue;
                const int tier = tierIndex(tiers.text(2));
                const qint32 day = static_cast<qint32>(tiers.integer(1));
                for (std::size_t m = monthFrom(day); m < months; ++m)
                    m_tierOn[m] = tier;
            }
            // Active at the month ends whose window holds a purchase or an engagement.
            std::fill(m_active.begin(), m_active.end(), 0);
            qint32 lastMarked = std::numeric_limits<qint32>::min();
            for (; moreOrders && orders.integer(0) <= id; moreOrders = orders.step()) {
                if (orders.integer(0) == id)
                    mark(dayOfSeconds(orders.integer(1)), lastMarked);
            }
            lastMarked = std::numeric_limits<qint32>::min();
            for (; moreEvents && events.integer(0) <= id; moreEvents = events.step()) {
                if (events.integer(0) != id)
                    continue;
                if (m_classifier.classify(events.text(2), kNoScore) != CustomerFacts::Touch::Known)
                    mark(dayOfSeconds(events.integer(1)), lastMarked);
            }
            for (std::size_t m = months; m-- > 0;) {
                if (m_ends[m] < known)
                    break; // not yet known then, nor at any earlier month end
                ++tally.members[m];
                tally.active[m] += m_active[m];
                if (const int tier = m_tierOn[m]; tier >= 0) {
                    ++tally.tierMembers[static_cast<std::size_t>(tier)][m];
                    tally.tierActive[static_cast<std::size_t>(tier)][m] += m_active[m];
                }
            }
        }
    }

private:
    // The first month end on or after `day`.
    std::size_t monthFrom(qint32 day) const
    {
        if (day < m_firstDay)
            return 0;
        const auto offset = static_cast<std::size_t>(day - m_firstDay);
        return offset < m_endFrom.size() ? m_endFrom[offset] : m_ends.size();
    }
    // Marks the month ends in [day, day + window − 1] active (a day once).
    void mark(qint32 day, qint32 &lastMarked)
    {
        if (day == lastMarked)
            return;
        lastMarked = day;
        for (std::size_t m = monthFrom(day); m < m_ends.size() && m_ends[m] < day + m_window; ++m)
            m_active[m] = 1;
    }
    int tierIndex(const char *name) const
    {
        for (qsizetype i = 0; i < m_rules->tiers.size(); ++i) {
            if (m_names[static_cast<std::size_t>(i)] == name)
                return static_cast<int>(i);
        }
        return 0; // a tier no longer in the rules: the history is recomputed when next asked
    }

    SQLite::Database &m_db;
    const std::vector<qint32> &m_ends;
    const int m_window;
    const std::optional<TierRules> &m_rules;
    const bool m_byTier;
    TouchClassifier m_classifier;
    const qint32 m_firstDay;
    std::vector<std::uint32_t> m_endFrom; // by day from m_firstDay
    std::vector<std::string> m_names;
    std::vector<qint64> m_active; // 0 or 1, by month end, for the customer being read
    std::vector<int> m_tierOn;    // tier index by month end (-1: none)
};

} // namespace

QList<ActiveMemberPoint> ActiveMemberSeries::line(const QString &tier) const
{
    QList<ActiveMemberPoint> out;
    for (const ActiveMemberPoint &point : points) {
        if (point.tier == tier)
            out.append(point);
    }
    return out;
}

QList<QDate> ActiveMembers::monthEnds(const QDate &from, const QDate &to)
{
    QList<QDate> ends;
    if (!from.isValid() || !to.isValid() || to < from)
        return ends;
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1))
        ends.append(std::min(month.addMonths(1).addDays(-1), to));
    return ends;
}

ActiveMemberSeries ActiveMembers::rate(SQLite::Database &db, const QDate &from, const QDate &to, int windowDays,
                                       bool byTier)
{
    ActiveMemberSeries series;
    series.from = from;
    series.to = to;
    series.windowDays = std::clamp(windowDays, 1, kMaxWindowDays);
    series.monthEnds = monthEnds(from, to);
    if (series.monthEnds.isEmpty())
        return series;
    const std::optional<TierRules> rules = TierRules::load(db);
    series.tiersByRules = rules.has_value();
    std::vector<qint32> ends;
    for (const QDate &end : std::as_const(series.monthEnds))
        ends.push_back(dayNumber(end));
    const std::size_t months = ends.size();
    const std::size_t ruleTiers = byTier && rules ? static_cast<std::size_t>(rules->tiers.size()) : 0;
    const LifecycleRules lifecycle = LifecycleRules::load(db);

    const CustomerIdRange ids = CustomerIds::range(db);
    const qint64 span = ids.last - ids.first + 1;
    std::vector<Tally> tallies;
    if (span > 0) {
        ParallelRanges ranges(ids.first, ids.last,
                              static_cast<std::size_t>(std::max<qint64>(1, span / rangeWidth() + 1)));
        const int parts = std::clamp(QThread::idealThreadCount(), 1, 4);
        for (int p = 0; p < parts; ++p)
            tallies.emplace_back(months, ruleTiers);
        ranges.run(db, parts, [&](SQLite::Database &connection, int part) {
            Pass pass(connection, ends, series.windowDays, rules, byTier, lifecycle);
            while (const auto range = ranges.next())
                pass.read(range->first, range->last, tallies[static_cast<std::size_t>(part)]);
        });
    }
    // The parts' counts together; without rules the imported tiers met by name.
    std::vector<qint64> members(months, 0);
    std::vector<qint64> active(months, 0);
    std::vector<std::string> names;
    if (rules && byTier) {
        for (const TierRule &tier : rules->tiers)
            names.push_back(tier.name.toStdString());
    }
    std::vector<std::vector<qint64>> tierMembers(names.size(), std::vector<qint64>(months, 0));
    std::vector<std::vector<qint64>> tierActive = tierMembers;
    for (const Tally &tally : tallies) {
        for (std::size_t m = 0; m < months; ++m) {
            members[m] += tally.members[m];
            active[m] += tally.active[m];
        }
        for (std::size_t t = 0; t < tally.tierMembers.size(); ++t) {
            std::size_t into = t;
            if (!rules) {
                const std::string &name = tally.importedNames[t];
                into = static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
                if (into == names.size()) {
                    names.push_back(name);
                    tierMembers.emplace_back(months, 0);
                    tierActive.emplace_back(months, 0);
                }
            }
            for (std::size_t m = 0; m < months; ++m) {
                tierMembers[into][m] += tally.tierMembers[t][m];
                tierActive[into][m] += tally.tierActive[t][m];
            }
        }
    }
    // Imported tiers by their members on the last day, most first (then by name).
    std::vector<std::size_t> order(names.size());
    for (std::size_t t = 0; t < order.size(); ++t)
        order[t] = t;
    if (!rules) {
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const qint64 ma = tierMembers[a].back();
            const qint64 mb = tierMembers[b].back();
            return ma != mb ? ma > mb : names[a] < names[b];
        });
    }
    for (const std::size_t t : order)
        series.tiers.append(QString::fromStdString(names[t]));
    auto point = [](const QDate &end, const QString &tier, qint64 n, qint64 a) {
        return ActiveMemberPoint{end, tier, n, a, n > 0 ? static_cast<double>(a) / static_cast<double>(n) : 0.0};
    };
    for (std::size_t m = 0; m < months; ++m) {
        const QDate end = series.monthEnds[static_cast<qsizetype>(m)];
        series.points.append(point(end, QString(), members[m], active[m]));
        for (std::size_t i = 0; i < order.size(); ++i)
            series.points.append(
                point(end, series.tiers[static_cast<qsizetype>(i)], tierMembers[order[i]][m], tierActive[order[i]][m]));
    }

    // The one-off campaigns sent in the range (a programme's waves are its own report's).
    SQLite::Statement campaigns(
        db,
        "SELECT c.id, c.name, coalesce(c.sent_at, c.created_at) AS at, EXISTS (SELECT 1 FROM campaign_members cm "
        "WHERE cm.campaign_id = c.id AND cm.grp = 'control') FROM campaigns c "
        "WHERE at >= ?1 AND at < ?2 AND NOT EXISTS (SELECT 1 FROM programme_runs r WHERE r.campaign_id = c.id) "
        "ORDER BY at, c.id");
    campaigns.bind(1, static_cast<int64_t>(dayNumber(from) * kDay));
    campaigns.bind(2, static_cast<int64_t>((dayNumber(to) + 1) * kDay));
    while (campaigns.executeStep()) {
        series.campaigns.append(
            CampaignSend{dateOfDay(dayOfSeconds(campaigns.getColumn(2).getInt64())), campaigns.getColumn(0).getInt64(),
                         QString::fromUtf8(campaigns.getColumn(1).getText()), campaigns.getColumn(3).getInt() != 0});
    }
    return series;
}

} // namespace mwb
