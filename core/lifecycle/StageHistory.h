// StageHistory: a customer's 5A stage as a function of the day, computed once from the
// customer's raw history and kept as a short list of transitions (the day a stage
// began). The stage on any day is then a binary search, so the funnel as of any date,
// migrations between two dates and monthly trends never re-read orders and events.
// Days are whole days since 1970-01-01 (UTC).
#pragma once

#include "LifecycleRules.h"
#include "vocabulary/LifecycleStage.h"
#include "vocabulary/Figures.h"

#include <QByteArray>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace mwb {

// Before this day a customer known "always" (no dated fact at all) is already known.
inline constexpr qint32 kAlwaysKnownDay = -(1 << 26);

// What a customer did, as the lifecycle rules read it. Any order of the entries.
//
// A customer is known (Aware) from their first dated fact of any kind: signing up, an
// order, a refund, an order of nothing, a touchpoint. A customer with no dated fact at all
// is known from the day they entered the workspace (the day of the import that brought
// them); one with neither (none is made so today) is known always.
struct CustomerFacts
{
    enum class Touch : quint8 {
        Known,       // our own send, a bounce, an unsubscribe: known, not engaged
        Engaged,     // a touchpoint of the customer's own
        Promoter,    // an NPS answer at or above the promoter score (also engaged)
        NotPromoter, // an NPS answer below it (also engaged)
        Referral,    // referred someone (also engaged)
    };
    struct TouchAt
    {
        qint32 day;
        Touch touch;
    };
    std::optional<qint32> signupDay;
    std::vector<qint32> purchaseDays;          // one entry per order with a positive amount
    std::vector<TouchAt> touches;              // NPS answers of one day: the last one listed counts
    std::optional<qint32> otherTransactionDay; // the earliest refund or order of nothing
    std::optional<qint32> enteredDay;          // the day of the import that brought the customer

    // An order (positive amount: a purchase) or a refund or order of nothing (which only
    // make the customer known): the one rule of what a transaction is to the lifecycle.
    void addTransaction(qint32 day, qint64 amountMinor)
    {
        if (isOrder(amountMinor))
            purchaseDays.push_back(day);
        else if (!otherTransactionDay || day < *otherTransactionDay)
            otherTransactionDay = day;
    }
    bool hasDatedFact() const { return signupDay || !purchaseDays.empty() || !touches.empty() || otherTransactionDay; }
    void clear();
};

struct StageTransition
{
    qint32 day;
    LifecycleStage stage;
    friend bool operator==(const StageTransition &, const StageTransition &) = default;
};

using StageTransitions = std::vector<StageTransition>;

// The transitions of one customer under the rules; empty for a customer with no facts
// and no signup (such a customer is stored as Aware since kAlwaysKnownDay).
StageTransitions computeStageHistory(const CustomerFacts &facts, const LifecycleRules &rules);

// The same for many customers in a row, reusing its buffers (no allocation per customer).
class StageHistoryBuilder
{
public:
    explicit StageHistoryBuilder(const LifecycleRules &rules);
    ~StageHistoryBuilder();
    StageHistoryBuilder(const StageHistoryBuilder &) = delete;
    StageHistoryBuilder &operator=(const StageHistoryBuilder &) = delete;

    // Valid until the next call.
    const StageTransitions &build(const CustomerFacts &facts);

private:
    struct Scratch;
    LifecycleRules m_rules;
    std::vector<int> m_thresholds; // the distinct inactivity thresholds
    std::unique_ptr<Scratch> m_scratch;
    StageTransitions m_transitions;
};

// Four bytes a transition: day × 8 + stage, little-endian.
QByteArray encodeStageHistory(const StageTransitions &transitions);
void encodeStageHistory(const StageTransitions &transitions, QByteArray &out); // reuses out's memory
StageTransitions decodeStageHistory(const char *data, qsizetype size);
void decodeStageHistory(const char *data, qsizetype size, StageTransitions &out); // reuses out's memory

// The stage on `day` (none before the customer was known), and the day it began.
struct StageOnDay
{
    LifecycleStage stage;
    qint32 since;
};
std::optional<StageOnDay> stageOnDay(const char *data, qsizetype size, qint32 day);

} // namespace mwb
