// The five stages of the 5A customer lifecycle, their names in the shared vocabulary and
// the names people read.
#pragma once

#include <QString>

#include <array>
#include <optional>
#include <string>

namespace mwb {

enum class LifecycleStage : quint8 {
    Aware,    // known to us, no engagement yet
    Attempt,  // engaged, never purchased
    Adopt,    // purchased, not (yet) an advocate
    Advocate, // buys often, recommends us or refers others
    Abandon,  // was engaged or a customer, inactive too long: to win back
};

inline constexpr std::array<LifecycleStage, 5> kLifecycleStages{LifecycleStage::Aware, LifecycleStage::Attempt,
                                                                LifecycleStage::Adopt, LifecycleStage::Advocate,
                                                                LifecycleStage::Abandon};

inline constexpr int kLifecycleStageCount = 5;

inline int stageIndex(LifecycleStage stage)
{
    return static_cast<int>(stage);
}

// "aware", "attempt", "adopt", "advocate", "abandon" (CLI.md, segment definitions, storage).
QString stageName(LifecycleStage stage);
std::optional<LifecycleStage> stageFromName(const QString &name);
// "Aware", "Attempt", …: what the window and segment descriptions show, translated in
// context "mwb::LifecycleStage" once a translator is installed.
QString stageDisplayName(LifecycleStage stage);
// An SQL expression for the stage named in `column` (fixed text) as its place in the funnel,
// 0 for aware to 4 for abandon: what lists sort stages by, in any language.
std::string stageOrderSql(const std::string &column);

} // namespace mwb
