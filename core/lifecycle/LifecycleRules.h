// LifecycleRules: the thresholds that decide a customer's 5A stage, stored in the
// workspace (settings key "lifecycle_rules", JSON) and edited in the Lifecycle Rules
// dialog. The rules, as of any day D:
// - Aware: known by D (its first dated fact of any kind — signup, order, refund, order of
//   nothing, touchpoint — on or before D; without any, the day of its import), nothing more;
// - Attempt: engaged by D (any touchpoint of the customer's own: visit, open, click,
//   registration, coupon, inquiry, NPS answer, referral…), never purchased;
// - Adopt: has purchased by D, not an advocate;
// - Advocate: at least `advocateMinPurchases` purchases in the `advocateWindowDays` days
//   ending on D, or a latest NPS answer of `promoterMinScore` or more, or has referred
//   someone (when `referralMakesAdvocate`);
// - Abandon: would be Attempt, Adopt or Advocate, but no purchase or engagement in the
//   last `abandonAfterDays` days of that stage (D − last activity ≥ the threshold).
// Our own sends (campaign_sent, _delivered, _bounced) and unsubscribes make a person
// known, not engaged. Refunds are not purchases. docs/USER_GUIDE.md states these rules.
#pragma once

#include "vocabulary/LifecycleStage.h"

#include <SQLiteCpp/Database.h>

#include <QJsonObject>
#include <QString>

namespace mwb {

struct LifecycleRules
{
    int advocateMinPurchases = 3;
    int advocateWindowDays = 365;
    int promoterMinScore = 9;
    bool referralMakesAdvocate = true;
    int abandonAfterDaysAttempt = 180;
    int abandonAfterDaysAdopt = 180;
    int abandonAfterDaysAdvocate = 180;

    int abandonAfterDays(LifecycleStage stage) const;
    // Empty when the rules make sense; else what is wrong, naming the rule.
    QString validate() const;

    QJsonObject toJson() const;
    // Missing keys keep their defaults; `error` names an unknown key or a bad value.
    static LifecycleRules fromJson(const QJsonObject &json, QString *error = nullptr);

    // The workspace's rules (the defaults when none are stored).
    static LifecycleRules load(SQLite::Database &db);
    // Stores the rules; the caller recomputes the stages (Lifecycle::recomputeAll).
    static void save(SQLite::Database &db, const LifecycleRules &rules);

    friend bool operator==(const LifecycleRules &, const LifecycleRules &) = default;
};

} // namespace mwb
