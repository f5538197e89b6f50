// ContactNormalizer: the canonical form of what identifies a person, so the same person
// matches across files: phone numbers as E.164 (libphonenumber, with the workspace's
// default region for numbers written without a country code), e-mail addresses trimmed
// and lower-cased with internationalised domains in their ASCII form ("bücher.de" and
// "xn--bcher-kva.de" are one domain), ids trimmed with spreadsheet artefacts ("17850.0")
// removed and leading zeros kept. Characters nobody sees (zero-width spaces and joiners,
// bidirectional marks and overrides, the byte-order mark, soft hyphens) are removed from
// all three first: copied from web pages and chat apps, they would make one person two.
#pragma once

#include "TextKeyCache.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace mwb {

class ContactNormalizer
{
public:
    explicit ContactNormalizer(const QString &defaultRegion);

    // "+8613800138000" for "138 0013 8000", "0086-138-0013-8000", "+86 (138) 0013 8000"…;
    // nothing when the text cannot be a phone number. Remembers the answers for up to
    // 390,000 texts (a customer's number comes back with each order; reading one takes the
    // library about 13 µs): not for use from two threads at once.
    std::optional<std::string> phone(std::string_view text) const;
    static std::optional<std::string> email(std::string_view text);
    static std::string id(std::string_view text);
    // `text` without the invisible characters above (the same text when it has none).
    static std::string withoutInvisible(std::string_view text);
    // True when `text` holds one of them (a quick look at the bytes).
    static bool hasInvisible(std::string_view text);

private:
    std::optional<std::string> readPhone(std::string_view text) const;

    std::string m_region;
    mutable TextKeyCache m_phones; // text -> the E.164 number's digits, or -1
};

} // namespace mwb
