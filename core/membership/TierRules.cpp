#include "TierRules.h"

#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Database.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::TierRules)
};

} // namespace

QString TierRules::measureName(TierMeasure measure)
{
    switch (measure) {
    case TierMeasure::Spend: return u"spend"_s;
    case TierMeasure::Orders: return u"orders"_s;
    case TierMeasure::Points: return u"points"_s;
    }
    return {};
}

QString TierRules::reviewName(TierReview review)
{
    switch (review) {
    case TierReview::Monthly: return u"monthly"_s;
    case TierReview::Quarterly: return u"quarterly"_s;
    case TierReview::Yearly: return u"yearly"_s;
    }
    return {};
}

QJsonObject TierRules::toJson() const
{
    QJsonArray list;
    for (const TierRule &tier : tiers)
        list.append(QJsonObject{{u"name"_s, tier.name}, {u"min"_s, tier.minimum}});
    return {{u"measure"_s, measureName(measure)},
            {u"window_days"_s, windowDays},
            {u"review"_s, reviewName(review)},
            {u"grace_days"_s, graceDays},
            {u"tiers"_s, list}};
}

std::optional<TierRules> TierRules::fromJson(const QJsonObject &object, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<TierRules> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    static const QSet<QString> known{u"measure"_s, u"window_days"_s, u"review"_s, u"grace_days"_s, u"tiers"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(
                Text::tr("unknown key '%1' (known: measure, window_days, review, grace_days, tiers)").arg(it.key()));
    }
    TierRules rules;
    const QString measure = object.value(u"measure"_s).toString(u"spend"_s);
    if (measure == u"spend"_s)
        rules.measure = TierMeasure::Spend;
    else if (measure == u"orders"_s)
        rules.measure = TierMeasure::Orders;
    else if (measure == u"points"_s)
        rules.measure = TierMeasure::Points;
    else
        return fail(Text::tr("measure: '%1' is not 'spend', 'orders' or 'points'").arg(measure));
    const QJsonValue window = object.value(u"window_days"_s);
    if (!window.isUndefined() && (!window.isDouble() || window.toDouble() != std::floor(window.toDouble())))
        return fail(Text::tr("window_days: a whole number of days"));
    rules.windowDays = window.isUndefined() ? 365 : window.toInt();
    const QString review = object.value(u"review"_s).toString(u"quarterly"_s);
    if (review == u"monthly"_s)
        rules.review = TierReview::Monthly;
    else if (review == u"quarterly"_s)
        rules.review = TierReview::Quarterly;
    else if (review == u"yearly"_s)
        rules.review = TierReview::Yearly;
    else
        return fail(Text::tr("review: '%1' is not 'monthly', 'quarterly' or 'yearly'").arg(review));
    const QJsonValue grace = object.value(u"grace_days"_s);
    if (!grace.isUndefined() && (!grace.isDouble() || grace.toDouble() != std::floor(grace.toDouble())))
        return fail(Text::tr("grace_days: a whole number of days"));
    rules.graceDays = grace.isUndefined() ? 0 : grace.toInt();
    if (!object.value(u"tiers"_s).isArray())
        return fail(Text::tr("tiers: a list of {\"name\": …, \"min\": …}, lowest first"));
    const QJsonArray tiers = object.value(u"tiers"_s).toArray();
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const QJsonObject tier = tiers[i].toObject();
        if (!tier.value(u"name"_s).isString() || !tier.value(u"min"_s).isDouble())
            return fail(Text::tr("tiers[%1]: needs a \"name\" (text) and a \"min\" (number)").arg(i));
        rules.tiers.append(TierRule{tier.value(u"name"_s).toString().trimmed(), tier.value(u"min"_s).toDouble()});
    }
    if (const QString invalid = rules.validate(); !invalid.isEmpty())
        return fail(invalid);
    return rules;
}

QString TierRules::validate() const
{
    if (tiers.size() < 2 || tiers.size() > 12)
        return Text::tr("tiers: 2 to 12 tiers, not %1").arg(tiers.size());
    if (windowDays < 1 || windowDays > 1095)
        return Text::tr("window_days: 1 to 1095 days, not %1").arg(windowDays);
    if (graceDays < 0 || graceDays > 730)
        return Text::tr("grace_days: 0 to 730 days, not %1").arg(graceDays);
    QSet<QString> names;
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const TierRule &tier = tiers[i];
        if (tier.name.isEmpty() || tier.name.size() > 40)
            return Text::tr("tiers[%1]: a name of 1 to 40 characters").arg(i);
        if (names.contains(tier.name.toCaseFolded()))
            return Text::tr("tiers[%1]: the name '%2' is taken by another tier").arg(i).arg(tier.name);
        names.insert(tier.name.toCaseFolded());
        if (!std::isfinite(tier.minimum))
            return Text::tr("tiers[%1]: min must be a number").arg(i);
        if (i == 0 && tier.minimum != 0)
            return Text::tr("tiers[0]: the lowest tier's min is 0 (everyone starts there), not %1").arg(tier.minimum);
        if (i > 0 && tier.minimum <= tiers[i - 1].minimum)
            return Text::tr("tiers[%1]: min %2 must be above the tier below's %3")
                .arg(i)
                .arg(tier.minimum)
                .arg(tiers[i - 1].minimum);
    }
    return {};
}

bool TierRules::isReviewDay(const QDate &day) const
{
    if (day.day() != 1)
        return false;
    switch (review) {
    case TierReview::Monthly: return true;
    case TierReview::Quarterly: return (day.month() - 1) % 3 == 0;
    case TierReview::Yearly: return day.month() == 1;
    }
    return false;
}

std::optional<TierRules> TierRules::load(SQLite::Database &db)
{
    const std::optional<QString> stored = readSetting(db, WorkspaceSetting::TierRules);
    if (!stored)
        return std::nullopt;
    return fromJson(QJsonDocument::fromJson(stored->toUtf8()).object(), nullptr);
}

QString TierRules::save(SQLite::Database &db, const TierRules &rules)
{
    if (const QString invalid = rules.validate(); !invalid.isEmpty())
        return invalid;
    writeSetting(db, WorkspaceSetting::TierRules,
                 QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact)));
    removeSetting(db, WorkspaceSetting::TierHistory);
    return {};
}

void TierRules::clear(SQLite::Database &db)
{
    removeSetting(db, WorkspaceSetting::TierRules);
    removeSetting(db, WorkspaceSetting::TierHistory);
    db.exec("DELETE FROM customer_tiers");
}

} // namespace mwb
