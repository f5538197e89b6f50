#include "ProgrammeReport.h"

#include "ProgrammeDefinition.h"
#include "ProgrammeStore.h"
#include "lifecycle/Lifecycle.h"
#include "store/Days.h"
#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::ProgrammeReport)
};

// The most days a member can wait from entry to the end, over every path.
int longestWait(const std::vector<ProgrammeStep> &steps, int index)
{
    int days = 0;
    while (index >= 0) {
        const ProgrammeStep &step = steps[static_cast<std::size_t>(index)];
        if (step.kind == StepKind::Branch)
            return days + std::max(longestWait(steps, step.thenStep), longestWait(steps, step.elseStep));
        if (step.kind == StepKind::Wait)
            days += step.waitDays;
        index = step.next;
    }
    return days;
}

ProgrammeComparison compare(const ProgrammeGroupFigures &treatment, const ProgrammeGroupFigures &other)
{
    ProgrammeComparison c;
    if (treatment.members == 0 || other.members == 0)
        return c;
    c.comparison = UpliftStatistics::compare(treatment.converted, treatment.members, other.converted, other.members);
    c.incrementalConversions = c.comparison->difference * static_cast<double>(treatment.members);
    const double perEntry = static_cast<double>(treatment.revenueMinor) / static_cast<double>(treatment.members)
        - static_cast<double>(other.revenueMinor) / static_cast<double>(other.members);
    c.incrementalRevenueMinor = std::llround(perEntry * static_cast<double>(treatment.members));
    return c;
}

void add(ProgrammeGroupFigures &figures, bool converted, qint64 revenueMinor)
{
    ++figures.members;
    figures.converted += converted ? 1 : 0;
    figures.revenueMinor += revenueMinor;
}

// Orders (positive amounts) of the customer from ?2 to before ?3: how many, and their sum.
constexpr const char *kOrdersInWindow =
    "(SELECT count(*) FROM transactions t INDEXED BY transactions_customer WHERE t.customer_id = %1 "
    "AND t.ordered_at >= %2 AND t.ordered_at < %3 AND t.amount_minor > 0), "
    "(SELECT coalesce(sum(t.amount_minor), 0) FROM transactions t INDEXED BY transactions_customer "
    "WHERE t.customer_id = %1 AND t.ordered_at >= %2 AND t.ordered_at < %3 AND t.amount_minor > 0)";

std::string ordersInWindow(const char *customer, const char *from, const char *to)
{
    return QString::fromLatin1(kOrdersInWindow)
        .arg(QLatin1StringView(customer), QLatin1StringView(from), QLatin1StringView(to))
        .toStdString();
}

} // namespace

ProgrammeReportData ProgrammeReport::compute(SQLite::Database &db, const QString &name)
{
    ProgrammeReportData report;
    report.name = name;
    const auto saved = ProgrammeStore::find(db, name);
    if (!saved) {
        report.error = Text::tr("No programme named '%1'.").arg(name);
        return report;
    }
    const int minorPerMajor = minorUnitsPerMajor(readSetting(db, WorkspaceSetting::Currency).value_or(u"CNY"_s));
    const ProgrammeParse parse = parseProgramme(saved->definition, minorPerMajor);
    if (!parse.ok()) {
        report.error = parse.error;
        return report;
    }
    const ProgrammeDefinition &d = parse.definition;
    const qint64 attribution = d.attributionDays;
    report.windowDays = longestWait(d.steps, 0) + d.attributionDays;
    const qint32 lastDataDay = dayNumber(Lifecycle::referenceDate(db));

    // Steps: each contact with its orders in the window from the send.
    std::map<int, ProgrammeStepFigures> steps;
    {
        SQLite::Statement contacts(
            db,
            "SELECT c.step, c.grp, " + ordersInWindow("c.customer_id", "c.day * 86400", "(c.day + ?2) * 86400")
                + ", (SELECT m.exported_at IS NOT NULL FROM programme_runs r JOIN campaign_members m ON "
                  "m.campaign_id = r.campaign_id AND m.customer_id = c.customer_id WHERE r.programme_id = "
                  "c.programme_id AND r.day = c.day AND r.step = c.step) "
                  "FROM programme_contacts c WHERE c.programme_id = ?1");
        contacts.bind(1, static_cast<int64_t>(saved->id));
        contacts.bind(2, static_cast<int64_t>(attribution));
        while (contacts.executeStep()) {
            const int number = contacts.getColumn(0).getInt();
            ProgrammeStepFigures &s = steps[number];
            s.step = number;
            const std::string group = contacts.getColumn(1).getString();
            const bool converted = contacts.getColumn(2).getInt64() > 0;
            const qint64 revenue = contacts.getColumn(3).getInt64();
            if (group == "treatment") {
                add(s.treatment, converted, revenue);
                s.contacted += contacts.getColumn(4).getInt() == 1 ? 1 : 0;
            } else if (group == "control") {
                add(s.control, converted, revenue);
            } else if (group == "capped") {
                ++s.capped;
            }
        }
    }
    for (auto &[number, s] : steps) {
        if (number < 1 || number > static_cast<int>(d.steps.size()))
            continue; // a step of an earlier definition
        const ProgrammeStep &step = d.steps[static_cast<std::size_t>(number - 1)];
        s.channel = step.channel;
        s.uplift = compare(s.treatment, s.control);
        s.costMinor = step.costPerContactMinor * s.contacted;
        report.costMinor += s.costMinor;
        report.steps.append(s);
    }

    // Entries: orders in the programme window from the day of entry.
    std::map<qint32, ProgrammeWeek> weeks;
    {
        SQLite::Statement entries(
            db,
            "SELECT m.entered_day, m.grp, "
                + ordersInWindow("m.customer_id", "m.entered_day * 86400", "(m.entered_day + ?2) * 86400")
                + " FROM programme_members m WHERE m.programme_id = ?1");
        entries.bind(1, static_cast<int64_t>(saved->id));
        entries.bind(2, static_cast<int64_t>(report.windowDays));
        while (entries.executeStep()) {
            const auto day = static_cast<qint32>(entries.getColumn(0).getInt64());
            const std::string group = entries.getColumn(1).getString();
            const bool converted = entries.getColumn(2).getInt64() > 0;
            const qint64 revenue = entries.getColumn(3).getInt64();
            if (day + report.windowDays > lastDataDay + 1)
                ++report.openEntries;
            const QDate date = dateOfDay(day);
            const qint32 monday = day - (date.dayOfWeek() - 1);
            ProgrammeWeek &week = weeks[monday];
            week.week = dateOfDay(monday);
            if (group == "treatment") {
                add(report.treatment, converted, revenue);
                add(week.treatment, converted, revenue);
            } else if (group == "control") {
                add(report.control, converted, revenue);
                add(week.control, converted, revenue);
            } else {
                add(report.globalControl, converted, revenue);
            }
        }
    }
    report.againstHoldout = compare(report.treatment, report.control);
    report.againstGlobalControl = compare(report.treatment, report.globalControl);
    double cumulative = 0;
    for (auto &[monday, week] : weeks) {
        week.incrementalConversions = compare(week.treatment, week.control).incrementalConversions;
        cumulative += week.incrementalConversions;
        week.cumulativeIncrementalConversions = cumulative;
        report.weeks.append(week);
    }
    return report;
}

} // namespace mwb
