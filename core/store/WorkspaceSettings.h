// WorkspaceSettings: the settings kept inside a workspace file, keyed by an enum with
// one table of keys and defaults (no string comparisons scattered through the code).
#pragma once

#include <SQLiteCpp/Database.h>

#include <QString>

#include <optional>

namespace mwb {

enum class WorkspaceSetting {
    Region,   // ISO 3166 region used to read phone numbers without a country code
    Currency, // ISO 4217 code of the money amounts
    CreatedAt,
    CreatedBy,
    LifecycleRules,         // the 5A rules, JSON (lifecycle/LifecycleRules.h)
    LifecycleComputedUnder, // the rules the stored stages were computed under
    LifecycleReferenceDay,  // the day the stored "current" stages are for (days since 1970)
    RfmScored,              // set once RFM scores were computed (segments/RfmScores.h)
    ClvModel,               // the fitted CLV model behind predicted_clv, JSON (analytics/ClvModel.h)
    ClvFit,                 // the last CLV fit with its holdout check, JSON (analytics/ClvFitRecord.h)
    ProductIntervals,       // set while product_intervals holds the orders as they are (products/Replenishment.h)
    GlobalControlShare,     // the share of customers in the global control group (store/GlobalControl.h)
    GlobalControlSeed,      // its seed
    ContactCap,             // programmes' frequency cap, JSON {"contacts": N, "days": D} (programmes/ContactCap.h)
    TierRules,              // the member tiers' rules, JSON (membership/TierRules.h); none: imported tiers
    TierHistory,            // set while customer_tiers holds the tiers of the orders as they are (membership/MemberTiers.h)
    PointsRules,            // the points' expiry, value and notice period, JSON (membership/PointsLedger.h)
    PointsBalances,         // set while customer_metrics holds the points balances as they are (membership/PointsLedger.h)
    ReferralCosts,          // what the referral programme costs, JSON (membership/Referrals.h)
};

struct WorkspaceSettingInfo
{
    WorkspaceSetting setting;
    const char *key;
};

// The key under which a setting is stored in the `settings` table.
QString settingKey(WorkspaceSetting setting);

// A setting's stored value (nothing when the workspace has none), and storing one.
std::optional<QString> readSetting(SQLite::Database &db, WorkspaceSetting setting);
void writeSetting(SQLite::Database &db, WorkspaceSetting setting, const QString &value);
void removeSetting(SQLite::Database &db, WorkspaceSetting setting);

// Defaults for a new workspace, taken from the system locale where it says something.
QString defaultRegion();
QString defaultCurrency();

// Minor units per major unit of an ISO 4217 currency (100 for CNY/EUR/USD, 1 for JPY/KRW).
int minorUnitsPerMajor(const QString &currency);

} // namespace mwb
