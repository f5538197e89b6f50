#include "StageStyle.h"

#include <QCoreApplication>

namespace mwb::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mwb::ui::StageStyle", text);
}
} // namespace

QString StageStyle::displayName(LifecycleStage stage)
{
    return stageDisplayName(stage);
}

QColor StageStyle::color(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::Aware: return QColor(0x9c, 0xc3, 0xe6);
    case LifecycleStage::Attempt: return QColor(0x56, 0x9e, 0xdb);
    case LifecycleStage::Adopt: return QColor(0x2f, 0x6f, 0xc4);
    case LifecycleStage::Advocate: return QColor(0x2e, 0xa0, 0x5c);
    case LifecycleStage::Abandon: return QColor(0xe0, 0x5a, 0x4f);
    }
    return {};
}

QString StageStyle::playbook(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::Aware: return tr("Awareness content: introduce the brand, invite a first visit.");
    case LifecycleStage::Attempt: return tr("Trial offers and samples: turn interest into a first order.");
    case LifecycleStage::Adopt: return tr("Onboarding and cross-sell: a second order, a second category.");
    case LifecycleStage::Advocate: return tr("Referral and member rewards: thank them, let them bring friends.");
    case LifecycleStage::Abandon: return tr("Win-back offers: remind, reward the return.");
    }
    return {};
}

QString StageStyle::playbookSegmentName(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::Aware: return tr("Aware – awareness content");
    case LifecycleStage::Attempt: return tr("Attempt – trial offer");
    case LifecycleStage::Adopt: return tr("Adopt – onboarding and cross-sell");
    case LifecycleStage::Advocate: return tr("Advocate – referral rewards");
    case LifecycleStage::Abandon: return tr("Abandon – win-back");
    }
    return {};
}

} // namespace mwb::ui
