// WorkspaceCheck: what `mwb check` reports about a workspace: SQLite's own integrity check
// (every page and index), the foreign keys, the customers' search index against the
// customers, and the derived tables against the raw history they are computed from (daily
// sales against the orders; each customer's figures, NPS, stage history, stage and RFM
// scores against a recomputation made and rolled back). The derived tables are checked
// only where the workspace can be written (the recomputation needs a transaction).
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace mwb {

struct CheckReport
{
    QString error;                         // the workspace could not be read at all
    QStringList integrity;                 // SQLite's findings; empty when sound
    QMap<QString, qint64> foreignKeys;     // table -> rows whose reference leads nowhere
    QString searchIndex;                   // empty when the index agrees with the customers
    qint64 salesDailyMismatches = 0;       // days whose stored sales differ from the orders
    qint64 customerMonthsMismatches = 0;   // customers' months whose stored orders differ
    qint64 customerMetricsMismatches = -1; // customers whose stored figures differ; -1: not checked
    qint64 customers = 0;
    bool derivedChecked = false;

    bool ok() const
    {
        return error.isEmpty() && integrity.isEmpty() && foreignKeys.isEmpty() && searchIndex.isEmpty()
            && salesDailyMismatches == 0 && customerMonthsMismatches == 0 && customerMetricsMismatches <= 0;
    }
};

class WorkspaceCheck
{
public:
    static CheckReport run(const QString &workspacePath);
};

} // namespace mwb
