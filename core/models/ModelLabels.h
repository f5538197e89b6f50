// ModelLabels: what the propensity models predict (docs/MODELS.md), in one place.
//
// As of a day D and for a horizon of H days:
// - churn: the population is the buyers as of D (customers with at least one order on or
//   before D); the label is 1 when the customer places no order in (D, D + H].
// - purchase: the population is the customers known by D (a dated fact — signing up, an
//   order, a refund, a touchpoint — on or before it, or the import that brought them on or
//   before it; nothing after D decides); the label is 1 when they place an order in (D, D + H].
// An order is a transaction with a positive amount (vocabulary/Figures: isOrder); refunds
// and orders of 0.00 are never purchases.
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace mwb {

enum class ModelTarget {
    Churn,
    Purchase,
};

// "churn", "purchase": the models table's key, the CLI's --target.
QString modelTargetName(ModelTarget target);
std::optional<ModelTarget> modelTargetFromName(const QString &name);
// The customer_metrics column of the target's scores (a fixed name, never a user's).
const char *modelScoreColumn(ModelTarget target);

class ModelLabels
{
public:
    // Whether a customer is in the target's population as of the day.
    static constexpr bool eligible(ModelTarget target, bool boughtByDay, bool knownByDay)
    {
        return target == ModelTarget::Churn ? boughtByDay : knownByDay;
    }
    // The label from the orders placed in (day, day + horizon].
    static constexpr bool label(ModelTarget target, qint64 ordersInHorizon)
    {
        return target == ModelTarget::Churn ? ordersInHorizon == 0 : ordersInHorizon > 0;
    }
    // Whether a day lies in the horizon after `asOfDay`: (asOfDay, asOfDay + horizonDays].
    static constexpr bool inHorizon(qint32 day, qint32 asOfDay, int horizonDays)
    {
        return day > asOfDay && day <= asOfDay + horizonDays;
    }
};

} // namespace mwb
