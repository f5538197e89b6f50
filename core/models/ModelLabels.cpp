#include "ModelLabels.h"

using namespace Qt::StringLiterals;

namespace mwb {

QString modelTargetName(ModelTarget target)
{
    return target == ModelTarget::Churn ? u"churn"_s : u"purchase"_s;
}

std::optional<ModelTarget> modelTargetFromName(const QString &name)
{
    if (name == u"churn"_s)
        return ModelTarget::Churn;
    if (name == u"purchase"_s)
        return ModelTarget::Purchase;
    return std::nullopt;
}

const char *modelScoreColumn(ModelTarget target)
{
    return target == ModelTarget::Churn ? "churn_score" : "purchase_score";
}

} // namespace mwb
