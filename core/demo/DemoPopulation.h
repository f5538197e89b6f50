// DemoPopulation: draws one synthetic customer at a time, with their whole history.
// Each customer comes from their own random stream (seed and id), so a customer's data
// does not depend on how many customers are drawn or in which order.
#pragma once

#include <QDate>
#include <QString>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace mwb::demo {

struct Product;

struct LineDraft
{
    const Product *product = nullptr;
    int quantity = 1;
    qint64 amountMinor = 0; // positive; a refund's lines are written negative
};

struct OrderDraft
{
    qint64 at = 0;
    qint64 amountMinor = 0; // the sum of the lines' amounts
    int quantity = 1;       // the sum of the lines' quantities
    const char *channel = nullptr;
    std::vector<LineDraft> lines;
    bool refund = false;
};

struct EventDraft
{
    qint64 at = 0;
    const char *type = nullptr;
    const char *channel = nullptr;
    int campaignId = 0; // 0: not a campaign event
    double value = 0;
    bool hasValue = false;
};

struct MemberDraft
{
    int campaignId = 0;
    bool control = false;
    std::string token;
};

struct IdentityDraft
{
    const char *kind = nullptr;
    std::string value;
};

struct CustomerDraft
{
    qint64 id = 0;
    std::string externalId;
    std::string name;
    std::string email;
    std::string phone;
    const char *city = nullptr;
    const char *region = nullptr;
    const char *country = nullptr;
    std::string address; // street address, for about half of the customers
    std::string postalCode;
    const char *gender = nullptr;
    qint64 signupAt = 0;
    const char *sourceChannel = nullptr;
    const char *tier = nullptr;
    std::vector<IdentityDraft> identities;
    std::vector<const char *> tags;
    std::vector<OrderDraft> orders; // sorted by time
    std::vector<EventDraft> events; // sorted by time
    std::vector<MemberDraft> memberships;
};

struct DemoCampaign
{
    int id;
    const char *name;
    const char *channel;
    const char *offer;
    QDate sendDate;
    double holdout;
    double costFixed;      // major units
    double costPerContact; // major units
    double controlRate;    // conversion within the window without the campaign
    double lift;           // treatment rate = controlRate * lift
};

class DemoPopulation
{
public:
    DemoPopulation(quint64 seed, QDate endDate, double activity = 1.0);
    // Purchases (rate and loyalty) and touchpoints (newsletter, WeChat and app engagement)
    // scaled apart: the shape of the data, not only its busyness.
    DemoPopulation(quint64 seed, QDate endDate, double purchaseActivity, double touchActivity);

    // The purchase and touch activities that give `ordersPerCustomer` transactions and
    // `eventsPerCustomer` events a customer on average (either 0: as `activity` gives),
    // found on a sample of the customers 1..`customers` drawn as they will be. Empty
    // `error` unless the shape cannot be reached (fewer events than the orders bring).
    struct Rates
    {
        double purchase = 1.0;
        double touch = 1.0;
        QString error;
    };
    static Rates calibrate(quint64 seed, QDate endDate, double activity, qint64 customers, double ordersPerCustomer,
                           double eventsPerCustomer);

    void draw(qint64 id, CustomerDraft &out) const;

    qint64 startAt() const { return m_start; }
    qint64 endAt() const { return m_end; }
    static const std::array<DemoCampaign, 3> &campaigns();
    static qint64 sendTime(const DemoCampaign &campaign);

private:
    quint64 m_seed;
    double m_purchase;
    double m_touch;
    qint64 m_start; // epoch seconds, first second of history
    qint64 m_end;   // epoch seconds, last second of history
};

} // namespace mwb::demo
