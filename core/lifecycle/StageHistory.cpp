#include "StageHistory.h"

#include <algorithm>
#include <cstring>
#include <memory>

namespace mwb {

void CustomerFacts::clear()
{
    signupDay.reset();
    purchaseDays.clear();
    touches.clear();
    otherTransactionDay.reset();
    enteredDay.reset();
}

namespace {

using Touch = CustomerFacts::Touch;

// The facts sorted for binary searches.
struct SortedFacts
{
    qint32 knownDay = kAlwaysKnownDay;
    std::vector<qint32> purchases; // with repeats
    std::vector<qint32> activity;  // purchase and engagement days, unique
    std::vector<qint32> npsDays;   // unique days with an NPS answer
    std::vector<bool> npsPromoter; // the answer that counts on that day
    std::optional<qint32> firstReferral;
};

void sortFacts(const CustomerFacts &facts, SortedFacts &s, std::vector<CustomerFacts::TouchAt> &touches)
{
    s.knownDay = kAlwaysKnownDay;
    s.npsDays.clear();
    s.npsPromoter.clear();
    s.firstReferral.reset();
    // Facts read from the workspace come in time order: then the sorts are only checks.
    s.purchases.assign(facts.purchaseDays.begin(), facts.purchaseDays.end());
    if (!std::is_sorted(s.purchases.begin(), s.purchases.end()))
        std::sort(s.purchases.begin(), s.purchases.end());
    s.activity.assign(s.purchases.begin(), s.purchases.end());
    const auto purchasesEnd = static_cast<std::ptrdiff_t>(s.activity.size());

    // Stable, so among NPS answers of one day the last one listed wins.
    touches.assign(facts.touches.begin(), facts.touches.end());
    const auto byDay = [](const auto &a, const auto &b) { return a.day < b.day; };
    if (!std::is_sorted(touches.begin(), touches.end(), byDay))
        std::stable_sort(touches.begin(), touches.end(), byDay);
    std::optional<qint32> known = facts.signupDay;
    auto earliest = [&known](qint32 day) { known = known ? std::min(*known, day) : day; };
    if (!s.purchases.empty())
        earliest(s.purchases.front());
    if (facts.otherTransactionDay)
        earliest(*facts.otherTransactionDay);
    for (const auto &t : touches) {
        earliest(t.day);
        if (t.touch == Touch::Known)
            continue;
        s.activity.push_back(t.day);
        if (t.touch == Touch::Promoter || t.touch == Touch::NotPromoter) {
            const bool promoter = t.touch == Touch::Promoter;
            if (!s.npsDays.empty() && s.npsDays.back() == t.day) {
                s.npsPromoter.back() = promoter;
            } else {
                s.npsDays.push_back(t.day);
                s.npsPromoter.push_back(promoter);
            }
        } else if (t.touch == Touch::Referral && !s.firstReferral) {
            s.firstReferral = t.day;
        }
    }
    // Two sorted runs: the purchases, then the engagement days.
    std::inplace_merge(s.activity.begin(), s.activity.begin() + purchasesEnd, s.activity.end());
    s.activity.erase(std::unique(s.activity.begin(), s.activity.end()), s.activity.end());
    if (!known)
        known = facts.enteredDay; // nothing dated: known from the day they came in
    if (known)
        s.knownDay = *known;
}

std::optional<LifecycleStage> stageOn(const SortedFacts &s, const LifecycleRules &rules, qint32 day)
{
    if (day < s.knownDay)
        return std::nullopt;
    const auto purchasedUpTo = std::upper_bound(s.purchases.begin(), s.purchases.end(), day);
    const auto activityUpTo = std::upper_bound(s.activity.begin(), s.activity.end(), day);
    if (activityUpTo == s.activity.begin())
        return LifecycleStage::Aware;
    const qint32 lastActivity = *(activityUpTo - 1);

    const auto windowStart = std::lower_bound(s.purchases.begin(), purchasedUpTo, day - rules.advocateWindowDays + 1);
    const bool frequent = purchasedUpTo - windowStart >= rules.advocateMinPurchases;
    const auto npsUpTo = std::upper_bound(s.npsDays.begin(), s.npsDays.end(), day);
    const bool promoter =
        npsUpTo != s.npsDays.begin() && s.npsPromoter[static_cast<std::size_t>(npsUpTo - s.npsDays.begin() - 1)];
    const bool referred = rules.referralMakesAdvocate && s.firstReferral && *s.firstReferral <= day;

    LifecycleStage stage = LifecycleStage::Attempt;
    if (frequent || promoter || referred)
        stage = LifecycleStage::Advocate;
    else if (purchasedUpTo != s.purchases.begin())
        stage = LifecycleStage::Adopt;
    if (day - lastActivity >= rules.abandonAfterDays(stage))
        return LifecycleStage::Abandon;
    return stage;
}

} // namespace

struct StageHistoryBuilder::Scratch
{
    SortedFacts sorted;
    std::vector<CustomerFacts::TouchAt> touches;
    std::vector<qint32> days;
};

StageHistoryBuilder::StageHistoryBuilder(const LifecycleRules &rules)
    : m_rules(rules)
    , m_scratch(std::make_unique<Scratch>())
{
    for (int threshold : {rules.abandonAfterDaysAttempt, rules.abandonAfterDaysAdopt, rules.abandonAfterDaysAdvocate}) {
        if (std::find(m_thresholds.begin(), m_thresholds.end(), threshold) == m_thresholds.end())
            m_thresholds.push_back(threshold);
    }
}

StageHistoryBuilder::~StageHistoryBuilder() = default;

const StageTransitions &StageHistoryBuilder::build(const CustomerFacts &facts)
{
    m_transitions.clear();
    if (!facts.hasDatedFact() && !facts.enteredDay)
        return m_transitions; // known always

    SortedFacts &s = m_scratch->sorted;
    sortFacts(facts, s, m_scratch->touches);

    // The stage can only change on a day something happens, a purchase leaves the
    // advocate window, or an inactivity threshold is reached.
    // Each kind of day is a sorted run of its own; merged one after the other.
    std::vector<qint32> &days = m_scratch->days;
    days.assign(1, s.knownDay);
    auto appendRun = [&days](const std::vector<qint32> &from, qint32 offset) {
        const auto middle = static_cast<std::ptrdiff_t>(days.size());
        for (qint32 day : from)
            days.push_back(day + offset);
        std::inplace_merge(days.begin(), days.begin() + middle, days.end());
    };
    appendRun(s.activity, 0);
    for (int threshold : m_thresholds)
        appendRun(s.activity, threshold);
    appendRun(s.purchases, m_rules.advocateWindowDays);
    days.erase(std::unique(days.begin(), days.end()), days.end());

    for (qint32 day : days) {
        const auto stage = stageOn(s, m_rules, day);
        if (stage && (m_transitions.empty() || m_transitions.back().stage != *stage))
            m_transitions.push_back({day, *stage});
    }
    return m_transitions;
}

StageTransitions computeStageHistory(const CustomerFacts &facts, const LifecycleRules &rules)
{
    StageHistoryBuilder builder(rules);
    return builder.build(facts);
}

QByteArray encodeStageHistory(const StageTransitions &transitions)
{
    QByteArray bytes;
    encodeStageHistory(transitions, bytes);
    return bytes;
}

void encodeStageHistory(const StageTransitions &transitions, QByteArray &bytes)
{
    bytes.resize(static_cast<qsizetype>(transitions.size() * 4));
    char *out = bytes.data();
    for (const StageTransition &t : transitions) {
        const auto word = static_cast<std::uint32_t>(t.day * 8 + static_cast<qint32>(t.stage));
        for (int b = 0; b < 4; ++b)
            *out++ = static_cast<char>((word >> (8 * b)) & 0xff);
    }
}

namespace {
StageTransition transitionAt(const char *data, qsizetype index)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data) + index * 4;
    const auto word =
        static_cast<qint32>(static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8
                            | static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24);
    // Arithmetic shift keeps days before 1970 negative.
    return {word >> 3, static_cast<LifecycleStage>(std::min(word & 7, 4))};
}
} // namespace

StageTransitions decodeStageHistory(const char *data, qsizetype size)
{
    StageTransitions transitions;
    decodeStageHistory(data, size, transitions);
    return transitions;
}

void decodeStageHistory(const char *data, qsizetype size, StageTransitions &out)
{
    out.clear();
    for (qsizetype i = 0; i < size / 4; ++i)
        out.push_back(transitionAt(data, i));
}

std::optional<StageOnDay> stageOnDay(const char *data, qsizetype size, qint32 day)
{
    const qsizetype count = size / 4;
    if (count == 0) // no facts at all: known, and Aware, always
        return StageOnDay{LifecycleStage::Aware, kAlwaysKnownDay};
    // The last transition on or before `day`.
    qsizetype lo = 0;
    qsizetype hi = count;
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (transitionAt(data, mid).day <= day)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return std::nullopt;
    const StageTransition t = transitionAt(data, lo - 1);
    return StageOnDay{t.stage, t.day};
}

} // namespace mwb
