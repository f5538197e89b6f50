// ResultStatus: the statuses a sending tool reports for a campaign member, read from
// the words tools use (English and Chinese: "delivered", "hard_bounce", "open",
// "Clicked", "unsubscribe", "已送达", "失败", "点击", "退订", "转化"…), and the event type
// each becomes on the customer.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>

namespace mwb {

enum class ResultStatus {
    Sent,
    Delivered,
    Bounced,
    Opened,
    Clicked,
    Unsubscribed,
    Converted
};

std::optional<ResultStatus> resultStatusFromText(std::string_view text);
QString resultStatusName(ResultStatus status);    // "sent", "delivered"…
const char *resultEventType(ResultStatus status); // "campaign_sent", "campaign_delivered"…
QStringList resultStatusNames();

} // namespace mwb
