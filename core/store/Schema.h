// Schema: the workspace tables and the ordered list of migrations that build them.
// Migration N brings a workspace from user_version N-1 to N; a workspace file is
// always at the version of the last migration it has run.
#pragma once

#include <span>

namespace mwb {

struct Migration
{
    int version;     // user_version after this step
    const char *sql; // one or more statements, run inside the migration's transaction
};

// Marks a SQLite file as a Marketing Workbench workspace ("MWB1").
inline constexpr int kApplicationId = 0x4D574231;

// The migrations of this build, in order; their last version is the current schema.
std::span<const Migration> builtInMigrations();
int currentSchemaVersion();

} // namespace mwb
