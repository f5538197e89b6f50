#include "ProgrammeRunner.h"

#include "ContactCap.h"
#include "ProgrammeStore.h"
#include "campaigns/CampaignExport.h"
#include "campaigns/CampaignStore.h"
#include "lifecycle/Lifecycle.h"
#include "lifecycle/StageHistory.h"
#include "segments/SegmentColumns.h"
#include "segments/SegmentDefinition.h"
#include "segments/SegmentQuery.h"
#include "segments/SegmentStore.h"
#include "store/Days.h"
#include "store/GlobalControl.h"
#include "store/WorkspaceSettings.h"
#include "vocabulary/LifecycleStage.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::ProgrammeRunner)
};

constexpr qint64 kDay = 86400;
// Salt of the holdout hash, so a programme's holdout and the global control group differ
// even under the same seed.
constexpr quint64 kHoldoutSalt = 0x50524F4752414D4DULL; // "PROGRAMM"

using Ids = std::vector<qint64>; // ascending, distinct

Ids sorted(QList<qint64> list)
{
    Ids ids(list.begin(), list.end());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

Ids intersect(const Ids &a, const Ids &b)
{
    Ids out;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

Ids segmentIds(SQLite::Database &db, const QJsonValue &definition, QString *error)
{
    const SegmentParse parse = SegmentDefinition::fromJson(definition);
    if (!parse.ok()) {
        *error = parse.error;
        return {};
    }
    return sorted(SegmentQuery::ids(db, parse.node, error));
}

Ids savedSegmentIds(SQLite::Database &db, const QString &name, QString *error)
{
    const auto segment = SegmentStore::findByName(db, name);
    if (!segment) {
        *error = Text::tr("no saved segment named '%1'").arg(name);
        return {};
    }
    return segmentIds(db, segment->definition, error);
}

// One programme during one run: its definition and what its days share.
struct Programme
{
    SavedProgramme saved;
    ProgrammeDefinition d;
    qint32 fromDay = 0;
    std::optional<Ids> audience;        // evaluated once per run
    std::optional<Ids> segment;         // the trigger's segment, once per run
    std::map<qint32, Ids> stageEntries; // stage_entered: by day, over the run's days
    bool stageScanned = false;
    std::optional<qint32> firstRunDay;
};

struct Member
{
    qint64 customerId = 0;
    qint64 entry = 0;
    qint32 enteredDay = 0;
    QString group;
    int step = 0; // the step number to do next; 0: the end
};

// Who entered which stage on which day, over the days of a run: read once for all the
// programmes with a stage trigger.
struct StageEntries
{
    qint32 fromDay = 0;
    bool scanned = false;
    std::map<std::pair<qint32, LifecycleStage>, Ids> entries;
};

class DayRun
{
public:
    DayRun(SQLite::Database &db, Programme &p, qint32 day, qint32 lastDay, const GlobalControlGroup &global,
           const std::optional<ContactCap> &cap, StageEntries &stages)
        : m_db(db)
        , m_stages(stages)
        , m_p(p)
        , m_day(day)
        , m_lastDay(lastDay)
        , m_global(global)
        , m_cap(cap)
    {
    }

    // Runs the day; the rows it recorded (their files not yet written).
    QList<ProgrammeRunRow> run(QString *error)
    {
        const Ids entrants = enter(error);
        if (!error->isEmpty())
            return {};
        std::map<int, std::vector<Member>> sends; // by step number
        advance(sends);
        QList<ProgrammeRunRow> rows;
        for (auto &[step, members] : sends)
            rows.append(send(step, members, static_cast<qint64>(entrants.size())));
        if (rows.isEmpty()) {
            ProgrammeRunRow row;
            row.programme = m_p.d.name;
            row.day = dateOfDay(m_day);
            row.entered = static_cast<qint64>(entrants.size());
            record(row);
            rows.append(row);
        }
        SQLite::Statement ran(m_db,
                              "UPDATE programmes SET first_run_day = coalesce(first_run_day, ?2), last_run_day = ?2 "
                              "WHERE id = ?1");
        ran.bind(1, static_cast<int64_t>(m_p.saved.id));
        ran.bind(2, m_day);
        ran.exec();
        if (!m_p.firstRunDay)
            m_p.firstRunDay = m_day;
        return rows;
    }

private:
    // The customers the trigger names today.
    Ids triggered(QString *error)
    {
        const ProgrammeTrigger &t = m_p.d.trigger;
        switch (t.type) {
        case TriggerType::StageEntered: {
            if (!m_p.stageScanned)
                scanStages();
            const auto it = m_p.stageEntries.find(m_day);
            return it == m_p.stageEntries.end() ? Ids{} : it->second;
        }
        case TriggerType::SegmentEntered: {
            if (!m_p.segment)
                m_p.segment = savedSegmentIds(m_db, t.segment, error);
            if (!error->isEmpty())
                return {};
            Ids before;
            {
                SQLite::Statement state(
                    m_db, "SELECT customer_id FROM programme_segment_state WHERE programme_id = ?1 ORDER BY 1");
                state.bind(1, static_cast<int64_t>(m_p.saved.id));
                while (state.executeStep())
                    before.push_back(state.getColumn(0).getInt64());
            }
            Ids entered, left;
            std::set_difference(m_p.segment->begin(), m_p.segment->end(), before.begin(), before.end(),
                                std::back_inserter(entered));
            std::set_difference(before.begin(), before.end(), m_p.segment->begin(), m_p.segment->end(),
                                std::back_inserter(left));
            SQLite::Statement add(m_db,
                                  "INSERT INTO programme_segment_state(programme_id, customer_id) VALUES (?1, ?2)");
            SQLite::Statement drop(m_db,
                                   "DELETE FROM programme_segment_state WHERE programme_id = ?1 AND customer_id = ?2");
            for (auto [statement, ids] : {std::pair{&add, &entered}, std::pair{&drop, &left}}) {
                for (const qint64 id : *ids) {
                    statement->bind(1, static_cast<int64_t>(m_p.saved.id));
                    statement->bind(2, static_cast<int64_t>(id));
                    statement->exec();
                    statement->reset();
                }
            }
            // The first run only learns who is in: they did not newly enter.
            return m_p.firstRunDay ? entered : Ids{};
        }
        case TriggerType::Schedule: {
            if (!scheduleDue())
                return {};
            if (!m_p.segment)
                m_p.segment = savedSegmentIds(m_db, t.segment, error);
            return error->isEmpty() ? *m_p.segment : Ids{};
        }
        case TriggerType::Date: {
            if (t.field == u"replenishment_due"_s)
                return replenishmentDue(m_day - t.offsetDays);
            const QJsonObject condition{{u"field"_s, t.field},
                                        {u"op"_s, u"="_s},
                                        {u"value"_s, dateOfDay(m_day - t.offsetDays).toString(Qt::ISODate)}};
            return segmentIds(m_db, condition, error);
        }
        case TriggerType::Event: {
            SQLite::Statement events(m_db,
                                     "SELECT DISTINCT customer_id FROM events WHERE type = ?1 COLLATE NOCASE "
                                     "AND occurred_at >= ?2 AND occurred_at < ?3");
            events.bind(1, t.eventType.toStdString());
            events.bind(2, static_cast<int64_t>(m_day * kDay));
            events.bind(3, static_cast<int64_t>((m_day + 1) * kDay));
            Ids ids;
            while (events.executeStep())
                ids.push_back(events.getColumn(0).getInt64());
            std::sort(ids.begin(), ids.end());
            return ids;
        }
        }
        return {};
    }

    // The customers whose replenishment_due (segments/SegmentColumns.cpp) is `day`. Only a
    // customer with a purchase of a product with an interval on `day` less that interval can
    // be due then: those few, read by day from the orders, are checked against the field's
    // own definition (which, over every customer, would read every customer's lines).
    Ids replenishmentDue(qint32 day)
    {
        Ids candidates;
        std::vector<qint64> intervals; // the distinct intervals, in whole days
        {
            SQLite::Statement query(m_db, "SELECT DISTINCT CAST(round(median_days) AS INTEGER) FROM product_intervals");
            while (query.executeStep())
                intervals.push_back(query.getColumn(0).getInt64());
        }
        // For each interval, the orders of the day it reaches back to (CROSS JOIN keeps that
        // order: orders by day first, then their lines).
        SQLite::Statement query(m_db,
                                "SELECT DISTINCT t.customer_id FROM transactions t INDEXED BY transactions_time "
                                "CROSS JOIN order_lines l ON l.order_id = t.id CROSS JOIN product_intervals r ON "
                                "r.product_id = l.product_id WHERE t.ordered_at >= ?1 AND t.ordered_at < ?2 "
                                "AND CAST(round(r.median_days) AS INTEGER) = ?3 AND t.customer_id IS NOT NULL "
                                "AND t.amount_minor > 0 AND l.amount_minor > 0");
        for (const qint64 k : intervals) {
            query.bind(1, static_cast<int64_t>((day - k) * kDay));
            query.bind(2, static_cast<int64_t>((day - k + 1) * kDay));
            query.bind(3, static_cast<int64_t>(k));
            while (query.executeStep())
                candidates.push_back(query.getColumn(0).getInt64());
            query.reset();
        }
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        SQLite::Statement due(m_db,
                              std::string("SELECT (") + segmentColumn(u"replenishment_due"_s).sql
                                  + ") FROM customer_metrics m WHERE m.customer_id = ?1");
        Ids ids;
        for (const qint64 id : candidates) {
            due.bind(1, static_cast<int64_t>(id));
            if (due.executeStep() && !due.getColumn(0).isNull() && due.getColumn(0).getInt64() / 86400 == day)
                ids.push_back(id);
            due.reset();
        }
        return ids;
    }

    bool scheduleDue() const
    {
        const qint32 anchor = m_p.firstRunDay.value_or(m_day);
        switch (m_p.d.trigger.every) {
        case ScheduleEvery::Day: return true;
        case ScheduleEvery::Week: return (m_day - anchor) % 7 == 0;
        case ScheduleEvery::Month: {
            // The anchor's day of the month, or the month's last day when it is shorter.
            const QDate date = dateOfDay(m_day);
            const int wanted = std::min(dateOfDay(anchor).day(), date.daysInMonth());
            return date.day() == wanted;
        }
        }
        return false;
    }

    // The days this run covers, each with the customers who entered the stage that day: one
    // pass over the stage histories for every stage trigger of the run.
    void scanStages()
    {
        m_p.stageScanned = true;
        const LifecycleStage stage = *stageFromName(m_p.d.trigger.stage);
        if (!m_stages.scanned) {
            m_stages.scanned = true;
            SQLite::Statement histories(m_db,
                                        "SELECT customer_id, stage_history FROM customer_metrics "
                                        "WHERE stage_history IS NOT NULL ORDER BY customer_id");
            StageTransitions transitions;
            while (histories.executeStep()) {
                const SQLite::Column blob = histories.getColumn(1);
                decodeStageHistory(static_cast<const char *>(blob.getBlob()), blob.getBytes(), transitions);
                for (const StageTransition &t : transitions) {
                    if (t.day >= m_stages.fromDay && t.day <= m_lastDay)
                        m_stages.entries[{t.day, t.stage}].push_back(histories.getColumn(0).getInt64());
                }
            }
        }
        for (const auto &[key, ids] : m_stages.entries) {
            if (key.second == stage && key.first >= m_p.fromDay)
                m_p.stageEntries[key.first] = ids;
        }
    }

    Ids enter(QString *error)
    {
        Ids ids = triggered(error);
        if (!error->isEmpty() || ids.empty())
            return {};
        if (!m_p.d.audienceSegment.isEmpty() || !m_p.d.audienceInline.isEmpty()) {
            if (!m_p.audience) {
                m_p.audience = m_p.d.audienceSegment.isEmpty() ? segmentIds(m_db, m_p.d.audienceInline, error)
                                                               : savedSegmentIds(m_db, m_p.d.audienceSegment, error);
                if (!error->isEmpty())
                    return {};
            }
            ids = intersect(ids, *m_p.audience);
        }
        SQLite::Statement before(m_db,
                                 "SELECT max(entry), max(entered_day), count(*) FILTER (WHERE exited_day IS NULL) "
                                 "FROM programme_members WHERE programme_id = ?1 AND customer_id = ?2");
        SQLite::Statement insert(m_db,
                                 "INSERT INTO programme_members(programme_id, customer_id, entry, entered_day, grp, "
                                 "step, due_day) VALUES (?1, ?2, ?3, ?4, ?5, 1, ?4)");
        Ids entered;
        for (const qint64 id : ids) {
            before.bind(1, static_cast<int64_t>(m_p.saved.id));
            before.bind(2, static_cast<int64_t>(id));
            before.executeStep();
            const qint64 entries = before.getColumn(0).isNull() ? 0 : before.getColumn(0).getInt64();
            const qint64 lastEntered = before.getColumn(1).isNull() ? 0 : before.getColumn(1).getInt64();
            const bool active = before.getColumn(2).getInt64() > 0;
            before.reset();
            // In the programme still, or once in and not allowed back (yet).
            if (active || (entries > 0 && (!m_p.d.reentryDays || lastEntered + *m_p.d.reentryDays > m_day)))
                continue;
            const char *group = m_global.contains(id)                     ? "global_control"
                : unitHash(m_p.d.seed ^ kHoldoutSalt, id) < m_p.d.holdout ? "control"
                                                                          : "treatment";
            insert.bind(1, static_cast<int64_t>(m_p.saved.id));
            insert.bind(2, static_cast<int64_t>(id));
            insert.bind(3, static_cast<int64_t>(entries + 1));
            insert.bind(4, m_day);
            insert.bind(5, group);
            insert.exec();
            insert.reset();
            entered.push_back(id);
        }
        return entered;
    }

    bool purchased(const Member &m)
    {
        if (!m_purchased)
            m_purchased.emplace(m_db,
                                "SELECT 1 FROM transactions INDEXED BY transactions_customer WHERE customer_id = ?1 "
                                "AND ordered_at >= ?2 AND ordered_at < ?3 AND amount_minor > 0 LIMIT 1");
        m_purchased->bind(1, static_cast<int64_t>(m.customerId));
        m_purchased->bind(2, static_cast<int64_t>(m.enteredDay * kDay));
        m_purchased->bind(3, static_cast<int64_t>((m_day + 1) * kDay));
        const bool found = m_purchased->executeStep();
        m_purchased->reset();
        return found;
    }

    bool responded(const Member &m, const QString &response)
    {
        if (!m_responded)
            m_responded.emplace(m_db,
                                "SELECT 1 FROM events e JOIN programme_runs r ON r.campaign_id = e.campaign_id "
                                "WHERE e.customer_id = ?1 AND e.type = ?2 AND r.programme_id = ?3 AND r.day >= ?4 "
                                "AND e.occurred_at < ?5 LIMIT 1");
        m_responded->bind(1, static_cast<int64_t>(m.customerId));
        m_responded->bind(2, "campaign_" + response.toStdString());
        m_responded->bind(3, static_cast<int64_t>(m_p.saved.id));
        m_responded->bind(4, m.enteredDay);
        m_responded->bind(5, static_cast<int64_t>((m_day + 1) * kDay));
        const bool found = m_responded->executeStep();
        m_responded->reset();
        return found;
    }

    bool holds(const ProgrammeStep &step, const Member &m)
    {
        return step.condition == StepCondition::Purchased ? purchased(m) : responded(m, step.response);
    }

    // Moves every member due today through the steps, until a wait or the end.
    void advance(std::map<int, std::vector<Member>> &sends)
    {
        std::vector<Member> due;
        {
            SQLite::Statement query(m_db,
                                    "SELECT customer_id, entry, entered_day, grp, step FROM programme_members "
                                    "WHERE programme_id = ?1 AND exited_day IS NULL AND due_day <= ?2 "
                                    "ORDER BY customer_id, entry");
            query.bind(1, static_cast<int64_t>(m_p.saved.id));
            query.bind(2, m_day);
            while (query.executeStep()) {
                due.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getInt64(),
                               static_cast<qint32>(query.getColumn(2).getInt64()),
                               QString::fromStdString(query.getColumn(3).getString()), query.getColumn(4).getInt()});
            }
        }
        SQLite::Statement update(m_db,
                                 "UPDATE programme_members SET step = ?4, due_day = ?5, exited_day = ?6, "
                                 "exit_reason = ?7 WHERE programme_id = ?1 AND customer_id = ?2 AND entry = ?3");
        const std::vector<ProgrammeStep> &steps = m_p.d.steps;
        const int count = static_cast<int>(steps.size());
        for (Member &m : due) {
            int index = m.step >= 1 && m.step <= count ? m.step - 1 : -1;
            qint32 dueDay = m_day;
            const char *exitReason = nullptr;
            // Each step moves forward (a branch's steps come after it), so this ends.
            while (index >= 0) {
                const ProgrammeStep &step = steps[static_cast<std::size_t>(index)];
                if (step.kind == StepKind::Send) {
                    sends[step.number].push_back(m);
                    index = step.next;
                } else if (step.kind == StepKind::Wait) {
                    dueDay = m_day + step.waitDays;
                    index = step.next;
                    break;
                } else if (step.kind == StepKind::Branch) {
                    index = holds(step, m) ? step.thenStep : step.elseStep;
                } else if (holds(step, m)) {
                    exitReason = step.condition == StepCondition::Purchased ? "purchased" : "responded";
                    break;
                } else {
                    index = step.next;
                }
            }
            const bool waiting = dueDay > m_day && !exitReason;
            if (!waiting && !exitReason)
                exitReason = "completed";
            update.bind(1, static_cast<int64_t>(m_p.saved.id));
            update.bind(2, static_cast<int64_t>(m.customerId));
            update.bind(3, static_cast<int64_t>(m.entry));
            update.bind(4, index >= 0 ? steps[static_cast<std::size_t>(index)].number : 0);
            update.bind(5, dueDay);
            if (exitReason) {
                update.bind(6, m_day);
                update.bind(7, exitReason);
            } else {
                update.bind(6);
                update.bind(7);
            }
            update.exec();
            update.reset();
        }
    }

    // The members at a send step today: recorded by group, the contacted and the control
    // made a campaign wave.
    ProgrammeRunRow send(int number, const std::vector<Member> &members, qint64 entered)
    {
        const ProgrammeStep &step = m_p.d.steps[static_cast<std::size_t>(number - 1)];
        Ids treatment, control, global, capped;
        std::optional<SQLite::Statement> recent;
        if (m_cap) {
            recent.emplace(m_db,
                           "SELECT count(*) FROM programme_contacts INDEXED BY programme_contacts_customer "
                           "WHERE customer_id = ?1 AND grp = 'treatment' AND day > ?2 AND day <= ?3");
        }
        for (const Member &m : members) {
            if (m.group == u"control"_s) {
                control.push_back(m.customerId);
            } else if (m.group == u"global_control"_s) {
                global.push_back(m.customerId);
            } else if (recent) {
                recent->bind(1, static_cast<int64_t>(m.customerId));
                recent->bind(2, m_day - m_cap->days);
                recent->bind(3, m_day);
                recent->executeStep();
                const bool over = recent->getColumn(0).getInt64() >= m_cap->contacts;
                recent->reset();
                (over ? capped : treatment).push_back(m.customerId);
            } else {
                treatment.push_back(m.customerId);
            }
        }
        // A customer in the programme twice (re-entered before leaving cannot happen, but
        // two entries may meet at one step on one day) is one contact.
        for (Ids *ids : {&treatment, &control, &global, &capped}) {
            std::sort(ids->begin(), ids->end());
            ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
        }
        SQLite::Statement contact(m_db,
                                  "INSERT INTO programme_contacts(programme_id, step, day, customer_id, grp) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING");
        for (auto [ids, group] : {std::pair{&treatment, "treatment"}, std::pair{&control, "control"},
                                  std::pair{&global, "global_control"}, std::pair{&capped, "capped"}}) {
            for (const qint64 id : *ids) {
                contact.bind(1, static_cast<int64_t>(m_p.saved.id));
                contact.bind(2, number);
                contact.bind(3, m_day);
                contact.bind(4, static_cast<int64_t>(id));
                contact.bind(5, group);
                contact.exec();
                contact.reset();
            }
        }
        ProgrammeRunRow row;
        row.programme = m_p.d.name;
        row.day = dateOfDay(m_day);
        row.step = number;
        row.entered = entered;
        row.treatment = static_cast<qint64>(treatment.size());
        row.control = static_cast<qint64>(control.size());
        row.globalControl = static_cast<qint64>(global.size());
        row.capped = static_cast<qint64>(capped.size());
        if (!treatment.empty() || !control.empty()) {
            CampaignWave wave;
            wave.name = waveName(number);
            wave.channel = step.channel;
            wave.offer = step.offer;
            wave.audience = m_p.d.name;
            wave.sentAt = m_day * kDay;
            wave.attributionDays = m_p.d.attributionDays;
            wave.costPerContactMinor = step.costPerContactMinor;
            wave.holdout = m_p.d.holdout;
            wave.seed = m_p.d.seed;
            wave.origin = QJsonObject{{u"programme"_s, m_p.d.name}, {u"step"_s, number}};
            row.campaignId = CampaignStore::createWave(m_db, wave, treatment, control);
            if (!m_p.d.output.folder.isEmpty() && !treatment.empty())
                row.file = ProgrammeRunner::waveFile(m_p.d, number, row.day);
        }
        record(row);
        return row;
    }

    QString waveName(int number)
    {
        const QString base =
            Text::tr("%1 · step %2 · %3").arg(m_p.d.name).arg(number).arg(dateOfDay(m_day).toString(Qt::ISODate));
        SQLite::Statement taken(m_db, "SELECT 1 FROM campaigns WHERE name = ?1");
        QString name = base;
        for (int n = 2;; ++n) {
            taken.bind(1, name.toStdString());
            const bool exists = taken.executeStep();
            taken.reset();
            if (!exists)
                return name;
            name = u"%1 (%2)"_s.arg(base).arg(n);
        }
    }

    void record(const ProgrammeRunRow &row)
    {
        SQLite::Statement insert(m_db,
                                 "INSERT INTO programme_runs(programme_id, day, step, campaign_id, entered, treatment, "
                                 "control, global_control, capped, file) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        insert.bind(1, static_cast<int64_t>(m_p.saved.id));
        insert.bind(2, m_day);
        insert.bind(3, row.step);
        if (row.campaignId)
            insert.bind(4, static_cast<int64_t>(row.campaignId));
        else
            insert.bind(4);
        insert.bind(5, static_cast<int64_t>(row.entered));
        insert.bind(6, static_cast<int64_t>(row.treatment));
        insert.bind(7, static_cast<int64_t>(row.control));
        insert.bind(8, static_cast<int64_t>(row.globalControl));
        insert.bind(9, static_cast<int64_t>(row.capped));
        if (row.file.isEmpty())
            insert.bind(10);
        else
            insert.bind(10, row.file.toStdString());
        insert.exec();
    }

    SQLite::Database &m_db;
    StageEntries &m_stages;
    Programme &m_p;
    qint32 m_day;
    qint32 m_lastDay;
    const GlobalControlGroup &m_global;
    const std::optional<ContactCap> &m_cap;
    std::optional<SQLite::Statement> m_purchased;
    std::optional<SQLite::Statement> m_responded;
};

int minorPerMajorOf(SQLite::Database &db)
{
    return minorUnitsPerMajor(readSetting(db, WorkspaceSetting::Currency).value_or(u"CNY"_s));
}

// Writes a wave's list; an error message, empty when written.
QString writeList(SQLite::Database &db, qint64 campaignId, const QString &file, const QString &format)
{
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return Text::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(file).absolutePath()));
    CampaignExportRequest request;
    request.campaignId = campaignId;
    request.path = file;
    request.format = CampaignExport::formatFromName(format).value_or(CampaignListFormat::Csv);
    const CampaignExportResult result = CampaignExport::run(db, request);
    return result.ok() ? QString() : result.error;
}

} // namespace

QString ProgrammeRunner::waveFile(const ProgrammeDefinition &definition, int step, const QDate &day)
{
    // The programme's name as a file name: letters, digits (any script), - and _ kept.
    QString name;
    for (const QChar c : definition.name)
        name += c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : u'-';
    const QString suffix = definition.output.format == u"xlsx"_s ? u"xlsx"_s : u"csv"_s;
    return QDir(definition.output.folder)
        .filePath(u"%1-step%2-%3.%4"_s.arg(name).arg(step).arg(day.toString(Qt::ISODate), suffix));
}

QList<ProgrammeRunRow> ProgrammeRunner::writePendingLists(SQLite::Database &db)
{
    struct Pending
    {
        ProgrammeRunRow row;
        QString format;
    };
    QList<Pending> pending;
    {
        SQLite::Statement query(
            db,
            "SELECT p.name, p.definition, r.day, r.step, r.campaign_id, r.file FROM programme_runs r "
            "JOIN programmes p ON p.id = r.programme_id WHERE r.file IS NOT NULL "
            "AND r.campaign_id IS NOT NULL AND EXISTS (SELECT 1 FROM campaign_members m WHERE "
            "m.campaign_id = r.campaign_id AND m.grp = 'treatment' AND m.exported_at IS NULL) "
            "ORDER BY r.day, r.programme_id, r.step");
        while (query.executeStep()) {
            Pending p;
            p.row.programme = QString::fromStdString(query.getColumn(0).getString());
            const ProgrammeParse parse =
                parseProgramme(QByteArray::fromStdString(query.getColumn(1).getString()), minorPerMajorOf(db));
            p.format = parse.definition.output.format;
            p.row.day = dateOfDay(static_cast<qint32>(query.getColumn(2).getInt64()));
            p.row.step = query.getColumn(3).getInt();
            p.row.campaignId = query.getColumn(4).getInt64();
            p.row.file = QString::fromStdString(query.getColumn(5).getString());
            pending.append(p);
        }
    }
    QList<ProgrammeRunRow> written;
    for (Pending &p : pending) {
        p.row.error = writeList(db, p.row.campaignId, p.row.file, p.format);
        written.append(p.row);
    }
    return written;
}

ProgrammeRunResult ProgrammeRunner::run(SQLite::Database &db, const ProgrammeRunOptions &options)
{
    if (!options.dryRun)
        return runDays(db, options, false);
    // A dry run does everything in one transaction it rolls back.
    SQLite::Transaction dry(db, SQLite::TransactionBehavior::IMMEDIATE);
    return runDays(db, options, true);
}

ProgrammeRunResult ProgrammeRunner::simulate(SQLite::Database &db, const ProgrammeDefinition &definition,
                                             const QDate &from, const QDate &to)
{
    ProgrammeRunResult result;
    if (!from.isValid() || !to.isValid() || to < from) {
        result.error = Text::tr("A simulation needs a first and a last day, in that order.");
        return result;
    }
    // The programme as if saved the day before `from`, run, and everything rolled back.
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    QJsonObject json = definition.json;
    const QString name = u"\u001Fsimulation"_s;
    json.insert(u"name"_s, name);
    SQLite::Statement insert(db,
                             "INSERT INTO programmes(name, definition, first_run_day, last_run_day, created_at, "
                             "updated_at) VALUES (?1, ?2, ?3, ?4, 0, 0)");
    insert.bind(1, name.toStdString());
    insert.bind(2, QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString());
    insert.bind(3, dayNumber(from));
    insert.bind(4, dayNumber(from) - 1);
    insert.exec();
    ProgrammeRunOptions options;
    options.name = name;
    options.asOf = to;
    result = runDays(db, options, true);
    for (ProgrammeRunRow &row : result.runs) {
        row.programme = definition.name;
        row.file.clear();
    }
    return result; // rolled back
}

ProgrammeRunResult ProgrammeRunner::runDays(SQLite::Database &db, const ProgrammeRunOptions &options,
                                            bool inTransaction)
{
    ProgrammeRunResult result;
    result.asOf = options.asOf.isValid() ? options.asOf : Lifecycle::referenceDate(db);
    const qint32 lastDay = dayNumber(result.asOf);
    const int minorPerMajor = minorPerMajorOf(db);

    std::vector<Programme> programmes;
    for (const SavedProgramme &saved : ProgrammeStore::list(db)) {
        if (!options.name.isEmpty() && saved.name != options.name)
            continue;
        const ProgrammeParse parse = parseProgramme(saved.definition, minorPerMajor);
        if (!parse.ok()) {
            result.error = Text::tr("Programme '%1': %2").arg(saved.name, parse.error);
            return result;
        }
        Programme p;
        p.saved = saved;
        p.d = parse.definition;
        if (saved.firstRunDay)
            p.firstRunDay = dayNumber(*saved.firstRunDay);
        // A programme runs from the day after its last run; a new one from the as-of day.
        p.fromDay = saved.lastRunDay ? dayNumber(*saved.lastRunDay) + 1 : lastDay;
        programmes.push_back(std::move(p));
    }
    if (!options.name.isEmpty() && programmes.empty()) {
        result.error = Text::tr("No programme named '%1'.").arg(options.name);
        return result;
    }
    if (programmes.empty())
        return result;
    if (!inTransaction)
        result.runs.append(writePendingLists(db));

    const GlobalControlGroup global = GlobalControl::read(db);
    const std::optional<ContactCap> cap = ContactCap::read(db);
    qint32 firstDay = lastDay + 1;
    for (const Programme &p : programmes)
        firstDay = std::min(firstDay, p.fromDay);
    StageEntries stages;
    stages.fromDay = firstDay;

    for (qint32 day = firstDay; day <= lastDay; ++day) {
        for (Programme &p : programmes) { // in priority order
            if (day < p.fromDay)
                continue;
            QList<ProgrammeRunRow> rows;
            QString error;
            {
                std::optional<SQLite::Transaction> transaction;
                if (!inTransaction)
                    transaction.emplace(db, SQLite::TransactionBehavior::IMMEDIATE);
                DayRun run(db, p, day, lastDay, global, cap, stages);
                rows = run.run(&error);
                if (!error.isEmpty()) {
                    result.error =
                        Text::tr("Programme '%1', %2: %3").arg(p.d.name, dateOfDay(day).toString(Qt::ISODate), error);
                    return result; // the open transactions roll back
                }
                if (transaction)
                    transaction->commit();
            }
            if (!inTransaction) {
                for (ProgrammeRunRow &row : rows) {
                    if (!row.file.isEmpty())
                        row.error = writeList(db, row.campaignId, row.file, p.d.output.format);
                }
            }
            result.runs.append(rows);
        }
    }
    return result;
}

} // namespace mwb
