#include "Figures.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

struct Entry
{
    Figure figure;
    const char *name;
    const char *label;
    const char *definition;
    const char *scope;
};

// Translated in context "mwb::Figures" once the GUI has installed a translator.

constexpr Entry kEntries[] = {
    {Figure::Customers, "customers", QT_TRANSLATE_NOOP("mwb::Figures", "Customers"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Every customer in the workspace: each person recognised across files, whatever they did."),
     QT_TRANSLATE_NOOP("mwb::Figures", "all customers")},
    {Figure::Orders, "orders", QT_TRANSLATE_NOOP("mwb::Figures", "Orders"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Orders with a positive amount, of customers and guests alike; refunds and orders of 0.00 are "
                       "not orders."),
     QT_TRANSLATE_NOOP("mwb::Figures", "guests' orders included")},
    {Figure::Revenue, "revenue", QT_TRANSLATE_NOOP("mwb::Figures", "Revenue"),
     QT_TRANSLATE_NOOP("mwb::Figures", "The orders' amounts less the refunds, of customers and guests alike."),
     QT_TRANSLATE_NOOP("mwb::Figures", "net of refunds, guests' orders included")},
    {Figure::Refunds, "refunds", QT_TRANSLATE_NOOP("mwb::Figures", "Refunds"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Transactions with a negative amount (cancellations and returns): revenue is net of them."),
     QT_TRANSLATE_NOOP("mwb::Figures", "guests' refunds included")},
    {Figure::Touchpoints, "events", QT_TRANSLATE_NOOP("mwb::Figures", "Touchpoints"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Every touchpoint imported or logged: visits, opens, clicks, messages, campaign contacts and "
                       "results."),
     QT_TRANSLATE_NOOP("mwb::Figures", "all customers")},
    {Figure::GuestOrders, "orders_without_customer", QT_TRANSLATE_NOOP("mwb::Figures", "Guests' orders"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Orders that name no customer (a guest checkout, a till sale without a member): counted in "
                       "orders and revenue, in no customer's figures."),
     QT_TRANSLATE_NOOP("mwb::Figures", "guests only")},
    {Figure::PeriodCustomers, "customers", QT_TRANSLATE_NOOP("mwb::Figures", "Customers"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Customers known by the end of the period: their first dated fact (signup, order, refund, "
                       "touchpoint) or, without any, their import falls on or before its last day."),
     QT_TRANSLATE_NOOP("mwb::Figures", "all customers")},
    {Figure::NewCustomers, "new_customers", QT_TRANSLATE_NOOP("mwb::Figures", "New customers"),
     QT_TRANSLATE_NOOP("mwb::Figures", "Customers whose first order falls in the period."),
     QT_TRANSLATE_NOOP("mwb::Figures", "customers' orders only")},
    {Figure::ActiveCustomers, "active_customers", QT_TRANSLATE_NOOP("mwb::Figures", "Active customers"),
     QT_TRANSLATE_NOOP("mwb::Figures", "Customers with at least one order in the period."),
     QT_TRANSLATE_NOOP("mwb::Figures", "customers' orders only")},
    {Figure::PeriodOrders, "orders", QT_TRANSLATE_NOOP("mwb::Figures", "Orders"),
     QT_TRANSLATE_NOOP("mwb::Figures", "Orders in the period, of customers and guests alike."),
     QT_TRANSLATE_NOOP("mwb::Figures", "guests' orders included")},
    {Figure::PeriodRevenue, "revenue", QT_TRANSLATE_NOOP("mwb::Figures", "Revenue"),
     QT_TRANSLATE_NOOP("mwb::Figures", "The period's orders less its refunds, of customers and guests alike."),
     QT_TRANSLATE_NOOP("mwb::Figures", "net of refunds, guests' orders included")},
    {Figure::AverageOrderValue, "average_order_value", QT_TRANSLATE_NOOP("mwb::Figures", "Average order value"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "The amounts of the period's orders ÷ its orders: the value of an order as placed, refunds not "
                       "subtracted."),
     QT_TRANSLATE_NOOP("mwb::Figures", "before refunds, guests' orders included")},
    {Figure::PurchaseFrequency, "purchase_frequency", QT_TRANSLATE_NOOP("mwb::Figures", "Purchase frequency"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Customers' orders in the period ÷ active customers: how many orders each buyer placed."),
     QT_TRANSLATE_NOOP("mwb::Figures", "customers' orders only")},
    {Figure::RepeatPurchaseRate, "repeat_purchase_rate", QT_TRANSLATE_NOOP("mwb::Figures", "Repeat-purchase rate"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Share of the period's active customers who had ordered before it or ordered two or more times "
                       "in it."),
     QT_TRANSLATE_NOOP("mwb::Figures", "customers' orders only")},
    {Figure::ChurnRate, "churn_rate", QT_TRANSLATE_NOOP("mwb::Figures", "Churn rate"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Share of the previous period's active customers who placed no order in this one."),
     QT_TRANSLATE_NOOP("mwb::Figures", "customers' orders only")},
    {Figure::CustomerOrders, "orders", QT_TRANSLATE_NOOP("mwb::Figures", "Orders"),
     QT_TRANSLATE_NOOP("mwb::Figures", "The customer's orders, all time."),
     QT_TRANSLATE_NOOP("mwb::Figures", "refunds are not orders")},
    {Figure::CustomerRevenue, "revenue", QT_TRANSLATE_NOOP("mwb::Figures", "Revenue"),
     QT_TRANSLATE_NOOP("mwb::Figures", "The customer's orders less their refunds, all time."),
     QT_TRANSLATE_NOOP("mwb::Figures", "net of refunds")},
    {Figure::CustomerAverageOrderValue, "aov", QT_TRANSLATE_NOOP("mwb::Figures", "Average order value"),
     QT_TRANSLATE_NOOP("mwb::Figures", "The customer's revenue ÷ their orders."),
     QT_TRANSLATE_NOOP("mwb::Figures", "net of refunds")},
    {Figure::RecencyDays, "recency_days", QT_TRANSLATE_NOOP("mwb::Figures", "Recency"),
     QT_TRANSLATE_NOOP("mwb::Figures", "Days from the customer's last order to the last day of the data."),
     QT_TRANSLATE_NOOP("mwb::Figures", "customers' orders only")},
    {Figure::RfmScores, "rfm", QT_TRANSLATE_NOOP("mwb::Figures", "RFM scores"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Recency, frequency and monetary scores from 1 to 5 (quintiles of the customers who ordered): "
                       "days since the last order, orders, and revenue net of refunds."),
     QT_TRANSLATE_NOOP("mwb::Figures", "net of refunds, customers' orders only")},
    {Figure::CohortRetention, "cohort_retention", QT_TRANSLATE_NOOP("mwb::Figures", "Retention"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Share of a cohort's customers (by the month of their first order or of signing up) who "
                       "ordered in each month since."),
     QT_TRANSLATE_NOOP("mwb::Figures", "customers' orders only")},
    {Figure::CohortRevenue, "cohort_revenue", QT_TRANSLATE_NOOP("mwb::Figures", "Revenue per customer"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "A cohort's orders less its refunds in each month since, per customer of the cohort."),
     QT_TRANSLATE_NOOP("mwb::Figures", "net of refunds, customers' orders only")},
    {Figure::HistoricalClv, "historical_clv", QT_TRANSLATE_NOOP("mwb::Figures", "Historical CLV"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "What customers who ordered have been worth so far: their revenue net of refunds, times the "
                       "margin, per customer."),
     QT_TRANSLATE_NOOP("mwb::Figures", "net of refunds, customers' orders only")},
    {Figure::PredictedClv, "predicted_clv", QT_TRANSLATE_NOOP("mwb::Figures", "Predicted CLV"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Margin × expected purchases × expected spend over the horizon, discounted monthly; the models "
                       "(BG/NBD, gamma-gamma) count days with a transaction of 0.00 or more, as Fader, Hardie and Lee "
                       "do."),
     QT_TRANSLATE_NOOP("mwb::Figures", "refunds left out")},
    {Figure::CampaignConversions, "conversions", QT_TRANSLATE_NOOP("mwb::Figures", "Conversions"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Members with an order in the attribution window after the send, or with a converted result; "
                       "treatment and control alike."),
     QT_TRANSLATE_NOOP("mwb::Figures", "members' orders only")},
    {Figure::CampaignRevenue, "revenue", QT_TRANSLATE_NOOP("mwb::Figures", "Attributed revenue"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "The amounts of the members' orders in the attribution window, refunds not subtracted."),
     QT_TRANSLATE_NOOP("mwb::Figures", "before refunds, members' orders only")},
    {Figure::Nps, "nps", QT_TRANSLATE_NOOP("mwb::Figures", "NPS"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Share of promoters (9–10) minus share of detractors (0–6) among the answers, each customer's "
                       "latest answer counting once."),
     QT_TRANSLATE_NOOP("mwb::Figures", "latest answer per customer")},
    {Figure::ProductOrders, "product_orders", QT_TRANSLATE_NOOP("mwb::Figures", "Orders"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Orders with a line of the product (category, brand) bought: a positive line on an order."),
     QT_TRANSLATE_NOOP("mwb::Figures", "guests' orders included")},
    {Figure::ProductCustomers, "product_customers", QT_TRANSLATE_NOOP("mwb::Figures", "Customers"),
     QT_TRANSLATE_NOOP("mwb::Figures", "Known customers with an order with a line of the product bought."),
     QT_TRANSLATE_NOOP("mwb::Figures", "customers' orders only")},
    {Figure::ProductQuantity, "product_quantity", QT_TRANSLATE_NOOP("mwb::Figures", "Units"),
     QT_TRANSLATE_NOOP("mwb::Figures", "The units on the lines of the product bought."),
     QT_TRANSLATE_NOOP("mwb::Figures", "refunded lines left out")},
    {Figure::ProductRevenue, "product_revenue", QT_TRANSLATE_NOOP("mwb::Figures", "Product revenue"),
     QT_TRANSLATE_NOOP("mwb::Figures", "Every line of the product, refunded lines subtracted."),
     QT_TRANSLATE_NOOP("mwb::Figures", "net of refunds, guests' orders included")},
    {Figure::ProductRepeatCustomers, "repeat_customers", QT_TRANSLATE_NOOP("mwb::Figures", "Repeat customers"),
     QT_TRANSLATE_NOOP("mwb::Figures", "Customers with two orders of the product or more."),
     QT_TRANSLATE_NOOP("mwb::Figures", "customers' orders only")},
    {Figure::BasketSupport, "support", QT_TRANSLATE_NOOP("mwb::Figures", "Support"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Orders with both products ÷ orders with a line bought, each product counted once per order."),
     QT_TRANSLATE_NOOP("mwb::Figures", "guests' orders included")},
    {Figure::BasketConfidence, "confidence", QT_TRANSLATE_NOOP("mwb::Figures", "Confidence"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Orders with both products ÷ orders with the first: how often the second joins the first."),
     QT_TRANSLATE_NOOP("mwb::Figures", "guests' orders included")},
    {Figure::BasketLift, "lift", QT_TRANSLATE_NOOP("mwb::Figures", "Lift"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Confidence ÷ the share of orders with the second product: above 1, it joins the first more "
                       "often than any order."),
     QT_TRANSLATE_NOOP("mwb::Figures", "guests' orders included")},
    {Figure::ReplenishmentInterval, "median_days", QT_TRANSLATE_NOOP("mwb::Figures", "Replenishment interval"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Median days between a customer's consecutive purchases of the product (days with a line of it "
                       "bought), over the products bought again by at least 10 customers."),
     QT_TRANSLATE_NOOP("mwb::Figures", "customers' orders only")},
    {Figure::ReplenishmentDue, "replenishment_due", QT_TRANSLATE_NOOP("mwb::Figures", "Replenishment due"),
     QT_TRANSLATE_NOOP(
         "mwb::Figures",
         "The day of the customer's last purchase of a product with an interval, plus the interval in whole days."),
     QT_TRANSLATE_NOOP("mwb::Figures", "customers' orders only")},
    {Figure::ProgrammeStepConversion, "conversion_rate", QT_TRANSLATE_NOOP("mwb::Figures", "Step conversion"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Contacts of the step (a customer on a day) followed by an order within the programme's "
                       "attribution days from the send ÷ the contacts; the step's control members alike."),
     QT_TRANSLATE_NOOP("mwb::Figures", "customers' orders only")},
    {Figure::ProgrammeStepUplift, "uplift", QT_TRANSLATE_NOOP("mwb::Figures", "Step uplift"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "The step's conversion of its treatment less that of its control, with a 95 % interval "
                       "(Newcombe) and the two-proportion p-value."),
     QT_TRANSLATE_NOOP("mwb::Figures", "customers' orders only")},
    {Figure::ProgrammeConversion, "programme_conversion_rate",
     QT_TRANSLATE_NOOP("mwb::Figures", "Programme conversion"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Entries followed by an order within the programme window (the longest path's waits plus "
                       "the attribution days) from the day of entry ÷ the entries."),
     QT_TRANSLATE_NOOP("mwb::Figures", "customers' orders only")},
    {Figure::ProgrammeIncrementalConversions, "incremental_conversions",
     QT_TRANSLATE_NOOP("mwb::Figures", "Incremental conversions"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "(Treatment conversion − comparison conversion) × treatment entries, the comparison being "
                       "the programme's holdout or the global control group."),
     QT_TRANSLATE_NOOP("mwb::Figures", "customers' orders only")},
    {Figure::CampaignBaselineRate, "baseline_rate", QT_TRANSLATE_NOOP("mwb::Figures", "Recent conversion rate"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "The mean, over the last six attribution windows before the data ends, of the share of the "
                       "audience with an order in the window: the rate the control group is expected to convert at."),
     QT_TRANSLATE_NOOP("mwb::Figures", "customers' orders only")},
    {Figure::DetectableUplift, "detectable_uplift", QT_TRANSLATE_NOOP("mwb::Figures", "Detectable uplift"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "The smallest rise in the conversion rate over the recent rate that the smallest arm against "
                       "the control group shows with 80 % power in a two-sided test at 5 % (divided among the arms)."),
     QT_TRANSLATE_NOOP("mwb::Figures", "two-proportion z-test, no continuity correction")},
    {Figure::ArmPValueHolm, "p_value_holm", QT_TRANSLATE_NOOP("mwb::Figures", "p (Holm)"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "The arm's p-value against the control group, adjusted by Holm's method over the arms, so the "
                       "chance of naming any arm a winner by luck stays at 5 %."),
     QT_TRANSLATE_NOOP("mwb::Figures", "pooled two-proportion z-test")},
    {Figure::ProgrammeIncrementalRevenue, "incremental_revenue",
     QT_TRANSLATE_NOOP("mwb::Figures", "Incremental revenue"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "(Treatment revenue per entry − comparison revenue per entry) × treatment entries, from the "
                       "orders within the programme window."),
     QT_TRANSLATE_NOOP("mwb::Figures", "customers' orders only")},
    {Figure::TierMembers, "members", QT_TRANSLATE_NOOP("mwb::Figures", "Members"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Customers known on the day (their 5A stage on it is defined), each in the tier of their last "
                       "change on or before it, the lowest tier without one."),
     QT_TRANSLATE_NOOP("mwb::Figures", "all customers")},
    {Figure::TierRevenue365, "revenue_365d", QT_TRANSLATE_NOOP("mwb::Figures", "Revenue, last 365 days"),
     QT_TRANSLATE_NOOP("mwb::Figures", "The tier's members' orders less their refunds in the 365 days to the day."),
     QT_TRANSLATE_NOOP("mwb::Figures", "net of refunds, customers' orders only")},
    {Figure::TierMigration, "tier_migration", QT_TRANSLATE_NOOP("mwb::Figures", "Tier migration"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "The customers known on the second day, by their tier on the first day (or not yet known then) "
                       "and on the second."),
     QT_TRANSLATE_NOOP("mwb::Figures", "all customers")},
    {Figure::ActiveMemberRate, "active_member_rate", QT_TRANSLATE_NOOP("mwb::Figures", "Active member rate"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Members with an order or a touchpoint of their own (not our sends, deliveries, bounces or "
                       "unsubscribes) in the window of days up to a month's last day ÷ the members known on that "
                       "day; in a tier, the members in it on that day."),
     QT_TRANSLATE_NOOP("mwb::Figures", "customers' orders and touchpoints")},
    {Figure::PointsIssued, "points_issued", QT_TRANSLATE_NOOP("mwb::Figures", "Points issued"),
     QT_TRANSLATE_NOOP("mwb::Figures", "Points earned and positive adjustments up to the end of the day."),
     QT_TRANSLATE_NOOP("mwb::Figures", "the points ledger as imported")},
    {Figure::PointsRedeemed, "points_redeemed", QT_TRANSLATE_NOOP("mwb::Figures", "Points redeemed"),
     QT_TRANSLATE_NOOP("mwb::Figures", "Points redeemed up to the end of the day."),
     QT_TRANSLATE_NOOP("mwb::Figures", "the points ledger as imported")},
    {Figure::PointsExpired, "points_expired", QT_TRANSLATE_NOOP("mwb::Figures", "Points expired"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Points expired up to the end of the day: the expiries recorded, and under an expiry rule what "
                       "was left of each earning on its expiry day (a recorded expiry settles those first)."),
     QT_TRANSLATE_NOOP("mwb::Figures", "the points ledger as imported")},
    {Figure::PointsAdjusted, "points_adjusted", QT_TRANSLATE_NOOP("mwb::Figures", "Points adjusted down"),
     QT_TRANSLATE_NOOP("mwb::Figures", "Negative adjustments of points up to the end of the day."),
     QT_TRANSLATE_NOOP("mwb::Figures", "the points ledger as imported")},
    {Figure::PointsOutstanding, "points_outstanding", QT_TRANSLATE_NOOP("mwb::Figures", "Outstanding points"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Points issued − redeemed − expired − adjusted down: the balances members hold at the end of "
                       "the day (redemptions, expiries and adjustments use the oldest points first)."),
     QT_TRANSLATE_NOOP("mwb::Figures", "the points ledger as imported")},
    {Figure::PointsExpiringSoon, "points_expiring", QT_TRANSLATE_NOOP("mwb::Figures", "Points expiring soon"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Of the outstanding points, those the expiry rule ends within the notice period after the day."),
     QT_TRANSLATE_NOOP("mwb::Figures", "the points ledger as imported")},
    {Figure::PointsLiability, "points_liability", QT_TRANSLATE_NOOP("mwb::Figures", "Points liability"),
     QT_TRANSLATE_NOOP(
         "mwb::Figures",
         "Outstanding points × the value of one point set in the points rules, in the workspace currency."),
     QT_TRANSLATE_NOOP("mwb::Figures", "the points ledger as imported")},
    {Figure::PointsRedemptionRate, "redemption_rate", QT_TRANSLATE_NOOP("mwb::Figures", "Redemption rate"),
     QT_TRANSLATE_NOOP("mwb::Figures", "Points redeemed ÷ points issued, up to the end of the day."),
     QT_TRANSLATE_NOOP("mwb::Figures", "the points ledger as imported")},
    {Figure::MembersWithPoints, "members_with_points", QT_TRANSLATE_NOOP("mwb::Figures", "Members with points"),
     QT_TRANSLATE_NOOP("mwb::Figures", "Members whose points balance is above 0 at the end of the day."),
     QT_TRANSLATE_NOOP("mwb::Figures", "the points ledger as imported")},
    {Figure::Referrers, "referrers", QT_TRANSLATE_NOOP("mwb::Figures", "Referrers"),
     QT_TRANSLATE_NOOP("mwb::Figures", "Customers who referred at least one customer."),
     QT_TRANSLATE_NOOP("mwb::Figures", "referrals as imported")},
    {Figure::ReferredCustomers, "referred_customers", QT_TRANSLATE_NOOP("mwb::Figures", "Referred customers"),
     QT_TRANSLATE_NOOP("mwb::Figures", "Customers with a referrer on record (the first one imported stands)."),
     QT_TRANSLATE_NOOP("mwb::Figures", "referrals as imported")},
    {Figure::FirstOrderRevenue, "first_order_revenue", QT_TRANSLATE_NOOP("mwb::Figures", "First-order revenue"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "The amount of each referred customer's first order (the earliest with a positive amount)."),
     QT_TRANSLATE_NOOP("mwb::Figures", "customers' orders only")},
    {Figure::ReferredRevenue, "referred_revenue", QT_TRANSLATE_NOOP("mwb::Figures", "Referred revenue"),
     QT_TRANSLATE_NOOP("mwb::Figures", "Referred customers' orders less their refunds, all time."),
     QT_TRANSLATE_NOOP("mwb::Figures", "net of refunds, customers' orders only")},
    {Figure::CostPerReferred, "cost_per_referred", QT_TRANSLATE_NOOP("mwb::Figures", "Cost per referred customer"),
     QT_TRANSLATE_NOOP(
         "mwb::Figures",
         "(Reward per referred customer × referred customers + the programme's other costs) ÷ referred customers."),
     QT_TRANSLATE_NOOP("mwb::Figures", "the costs entered for the programme")},
    {Figure::ChurnScore, "churn_score", QT_TRANSLATE_NOOP("mwb::Figures", "Churn score"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "The churn model's probability, from 0 to 1, that a customer who has ordered places no order "
                       "in the horizon after the last day of the data."),
     QT_TRANSLATE_NOOP("mwb::Figures", "buyers only")},
    {Figure::PurchaseScore, "purchase_score", QT_TRANSLATE_NOOP("mwb::Figures", "Purchase score"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "The purchase model's probability, from 0 to 1, that a known customer places an order in the "
                       "horizon after the last day of the data."),
     QT_TRANSLATE_NOOP("mwb::Figures", "known customers")},
    {Figure::ModelAuc, "auc", QT_TRANSLATE_NOOP("mwb::Figures", "AUC"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "The chance that a customer with the outcome scores above one without it, ties counting half: "
                       "0.5 is guessing, 1 a perfect ranking."),
     QT_TRANSLATE_NOOP("mwb::Figures", "evaluation period")},
    {Figure::ModelPrecision, "precision", QT_TRANSLATE_NOOP("mwb::Figures", "Precision"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Customers scored at or above the threshold who had the outcome ÷ customers scored at or above "
                       "it."),
     QT_TRANSLATE_NOOP("mwb::Figures", "evaluation period")},
    {Figure::ModelRecall, "recall", QT_TRANSLATE_NOOP("mwb::Figures", "Recall"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Customers with the outcome scored at or above the threshold ÷ customers with the outcome."),
     QT_TRANSLATE_NOOP("mwb::Figures", "evaluation period")},
    {Figure::ModelF1, "f1", QT_TRANSLATE_NOOP("mwb::Figures", "F1"),
     QT_TRANSLATE_NOOP("mwb::Figures", "2 × precision × recall ÷ (precision + recall): one figure for both."),
     QT_TRANSLATE_NOOP("mwb::Figures", "evaluation period")},
    {Figure::ModelThreshold, "threshold", QT_TRANSLATE_NOOP("mwb::Figures", "Threshold"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "The score from which a customer is predicted to have the outcome: the one with the best F1 "
                       "on the training period unless one is given."),
     QT_TRANSLATE_NOOP("mwb::Figures", "training period")},
    {Figure::ModelBaseRate, "base_rate", QT_TRANSLATE_NOOP("mwb::Figures", "Base rate"),
     QT_TRANSLATE_NOOP("mwb::Figures", "Customers with the outcome ÷ the customers evaluated."),
     QT_TRANSLATE_NOOP("mwb::Figures", "evaluation period")},
    {Figure::ModelLiftTopDecile, "lift_top_decile", QT_TRANSLATE_NOOP("mwb::Figures", "Lift in the top decile"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "The outcome's rate among the tenth of customers with the highest scores ÷ the base rate."),
     QT_TRANSLATE_NOOP("mwb::Figures", "evaluation period")},
    {Figure::ModelGain, "gain", QT_TRANSLATE_NOOP("mwb::Figures", "Gain"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "The share of all customers with the outcome found among the highest-scored tenths, decile by "
                       "decile, cumulatively."),
     QT_TRANSLATE_NOOP("mwb::Figures", "evaluation period")},
    {Figure::ModelCalibration, "calibration", QT_TRANSLATE_NOOP("mwb::Figures", "Calibration"),
     QT_TRANSLATE_NOOP("mwb::Figures",
                       "Per decile of score, the mean score beside the share of its customers who had the outcome: "
                       "equal when the scores are probabilities to trust."),
     QT_TRANSLATE_NOOP("mwb::Figures", "evaluation period")},
};

const Entry &entry(Figure figure)
{
    const auto it =
        std::find_if(std::begin(kEntries), std::end(kEntries), [figure](const Entry &e) { return e.figure == figure; });
    return *it;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("mwb::Figures", text);
}

} // namespace

const QList<Figure> &Figures::all()
{
    static const QList<Figure> figures = [] {
        QList<Figure> list;
        for (const Entry &e : kEntries)
            list.append(e.figure);
        return list;
    }();
    return figures;
}

QString Figures::name(Figure figure)
{
    return QString::fromLatin1(entry(figure).name);
}

QString Figures::label(Figure figure)
{
    return translated(entry(figure).label);
}

QString Figures::definition(Figure figure)
{
    return translated(entry(figure).definition);
}

QString Figures::scope(Figure figure)
{
    return translated(entry(figure).scope);
}

QString Figures::englishDefinition(Figure figure)
{
    return QString::fromUtf8(entry(figure).definition);
}

QString Figures::tooltip(Figure figure)
{
    return QCoreApplication::translate("mwb::Figures", "%1 (%2)", "a definition and its scope")
        .arg(definition(figure), scope(figure));
}

} // namespace mwb
