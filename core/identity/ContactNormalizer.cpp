#include "ContactNormalizer.h"

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <cctype>

namespace mwb {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

// Spreadsheets turn 17850 into "17850.0" and 13800138000 into "13800138000.0".
std::string_view dropFloatTail(std::string_view s)
{
    const std::size_t dot = s.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 == s.size())
        return s;
    for (std::size_t i = 0; i < dot; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(s[i])))
            return s;
    }
    for (std::size_t i = dot + 1; i < s.size(); ++i) {
        if (s[i] != '0')
            return s;
    }
    return s.substr(0, dot);
}

} // namespace

ContactNormalizer::ContactNormalizer(const QString &defaultRegion)
    : m_region(defaultRegion.toUpper().toStdString())
{
}

std::optional<std::string> ContactNormalizer::phone(std::string_view text) const
{
    // Bounded (12 MB: 2¹⁹ slots of 24 bytes, three quarters full at most): memory must not
    // grow with the file.
    constexpr qsizetype kRemembered = 390000;
    const TextKeyCache::Key key = TextKeyCache::key("phone", text);
    if (const qint64 *digits = m_phones.find(key)) {
        if (*digits < 0)
            return std::nullopt;
        return "+" + std::to_string(*digits);
    }
    if (m_phones.size() >= kRemembered)
        m_phones.clear();
    std::optional<std::string> read = readPhone(text);
    // E.164 is "+" and at most 15 digits, the first not 0 (a country code): kept as the
    // number they make. (Anything else would not be kept, and read again.)
    if (!read) {
        m_phones.insert(key, -1);
    } else if (read->size() >= 2 && read->size() <= 16 && (*read)[1] != '0'
               && std::all_of(read->begin() + 1, read->end(), [](char c) { return c >= '0' && c <= '9'; })) {
        m_phones.insert(key, std::stoll(read->substr(1)));
    }
    return read;
}

std::optional<std::string> ContactNormalizer::readPhone(std::string_view text) const
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    text = dropFloatTail(trim(text));
    if (text.size() < 3)
        return std::nullopt;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(std::string(text), m_region, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    if (!util->IsPossibleNumber(number))
        return std::nullopt;
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    if (out.size() > 16) // E.164 holds at most 15 digits; letters read as digits can make more
        return std::nullopt;
    if (!util->IsValidNumber(number)) {
        // A possible but not valid number ("0006 8080", "0111111111111" in China) can come
        // out as an E.164 text that reads back as another number. An identity must read
        // back as itself; valid numbers always do.
        PhoneNumber again;
        std::string check;
        if (util->Parse(out, m_region, &again) != PhoneNumberUtil::NO_PARSING_ERROR)
            return std::nullopt;
        util->Format(again, PhoneNumberUtil::E164, &check);
        if (check != out)
            return std::nullopt;
    }
    return out;
}

std::optional<std::string> ContactNormalizer::email(std::string_view text)
{
    text = trim(text);
    if (text.size() > 7 && (text.substr(0, 7) == "mailto:" || text.substr(0, 7) == "MAILTO:"))
        text.remove_prefix(7);
    if (text.size() >= 2 && text.front() == '<' && text.back() == '>')
        text = trim(text.substr(1, text.size() - 2));
    const std::size_t at = text.find('@');
    if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos)
        return std::nullopt;
    const std::string_view domain = text.substr(at + 1);
    const std::size_t dot = domain.find('.');
    if (dot == std::string_view::npos || dot == 0 || domain.back() == '.')
        return std::nullopt;
    std::string out(text);
    for (char &c : out) {
        if (std::isspace(static_cast<unsigned char>(c)) || c == ',' || c == ';')
            return std::nullopt;
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

std::string ContactNormalizer::id(std::string_view text)
{
    return std::string(dropFloatTail(trim(text)));
}

} // namespace mwb
