// DemoGenerator: writes the deterministic synthetic demo workspace: a tea and lifestyle
// brand selling in China and abroad over three years, with customers, identities,
// repeat purchases with churn, touchpoints on every channel and three past campaigns
// with random control groups and their results. The same seed gives the same data.
#pragma once

#include "store/StoreError.h"

#include <QDate>
#include <QString>

#include <atomic>
#include <functional>

namespace mwb {

struct DemoOptions
{
    int customers = 20000;
    quint64 seed = 20260630;
    QDate endDate = QDate(2026, 6, 30); // last day of history; it starts three years earlier
    // How busy customers are: purchase rate, loyalty and touchpoints scale with it (1: a
    // typical brand, about 2 orders and 7 touchpoints a customer; 6: about 10 and 30).
    double activity = 1.0;
    // The shape, when given (> 0): transactions and events a customer on average, reached
    // by scaling purchases and touchpoints apart (the design scale: 10 and 20 at 1M).
    double ordersPerCustomer = 0;
    double eventsPerCustomer = 0;
};

struct DemoSummary
{
    qint64 customers = 0;
    qint64 transactions = 0;
    qint64 events = 0;
    qint64 campaigns = 0;
};

struct DemoResult
{
    DemoSummary summary;
    StoreError error;
};

class DemoGenerator
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Writes a new workspace at `path`; refuses an existing file. The data is written to a
    // temporary file beside it and renamed when complete, so `path` never holds half a demo.
    static DemoResult create(const QString &path, const DemoOptions &options, const Progress &progress = {},
                             const std::atomic_bool *cancel = nullptr);
};

} // namespace mwb
