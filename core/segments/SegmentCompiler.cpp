#include "SegmentCompiler.h"

#include "CustomerSample.h"
#include "BoundCustomerSet.h"
#include "EventSet.h"
#include "SegmentColumns.h"
#include "identity/ContactNormalizer.h"
#include "store/Days.h"

#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cctype>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Whether a column's SQL reads a column of customers `c` ("c.tier", "coalesce(m.tier, c.tier)").
bool readsCustomerColumn(std::string_view sql)
{
    for (std::size_t at = sql.find("c."); at != std::string_view::npos; at = sql.find("c.", at + 1)) {
        const char before = at > 0 ? sql[at - 1] : ' ';
        if (!(std::isalnum(static_cast<unsigned char>(before)) || before == '_'))
            return true;
    }
    return false;
}

constexpr qint64 kDay = 86400;

} // namespace

class SegmentCompiler::Impl
{
public:
    // `customersJoined`: the query joins customers c to customer_metrics m; the
    // conditions on a customer's own rows then name the customer by c.id, so SQLite asks
    // them after the profile conditions, not before the join.
    Impl(SQLite::Database &db, const SegmentContext &context, bool customersJoined)
        : m_db(db)
        , m_context(context)
        , m_normalizer(context.region)
        , m_key(customersJoined ? "c.id" : "m.customer_id")
        , m_joined(customersJoined)
        , m_sample(db)
    {
        usesCustomers = customersJoined;
    }

    std::vector<SqlValue> params;
    QString error;
    bool usesCustomers = false;

    std::string node(const SegmentNode &node)
    {
        switch (node.kind) {
        case SegmentNode::Kind::All:
        case SegmentNode::Kind::Any: {
            if (node.children.isEmpty())
                return node.kind == SegmentNode::Kind::All ? "1" : "0";
            // Cheap conditions first: a behaviour condition (a lookup in the customer's
            // history) is then only evaluated for customers the others let through.
            QList<SegmentNode> children = node.children;
            std::stable_sort(children.begin(), children.end(),
                             [](const SegmentNode &a, const SegmentNode &b) { return cost(a) < cost(b); });
            // A condition below an "all" that also holds a cheaper one is only asked for the
            // customers that one lets through: a lookup per customer pays. Anywhere else it
            // is asked for nearly everyone, and one pass over the matching rows into a set
            // pays instead.
            const int guard = node.kind == SegmentNode::Kind::All ? cost(children.constFirst()) : kUnguarded;
            std::string sql = "(";
            const std::size_t outerGuards = m_guards.size();
            for (qsizetype i = 0; i < children.size(); ++i) {
                if (i > 0)
                    sql += node.kind == SegmentNode::Kind::All ? " AND " : " OR ";
                const int outer = m_guard;
                m_guard = std::min(outer, guard);
                const std::string child = this->node(children.at(i));
                m_guard = outer;
                sql += child;
                // Below an "all", each condition is asked only of the customers the ones
                // before let through (the estimate of how many look at their rows).
                if (node.kind == SegmentNode::Kind::All)
                    m_guards.push_back(child);
            }
            m_guards.resize(outerGuards);
            return sql + ")";
        }
        case SegmentNode::Kind::Not:
            return "(NOT " + (node.children.isEmpty() ? std::string("1") : this->node(node.children.constFirst()))
                + ")";
        case SegmentNode::Kind::Field: return field(node);
        case SegmentNode::Kind::Event: return event(node);
        case SegmentNode::Kind::Purchase: return purchase(node);
        }
        return "0";
    }

private:
    // What a condition costs per customer: a column (0), a look at the customer's tags (1),
    // a look at the customer's history (2).
    static constexpr int kUnguarded = 3;
    static int cost(const SegmentNode &node)
    {
        switch (node.kind) {
        case SegmentNode::Kind::Field: return node.field == u"tag"_s ? 1 : 0;
        case SegmentNode::Kind::Event:
        case SegmentNode::Kind::Purchase: return 2;
        default: {
            int worst = 0;
            for (const SegmentNode &child : node.children)
                worst = std::max(worst, cost(child));
            return worst;
        }
        }
    }

    std::string bind(SqlValue value)
    {
        params.push_back(std::move(value));
        return "?" + std::to_string(params.size());
    }

    std::string bindText(const QString &text) { return bind(text.toStdString()); }

    enum class Match {
        Anywhere,
        Prefix
    };

    // `text` found in the column, ignoring the case of ASCII letters (as SQLite's lower()
    // would): LIKE with the text's own % _ and \ escaped, which needs no copy of the value.
    std::string like(const std::string &col, const QString &text, Match match)
    {
        QString pattern;
        pattern.reserve(text.size() + 2);
        if (match == Match::Anywhere)
            pattern += u'%';
        for (const QChar c : text) {
            if (c == u'%' || c == u'_' || c == u'\\')
                pattern += u'\\';
            pattern += c;
        }
        pattern += u'%';
        return col + " LIKE " + bindText(pattern) + " ESCAPE '\\'";
    }

    qint64 minor(double major) const { return std::llround(major * m_context.minorPerMajor); }

    qint32 day(const QJsonValue &value) const
    {
        if (value.isObject())
            return m_context.referenceDay - value.toObject().value(u"days_ago"_s).toInt();
        return dayNumber(QDate::fromString(value.toString(), Qt::ISODate));
    }

    // A number or money value as bound: money in minor units of the workspace currency.
    SqlValue number(const SegmentField &field, const QJsonValue &value) const
    {
        if (field.type == SegmentFieldType::Money)
            return SqlValue(minor(value.toDouble()));
        return SqlValue(value.toDouble());
    }

    std::string column(const SegmentNode &node)
    {
        if (node.field == u"lifecycle_stage"_s && node.asOf.isValid())
            return "mwb_stage_on(m.stage_history, " + bind(SqlValue(qint64(dayNumber(node.asOf)))) + ")";
        if (node.field == u"tier"_s && node.asOf.isValid()) {
            usesCustomers = true; // without rules: the imported tier
            return tierOnDaySql(bind(SqlValue(qint64(dayNumber(node.asOf)))));
        }
        std::string sql = segmentColumn(node.field).sql;
        if (readsCustomerColumn(sql))
            usesCustomers = true;
        const auto reference = sql.find("?R");
        if (reference != std::string::npos)
            sql.replace(reference, 2, bind(SqlValue(qint64(m_context.referenceDay))));
        return sql;
    }

    // The condition as it holds for customers with a value; the caller adds the rule for
    // customers without one. Never NULL for a present value.
    std::string present(const SegmentNode &node, const SegmentField &field, const std::string &col)
    {
        const bool text = field.type == SegmentFieldType::Text || field.type == SegmentFieldType::Choice;
        const std::string collate = text ? " COLLATE NOCASE" : "";
        if (field.type == SegmentFieldType::Date)
            return dateCondition(node, col);
        auto scalar = [&](const QJsonValue &value) {
            return text ? bindText(value.toString()) : bind(number(field, value));
        };
        switch (node.op) {
        case SegmentOp::Equal:
        case SegmentOp::NotEqual: return col + collate + " = " + scalar(node.value);
        case SegmentOp::Less: return col + " < " + scalar(node.value);
        case SegmentOp::LessEqual: return col + " <= " + scalar(node.value);
        case SegmentOp::Greater: return col + " > " + scalar(node.value);
        case SegmentOp::GreaterEqual: return col + " >= " + scalar(node.value);
        case SegmentOp::Between: {
            const QJsonArray pair = node.value.toArray();
            double lo = pair.at(0).toDouble();
            double hi = pair.at(1).toDouble();
            if (lo > hi)
                std::swap(lo, hi);
            return col + " BETWEEN " + scalar(lo) + " AND " + scalar(hi);
        }
        case SegmentOp::In:
        case SegmentOp::NotIn: {
            std::string list;
            for (const QJsonValue &item : node.value.toArray())
                list += (list.empty() ? "" : ", ") + scalar(item);
            return col + collate + " IN (" + list + ")";
        }
        case SegmentOp::Contains: return like(col, node.value.toString(), Match::Anywhere);
        case SegmentOp::StartsWith: return like(col, node.value.toString(), Match::Prefix);
        case SegmentOp::IsEmpty:
        case SegmentOp::IsNotEmpty: return "1";
        }
        return "0";
    }

    std::string dateCondition(const SegmentNode &node, const std::string &col)
    {
        auto from = [&](qint32 d) { return col + " >= " + bind(SqlValue(qint64(d) * kDay)); };
        auto before = [&](qint32 d) { return col + " < " + bind(SqlValue(qint64(d) * kDay)); };
        switch (node.op) {
        case SegmentOp::Equal:
        case SegmentOp::NotEqual: {
            const qint32 d = day(node.value);
            return from(d) + " AND " + before(d + 1);
        }
        case SegmentOp::Less: return before(day(node.value));
        case SegmentOp::LessEqual: return before(day(node.value) + 1);
        case SegmentOp::Greater: return from(day(node.value) + 1);
        case SegmentOp::GreaterEqual: return from(day(node.value));
        case SegmentOp::Between: {
            const QJsonArray pair = node.value.toArray();
            qint32 lo = day(pair.at(0));
            qint32 hi = day(pair.at(1));
            if (lo > hi)
                std::swap(lo, hi);
            return from(lo) + " AND " + before(hi + 1);
        }
        default: return "1";
        }
    }

    static bool negative(SegmentOp op)
    {
        return op == SegmentOp::NotEqual || op == SegmentOp::NotIn || op == SegmentOp::IsEmpty;
    }

    std::string field(const SegmentNode &node)
    {
        const SegmentField *field = SegmentFields::find(node.field);
        if (!field) {
            fail(QCoreApplication::translate("mwb::SegmentQuery", "unknown field '%1'").arg(node.field));
            return "0";
        }
        if (field->type == SegmentFieldType::Tag)
            return tag(node);
        const SegmentColumn &where = segmentColumn(node.field);
        if (where.identityKind
            && (node.op == SegmentOp::Equal || node.op == SegmentOp::NotEqual || node.op == SegmentOp::In
                || node.op == SegmentOp::NotIn))
            return identity(node, where.identityKind);
        const std::string col = column(node);
        const bool text = field->type == SegmentFieldType::Text || field->type == SegmentFieldType::Choice;
        const std::string has = text ? "(" + col + " IS NOT NULL AND " + col + " <> '')" : "(" + col + " IS NOT NULL)";
        if (node.op == SegmentOp::IsEmpty)
            return "(NOT " + has + ")";
        if (node.op == SegmentOp::IsNotEmpty)
            return has;
        const std::string positive = "(" + has + " AND " + present(node, *field, col) + ")";
        return negative(node.op) ? "(NOT " + positive + ")" : positive;
    }

    std::optional<std::string> normalised(const char *kind, const QString &value) const
    {
        const std::string text = value.toStdString();
        if (qstrcmp(kind, "email") == 0)
            return ContactNormalizer::email(text);
        if (qstrcmp(kind, "phone") == 0)
            return m_normalizer.phone(text);
        std::string id = ContactNormalizer::id(text);
        if (id.empty())
            return std::nullopt;
        return id;
    }

    std::string identity(const SegmentNode &node, const char *kind)
    {
        QList<QJsonValue> values;
        if (node.value.isArray()) {
            for (const QJsonValue &item : node.value.toArray())
                values.append(item);
        } else {
            values.append(node.value);
        }
        std::string list;
        for (const QJsonValue &value : values) {
            if (const auto text = normalised(kind, value.toString()))
                list += (list.empty() ? "" : ", ") + bind(*text);
        }
        // A value that cannot be an identity of this kind matches no one.
        const std::string positive = list.empty() ? std::string("0")
                                                  : "m.customer_id IN (SELECT customer_id FROM identities WHERE kind = "
                + bind(std::string(kind)) + " AND value COLLATE NOCASE IN (" + list + "))";
        return negative(node.op) ? "(NOT " + positive + ")" : "(" + positive + ")";
    }

    std::string tag(const SegmentNode &node)
    {
        if (node.op == SegmentOp::IsEmpty || node.op == SegmentOp::IsNotEmpty) {
            const std::string any = "EXISTS (SELECT 1 FROM customer_tags g WHERE g.customer_id = " + m_key + ")";
            return negative(node.op) ? "(NOT " + any + ")" : "(" + any + ")";
        }
        // What a tag must be, over g.tag.
        auto matching = [this, &node]() -> std::string {
            switch (node.op) {
            case SegmentOp::Equal:
            case SegmentOp::NotEqual: return "g.tag = " + bindText(node.value.toString()) + " COLLATE NOCASE";
            case SegmentOp::In:
            case SegmentOp::NotIn: {
                std::string list;
                for (const QJsonValue &item : node.value.toArray())
                    list += (list.empty() ? "" : ", ") + bindText(item.toString());
                return "g.tag COLLATE NOCASE IN (" + list + ")";
            }
            case SegmentOp::Contains: return like("g.tag", node.value.toString(), Match::Anywhere);
            case SegmentOp::StartsWith: return like("g.tag", node.value.toString(), Match::Prefix);
            default: return "0";
            }
        };
        // After a cheaper condition, a look at the customer's own tags (the key leads with
        // the customer); else one pass over the tags into a set.
        const std::string positive = m_guard < 1
            ? "EXISTS (SELECT 1 FROM customer_tags g WHERE g.customer_id = " + m_key + " AND g.tag <> '' AND "
                + matching() + ")"
            : selectedSet(
                [&] { return "SELECT g.customer_id FROM customer_tags g WHERE g.tag <> '' AND " + matching(); });
        return negative(node.op) ? "(NOT " + positive + ")" : "(" + positive + ")";
    }

    // SQL for a statement of its own: what `make` returns, its values bound into `local`
    // from ?1 instead of into the definition's parameters.
    std::string apart(const std::function<std::string()> &make, std::vector<SqlValue> &local)
    {
        std::vector<SqlValue> outer;
        outer.swap(params);
        const std::string sql = make();
        local.swap(params);
        params.swap(outer);
        return sql;
    }

    // The customers `select` ("SELECT customer_id …", its values bound from ?1) returns,
    // read once into a set; asked per customer by mwb_in_set.
    std::string selectedSet(const std::function<std::string()> &select)
    {
        std::vector<SqlValue> local;
        const std::string sql = apart(select, local);
        auto set = std::make_shared<CustomerSet>();
        SQLite::Statement query(m_db, sql);
        bindSegmentParams(query, local);
        while (query.executeStep()) {
            const qint64 id = query.getColumn(0).getInt64();
            if (id > 0)
                set->insert(id);
        }
        return "mwb_in_set(" + bind(SqlValue(std::make_shared<const BoundCustomerSet>(std::move(set))))
            + ", m.customer_id)";
    }

    // "At least K rows": stops counting at K.
    std::string atLeast(const std::string &from, int count)
    {
        if (count <= 1)
            return "EXISTS (SELECT 1 FROM " + from + ")";
        // The K-th row, if there is one.
        return "EXISTS (SELECT 1 FROM " + from + " LIMIT 1 OFFSET " + bind(SqlValue(qint64(count - 1))) + ")";
    }

    static bool hasWindow(const SegmentNode &node)
    {
        return node.withinDays || node.from.isValid() || node.to.isValid();
    }

    // The period a behaviour condition looks at: the last N days (the reference day
    // included) and/or fixed days from … to (both included).
    // The first second of the period and the first second after it (none: unbounded).
    std::pair<std::optional<qint64>, std::optional<qint64>> period(const SegmentNode &node) const
    {
        std::optional<qint64> first;
        std::optional<qint64> end;
        if (node.withinDays)
            first = qint64(m_context.referenceDay - *node.withinDays + 1) * kDay;
        if (node.from.isValid())
            first = std::max(first.value_or(std::numeric_limits<qint64>::min()),
                             QDate(1970, 1, 1).daysTo(node.from) * kDay);
        if (node.to.isValid())
            end = (QDate(1970, 1, 1).daysTo(node.to) + 1) * kDay;
        return {first, end};
    }

    std::string since(const SegmentNode &node, const char *column)
    {
        std::string sql;
        const auto [first, end] = period(node);
        if (first)
            sql += std::string(" AND ") + column + " >= " + bind(SqlValue(*first));
        if (end)
            sql += std::string(" AND ") + column + " < " + bind(SqlValue(*end));
        return sql;
    }

    // What the customer's metrics say must hold before their own rows are looked at: a
    // last event (or order) inside the period's start, a first one before its end, at
    // least K of them. The metrics are refreshed with every write to the history, and
    // one column costs far less than a look into the index of a busy customer's rows.
    std::string metricsAllow(const SegmentNode &node, const char *last, const char *firstAt, const char *count)
    {
        std::string sql;
        const auto [first, end] = period(node);
        if (first)
            sql += std::string("m.") + last + " >= " + bind(SqlValue(*first)) + " AND ";
        if (end)
            sql += std::string("m.") + firstAt + " < " + bind(SqlValue(*end)) + " AND ";
        if (node.minCount > 1)
            sql += std::string("m.") + count + " >= " + bind(SqlValue(qint64(node.minCount))) + " AND ";
        return sql;
    }

    // The condition from the customer's metrics alone, when they answer it exactly: no
    // filter on the rows (`filtered`), and a period open on at least one side (at least one
    // row since the start: the last is; before the end: the first is), or none at all (at
    // least K rows: the count). The metrics count what the conditions count: orders of a
    // positive amount, events of any kind.
    std::optional<std::string> fromMetrics(const SegmentNode &node, bool filtered, const char *last,
                                           const char *firstAt, const char *count)
    {
        if (filtered)
            return std::nullopt;
        const auto [first, end] = period(node);
        if (first && end)
            return std::nullopt;
        if (first || end) {
            if (node.minCount > 1)
                return std::nullopt;
            const std::string col = std::string("m.") + (first ? last : firstAt);
            return "(" + col + " IS NOT NULL AND " + col + (first ? " >= " : " < ")
                + bind(SqlValue(first ? *first : *end)) + ")";
        }
        return std::string("(m.") + count + " >= " + bind(SqlValue(qint64(std::max(1, node.minCount)))) + ")";
    }

    // Whether the index range a set would read (`range`, over `table`) holds few rows:
    // then one pass over them into a set costs less than a look at the rows of each
    // customer the conditions before let through. Reads at most that many index entries
    // (100,000; MWB_SEGMENT_FEW_ROWS sets another bound, so tests can take either path).
    static qint64 fewRows()
    {
        bool set = false;
        const int bound = qEnvironmentVariableIntValue("MWB_SEGMENT_FEW_ROWS", &set);
        return set ? bound : 100000;
    }
    bool few(const std::string &table, const std::function<std::string()> &range)
    {
        const qint64 kFewRows = fewRows();
        if (kFewRows <= 0)
            return false;
        std::vector<SqlValue> local;
        const std::string where = apart(range, local);
        SQLite::Statement query(m_db,
                                "SELECT count(*) FROM (SELECT 1 FROM " + table + " WHERE " + where + " LIMIT "
                                    + std::to_string(kFewRows) + ")");
        bindSegmentParams(query, local);
        query.executeStep();
        return query.getColumn(0).getInt64() < kFewRows;
    }

    std::string event(const SegmentNode &node)
    {
        std::optional<qint64> campaign;
        if (!node.campaign.isUndefined() && !node.campaign.isNull()) {
            campaign = campaignId(node.campaign);
            if (!campaign)
                return "0";
        }
        if (auto exact = fromMetrics(node, !node.type.isEmpty() || !node.channel.isEmpty() || campaign, "last_event_at",
                                     "first_event_at", "events"))
            return *exact;
        const auto [first, end] = period(node);
        const std::string allow = metricsAllow(node, "last_event_at", "first_event_at", "events");
        // One pass over the rows of events_type in the period into a set of customers, when
        // reading them costs less than a look at the rows of each customer the conditions
        // before let through: a look costs about as much as reading kRowsPerLook rows. Both
        // numbers are estimated from samples of the customers; the pass gives up at twice
        // what would still pay, so a wrong guess costs at most that. Asked of nearly every
        // customer, a set of one type always pays. MWB_SEGMENT_FEW_ROWS=0 turns sets off
        // after a cheaper condition (tests).
        constexpr qint64 kRowsPerLook = 16;
        const qint64 few = fewRows();
        std::optional<qint64> budget;
        if (m_guard >= 2 && !node.type.isEmpty()) {
            budget = -1;
        } else if (few > 0) {
            // Those who would look: who pass the conditions before and the metrics test.
            std::string condition;
            for (const std::string &guard : m_guards)
                condition += guard + " AND ";
            const qint64 pays =
                std::max(few, m_sample.passing(condition + allow + "1", params, m_joined) * kRowsPerLook);
            if (m_sample.eventRows(node.type, first, end) <= pays)
                budget = 2 * pays;
        }
        if (budget) {
            const EventRows rows{node.type, first, end, node.channel, campaign, std::max(1, node.minCount)};
            if (auto set = buildEventSet(m_db, rows, *budget))
                return "mwb_in_set(" + bind(SqlValue(std::make_shared<const BoundCustomerSet>(std::move(set))))
                    + ", m.customer_id)";
        }
        // One customer's events of the period, read from the events table itself (clustered by
        // customer and time): the planner must not be tempted by events_type, which would
        // read every event of the type for each customer.
        std::string from = "events e INDEXED BY sqlite_autoindex_events_1 WHERE e.customer_id = " + m_key;
        if (!node.type.isEmpty())
            from += " AND e.type = " + bindText(node.type) + " COLLATE NOCASE";
        if (!node.channel.isEmpty())
            from += " AND e.channel = " + bindText(node.channel) + " COLLATE NOCASE";
        if (campaign)
            from += " AND e.campaign_id = " + bind(SqlValue(*campaign));
        from += since(node, "e.occurred_at");
        return "(" + allow + atLeast(from, node.minCount) + ")";
    }

    // The condition on a line and its product (l, p) that a purchase of `node` asks: one of the
    // codes, categories, brands, and a name holding the text, on a line bought.
    std::string lineFilter(const SegmentNode &node)
    {
        const auto anyOf = [this](const char *column, const QStringList &items, bool nocase) {
            std::string list;
            for (const QString &item : items)
                list += (list.empty() ? "" : ", ") + bindText(item);
            return std::string(" AND ") + column + (nocase ? " COLLATE NOCASE" : "") + " IN (" + list + ")";
        };
        std::string sql = "l.amount_minor > 0";
        if (!node.products.isEmpty())
            sql += anyOf("p.code", node.products, false);
        if (!node.categories.isEmpty())
            sql += anyOf("p.category", node.categories, true);
        if (!node.brands.isEmpty())
            sql += anyOf("p.brand", node.brands, true);
        if (!node.productContains.isEmpty())
            sql += " AND " + like("coalesce(p.name, p.code)", node.productContains, Match::Anywhere);
        return sql;
    }

    std::string purchase(const SegmentNode &node)
    {
        if (auto exact = fromMetrics(node, node.minAmount || !node.channel.isEmpty() || node.readsLines(),
                                     "last_purchase_at", "first_purchase_at", "orders"))
            return *exact;
        auto filter = [this, &node] {
            std::string sql = "t.amount_minor > 0" + since(node, "t.ordered_at");
            if (node.minAmount)
                sql += " AND t.amount_minor >= " + bind(SqlValue(minor(*node.minAmount)));
            if (!node.channel.isEmpty())
                sql += " AND t.channel = " + bindText(node.channel) + " COLLATE NOCASE";
            return sql;
        };
        if (node.readsLines()) {
            // One pass from the products asked about to their lines and orders: the few
            // products of a condition name a small share of all lines.
            return "(" + selectedSet([&] {
                       std::string sql = "SELECT t.customer_id FROM products p JOIN order_lines l INDEXED BY "
                                         "order_lines_product ON l.product_id = p.id JOIN transactions t ON t.id = "
                                         "l.order_id WHERE "
                           + lineFilter(node) + " AND " + filter() + " AND t.customer_id IS NOT NULL";
                       if (node.minCount > 1)
                           sql += " GROUP BY t.customer_id HAVING count(DISTINCT t.id) >= "
                               + bind(SqlValue(qint64(node.minCount)));
                       return sql;
                   })
                + ")";
        }
        const bool asSet = hasWindow(node) && (m_guard >= 2 || few("transactions t INDEXED BY transactions_time", [&] {
                                                   return "1" + since(node, "t.ordered_at");
                                               }));
        if (asSet) {
            // One pass over the orders of the period (transactions_time leads with the
            // time); guests' orders have no customer.
            return "(" + selectedSet([&] {
                       std::string sql = "SELECT t.customer_id FROM transactions t INDEXED BY transactions_time WHERE "
                           + filter() + " AND t.customer_id IS NOT NULL";
                       if (node.minCount > 1)
                           sql += " GROUP BY t.customer_id HAVING count(*) >= " + bind(SqlValue(qint64(node.minCount)));
                       return sql;
                   })
                + ")";
        }
        return "(" + metricsAllow(node, "last_purchase_at", "first_purchase_at", "orders")
            + atLeast("transactions t WHERE t.customer_id = " + m_key + " AND " + filter(), node.minCount) + ")";
    }

    std::optional<qint64> campaignId(const QJsonValue &campaign)
    {
        if (campaign.isDouble()) {
            const qint64 id = campaign.toInteger();
            SQLite::Statement query(m_db, "SELECT id FROM campaigns WHERE id = ?1");
            query.bind(1, static_cast<int64_t>(id));
            if (query.executeStep())
                return id;
            fail(QCoreApplication::translate("mwb::SegmentQuery", "unknown campaign %1").arg(id));
            return std::nullopt;
        }
        const QString name = campaign.toString();
        // The exact name first, then ignoring case, then a name written as its id.
        SQLite::Statement query(m_db,
                                "SELECT id FROM campaigns WHERE name = ?1 "
                                "UNION ALL SELECT id FROM campaigns WHERE name = ?1 COLLATE NOCASE "
                                "UNION ALL SELECT id FROM campaigns WHERE CAST(id AS TEXT) = ?1 LIMIT 1");
        query.bind(1, name.toStdString());
        if (query.executeStep())
            return query.getColumn(0).getInt64();
        fail(QCoreApplication::translate("mwb::SegmentQuery", "unknown campaign '%1'").arg(name));
        return std::nullopt;
    }

    void fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
    }

    SQLite::Database &m_db;
    // The cost of the cheapest condition every customer passes before this one is asked.
    int m_guard = kUnguarded;
    SegmentContext m_context;
    ContactNormalizer m_normalizer;
    // The customer's id in a look at the customer's own rows: m.customer_id, or c.id after
    // the join, so that SQLite asks it after the profile conditions. Sets (a membership
    // test costs less than reading the customer's profile) always name m.customer_id, so
    // that SQLite asks them before.
    std::string m_key;
    bool m_joined = false;
    // The conditions of the enclosing "all"s compiled so far: every customer a condition is
    // asked of has passed them.
    std::vector<std::string> m_guards;
    CustomerSample m_sample;
};

// Whether a definition reads a column of customers (a profile field), so that its query
// joins them; decided before compiling, as it names the customer's id for the compiler.
bool SegmentCompiler::readsCustomers(const SegmentNode &node)
{
    if (node.kind == SegmentNode::Kind::Field) {
        if (node.field == u"tag"_s || (node.field == u"lifecycle_stage"_s && node.asOf.isValid()))
            return false;
        const SegmentColumn &where = segmentColumn(node.field);
        const bool byIdentity = where.identityKind
            && (node.op == SegmentOp::Equal || node.op == SegmentOp::NotEqual || node.op == SegmentOp::In
                || node.op == SegmentOp::NotIn);
        return !byIdentity && where.sql && readsCustomerColumn(where.sql);
    }
    return std::any_of(node.children.begin(), node.children.end(), readsCustomers);
}

std::string SegmentCompiler::fromClause(bool usesCustomers)
{
    // CROSS JOIN keeps customer_metrics the outer loop (SQLite does not reorder it): the
    // range of ids and the metrics conditions come first, then the profile, then the
    // customer's own rows.
    return usesCustomers ? " FROM customer_metrics m CROSS JOIN customers c ON c.id = m.customer_id"
                         : " FROM customer_metrics m";
}

SegmentCompiler::SegmentCompiler(SQLite::Database &db, const SegmentContext &context, bool customersJoined)
    : m_impl(std::make_unique<Impl>(db, context, customersJoined))
{
}

SegmentCompiler::~SegmentCompiler() = default;

std::string SegmentCompiler::node(const SegmentNode &node)
{
    return m_impl->node(node);
}

const std::vector<SqlValue> &SegmentCompiler::params() const
{
    return m_impl->params;
}

std::vector<SqlValue> SegmentCompiler::takeParams()
{
    return std::move(m_impl->params);
}

const QString &SegmentCompiler::error() const
{
    return m_impl->error;
}

bool SegmentCompiler::usesCustomers() const
{
    return m_impl->usesCustomers;
}

} // namespace mwb
