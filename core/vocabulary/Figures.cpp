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
#define MWB_FIGURE_TEXT(text) QT_TRANSLATE_NOOP("mwb::Figures", text)

constexpr Entry kEntries[] = {
    {Figure::Customers, "customers", MWB_FIGURE_TEXT("Customers"),
     MWB_FIGURE_TEXT("Every customer in the workspace: each person recognised across files, whatever they did."),
     MWB_FIGURE_TEXT("all customers")},
    {Figure::Orders, "orders", MWB_FIGURE_TEXT("Orders"),
     MWB_FIGURE_TEXT("Orders with a positive amount, of customers and guests alike; refunds and orders of 0.00 are "
                     "not orders."),
     MWB_FIGURE_TEXT("guests' orders included")},
    {Figure::Revenue, "revenue", MWB_FIGURE_TEXT("Revenue"),
     MWB_FIGURE_TEXT("The orders' amounts less the refunds, of customers and guests alike."),
     MWB_FIGURE_TEXT("net of refunds, guests' orders included")},
    {Figure::Refunds, "refunds", MWB_FIGURE_TEXT("Refunds"),
     MWB_FIGURE_TEXT("Transactions with a negative amount (cancellations and returns): revenue is net of them."),
     MWB_FIGURE_TEXT("guests' refunds included")},
    {Figure::Touchpoints, "events", MWB_FIGURE_TEXT("Touchpoints"),
     MWB_FIGURE_TEXT("Every touchpoint imported or logged: visits, opens, clicks, messages, campaign contacts and "
                     "results."),
     MWB_FIGURE_TEXT("all customers")},
    {Figure::GuestOrders, "orders_without_customer", MWB_FIGURE_TEXT("Guests' orders"),
     MWB_FIGURE_TEXT("Orders that name no customer (a guest checkout, a till sale without a member): counted in "
                     "orders and revenue, in no customer's figures."),
     MWB_FIGURE_TEXT("guests only")},
    {Figure::PeriodCustomers, "customers", MWB_FIGURE_TEXT("Customers"),
     MWB_FIGURE_TEXT("Customers known by the end of the period: their first dated fact (signup, order, refund, "
                     "touchpoint) or, without any, their import falls on or before its last day."),
     MWB_FIGURE_TEXT("all customers")},
    {Figure::NewCustomers, "new_customers", MWB_FIGURE_TEXT("New customers"),
     MWB_FIGURE_TEXT("Customers whose first order falls in the period."), MWB_FIGURE_TEXT("customers' orders only")},
    {Figure::ActiveCustomers, "active_customers", MWB_FIGURE_TEXT("Active customers"),
     MWB_FIGURE_TEXT("Customers with at least one order in the period."), MWB_FIGURE_TEXT("customers' orders only")},
    {Figure::PeriodOrders, "orders", MWB_FIGURE_TEXT("Orders"),
     MWB_FIGURE_TEXT("Orders in the period, of customers and guests alike."),
     MWB_FIGURE_TEXT("guests' orders included")},
    {Figure::PeriodRevenue, "revenue", MWB_FIGURE_TEXT("Revenue"),
     MWB_FIGURE_TEXT("The period's orders less its refunds, of customers and guests alike."),
     MWB_FIGURE_TEXT("net of refunds, guests' orders included")},
    {Figure::AverageOrderValue, "average_order_value", MWB_FIGURE_TEXT("Average order value"),
     MWB_FIGURE_TEXT("The amounts of the period's orders ÷ its orders: the value of an order as placed, refunds not "
                     "subtracted."),
     MWB_FIGURE_TEXT("before refunds, guests' orders included")},
    {Figure::PurchaseFrequency, "purchase_frequency", MWB_FIGURE_TEXT("Purchase frequency"),
     MWB_FIGURE_TEXT("Customers' orders in the period ÷ active customers: how many orders each buyer placed."),
     MWB_FIGURE_TEXT("customers' orders only")},
    {Figure::RepeatPurchaseRate, "repeat_purchase_rate", MWB_FIGURE_TEXT("Repeat-purchase rate"),
     MWB_FIGURE_TEXT("Share of the period's active customers who had ordered before it or ordered two or more times "
                     "in it."),
     MWB_FIGURE_TEXT("customers' orders only")},
    {Figure::ChurnRate, "churn_rate", MWB_FIGURE_TEXT("Churn rate"),
     MWB_FIGURE_TEXT("Share of the previous period's active customers who placed no order in this one."),
     MWB_FIGURE_TEXT("customers' orders only")},
    {Figure::CustomerOrders, "orders", MWB_FIGURE_TEXT("Orders"),
     MWB_FIGURE_TEXT("The customer's orders, all time."), MWB_FIGURE_TEXT("refunds are not orders")},
    {Figure::CustomerRevenue, "revenue", MWB_FIGURE_TEXT("Revenue"),
     MWB_FIGURE_TEXT("The customer's orders less their refunds, all time."), MWB_FIGURE_TEXT("net of refunds")},
    {Figure::CustomerAverageOrderValue, "aov", MWB_FIGURE_TEXT("Average order value"),
     MWB_FIGURE_TEXT("The customer's revenue ÷ their orders."), MWB_FIGURE_TEXT("net of refunds")},
    {Figure::RecencyDays, "recency_days", MWB_FIGURE_TEXT("Recency"),
     MWB_FIGURE_TEXT("Days from the customer's last order to the last day of the data."),
     MWB_FIGURE_TEXT("customers' orders only")},
    {Figure::RfmScores, "rfm", MWB_FIGURE_TEXT("RFM scores"),
     MWB_FIGURE_TEXT("Recency, frequency and monetary scores from 1 to 5 (quintiles of the customers who ordered): "
                     "days since the last order, orders, and revenue net of refunds."),
     MWB_FIGURE_TEXT("net of refunds, customers' orders only")},
    {Figure::CohortRetention, "cohort_retention", MWB_FIGURE_TEXT("Retention"),
     MWB_FIGURE_TEXT("Share of a cohort's customers (by the month of their first order or of signing up) who "
                     "ordered in each month since."),
     MWB_FIGURE_TEXT("customers' orders only")},
    {Figure::CohortRevenue, "cohort_revenue", MWB_FIGURE_TEXT("Revenue per customer"),
     MWB_FIGURE_TEXT("A cohort's orders less its refunds in each month since, per customer of the cohort."),
     MWB_FIGURE_TEXT("net of refunds, customers' orders only")},
    {Figure::HistoricalClv, "historical_clv", MWB_FIGURE_TEXT("Historical CLV"),
     MWB_FIGURE_TEXT("What customers who ordered have been worth so far: their revenue net of refunds, times the "
                     "margin, per customer."),
     MWB_FIGURE_TEXT("net of refunds, customers' orders only")},
    {Figure::PredictedClv, "predicted_clv", MWB_FIGURE_TEXT("Predicted CLV"),
     MWB_FIGURE_TEXT("Margin × expected purchases × expected spend over the horizon, discounted monthly; the models "
                     "(BG/NBD, gamma-gamma) count days with a transaction of 0.00 or more, as Fader, Hardie and Lee "
                     "do."),
     MWB_FIGURE_TEXT("refunds left out")},
    {Figure::CampaignConversions, "conversions", MWB_FIGURE_TEXT("Conversions"),
     MWB_FIGURE_TEXT("Members with an order in the attribution window after the send, or with a converted result; "
                     "treatment and control alike."),
     MWB_FIGURE_TEXT("members' orders only")},
    {Figure::CampaignRevenue, "revenue", MWB_FIGURE_TEXT("Attributed revenue"),
     MWB_FIGURE_TEXT("The amounts of the members' orders in the attribution window, refunds not subtracted."),
     MWB_FIGURE_TEXT("before refunds, members' orders only")},
    {Figure::Nps, "nps", MWB_FIGURE_TEXT("NPS"),
     MWB_FIGURE_TEXT("Share of promoters (9–10) minus share of detractors (0–6) among the answers, each customer's "
                     "latest answer counting once."),
     MWB_FIGURE_TEXT("latest answer per customer")},
};

#undef MWB_FIGURE_TEXT

const Entry &entry(Figure figure)
{
    const auto it = std::find_if(std::begin(kEntries), std::end(kEntries),
                                 [figure](const Entry &e) { return e.figure == figure; });
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
