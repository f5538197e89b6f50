#include "DemoPopulation.h"

#include "DemoVocabulary.h"

#include <boost/random/beta_distribution.hpp>
#include <boost/random/exponential_distribution.hpp>
#include <boost/random/gamma_distribution.hpp>
#include <boost/random/lognormal_distribution.hpp>
#include <boost/random/poisson_distribution.hpp>

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace mwb::demo {

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kWeek = 7 * kDay;

// SplitMix64: small, fast and well mixed; the Boost distributions below draw from it.
// Its output is fixed by its definition, so the demo is the same on every platform.
class SplitMix64
{
public:
    using result_type = std::uint64_t;
    explicit SplitMix64(std::uint64_t seed)
        : m_state(seed)
    {
    }
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return ~result_type(0); }
    result_type operator()()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

private:
    std::uint64_t m_state;
};

class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_engine(seed)
    {
    }

    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return uniform() < p; }
    qint64 between(qint64 lo, qint64 hi) // inclusive bounds; hi >= lo
    {
        return lo + static_cast<qint64>(m_engine() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    template <typename Container> const auto &pick(const Container &items)
    {
        return items[static_cast<std::size_t>(m_engine() % std::size(items))];
    }
    // Picks an index by weight; weights need not sum to one.
    template <std::size_t N> std::size_t weighted(const std::array<double, N> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double u = uniform() * total;
        for (std::size_t i = 0; i < N; ++i) {
            if (u < weights[i])
                return i;
            u -= weights[i];
        }
        return N - 1;
    }
    double gamma(double shape, double scale)
    {
        return boost::random::gamma_distribution<double>(shape, scale)(m_engine);
    }
    double beta(double a, double b) { return boost::random::beta_distribution<double>(a, b)(m_engine); }
    double exponential(double mean) { return boost::random::exponential_distribution<double>(1.0 / mean)(m_engine); }
    double lognormal(double median, double sigma)
    {
        return boost::random::lognormal_distribution<double>(std::log(median), sigma)(m_engine);
    }
    int poisson(double mean)
    {
        return mean <= 0 ? 0 : boost::random::poisson_distribution<int, double>(mean)(m_engine);
    }
    std::uint64_t bits() { return m_engine(); }

private:
    SplitMix64 m_engine;
};

std::uint64_t mix(std::uint64_t a, std::uint64_t b)
{
    SplitMix64 s(a ^ (b * 0xd1b54a32d192ed03ULL));
    return s();
}

qint64 epoch(QDate date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

// Maps an id to a distinct 9-digit number, so phone numbers never collide.
std::uint64_t scramble9(qint64 id)
{
    constexpr std::uint64_t kRange = 1000000000ULL;
    return (static_cast<std::uint64_t>(id) * 387420489ULL + 123456789ULL) % kRange;
}

std::string padded(std::uint64_t value, int width)
{
    std::string digits = std::to_string(value);
    if (static_cast<int>(digits.size()) < width)
        digits.insert(0, static_cast<std::size_t>(width) - digits.size(), '0');
    return digits;
}

// A street address for a little over half of the customers, derived from the id (not drawn
// from the random stream, so adding it changed no other figure of the demo).
void postalAddress(CustomerDraft &c, const City &city, qint64 id)
{
    const std::uint64_t h = scramble9(id + 11);
    if (h % 100 >= 55)
        return;
    static constexpr std::array<const char *, 8> kChineseStreets{"人民路", "中山路", "解放路", "建国路",
                                                                 "南京路", "长江路", "和平街", "花园路"};
    static constexpr std::array<const char *, 8> kEnglishStreets{"High Street",  "Station Road", "Church Lane",
                                                                 "Park Avenue",  "Mill Road",    "Victoria Street",
                                                                 "Queen's Road", "Market Place"};
    const std::string number = std::to_string(1 + (h / 100) % 240);
    const std::string_view country(city.country);
    const bool chinese = country == "CN" || country == "HK" || country == "TW";
    c.address = chinese ? std::string(kChineseStreets[(h / 10000) % kChineseStreets.size()]) + number + "号"
                        : number + " " + kEnglishStreets[(h / 10000) % kEnglishStreets.size()];
    const std::string prefix(city.postcode);
    if (prefix.empty())
        return;
    const std::uint64_t tail = (h / 1000000) % 1000;
    if (country == "GB")
        c.postalCode = prefix + " " + std::to_string(1 + tail % 9) + static_cast<char>('A' + tail % 26)
            + static_cast<char>('A' + (tail / 26) % 26);
    else if (country == "US")
        c.postalCode = prefix + padded(tail % 100, 2);
    else if (country == "AU")
        c.postalCode = prefix + padded(tail % 100, 2);
    else if (country == "SG")
        c.postalCode = prefix + padded(tail % 100000, 5);
    else if (country == "TW")
        c.postalCode = prefix + padded(tail % 100, 2);
    else
        c.postalCode = prefix + padded(tail % 1000, 3);
}

std::string token(Random &random)
{
    static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::string out;
    std::uint64_t bits = random.bits();
    for (int i = 0; i < 12; ++i) {
        out.push_back(kAlphabet[bits & 31U]);
        bits >>= 5;
    }
    return out;
}

// Daytime-weighted second of a day: few orders at 4 a.m.
qint64 timeOfDay(Random &random)
{
    const qint64 hour = std::clamp<qint64>(static_cast<qint64>(8 + random.gamma(4.0, 2.6)), 6, 23);
    return hour * 3600 + random.between(0, 3599);
}

const char *engagementType(const char *channel)
{
    const std::string_view c(channel);
    if (c == "email")
        return "email_open";
    if (c == "sms")
        return "sms_click";
    if (c == "wechat")
        return "wechat_message";
    if (c == "app")
        return "app_open";
    if (c == "store")
        return "coupon_redeem";
    if (c == "phone")
        return "inquiry";
    return "web_visit";
}

const std::array<DemoCampaign, 3> kCampaigns{{
    {1, "Spring tea festival 2024", "email", "15% off spring harvest teas", QDate(2024, 4, 16), 0.10, 2000.0, 0.05,
     0.040, 1.6},
    {2, "Double 11 SMS 2024", "sms", "Double 11: 满299减50", QDate(2024, 11, 4), 0.20, 500.0, 0.06, 0.060, 1.35},
    {3, "Win-back WeChat 2025", "wechat", "We miss you: free gift with your next order", QDate(2025, 9, 10), 0.15,
     1200.0, 0.02, 0.030, 2.2},
}};

} // namespace

DemoPopulation::DemoPopulation(quint64 seed, QDate endDate, double activity)
    : DemoPopulation(seed, endDate, activity, activity)
{
}

DemoPopulation::DemoPopulation(quint64 seed, QDate endDate, double purchaseActivity, double touchActivity)
    : m_seed(seed)
    , m_purchase(purchaseActivity)
    , m_touch(touchActivity)
    , m_start(epoch(endDate.addYears(-3).addDays(1)))
    , m_end(epoch(endDate.addDays(1)) - 1)
{
}

namespace {

struct Shape
{
    double orders = 0; // a customer, on average
    double events = 0;
};

// The sample the shape is measured on: up to 20,000 ids spread over the whole population.
Shape measure(quint64 seed, QDate endDate, double purchase, double touch, qint64 customers)
{
    const qint64 n = std::min<qint64>(customers, 20000);
    const DemoPopulation population(seed, endDate, purchase, touch);
    CustomerDraft draft;
    double orders = 0;
    double events = 0;
    for (qint64 i = 0; i < n; ++i) {
        population.draw(1 + i * customers / n, draft);
        orders += static_cast<double>(draft.orders.size());
        events += static_cast<double>(draft.events.size());
    }
    return {orders / static_cast<double>(n), events / static_cast<double>(n)};
}

} // namespace

DemoPopulation::Rates DemoPopulation::calibrate(quint64 seed, QDate endDate, double activity, qint64 customers,
                                                double ordersPerCustomer, double eventsPerCustomer)
{
    Rates rates{activity, activity, {}};
    if (customers <= 0)
        return rates;
    constexpr double kTolerance = 0.002; // on the sample, relative
    constexpr double kMin = 0.01;
    constexpr double kMax = 100.0;
    if (ordersPerCustomer > 0) {
        // Orders grow about as a power of the purchase activity: the secant on the logs.
        double x0 = std::log(activity);
        double f0 =
            std::log(measure(seed, endDate, activity, activity, customers).orders) - std::log(ordersPerCustomer);
        double x1 = std::clamp(x0 - f0, std::log(kMin), std::log(kMax));
        for (int i = 0; i < 12 && std::abs(f0) > kTolerance; ++i) {
            const double f1 = std::log(std::max(1e-9, measure(seed, endDate, std::exp(x1), activity, customers).orders))
                - std::log(ordersPerCustomer);
            const double slope = std::abs(x1 - x0) > 1e-12 ? (f1 - f0) / (x1 - x0) : 1.0;
            x0 = x1;
            f0 = f1;
            if (std::abs(f1) <= kTolerance)
                break;
            x1 = std::clamp(x1 - f1 / std::max(slope, 0.05), std::log(kMin), std::log(kMax));
        }
        rates.purchase = std::exp(x0);
        if (std::abs(f0) > 0.02)
            rates.error = QStringLiteral("%1 orders a customer cannot be reached (the nearest is %2)")
                              .arg(ordersPerCustomer)
                              .arg(std::exp(f0) * ordersPerCustomer, 0, 'f', 2);
    }
    if (eventsPerCustomer > 0 && rates.error.isEmpty()) {
        // Engagement touchpoints are Poisson counts whose mean is linear in the touch
        // activity: events = floor + slope x touch, the floor brought by the orders.
        const double floor = measure(seed, endDate, rates.purchase, 0.0, customers).events;
        double at = std::max(activity, 0.1);
        double events = measure(seed, endDate, rates.purchase, at, customers).events;
        for (int i = 0; i < 6 && std::abs(events / eventsPerCustomer - 1.0) > kTolerance; ++i) {
            const double slope = (events - floor) / at;
            if (slope <= 0 || eventsPerCustomer < floor)
                break;
            at = std::clamp((eventsPerCustomer - floor) / slope, 0.0, kMax);
            events = measure(seed, endDate, rates.purchase, at, customers).events;
        }
        rates.touch = at;
        if (std::abs(events / eventsPerCustomer - 1.0) > 0.02)
            rates.error = QStringLiteral("%1 events a customer cannot be reached with %2 orders (the nearest is %3)")
                              .arg(eventsPerCustomer)
                              .arg(measure(seed, endDate, rates.purchase, at, customers).orders, 0, 'f', 2)
                              .arg(events, 0, 'f', 2);
    }
    return rates;
}

const std::array<DemoCampaign, 3> &DemoPopulation::campaigns()
{
    return kCampaigns;
}

qint64 DemoPopulation::sendTime(const DemoCampaign &campaign)
{
    return epoch(campaign.sendDate) + 2 * 3600; // 10:00 in China
}

// An order's lines from the catalogue: the customer's staple consumable when it is about to
// run out, else the product drawn for the order; now and then what goes with a product and a
// few more things. The order's amount is shared among the lines by list price × quantity.
class BasketDraw
{
public:
    BasketDraw(std::uint64_t seed, qint64 id)
        : m_random(mix(seed ^ 0x6a09e667f3bcc909ULL, static_cast<std::uint64_t>(id)))
    {
        std::vector<const Product *> consumables;
        for (const Product &p : products()) {
            if (p.refillDays > 0)
                consumables.push_back(&p);
        }
        if (m_random.chance(0.7))
            m_staple = m_random.pick(consumables);
    }

    void fill(OrderDraft &order, const Product &drawn)
    {
        std::vector<const Product *> picks;
        const bool due =
            m_staple && (m_stapleLast == 0 || order.at - m_stapleLast >= qint64(m_staple->refillDays) * kDay * 7 / 10);
        picks.push_back(due && m_random.chance(0.8) ? m_staple : &drawn);
        const std::size_t chosen = picks.size();
        for (std::size_t i = 0; i < chosen; ++i) {
            if (*picks[i]->goesWith && m_random.chance(0.35))
                add(picks, find(picks[i]->goesWith));
        }
        for (int extra = m_random.poisson(0.45); extra > 0; --extra)
            add(picks, &m_random.pick(products()));

        qint64 weightTotal = 0;
        std::vector<qint64> weights;
        order.lines.clear();
        for (std::size_t i = 0; i < picks.size(); ++i) {
            const int quantity = i == 0 ? order.quantity : 1 + m_random.poisson(0.2);
            order.lines.push_back({picks[i], quantity, 0});
            weights.push_back(std::llround(picks[i]->price * 100) * quantity);
            weightTotal += weights.back();
            if (picks[i] == m_staple)
                m_stapleLast = order.at;
        }
        qint64 left = order.amountMinor;
        order.quantity = 0;
        for (std::size_t i = 0; i < order.lines.size(); ++i) {
            LineDraft &line = order.lines[i];
            line.amountMinor = i + 1 == order.lines.size() ? left : order.amountMinor * weights[i] / weightTotal;
            left -= line.amountMinor;
            order.quantity += line.quantity;
        }
    }

private:
    static const Product *find(std::string_view code)
    {
        for (const Product &p : products()) {
            if (code == p.code)
                return &p;
        }
        return nullptr;
    }
    static void add(std::vector<const Product *> &picks, const Product *product)
    {
        if (product && std::find(picks.begin(), picks.end(), product) == picks.end())
            picks.push_back(product);
    }

    Random m_random; // a stream of its own: the customer's other figures do not depend on it
    const Product *m_staple = nullptr;
    qint64 m_stapleLast = 0;
};

void DemoPopulation::draw(qint64 id, CustomerDraft &c) const
{
    Random random(mix(m_seed, static_cast<std::uint64_t>(id)));
    BasketDraw basket(m_seed, id);
    c = CustomerDraft{};
    c.id = id;
    c.externalId = "M" + padded(static_cast<std::uint64_t>(id), 8);

    const bool chinese = random.chance(0.62);
    const bool female = random.chance(0.56);
    c.gender = random.chance(0.06) ? nullptr : (female ? "F" : "M");
    std::string latinLocal;
    if (chinese) {
        const Romanised &surname = random.pick(chineseSurnames());
        const Romanised &given = random.pick(chineseGivenNames());
        c.name = std::string(surname.text) + given.text;
        latinLocal = std::string(given.latin) + "." + surname.latin;
    } else {
        const Romanised &first = random.pick(female ? englishFirstNamesFemale() : englishFirstNamesMale());
        const Romanised &last = random.pick(englishSurnames());
        c.name = std::string(first.text) + " " + last.text;
        latinLocal = std::string(first.latin) + "." + last.latin;
    }
    const City &city = random.pick(chinese ? chineseCities() : englishCities());
    c.city = city.name;
    c.region = city.region;
    c.country = city.country;
    postalAddress(c, city, id);

    // Acquisition grows over time: signup density rises linearly across the three years.
    const qint64 span = m_end - m_start - 14 * kDay;
    c.signupAt = m_start + static_cast<qint64>(static_cast<double>(span) * std::sqrt(random.uniform()));
    static constexpr std::array<const char *, 7> kSources{"wechat", "app", "web", "store", "ads", "phone", "email"};
    const std::size_t source = chinese ? random.weighted(std::array{0.28, 0.20, 0.17, 0.20, 0.10, 0.05, 0.0})
                                       : random.weighted(std::array{0.0, 0.15, 0.35, 0.18, 0.20, 0.02, 0.10});
    c.sourceChannel = kSources[source];

    if (random.chance(chinese ? 0.72 : 0.96)) {
        const auto &domains = chinese ? mailDomainsChina() : mailDomainsEnglish();
        c.email = latinLocal + std::to_string(id) + "@" + random.pick(domains);
    }
    if (random.chance(chinese ? 0.96 : 0.58)) {
        const std::uint64_t digits = scramble9(id);
        // A mobile number of the customer's country; the digits come from the id, so no
        // two customers share one.
        const std::string_view country(c.country);
        const std::uint64_t seven = digits % 10000000ULL; // still distinct for ids below 10^7
        if (country == "CN") {
            static constexpr std::array<char, 5> kSecond{'3', '5', '7', '8', '9'};
            c.phone = std::string("+861") + kSecond[digits % kSecond.size()] + padded(digits, 9);
        } else if (country == "HK") {
            c.phone = "+8526" + padded(seven, 7);
        } else if (country == "TW") {
            c.phone = "+8869" + padded(digits % 100000000ULL, 8);
        } else if (country == "US") {
            static constexpr std::array<const char *, 3> kAreas{"212", "415", "206"};
            c.phone = std::string("+1") + kAreas[digits % kAreas.size()] + padded(seven, 7);
        } else if (country == "AU") {
            c.phone = "+614" + padded(digits % 100000000ULL, 8);
        } else if (country == "SG") {
            c.phone = "+659" + padded(seven, 7);
        } else {
            c.phone = "+447" + padded(digits, 9);
        }
    }
    c.identities.push_back({"external_id", c.externalId});
    if (!c.email.empty())
        c.identities.push_back({"email", c.email});
    if (!c.phone.empty())
        c.identities.push_back({"phone", c.phone});
    // The same person known under a second address or number (a work e-mail, a second SIM).
    if (random.chance(0.03)) {
        if (!c.email.empty())
            c.identities.push_back({"email", latinLocal + std::to_string(id) + "@work.example.com"});
        else
            c.identities.push_back({"phone", "+8616" + padded(scramble9(id + 7), 9)});
    }

    // Preferred channels for buying and for engaging.
    static constexpr std::array<const char *, 4> kBuyChannels{"store", "web", "app", "wechat"};
    const char *buyChannel = kBuyChannels[chinese ? random.weighted(std::array{0.3, 0.2, 0.2, 0.3})
                                                  : random.weighted(std::array{0.35, 0.45, 0.2, 0.0})];
    static constexpr std::array<const char *, 5> kTouchChannels{"wechat", "app", "sms", "web", "email"};
    const auto touchWeights = chinese ? std::array{0.35, 0.2, 0.15, 0.2, 0.1} : std::array{0.0, 0.2, 0.05, 0.4, 0.35};
    auto touchChannel = [&]() { return kTouchChannels[random.weighted(touchWeights)]; };

    auto addEvent = [&](qint64 at, const char *type, const char *channel) {
        if (at >= c.signupAt && at <= m_end)
            c.events.push_back({at, type, channel, 0, 0, false});
    };
    auto addTouch = [&](qint64 at) {
        const char *channel = touchChannel();
        const char *type = engagementType(channel);
        if (std::string_view(channel) == "email" && c.email.empty())
            type = "web_visit", channel = "web";
        addEvent(at, type, channel);
        if (std::string_view(type) == "email_open" && random.chance(0.3))
            addEvent(at + random.between(30, 1800), "email_click", "email");
    };

    if (std::string_view(c.sourceChannel) == "web" || std::string_view(c.sourceChannel) == "app"
        || std::string_view(c.sourceChannel) == "wechat")
        addEvent(c.signupAt, "register", c.sourceChannel);

    // Purchases: a repeat-buying process with dropout after each purchase (as in BG/NBD),
    // and spend that varies by customer around their own mean (as in Gamma-Gamma).
    const bool buyer = random.chance(0.6);
    const double meanOrderValue = random.lognormal(150.0, 0.5);
    auto orderAt = [&](qint64 at, const char *channel) {
        OrderDraft order;
        order.at = at;
        const Product &product = random.pick(products());
        order.quantity = 1 + random.poisson(0.35);
        const double value = std::max(9.9, meanOrderValue * random.gamma(6.0, 1.0 / 6.0));
        order.amountMinor = static_cast<qint64>(std::llround(value * 10.0)) * 10;
        basket.fill(order, product);
        order.channel = channel ? channel : (random.chance(0.75) ? buyChannel : random.pick(kBuyChannels));
        c.orders.push_back(order);
    };
    if (buyer) {
        const double ratePerWeek = random.gamma(0.9, 0.12) * m_purchase;
        const double dropout = random.beta(1.2, 4.0) / m_purchase;
        qint64 t = c.signupAt + static_cast<qint64>(random.exponential(10.0 * kDay));
        const int pre = random.poisson(2.5);
        for (int i = 0; i < pre; ++i)
            addTouch(t - random.between(kDay / 2, 21 * kDay));
        while (t <= m_end) {
            orderAt(t - t % kDay + timeOfDay(random), nullptr);
            if (random.chance(dropout))
                break;
            t += static_cast<qint64>(random.exponential(static_cast<double>(kWeek) / std::max(ratePerWeek, 0.004)));
            const int between = random.poisson(1.2);
            for (int i = 0; i < between; ++i)
                addTouch(t - random.between(kDay / 4, 10 * kDay));
        }
    } else if (random.chance(0.62)) {
        const int touches = 1 + random.poisson(2.0);
        for (int i = 0; i < touches; ++i)
            addTouch(c.signupAt + random.between(0, 90 * kDay));
    }

    // Lasting relationships: newsletter readers, WeChat followers and app users.
    const qint64 lastOrder = c.orders.empty() ? c.signupAt : c.orders.back().at;
    const qint64 engagedUntil = std::min(m_end, lastOrder + static_cast<qint64>(random.exponential(150.0 * kDay)));
    const double engagedMonths = static_cast<double>(engagedUntil - c.signupAt) / (30.4 * kDay);
    if (!c.email.empty() && random.chance(0.45)) {
        c.tags.push_back("newsletter");
        const int opens = random.poisson(engagedMonths * 0.45 * m_touch);
        for (int i = 0; i < opens; ++i) {
            const qint64 at = random.between(c.signupAt, std::max(c.signupAt, engagedUntil));
            addEvent(at, "email_open", "email");
            if (random.chance(0.25))
                addEvent(at + random.between(60, 3600), "email_click", "email");
        }
    }
    if (chinese && random.chance(0.4)) {
        c.tags.push_back("wechat_follower");
        const int messages = random.poisson(engagedMonths * 0.3 * m_touch);
        for (int i = 0; i < messages; ++i)
            addEvent(random.between(c.signupAt, std::max(c.signupAt, engagedUntil)), "wechat_message", "wechat");
    }
    if (random.chance(0.25)) {
        const int opens = random.poisson(engagedMonths * 0.5 * m_touch);
        for (int i = 0; i < opens; ++i)
            addEvent(random.between(c.signupAt, std::max(c.signupAt, engagedUntil)), "app_open", "app");
    }
    if (random.chance(0.05))
        addEvent(random.between(c.signupAt, std::max(c.signupAt, engagedUntil)), "inquiry", "phone");

    // Campaigns: audiences are judged on the history before the send.
    for (const DemoCampaign &campaign : kCampaigns) {
        const qint64 send = sendTime(campaign);
        if (c.signupAt >= send)
            continue;
        qint64 lastBefore = -1;
        for (const OrderDraft &order : c.orders) {
            if (order.at < send)
                lastBefore = order.at;
        }
        bool eligible = false;
        switch (campaign.id) {
        case 1: eligible = !c.email.empty() && random.chance(0.6); break;
        case 2: eligible = chinese && !c.phone.empty() && lastBefore >= 0 && random.chance(0.6); break;
        default: eligible = chinese && lastBefore >= 0 && send - lastBefore > 180 * kDay; break;
        }
        if (!eligible)
            continue;
        MemberDraft member{campaign.id, random.chance(campaign.holdout), token(random)};
        const bool control = member.control;
        c.memberships.push_back(std::move(member));
        bool reached = !control;
        if (!control) {
            auto campaignEvent = [&](qint64 at, const char *type) {
                c.events.push_back({at, type, campaign.channel, campaign.id, 0, false});
            };
            campaignEvent(send, "campaign_sent");
            reached = random.chance(0.96);
            campaignEvent(send + random.between(5, 600), reached ? "campaign_delivered" : "campaign_bounced");
            if (reached) {
                const double openRate = campaign.id == 2 ? 0.0 : (campaign.id == 1 ? 0.32 : 0.5);
                const bool opened = random.chance(openRate);
                if (opened)
                    campaignEvent(send + random.between(600, 2 * kDay), "campaign_opened");
                if ((opened && random.chance(0.25)) || (campaign.id == 2 && random.chance(0.08)))
                    campaignEvent(send + random.between(900, 3 * kDay), "campaign_clicked");
                if (random.chance(0.008))
                    campaignEvent(send + random.between(900, 3 * kDay), "campaign_unsubscribed");
            }
        }
        const double rate = campaign.controlRate * (control || !reached ? 1.0 : campaign.lift);
        if (random.chance(rate)) {
            const qint64 at = send + random.between(kDay / 5, 12 * kDay);
            orderAt(at, control ? nullptr : (campaign.id == 2 ? "app" : (campaign.id == 1 ? "web" : "wechat")));
            if (!control) {
                c.events.push_back({at + 60, "campaign_converted", campaign.channel, campaign.id,
                                    static_cast<double>(c.orders.back().amountMinor) / 100.0, true});
            }
        }
    }

    // Survey answers, referrals and refunds among buyers.
    if (!c.orders.empty()) {
        if (random.chance(0.18)) {
            const qint64 at =
                c.orders[static_cast<std::size_t>(random.between(0, qint64(c.orders.size()) - 1))].at + 7 * kDay;
            const std::size_t band = random.weighted(std::array{0.24, 0.31, 0.45});
            const int score = band == 0 ? int(random.between(0, 6))
                                        : (band == 1 ? int(random.between(7, 8)) : int(random.between(9, 10)));
            if (at <= m_end)
                c.events.push_back({at, "nps", chinese ? "wechat" : "email", 0, double(score), true});
        }
        if (random.chance(0.04))
            addEvent(random.between(c.orders.front().at, m_end), "referral", chinese ? "wechat" : "web");
        const std::size_t organic = c.orders.size();
        for (std::size_t i = 0; i < organic; ++i) {
            if (random.chance(0.10))
                addEvent(c.orders[i].at, "coupon_redeem", c.orders[i].channel);
            if (random.chance(0.025)) {
                OrderDraft refund = c.orders[i];
                refund.at += random.between(2 * kDay, 20 * kDay);
                refund.amountMinor = -refund.amountMinor;
                refund.refund = true;
                if (refund.at <= m_end)
                    c.orders.push_back(refund);
            }
        }
    }

    std::stable_sort(c.orders.begin(), c.orders.end(), [](const auto &a, const auto &b) { return a.at < b.at; });
    std::stable_sort(c.events.begin(), c.events.end(), [](const auto &a, const auto &b) { return a.at < b.at; });

    qint64 revenue = 0;
    for (const OrderDraft &order : c.orders)
        revenue += order.amountMinor;
    c.tier = revenue >= 500000 ? "platinum" : revenue >= 200000 ? "gold" : revenue >= 60000 ? "silver" : "standard";
    if (std::string_view(c.tier) == "platinum")
        c.tags.push_back("vip");
}

} // namespace mwb::demo
