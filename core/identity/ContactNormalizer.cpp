#include "ContactNormalizer.h"

#include <phonenumbers/phonenumberutil.h>

#include <QUrl>

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

// The length of the invisible character at the start of `s` (UTF-8), or 0.
std::size_t invisibleAt(std::string_view s)
{
    const auto b = [&s](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    if (s.size() >= 2 && b(0) == 0xC2 && b(1) == 0xAD)
        return 2; // U+00AD soft hyphen
    if (s.size() < 3)
        return 0;
    if (b(0) == 0xE2 && b(1) == 0x80 && ((b(2) >= 0x8B && b(2) <= 0x8F) || (b(2) >= 0xAA && b(2) <= 0xAE)))
        return 3; // U+200B-U+200F zero-width and directional marks, U+202A-U+202E embeddings and overrides
    if (b(0) == 0xE2 && b(1) == 0x81 && ((b(2) >= 0xA0 && b(2) <= 0xA4) || (b(2) >= 0xA6 && b(2) <= 0xA9)))
        return 3; // U+2060-U+2064 word joiner and invisible operators, U+2066-U+2069 isolates
    if (b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF)
        return 3; // U+FEFF byte-order mark / zero-width no-break space
    if (b(0) == 0xE1 && b(1) == 0xA0 && b(2) == 0x8E)
        return 3; // U+180E Mongolian vowel separator
    return 0;
}

} // namespace

bool ContactNormalizer::hasInvisible(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c == 0xC2 || c == 0xE2 || c == 0xEF || c == 0xE1) && invisibleAt(text.substr(i)) > 0)
            return true;
    }
    return false;
}

std::string ContactNormalizer::withoutInvisible(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (const std::size_t skip = invisibleAt(text.substr(i)); skip > 0) {
            i += skip;
            continue;
        }
        out.push_back(text[i++]);
    }
    return out;
}

ContactNormalizer::ContactNormalizer(const QString &defaultRegion)
    : m_region(defaultRegion.toUpper().toStdString())
{
}

std::optional<std::string> ContactNormalizer::phone(std::string_view text) const
{
    if (hasInvisible(text))
        return phone(withoutInvisible(text));
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
    if (hasInvisible(text))
        return email(withoutInvisible(text));
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
    // An internationalised domain in its ASCII (IDNA) form, which is how it travels.
    if (std::any_of(domain.begin(), domain.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
        const QByteArray ace = QUrl::toAce(QString::fromUtf8(domain.data(), static_cast<qsizetype>(domain.size())));
        if (ace.isEmpty())
            return std::nullopt; // not a domain name
        out = out.substr(0, at + 1) + ace.toLower().toStdString();
    }
    return out;
}

std::string ContactNormalizer::id(std::string_view text)
{
    if (hasInvisible(text))
        return id(withoutInvisible(text));
    return std::string(dropFloatTail(trim(text)));
}

} // namespace mwb
