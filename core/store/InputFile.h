// InputFile: what every file the product reads (imports, mappings, segment definitions) is
// checked for first, so the message says what is wrong with it: missing, a folder, not a
// regular file (a device, a pipe such as a shell's process substitution, a socket), or
// not readable. Imports read a file twice (a sample, then every row), which a pipe cannot give.
#pragma once

#include <QString>

namespace mwb {

class InputFile
{
public:
    // Why `path` cannot be read as an input file, naming it; empty when it can.
    static QString problem(const QString &path);
};

} // namespace mwb
