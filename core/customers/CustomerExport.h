// CustomerExport: a customer list (everyone, or the members of a segment) written as a
// table through TableExport. Knows the columns a customer list can carry, checks a
// requested column list, and streams the rows from SQLite in id order (memory does not
// grow with the list), reporting progress and hearing a cancel so the GUI can run it as
// a job. Money is in major units of the workspace currency.
#pragma once

#include "export/ExportOptions.h"
#include "segments/SegmentDefinition.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace SQLite {
class Database;
}

namespace mwb {

class TableExport;

struct CustomerColumn
{
    QString name;  // as in files and on the command line: "last_purchase_date"
    QString label; // English display name: "Last purchase"
};

struct CustomerExportRequest
{
    QString path;
    ExportOptions options;
    QStringList columns;                // empty: CustomerExport::defaultColumns()
    std::optional<SegmentNode> segment; // none: every customer
    // > 0: the treatment group of this campaign instead, each row led by its member_token.
    qint64 campaignTreatment = 0;
    // With campaignTreatment: an A/B/n campaign's lists carry each member's `arm` after the
    // token; `campaignArm` not empty: only that arm's members.
    bool campaignArms = false;
    QString campaignArm;
    // Not empty: exactly these customers, in this order (a list as a table shows it).
    std::vector<qint64> ids;
};

struct CustomerExportResult
{
    qint64 rows = 0;
    QString file;        // the absolute path written
    QStringList columns; // the columns written, in order
    enum class Problem {
        None,
        Columns,
        Segment,
        File,
        Workspace
    };
    Problem problem = Problem::None; // what `error` is about
    QString error;                   // nothing was written under the chosen name; names the file or the problem
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

class CustomerExport
{
public:
    // done and total: customers.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Every column, in the order files carry them.
    static const QList<CustomerColumn> &columns();
    static QStringList columnNames();
    // What a list carries when the caller does not choose.
    static QStringList defaultColumns();
    // Empty when every name is a known column and none is repeated; else the error, naming it.
    static QString validateColumns(const QStringList &columns);

    static CustomerExportResult run(SQLite::Database &db, const CustomerExportRequest &request,
                                    const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    // The same rows into `out`, begun here and left complete but not committed: the caller
    // commits (or prepares and publishes) it. `request.path` is not used.
    static CustomerExportResult write(SQLite::Database &db, const CustomerExportRequest &request, TableExport &out,
                                      const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    // For a worker thread: opens its own read-only connection to the workspace.
    static CustomerExportResult runInWorkspace(const QString &workspacePath, const CustomerExportRequest &request,
                                               const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
};

} // namespace mwb
