#include "ModelFeatures.h"

#include "lifecycle/StageHistory.h"
#include "membership/TierRules.h"
#include "store/CustomerIds.h"
#include "store/Days.h"
#include "store/EventIds.h"
#include "store/ParallelRanges.h"
#include "store/RowCursor.h"
#include "vocabulary/Figures.h"
#include "vocabulary/LifecycleStage.h"

#include <SQLiteCpp/Statement.h>

#include <QJsonArray>
#include <QThread>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// The fixed columns, in order; the workspace's types, channels and categories follow.
enum Column : int {
    kRecency,
    kFrequency,
    kMonetary,
    kTenure,
    kDaysSinceFirst,
    kOrders30,
    kOrders90,
    kOrders365,
    kSpend30,
    kSpend90,
    kSpend365,
    kRScore,
    kFScore,
    kMScore,
    kStageFirst, // one column per stage, in the funnel's order
    kDaysInStage = kStageFirst + kLifecycleStageCount,
    kNps,
    kHasNps,
    kCampaignFirst, // sent, opened, clicked, converted in the last 90 days
    kFixedColumns = kCampaignFirst + 4,
};

constexpr const char *kFixedNames[] = {
    "recency_days", "frequency",  "monetary",    "tenure_days", "days_since_first_purchase",
    "orders_30d",   "orders_90d", "orders_365d", "spend_30d",   "spend_90d",
    "spend_365d",   "r_score",    "f_score",     "m_score",
};
constexpr std::array<std::string_view, 4> kCampaignTypes{"campaign_sent", "campaign_opened", "campaign_clicked",
                                                         "campaign_converted"};
constexpr std::string_view kNpsType = "nps";

constexpr int kSampleStretches = 64;
constexpr qint64 kStretchRows = 4096;
constexpr qint64 kRangeWidth = 32768; // customer ids per range of the pass

bool ownFeature(const QString &type)
{
    return type.startsWith(u"campaign_"_s) || type == QLatin1StringView(kNpsType.data(), kNpsType.size());
}

// The most common keys of `counts` (ties by name), at most `limit`.
QStringList top(const std::map<QString, double> &counts, int limit)
{
    std::vector<std::pair<QString, double>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList out;
    for (const auto &[name, count] : sorted) {
        if (out.size() == limit)
            break;
        out << name;
    }
    return out;
}

// Lower-case text matched against a short list, exact first (the usual case).
class Matcher
{
public:
    explicit Matcher(const QStringList &names)
    {
        for (const QString &name : names)
            m_names.push_back(name.toStdString());
    }
    int find(const char *text) const
    {
        if (!text)
            return -1;
        const std::string_view t(text);
        for (std::size_t i = 0; i < m_names.size(); ++i) {
            if (m_names[i] == t)
                return static_cast<int>(i);
        }
        if (std::none_of(t.begin(), t.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
            return -1;
        std::string lower(t);
        for (char &c : lower)
            c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        for (std::size_t i = 0; i < m_names.size(); ++i) {
            if (m_names[i] == lower)
                return static_cast<int>(i);
        }
        return -1;
    }

private:
    std::vector<std::string> m_names;
};

struct Order
{
    qint32 day;
    qint64 amountMinor;
};

// A buyer's recency (days), orders and revenue (minor units) as of a day: what the RFM
// scores rank, kept whole (a float holds minor units exactly only up to 2^24).
using RfmValues = std::array<qint64, 3>;

struct Line
{
    qint32 day;
    qint8 category; // -1: none of the chosen
    qint64 amountMinor;
};

struct Touch
{
    qint32 day;
    qint8 type;     // -1: none of the chosen
    qint8 channel;  // -1: none of the chosen
    qint8 campaign; // -1: not a campaign result counted
};

struct NpsAnswer
{
    qint32 day;
    qint64 at;
    qint64 id;
    double value; // NaN: an answer without a score
};

// What one customer did, read once and looked at as of each requested day.
struct History
{
    std::vector<Order> orders; // in time order
    std::vector<Line> lines;
    std::vector<Touch> touches;
    std::vector<NpsAnswer> nps;
    std::string stages;
    std::optional<qint32> enteredDay;          // the day of the import that brought the customer
    std::vector<std::pair<qint32, int>> tiers; // the tier from each day on (index in the spec's tiers)

    void clear()
    {
        tiers.clear();
        orders.clear();
        lines.clear();
        touches.clear();
        nps.clear();
        stages.clear();
        enteredDay.reset();
    }
};

struct DayResult
{
    FeatureMatrix matrix;
    std::vector<RfmValues> rowValues;          // per row of the matrix (of a buyer; zeros otherwise)
    std::array<std::vector<qint64>, 3> buyers; // recency, frequency, monetary of everyone who bought by the day
};

class Pass
{
public:
    Pass(SQLite::Database &db, const FeatureSpec &spec, const FeatureRequest &request,
         const std::unordered_map<qint64, qint8> &productCategory)
        : m_db(db)
        , m_spec(spec)
        , m_request(request)
        , m_types(spec.eventTypes)
        , m_channels(spec.channels)
        , m_productCategory(productCategory)
        , m_columns(spec.columns())
    {
        m_row.resize(static_cast<std::size_t>(m_columns));
    }

    std::vector<DayResult> read(qint64 first, qint64 last)
    {
        std::vector<DayResult> out(m_request.asOfDays.size());
        for (std::size_t d = 0; d < out.size(); ++d) {
            out[d].matrix.asOfDay = m_request.asOfDays[d];
            out[d].matrix.columns = m_columns;
        }
        RowCursor customers(m_db,
                            "SELECT c.id, m.stage_history, i.started_at FROM customers c "
                            "LEFT JOIN customer_metrics m ON m.customer_id = c.id "
                            "LEFT JOIN imports i ON i.id = c.import_id "
                            "WHERE c.id BETWEEN ?1 AND ?2 ORDER BY c.id");
        const bool lines = !m_spec.categories.isEmpty();
        RowCursor orders(m_db,
                         lines
                             ? "SELECT t.customer_id, t.id, t.ordered_at, t.amount_minor, l.product_id, l.amount_minor "
                               "FROM transactions t INDEXED BY transactions_customer "
                               "LEFT JOIN order_lines l ON l.order_id = t.id "
                               "WHERE t.customer_id BETWEEN ?1 AND ?2 ORDER BY t.customer_id, t.ordered_at"
                             : "SELECT customer_id, id, ordered_at, amount_minor, NULL, NULL "
                               "FROM transactions INDEXED BY transactions_customer "
                               "WHERE customer_id BETWEEN ?1 AND ?2 ORDER BY customer_id, ordered_at");
        RowCursor events(m_db,
                         "SELECT customer_id, occurred_at, type, channel, value, id FROM events "
                         "INDEXED BY sqlite_autoindex_events_1 WHERE customer_id BETWEEN ?1 AND ?2 "
                         "ORDER BY customer_id, occurred_at");
        // The tier histories (membership/MemberTiers.h), when the workspace has tier rules.
        const bool tiered = !m_spec.tiers.isEmpty();
        RowCursor tiers(m_db,
                        tiered ? "SELECT customer_id, day, tier FROM customer_tiers "
                                 "WHERE customer_id BETWEEN ?1 AND ?2 ORDER BY customer_id, day"
                               : "SELECT NULL, NULL, NULL WHERE ?1 > ?2");
        for (RowCursor *query : {&customers, &orders, &events, &tiers}) {
            query->bind(1, first);
            query->bind(2, last);
        }
        bool moreOrders = orders.step();
        bool moreEvents = events.step();
        bool moreTiers = tiered && tiers.step();
        while (customers.step()) {
            const qint64 id = customers.integer(0);
            m_history.clear();
            m_history.stages.assign(customers.blob(1));
            if (!customers.isNull(2))
                m_history.enteredDay = dayOfSeconds(customers.integer(2));
            // An order comes once per line: it is counted at the first row of its id. Rows
            // come in time order, so an order's rows are among those of its time (in no
            // particular order when orders share a time): the ids seen at the current time.
            std::optional<qint64> currentAt;
            m_sameTime.clear();
            for (; moreOrders && orders.integer(0) <= id; moreOrders = orders.step()) {
                if (orders.integer(0) < id)
                    continue;
                const qint64 at = orders.integer(2);
                const qint32 day = dayOfSeconds(at);
                const qint64 amount = orders.integer(3);
                const qint64 orderId = orders.integer(1);
                if (at != currentAt) {
                    currentAt = at;
                    m_sameTime.clear();
                }
                if (std::find(m_sameTime.begin(), m_sameTime.end(), orderId) == m_sameTime.end()) {
                    m_sameTime.push_back(orderId);
                    m_history.orders.push_back({day, amount});
                }
                // Lines bought on orders: the spend the category shares divide.
                if (lines && isOrder(amount) && !orders.isNull(5) && orders.integer(5) > 0) {
                    qint8 category = -1;
                    if (!orders.isNull(4)) {
                        const auto it = m_productCategory.find(orders.integer(4));
                        if (it != m_productCategory.end())
                            category = it->second;
                    }
                    m_history.lines.push_back({day, category, orders.integer(5)});
                }
            }
            for (; moreEvents && events.integer(0) <= id; moreEvents = events.step()) {
                if (events.integer(0) < id)
                    continue;
                const qint64 at = events.integer(1);
                const qint32 day = dayOfSeconds(at);
                const char *type = events.text(2);
                if (type && std::string_view(type) == kNpsType) {
                    m_history.nps.push_back(
                        {day, at, events.integer(5),
                         events.isNull(4) ? std::numeric_limits<double>::quiet_NaN() : events.real(4)});
                }
                qint8 campaign = -1;
                if (type && std::strncmp(type, "campaign_", 9) == 0) {
                    for (std::size_t k = 0; k < kCampaignTypes.size(); ++k) {
                        if (kCampaignTypes[k] == type)
                            campaign = static_cast<qint8>(k);
                    }
                }
                m_history.touches.push_back({day, static_cast<qint8>(m_types.find(type)),
                                             static_cast<qint8>(m_channels.find(events.text(3))), campaign});
            }
            for (; moreTiers && tiers.integer(0) <= id; moreTiers = tiers.step()) {
                if (tiers.integer(0) < id)
                    continue;
                const qsizetype rank = m_spec.tiers.indexOf(QString::fromUtf8(tiers.text(2)));
                m_history.tiers.emplace_back(static_cast<qint32>(tiers.integer(1)),
                                             static_cast<int>(std::max<qsizetype>(rank, 0)));
            }
            for (std::size_t d = 0; d < out.size(); ++d)
                add(id, out[d]);
        }
        return out;
    }

private:
    // The customer's row as of the result's day, when they belong to the population.
    void add(qint64 id, DayResult &result)
    {
        const qint32 D = result.matrix.asOfDay;
        const auto stage = stageOnDay(m_history.stages.data(), static_cast<qsizetype>(m_history.stages.size()), D);
        qint64 orders = 0, revenue = 0, horizonOrders = 0;
        std::optional<qint32> firstDay, lastDay;
        std::array<qint64, 3> windowOrders{}, windowSpend{};
        constexpr std::array<int, 3> kWindows{30, 90, 365};
        for (const Order &o : m_history.orders) {
            if (o.day > D) {
                if (isOrder(o.amountMinor) && ModelLabels::inHorizon(o.day, D, m_request.horizonDays))
                    ++horizonOrders;
                continue;
            }
            revenue += o.amountMinor;
            for (std::size_t w = 0; w < kWindows.size(); ++w) {
                if (o.day > D - kWindows[w]) {
                    windowSpend[w] += o.amountMinor;
                    windowOrders[w] += isOrder(o.amountMinor) ? 1 : 0;
                }
            }
            if (isOrder(o.amountMinor)) {
                ++orders;
                if (!firstDay)
                    firstDay = o.day;
                lastDay = o.day;
            }
        }
        const bool bought = orders > 0;
        // Known on D: a dated fact on or before D (the stage history begins with the first),
        // or the import that brought them. The history alone would not do: without a dated
        // fact it begins on the import's day, but once a fact after D arrives it begins there.
        const bool imported = m_history.enteredDay && *m_history.enteredDay <= D;
        const bool known = stage.has_value() || imported;
        // Known only through the import: Aware since it.
        const StageOnDay standing =
            stage ? *stage : StageOnDay{LifecycleStage::Aware, imported ? *m_history.enteredDay : D};
        // Days since known: from the first transition or the import, the earlier (a customer
        // with no fact at all and no import is known always, and counts 0).
        qint32 tenure = 0;
        if (known) {
            std::optional<qint32> since;
            if (stage && m_history.stages.size() >= 4)
                since = decodeStageHistory(m_history.stages.data(), 4).front().day;
            if (imported)
                since = since ? std::min(*since, *m_history.enteredDay) : *m_history.enteredDay;
            if (since && *since != kAlwaysKnownDay)
                tenure = std::max(0, D - *since);
        }
        const qint64 recencyDays = bought ? qint64(D - *lastDay) : qint64(tenure);
        if (bought) {
            result.buyers[0].push_back(recencyDays);
            result.buyers[1].push_back(orders);
            result.buyers[2].push_back(revenue);
        }
        if (!ModelLabels::eligible(m_request.target, bought, known))
            return;
        ++result.matrix.population;
        if (m_request.sampleShare < 1.0 && ModelFeatures::sampleHash(id) >= m_request.sampleShare)
            return;

        std::fill(m_row.begin(), m_row.end(), 0.0f);
        float *row = m_row.data();
        row[kRecency] = float(recencyDays);
        row[kFrequency] = float(orders);
        row[kMonetary] = float(revenue);
        row[kTenure] = float(tenure);
        row[kDaysSinceFirst] = bought ? float(D - *firstDay) : 0.0f;
        for (std::size_t w = 0; w < kWindows.size(); ++w) {
            row[kOrders30 + int(w)] = float(windowOrders[w]);
            row[kSpend30 + int(w)] = float(windowSpend[w]);
        }
        // R, F and M scores are filled once every buyer's values are known (finish()).
        if (known) {
            row[kStageFirst + stageIndex(standing.stage)] = 1.0f;
            row[kDaysInStage] = float(std::min<qint64>(tenure, std::max<qint64>(0, qint64(D) - standing.since)));
        }
        // The latest NPS answer by the day: the latest by time, of one time the one imported last.
        const NpsAnswer *latest = nullptr;
        for (const NpsAnswer &a : m_history.nps) {
            if (a.day <= D && (!latest || a.at > latest->at || (a.at == latest->at && a.id > latest->id)))
                latest = &a;
        }
        if (latest && !std::isnan(latest->value)) {
            row[kNps] = float(latest->value);
            row[kHasNps] = 1.0f;
        }
        const int typeBase = kFixedColumns;
        const int channelBase = typeBase + 2 * static_cast<int>(m_spec.eventTypes.size());
        const int categoryBase = channelBase + 2 * static_cast<int>(m_spec.channels.size());
        for (const Touch &t : m_history.touches) {
            if (t.day > D || t.day <= D - 90)
                continue;
            const bool recent = t.day > D - 30;
            if (t.campaign >= 0)
                row[kCampaignFirst + t.campaign] += 1;
            if (t.type >= 0) {
                row[typeBase + 2 * t.type + 1] += 1;
                row[typeBase + 2 * t.type] += recent ? 1 : 0;
            }
            if (t.channel >= 0) {
                row[channelBase + 2 * t.channel + 1] += 1;
                row[channelBase + 2 * t.channel] += recent ? 1 : 0;
            }
        }
        if (!m_spec.categories.isEmpty()) {
            double total = 0;
            std::array<double, FeatureSpec::kMaxCategories> spend{};
            for (const Line &l : m_history.lines) {
                if (l.day > D)
                    continue;
                total += double(l.amountMinor);
                if (l.category >= 0)
                    spend[static_cast<std::size_t>(l.category)] += double(l.amountMinor);
            }
            for (int c = 0; c < m_spec.categories.size() && total > 0; ++c)
                row[categoryBase + c] = float(spend[static_cast<std::size_t>(c)] / total);
        }
        if (!m_spec.tiers.isEmpty()) {
            // The tier on D: of the last change on or before it; the lowest (0) without one.
            int rank = 0;
            for (const auto &[day, tier] : m_history.tiers) {
                if (day <= D)
                    rank = tier;
            }
            row[categoryBase + static_cast<int>(m_spec.categories.size())] = float(rank);
        }
        FeatureMatrix &m = result.matrix;
        m.ids.push_back(id);
        m.values.insert(m.values.end(), m_row.begin(), m_row.end());
        result.rowValues.push_back(bought ? RfmValues{recencyDays, orders, revenue} : RfmValues{});
        if (m_request.labels)
            m.labels.push_back(ModelLabels::label(m_request.target, horizonOrders) ? 1 : 0);
    }

    SQLite::Database &m_db;
    const FeatureSpec &m_spec;
    const FeatureRequest &m_request;
    Matcher m_types;
    Matcher m_channels;
    const std::unordered_map<qint64, qint8> &m_productCategory;
    int m_columns;
    History m_history;
    std::vector<qint64> m_sameTime; // ids of the orders read at the current time
    std::vector<float> m_row;
};

// Quintile scores with RfmScores' rule: 1 + ⌊5·k/n⌋, k the buyers with a strictly worse value,
// ranked on the whole values (`rowValues`, one per row of `m`).
void fillScores(FeatureMatrix &m, const std::vector<RfmValues> &rowValues, std::array<std::vector<qint64>, 3> &buyers)
{
    for (auto &values : buyers)
        std::sort(values.begin(), values.end());
    const double n = double(buyers[0].size());
    if (n == 0)
        return;
    auto score = [n](double worse) { return float(1 + std::floor(5 * worse / n)); };
    const auto &r = buyers[0], &f = buyers[1], &mo = buyers[2];
    for (std::size_t i = 0; i < m.rows(); ++i) {
        const RfmValues &v = rowValues[i];
        if (v[1] <= 0)
            continue; // never bought: no scores
        float *row = m.values.data() + i * static_cast<std::size_t>(m.columns);
        // Recency: worse is longer ago (more days).
        row[kRScore] = score(double(r.end() - std::upper_bound(r.begin(), r.end(), v[0])));
        row[kFScore] = score(double(std::lower_bound(f.begin(), f.end(), v[1]) - f.begin()));
        row[kMScore] = score(double(std::lower_bound(mo.begin(), mo.end(), v[2]) - mo.begin()));
    }
}

} // namespace

QStringList FeatureSpec::names() const
{
    QStringList out;
    for (const char *name : kFixedNames)
        out << QString::fromLatin1(name);
    for (LifecycleStage stage : kLifecycleStages)
        out << u"stage_"_s + stageName(stage);
    out << u"days_in_stage"_s << u"nps"_s << u"has_nps"_s;
    for (const std::string_view type : kCampaignTypes)
        out << QString::fromLatin1(type.data(), qsizetype(type.size())) + u"_90d"_s;
    for (const QString &type : eventTypes)
        out << u"type_%1_30d"_s.arg(type) << u"type_%1_90d"_s.arg(type);
    for (const QString &channel : channels)
        out << u"channel_%1_30d"_s.arg(channel) << u"channel_%1_90d"_s.arg(channel);
    for (const QString &category : categories)
        out << u"category_share_%1"_s.arg(category);
    if (!tiers.isEmpty())
        out << u"tier_rank"_s;
    return out;
}

QJsonObject FeatureSpec::toJson() const
{
    return {{u"event_types"_s, QJsonArray::fromStringList(eventTypes)},
            {u"channels"_s, QJsonArray::fromStringList(channels)},
            {u"categories"_s, QJsonArray::fromStringList(categories)},
            {u"tiers"_s, QJsonArray::fromStringList(tiers)}};
}

FeatureSpec FeatureSpec::fromJson(const QJsonObject &object)
{
    auto list = [&](const char *key, int limit) {
        QStringList out;
        for (const QJsonValue v : object.value(QLatin1StringView(key)).toArray()) {
            if (out.size() < limit && v.isString())
                out << v.toString();
        }
        return out;
    };
    FeatureSpec spec;
    spec.eventTypes = list("event_types", kMaxEventTypes);
    spec.channels = list("channels", kMaxChannels);
    spec.categories = list("categories", kMaxCategories);
    spec.tiers = list("tiers", 12);
    return spec;
}

FeatureSpec FeatureSpec::choose(SQLite::Database &db, qint32 lastDay)
{
    // Rows of days after `lastDay` are not read: a model trained on the features as of that
    // day learns nothing from which types or categories came to be common after it.
    const auto before = static_cast<int64_t>(lastDay + 1) * 86400;
    // Stretches of `width` keys (about kStretchRows rows) spread over the key range of a table.
    auto stretches = [&](const char *bounds, qint64 width, const auto &read) {
        SQLite::Statement q(db, bounds);
        if (!q.executeStep() || q.getColumn(0).isNull())
            return;
        const qint64 lo = q.getColumn(0).getInt64(), hi = q.getColumn(1).getInt64();
        const qint64 span = hi - lo + 1;
        if (span <= kSampleStretches * width) {
            read(lo, hi);
            return;
        }
        for (int s = 0; s < kSampleStretches; ++s) {
            const qint64 from = lo + span / kSampleStretches * s;
            read(from, from + width - 1);
        }
    };
    FeatureSpec spec;
    std::map<QString, double> types, channels, categories;
    {
        // Stretches of customers holding about kStretchRows events (ids count events written).
        SQLite::Statement q(db,
                            "SELECT lower(type), lower(channel) FROM events INDEXED BY sqlite_autoindex_events_1 "
                            "WHERE customer_id BETWEEN ?1 AND ?2 AND occurred_at < ?3");
        const qint64 customers = db.execAndGet("SELECT coalesce(max(id), 0) FROM customers").getInt64();
        const qint64 width = std::clamp<qint64>(
            kStretchRows * std::max<qint64>(customers, 1) / std::max<qint64>(EventIds::last(db), 1), 1, kStretchRows);
        stretches("SELECT (SELECT min(customer_id) FROM events), (SELECT max(customer_id) FROM events)", width,
                  [&](qint64 from, qint64 to) {
                      q.bind(1, static_cast<int64_t>(from));
                      q.bind(2, static_cast<int64_t>(to));
                      q.bind(3, before);
                      while (q.executeStep()) {
                          const QString type = QString::fromUtf8(q.getColumn(0).getText());
                          if (!type.isEmpty() && !ownFeature(type))
                              types[type] += 1;
                          if (!q.getColumn(1).isNull() && q.getColumn(1).getText()[0] != '\0')
                              channels[QString::fromUtf8(q.getColumn(1).getText())] += 1;
                      }
                      q.reset();
                  });
    }
    {
        SQLite::Statement q(
            db,
            "SELECT p.category, l.amount_minor FROM order_lines l JOIN transactions t ON t.id = l.order_id "
            "JOIN products p ON p.id = l.product_id WHERE l.order_id BETWEEN ?1 AND ?2 "
            "AND t.amount_minor > 0 AND l.amount_minor > 0 AND p.category <> '' AND +t.ordered_at < ?3");
        stretches("SELECT (SELECT min(id) FROM transactions), (SELECT max(id) FROM transactions)", kStretchRows,
                  [&](qint64 from, qint64 to) {
                      q.bind(1, static_cast<int64_t>(from));
                      q.bind(2, static_cast<int64_t>(to));
                      q.bind(3, before);
                      while (q.executeStep())
                          categories[QString::fromUtf8(q.getColumn(0).getText())] += double(q.getColumn(1).getInt64());
                      q.reset();
                  });
    }
    spec.eventTypes = top(types, kMaxEventTypes);
    spec.channels = top(channels, kMaxChannels);
    spec.categories = top(categories, kMaxCategories);
    if (const std::optional<TierRules> rules = TierRules::load(db)) {
        for (const TierRule &tier : rules->tiers)
            spec.tiers << tier.name;
    }
    return spec;
}

qint64 FeatureMatrix::positives() const
{
    qint64 n = 0;
    for (const std::uint8_t label : labels)
        n += label ? 1 : 0;
    return n;
}

double ModelFeatures::sampleHash(qint64 customerId)
{
    // splitmix64 of the id: the top 53 bits as a fraction.
    quint64 z = static_cast<quint64>(customerId) + 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return double(z >> 11) / double(quint64(1) << 53);
}

std::vector<FeatureMatrix> ModelFeatures::build(SQLite::Database &db, const FeatureSpec &spec,
                                                const FeatureRequest &request, const Progress &progress,
                                                const std::atomic_bool *cancel)
{
    // The products of the chosen categories (the catalogue is small).
    std::unordered_map<qint64, qint8> productCategory;
    if (!spec.categories.isEmpty()) {
        SQLite::Statement q(db, "SELECT id, category FROM products WHERE category <> ''");
        while (q.executeStep()) {
            const QString category = QString::fromUtf8(q.getColumn(1).getText());
            for (int c = 0; c < spec.categories.size(); ++c) {
                if (category.compare(spec.categories[c], Qt::CaseInsensitive) == 0) {
                    productCategory.emplace(q.getColumn(0).getInt64(), static_cast<qint8>(c));
                    break;
                }
            }
        }
    }
    const CustomerIdRange ids = CustomerIds::range(db);
    const qint64 span = ids.last - ids.first + 1;
    ParallelRanges ranges(ids.first, ids.last, static_cast<std::size_t>(std::max<qint64>(1, span / kRangeWidth + 1)));
    std::vector<std::vector<DayResult>> parts(ranges.count());
    std::atomic<qint64> done{0};
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 4);
    ranges.run(db, threads, [&](SQLite::Database &connection, int part) {
        Pass pass(connection, spec, request, productCategory);
        while (const auto range = ranges.next()) {
            if (cancel && cancel->load()) {
                ranges.stop();
                return;
            }
            parts[range->index] = pass.read(range->first, range->last);
            done += range->last - range->first + 1;
            if (part == 0 && progress)
                progress(done.load(), span);
        }
    });
    if (cancel && cancel->load())
        return {};
    std::vector<FeatureMatrix> out(request.asOfDays.size());
    for (std::size_t d = 0; d < out.size(); ++d) {
        FeatureMatrix &m = out[d];
        m.asOfDay = request.asOfDays[d];
        m.columns = spec.columns();
        std::array<std::vector<qint64>, 3> buyers;
        std::vector<RfmValues> rowValues;
        std::size_t rows = 0;
        for (const auto &p : parts)
            rows += p.empty() ? 0 : p[d].matrix.rows();
        m.ids.reserve(rows);
        m.values.reserve(rows * static_cast<std::size_t>(m.columns));
        rowValues.reserve(rows);
        for (auto &p : parts) {
            if (p.empty())
                continue;
            FeatureMatrix &piece = p[d].matrix;
            m.ids.insert(m.ids.end(), piece.ids.begin(), piece.ids.end());
            m.values.insert(m.values.end(), piece.values.begin(), piece.values.end());
            m.labels.insert(m.labels.end(), piece.labels.begin(), piece.labels.end());
            m.population += piece.population;
            rowValues.insert(rowValues.end(), p[d].rowValues.begin(), p[d].rowValues.end());
            for (std::size_t k = 0; k < 3; ++k)
                buyers[k].insert(buyers[k].end(), p[d].buyers[k].begin(), p[d].buyers[k].end());
            piece = FeatureMatrix();
            p[d].rowValues = {};
            p[d].buyers = {};
        }
        fillScores(m, rowValues, buyers);
    }
    if (progress)
        progress(span, span);
    return out;
}

} // namespace mwb
