#include "LifecycleStage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mwb {

QString stageName(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::Aware: return u"aware"_s;
    case LifecycleStage::Attempt: return u"attempt"_s;
    case LifecycleStage::Adopt: return u"adopt"_s;
    case LifecycleStage::Advocate: return u"advocate"_s;
    case LifecycleStage::Abandon: return u"abandon"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<LifecycleStage> stageFromName(const QString &name)
{
    for (LifecycleStage stage : kLifecycleStages) {
        if (name.compare(stageName(stage), Qt::CaseInsensitive) == 0)
            return stage;
    }
    return std::nullopt;
}

QString stageDisplayName(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::Aware: return QCoreApplication::translate("mwb::LifecycleStage", "Aware");
    case LifecycleStage::Attempt: return QCoreApplication::translate("mwb::LifecycleStage", "Attempt");
    case LifecycleStage::Adopt: return QCoreApplication::translate("mwb::LifecycleStage", "Adopt");
    case LifecycleStage::Advocate: return QCoreApplication::translate("mwb::LifecycleStage", "Advocate");
    case LifecycleStage::Abandon: return QCoreApplication::translate("mwb::LifecycleStage", "Abandon");
    }
    return {};
}

} // namespace mwb
