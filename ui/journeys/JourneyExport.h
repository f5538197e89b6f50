// JourneyExport: the journey tables as files through core's TableExport (CSV with a BOM
// so spreadsheets read UTF-8, or XLSX by the file's suffix): the paths with the other
// paths last, and the attribution by channel in major currency units.
#pragma once

#include "journeys/JourneyAnalyzer.h"

#include <QString>

namespace mwb::ui {

class JourneyExport
{
public:
    // Each answers an error message naming the file, empty when it was written.
    static QString writePaths(const QString &path, const JourneyResult &result);
    static QString writeAttribution(const QString &path, const JourneyResult &result, const QString &currency);
};

} // namespace mwb::ui
