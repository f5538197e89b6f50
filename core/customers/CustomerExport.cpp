#include "CustomerExport.h"

#include "export/TableExport.h"
#include "segments/SegmentColumns.h"
#include "segments/SegmentQuery.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>
#include <QSet>

#include <array>
#include <cmath>
#include <string>
#include <utility>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::CustomerExport" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::CustomerExport)
};

// How a column's SQL value becomes a cell.
enum class Kind {
    Integer,
    Text,
    Day,         // epoch seconds -> the UTC day
    Money,       // minor units -> major units, rounded to the minor unit
    RecencyDays, // epoch seconds of the last order -> days before the reference day
    Score,       // a real number as stored (a propensity score, 0-1)
};

struct ColumnSpec
{
    QStringView name;
    QStringView label;
    const char *sql; // a fixed expression over c (customers) and m (customer_metrics)
    Kind kind;
};

// The one table of columns: names, labels and the SQL each is read with. Expressions are
// constants of this file; nothing a user types reaches them.
constexpr std::array kColumns{
    ColumnSpec{u"id", u"Id", "c.id", Kind::Integer},
    ColumnSpec{u"external_id", u"External id", "c.external_id", Kind::Text},
    ColumnSpec{u"name", u"Name", "c.name", Kind::Text},
    ColumnSpec{u"email", u"E-mail", "c.email", Kind::Text},
    ColumnSpec{u"phone", u"Phone", "c.phone", Kind::Text},
    ColumnSpec{u"address", u"Street address", "c.address", Kind::Text},
    ColumnSpec{u"postal_code", u"Postal code", "c.postal_code", Kind::Text},
    ColumnSpec{u"city", u"City", "c.city", Kind::Text},
    ColumnSpec{u"region", u"Region", "c.region", Kind::Text},
    ColumnSpec{u"country", u"Country", "c.country", Kind::Text},
    ColumnSpec{u"gender", u"Gender", "c.gender", Kind::Text},
    ColumnSpec{u"tier", u"Tier", "coalesce(m.tier, c.tier)", Kind::Text},
    ColumnSpec{u"tier_since", u"In the tier since", "m.tier_since", Kind::Day},
    // The member programme on the reference day (membership/PointsLedger.h).
    ColumnSpec{u"points_balance", u"Points balance", "m.points_balance", Kind::Integer},
    ColumnSpec{u"points_expiring", u"Points expiring soon", "m.points_expiring", Kind::Integer},
    ColumnSpec{u"points_expire_on", u"Oldest points expire on", "m.points_expire_at", Kind::Day},
    ColumnSpec{u"source_channel", u"Source channel", "c.source_channel", Kind::Text},
    ColumnSpec{u"signup_date", u"Signup date", "c.signup_at", Kind::Day},
    ColumnSpec{u"tags", u"Tags",
               "(SELECT group_concat(tag, '; ') FROM "
               "(SELECT tag FROM customer_tags t WHERE t.customer_id = c.id ORDER BY tag))",
               Kind::Text},
    ColumnSpec{u"lifecycle_stage", u"Lifecycle stage", "m.lifecycle_stage", Kind::Text},
    ColumnSpec{u"stage_since", u"In stage since", "m.stage_since", Kind::Day},
    ColumnSpec{u"orders", u"Orders", "m.orders", Kind::Integer},
    ColumnSpec{u"revenue", u"Revenue", "m.revenue_minor", Kind::Money},
    ColumnSpec{u"aov", u"Average order value",
               "CASE WHEN m.orders > 0 THEN CAST(m.revenue_minor AS REAL) / m.orders END", Kind::Money},
    ColumnSpec{u"first_purchase_date", u"First purchase", "m.first_purchase_at", Kind::Day},
    ColumnSpec{u"last_purchase_date", u"Last purchase", "m.last_purchase_at", Kind::Day},
    ColumnSpec{u"recency_days", u"Days since last purchase", "m.last_purchase_at", Kind::RecencyDays},
    ColumnSpec{u"r_score", u"R score", "m.r_score", Kind::Integer},
    ColumnSpec{u"f_score", u"F score", "m.f_score", Kind::Integer},
    ColumnSpec{u"m_score", u"M score", "m.m_score", Kind::Integer},
    ColumnSpec{u"rfm_segment", u"RFM segment", "m.rfm_segment", Kind::Text},
    ColumnSpec{u"predicted_clv", u"Predicted CLV", "m.predicted_clv_minor", Kind::Money},
    ColumnSpec{u"churn_score", u"Churn score", "m.churn_score", Kind::Score},
    ColumnSpec{u"purchase_score", u"Purchase score", "m.purchase_score", Kind::Score},
    // Read as the segment fields of the same names define them (segments/SegmentColumns).
    ColumnSpec{u"distinct_products", u"Different products bought", nullptr, Kind::Integer},
    ColumnSpec{u"favourite_category", u"Favourite category", nullptr, Kind::Text},
    ColumnSpec{u"replenishment_due", u"Replenishment due", nullptr, Kind::Day},
    ColumnSpec{u"referrals_made", u"Customers referred", nullptr, Kind::Integer},
};

// Campaign lists only: read from campaign_members `cm`.
constexpr ColumnSpec kMemberToken{u"member_token", u"Member token", "cm.member_token", Kind::Text};
constexpr ColumnSpec kArm{u"arm", u"Arm", "cm.arm", Kind::Text};

const ColumnSpec *findSpec(QStringView name)
{
    for (const ColumnSpec &spec : kColumns) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

constexpr qint64 kSecondsPerDay = 86400;
constexpr qint64 kProgressEvery = 1024;

qint64 epochDay(qint64 seconds)
{
    // Floor, so a time before 1970 falls on its own day.
    return seconds >= 0 ? seconds / kSecondsPerDay : -((-seconds + kSecondsPerDay - 1) / kSecondsPerDay);
}

ExportCell cellOf(const SQLite::Column &column, Kind kind, const SegmentContext &context)
{
    if (column.isNull())
        return std::monostate{};
    switch (kind) {
    case Kind::Integer: return static_cast<qint64>(column.getInt64());
    case Kind::Text: return QString::fromUtf8(column.getText());
    case Kind::Day: return QDate(1970, 1, 1).addDays(epochDay(column.getInt64()));
    case Kind::Money: return std::round(column.getDouble()) / context.minorPerMajor;
    case Kind::RecencyDays: return static_cast<qint64>(context.referenceDay - epochDay(column.getInt64()));
    case Kind::Score: return column.getDouble();
    }
    return std::monostate{};
}

} // namespace

const QList<CustomerColumn> &CustomerExport::columns()
{
    static const QList<CustomerColumn> all = [] {
        QList<CustomerColumn> list;
        for (const ColumnSpec &spec : kColumns)
            list.append({spec.name.toString(), spec.label.toString()});
        return list;
    }();
    return all;
}

QStringList CustomerExport::columnNames()
{
    QStringList names;
    for (const ColumnSpec &spec : kColumns)
        names.append(spec.name.toString());
    return names;
}

QStringList CustomerExport::defaultColumns()
{
    return {u"id"_s,
            u"external_id"_s,
            u"name"_s,
            u"email"_s,
            u"phone"_s,
            u"city"_s,
            u"tier"_s,
            u"lifecycle_stage"_s,
            u"orders"_s,
            u"revenue"_s,
            u"last_purchase_date"_s,
            u"rfm_segment"_s};
}

QString CustomerExport::validateColumns(const QStringList &columns)
{
    QSet<QString> seen;
    for (const QString &column : columns) {
        if (column.isEmpty())
            return Text::tr("An empty column name in the column list.");
        if (!findSpec(column))
            return Text::tr("Unknown column '%1' (known: %2).").arg(column, columnNames().join(u", "_s));
        if (seen.contains(column))
            return Text::tr("Column '%1' is listed twice.").arg(column);
        seen.insert(column);
    }
    return {};
}

CustomerExportResult CustomerExport::run(SQLite::Database &db, const CustomerExportRequest &request,
                                         const Progress &progress, const std::atomic_bool *cancel)
{
    TableExport out(request.path, request.options);
    CustomerExportResult result = write(db, request, out, progress, cancel);
    if (!result.ok())
        return result;
    result.error = out.commit();
    if (!result.error.isEmpty()) {
        result.problem = CustomerExportResult::Problem::File;
        result.rows = 0;
        result.file.clear();
    }
    return result;
}

CustomerExportResult CustomerExport::write(SQLite::Database &db, const CustomerExportRequest &request, TableExport &out,
                                           const Progress &progress, const std::atomic_bool *cancel)
{
    CustomerExportResult result;
    result.columns = request.columns.isEmpty() ? defaultColumns() : request.columns;
    result.error = validateColumns(result.columns);
    if (!result.error.isEmpty()) {
        result.problem = CustomerExportResult::Problem::Columns;
        return result;
    }
    QList<const ColumnSpec *> specs;
    std::string select;
    for (const QString &name : std::as_const(result.columns)) {
        specs.append(findSpec(name));
        const char *sql = specs.last()->sql ? specs.last()->sql : segmentColumn(specs.last()->name.toString()).sql;
        select += (select.empty() ? "" : ", ") + std::string(sql);
    }

    try {
        const SegmentContext context = SegmentContext::load(db);
        CompiledSegment compiled;
        compiled.where = "1";
        if (request.segment && request.ids.empty()) {
            compiled = SegmentQuery::compile(db, *request.segment, context);
            if (!compiled.ok()) {
                result.problem = CustomerExportResult::Problem::Segment;
                result.error = compiled.error;
                return result;
            }
        }
        std::string from =
            " FROM customers c JOIN customer_metrics m ON m.customer_id = c.id WHERE (" + compiled.where + ")";
        if (request.campaignTreatment > 0) {
            // The campaign's id is bound after the segment's parameters.
            from = " FROM campaign_members cm JOIN customers c ON c.id = cm.customer_id"
                   " JOIN customer_metrics m ON m.customer_id = c.id WHERE cm.campaign_id = ?"
                + std::to_string(compiled.params.size() + 1) + " AND cm.grp = 'treatment' AND (" + compiled.where + ")";
            if (!request.campaignArm.isEmpty())
                from += " AND cm.arm = ?" + std::to_string(compiled.params.size() + 2);
            if (request.campaignArms) {
                select = "cm.arm" + (select.empty() ? std::string() : ", " + select);
                result.columns.prepend(u"arm"_s);
                specs.prepend(&kArm);
            }
            select = "cm.member_token" + (select.empty() ? std::string() : ", " + select);
            result.columns.prepend(u"member_token"_s);
            specs.prepend(&kMemberToken);
        }
        std::string order = " ORDER BY c.id";
        std::string idList;
        if (!request.ids.empty()) {
            // The ids as one bound JSON array; rows in its order.
            from = " FROM json_each(?" + std::to_string(compiled.params.size() + 1)
                + ") AS ids JOIN customers c ON c.id = ids.value JOIN customer_metrics m ON m.customer_id = c.id";
            order = " ORDER BY ids.key";
            idList.push_back('[');
            for (const qint64 id : request.ids)
                idList += std::to_string(id) + ",";
            idList.back() = ']';
        }
        auto bindAll = [&](SQLite::Statement &statement) {
            bindSegmentParams(statement, compiled.params);
            if (!idList.empty())
                statement.bind(static_cast<int>(compiled.params.size() + 1), idList);
            else if (request.campaignTreatment > 0) {
                statement.bind(static_cast<int>(compiled.params.size() + 1),
                               static_cast<int64_t>(request.campaignTreatment));
                if (!request.campaignArm.isEmpty())
                    statement.bind(static_cast<int>(compiled.params.size() + 2), request.campaignArm.toStdString());
            }
        };

        qint64 total = -1;
        if (progress) {
            SQLite::Statement count(db, "SELECT count(*)" + from);
            bindAll(count);
            total = count.executeStep() ? count.getColumn(0).getInt64() : 0;
            progress(0, total);
        }

        result.error = out.begin(result.columns);
        if (!result.error.isEmpty()) {
            result.problem = CustomerExportResult::Problem::File;
            return result;
        }
        // Rows come in id order straight from the primary key, one at a time.
        SQLite::Statement query(db, "SELECT " + select + from + order);
        bindAll(query);
        ExportRow row(specs.size());
        while (query.executeStep()) {
            if (cancel && cancel->load()) {
                result.cancelled = true;
                out.discard();
                return result;
            }
            for (qsizetype i = 0; i < specs.size(); ++i)
                row[i] = cellOf(query.getColumn(static_cast<int>(i)), specs[i]->kind, context);
            result.error = out.writeRow(row);
            if (!result.error.isEmpty()) {
                result.problem = CustomerExportResult::Problem::File;
                return result;
            }
            if (progress && out.rows() % kProgressEvery == 0)
                progress(out.rows(), total);
        }
        result.rows = out.rows();
        result.file = out.filePath();
        if (progress)
            progress(result.rows, total);
    } catch (const SQLite::Exception &e) {
        out.discard();
        result.problem = CustomerExportResult::Problem::Workspace;
        result.error = Text::tr("Cannot read the customers: %1").arg(QString::fromUtf8(e.what()));
    }
    return result;
}

CustomerExportResult CustomerExport::runInWorkspace(const QString &workspacePath, const CustomerExportRequest &request,
                                                    const Progress &progress, const std::atomic_bool *cancel)
{
    try {
        auto db = Workspace::openConnection(workspacePath, Workspace::Access::ReadOnly);
        return run(*db, request, progress, cancel);
    } catch (const SQLite::Exception &e) {
        CustomerExportResult failed;
        failed.problem = CustomerExportResult::Problem::Workspace;
        failed.error = Text::tr("Cannot open the workspace: %1").arg(QString::fromUtf8(e.what()));
        return failed;
    }
}

} // namespace mwb
