// WorkspaceRecovery: what `mwb recover` does with a damaged workspace: a new workspace is
// created and every row that can still be read from the damaged one is copied into it,
// table by table. A table is read in the order of its keys; where a damaged page stops the
// reading, the reading goes on after it (rowid tables by seeking past the damage, the
// others from their other end), so one bad page costs the rows on it, not the rest of the
// table. Rows whose references lead to rows that were lost are left out, and everything
// derived (daily sales, the search index, customer figures, stages, scores) is computed
// anew. The damaged file is only read.
#pragma once

#include <QList>
#include <QString>

namespace mwb {

struct RecoveredTable
{
    QString table;
    qint64 copied = 0;     // rows in the new workspace
    qint64 unreadable = 0; // damaged stretches met while reading
    qint64 leftOut = 0;    // rows read but dropped: their references lead to lost rows
};

struct RecoveryReport
{
    QString error; // nothing could be recovered; names the file and why
    QList<RecoveredTable> tables;
    bool ok() const { return error.isEmpty(); }
};

class WorkspaceRecovery
{
public:
    // Reads `damagedPath` and writes what it can into a new workspace at `newPath` (which must
    // not exist).
    static RecoveryReport run(const QString &damagedPath, const QString &newPath);
};

} // namespace mwb
