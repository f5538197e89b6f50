// MemberToken: the opaque id a campaign list carries for each member, which the sending
// tool's results come back with: a letter and 11 Crockford base-32 characters from the
// system's secure random source (about 59 bits), so no spreadsheet reads it as a number.
#pragma once

#include <QString>

namespace mwb {

class MemberToken
{
public:
    static QString generate();
};

} // namespace mwb
