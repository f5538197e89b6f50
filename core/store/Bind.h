// Binding helpers for the values import and the writers bind most: text that may be
// absent (bound as NULL), and integers that may be absent.
#pragma once

#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>
#include <string_view>

namespace mwb {

// Binds `text` (copied), or NULL when it is empty.
inline void bindText(SQLite::Statement &statement, int index, std::string_view text)
{
    if (text.empty())
        statement.bind(index);
    else
        statement.bind(index, std::string(text));
}

inline void bindInteger(SQLite::Statement &statement, int index, std::optional<qint64> value)
{
    if (value)
        statement.bind(index, static_cast<int64_t>(*value));
    else
        statement.bind(index);
}

} // namespace mwb
