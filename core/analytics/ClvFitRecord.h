// ClvFitRecord: the last CLV fit kept with the workspace — parameters, the holdout check by
// frequency and the tracking plot — so the CLV page shows it again after a restart.
#pragma once

#include "ClvModel.h"

#include <optional>

namespace SQLite {
class Database;
}

namespace mwb {

class ClvFitRecord
{
public:
    // Replaces the kept fit with `fit` (a failed fit is not kept).
    static void keep(SQLite::Database &db, const ClvFitResult &fit);
    // The kept fit; none before the first fit, or when what is stored cannot be read.
    static std::optional<ClvFitResult> kept(SQLite::Database &db);

    static QByteArray toJson(const ClvFitResult &fit);
    static std::optional<ClvFitResult> fromJson(const QByteArray &json);
};

} // namespace mwb
