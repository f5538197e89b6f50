// JourneyAnalyzer: the paths customers take to their first purchase and the channels that
// earn it, over all touchpoints in one pass.
//
// A customer's journey is their touchpoints in time order: for those who bought, the ones
// before their first order; for the others, all of them. Each touchpoint is a step named by
// its channel (or its event type); consecutive repeats collapse into one step, and a
// journey longer than maxSteps keeps its last maxSteps − 1 steps after a leading "…".
// A path is counted once per customer with how many took it, how many of them bought and
// the median days from their first touch to the first order.
//
// Attribution of first-purchase revenue (the amount of each buyer's first order) to the
// channels of the touchpoints before it: first touch, last touch, linear (equal shares of
// every touchpoint) and time decay (weights halving every halfLifeDays before the order).
// Buyers without a touchpoint before their first order credit "(direct)".
#pragma once

#include "segments/SegmentDefinition.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace SQLite {
class Database;
}

namespace mwb {

enum class JourneyStep {
    Channel,
    EventType
};

// The labels the analysis writes itself (the rest are channels or event types).
inline constexpr QStringView kJourneyPurchase = u"Purchase";
inline constexpr QStringView kJourneyNoPurchase = u"No purchase";
inline constexpr QStringView kJourneyNoTouchpoint = u"(no touchpoint)";
inline constexpr QStringView kJourneyDirect = u"(direct)";
inline constexpr QStringView kJourneyOtherPaths = u"(other paths)";
inline constexpr QStringView kJourneyMore = u"…";

struct JourneyFilter
{
    QDate from;                         // journeys starting (first touch, else first order) on or after; invalid: any
    QDate to;                           // … on or before; invalid: any
    std::optional<SegmentNode> segment; // only its members
    QStringList channels;               // only touchpoints on these channels (empty: all)
    JourneyStep step = JourneyStep::Channel;
    bool includeCampaignContacts = true; // our sends and their results (campaign_* events)
    int maxSteps = 6;
    int topPaths = 50; // paths listed (by customers), the rest summed as "other"
    double halfLifeDays = 7;
};

struct JourneyPath
{
    QStringList steps; // empty: no touchpoint
    qint64 customers = 0;
    qint64 converters = 0;
    std::optional<double> medianDaysToConvert;
    double conversionRate() const { return customers > 0 ? double(converters) / double(customers) : 0.0; }
};

// One band of the flow drawing: customers moving from a step at one position to the next;
// the last position of a path leads to "Purchase" or "No purchase".
struct JourneyLink
{
    int position = 0; // of `from` (0: first step)
    QString from;
    QString to;
    qint64 customers = 0;
};

struct ChannelCredit
{
    QString channel;
    double firstTouchMinor = 0;
    double lastTouchMinor = 0;
    double linearMinor = 0;
    double timeDecayMinor = 0;
};

struct JourneyResult
{
    qint64 customers = 0; // with a journey in the filter
    qint64 converters = 0;
    qint64 touchpoints = 0; // read: of every customer, or of those whose journey can start in the period
    double firstPurchaseRevenueMinor = 0;
    QList<JourneyPath> paths; // most customers first; `other` holds the rest
    JourneyPath other;
    QList<JourneyLink> links;         // of the listed paths
    QList<ChannelCredit> attribution; // by last-touch credit, largest first
    QString error;
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

class JourneyAnalyzer
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    static JourneyResult analyze(SQLite::Database &db, const JourneyFilter &filter, const Progress &progress = {},
                                 const std::atomic_bool *cancel = nullptr);
};

} // namespace mwb
