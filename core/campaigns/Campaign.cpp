#include "Campaign.h"

using namespace Qt::StringLiterals;

namespace mwb {

QStringList campaignChannels()
{
    return {u"email"_s, u"sms"_s, u"wechat"_s, u"app"_s, u"direct_mail"_s, u"ads"_s};
}

bool isCampaignChannel(const QString &channel)
{
    return campaignChannels().contains(channel);
}

} // namespace mwb
