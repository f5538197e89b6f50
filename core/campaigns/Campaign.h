// Campaign: what a campaign is (its spec as the analyst sets it, and the stored record
// with its group sizes), and the channels a campaign can go out on.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mwb {

// The channels of the shared vocabulary a campaign can be sent on, in the order the
// dialogs list them: email, sms, wechat, app, direct_mail, ads.
QStringList campaignChannels();
bool isCampaignChannel(const QString &channel);

// One arm of an A/B/n campaign: a version of the message (creative, offer) its share of the
// treatment group gets.
struct CampaignArm
{
    QString name;       // "A", "B", … or the analyst's own
    double share = 0;   // of the treatment group; the arms' shares add up to 1
    qint64 members = 0; // stored campaigns: the members drawn into it
};

// What the analyst chooses when creating a campaign.
struct CampaignSpec
{
    QString name;
    QString channel = QStringLiteral("email");
    QString offer;
    qint64 segmentId = 0;               // the audience: a saved segment, members frozen at creation
    QDate sendDate;                     // invalid: CampaignStore::defaultSendDate()
    int attributionDays = 14;           // orders within this many days after the send count as conversions
    qint64 costFixedMinor = 0;          // in minor units of the workspace currency
    qint64 costPerContactMinor = 0;     // per member of the treatment group contacted
    double holdout = 0.1;               // share of the audience kept as the control group, [0, 0.9]
    quint64 seed = 0;                   // of the random split: the same seed gives the same split
    bool stratifyByStage = false;       // split each lifecycle stage on its own, same share in each
    int excludeContactedWithinDays = 0; // > 0: leave out who another campaign reached in that many days before the send
    bool excludeOptedOut = true;        // leave out who unsubscribed on this channel
    bool excludeUnreachable = true;     // leave out who has no address for the channel (e-mail, phone)
    // A/B/n: 2 to 4 arms the treatment is split into at random (seeded like the control
    // split); empty: one treatment. Shares empty: equal arms.
    QStringList arms;
    QList<double> armShares;
};

// A stored campaign.
struct Campaign
{
    qint64 id = 0;
    QString name;
    QString channel;
    QString offer;
    qint64 segmentId = 0; // 0 when the segment was deleted since (the members stay)
    QString segmentName;  // as it was at creation
    QJsonObject segmentDefinition;
    QDate sendDate;
    int attributionDays = 14;
    qint64 costFixedMinor = 0;
    qint64 costPerContactMinor = 0;
    double holdout = 0;
    quint64 seed = 0;
    bool stratified = false;
    QDateTime createdAt;
    qint64 treatment = 0;    // members in the treatment group
    qint64 control = 0;      // members in the control group
    qint64 exported = 0;     // treatment members whose list was exported (contacted)
    QList<CampaignArm> arms; // empty: one treatment
};

} // namespace mwb
