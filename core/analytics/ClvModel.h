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
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
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
    int x = 0; // calibration repeat purchases (the last row: this many or more)
    qint64 customers = 0;
    double actual = 0;   // mean repeat purchases in the holdout
    double expected = 0; // mean the model expects
};

struct TrackingPoint
{
    QDate weekStart;
    double actual = 0; // cumulative repeat purchases of the cohort by the end of the week
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
    QList<FrequencyCheck> byFrequency; // x = 0 … 7+
    QList<TrackingPoint> tracking;     // empty when trackingNote says why
    QString trackingNote;              // why there is no tracking plot (too large a cohort, no holdout)
    double seconds = 0;
    QDateTime fittedAt; // UTC
    QString error;      // the summary could not be read
    bool ok() const { return error.isEmpty(); }
};

struct ClvPredictRequest
{
    int horizonMonths = 12;
    double annualDiscountRate = 0.10;
    double margin = 1.0; // share of revenue that is profit (1: CLV in revenue)
    TimeUnit unit = TimeUnit::Week;
};

// The model the stored predicted CLV came from (the last predict()).
struct ClvModelInfo
{
    BgNbdParameters bgnbd;
    GammaGammaParameters gammaGamma;
    QDate calibrationEnd;
    TimeUnit unit = TimeUnit::Week;
    int horizonMonths = 12;
    double annualDiscountRate = 0.10;
    double margin = 1.0;
    QDateTime scoredAt; // UTC
    qint64 customersScored = 0;
};

struct ClvPrediction
{
    qint64 customersScored = 0;
    double totalMinor = 0; // sum of predicted CLV
    BgNbdFit bgnbd;
    GammaGammaFit gammaGamma;
    double seconds = 0;
    bool cancelled = false;
    QString error;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

// One customer's value, historical and predicted, with what it is made of.
struct CustomerValue
{
    qint64 orders = 0;
    qint64 revenueMinor = 0;
    double aovMinor = 0;
    std::optional<double> probabilityAlive;
    std::optional<double> expectedPurchases;  // in the horizon
    std::optional<double> expectedSpendMinor; // per purchase
    std::optional<double> predictedClvMinor;
};

struct ValuedCustomer
{
    qint64 id = 0;
    QString externalId;
    QString name;
    CustomerValue value;
};

// The historical CLV of the customer base: revenue to date, AOV, purchase frequency
// (orders per customer per year of being a customer), margin-adjusted value per customer.
struct HistoricalClv
{
    qint64 customers = 0; // who bought
    qint64 orders = 0;
    qint64 revenueMinor = 0;
    double averageOrderValueMinor = 0; // revenue ÷ orders
    double purchasesPerCustomer = 0;   // orders ÷ customers
    double averageLifespanYears = 0;   // first to last purchase, mean, in years
    double clvPerCustomerMinor = 0;    // revenue ÷ customers × margin
    double margin = 1.0;
};

class ClvModel
{
public:
    // The calibration end that suits data from `first` to `last`: a year before the last
    // day, or halfway when the data covers less than two years (so a young workspace keeps
    // a holdout as long as its calibration). `last` when either is unknown.
    static QDate defaultCalibrationEnd(const QDate &first, const QDate &last);
    static ClvFitResult fit(SQLite::Database &db, const ClvFitRequest &request);
    // Fits on all data and stores each buyer's predicted CLV (others: NULL), in one transaction.
    // `progress` hears customers scored of all; `cancel` stops it with nothing stored.
    using Progress = std::function<void(qint64 done, qint64 total)>;
    static ClvPrediction predict(SQLite::Database &db, const ClvPredictRequest &request, const Progress &progress = {},
                                 const std::atomic_bool *cancel = nullptr);
    // The model behind the stored predictions; none before the first scoring.
    static std::optional<ClvModelInfo> lastPrediction(SQLite::Database &db);
    static HistoricalClv historical(SQLite::Database &db, double margin);
    // P(alive), expected purchases in the horizon and spend per purchase under the model
    // stored by the last predict(), with the stored predicted CLV.
    static CustomerValue customer(SQLite::Database &db, qint64 customerId, const ClvPredictRequest &request);
    // The customers with the highest predicted CLV, each with customer()'s figures.
    static QList<ValuedCustomer> mostValuable(SQLite::Database &db, int limit, const ClvPredictRequest &request);
};

} // namespace mwb
