// ResultWriter: a sending tool's report on a campaign, row by row. Each row is matched to
// a member of the campaign by its member_token, else by external id, e-mail or phone (a
// customer who is not a member does not match); its status becomes a campaign event on
// that customer (converted with its revenue and order reference), at the row's time or,
// without one, at the campaign's send date. Rows that match no member are rejected with
// the reason, so they are listed in the rejects; a row already imported is a duplicate.
#pragma once

#include "RowWriter.h"
#include "store/EventIds.h"

#include <QMap>

namespace mwb {

class ResultWriter : public RowWriter
{
public:
    explicit ResultWriter(ImportContext &context);
    RowOutcome write(const std::vector<std::string_view> &fields) override;
    QString missingFields() const override;
    void summarize(ImportSummary &summary) const override;

private:
    struct Member
    {
        qint64 customerId = 0;
        const char *matchedBy = nullptr;
        QString problem; // why the row matches no member
    };
    Member match(const std::vector<std::string_view> &fields);
    bool isMember(qint64 customerId);

    ImportContext &m_context;
    SQLite::Statement m_byToken;
    SQLite::Statement m_member;
    SQLite::Statement m_insert;
    EventIds m_ids;
    std::string m_channel;
    qint64 m_sentAt = 0;
    bool m_campaignFound = false;
    qint64 m_matched = 0;
    qint64 m_unmatched = 0;
    QMap<QString, qint64> m_matchedBy;
};

} // namespace mwb
