#include "KpiDashboard.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

constexpr qint64 kDay = 86400;

qint64 startOf(const QDate &day)
{
    return QDate(1970, 1, 1).daysTo(day) * kDay;
}

qint64 endOf(const QDate &day) // exclusive
{
    return startOf(day) + kDay;
}

std::optional<double> ratio(double a, double b)
{
    return b > 0 ? std::optional<double>(a / b) : std::nullopt;
}

QJsonObject purchaseIn(const Period &p, int minCount = 1)
{
    QJsonObject inner{{u"from"_s, p.from.toString(Qt::ISODate)}, {u"to"_s, p.to.toString(Qt::ISODate)}};
    if (minCount > 1)
        inner.insert(u"min_count"_s, minCount);
    return {{u"purchase"_s, inner}};
}

QJsonObject field(const QString &name, const QString &op, const QJsonValue &value = {})
{
    QJsonObject object{{u"field"_s, name}, {u"op"_s, op}};
    if (!value.isUndefined())
        object.insert(u"value"_s, value);
    return object;
}

// Buyers of one period: each customer's number of orders in it.
struct PeriodOrders
{
    std::unordered_map<qint64, int> ordersByCustomer;
    qint64 orders = 0;
    qint64 revenueMinor = 0;
};

} // namespace

Period Period::previous(PeriodKind kind) const
{
    switch (kind) {
    case PeriodKind::Month: return containing(kind, from.addMonths(-1));
    case PeriodKind::Quarter: return containing(kind, from.addMonths(-3));
    case PeriodKind::Year: return containing(kind, from.addYears(-1));
    case PeriodKind::Custom: break;
    }
    return {from.addDays(-days()), from.addDays(-1)};
}

Period Period::containing(PeriodKind kind, const QDate &day)
{
    switch (kind) {
    case PeriodKind::Month: {
        const QDate first(day.year(), day.month(), 1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    case PeriodKind::Quarter: {
        const QDate first(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
        return {first, first.addMonths(3).addDays(-1)};
    }
    case PeriodKind::Year: return {QDate(day.year(), 1, 1), QDate(day.year(), 12, 31)};
    case PeriodKind::Custom: break;
    }
    return {day, day};
}

std::optional<double> KpiValues::averageOrderValueMinor() const
{
    return ratio(static_cast<double>(revenueMinor), static_cast<double>(orders));
}

std::optional<double> KpiValues::purchaseFrequency() const
{
    return ratio(static_cast<double>(orders), static_cast<double>(activeCustomers));
}

std::optional<double> KpiValues::repeatPurchaseRate() const
{
    return ratio(static_cast<double>(repeatBuyers), static_cast<double>(activeCustomers));
}

std::optional<double> KpiValues::churnRate() const
{
    return ratio(static_cast<double>(churned), static_cast<double>(previousBuyers));
}

std::optional<double> KpiValues::value(Kpi kpi) const
{
    switch (kpi) {
    case Kpi::Customers: return static_cast<double>(customers);
    case Kpi::NewCustomers: return static_cast<double>(newCustomers);
    case Kpi::ActiveCustomers: return static_cast<double>(activeCustomers);
    case Kpi::Orders: return static_cast<double>(orders);
    case Kpi::Revenue: return static_cast<double>(revenueMinor);
    case Kpi::AverageOrderValue: return averageOrderValueMinor();
    case Kpi::PurchaseFrequency: return purchaseFrequency();
    case Kpi::RepeatPurchaseRate: return repeatPurchaseRate();
    case Kpi::ChurnRate: return churnRate();
    }
    return std::nullopt;
}

QString KpiDashboard::kpiName(Kpi kpi)
{
    switch (kpi) {
    case Kpi::Customers: return u"customers"_s;
    case Kpi::NewCustomers: return u"new_customers"_s;
    case Kpi::ActiveCustomers: return u"active_customers"_s;
    case Kpi::Orders: return u"orders"_s;
    case Kpi::Revenue: return u"revenue"_s;
    case Kpi::AverageOrderValue: return u"average_order_value"_s;
    case Kpi::PurchaseFrequency: return u"purchase_frequency"_s;
    case Kpi::RepeatPurchaseRate: return u"repeat_purchase_rate"_s;
    case Kpi::ChurnRate: return u"churn_rate"_s;
    }
    return {};
}

KpiDashboardData KpiDashboard::compute(SQLite::Database &db, const Period &current, const Period &previous)
{
    KpiDashboardData data;
    data.current = current;
    data.previous = previous;
    if (!current.isValid() || !previous.isValid()) {
        data.error = u"A period needs a first and a last day, the first not after the last."_s;
        return data;
    }
    try {
        // Orders of both periods and the one before the previous (for its churn), one range
        // of the time index each.
        const Period beforePrevious{previous.from.addDays(-previous.days()), previous.from.addDays(-1)};
        auto ordersIn = [&db](const Period &p, QList<ChannelShare> *channels) {
            PeriodOrders out;
            SQLite::Statement q(db, "SELECT customer_id, amount_minor, coalesce(channel, '') FROM transactions "
                                    "WHERE ordered_at >= ?1 AND ordered_at < ?2 AND amount_minor > 0");
            q.bind(1, static_cast<int64_t>(startOf(p.from)));
            q.bind(2, static_cast<int64_t>(endOf(p.to)));
            std::unordered_map<std::string, ChannelShare> byChannel;
            while (q.executeStep()) {
                const qint64 amount = q.getColumn(1).getInt64();
                ++out.orders;
                out.revenueMinor += amount;
                if (!q.getColumn(0).isNull())
                    ++out.ordersByCustomer[q.getColumn(0).getInt64()];
                if (channels) {
                    ChannelShare &share = byChannel[q.getColumn(2).getString()];
                    ++share.orders;
                    share.revenueMinor += amount;
                }
            }
            if (channels) {
                for (auto &[name, share] : byChannel) {
                    share.channel = QString::fromStdString(name);
                    channels->append(share);
                }
                std::sort(channels->begin(), channels->end(), [](const ChannelShare &a, const ChannelShare &b) {
                    return a.revenueMinor != b.revenueMinor ? a.revenueMinor > b.revenueMinor : a.channel < b.channel;
                });
            }
            return out;
        };
        const PeriodOrders now = ordersIn(current, &data.channels);
        const PeriodOrders before = ordersIn(previous, nullptr);
        const PeriodOrders earlier = ordersIn(beforePrevious, nullptr);

        // Buyers who had bought before a period began.
        auto returning = [&db](const Period &p, const PeriodOrders &orders) {
            qint64 count = 0;
            SQLite::Statement q(db, "SELECT customer_id FROM customer_metrics WHERE first_purchase_at < ?1 "
                                    "AND last_purchase_at >= ?1");
            q.bind(1, static_cast<int64_t>(startOf(p.from)));
            std::unordered_set<qint64> counted;
            while (q.executeStep()) {
                const qint64 id = q.getColumn(0).getInt64();
                if (orders.ordersByCustomer.contains(id)) {
                    ++count;
                    counted.insert(id);
                }
            }
            for (const auto &[id, n] : orders.ordersByCustomer) {
                if (n >= 2 && !counted.contains(id))
                    ++count;
            }
            return count;
        };
        auto fill = [&](KpiValues &v, const Period &p, const PeriodOrders &orders, const PeriodOrders &prior) {
            v.orders = orders.orders;
            v.revenueMinor = orders.revenueMinor;
            v.activeCustomers = static_cast<qint64>(orders.ordersByCustomer.size());
            v.repeatBuyers = returning(p, orders);
            v.previousBuyers = static_cast<qint64>(prior.ordersByCustomer.size());
            for (const auto &[id, n] : prior.ordersByCustomer)
                v.churned += orders.ordersByCustomer.contains(id) ? 0 : 1;
            SQLite::Statement q(db, "SELECT count(*) FROM customer_metrics WHERE first_purchase_at >= ?1 "
                                    "AND first_purchase_at < ?2");
            q.bind(1, static_cast<int64_t>(startOf(p.from)));
            q.bind(2, static_cast<int64_t>(endOf(p.to)));
            q.executeStep();
            v.newCustomers = q.getColumn(0).getInt64();
        };
        fill(data.now, current, now, before);
        fill(data.before, previous, before, earlier);

        // Known by the end of each period: signed up or bought by then, or neither date known.
        SQLite::Statement known(db, "SELECT sum(k < ?1), sum(k < ?2) FROM (SELECT CASE "
                                    "WHEN c.signup_at IS NULL AND m.first_purchase_at IS NULL THEN -9223372036854775807 "
                                    "ELSE min(coalesce(c.signup_at, 9223372036854775807), "
                                    "coalesce(m.first_purchase_at, 9223372036854775807)) END AS k "
                                    "FROM customers c LEFT JOIN customer_metrics m ON m.customer_id = c.id)");
        known.bind(1, static_cast<int64_t>(endOf(current.to)));
        known.bind(2, static_cast<int64_t>(endOf(previous.to)));
        known.executeStep();
        data.now.customers = known.getColumn(0).getInt64();
        data.before.customers = known.getColumn(1).getInt64();

        // Monthly revenue and active customers, up to 36 months back from the period's end.
        const QDate lastMonth(current.to.year(), current.to.month(), 1);
        const QDate firstMonth = lastMonth.addMonths(-35);
        SQLite::Statement trend(db, "SELECT ordered_at, customer_id, amount_minor FROM transactions "
                                    "WHERE ordered_at >= ?1 AND ordered_at < ?2 AND amount_minor > 0");
        trend.bind(1, static_cast<int64_t>(startOf(firstMonth)));
        trend.bind(2, static_cast<int64_t>(endOf(current.to)));
        std::vector<TrendPoint> months(36);
        std::vector<std::unordered_set<qint64>> active(36);
        int firstUsed = 36;
        while (trend.executeStep()) {
            const QDate day = QDate(1970, 1, 1).addDays(trend.getColumn(0).getInt64() / kDay);
            const int index = (day.year() - firstMonth.year()) * 12 + day.month() - firstMonth.month();
            if (index < 0 || index >= 36)
                continue;
            firstUsed = std::min(firstUsed, index);
            months[static_cast<std::size_t>(index)].revenueMinor += trend.getColumn(2).getInt64();
            if (!trend.getColumn(1).isNull())
                active[static_cast<std::size_t>(index)].insert(trend.getColumn(1).getInt64());
        }
        for (int i = firstUsed; i < 36; ++i) {
            TrendPoint point = months[static_cast<std::size_t>(i)];
            point.month = firstMonth.addMonths(i);
            point.activeCustomers = static_cast<qint64>(active[static_cast<std::size_t>(i)].size());
            data.trend.append(point);
        }
    } catch (const SQLite::Exception &e) {
        data.error = u"Cannot read the orders: %1"_s.arg(QString::fromUtf8(e.what()));
    }
    return data;
}

SegmentNode KpiDashboard::customersBehind(Kpi kpi, const Period &current, const Period &previous)
{
    const QString from = current.from.toString(Qt::ISODate);
    const QString to = current.to.toString(Qt::ISODate);
    QJsonObject json;
    switch (kpi) {
    case Kpi::Customers:
        json = {{u"any"_s, QJsonArray{field(u"signup_date"_s, u"<="_s, to), field(u"first_purchase_date"_s, u"<="_s, to),
                                      QJsonObject{{u"all"_s, QJsonArray{field(u"signup_date"_s, u"is_empty"_s),
                                                                        field(u"first_purchase_date"_s, u"is_empty"_s)}}}}}};
        break;
    case Kpi::NewCustomers:
        json = field(u"first_purchase_date"_s, u"between"_s, QJsonArray{from, to});
        break;
    case Kpi::ActiveCustomers:
    case Kpi::Orders:
    case Kpi::Revenue:
    case Kpi::AverageOrderValue:
    case Kpi::PurchaseFrequency:
        json = purchaseIn(current);
        break;
    case Kpi::RepeatPurchaseRate:
        json = {{u"all"_s, QJsonArray{purchaseIn(current),
                                      QJsonObject{{u"any"_s, QJsonArray{field(u"first_purchase_date"_s, u"<"_s, from),
                                                                        purchaseIn(current, 2)}}}}}};
        break;
    case Kpi::ChurnRate:
        json = {{u"all"_s, QJsonArray{purchaseIn(previous), QJsonObject{{u"not"_s, purchaseIn(current)}}}}};
        break;
    }
    return SegmentDefinition::fromJson(json).node;
}

} // namespace mwb
