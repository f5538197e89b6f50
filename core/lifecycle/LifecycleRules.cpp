#include "LifecycleRules.h"

#include "store/WorkspaceSettings.h"

#include <QJsonDocument>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// One table of the integer rules: JSON key, member, and the range it may take.
struct IntRule
{
    const char *key;
    int LifecycleRules::*member;
    int min;
    int max;
};

constexpr std::array<IntRule, 6> kIntRules{{
    {"advocate_min_purchases", &LifecycleRules::advocateMinPurchases, 1, 1000},
    {"advocate_window_days", &LifecycleRules::advocateWindowDays, 1, 3650},
    {"promoter_min_score", &LifecycleRules::promoterMinScore, 0, 10},
    {"abandon_after_days_attempt", &LifecycleRules::abandonAfterDaysAttempt, 1, 3650},
    {"abandon_after_days_adopt", &LifecycleRules::abandonAfterDaysAdopt, 1, 3650},
    {"abandon_after_days_advocate", &LifecycleRules::abandonAfterDaysAdvocate, 1, 3650},
}};

constexpr auto kReferralKey = "referral_makes_advocate";

} // namespace

int LifecycleRules::abandonAfterDays(LifecycleStage stage) const
{
    switch (stage) {
    case LifecycleStage::Attempt: return abandonAfterDaysAttempt;
    case LifecycleStage::Adopt: return abandonAfterDaysAdopt;
    case LifecycleStage::Advocate: return abandonAfterDaysAdvocate;
    case LifecycleStage::Aware:
    case LifecycleStage::Abandon: break;
    }
    return 0;
}

QString LifecycleRules::validate() const
{
    for (const IntRule &rule : kIntRules) {
        const int value = this->*rule.member;
        if (value < rule.min || value > rule.max) {
            return u"%1 must be between %2 and %3 (is %4)."_s.arg(QString::fromLatin1(rule.key))
                .arg(rule.min)
                .arg(rule.max)
                .arg(value);
        }
    }
    return {};
}

QJsonObject LifecycleRules::toJson() const
{
    QJsonObject json;
    for (const IntRule &rule : kIntRules)
        json.insert(QString::fromLatin1(rule.key), this->*rule.member);
    json.insert(QString::fromLatin1(kReferralKey), referralMakesAdvocate);
    return json;
}

LifecycleRules LifecycleRules::fromJson(const QJsonObject &json, QString *error)
{
    LifecycleRules rules;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        bool known = false;
        for (const IntRule &rule : kIntRules) {
            if (key == QLatin1StringView(rule.key)) {
                known = true;
                if (!it.value().isDouble() || it.value().toDouble() != it.value().toInt()) {
                    if (error)
                        *error = u"Lifecycle rule %1 must be a whole number."_s.arg(key);
                    return {};
                }
                rules.*rule.member = it.value().toInt();
            }
        }
        if (key == QLatin1StringView(kReferralKey)) {
            known = true;
            rules.referralMakesAdvocate = it.value().toBool(true);
        }
        if (!known) {
            if (error)
                *error = u"Unknown lifecycle rule '%1'."_s.arg(key);
            return {};
        }
    }
    if (const QString problem = rules.validate(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    return rules;
}

LifecycleRules LifecycleRules::load(SQLite::Database &db)
{
    const auto stored = readSetting(db, WorkspaceSetting::LifecycleRules);
    if (!stored)
        return {};
    return fromJson(QJsonDocument::fromJson(stored->toUtf8()).object()); // a damaged value falls back to the defaults
}

void LifecycleRules::save(SQLite::Database &db, const LifecycleRules &rules)
{
    writeSetting(db, WorkspaceSetting::LifecycleRules,
                 QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact)));
}

} // namespace mwb
