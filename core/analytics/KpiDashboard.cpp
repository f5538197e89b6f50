#include "KpiDashboard.h"

#include "lifecycle/Lifecycle.h"
#include "lifecycle/StageHistory.h"
#include "store/Days.h"
#include "store/ParallelRanges.h"
#include "vocabulary/Figures.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>
#include <unordered_map>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::KpiDashboard" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::KpiDashboard)
};

constexpr qint64 kDay = 86400;

qint64 startOf(const QDate &day)
{
    return QDate(1970, 1, 1).daysTo(day) * kDay;
}

qint64 endOf(const QDate &day) // exclusive
{
    return startOf(day) + kDay;
}

// The trend of less than three months of orders, by week or by day: revenue (net) and the
// customers with an order in each bucket, each once.
QList<TrendPoint> shortTrend(SQLite::Database &db, TimeBucket bucket, const QDate &first, const QDate &last)
{
    const QList<QDate> starts = TimeBuckets::starts(bucket, first, last);
    QList<TrendPoint> trend;
    for (const QDate &start : starts)
        trend.append({start, 0, 0});
    if (starts.isEmpty())
        return trend;
    std::vector<std::unordered_set<qint64>> buyers(static_cast<std::size_t>(starts.size()));
    SQLite::Statement orders(db,
                             "SELECT customer_id, ordered_at, amount_minor FROM transactions "
                             "WHERE ordered_at >= ?1 AND ordered_at < ?2");
    orders.bind(1, static_cast<int64_t>(startOf(starts.constFirst())));
    orders.bind(2, static_cast<int64_t>(endOf(last)));
    const QDate epoch(1970, 1, 1);
    while (orders.executeStep()) {
        const QDate day = epoch.addDays(orders.getColumn(1).getInt64() / kDay);
        const auto at = std::upper_bound(starts.cbegin(), starts.cend(), day) - starts.cbegin() - 1;
        if (at < 0)
            continue;
        const qint64 amount = orders.getColumn(2).getInt64();
        TrendPoint &point = trend[at];
        point.revenueMinor += amount;
        if (isOrder(amount) && !orders.getColumn(0).isNull()) { // a known customer
            auto &seen = buyers[static_cast<std::size_t>(at)];
            if (seen.insert(orders.getColumn(0).getInt64()).second)
                ++point.activeCustomers;
        }
    }
    return trend;
}

// What one connection counts of the periods' orders (KpiDashboard::compute).
struct PeriodTally
{
    struct Sums
    {
        qint64 revenueMinor = 0, orders = 0, orderValueMinor = 0, customerOrders = 0;
    };
    Sums values[2];                                          // the current and the previous period
    std::unordered_map<std::string, ChannelShare> byChannel; // of the current period
    // Per customer id: orders in the current and previous periods (saturating at 255),
    // bought in the period before the previous, bought in the trend's last month.
    std::vector<std::uint8_t> ordersNow, ordersBefore, boughtEarlier, boughtLastMonth;

    void resize(std::size_t customers)
    {
        for (auto *v : {&ordersNow, &ordersBefore, &boughtEarlier, &boughtLastMonth})
            v->assign(customers, 0);
    }
    void add(const PeriodTally &other)
    {
        for (int i = 0; i < 2; ++i) {
            values[i].revenueMinor += other.values[i].revenueMinor;
            values[i].orders += other.values[i].orders;
            values[i].orderValueMinor += other.values[i].orderValueMinor;
            values[i].customerOrders += other.values[i].customerOrders;
        }
        for (const auto &[channel, share] : other.byChannel) {
            ChannelShare &mine = byChannel[channel];
            mine.orders += share.orders;
            mine.revenueMinor += share.revenueMinor;
        }
        for (std::size_t id = 0; id < ordersNow.size() && id < other.ordersNow.size(); ++id) {
            ordersNow[id] = static_cast<std::uint8_t>(std::min(255, ordersNow[id] + other.ordersNow[id]));
            ordersBefore[id] = static_cast<std::uint8_t>(std::min(255, ordersBefore[id] + other.ordersBefore[id]));
            boughtEarlier[id] |= other.boughtEarlier[id];
            boughtLastMonth[id] |= other.boughtLastMonth[id];
        }
    }
};

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
    return ratio(static_cast<double>(orderValueMinor), static_cast<double>(orders));
}

std::optional<double> KpiValues::purchaseFrequency() const
{
    // Both sides the same people: customers' orders over the customers who ordered.
    return ratio(static_cast<double>(customerOrders), static_cast<double>(activeCustomers));
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
        data.error = Text::tr("A period needs a first and a last day, the first not after the last.");
        return data;
    }
    try {
        // Per customer (indexed by id): when they were first known and first bought.
        SQLite::Statement maxId(db, "SELECT coalesce(max(id), 0) FROM customers");
        maxId.executeStep();
        const auto customers = static_cast<std::size_t>(maxId.getColumn(0).getInt64()) + 1;
        constexpr qint64 kNever = std::numeric_limits<qint64>::max();
        std::vector<qint64> firstPurchase(customers, kNever);
        {
            // Known by the end of a period, as the 5A lifecycle knows them: from their first
            // dated fact (or import); the stage history holds that day.
            const qint32 nowEnd = dayNumber(current.to), beforeEnd = dayNumber(previous.to);
            SQLite::Statement known(db,
                                    "SELECT m.customer_id, m.first_purchase_at, m.stage_history "
                                    "FROM customer_metrics m");
            while (known.executeStep()) {
                const auto id = static_cast<std::size_t>(known.getColumn(0).getInt64());
                if (!known.getColumn(1).isNull() && id < customers)
                    firstPurchase[id] = known.getColumn(1).getInt64();
                const SQLite::Column history = known.getColumn(2);
                const auto *bytes = static_cast<const char *>(history.getBlob());
                const int size = history.getBytes();
                data.now.customers += stageOnDay(bytes, size, nowEnd) ? 1 : 0;
                data.before.customers += stageOnDay(bytes, size, beforeEnd) ? 1 : 0;
            }
        }

        // The orders of the periods (both, and the one before the previous, for its churn) and
        // of the month the period ends in, read one by one; the 36 months of the trend come
        // from the kept aggregates: sales_daily (revenue, first and last day with orders) and
        // customer_months (who bought in which month), which hold every earlier month whole.
        const Period beforePrevious{previous.from.addDays(-previous.days()), previous.from.addDays(-1)};
        const QDate lastMonth(current.to.year(), current.to.month(), 1);
        const QDate firstMonth = lastMonth.addMonths(-35);
        const Period periods[] = {current, previous, beforePrevious};
        qint64 from[3], to[3];
        for (int i = 0; i < 3; ++i) {
            from[i] = startOf(periods[i].from);
            to[i] = endOf(periods[i].to);
        }
        const qint64 scanFrom = std::min({from[0], from[1], from[2], startOf(lastMonth)});
        const qint64 scanTo = std::max({to[0], to[1], to[2]});
        const qint64 trendFrom = startOf(firstMonth), trendTo = endOf(current.to);
        const int firstMonthNumber = firstMonth.year() * 12 + firstMonth.month() - 1;
        const int lastMonthNumber = firstMonthNumber + 35;
        std::vector<TrendPoint> months(36);
        // Days are whole UTC days here as in sales_daily (times before 1970 aside).
        qint32 firstOrderDay = std::numeric_limits<qint32>::max(), lastOrderDay = std::numeric_limits<qint32>::min();
        qint64 scanTransactions = 0, allTransactions = 0;
        {
            SQLite::Statement days(db, "SELECT day, transactions, revenue_minor FROM sales_daily");
            const MonthOfDay monthOf(dayOfSeconds(trendFrom), dayOfSeconds(trendTo));
            const qint32 scanFirstDay = dayOfSeconds(scanFrom), scanLastDay = dayOfSeconds(scanTo - 1);
            const qint32 trendFirstDay = dayOfSeconds(trendFrom), trendLastDay = dayOfSeconds(trendTo - 1);
            while (days.executeStep()) {
                const qint32 day = days.getColumn(0).getInt();
                const qint64 transactions = days.getColumn(1).getInt64();
                allTransactions += transactions;
                if (day >= scanFirstDay && day <= scanLastDay)
                    scanTransactions += transactions;
                if (day < trendFirstDay || day > trendLastDay || transactions == 0)
                    continue;
                firstOrderDay = std::min(firstOrderDay, day);
                lastOrderDay = std::max(lastOrderDay, day);
                months[static_cast<std::size_t>(monthOf(qint64(day) * kDay) - firstMonthNumber)].revenueMinor +=
                    days.getColumn(2).getInt64();
            }
            // The buyers of each month before the last (that one may end with the period),
            // tallied here rather than grouped (which would sort them all first).
            SQLite::Statement buyers(db,
                                     "SELECT month FROM customer_months "
                                     "WHERE month BETWEEN ?1 AND ?2 AND orders > 0");
            buyers.bind(1, firstMonthNumber);
            buyers.bind(2, lastMonthNumber - 1);
            while (buyers.executeStep())
                ++months[static_cast<std::size_t>(buyers.getColumn(0).getInt() - firstMonthNumber)].activeCustomers;
        }
        // Every transaction of the periods: orders count, refunds make revenue net. By the time
        // index when the periods hold a small part of the orders; otherwise the table read in
        // order, in ranges of ids on as many connections as there are cores (a look-up by the
        // index costs 30 times a row read in order at 10M orders: 5.5 against 0.17 µs).
        const bool fewOrders = scanTransactions * 30 < allTransactions;
        qint64 firstId = 1, lastId = 0;
        if (!fewOrders) {
            SQLite::Statement ids(db, "SELECT min(id), max(id) FROM transactions");
            if (ids.executeStep() && !ids.getColumn(0).isNull()) {
                firstId = ids.getColumn(0).getInt64();
                lastId = ids.getColumn(1).getInt64();
            }
        }
        const int parts = fewOrders ? 1 : std::clamp(QThread::idealThreadCount(), 1, 4);
        ParallelRanges ranges(fewOrders ? 0 : firstId, fewOrders ? 0 : lastId,
                              fewOrders ? 1 : static_cast<std::size_t>(parts) * 4);
        std::vector<PeriodTally> tallies(static_cast<std::size_t>(parts));
        const qint64 lastMonthFrom = startOf(lastMonth);
        ranges.run(db, parts, [&](SQLite::Database &connection, int part) {
            PeriodTally &t = tallies[static_cast<std::size_t>(part)];
            t.resize(customers);
            SQLite::Statement orders(connection,
                                     fewOrders
                                         ? "SELECT customer_id, ordered_at, amount_minor, channel FROM transactions "
                                           "INDEXED BY transactions_time WHERE ordered_at >= ?1 AND ordered_at < ?2"
                                         : "SELECT customer_id, ordered_at, amount_minor, channel FROM transactions "
                                           "NOT INDEXED WHERE ordered_at >= ?1 AND ordered_at < ?2 "
                                           "AND id BETWEEN ?3 AND ?4");
            while (const auto range = ranges.next()) {
                orders.reset();
                orders.bind(1, static_cast<int64_t>(scanFrom));
                orders.bind(2, static_cast<int64_t>(scanTo));
                if (!fewOrders) {
                    orders.bind(3, static_cast<int64_t>(range->first));
                    orders.bind(4, static_cast<int64_t>(range->last));
                }
                while (orders.executeStep()) {
                    const bool guest = orders.getColumn(0).isNull();
                    const auto id = guest ? std::size_t(0) : static_cast<std::size_t>(orders.getColumn(0).getInt64());
                    const qint64 time = orders.getColumn(1).getInt64();
                    const qint64 amount = orders.getColumn(2).getInt64();
                    const bool order = isOrder(amount);
                    const bool known = !guest && id < customers;
                    for (int i = 0; i < 3; ++i) {
                        if (time < from[i] || time >= to[i])
                            continue;
                        if (i < 2) {
                            t.values[i].revenueMinor += amount;
                            if (order) {
                                ++t.values[i].orders;
                                t.values[i].orderValueMinor += amount;
                                if (known) {
                                    ++t.values[i].customerOrders;
                                    std::uint8_t &n = i == 0 ? t.ordersNow[id] : t.ordersBefore[id];
                                    n = n < 255 ? n + 1 : n;
                                }
                            }
                        } else if (known && order) {
                            t.boughtEarlier[id] = 1;
                        }
                        if (i == 0) {
                            ChannelShare &share = t.byChannel[orders.getColumn(3).getString()];
                            share.orders += order ? 1 : 0;
                            share.revenueMinor += amount;
                        }
                    }
                    if (time >= lastMonthFrom && time < trendTo && known && order)
                        t.boughtLastMonth[id] = 1; // each customer once
                }
            }
        });
        // The parts' tallies added up (sums and flags: the same whichever part read a range).
        PeriodTally &all = tallies.front();
        for (std::size_t p = 1; p < tallies.size(); ++p)
            all.add(tallies[p]);
        const std::vector<std::uint8_t> &ordersNow = all.ordersNow, &ordersBefore = all.ordersBefore,
                                        &boughtEarlier = all.boughtEarlier;
        KpiValues *values[] = {&data.now, &data.before};
        for (int i = 0; i < 2; ++i) {
            values[i]->revenueMinor = all.values[i].revenueMinor;
            values[i]->orders = all.values[i].orders;
            values[i]->orderValueMinor = all.values[i].orderValueMinor;
            values[i]->customerOrders = all.values[i].customerOrders;
        }
        months.back().activeCustomers += std::count(all.boughtLastMonth.begin(), all.boughtLastMonth.end(), 1);
        std::unordered_map<std::string, ChannelShare> &byChannel = all.byChannel;
        for (int i = 0; i < 2; ++i) {
            KpiValues &v = *values[i];
            const std::vector<std::uint8_t> &mine = i == 0 ? ordersNow : ordersBefore;
            const std::vector<std::uint8_t> &prior = i == 0 ? ordersBefore : boughtEarlier;
            const qint64 start = from[i], end = to[i];
            for (std::size_t id = 0; id < customers; ++id) {
                if (firstPurchase[id] >= start && firstPurchase[id] < end)
                    ++v.newCustomers;
                if (prior[id] > 0) {
                    ++v.previousBuyers;
                    v.churned += mine[id] == 0 ? 1 : 0;
                }
                if (mine[id] == 0)
                    continue;
                ++v.activeCustomers;
                if (firstPurchase[id] < start || mine[id] >= 2)
                    ++v.repeatBuyers;
            }
        }
        for (auto &[name, share] : byChannel) {
            share.channel = QString::fromStdString(name);
            data.channels.append(share);
        }
        std::sort(data.channels.begin(), data.channels.end(), [](const ChannelShare &a, const ChannelShare &b) {
            return a.revenueMinor != b.revenueMinor ? a.revenueMinor > b.revenueMinor : a.channel < b.channel;
        });
        int firstUsed = 36;
        for (int i = 0; i < 36; ++i) {
            if (months[static_cast<std::size_t>(i)].revenueMinor != 0
                || months[static_cast<std::size_t>(i)].activeCustomers)
                firstUsed = std::min(firstUsed, i);
        }
        const bool anyOrders = firstOrderDay <= lastOrderDay;
        // To the last day with orders: the days after it are not known to be empty.
        const QDate firstDay = anyOrders ? dateOfDay(firstOrderDay) : QDate();
        const QDate lastDay = anyOrders ? std::min(dateOfDay(lastOrderDay), current.to) : QDate();
        data.trendBucket = anyOrders ? TimeBuckets::forRange(firstDay, lastDay) : TimeBucket::Month;
        if (data.trendBucket == TimeBucket::Month) {
            for (int i = firstUsed; i < 36; ++i) {
                TrendPoint point = months[static_cast<std::size_t>(i)];
                point.start = firstMonth.addMonths(i);
                data.trend.append(point);
            }
        } else {
            data.trend = shortTrend(db, data.trendBucket, firstDay, lastDay);
        }
    } catch (const SQLite::Exception &e) {
        data.error = Text::tr("Cannot read the orders: %1").arg(QString::fromUtf8(e.what()));
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
        // Known on the period's last day: they have a stage then.
        json = {{u"field"_s, u"lifecycle_stage"_s}, {u"op"_s, u"is_not_empty"_s}, {u"as_of"_s, to}};
        break;
    case Kpi::NewCustomers: json = field(u"first_purchase_date"_s, u"between"_s, QJsonArray{from, to}); break;
    case Kpi::ActiveCustomers:
    case Kpi::Orders:
    case Kpi::Revenue:
    case Kpi::AverageOrderValue:
    case Kpi::PurchaseFrequency: json = purchaseIn(current); break;
    case Kpi::RepeatPurchaseRate:
        json = {{u"all"_s,
                 QJsonArray{purchaseIn(current),
                            QJsonObject{
                                {u"any"_s,
                                 QJsonArray{field(u"first_purchase_date"_s, u"<"_s, from), purchaseIn(current, 2)}}}}}};
        break;
    case Kpi::ChurnRate:
        json = {{u"all"_s, QJsonArray{purchaseIn(previous), QJsonObject{{u"not"_s, purchaseIn(current)}}}}};
        break;
    }
    return SegmentDefinition::fromJson(json).node;
}

} // namespace mwb
