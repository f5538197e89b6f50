#include "TouchClassifier.h"

#include <cmath>

namespace mwb {

TouchClassifier::TouchClassifier(const LifecycleRules &rules)
    : m_rules(rules)
{
}

CustomerFacts::Touch TouchClassifier::classify(const char *type, double value)
{
    using Touch = CustomerFacts::Touch;
    auto it = m_kinds.find(std::string_view(type));
    if (it == m_kinds.end()) {
        const std::string_view t(type);
        Kind kind = Kind::Engaged;
        if (t == "campaign_sent" || t == "campaign_delivered" || t == "campaign_bounced"
            || t == "campaign_unsubscribed")
            kind = Kind::Known;
        else if (t == "nps")
            kind = Kind::Nps;
        else if (t == "referral")
            kind = Kind::Referral;
        it = m_kinds.emplace(std::string(t), kind).first;
    }
    switch (it->second) {
    case Kind::Known: return Touch::Known;
    case Kind::Referral: return Touch::Referral;
    case Kind::Nps:
        if (std::isnan(value))
            return Touch::Engaged;
        return value >= m_rules.promoterMinScore ? Touch::Promoter : Touch::NotPromoter;
    case Kind::Engaged: break;
    }
    return Touch::Engaged;
}

} // namespace mwb
