#include "CustomerDirectory.h"

#include "identity/ContactNormalizer.h"
#include "lifecycle/Lifecycle.h"
#include "metrics/RfmScores.h"
#include "segments/SegmentQuery.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <array>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::CustomerDirectory" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::CustomerDirectory)
};

struct SortSpec
{
    CustomerSort sort;
    QStringView name;
    QStringView label;
    const char *sql; // a fixed expression over c and m
};

constexpr std::array kSorts{
    SortSpec{CustomerSort::Id, u"id", u"Id", "c.id"},
    SortSpec{CustomerSort::ExternalId, u"external_id", u"External id", "c.external_id"},
    SortSpec{CustomerSort::Name, u"name", u"Name", "c.name"},
    SortSpec{CustomerSort::Email, u"email", u"E-mail", "c.email"},
    SortSpec{CustomerSort::City, u"city", u"City", "c.city"},
    SortSpec{CustomerSort::Tier, u"tier", u"Tier", "coalesce(m.tier, c.tier)"},
    SortSpec{CustomerSort::Stage, u"lifecycle_stage", u"Lifecycle stage", nullptr}, // stageOrderSql()
    SortSpec{CustomerSort::Orders, u"orders", u"Orders", "m.orders"},
    SortSpec{CustomerSort::Revenue, u"revenue", u"Revenue", "m.revenue_minor"},
    SortSpec{CustomerSort::LastPurchase, u"last_purchase_date", u"Last purchase", "m.last_purchase_at"},
    SortSpec{CustomerSort::RfmSegment, u"rfm_segment", u"RFM segment", nullptr}, // rfmRank()
    SortSpec{CustomerSort::PredictedClv, u"predicted_clv", u"Predicted CLV", "m.predicted_clv_minor"},
};

// RFM segments in the order of their worth (Champions first, Lost last), as stages sort in
// the order of the funnel: the same order whatever language shows their names.
const std::string &rfmRank()
{
    static const std::string sql = [] {
        std::string cases = "CASE m.rfm_segment";
        const QStringList &names = RfmScores::segmentNames();
        for (qsizetype i = 0; i < names.size(); ++i) {
            // The names are the program's own; an apostrophe is doubled as SQL writes it.
            const std::string literal = QString(names[i]).replace(u'\'', u"''"_s).toStdString();
            cases += " WHEN '" + literal + "' THEN " + std::to_string(i);
        }
        return cases + " END";
    }();
    return sql;
}

const SortSpec &spec(CustomerSort sort)
{
    for (const SortSpec &s : kSorts) {
        if (s.sort == sort)
            return s;
    }
    return kSorts.front();
}

constexpr const char *kRowColumns =
    "c.id, c.external_id, c.name, c.email, c.phone, c.city, coalesce(m.tier, c.tier), m.lifecycle_stage, m.orders, m.revenue_minor, "
    "m.last_purchase_at, m.rfm_segment, m.predicted_clv_minor";

CustomerListRow readRow(SQLite::Statement &q)
{
    CustomerListRow row;
    row.id = q.getColumn(0).getInt64();
    row.externalId = QString::fromUtf8(q.getColumn(1).getText());
    row.name = QString::fromUtf8(q.getColumn(2).getText());
    row.email = QString::fromUtf8(q.getColumn(3).getText());
    row.phone = QString::fromUtf8(q.getColumn(4).getText());
    row.city = QString::fromUtf8(q.getColumn(5).getText());
    row.tier = QString::fromUtf8(q.getColumn(6).getText());
    row.stage = QString::fromUtf8(q.getColumn(7).getText());
    row.orders = q.getColumn(8).getInt64();
    row.revenueMinor = q.getColumn(9).getInt64();
    if (!q.getColumn(10).isNull()) {
        const qint64 at = q.getColumn(10).getInt64();
        row.lastPurchase = QDate(1970, 1, 1).addDays(at >= 0 ? at / 86400 : -((-at + 86399) / 86400));
    }
    row.rfmSegment = QString::fromUtf8(q.getColumn(11).getText());
    if (!q.getColumn(12).isNull())
        row.predictedClvMinor = q.getColumn(12).getInt64();
    return row;
}

// The list's SQL: its compiled segment, the search, and the order.
struct ListSql
{
    std::string where;
    std::vector<SqlValue> params;
    std::string order;
    QString error;
};

// Quick search: any part of the name, e-mail, phone or external id (through the trigram
// index from three characters; shorter text by reading them), or exactly an e-mail, phone
// or id the customer has, normalised as imports normalise them.
void addSearch(ListSql &sql, const QString &text, const QString &region)
{
    auto param = [&sql](SqlValue value) {
        sql.params.push_back(std::move(value));
        return "?" + std::to_string(sql.params.size());
    };
    std::vector<std::string> any;
    if (text.size() >= 3) {
        QString phrase = text;
        phrase.replace(u'"', u"\"\""_s);
        any.push_back("c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH "
                      + param(SqlValue(QString(u"\""_s + phrase + u"\""_s).toStdString())) + ")");
    } else {
        const std::string t = param(SqlValue(text.toLower().toStdString()));
        any.push_back("instr(lower(c.name), " + t + ") > 0 OR instr(lower(c.email), " + t + ") > 0 OR instr(c.phone, "
                      + t + ") > 0 OR instr(lower(c.external_id), " + t + ") > 0");
    }
    const std::string raw = text.toStdString();
    const ContactNormalizer normalizer(region);
    if (const auto email = ContactNormalizer::email(raw))
        any.push_back("c.id IN (SELECT customer_id FROM identities WHERE kind = 'email' AND value = "
                      + param(SqlValue(*email)) + ")");
    if (const auto phone = normalizer.phone(raw))
        any.push_back("c.id IN (SELECT customer_id FROM identities WHERE kind = 'phone' AND value = "
                      + param(SqlValue(*phone)) + ")");
    if (const std::string id = ContactNormalizer::id(raw); !id.empty())
        any.push_back("c.id IN (SELECT customer_id FROM identities WHERE kind = 'external_id' AND value = "
                      + param(SqlValue(id)) + ")");
    std::string clause;
    for (const std::string &part : any)
        clause += (clause.empty() ? "(" : " OR ") + part;
    sql.where = "(" + sql.where + ") AND " + clause + ")";
}

ListSql listSql(SQLite::Database &db, const CustomerListQuery &query)
{
    ListSql out;
    const SegmentContext context = SegmentContext::load(db);
    const CompiledSegment compiled =
        SegmentQuery::compile(db, query.segment ? *query.segment : SegmentNode::group(SegmentNode::Kind::All), context);
    out.error = compiled.error;
    out.where = compiled.where;
    out.params = compiled.params;
    const QString text = query.search.simplified();
    if (!text.isEmpty())
        addSearch(out, text, context.region);
    const std::string expression = query.sort == CustomerSort::RfmSegment ? rfmRank()
        : query.sort == CustomerSort::Stage                               ? stageOrderSql("m.lifecycle_stage")
                                                                          : std::string(spec(query.sort).sql);
    const char *direction = query.descending ? " DESC" : "";
    // Customers without the value last, whichever the direction; ties by id.
    out.order = query.sort == CustomerSort::Id
        ? std::string(" ORDER BY c.id") + direction
        : " ORDER BY (" + expression + ") IS NULL, " + expression + direction + ", c.id" + direction;
    return out;
}

constexpr const char *kFrom = " FROM customers c JOIN customer_metrics m ON m.customer_id = c.id WHERE ";

} // namespace

QString CustomerDirectory::sortName(CustomerSort sort)
{
    return spec(sort).name.toString();
}

QString CustomerDirectory::sortLabel(CustomerSort sort)
{
    return spec(sort).label.toString();
}

QList<CustomerListRow> CustomerDirectory::firstPage(SQLite::Database &db, const CustomerListQuery &query, int limit,
                                                    QString *error)
{
    QList<CustomerListRow> rows;
    const ListSql sql = listSql(db, query);
    if (error)
        *error = sql.error;
    if (!sql.error.isEmpty())
        return rows;
    SQLite::Statement q(db,
                        std::string("SELECT ") + kRowColumns + kFrom + sql.where + sql.order + " LIMIT ?"
                            + std::to_string(sql.params.size() + 1));
    bindSegmentParams(q, sql.params);
    q.bind(static_cast<int>(sql.params.size() + 1), limit);
    while (q.executeStep())
        rows.append(readRow(q));
    return rows;
}

CustomerIds CustomerDirectory::orderedIds(SQLite::Database &db, const CustomerListQuery &query,
                                          const std::atomic_bool *cancel)
{
    CustomerIds result;
    try {
        const ListSql sql = listSql(db, query);
        result.error = sql.error;
        if (!sql.error.isEmpty())
            return result;
        SQLite::Statement q(db, "SELECT c.id" + std::string(kFrom) + sql.where + sql.order);
        bindSegmentParams(q, sql.params);
        while (q.executeStep()) {
            result.ids.push_back(q.getColumn(0).getInt64());
            if ((result.ids.size() & 0xffff) == 0 && cancel && cancel->load()) {
                result.cancelled = true;
                result.ids.clear();
                return result;
            }
        }
    } catch (const SQLite::Exception &e) {
        result.error = Text::tr("Cannot read the customers: %1").arg(QString::fromUtf8(e.what()));
    }
    return result;
}

QList<CustomerListRow> CustomerDirectory::rows(SQLite::Database &db, const std::vector<qint64> &ids)
{
    QList<CustomerListRow> out;
    if (ids.empty())
        return out;
    QJsonArray list;
    for (const qint64 id : ids)
        list.append(id);
    // The ids go in as one bound JSON array.
    SQLite::Statement q(db,
                        std::string("SELECT ") + kRowColumns
                            + " FROM customers c JOIN customer_metrics m ON m.customer_id = c.id "
                              "WHERE c.id IN (SELECT value FROM json_each(?1))");
    q.bind(1, QJsonDocument(list).toJson(QJsonDocument::Compact).toStdString());
    std::unordered_map<qint64, CustomerListRow> byId;
    while (q.executeStep()) {
        CustomerListRow row = readRow(q);
        byId.emplace(row.id, std::move(row));
    }
    for (const qint64 id : ids) {
        const auto it = byId.find(id);
        if (it != byId.end())
            out.append(it->second);
    }
    return out;
}

} // namespace mwb
