// Vocabulary: the shared names of channels and event types (docs/CLI.md) and the common
// synonyms that map onto them, in English and Chinese. Values that match nothing are kept
// as written (trimmed), never dropped.
#pragma once

#include <string>
#include <string_view>

namespace mwb {

class Vocabulary
{
public:
    static std::string channel(std::string_view text);
    static std::string eventType(std::string_view text);
    static std::string gender(std::string_view text); // "F", "M" or as written
};

} // namespace mwb
