// Vocabulary: the shared names of channels and event types (docs/CLI.md), the common
// synonyms that map onto them, in English and Chinese, and the names people read for them.
// Values that match nothing are kept as written (trimmed), never dropped.
#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace mwb {

class Vocabulary
{
public:
    static std::string channel(std::string_view text);
    static std::string eventType(std::string_view text);
    static std::string gender(std::string_view text); // "F", "M" or as written

    // "wechat" reads "WeChat", "email_open" "E-mail opened": what the window and segment
    // descriptions show, translated in context "mwb::Vocabulary" once a translator is
    // installed. A name outside the vocabulary comes back as given, and `known` false.
    static QString channelDisplayName(const QString &channel, bool *known = nullptr);
    static QString eventTypeDisplayName(const QString &type, bool *known = nullptr);
};

} // namespace mwb
