// ClvModel: customer lifetime value, historical and predicted, for the CLV page and
// `mwb clv fit`.
//
// fit() extracts the repeat-purchase summary up to a calibration end, fits BG/NBD and
// gamma-gamma, and checks the fit against the holdout after it: expected against actual
// repeat purchases by calibration frequency, and the cumulative weekly repeat purchases
// of the cohort (the tracking plot). predict() scores every customer on everything the
// workspace holds: P(alive), expected purchases and spend in the horizon, and the
// discounted CLV, stored as customer_metrics.predicted_clv for segments.
#pragma once

#include "BgNbd.h"
#include "GammaGamma.h"
#include "RepeatSummary.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace SQLite {
class Database;
}

namespace mwb {

struct ClvFitRequest
{
    RepeatSummaryRequest summary; // calibration end, cohort, unit
};

struct FrequencyCheck
{
    int x = 0;              // calibration repeat purchases (the last row: this many or more)
    qint64 customers = 0;
    double actual = 0;      // mean repeat purchases in the holdout
    double expected = 0;    // mean the model expects
};

struct TrackingPoint
{
    QDate weekStart;
    double actual = 0;   // cumulative repeat purchases of the cohort by the end of the week
    double expected = 0;
};

struct ClvFitResult
{
    QDate calibrationEnd;
    QDate holdoutEnd;
    TimeUnit unit = TimeUnit::Week;
    qint64 customers = 0;
    qint64 repeatCustomers = 0;
    qint64 holdoutRepeatPurchases = 0;
    double holdoutLength = 0; // units
    BgNbdFit bgnbd;
    GammaGammaFit gammaGamma;
    QList<FrequencyCheck> byFrequency;  // x = 0 … 7+
    QList<TrackingPoint> tracking;      // empty when the cohort is too large to track (see .cpp)
    double seconds = 0;
    QString error; // the summary could not be read
    bool ok() const { return error.isEmpty(); }
};

struct ClvPredictRequest
{
    int horizonMonths = 12;
    double annualDiscountRate = 0.10;
    double margin = 1.0; // share of revenue that is profit (1: CLV in revenue)
    TimeUnit unit = TimeUnit::Week;
};

struct ClvPrediction
{
    qint64 customersScored = 0;
    double totalMinor = 0;   // sum of predicted CLV
    BgNbdFit bgnbd;
    GammaGammaFit gammaGamma;
    double seconds = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// One customer's value, historical and predicted, with what it is made of.
struct CustomerValue
{
    qint64 orders = 0;
    qint64 revenueMinor = 0;
    double aovMinor = 0;
    std::optional<double> probabilityAlive;
    std::optional<double> expectedPurchases;    // in the horizon
    std::optional<double> expectedSpendMinor;   // per purchase
    std::optional<double> predictedClvMinor;
};

// The historical CLV of the customer base: revenue to date, AOV, purchase frequency
// (orders per customer per year of being a customer), margin-adjusted value per customer.
struct HistoricalClv
{
    qint64 customers = 0;      // who bought
    qint64 orders = 0;
    qint64 revenueMinor = 0;
    double averageOrderValueMinor = 0;   // revenue ÷ orders
    double purchasesPerCustomer = 0;     // orders ÷ customers
    double averageLifespanYears = 0;     // first to last purchase, mean, in years
    double clvPerCustomerMinor = 0;      // revenue ÷ customers × margin
    double margin = 1.0;
};

class ClvModel
{
public:
    static ClvFitResult fit(SQLite::Database &db, const ClvFitRequest &request);
    // Fits on all data and stores each buyer's predicted CLV (others: NULL), in one transaction.
    static ClvPrediction predict(SQLite::Database &db, const ClvPredictRequest &request);
    static HistoricalClv historical(SQLite::Database &db, double margin);
    static CustomerValue customer(SQLite::Database &db, qint64 customerId, const ClvPredictRequest &request);
};

} // namespace mwb
