// TouchClassifier: reads a touchpoint (an event type and its value) as the lifecycle rules
// see it: our own send, the customer's engagement, an NPS answer of a promoter or not, a
// referral.
#pragma once

#include "LifecycleRules.h"
#include "StageHistory.h"

#include <map>
#include <string>
#include <string_view>

namespace mwb {

class TouchClassifier
{
public:
    explicit TouchClassifier(const LifecycleRules &rules);

    // An event of `type` with `value` (an NPS score; NaN when there is none).
    CustomerFacts::Touch classify(const char *type, double value);

private:
    enum class Kind {
        Known,
        Engaged,
        Nps,
        Referral
    };
    const LifecycleRules &m_rules;
    std::map<std::string, Kind, std::less<>> m_kinds; // cached per type, looked up without a copy
};

} // namespace mwb
