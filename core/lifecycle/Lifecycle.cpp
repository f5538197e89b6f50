#include "Lifecycle.h"

#include "StageHistory.h"
#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <string>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

constexpr qint64 kSecondsPerDay = 86400;
const QDate kEpoch(1970, 1, 1);

const char *stageText(LifecycleStage stage)
{
    static const std::array<std::string, kLifecycleStageCount> names = [] {
        std::array<std::string, kLifecycleStageCount> n;
        for (LifecycleStage s : kLifecycleStages)
            n[static_cast<std::size_t>(stageIndex(s))] = stageName(s).toStdString();
        return n;
    }();
    return names[static_cast<std::size_t>(stageIndex(stage))].c_str();
}

QString rulesKey(const LifecycleRules &rules)
{
    return QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact));
}

// The last day of the data: the latest order or touchpoint (today when there is none).
qint32 computeReferenceDay(SQLite::Database &db)
{
    SQLite::Statement query(db, "SELECT max(max(coalesce(last_purchase_at, 0)), max(coalesce(last_event_at, 0))), "
                                "count(last_purchase_at) + count(last_event_at) FROM customer_metrics");
    if (query.executeStep() && query.getColumn(1).getInt64() > 0)
        return dayOfSeconds(query.getColumn(0).getInt64());
    return dayNumber(QDate::currentDate());
}

// Reads event types as the rules see them, caching the answer per type.
class TouchClassifier
{
public:
    explicit TouchClassifier(const LifecycleRules &rules)
        : m_rules(rules)
    {
    }

    CustomerFacts::Touch classify(const char *type, SQLite::Column value)
    {
        using Touch = CustomerFacts::Touch;
        auto it = m_kinds.find(type);
        if (it == m_kinds.end()) {
            const std::string_view t(type);
            Kind kind = Kind::Engaged;
            if (t == "campaign_sent" || t == "campaign_delivered" || t == "campaign_bounced"
                || t == "campaign_unsubscribed")
                kind = Kind::Known;
            else if (t == "nps")
                kind = Kind::Nps;
            else if (t == "referral")
                kind = Kind::Referral;
            it = m_kinds.emplace(type, kind).first;
        }
        switch (it->second) {
        case Kind::Known: return Touch::Known;
        case Kind::Referral: return Touch::Referral;
        case Kind::Nps:
            if (value.isNull())
                return Touch::Engaged;
            return value.getDouble() >= m_rules.promoterMinScore ? Touch::Promoter : Touch::NotPromoter;
        case Kind::Engaged: break;
        }
        return Touch::Engaged;
    }

private:
    enum class Kind { Known, Engaged, Nps, Referral };
    const LifecycleRules &m_rules;
    std::unordered_map<std::string, Kind> m_kinds;
};

// Writes one customer's history and stage on the reference day.
class StageWriter
{
public:
    StageWriter(SQLite::Database &db, const LifecycleRules &rules, qint32 referenceDay)
        : m_builder(rules)
        , m_referenceDay(referenceDay)
        , m_update(db, "UPDATE customer_metrics SET lifecycle_stage = ?2, stage_since = ?3, stage_history = ?4 "
                       "WHERE customer_id = ?1")
    {
    }

    void write(qint64 customerId, const CustomerFacts &facts)
    {
        encodeStageHistory(m_builder.build(facts), m_history);
        const QByteArray &history = m_history;
        const auto now = stageOnDay(history.constData(), history.size(), m_referenceDay);
        m_update.bind(1, static_cast<int64_t>(customerId));
        if (now) {
            m_update.bindNoCopy(2, stageText(now->stage));
            if (now->since == kAlwaysKnownDay)
                m_update.bind(3);
            else
                m_update.bind(3, static_cast<int64_t>(now->since * kSecondsPerDay));
        } else {
            m_update.bind(2);
            m_update.bind(3);
        }
        m_update.bindNoCopy(4, history.constData(), static_cast<int>(history.size()));
        m_update.exec();
        m_update.reset();
    }

private:
    StageHistoryBuilder m_builder;
    QByteArray m_history;
    qint32 m_referenceDay;
    SQLite::Statement m_update;
};

void refreshStagesOn(SQLite::Database &db, qint32 referenceDay)
{
    SQLite::Statement update(db, "UPDATE customer_metrics SET lifecycle_stage = mwb_stage_on(stage_history, ?1), "
                                 "stage_since = mwb_stage_since(stage_history, ?1) "
                                 "WHERE lifecycle_stage IS NOT mwb_stage_on(stage_history, ?1) "
                                 "OR stage_since IS NOT mwb_stage_since(stage_history, ?1)");
    update.bind(1, referenceDay);
    update.exec();
}

// Calls `function(history bytes, size)` for every customer.
template<typename Function>
void forEachHistory(SQLite::Database &db, Function &&function)
{
    SQLite::Statement query(db, "SELECT stage_history FROM customer_metrics");
    while (query.executeStep()) {
        const SQLite::Column column = query.getColumn(0);
        function(static_cast<const char *>(column.getBlob()), static_cast<qsizetype>(column.getBytes()));
    }
}

// The stage a (history, day) pair of SQL arguments names; none for a NULL day or a day
// before the customer was known.
std::optional<StageOnDay> stageArgument(sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[1]) == SQLITE_NULL)
        return std::nullopt;
    const auto *data = static_cast<const char *>(sqlite3_value_blob(argv[0]));
    return stageOnDay(data, sqlite3_value_bytes(argv[0]), sqlite3_value_int(argv[1]));
}

void stageOnSql(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (const auto stage = stageArgument(argv))
        sqlite3_result_text(context, stageText(stage->stage), -1, SQLITE_STATIC);
    else
        sqlite3_result_null(context);
}

void stageSinceSql(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto stage = stageArgument(argv);
    if (stage && stage->since != kAlwaysKnownDay)
        sqlite3_result_int64(context, static_cast<sqlite3_int64>(stage->since) * kSecondsPerDay);
    else
        sqlite3_result_null(context);
}

} // namespace

qint32 dayOfSeconds(qint64 seconds)
{
    return static_cast<qint32>(seconds >= 0 ? seconds / kSecondsPerDay : -((-seconds + kSecondsPerDay - 1) / kSecondsPerDay));
}

qint32 dayNumber(const QDate &date)
{
    return static_cast<qint32>(kEpoch.daysTo(date));
}

QDate dateOfDay(qint32 day)
{
    return kEpoch.addDays(day);
}

qint64 Funnel::total() const
{
    qint64 sum = 0;
    for (qint64 c : customers)
        sum += c;
    return sum;
}

QJsonObject StageSelection::segmentDefinition() const
{
    const QJsonObject to{{u"field"_s, u"lifecycle_stage"_s}, {u"op"_s, u"="_s}, {u"value"_s, stageName(stage)},
                         {u"as_of"_s, day.toString(Qt::ISODate)}};
    if (!fromDay)
        return to;
    QJsonObject from{{u"field"_s, u"lifecycle_stage"_s}, {u"as_of"_s, fromDay->toString(Qt::ISODate)}};
    if (fromStage) {
        from.insert(u"op"_s, u"="_s);
        from.insert(u"value"_s, stageName(*fromStage));
    } else {
        from.insert(u"op"_s, u"is_empty"_s);
    }
    return QJsonObject{{u"all"_s, QJsonArray{from, to}}};
}

void registerLifecycleFunctions(SQLite::Database &db)
{
    try {
        db.createFunction("mwb_stage_on", 2, true, nullptr, &stageOnSql);
        db.createFunction("mwb_stage_since", 2, true, nullptr, &stageSinceSql);
    } catch (const SQLite::Exception &) {
        // SQLite refuses only to replace a function while statements of the connection
        // are running: then the functions are registered already, and stay.
    }
}

void Lifecycle::recomputeAll(SQLite::Database &db)
{
    const LifecycleRules rules = LifecycleRules::load(db);
    const qint32 referenceDay = computeReferenceDay(db);
    // customer_metrics holds a row for every customer (CustomerMetrics keeps it so).
    // Three streams in customer order, merged: customers, their orders (read from the
    // covering index on customer), their events.
    SQLite::Statement customers(db, "SELECT id, signup_at FROM customers ORDER BY id");
    SQLite::Statement orders(db, "SELECT customer_id, ordered_at FROM transactions "
                                 "WHERE customer_id IS NOT NULL AND amount_minor > 0 ORDER BY customer_id");
    SQLite::Statement events(db, "SELECT customer_id, occurred_at, type, value FROM events ORDER BY customer_id");
    bool moreOrders = orders.executeStep();
    bool moreEvents = events.executeStep();
    TouchClassifier classifier(rules);
    StageWriter writer(db, rules, referenceDay);
    CustomerFacts facts;
    while (customers.executeStep()) {
        const qint64 id = customers.getColumn(0).getInt64();
        facts.clear();
        if (!customers.getColumn(1).isNull())
            facts.signupDay = dayOfSeconds(customers.getColumn(1).getInt64());
        while (moreOrders && orders.getColumn(0).getInt64() <= id) {
            if (orders.getColumn(0).getInt64() == id)
                facts.purchaseDays.push_back(dayOfSeconds(orders.getColumn(1).getInt64()));
            moreOrders = orders.executeStep();
        }
        while (moreEvents && events.getColumn(0).getInt64() <= id) {
            if (events.getColumn(0).getInt64() == id) {
                facts.touches.push_back({dayOfSeconds(events.getColumn(1).getInt64()),
                                         classifier.classify(events.getColumn(2).getText(), events.getColumn(3))});
            }
            moreEvents = events.executeStep();
        }
        writer.write(id, facts);
    }
    writeSetting(db, WorkspaceSetting::LifecycleReferenceDay, QString::number(referenceDay));
    writeSetting(db, WorkspaceSetting::LifecycleComputedUnder, rulesKey(rules));
}

void Lifecycle::recompute(SQLite::Database &db, const CustomerSet &dirty)
{
    qint64 customerCount = 0;
    {
        SQLite::Statement count(db, "SELECT count(*) FROM customers");
        count.executeStep();
        customerCount = count.getColumn(0).getInt64();
    }
    const LifecycleRules rules = LifecycleRules::load(db);
    if (dirty.size() * 4 >= customerCount
        || readSetting(db, WorkspaceSetting::LifecycleComputedUnder) != rulesKey(rules)) {
        recomputeAll(db);
        return;
    }

    const qint32 referenceDay = computeReferenceDay(db);
    SQLite::Statement signup(db, "SELECT signup_at FROM customers WHERE id = ?1");
    SQLite::Statement orders(db, "SELECT ordered_at FROM transactions WHERE customer_id = ?1 AND amount_minor > 0");
    SQLite::Statement events(db, "SELECT occurred_at, type, value FROM events WHERE customer_id = ?1");
    TouchClassifier classifier(rules);
    StageWriter writer(db, rules, referenceDay);
    CustomerFacts facts;
    dirty.forEach([&](qint64 id) {
        facts.clear();
        signup.bind(1, static_cast<int64_t>(id));
        if (!signup.executeStep()) { // removed (an undone import)
            signup.reset();
            return;
        }
        if (!signup.getColumn(0).isNull())
            facts.signupDay = dayOfSeconds(signup.getColumn(0).getInt64());
        signup.reset();
        orders.bind(1, static_cast<int64_t>(id));
        while (orders.executeStep())
            facts.purchaseDays.push_back(dayOfSeconds(orders.getColumn(0).getInt64()));
        orders.reset();
        events.bind(1, static_cast<int64_t>(id));
        while (events.executeStep())
            facts.touches.push_back({dayOfSeconds(events.getColumn(0).getInt64()),
                                     classifier.classify(events.getColumn(1).getText(), events.getColumn(2))});
        events.reset();
        writer.write(id, facts);
    });

    const QString day = QString::number(referenceDay);
    if (readSetting(db, WorkspaceSetting::LifecycleReferenceDay) != day) {
        refreshStagesOn(db, referenceDay);
        writeSetting(db, WorkspaceSetting::LifecycleReferenceDay, day);
    }
}

bool Lifecycle::ensureCurrent(SQLite::Database &db)
{
    if (readSetting(db, WorkspaceSetting::LifecycleComputedUnder) == rulesKey(LifecycleRules::load(db)))
        return false;
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    recomputeAll(db);
    transaction.commit();
    return true;
}

void Lifecycle::applyRules(SQLite::Database &db, const LifecycleRules &rules)
{
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    LifecycleRules::save(db, rules);
    recomputeAll(db);
    transaction.commit();
}

QDate Lifecycle::referenceDate(SQLite::Database &db)
{
    bool ok = false;
    const qint32 stored = readSetting(db, WorkspaceSetting::LifecycleReferenceDay).value_or(QString()).toInt(&ok);
    if (ok)
        return dateOfDay(stored);
    return dateOfDay(computeReferenceDay(db));
}

Funnel Lifecycle::funnel(SQLite::Database &db, const QDate &asOf)
{
    Funnel funnel;
    funnel.asOf = asOf;
    const qint32 day = dayNumber(asOf);
    forEachHistory(db, [&](const char *data, qsizetype size) {
        if (const auto stage = stageOnDay(data, size, day))
            ++funnel.customers[static_cast<std::size_t>(stageIndex(stage->stage))];
    });
    return funnel;
}

StageMigration Lifecycle::migration(SQLite::Database &db, const QDate &from, const QDate &to)
{
    StageMigration migration;
    migration.from = from;
    migration.to = to;
    const qint32 fromDay = dayNumber(from);
    const qint32 toDay = dayNumber(to);
    forEachHistory(db, [&](const char *data, qsizetype size) {
        const auto after = stageOnDay(data, size, toDay);
        if (!after)
            return;
        const auto before = stageOnDay(data, size, fromDay);
        const int row = before ? stageIndex(before->stage) : StageMigration::kNotYetKnown;
        ++migration.customers[static_cast<std::size_t>(row)][static_cast<std::size_t>(stageIndex(after->stage))];
    });
    return migration;
}

StageTrend Lifecycle::monthlyTrend(SQLite::Database &db)
{
    StageTrend trend;
    const QDate reference = referenceDate(db);
    // The first month with any dated fact, at most ten years back.
    QDate first = reference.addYears(-10);
    {
        SQLite::Statement query(db, "SELECT min(x) FROM (SELECT min(signup_at) AS x FROM customers "
                                    "UNION ALL SELECT min(first_purchase_at) FROM customer_metrics "
                                    "UNION ALL SELECT min(first_event_at) FROM customer_metrics)");
        if (query.executeStep() && !query.getColumn(0).isNull())
            first = std::max(first, dateOfDay(dayOfSeconds(query.getColumn(0).getInt64())));
    }
    std::vector<qint32> days;
    for (QDate month(first.year(), first.month(), 1); month <= reference; month = month.addMonths(1)) {
        const QDate end = std::min(month.addMonths(1).addDays(-1), reference);
        trend.months.append(end);
        days.push_back(dayNumber(end));
    }
    std::vector<std::array<qint64, kLifecycleStageCount>> counts(days.size());
    StageTransitions transitions; // reused for every customer
    forEachHistory(db, [&](const char *data, qsizetype size) {
        if (size < 4) { // no facts: Aware all along
            for (auto &month : counts)
                ++month[static_cast<std::size_t>(stageIndex(LifecycleStage::Aware))];
            return;
        }
        decodeStageHistory(data, size, transitions);
        std::size_t t = 0;
        for (std::size_t m = 0; m < days.size(); ++m) {
            while (t < transitions.size() && transitions[t].day <= days[m])
                ++t;
            if (t > 0)
                ++counts[m][static_cast<std::size_t>(stageIndex(transitions[t - 1].stage))];
        }
    });
    trend.customers = QList<std::array<qint64, kLifecycleStageCount>>(counts.begin(), counts.end());
    return trend;
}

QList<CustomerSummary> readCustomerSummaries(SQLite::Statement &query)
{
    QList<CustomerSummary> rows;
    auto text = [&query](int column) { return QString::fromStdString(query.getColumn(column).getString()); };
    while (query.executeStep()) {
        CustomerSummary row;
        row.id = query.getColumn(0).getInt64();
        row.externalId = text(1);
        row.name = text(2);
        row.email = text(3);
        row.phone = text(4);
        row.stage = stageFromName(text(5));
        if (!query.getColumn(6).isNull())
            row.stageSince = dateOfDay(dayOfSeconds(query.getColumn(6).getInt64()));
        row.orders = query.getColumn(7).getInt64();
        row.revenueMinor = query.getColumn(8).getInt64();
        if (!query.getColumn(9).isNull())
            row.lastPurchase = dateOfDay(dayOfSeconds(query.getColumn(9).getInt64()));
        rows.append(row);
    }
    return rows;
}

} // namespace mwb
