#include "MembershipService.h"

#include "lifecycle/Lifecycle.h"
#include "store/Days.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Transaction.h>

#include <algorithm>

namespace mwb::ui {

namespace {

std::unique_ptr<SQLite::Database> readConnection(const QString &path)
{
    return Workspace::openConnection(path, Workspace::Access::ReadOnly);
}

} // namespace

MembershipService::MembershipService(QObject *parent)
    : WorkspaceService(parent)
{
}

void MembershipService::tiers(const QDate &day, const QDate &from, QObject *context,
                              std::function<void(const TiersAnswer &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_tiersGeneration, context,
        [path = path(), currency = currency(), day, from]() -> TiersAnswer {
            TiersAnswer answer;
            answer.currency = currency;
            try {
                auto db = readConnection(path);
                answer.rules = TierRules::load(*db);
                answer.referenceDate = Lifecycle::referenceDate(*db);
                answer.day = day.isValid() ? day : answer.referenceDate;
                if (!answer.day.isValid())
                    return answer;
                // A year before, or the data's first day when it is shorter (a few weeks of data
                // compare its first day with its last, not a year nobody was known in).
                QDate yearBefore = answer.day.addYears(-1);
                if (const auto first = Lifecycle::dataDays(*db).first)
                    yearBefore = std::min(std::max(yearBefore, dateOfDay(*first)), answer.day);
                answer.from = from.isValid() ? std::min(from, answer.day) : yearBefore;
                if (answer.rules) {
                    answer.distribution = MemberTiers::distribution(*db, answer.day);
                    answer.migration = MemberTiers::migration(*db, answer.from, answer.day);
                }
            } catch (const std::exception &e) {
                answer.error = failure(path, e);
            }
            return answer;
        },
        std::move(done));
}

void MembershipService::activeMembers(int months, int windowDays, bool byTier, QObject *context,
                                      std::function<void(const ActiveMembersAnswer &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_activeGeneration, context,
        [path = path(), months, windowDays, byTier]() -> ActiveMembersAnswer {
            ActiveMembersAnswer answer;
            try {
                auto db = readConnection(path);
                answer.referenceDate = Lifecycle::referenceDate(*db);
                const Lifecycle::DataDays data = Lifecycle::dataDays(*db);
                if (!answer.referenceDate.isValid() || !data.first)
                    return answer;
                const QDate to = answer.referenceDate;
                QDate from = to.addMonths(1 - months);
                from = std::max(QDate(from.year(), from.month(), 1), dateOfDay(*data.first));
                answer.series = ActiveMembers::rate(*db, from, to, windowDays, byTier);
            } catch (const std::exception &e) {
                answer.error = failure(path, e);
            }
            return answer;
        },
        std::move(done));
}

void MembershipService::setRules(const std::optional<TierRules> &rules, QObject *context,
                                 std::function<void(const QString &)> done)
{
    if (!isOpen())
        return;
    askToChange(
        context, QString(),
        [rules](SQLite::Database &db) -> QString {
            {
                SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
                if (rules) {
                    if (const QString error = TierRules::save(db, *rules); !error.isEmpty())
                        return error;
                } else {
                    TierRules::clear(db);
                }
                transaction.commit();
            }
            MemberTiers::ensureCurrent(db);
            return {};
        },
        [this](const QString &error) {
            if (error.isEmpty())
                Q_EMIT tiersChanged();
        },
        std::move(done));
}

void MembershipService::points(const QDate &day, QObject *context, std::function<void(const PointsAnswer &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_pointsGeneration, context,
        [path = path(), currency = currency(), day]() -> PointsAnswer {
            PointsAnswer answer;
            answer.currency = currency;
            try {
                auto db = readConnection(path);
                answer.rules = PointsRules::load(*db);
                answer.referenceDate = Lifecycle::referenceDate(*db);
                const QDate on = day.isValid() ? day : answer.referenceDate;
                if (on.isValid())
                    answer.summary = PointsLedger::summary(*db, on);
            } catch (const std::exception &e) {
                answer.error = failure(path, e);
            }
            return answer;
        },
        std::move(done));
}

void MembershipService::setPointsRules(const PointsRules &rules, QObject *context,
                                       std::function<void(const QString &)> done)
{
    if (!isOpen())
        return;
    askToChange(
        context, QString(),
        [rules](SQLite::Database &db) -> QString {
            {
                SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
                if (const QString error = PointsRules::save(db, rules); !error.isEmpty())
                    return error;
                transaction.commit();
            }
            PointsLedger::ensureCurrent(db);
            return {};
        },
        [this](const QString &error) {
            if (error.isEmpty())
                Q_EMIT tiersChanged(); // balances feed segments, as tiers do
        },
        std::move(done));
}

void MembershipService::referrals(int top, QObject *context, std::function<void(const ReferralsAnswer &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_referralsGeneration, context,
        [path = path(), currency = currency(), top]() -> ReferralsAnswer {
            ReferralsAnswer answer;
            answer.currency = currency;
            try {
                auto db = readConnection(path);
                answer.summary = Referrals::summary(*db, top);
                answer.costs = ReferralCosts::load(*db);
            } catch (const std::exception &e) {
                answer.error = failure(path, e);
            }
            return answer;
        },
        std::move(done));
}

void MembershipService::setReferralCosts(const ReferralCosts &costs, QObject *context,
                                         std::function<void(const QString &)> done)
{
    if (!isOpen())
        return;
    askToChange(
        context, QString(),
        [costs](SQLite::Database &db) -> QString {
            SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
            if (const QString error = ReferralCosts::save(db, costs); !error.isEmpty())
                return error;
            transaction.commit();
            return {};
        },
        [](const QString &) {}, std::move(done));
}

} // namespace mwb::ui
