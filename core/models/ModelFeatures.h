// ModelFeatures: what a propensity model reads of each customer as of a day (docs/MODELS.md
// lists every feature). Only facts on or before the day count, so a model trained on the
// features of one day and the orders after it can be judged on a later day the same way.
//
// The columns depend on the workspace: the most common touchpoint types and channels and
// the categories with the most spend are chosen once when a model is trained (FeatureSpec)
// and kept with it, so scoring reads the same columns.
//
// build() reads the workspace in one pass: the customers, their orders with their lines and
// their touchpoints, three streams in customer order, over customer id ranges on parallel
// connections (store/ParallelRanges); every requested day's matrix comes out of the same
// pass. No per-customer query.
#pragma once

#include "ModelLabels.h"

#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace SQLite {
class Database;
}

namespace mwb {

struct FeatureSpec
{
    static constexpr int kMaxEventTypes = 8;
    static constexpr int kMaxChannels = 6;
    static constexpr int kMaxCategories = 5;

    QStringList eventTypes; // lower case, most common first (campaign results and NPS have their own)
    QStringList channels;   // lower case, most common first
    QStringList categories; // most spend first
    QStringList tiers;      // the tier rules' tiers, lowest first, when the workspace has rules

    // The feature names in column order.
    QStringList names() const;
    int columns() const { return static_cast<int>(names().size()); }

    QJsonObject toJson() const;
    static FeatureSpec fromJson(const QJsonObject &object);

    // The workspace's most common types and channels among the touchpoints, and the
    // categories with the most spend on lines bought, on or before `lastDay` (the training
    // features' day), each counted over up to 64 stretches of 4,096 consecutive rows spread
    // evenly over the table (every row of a smaller one); and the tiers of the workspace's tier
    // rules (membership/), when it has them, for the column tier_rank.
    static FeatureSpec choose(SQLite::Database &db, qint32 lastDay);
};

// One row per customer of the population as of a day, in customer id order.
struct FeatureMatrix
{
    qint32 asOfDay = 0;
    int columns = 0;
    std::vector<qint64> ids;
    std::vector<float> values;        // ids.size() × columns, row by row
    std::vector<std::uint8_t> labels; // 0/1 per row when labels were asked
    qint64 population = 0;            // customers of the population, sampled or not

    std::size_t rows() const { return ids.size(); }
    const float *row(std::size_t i) const { return values.data() + i * static_cast<std::size_t>(columns); }
    qint64 positives() const;
};

struct FeatureRequest
{
    ModelTarget target = ModelTarget::Churn;
    std::vector<qint32> asOfDays; // a matrix for each
    int horizonDays = 90;         // labels from the orders in (day, day + horizon]
    bool labels = true;
    // The share of the population kept (1: everyone): a customer is kept when a hash of
    // their id falls below it, the same customers every time.
    double sampleShare = 1.0;
};

class ModelFeatures
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // The matrices of the requested days, in their order; empty when cancelled.
    static std::vector<FeatureMatrix> build(SQLite::Database &db, const FeatureSpec &spec,
                                            const FeatureRequest &request, const Progress &progress = {},
                                            const std::atomic_bool *cancel = nullptr);
    // Where a hash of the customer id falls in [0, 1): the sample rule.
    static double sampleHash(qint64 customerId);
};

} // namespace mwb
