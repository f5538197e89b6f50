#include "CustomerSummary.h"

#include "store/Days.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

namespace mwb {

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
