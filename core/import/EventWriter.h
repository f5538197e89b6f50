// EventWriter: touchpoints (visits, e-mail opens and clicks, WeChat, SMS and app
// interactions, registrations, coupon redemptions, inquiries, referrals and NPS answers
// with a 0-10 score). Each event names a customer (an unknown one is created) and is
// keyed by its content, so importing the same touchpoint twice keeps one.
#pragma once

#include "RowWriter.h"
#include "store/EventIds.h"

#include <QHash>

namespace mwb {

class EventWriter : public RowWriter
{
public:
    explicit EventWriter(ImportContext &context);
    RowOutcome write(const std::vector<std::string_view> &fields) override;
    QString missingFields() const override;

private:
    std::optional<qint64> campaignId(std::string_view text);

    ImportContext &m_context;
    SQLite::Statement m_insert;
    SQLite::Statement m_campaign;
    EventIds m_ids;
    QHash<QString, qint64> m_campaigns; // name or id as written -> id (0: unknown)
};

} // namespace mwb
