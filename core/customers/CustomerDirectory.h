// CustomerDirectory: the customers table over a million customers without loading it.
// A list is asked for by a CustomerListQuery (quick search, a segment, a sort); its first
// page comes at once (ORDER BY … LIMIT, stopping at the first matches), every matching id
// in order comes from orderedIds() on a worker (8 bytes a customer), and the rows of any
// stretch of those ids from rows(), so a view can jump anywhere.
//
// Quick search matches, ignoring case, any part of the name, e-mail, phone or external id
// (from three characters through a trigram index, shorter text by reading the columns),
// and exactly any e-mail, phone or id the customer has, normalised as imports do. An
// export of what a list shows takes its ids (CustomerExportRequest::ids), in its order.
#pragma once

#include "segments/SegmentDefinition.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

namespace SQLite {
class Database;
}

namespace mwb {

enum class CustomerSort {
    Id,
    ExternalId,
    Name,
    Email,
    City,
    Tier,
    Stage,
    Orders,
    Revenue,
    LastPurchase,
    RfmSegment,
    PredictedClv,
};

struct CustomerListQuery
{
    QString search;                     // empty: everyone (of the segment)
    std::optional<SegmentNode> segment; // only its members; a lifecycle stage is a segment too
    CustomerSort sort = CustomerSort::Id;
    bool descending = false;
};

struct CustomerListRow
{
    qint64 id = 0;
    QString externalId;
    QString name;
    QString email;
    QString phone;
    QString city;
    QString tier;
    QString stage; // lifecycle stage name ("adopt"), empty when unknown
    qint64 orders = 0;
    qint64 revenueMinor = 0;
    QDate lastPurchase;
    QString rfmSegment;
    std::optional<qint64> predictedClvMinor;
};

struct CustomerIds
{
    std::vector<qint64> ids; // every match, in the query's order
    QString error;
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

class CustomerDirectory
{
public:
    // "id", "external_id", … as CustomerExport names them, and the English label.
    static QString sortName(CustomerSort sort);
    static QString sortLabel(CustomerSort sort);

    // The first `limit` rows of the list; an error (an invalid segment) in `error`.
    static QList<CustomerListRow> firstPage(SQLite::Database &db, const CustomerListQuery &query, int limit,
                                            QString *error = nullptr);
    // Every matching id in order.
    static CustomerIds orderedIds(SQLite::Database &db, const CustomerListQuery &query,
                                  const std::atomic_bool *cancel = nullptr);
    // The rows of these customers, in this order (ids that no longer exist are left out).
    static QList<CustomerListRow> rows(SQLite::Database &db, const std::vector<qint64> &ids);
};

} // namespace mwb
