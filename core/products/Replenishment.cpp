#include "Replenishment.h"

#include "lifecycle/Lifecycle.h"
#include "store/Days.h"
#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Statement.h>

#include <QJsonArray>
#include <QJsonObject>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Per part: every interval seen of each key, and each customer's last day of each key.
struct PartGaps
{
    std::vector<std::vector<qint32>> gaps;     // by key
    std::vector<qint64> customersAgain;        // by key
    std::vector<std::pair<int, qint32>> lasts; // (key, last day) per customer and key
};

struct Intervals
{
    std::vector<std::vector<qint32>> gaps;
    std::vector<qint64> customersAgain;
    std::vector<std::pair<int, qint32>> lasts;
};

Intervals collect(SQLite::Database &db, const ProductKeys &keys)
{
    const std::size_t keyCount = static_cast<std::size_t>(keys.keys.size());
    std::vector<PartGaps> parts(static_cast<std::size_t>(LineScan::parts(db)));
    for (PartGaps &p : parts) {
        p.gaps.resize(keyCount);
        p.customersAgain.assign(keyCount, 0);
    }
    LineScan::run(db, keys, {std::nullopt, std::nullopt, false}, [&](int part, std::span<const LineRow> rows) {
        PartGaps &p = parts[static_cast<std::size_t>(part)];
        std::unordered_map<int, std::pair<qint32, bool>> last; // key -> (last day, bought again)
        for (const LineRow &row : rows) {                      // in order of time
            if (!row.purchased() || row.key < 0 || keys.keys[row.key].isEmpty())
                continue;
            const qint32 day = dayOfSeconds(row.orderedAt);
            const auto [it, first] = last.try_emplace(row.key, day, false);
            if (first || it->second.first == day)
                continue;
            p.gaps[static_cast<std::size_t>(row.key)].push_back(day - it->second.first);
            it->second = {day, true};
        }
        for (const auto &[key, state] : last) {
            if (state.second)
                ++p.customersAgain[static_cast<std::size_t>(key)];
            p.lasts.emplace_back(key, state.first);
        }
    });
    Intervals all;
    all.gaps.resize(keyCount);
    all.customersAgain.assign(keyCount, 0);
    for (PartGaps &p : parts) {
        for (std::size_t k = 0; k < keyCount; ++k) {
            all.gaps[k].insert(all.gaps[k].end(), p.gaps[k].begin(), p.gaps[k].end());
            all.customersAgain[k] += p.customersAgain[k];
        }
        all.lasts.insert(all.lasts.end(), p.lasts.begin(), p.lasts.end());
    }
    return all;
}

double median(std::vector<qint32> &values)
{
    const std::size_t n = values.size();
    std::sort(values.begin(), values.end());
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

} // namespace

SegmentNode Replenishment::dueWithin(int days)
{
    return SegmentNode::condition(u"replenishment_due"_s, SegmentOp::Between,
                                  QJsonArray{QJsonObject{{u"days_ago"_s, 0}}, QJsonObject{{u"days_ago"_s, -days}}});
}

qint32 Replenishment::wholeDays(double medianDays)
{
    return static_cast<qint32>(std::lround(medianDays));
}

QList<ReplenishmentInterval> Replenishment::compute(SQLite::Database &db, const ReplenishmentOptions &options)
{
    const ProductKeys keys = ProductKeys::load(db, options.by);
    Intervals all = collect(db, keys);
    const qint32 reference =
        dayNumber(options.referenceDate.isValid() ? options.referenceDate : Lifecycle::referenceDate(db));
    QList<ReplenishmentInterval> result;
    std::vector<int> position(static_cast<std::size_t>(keys.keys.size()), -1);
    for (std::size_t k = 0; k < all.gaps.size(); ++k) {
        if (all.customersAgain[k] < std::max(1, options.minCustomers))
            continue;
        ReplenishmentInterval interval;
        interval.key = keys.keys[static_cast<qsizetype>(k)];
        interval.name = keys.names[static_cast<qsizetype>(k)];
        interval.customers = all.customersAgain[k];
        interval.repeats = static_cast<qint64>(all.gaps[k].size());
        interval.medianDays = median(all.gaps[k]);
        position[k] = static_cast<int>(result.size());
        result.append(interval);
    }
    for (const auto &[key, lastDay] : all.lasts) {
        const int at = position[static_cast<std::size_t>(key)];
        if (at < 0)
            continue;
        ReplenishmentInterval &interval = result[at];
        const qint32 due = lastDay + wholeDays(interval.medianDays);
        if (due < reference)
            ++interval.overdue;
        else if (due <= reference + options.dueWithinDays)
            ++interval.dueSoon;
    }
    std::sort(result.begin(), result.end(), [](const ReplenishmentInterval &a, const ReplenishmentInterval &b) {
        if (a.customers != b.customers)
            return a.customers > b.customers;
        return a.key < b.key;
    });
    return result;
}

namespace {

void writeIntervals(SQLite::Database &db, const ProductKeys &keys, Intervals &all)
{
    // Key index -> product id (each product is its own key here).
    std::vector<qint64> productOf(static_cast<std::size_t>(keys.keys.size()), 0);
    for (const auto &[product, key] : keys.byProduct)
        productOf[static_cast<std::size_t>(key)] = product;
    db.exec("DELETE FROM product_intervals");
    SQLite::Statement insert(db,
                             "INSERT INTO product_intervals(product_id, median_days, customers) VALUES (?1, ?2, ?3)");
    for (std::size_t k = 0; k < all.gaps.size(); ++k) {
        if (all.customersAgain[k] < Replenishment::kMinCustomers)
            continue;
        insert.bind(1, static_cast<int64_t>(productOf[k]));
        insert.bind(2, median(all.gaps[k]));
        insert.bind(3, static_cast<int64_t>(all.customersAgain[k]));
        insert.exec();
        insert.reset();
    }
    writeSetting(db, WorkspaceSetting::ProductIntervals, u"1"_s);
}

int dataVersion(SQLite::Database &db)
{
    return db.execAndGet("PRAGMA data_version").getInt();
}

} // namespace

void Replenishment::recompute(SQLite::Database &db)
{
    const ProductKeys keys = ProductKeys::load(db, ProductGrouping::Product);
    Intervals all = collect(db, keys);
    writeIntervals(db, keys, all);
}

bool Replenishment::ensureCurrent(SQLite::Database &db)
{
    if (readSetting(db, WorkspaceSetting::ProductIntervals))
        return false;
    // Read on several connections before the transaction; read again inside it (on this one)
    // when another connection changed the workspace meanwhile.
    const int version = dataVersion(db);
    ProductKeys keys = ProductKeys::load(db, ProductGrouping::Product);
    Intervals all = collect(db, keys);
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    if (dataVersion(db) != version) {
        keys = ProductKeys::load(db, ProductGrouping::Product);
        all = collect(db, keys);
    }
    writeIntervals(db, keys, all);
    transaction.commit();
    return true;
}

} // namespace mwb
