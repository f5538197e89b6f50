#include "JourneyAnalyzer.h"

#include <QCoreApplication>
#include <QThread>

#include "segments/SegmentQuery.h"
#include "store/CustomerIds.h"
#include "store/EventIds.h"
#include "store/ParallelRanges.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <atomic>
#include <limits>
#include <map>
#include <tuple>
#include <cmath>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::JourneyAnalysis" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::JourneyAnalysis)
};

constexpr qint64 kDay = 86400;
const QString kDirect = kJourneyDirect.toString();
const QString kNoTouchpoint = kJourneyNoTouchpoint.toString();
const QString kMore = kJourneyMore.toString();
const QString kPurchase = kJourneyPurchase.toString();
const QString kNoPurchase = kJourneyNoPurchase.toString();

struct Touch
{
    qint64 at = 0;
    int label = 0; // index into the label table
};

struct PathAccumulator
{
    QStringList steps;
    qint64 customers = 0;
    qint64 converters = 0;
    std::vector<double> days; // to convert, of the converters
};

std::optional<double> median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1)
        return *middle;
    const double upper = *middle;
    const double lower = *std::max_element(values.begin(), middle);
    return (static_cast<double>(lower) + upper) / 2;
}

// Interned step labels: one small integer each, so a journey is a short vector of ints.
class Labels
{
public:
    int id(const std::string &text)
    {
        const auto it = m_ids.find(text);
        if (it != m_ids.end())
            return it->second;
        const int id = static_cast<int>(m_names.size());
        m_names.append(QString::fromStdString(text));
        m_ids.emplace(text, id);
        return id;
    }
    const QString &name(int id) const { return m_names[id]; }

private:
    std::unordered_map<std::string, int> m_ids;
    QStringList m_names;
};

// What one range of customers adds to the analysis: its paths (by their steps), the credit
// of each channel or type, and the counts.
struct RangeTally
{
    std::vector<PathAccumulator> paths;
    std::unordered_map<QString, ChannelCredit> credits;
    qint64 customers = 0;
    qint64 converters = 0;
    qint64 touchpoints = 0;
    double firstPurchaseRevenueMinor = 0;
};

// Customers per range of the parallel pass (MWB_JOURNEY_RANGE sets it for tests).
qint64 rangeWidth()
{
    bool set = false;
    const int width = qEnvironmentVariableIntValue("MWB_JOURNEY_RANGE", &set);
    return set && width > 0 ? width : 16384;
}

} // namespace

JourneyResult JourneyAnalyzer::analyze(SQLite::Database &db, const JourneyFilter &filter, const Progress &progress,
                                       const std::atomic_bool *cancel)
{
    JourneyResult result;
    try {
        // Members of the segment, when one is chosen.
        std::vector<qint64> members;
        const bool bySegment = filter.segment.has_value();
        if (bySegment) {
            QString error;
            const QList<qint64> ids = SegmentQuery::ids(db, *filter.segment, &error);
            if (!error.isEmpty()) {
                result.error = error;
                return result;
            }
            members.assign(ids.cbegin(), ids.cend());
        }
        auto inSegment = [&](qint64 id) {
            return !bySegment || std::binary_search(members.begin(), members.end(), id);
        };
        const qint64 from =
            filter.from.isValid() ? QDate(1970, 1, 1).daysTo(filter.from) * kDay : std::numeric_limits<qint64>::min();
        const qint64 to =
            filter.to.isValid() ? (QDate(1970, 1, 1).daysTo(filter.to) + 1) * kDay : std::numeric_limits<qint64>::max();
        // Channels are kept in the shared vocabulary's lower-case names.
        std::vector<std::string> channels;
        for (const QString &c : filter.channels)
            channels.push_back(c.toLower().toStdString());
        const int maxSteps = std::max(2, filter.maxSteps);

        const qint64 eventsTotal = std::max<qint64>(1, EventIds::last(db)); // the ids count the events written

        // A period reads only the customers whose journey can start in it. The journey starts
        // at the first wanted touchpoint before the first order, else at the first order, so
        // never before the first event or order (customer_metrics keeps both): none starts
        // in the period when both come after it, or when the first order comes before it;
        // nor, when every touchpoint is wanted, when a touchpoint before the first order
        // comes before it.
        const bool period = filter.from.isValid() || filter.to.isValid();
        const bool everyTouch = channels.empty() && filter.includeCampaignContacts;
        const std::string candidates = period
            ? std::string(" AND customer_id IN (SELECT customer_id FROM customer_metrics "
                          "WHERE customer_id BETWEEN :first AND :last "
                          "AND (first_purchase_at IS NULL OR first_purchase_at >= :from) "
                          "AND min(coalesce(first_event_at, :never), "
                          "coalesce(first_purchase_at, :never)) < :to")
                + (everyTouch ? " AND (first_event_at IS NULL OR first_event_at >= :from "
                                "OR first_event_at >= coalesce(first_purchase_at, :never))"
                              : "")
                + ")"
            : std::string();

        // The customers in ranges of ids, read on as many connections as there are cores;
        // each range's tally is kept apart and they are added up in the ranges' order, so the
        // result does not depend on which connection read which range.
        const CustomerIdRange ids = CustomerIds::range(db);
        const qint64 span = ids.last - ids.first + 1;
        ParallelRanges ranges(ids.first, ids.last,
                              static_cast<std::size_t>(std::max<qint64>(0, (span + rangeWidth() - 1) / rangeWidth())));
        std::vector<RangeTally> tallies(ranges.count());
        std::atomic<qint64> touchpointsRead{0};
        std::atomic_bool cancelled{false};
        const int parts = std::clamp(QThread::idealThreadCount(), 1, 4);
        ranges.run(db, parts, [&](SQLite::Database &connection, int part) {
            // Two streams in customer order: each buyer's first order, and every touchpoint.
            SQLite::Statement orders(connection,
                                     "SELECT customer_id, ordered_at, amount_minor FROM transactions "
                                     "WHERE customer_id BETWEEN :first AND :last AND amount_minor > 0"
                                         + candidates + " ORDER BY customer_id, ordered_at");
            SQLite::Statement events(connection,
                                     "SELECT customer_id, occurred_at, type, coalesce(channel, '') FROM events "
                                     "INDEXED BY sqlite_autoindex_events_1 WHERE customer_id BETWEEN :first AND :last"
                                         + candidates + " ORDER BY customer_id, occurred_at");
            Labels labels;
            std::vector<Touch> touches;
            std::vector<int> steps;
            std::string key;
            qint64 sinceProgress = 0;
            while (const auto range = ranges.next()) {
                RangeTally &tally = tallies[range->index];
                std::unordered_map<std::string, PathAccumulator> paths; // by the labels' ids
                for (SQLite::Statement *statement : {&orders, &events}) {
                    statement->reset();
                    statement->bind(":first", static_cast<int64_t>(range->first));
                    statement->bind(":last", static_cast<int64_t>(range->last));
                    if (period) {
                        statement->bind(":from", static_cast<int64_t>(from));
                        statement->bind(":to", static_cast<int64_t>(to));
                        statement->bind(":never", std::numeric_limits<int64_t>::max());
                    }
                }
                bool moreOrders = orders.executeStep();
                bool moreEvents = events.executeStep();
                while (moreOrders || moreEvents) {
                    if ((cancel && cancel->load()) || cancelled.load()) {
                        cancelled = true;
                        ranges.stop();
                        return;
                    }
                    const qint64 customer = !moreEvents ? orders.getColumn(0).getInt64()
                        : !moreOrders                   ? events.getColumn(0).getInt64()
                                      : std::min(orders.getColumn(0).getInt64(), events.getColumn(0).getInt64());
                    // The customer's first order.
                    std::optional<std::pair<qint64, qint64>> firstOrder; // time, amount
                    while (moreOrders && orders.getColumn(0).getInt64() == customer) {
                        if (!firstOrder)
                            firstOrder = std::pair{orders.getColumn(1).getInt64(), orders.getColumn(2).getInt64()};
                        moreOrders = orders.executeStep();
                    }
                    // Their touchpoints before it (all of them without one).
                    touches.clear();
                    while (moreEvents && events.getColumn(0).getInt64() == customer) {
                        ++tally.touchpoints;
                        if (++sinceProgress == 4096) {
                            const qint64 read = touchpointsRead += sinceProgress;
                            sinceProgress = 0;
                            if (part == 0 && progress) // on the caller's thread only
                                progress(std::min(read, eventsTotal), eventsTotal);
                        }
                        const qint64 at = events.getColumn(1).getInt64();
                        const char *type = events.getColumn(2).getText();
                        const std::string channel = events.getColumn(3).getString();
                        const bool campaign = std::string_view(type).starts_with("campaign_");
                        const bool wanted = (filter.includeCampaignContacts || !campaign)
                            && (channels.empty()
                                || std::find(channels.begin(), channels.end(), channel) != channels.end());
                        if (wanted && (!firstOrder || at < firstOrder->first)) {
                            const std::string label =
                                filter.step == JourneyStep::Channel && !channel.empty() ? channel : type;
                            touches.push_back({at, labels.id(label)});
                        }
                        moreEvents = events.executeStep();
                    }
                    if (touches.empty() && !firstOrder)
                        continue;
                    const qint64 start = touches.empty() ? firstOrder->first : touches.front().at;
                    if (start < from || start >= to || !inSegment(customer))
                        continue;

                    ++tally.customers;
                    const bool converted = firstOrder.has_value();
                    // The path: consecutive repeats collapsed, the last steps kept.
                    steps.clear();
                    for (const Touch &t : touches) {
                        if (steps.empty() || steps.back() != t.label)
                            steps.push_back(t.label);
                    }
                    const bool truncated = static_cast<int>(steps.size()) > maxSteps;
                    if (truncated)
                        steps.erase(steps.begin(), steps.end() - (maxSteps - 1));
                    key.clear();
                    if (truncated)
                        key.push_back('\x1e'); // after clear(): no overlapping copy for GCC 12 to warn of
                    for (const int s : steps) {
                        key += std::to_string(s);
                        key.push_back('\x1f');
                    }
                    PathAccumulator &path = paths[key];
                    if (path.customers == 0) {
                        if (truncated)
                            path.steps.append(kMore);
                        for (const int s : steps)
                            path.steps.append(labels.name(s));
                    }
                    ++path.customers;
                    if (!converted)
                        continue;
                    ++path.converters;
                    ++tally.converters;
                    const double revenue = static_cast<double>(firstOrder->second);
                    tally.firstPurchaseRevenueMinor += revenue;
                    path.days.push_back(static_cast<double>(firstOrder->first - start) / kDay);

                    // Attribution of the first order's amount.
                    if (touches.empty()) {
                        ChannelCredit &c = tally.credits[kDirect];
                        c.firstTouchMinor += revenue;
                        c.lastTouchMinor += revenue;
                        c.linearMinor += revenue;
                        c.timeDecayMinor += revenue;
                        continue;
                    }
                    tally.credits[labels.name(touches.front().label)].firstTouchMinor += revenue;
                    tally.credits[labels.name(touches.back().label)].lastTouchMinor += revenue;
                    double weights = 0;
                    for (const Touch &t : touches)
                        weights +=
                            std::exp2(-static_cast<double>(firstOrder->first - t.at) / kDay / filter.halfLifeDays);
                    for (const Touch &t : touches) {
                        ChannelCredit &c = tally.credits[labels.name(t.label)];
                        c.linearMinor += revenue / static_cast<double>(touches.size());
                        c.timeDecayMinor += revenue
                            * std::exp2(-static_cast<double>(firstOrder->first - t.at) / kDay / filter.halfLifeDays)
                            / weights;
                    }
                }
                // The range's paths by their steps' names (the labels' ids are this connection's).
                for (auto &[label, path] : paths)
                    tally.paths.emplace_back(std::move(path));
            }
        });
        if (cancelled.load()) {
            result.cancelled = true;
            return result;
        }
        if (progress)
            progress(eventsTotal, eventsTotal);

        // The ranges' tallies added up in their order.
        std::unordered_map<QString, PathAccumulator> paths;
        std::unordered_map<QString, ChannelCredit> credits;
        for (RangeTally &tally : tallies) {
            result.customers += tally.customers;
            result.converters += tally.converters;
            result.touchpoints += tally.touchpoints;
            result.firstPurchaseRevenueMinor += tally.firstPurchaseRevenueMinor;
            for (PathAccumulator &path : tally.paths) {
                PathAccumulator &sum = paths[path.steps.join(u'\x1f')];
                if (sum.customers == 0)
                    sum.steps = path.steps;
                sum.customers += path.customers;
                sum.converters += path.converters;
                sum.days.insert(sum.days.end(), path.days.begin(), path.days.end());
            }
            for (const auto &[channel, credit] : tally.credits) {
                ChannelCredit &sum = credits[channel];
                sum.firstTouchMinor += credit.firstTouchMinor;
                sum.lastTouchMinor += credit.lastTouchMinor;
                sum.linearMinor += credit.linearMinor;
                sum.timeDecayMinor += credit.timeDecayMinor;
            }
        }

        // Paths by customers; the ones past the top go into "other".
        std::vector<PathAccumulator *> sorted;
        sorted.reserve(paths.size());
        for (auto &[k, p] : paths)
            sorted.push_back(&p);
        std::sort(sorted.begin(), sorted.end(), [](const PathAccumulator *a, const PathAccumulator *b) {
            if (a->customers != b->customers)
                return a->customers > b->customers;
            return a->steps.join(u'\x1f') < b->steps.join(u'\x1f');
        });
        std::vector<double> otherDays;
        for (std::size_t i = 0; i < sorted.size(); ++i) {
            PathAccumulator &p = *sorted[i];
            if (static_cast<int>(i) < filter.topPaths) {
                result.paths.append({p.steps, p.customers, p.converters, median(p.days)});
            } else {
                result.other.customers += p.customers;
                result.other.converters += p.converters;
                otherDays.insert(otherDays.end(), p.days.begin(), p.days.end());
            }
        }
        result.other.steps = {kJourneyOtherPaths.toString()};
        result.other.medianDaysToConvert = median(std::move(otherDays));

        // Bands of the flow drawing, from the listed paths.
        std::map<std::tuple<int, QString, QString>, qint64> bands;
        for (const JourneyPath &p : std::as_const(result.paths)) {
            const QStringList steps = p.steps.isEmpty() ? QStringList{kNoTouchpoint} : p.steps;
            for (qsizetype i = 0; i + 1 < steps.size(); ++i)
                bands[{static_cast<int>(i), steps[i], steps[i + 1]}] += p.customers;
            const int last = static_cast<int>(steps.size() - 1);
            if (p.converters > 0)
                bands[{last, steps.last(), kPurchase}] += p.converters;
            if (p.customers > p.converters)
                bands[{last, steps.last(), kNoPurchase}] += p.customers - p.converters;
        }
        for (const auto &[k, customers] : bands)
            result.links.append({std::get<0>(k), std::get<1>(k), std::get<2>(k), customers});

        for (auto &[channel, credit] : credits) {
            credit.channel = channel;
            result.attribution.append(credit);
        }
        std::sort(result.attribution.begin(), result.attribution.end(),
                  [](const ChannelCredit &a, const ChannelCredit &b) {
                      return a.lastTouchMinor != b.lastTouchMinor ? a.lastTouchMinor > b.lastTouchMinor
                                                                  : a.channel < b.channel;
                  });
    } catch (const SQLite::Exception &e) {
        result.error = Text::tr("Cannot read the touchpoints: %1").arg(QString::fromUtf8(e.what()));
    }
    return result;
}

} // namespace mwb
