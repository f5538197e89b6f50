// ProgrammeDefinition: what a programme is, read from and written to its JSON
// (docs/PROGRAMMES.md gives the grammar). A programme has a trigger that makes customers
// enter, an optional audience they must also be in, steps they go through by day, a holdout
// share drawn once per customer, a re-entry rule, a priority among programmes and an
// output folder for each wave's list. Steps are numbered from 1 in the order written,
// branches included; `steps` holds them in that order, each knowing the step after it.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace mwb {

enum class TriggerType {
    StageEntered,   // entered a 5A stage that day
    SegmentEntered, // newly a member of a saved segment since the last run
    Schedule,       // all members of a saved segment, on each due day
    Date,           // a date field of the customer plus offset_days is the day
    Event,          // a touchpoint of a type that day
};

enum class ScheduleEvery {
    Day,
    Week,
    Month
};

struct ProgrammeTrigger
{
    TriggerType type = TriggerType::StageEntered;
    QString stage;   // StageEntered: aware, attempt, adopt, advocate, abandon
    QString segment; // SegmentEntered, Schedule: a saved segment's name
    ScheduleEvery every = ScheduleEvery::Day;
    QString field; // Date: a date field of segments (signup_date, replenishment_due…)
    int offsetDays = 0;
    QString eventType; // Event
};

enum class StepKind {
    Send,
    Wait,
    Branch,
    Exit
};

enum class StepCondition {
    Responded, // opened, clicked or converted on a wave of this entry
    Purchased  // an order since the entry
};

struct ProgrammeStep
{
    int number = 0; // 1, 2, … in the order written
    StepKind kind = StepKind::Send;
    // Send
    QString channel;
    QString offer;
    qint64 costPerContactMinor = 0;
    // Wait
    int waitDays = 0;
    // Branch and Exit
    StepCondition condition = StepCondition::Purchased;
    QString response; // Responded: opened, clicked, converted
    // Where a member goes next, as indexes into ProgrammeDefinition::steps; -1: the end.
    int next = -1;
    int thenStep = -1; // Branch: the first step of `then` (its `next` when `then` is empty)
    int elseStep = -1;
};

struct ProgrammeOutput
{
    QString folder;                         // empty: no files (the waves can be exported as campaigns)
    QString format = QStringLiteral("csv"); // csv, xlsx, hashed
};

struct ProgrammeDefinition
{
    QString name;
    ProgrammeTrigger trigger;
    QString audienceSegment;    // a saved segment's name, or
    QJsonObject audienceInline; // an inline segment definition (empty: everyone)
    std::vector<ProgrammeStep> steps;
    double holdout = 0.1;
    quint64 seed = 1;
    std::optional<int> reentryDays; // nothing: never re-enters
    int priority = 5;               // 1 first
    int attributionDays = 14;       // a wave's conversion window (days after the send)
    ProgrammeOutput output;
    QJsonObject json; // the definition as given

    static constexpr double kMaxHoldout = 0.9;
    static constexpr int kMaxSteps = 100;
};

struct ProgrammeParse
{
    ProgrammeDefinition definition;
    QString error; // "steps[2].branch.if: …": where and what; empty when valid
    bool ok() const { return error.isEmpty(); }
};

// Reads a definition; money (cost_per_contact) in major units of the workspace currency.
ProgrammeParse parseProgramme(const QJsonObject &json, int minorPerMajor);
ProgrammeParse parseProgramme(const QByteArray &text, int minorPerMajor);

QString triggerTypeName(TriggerType type);
// The date fields a date trigger can name.
QStringList programmeDateFields();

} // namespace mwb
