// ContactWriter: CRM and member exports. A row needs at least one identifier (external
// id, e-mail or phone); it matches an existing customer or creates one. Values fill the
// customer's fields, newer non-empty values replace older ones and blanks never erase
// anything. Columns mapped to no field are kept as custom attributes, as are e-mails and
// phone numbers that cannot be read, under their header. A referred_by column records who
// brought the customer (ReferralLinks). A row that changes nothing is a duplicate.
#pragma once

#include "ReferralWriter.h"

namespace mwb {

class ContactWriter : public RowWriter
{
public:
    explicit ContactWriter(ImportContext &context);
    RowOutcome write(const std::vector<std::string_view> &fields) override;
    QString missingFields() const override;

private:
    ImportContext &m_context;
    SQLite::Statement m_snapshot;
    SQLite::Statement m_dropSnapshot;
    SQLite::Statement m_update;
    SQLite::Statement m_tag;
    QList<int> m_customColumns;
    ReferralLinks m_referrals; // the referred_by column
};

} // namespace mwb
