// ReferralWriter: referral programmes' reports, one row per customer brought in: the
// referrer (their customer id, e-mail or phone, as in any file) and the customer they
// referred (the row's identifiers), with the day when the file says it. Both are matched like
// any identity, and created when unknown, so a referrer imported later is the same customer.
// A customer has one referrer: the first one imported stands, a different one later is
// rejected, the same one again is a duplicate. ReferralLinks does the same for the
// referred_by column of contacts files.
#pragma once

#include "RowWriter.h"

namespace mwb {

class ReferralLinks
{
public:
    explicit ReferralLinks(ImportContext &context);

    // The customer `text` names (an e-mail, a customer id on record, a phone number, else a
    // new customer with that id); 0 when the text names no one.
    qint64 referrer(std::string_view text);
    // Whether `text` is one of the row's own identifiers (a customer naming themselves).
    bool namesSelf(std::string_view text, const RowIdentity &identity) const;
    // Everything about a referral that can be refused before the row writes anything: the
    // referrer read (and found or created), the referee's standing referral when they are
    // known. Gives the referrer, or 0 with the rejection in `refused`.
    qint64 prepare(std::string_view text, const RowIdentity &referee, int column, RowOutcome &refused);
    // Whether `referrer` may be recorded as who brought `referee`: imported when new, a
    // duplicate when it is on record, else rejected (column: the referrer's).
    RowOutcome check(qint64 referee, qint64 referrer, int column);
    // Records that `referrer` brought `referee` after the same checks.
    RowOutcome record(qint64 referee, qint64 referrer, std::optional<qint64> at, int column);

private:
    ImportContext &m_context;
    SQLite::Statement m_insert;
    SQLite::Statement m_existing;
};

class ReferralWriter : public RowWriter
{
public:
    explicit ReferralWriter(ImportContext &context);
    RowOutcome write(const std::vector<std::string_view> &fields) override;
    QString missingFields() const override;

private:
    ImportContext &m_context;
    ReferralLinks m_links;
};

} // namespace mwb
