// ProgrammeReport: what a programme earned, against its holdout and against the global
// control group (docs/PROGRAMMES.md states each figure).
//
// A send step's figures are over its contacts (customer and day): a contact converts when
// the customer places an order (positive amount) within the programme's attribution_days
// from the day of the send; the control members at that step on that day are measured by
// the same rule, so uplift = treatment rate − control rate, with its 95 % interval
// (Newcombe) and the two-proportion p-value. Revenue is of those orders; cost is the step's
// cost per contact × the contacts whose list was exported.
//
// The programme's totals are over its entries: an entry converts when the customer orders
// within the programme's window from the day they entered (the longest path's waits plus
// attribution_days, the same for every entrant, so the groups are comparable). Incremental
// conversions = (treatment rate − comparison rate) × treatment entries; incremental revenue
// likewise with revenue per entry. By week of entry too.
#pragma once

#include "campaigns/UpliftStatistics.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace SQLite {
class Database;
}

namespace mwb {

struct ProgrammeGroupFigures
{
    qint64 members = 0;
    qint64 converted = 0;
    qint64 revenueMinor = 0;
    double rate() const { return members > 0 ? static_cast<double>(converted) / static_cast<double>(members) : 0; }
};

struct ProgrammeComparison
{
    std::optional<ProportionComparison> comparison; // none when a group is empty
    double incrementalConversions = 0;
    qint64 incrementalRevenueMinor = 0;
};

struct ProgrammeStepFigures
{
    int step = 0;
    QString channel;
    qint64 contacted = 0; // treatment contacts whose list was exported
    qint64 capped = 0;
    ProgrammeGroupFigures treatment;
    ProgrammeGroupFigures control;
    ProgrammeComparison uplift;
    qint64 costMinor = 0;
};

struct ProgrammeWeek
{
    QDate week; // its Monday
    ProgrammeGroupFigures treatment;
    ProgrammeGroupFigures control;
    double incrementalConversions = 0;
    double cumulativeIncrementalConversions = 0;
};

struct ProgrammeReportData
{
    QString name;
    int windowDays = 0;     // the programme window of an entry
    qint64 openEntries = 0; // entries whose window reaches past the data's last day
    QList<ProgrammeStepFigures> steps;
    ProgrammeGroupFigures treatment; // entries
    ProgrammeGroupFigures control;
    ProgrammeGroupFigures globalControl;
    ProgrammeComparison againstHoldout;
    ProgrammeComparison againstGlobalControl;
    qint64 costMinor = 0;
    QList<ProgrammeWeek> weeks;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

class ProgrammeReport
{
public:
    static ProgrammeReportData compute(SQLite::Database &db, const QString &name);
};

} // namespace mwb
