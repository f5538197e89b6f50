// Figures: the one table of what every figure the product shows means. Each figure has a
// name (for files and JSON), a label, a definition that says what is counted and from which
// orders, and the scope in a few words; every screen shows the definition where the figure
// is (a tooltip), the command line uses the names, and docs/USER_GUIDE.md lists the same
// definitions (a test holds them equal).
//
// What a transaction is, once for every query: an order has a positive amount; a refund a
// negative one (a cancellation); one of 0.00 is neither (it only makes its customer known
// to the lifecycle). Revenue is always net: the orders' amounts less the refunds.
#pragma once

#include <QList>
#include <QString>

namespace mwb {

// SQL conditions on a row of `transactions` (its column amount_minor).
inline constexpr const char *kIsOrder = "amount_minor > 0";
inline constexpr const char *kIsRefund = "amount_minor < 0";
// The same rules for code that reads transactions row by row.
constexpr bool isOrder(qint64 amountMinor)
{
    return amountMinor > 0;
}
constexpr bool isRefund(qint64 amountMinor)
{
    return amountMinor < 0;
}

enum class Figure {
    // The workspace, all customers' and guests' orders (Overview, status bar, mwb stats).
    Customers,
    Orders,
    Revenue,
    Refunds,
    Touchpoints,
    GuestOrders,
    // A period (the dashboard, mwb kpis).
    PeriodCustomers,
    NewCustomers,
    ActiveCustomers,
    PeriodOrders,
    PeriodRevenue,
    AverageOrderValue,
    PurchaseFrequency,
    RepeatPurchaseRate,
    ChurnRate,
    // One customer (the customers table, profiles, exports, segments).
    CustomerOrders,
    CustomerRevenue,
    CustomerAverageOrderValue,
    RecencyDays,
    RfmScores,
    // Analyses.
    CohortRetention,
    CohortRevenue,
    HistoricalClv,
    PredictedClv,
    CampaignConversions,
    CampaignRevenue,
    // Experiments (New Campaign, the A/B/n report, mwb sample-size; docs/CAMPAIGNS.md).
    CampaignBaselineRate,
    DetectableUplift,
    ArmPValueHolm,
    Nps,
    // Products (the Products page, mwb products, basket and replenishment).
    ProductOrders,
    ProductCustomers,
    ProductQuantity,
    ProductRevenue,
    ProductRepeatCustomers,
    BasketSupport,
    BasketConfidence,
    BasketLift,
    ReplenishmentInterval,
    ReplenishmentDue,
    // Programmes (mwb programme report, the Programmes page).
    ProgrammeStepConversion,
    ProgrammeStepUplift,
    ProgrammeConversion,
    ProgrammeIncrementalConversions,
    ProgrammeIncrementalRevenue,
    // Membership (the Members page, mwb tiers; docs/MEMBERSHIP.md).
    TierMembers,
    TierRevenue365,
    TierMigration,
    ActiveMemberRate,
    // The points ledger and referrals (mwb points, mwb referrals; docs/MEMBERSHIP.md).
    PointsIssued,
    PointsRedeemed,
    PointsExpired,
    PointsAdjusted,
    PointsOutstanding,
    PointsExpiringSoon,
    PointsLiability,
    PointsRedemptionRate,
    MembersWithPoints,
    Referrers,
    ReferredCustomers,
    FirstOrderRevenue,
    ReferredRevenue,
    CostPerReferred,
    // Propensity models (mwb model, docs/MODELS.md).
    ChurnScore,
    PurchaseScore,
    ModelAuc,
    ModelPrecision,
    ModelRecall,
    ModelF1,
    ModelThreshold,
    ModelBaseRate,
    ModelLiftTopDecile,
    ModelGain,
    ModelCalibration,
};

class Figures
{
public:
    static const QList<Figure> &all();
    static QString name(Figure figure);       // "period_revenue", untranslated
    static QString label(Figure figure);      // "Revenue", translated
    static QString definition(Figure figure); // translated; English without a translator
    static QString scope(Figure figure);      // "net of refunds, guests' orders included"
    // The English definition, whatever the language (for the docs and their test).
    static QString englishDefinition(Figure figure);
    // "Definition (scope)." as a tooltip shows it.
    static QString tooltip(Figure figure);
};

} // namespace mwb
