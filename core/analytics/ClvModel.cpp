#include "ClvModel.h"

#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::ClvModel" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::ClvModel)
};

constexpr double kDaysPerMonth = 365.25 / 12;
constexpr int kFrequencyRows = 8;               // x = 0 … 6, then 7 or more
constexpr qint64 kTrackingEvaluations = 600000; // first days × weeks beyond which no tracking plot

using Key = std::tuple<int, double, double>;

// Discounted expected purchases over the horizon, per month: Σ (E[Y(t_i)] − E[Y(t_i−1)]) / (1 + d)^i.
double discountedPurchases(const BgNbdParameters &p, const CustomerRepeats &c, const ClvPredictRequest &request,
                           double *horizonPurchases)
{
    const double unitDays = RepeatSummaries::daysPerUnit(request.unit);
    const double monthly = std::pow(1 + request.annualDiscountRate, 1.0 / 12) - 1;
    double previous = 0, total = 0;
    for (int i = 1; i <= request.horizonMonths; ++i) {
        const double expected = BgNbd::expectedPurchases(p, i * kDaysPerMonth / unitDays, c.x, c.tx, c.T);
        total += (expected - previous) / std::pow(1 + monthly, i);
        previous = expected;
    }
    if (horizonPurchases)
        *horizonPurchases = previous;
    return total;
}

QString unitName(TimeUnit unit)
{
    return unit == TimeUnit::Week ? u"week"_s : u"day"_s;
}

} // namespace

QDate ClvModel::defaultCalibrationEnd(const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid())
        return last;
    const QDate halfway = first.addDays(first.daysTo(last) / 2);
    return std::max(last.addYears(-1), halfway);
}

ClvFitResult ClvModel::fit(SQLite::Database &db, const ClvFitRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    ClvFitResult result;
    const RepeatSummary summary = RepeatSummaries::extract(db, request.summary);
    if (!summary.ok()) {
        result.error = summary.error;
        return result;
    }
    result.fittedAt = QDateTime::currentDateTimeUtc();
    result.calibrationEnd = summary.calibrationEnd;
    result.holdoutEnd = summary.holdoutEnd;
    result.unit = summary.unit;
    result.customers = static_cast<qint64>(summary.customers.size());
    for (const CustomerRepeats &c : summary.customers) {
        result.repeatCustomers += c.x > 0 ? 1 : 0;
        result.holdoutRepeatPurchases += c.holdoutX;
    }
    const double unitDays = RepeatSummaries::daysPerUnit(summary.unit);
    result.holdoutLength = std::max<qint64>(0, summary.calibrationEnd.daysTo(summary.holdoutEnd)) / unitDays;
    result.bgnbd = BgNbd::fit(summary.customers);
    result.gammaGamma = GammaGamma::fit(summary.customers);
    if (!result.bgnbd.ok() || result.holdoutLength <= 0) {
        result.trackingNote = !result.bgnbd.ok()
            ? Text::tr("Not drawn: the model could not be fitted.")
            : Text::tr("Not drawn: there is no holdout after the calibration end.");
        result.seconds = static_cast<double>(timer.elapsed()) / 1000;
        return result;
    }
    const BgNbdParameters &p = result.bgnbd.parameters;

    // Calibration against holdout, by calibration frequency; each distinct customer once.
    std::map<Key, std::pair<double, double>> groups; // key -> customers, actual holdout purchases
    for (const CustomerRepeats &c : summary.customers) {
        auto &g = groups[{c.x, c.tx, c.T}];
        g.first += 1;
        g.second += c.holdoutX;
    }
    std::vector<FrequencyCheck> rows(kFrequencyRows);
    for (int x = 0; x < kFrequencyRows; ++x)
        rows[static_cast<std::size_t>(x)].x = x;
    for (const auto &[key, g] : groups) {
        const auto [x, tx, T] = key;
        FrequencyCheck &row = rows[static_cast<std::size_t>(std::min(x, kFrequencyRows - 1))];
        row.customers += static_cast<qint64>(g.first);
        row.actual += g.second;
        row.expected += g.first * BgNbd::expectedPurchases(p, result.holdoutLength, x, tx, T);
    }
    for (FrequencyCheck &row : rows) {
        if (row.customers == 0)
            continue;
        row.actual /= static_cast<double>(row.customers);
        row.expected /= static_cast<double>(row.customers);
        result.byFrequency.append(row);
    }

    // The tracking plot: cumulative repeat purchases week by week, actual and expected.
    std::map<qint64, double> byFirstDay;
    for (const CustomerRepeats &c : summary.customers)
        byFirstDay[c.firstDay] += 1;
    const qint64 lastDay = QDate(1970, 1, 1).daysTo(summary.holdoutEnd);
    const qint64 weeks = (lastDay - summary.firstDay) / 7 + 1;
    if (static_cast<qint64>(byFirstDay.size()) * weeks > kTrackingEvaluations) {
        result.trackingNote = u"Not drawn: %1 first-purchase days over %2 weeks is more than the plot computes "
                              "(%3 evaluations); choose a cohort."_s.arg(byFirstDay.size())
                                  .arg(weeks)
                                  .arg(kTrackingEvaluations);
    } else {
        double actual = 0;
        qint64 counted = 0; // days of repeatsByDay added so far
        for (qint64 w = 0; w < weeks; ++w) {
            const qint64 weekEnd = std::min(lastDay, summary.firstDay + 7 * w + 6);
            for (; summary.firstDay + counted <= weekEnd; ++counted)
                actual += summary.repeatsByDay[static_cast<std::size_t>(counted)];
            double expected = 0;
            for (const auto &[first, count] : byFirstDay) {
                if (first <= weekEnd)
                    expected +=
                        count * BgNbd::expectedPurchasesNew(p, static_cast<double>(weekEnd - first + 1) / unitDays);
            }
            result.tracking.append({QDate(1970, 1, 1).addDays(summary.firstDay + 7 * w), actual, expected});
        }
    }
    result.seconds = static_cast<double>(timer.elapsed()) / 1000;
    return result;
}

ClvPrediction ClvModel::predict(SQLite::Database &db, const ClvPredictRequest &request, const Progress &progress,
                                const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    ClvPrediction result;
    if (request.horizonMonths < 1 || request.horizonMonths > 120 || request.annualDiscountRate < 0
        || request.annualDiscountRate > 1 || request.margin <= 0 || request.margin > 1) {
        result.error = u"The horizon must be 1 to 120 months, the discount rate 0 to 100 % and the margin above 0 "
                       "and at most 100 %."_s;
        return result;
    }
    RepeatSummaryRequest summaryRequest;
    summaryRequest.unit = request.unit;
    const RepeatSummary summary = RepeatSummaries::extract(db, summaryRequest);
    if (!summary.ok()) {
        result.error = summary.error;
        return result;
    }
    result.bgnbd = BgNbd::fit(summary.customers);
    result.gammaGamma = GammaGamma::fit(summary.customers);
    if (!result.bgnbd.ok() || !result.gammaGamma.ok()) {
        result.error = Text::tr("Predicted CLV needs both models: %1")
                           .arg(!result.bgnbd.ok() ? result.bgnbd.error : result.gammaGamma.error);
        return result;
    }
    const double perMajor = minorUnitsPerMajor(readSetting(db, WorkspaceSetting::Currency).value_or(QString()));
    try {
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        db.exec("UPDATE customer_metrics SET predicted_clv_minor = NULL WHERE predicted_clv_minor IS NOT NULL");
        SQLite::Statement update(db, "UPDATE customer_metrics SET predicted_clv_minor = ?2 WHERE customer_id = ?1");
        std::map<Key, double> discounted; // each distinct (x, t_x, T) evaluated once
        for (const CustomerRepeats &c : summary.customers) {
            if ((result.customersScored & 0x3ff) == 0) {
                if (cancel && cancel->load()) {
                    result.cancelled = true; // the transaction rolls back: the stored values stay as they were
                    result.customersScored = 0;
                    result.totalMinor = 0;
                    return result;
                }
                if (progress)
                    progress(result.customersScored, static_cast<qint64>(summary.customers.size()));
            }
            const Key key{c.x, c.tx, c.T};
            auto it = discounted.find(key);
            if (it == discounted.end())
                it = discounted.emplace(key, discountedPurchases(result.bgnbd.parameters, c, request, nullptr)).first;
            const double spend = GammaGamma::expectedSpend(result.gammaGamma.parameters, c.x, c.zbar) * perMajor;
            const double clv = request.margin * it->second * spend;
            update.bind(1, static_cast<int64_t>(c.customerId));
            update.bind(2, static_cast<int64_t>(std::llround(clv)));
            update.exec();
            update.reset();
            ++result.customersScored;
            result.totalMinor += std::round(clv);
        }
        const BgNbdParameters &b = result.bgnbd.parameters;
        const GammaGammaParameters &g = result.gammaGamma.parameters;
        const QJsonObject model{
            {u"bgnbd"_s, QJsonObject{{u"r"_s, b.r}, {u"alpha"_s, b.alpha}, {u"a"_s, b.a}, {u"b"_s, b.b}}},
            {u"gamma_gamma"_s, QJsonObject{{u"p"_s, g.p}, {u"q"_s, g.q}, {u"gamma"_s, g.gamma}}},
            {u"calibration_end"_s, summary.calibrationEnd.toString(Qt::ISODate)},
            {u"unit"_s, unitName(request.unit)},
            {u"horizon_months"_s, request.horizonMonths},
            {u"annual_discount_rate"_s, request.annualDiscountRate},
            {u"margin"_s, request.margin},
            {u"scored_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {u"customers_scored"_s, result.customersScored},
        };
        writeSetting(db, WorkspaceSetting::ClvModel,
                     QString::fromUtf8(QJsonDocument(model).toJson(QJsonDocument::Compact)));
        if (cancel && cancel->load()) { // asked while the last customers were scored: nothing is stored
            result.cancelled = true;
            result.customersScored = 0;
            result.totalMinor = 0;
            return result;
        }
        transaction.commit();
    } catch (const SQLite::Exception &e) {
        result.error = Text::tr("Cannot store the predicted values: %1").arg(QString::fromUtf8(e.what()));
        result.customersScored = 0;
        result.totalMinor = 0;
    }
    result.seconds = static_cast<double>(timer.elapsed()) / 1000;
    return result;
}

std::optional<ClvModelInfo> ClvModel::lastPrediction(SQLite::Database &db)
{
    const QJsonObject model =
        QJsonDocument::fromJson(readSetting(db, WorkspaceSetting::ClvModel).value_or(QString()).toUtf8()).object();
    if (model.isEmpty())
        return std::nullopt;
    const QJsonObject b = model.value(u"bgnbd"_s).toObject();
    const QJsonObject g = model.value(u"gamma_gamma"_s).toObject();
    ClvModelInfo info;
    info.bgnbd = {b.value(u"r"_s).toDouble(), b.value(u"alpha"_s).toDouble(), b.value(u"a"_s).toDouble(),
                  b.value(u"b"_s).toDouble()};
    info.gammaGamma = {g.value(u"p"_s).toDouble(), g.value(u"q"_s).toDouble(), g.value(u"gamma"_s).toDouble()};
    info.calibrationEnd = QDate::fromString(model.value(u"calibration_end"_s).toString(), Qt::ISODate);
    info.unit = model.value(u"unit"_s).toString() == u"day"_s ? TimeUnit::Day : TimeUnit::Week;
    info.horizonMonths = model.value(u"horizon_months"_s).toInt(12);
    info.annualDiscountRate = model.value(u"annual_discount_rate"_s).toDouble(0.10);
    info.margin = model.value(u"margin"_s).toDouble(1.0);
    info.scoredAt = QDateTime::fromString(model.value(u"scored_at"_s).toString(), Qt::ISODate);
    info.customersScored = model.value(u"customers_scored"_s).toInteger();
    return info;
}

HistoricalClv ClvModel::historical(SQLite::Database &db, double margin)
{
    HistoricalClv h;
    h.margin = margin;
    SQLite::Statement q(db,
                        "SELECT count(*), coalesce(sum(orders), 0), coalesce(sum(revenue_minor), 0), "
                        "coalesce(avg(last_purchase_at - first_purchase_at), 0) "
                        "FROM customer_metrics WHERE orders > 0");
    q.executeStep();
    h.customers = q.getColumn(0).getInt64();
    h.orders = q.getColumn(1).getInt64();
    h.revenueMinor = q.getColumn(2).getInt64();
    h.averageLifespanYears = q.getColumn(3).getDouble() / 86400.0 / 365.25;
    if (h.orders > 0)
        h.averageOrderValueMinor = static_cast<double>(h.revenueMinor) / static_cast<double>(h.orders);
    if (h.customers > 0) {
        h.purchasesPerCustomer = static_cast<double>(h.orders) / static_cast<double>(h.customers);
        h.clvPerCustomerMinor = static_cast<double>(h.revenueMinor) / static_cast<double>(h.customers) * margin;
    }
    return h;
}

CustomerValue ClvModel::customer(SQLite::Database &db, qint64 customerId, const ClvPredictRequest &request)
{
    CustomerValue value;
    SQLite::Statement q(
        db, "SELECT orders, revenue_minor, predicted_clv_minor FROM customer_metrics WHERE customer_id = ?1");
    q.bind(1, static_cast<int64_t>(customerId));
    if (!q.executeStep())
        return value;
    value.orders = q.getColumn(0).getInt64();
    value.revenueMinor = q.getColumn(1).getInt64();
    value.aovMinor = value.orders > 0 ? static_cast<double>(value.revenueMinor) / static_cast<double>(value.orders) : 0;
    if (!q.getColumn(2).isNull())
        value.predictedClvMinor = static_cast<double>(q.getColumn(2).getInt64());

    // The stored model (from the last scoring), applied to this customer's history.
    const std::optional<ClvModelInfo> model = lastPrediction(db);
    if (!model || value.orders == 0)
        return value;
    const BgNbdParameters &bp = model->bgnbd;
    const GammaGammaParameters &gp = model->gammaGamma;
    RepeatSummaryRequest one;
    one.onlyCustomer = customerId;
    one.calibrationEnd = model->calibrationEnd;
    one.unit = model->unit;
    const RepeatSummary summary = RepeatSummaries::extract(db, one);
    if (!summary.ok() || summary.customers.empty())
        return value;
    const CustomerRepeats &c = summary.customers.front();
    ClvPredictRequest horizon = request;
    horizon.unit = one.unit;
    double purchases = 0;
    discountedPurchases(bp, c, horizon, &purchases);
    const double perMajor = minorUnitsPerMajor(readSetting(db, WorkspaceSetting::Currency).value_or(QString()));
    value.probabilityAlive = BgNbd::probabilityAlive(bp, c.x, c.tx, c.T);
    value.expectedPurchases = purchases;
    value.expectedSpendMinor = GammaGamma::expectedSpend(gp, c.x, c.zbar) * perMajor;
    return value;
}

QList<ValuedCustomer> ClvModel::mostValuable(SQLite::Database &db, int limit, const ClvPredictRequest &request)
{
    QList<ValuedCustomer> out;
    {
        SQLite::Statement q(db,
                            "SELECT m.customer_id, c.external_id, c.name FROM customer_metrics m "
                            "JOIN customers c ON c.id = m.customer_id WHERE m.predicted_clv_minor IS NOT NULL "
                            "ORDER BY m.predicted_clv_minor DESC, m.customer_id LIMIT ?1");
        q.bind(1, limit);
        while (q.executeStep())
            out.append({q.getColumn(0).getInt64(),
                        QString::fromUtf8(q.getColumn(1).getText()),
                        QString::fromUtf8(q.getColumn(2).getText()),
                        {}});
    }
    for (ValuedCustomer &c : out)
        c.value = customer(db, c.id, request);
    return out;
}

} // namespace mwb
