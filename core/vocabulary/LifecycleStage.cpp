#include "LifecycleStage.h"

#include <QCoreApplication>

namespace mwb {

namespace {

// The one table of the stages' names, in the order of the funnel.
struct StageNames
{
    LifecycleStage stage;
    const char *name;    // the shared vocabulary
    const char *display; // what people read, translated in context "mwb::LifecycleStage"
};

constexpr std::array<StageNames, kLifecycleStageCount> kNames{{
    {LifecycleStage::Aware, "aware", QT_TRANSLATE_NOOP("mwb::LifecycleStage", "Aware")},
    {LifecycleStage::Attempt, "attempt", QT_TRANSLATE_NOOP("mwb::LifecycleStage", "Attempt")},
    {LifecycleStage::Adopt, "adopt", QT_TRANSLATE_NOOP("mwb::LifecycleStage", "Adopt")},
    {LifecycleStage::Advocate, "advocate", QT_TRANSLATE_NOOP("mwb::LifecycleStage", "Advocate")},
    {LifecycleStage::Abandon, "abandon", QT_TRANSLATE_NOOP("mwb::LifecycleStage", "Abandon")},
}};

constexpr bool inStageOrder()
{
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (kNames[i].stage != kLifecycleStages[i])
            return false;
    }
    return true;
}
static_assert(inStageOrder(), "kNames lists every stage once, in the order of kLifecycleStages");

const StageNames &names(LifecycleStage stage)
{
    return kNames[static_cast<std::size_t>(stageIndex(stage))];
}

} // namespace

QString stageName(LifecycleStage stage)
{
    return QString::fromLatin1(names(stage).name);
}

std::optional<LifecycleStage> stageFromName(const QString &name)
{
    for (const StageNames &entry : kNames) {
        if (name.compare(QLatin1StringView(entry.name), Qt::CaseInsensitive) == 0)
            return entry.stage;
    }
    return std::nullopt;
}

QString stageDisplayName(LifecycleStage stage)
{
    return QCoreApplication::translate("mwb::LifecycleStage", names(stage).display);
}

std::string stageOrderSql(const std::string &column)
{
    std::string sql = "CASE " + column;
    for (const StageNames &entry : kNames)
        sql += " WHEN '" + std::string(entry.name) + "' THEN " + std::to_string(stageIndex(entry.stage));
    return sql + " END";
}

} // namespace mwb
