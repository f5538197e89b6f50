// ContactNormalizer: the canonical form of what identifies a person, so the same person
// matches across files: phone numbers as E.164 (libphonenumber, with the workspace's
// default region for numbers written without a country code), e-mail addresses trimmed
// and lower-cased, ids trimmed with spreadsheet artefacts ("17850.0") removed and
// leading zeros kept.
#pragma once

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
    // nothing when the text cannot be a phone number.
    std::optional<std::string> phone(std::string_view text) const;
    static std::optional<std::string> email(std::string_view text);
    static std::string id(std::string_view text);

private:
    std::string m_region;
};

} // namespace mwb
