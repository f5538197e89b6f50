#include "ResultStatus.h"

#include <QHash>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

struct StatusInfo
{
    ResultStatus status;
    const char *name;
    const char *eventType;
};

constexpr std::array kStatuses{
    StatusInfo{ResultStatus::Sent, "sent", "campaign_sent"},
    StatusInfo{ResultStatus::Delivered, "delivered", "campaign_delivered"},
    StatusInfo{ResultStatus::Bounced, "bounced", "campaign_bounced"},
    StatusInfo{ResultStatus::Opened, "opened", "campaign_opened"},
    StatusInfo{ResultStatus::Clicked, "clicked", "campaign_clicked"},
    StatusInfo{ResultStatus::Unsubscribed, "unsubscribed", "campaign_unsubscribed"},
    StatusInfo{ResultStatus::Converted, "converted", "campaign_converted"},
};

// The words sending tools write, lower-cased with spaces, dashes and underscores removed:
// Mailchimp, SendGrid, Brevo, Klaviyo activity exports, SMS gateways' receipts (English
// and Chinese), WeChat template-message reports and our own event names.
const QHash<QString, ResultStatus> &synonyms()
{
    static const QHash<QString, ResultStatus> table = [] {
        using S = ResultStatus;
        const std::initializer_list<std::pair<const char16_t *, S>> words = {
            {u"sent", S::Sent},
            {u"processed", S::Sent},
            {u"queued", S::Sent},
            {u"campaignsent", S::Sent},
            {u"已发送", S::Sent},
            {u"已發送", S::Sent},
            {u"delivered", S::Delivered},
            {u"delivery", S::Delivered},
            {u"success", S::Delivered},
            {u"successful", S::Delivered},
            {u"received", S::Delivered},
            {u"campaigndelivered", S::Delivered},
            {u"已送达", S::Delivered},
            {u"送达", S::Delivered},
            {u"成功", S::Delivered},
            {u"发送成功", S::Delivered},
            {u"已送達", S::Delivered},
            {u"送達", S::Delivered},
            {u"發送成功", S::Delivered},
            {u"bounced", S::Bounced},
            {u"bounce", S::Bounced},
            {u"hardbounce", S::Bounced},
            {u"softbounce", S::Bounced},
            {u"failed", S::Bounced},
            {u"failure", S::Bounced},
            {u"undelivered", S::Bounced},
            {u"dropped", S::Bounced},
            {u"rejected", S::Bounced},
            {u"blocked", S::Bounced},
            {u"campaignbounced", S::Bounced},
            {u"失败", S::Bounced},
            {u"发送失败", S::Bounced},
            {u"退信", S::Bounced},
            {u"失敗", S::Bounced},
            {u"發送失敗", S::Bounced},
            {u"opened", S::Opened},
            {u"open", S::Opened},
            {u"opens", S::Opened},
            {u"read", S::Opened},
            {u"viewed", S::Opened},
            {u"campaignopened", S::Opened},
            {u"已读", S::Opened},
            {u"打开", S::Opened},
            {u"已打开", S::Opened},
            {u"已讀", S::Opened},
            {u"打開", S::Opened},
            {u"已打開", S::Opened},
            {u"clicked", S::Clicked},
            {u"click", S::Clicked},
            {u"clicks", S::Clicked},
            {u"campaignclicked", S::Clicked},
            {u"点击", S::Clicked},
            {u"已点击", S::Clicked},
            {u"點擊", S::Clicked},
            {u"已點擊", S::Clicked},
            {u"unsubscribed", S::Unsubscribed},
            {u"unsubscribe", S::Unsubscribed},
            {u"unsub", S::Unsubscribed},
            {u"optout", S::Unsubscribed},
            {u"optedout", S::Unsubscribed},
            {u"stop", S::Unsubscribed},
            {u"spamreport", S::Unsubscribed},
            {u"complained", S::Unsubscribed},
            {u"complaint", S::Unsubscribed},
            {u"campaignunsubscribed", S::Unsubscribed},
            {u"退订", S::Unsubscribed},
            {u"取消订阅", S::Unsubscribed},
            {u"退訂", S::Unsubscribed},
            {u"取消訂閱", S::Unsubscribed},
            {u"converted", S::Converted},
            {u"conversion", S::Converted},
            {u"purchase", S::Converted},
            {u"purchased", S::Converted},
            {u"order", S::Converted},
            {u"ordered", S::Converted},
            {u"placedorder", S::Converted},
            {u"campaignconverted", S::Converted},
            {u"转化", S::Converted},
            {u"已转化", S::Converted},
            {u"购买", S::Converted},
            {u"下单", S::Converted},
            {u"轉化", S::Converted},
            {u"已轉化", S::Converted},
            {u"購買", S::Converted},
            {u"下單", S::Converted},
        };
        QHash<QString, S> out;
        for (const auto &[word, status] : words)
            out.insert(QString::fromUtf16(word), status);
        return out;
    }();
    return table;
}

} // namespace

std::optional<ResultStatus> resultStatusFromText(std::string_view text)
{
    QString key = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).trimmed().toLower();
    key.remove(u' ').remove(u'_').remove(u'-');
    const auto it = synonyms().constFind(key);
    if (it == synonyms().cend())
        return std::nullopt;
    return it.value();
}

QString resultStatusName(ResultStatus status)
{
    for (const StatusInfo &info : kStatuses) {
        if (info.status == status)
            return QString::fromLatin1(info.name);
    }
    return {};
}

const char *resultEventType(ResultStatus status)
{
    for (const StatusInfo &info : kStatuses) {
        if (info.status == status)
            return info.eventType;
    }
    return "";
}

QStringList resultStatusNames()
{
    QStringList names;
    for (const StatusInfo &info : kStatuses)
        names << QString::fromLatin1(info.name);
    return names;
}

} // namespace mwb
