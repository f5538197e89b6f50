#include "ClvFitRecord.h"

#include "store/WorkspaceSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

constexpr int kVersion = 1;

QString date(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QDate date(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

QByteArray ClvFitRecord::toJson(const ClvFitResult &fit)
{
    QJsonArray frequency;
    for (const FrequencyCheck &row : fit.byFrequency) {
        frequency.append(QJsonObject{{u"x"_s, row.x},
                                     {u"customers"_s, row.customers},
                                     {u"actual"_s, row.actual},
                                     {u"expected"_s, row.expected}});
    }
    QJsonArray tracking;
    for (const TrackingPoint &point : fit.tracking)
        tracking.append(QJsonArray{date(point.weekStart), point.actual, point.expected});
    const BgNbdParameters &b = fit.bgnbd.parameters;
    const GammaGammaParameters &g = fit.gammaGamma.parameters;
    const QJsonObject root{
        {u"version"_s, kVersion},
        {u"fitted_at"_s, fit.fittedAt.toUTC().toString(Qt::ISODate)},
        {u"calibration_end"_s, date(fit.calibrationEnd)},
        {u"holdout_end"_s, date(fit.holdoutEnd)},
        {u"unit"_s, fit.unit == TimeUnit::Week ? u"week"_s : u"day"_s},
        {u"customers"_s, fit.customers},
        {u"repeat_customers"_s, fit.repeatCustomers},
        {u"holdout_repeat_purchases"_s, fit.holdoutRepeatPurchases},
        {u"holdout_length"_s, fit.holdoutLength},
        {u"bgnbd"_s,
         QJsonObject{{u"r"_s, b.r},
                     {u"alpha"_s, b.alpha},
                     {u"a"_s, b.a},
                     {u"b"_s, b.b},
                     {u"loglik"_s, fit.bgnbd.logLikelihood},
                     {u"evaluations"_s, fit.bgnbd.evaluations},
                     {u"error"_s, fit.bgnbd.error}}},
        {u"gamma_gamma"_s,
         QJsonObject{{u"p"_s, g.p},
                     {u"q"_s, g.q},
                     {u"gamma"_s, g.gamma},
                     {u"loglik"_s, fit.gammaGamma.logLikelihood},
                     {u"customers"_s, fit.gammaGamma.customers},
                     {u"error"_s, fit.gammaGamma.error}}},
        {u"by_frequency"_s, frequency},
        {u"tracking"_s, tracking},
        {u"tracking_note"_s, fit.trackingNote},
        {u"seconds"_s, fit.seconds},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<ClvFitResult> ClvFitRecord::fromJson(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(u"version"_s).toInt() != kVersion)
        return std::nullopt;
    ClvFitResult fit;
    fit.fittedAt = QDateTime::fromString(root.value(u"fitted_at"_s).toString(), Qt::ISODate);
    fit.calibrationEnd = date(root.value(u"calibration_end"_s));
    fit.holdoutEnd = date(root.value(u"holdout_end"_s));
    if (!fit.calibrationEnd.isValid() || !fit.holdoutEnd.isValid())
        return std::nullopt;
    fit.unit = root.value(u"unit"_s).toString() == u"day"_s ? TimeUnit::Day : TimeUnit::Week;
    fit.customers = root.value(u"customers"_s).toInteger();
    fit.repeatCustomers = root.value(u"repeat_customers"_s).toInteger();
    fit.holdoutRepeatPurchases = root.value(u"holdout_repeat_purchases"_s).toInteger();
    fit.holdoutLength = root.value(u"holdout_length"_s).toDouble();
    const QJsonObject b = root.value(u"bgnbd"_s).toObject();
    fit.bgnbd.parameters = {b.value(u"r"_s).toDouble(), b.value(u"alpha"_s).toDouble(), b.value(u"a"_s).toDouble(),
                            b.value(u"b"_s).toDouble()};
    fit.bgnbd.logLikelihood = b.value(u"loglik"_s).toDouble();
    fit.bgnbd.evaluations = b.value(u"evaluations"_s).toInt();
    fit.bgnbd.error = b.value(u"error"_s).toString();
    const QJsonObject g = root.value(u"gamma_gamma"_s).toObject();
    fit.gammaGamma.parameters = {g.value(u"p"_s).toDouble(), g.value(u"q"_s).toDouble(),
                                 g.value(u"gamma"_s).toDouble()};
    fit.gammaGamma.logLikelihood = g.value(u"loglik"_s).toDouble();
    fit.gammaGamma.customers = g.value(u"customers"_s).toInt();
    fit.gammaGamma.error = g.value(u"error"_s).toString();
    for (const QJsonValue &value : root.value(u"by_frequency"_s).toArray()) {
        const QJsonObject row = value.toObject();
        fit.byFrequency.append({row.value(u"x"_s).toInt(), row.value(u"customers"_s).toInteger(),
                                row.value(u"actual"_s).toDouble(), row.value(u"expected"_s).toDouble()});
    }
    for (const QJsonValue &value : root.value(u"tracking"_s).toArray()) {
        const QJsonArray point = value.toArray();
        fit.tracking.append({date(point.at(0)), point.at(1).toDouble(), point.at(2).toDouble()});
    }
    fit.trackingNote = root.value(u"tracking_note"_s).toString();
    fit.seconds = root.value(u"seconds"_s).toDouble();
    return fit;
}

void ClvFitRecord::keep(SQLite::Database &db, const ClvFitResult &fit)
{
    if (fit.ok())
        writeSetting(db, WorkspaceSetting::ClvFit, QString::fromUtf8(toJson(fit)));
}

std::optional<ClvFitResult> ClvFitRecord::kept(SQLite::Database &db)
{
    const std::optional<QString> stored = readSetting(db, WorkspaceSetting::ClvFit);
    if (!stored)
        return std::nullopt;
    return fromJson(stored->toUtf8());
}

} // namespace mwb
