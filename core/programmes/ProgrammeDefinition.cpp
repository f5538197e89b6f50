#include "ProgrammeDefinition.h"

#include "campaigns/Campaign.h"
#include "segments/SegmentDefinition.h"
#include "segments/SegmentField.h"
#include "vocabulary/LifecycleStage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>
#include <map>
#include <limits>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::ProgrammeDefinition)
};

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return u"'%1'"_s.arg(value.toString());
    if (value.isUndefined())
        return u"nothing"_s;
    QJsonArray wrap{value};
    const QByteArray text = QJsonDocument(wrap).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

class Reader
{
public:
    explicit Reader(int minorPerMajor)
        : m_minorPerMajor(minorPerMajor)
    {
    }

    QString error;

    bool fail(const QString &path, const QString &message)
    {
        if (error.isEmpty())
            error = path.isEmpty() ? message : u"%1: %2"_s.arg(path, message);
        return false;
    }

    bool onlyKeys(const QJsonObject &object, const QString &path, const QStringList &keys)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!keys.contains(it.key()))
                return fail(join(path, it.key()), Text::tr("unknown key (known: %1)").arg(keys.join(u", "_s)));
        }
        return true;
    }

    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }

    bool text(const QJsonObject &object, const QString &key, const QString &path, QString *out, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                return fail(join(path, key), Text::tr("missing"));
            return true;
        }
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return fail(join(path, key), Text::tr("takes a non-empty text, not %1").arg(jsonText(value)));
        *out = value.toString().trimmed();
        return true;
    }

    bool integer(const QJsonObject &object, const QString &key, const QString &path, qint64 low, qint64 high,
                 qint64 *out, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                return fail(join(path, key), Text::tr("missing"));
            return true;
        }
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || std::floor(number) != number || number < static_cast<double>(low)
            || number > static_cast<double>(high)) {
            return fail(join(path, key),
                        Text::tr("takes a whole number from %1 to %2, not %3").arg(low).arg(high).arg(jsonText(value)));
        }
        *out = static_cast<qint64>(number);
        return true;
    }

    bool trigger(const QJsonValue &value, ProgrammeTrigger *out)
    {
        const QString path = u"trigger"_s;
        if (!value.isObject())
            return fail(path, Text::tr("takes an object with a type"));
        const QJsonObject object = value.toObject();
        QString type;
        if (!text(object, u"type"_s, path, &type, true))
            return false;
        if (type == u"stage_entered"_s) {
            out->type = TriggerType::StageEntered;
            if (!onlyKeys(object, path, {u"type"_s, u"stage"_s}) || !text(object, u"stage"_s, path, &out->stage, true))
                return false;
            if (!stageFromName(out->stage))
                return fail(join(path, u"stage"_s),
                            Text::tr("unknown stage '%1' (aware, attempt, adopt, advocate, abandon)").arg(out->stage));
            out->stage = out->stage.toLower();
        } else if (type == u"segment_entered"_s) {
            out->type = TriggerType::SegmentEntered;
            if (!onlyKeys(object, path, {u"type"_s, u"segment"_s})
                || !text(object, u"segment"_s, path, &out->segment, true))
                return false;
        } else if (type == u"schedule"_s) {
            out->type = TriggerType::Schedule;
            QString every;
            if (!onlyKeys(object, path, {u"type"_s, u"every"_s, u"segment"_s})
                || !text(object, u"every"_s, path, &every, true)
                || !text(object, u"segment"_s, path, &out->segment, true))
                return false;
            if (every == u"day"_s)
                out->every = ScheduleEvery::Day;
            else if (every == u"week"_s)
                out->every = ScheduleEvery::Week;
            else if (every == u"month"_s)
                out->every = ScheduleEvery::Month;
            else
                return fail(join(path, u"every"_s), Text::tr("takes day, week or month, not '%1'").arg(every));
        } else if (type == u"date"_s) {
            out->type = TriggerType::Date;
            qint64 offset = 0;
            if (!onlyKeys(object, path, {u"type"_s, u"field"_s, u"offset_days"_s})
                || !text(object, u"field"_s, path, &out->field, true)
                || !integer(object, u"offset_days"_s, path, -3660, 3660, &offset, false))
                return false;
            if (!programmeDateFields().contains(out->field))
                return fail(join(path, u"field"_s),
                            Text::tr("'%1' is not a date field (one of: %2)")
                                .arg(out->field, programmeDateFields().join(u", "_s)));
            out->offsetDays = static_cast<int>(offset);
        } else if (type == u"event"_s) {
            out->type = TriggerType::Event;
            if (!onlyKeys(object, path, {u"type"_s, u"event_type"_s})
                || !text(object, u"event_type"_s, path, &out->eventType, true))
                return false;
        } else {
            return fail(
                join(path, u"type"_s),
                Text::tr("unknown trigger '%1' (stage_entered, segment_entered, schedule, date, event)").arg(type));
        }
        return true;
    }

    bool condition(const QJsonValue &value, const QString &path, ProgrammeStep *step)
    {
        if (!value.isObject())
            return fail(path, Text::tr("takes {\"responded\": …} or {\"purchased\": true}"));
        const QJsonObject object = value.toObject();
        if (object.size() != 1)
            return fail(path, Text::tr("takes one of responded, purchased"));
        if (object.contains(u"responded"_s)) {
            const QString response = object.value(u"responded"_s).toString();
            if (response != u"opened"_s && response != u"clicked"_s && response != u"converted"_s)
                return fail(
                    join(path, u"responded"_s),
                    Text::tr("takes opened, clicked or converted, not %1").arg(jsonText(object.value(u"responded"_s))));
            step->condition = StepCondition::Responded;
            step->response = response;
            return true;
        }
        if (object.contains(u"purchased"_s)) {
            if (object.value(u"purchased"_s) != QJsonValue(true))
                return fail(join(path, u"purchased"_s), Text::tr("takes true"));
            step->condition = StepCondition::Purchased;
            return true;
        }
        return fail(join(path, object.begin().key()), Text::tr("unknown condition (responded, purchased)"));
    }

    // Reads a list of steps into `steps` (numbering them in order) and links them; the
    // members go to `continuation` after the last. Returns the index of the first step,
    // or `continuation` for an empty list.
    int stepList(const QJsonValue &value, const QString &path, std::vector<ProgrammeStep> *steps, bool allowEmpty)
    {
        if (!value.isArray())
            return fail(path, Text::tr("takes a list of steps")), -2;
        const QJsonArray list = value.toArray();
        if (list.isEmpty() && !allowEmpty)
            return fail(path, Text::tr("takes at least one step")), -2;
        std::vector<int> indexes;
        std::vector<std::pair<QJsonValue, QJsonValue>> branches; // of indexes with a branch: then, else
        std::vector<int> branchIndexes;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString here = u"%1[%2]"_s.arg(path).arg(i);
            if (static_cast<int>(steps->size()) >= ProgrammeDefinition::kMaxSteps)
                return fail(here, Text::tr("a programme has at most %1 steps").arg(ProgrammeDefinition::kMaxSteps)), -2;
            if (!list.at(i).isObject() || list.at(i).toObject().size() != 1)
                return fail(here, Text::tr("takes one of send, wait_days, branch, exit_if")), -2;
            const QJsonObject object = list.at(i).toObject();
            const QString key = object.begin().key();
            const QJsonValue inner = object.begin().value();
            ProgrammeStep step;
            step.number = static_cast<int>(steps->size()) + 1;
            const int index = static_cast<int>(steps->size());
            if (key == u"send"_s) {
                step.kind = StepKind::Send;
                const QString sendPath = join(here, key);
                if (!inner.isObject())
                    return fail(sendPath, Text::tr("takes an object with a channel")), -2;
                const QJsonObject send = inner.toObject();
                if (!onlyKeys(send, sendPath, {u"channel"_s, u"offer"_s, u"cost_per_contact"_s})
                    || !text(send, u"channel"_s, sendPath, &step.channel, true)
                    || !text(send, u"offer"_s, sendPath, &step.offer, false))
                    return -2;
                if (!isCampaignChannel(step.channel))
                    return fail(join(sendPath, u"channel"_s),
                                Text::tr("unknown channel '%1' (one of: %2)")
                                    .arg(step.channel, campaignChannels().join(u", "_s))),
                           -2;
                const QJsonValue cost = send.value(u"cost_per_contact"_s);
                if (!cost.isUndefined() && !cost.isNull()) {
                    if (!cost.isDouble() || !(cost.toDouble() >= 0) || cost.toDouble() > 1e9)
                        return fail(join(sendPath, u"cost_per_contact"_s),
                                    Text::tr("takes an amount of 0 or more, not %1").arg(jsonText(cost))),
                               -2;
                    step.costPerContactMinor = std::llround(cost.toDouble() * m_minorPerMajor);
                }
            } else if (key == u"wait_days"_s) {
                step.kind = StepKind::Wait;
                qint64 days = 0;
                if (!integer(object, key, here, 1, 3660, &days, true))
                    return -2;
                step.waitDays = static_cast<int>(days);
            } else if (key == u"branch"_s) {
                step.kind = StepKind::Branch;
                const QString branchPath = join(here, key);
                if (!inner.isObject())
                    return fail(branchPath, Text::tr("takes an object with if, then and else")), -2;
                const QJsonObject branch = inner.toObject();
                if (!onlyKeys(branch, branchPath, {u"if"_s, u"then"_s, u"else"_s}))
                    return -2;
                if (!branch.contains(u"if"_s))
                    return fail(join(branchPath, u"if"_s), Text::tr("missing")), -2;
                if (!condition(branch.value(u"if"_s), join(branchPath, u"if"_s), &step))
                    return -2;
                branches.emplace_back(branch.value(u"then"_s), branch.value(u"else"_s));
                branchIndexes.push_back(index);
            } else if (key == u"exit_if"_s) {
                step.kind = StepKind::Exit;
                if (!condition(inner, join(here, key), &step))
                    return -2;
            } else {
                return fail(join(here, key), Text::tr("unknown step (send, wait_days, branch, exit_if)")), -2;
            }
            steps->push_back(step);
            indexes.push_back(index);
            // A branch's own steps are numbered right after it, before the steps that follow.
            if (step.kind == StepKind::Branch) {
                const auto &[thenValue, elseValue] = branches.back();
                const QString branchPath = join(here, key);
                const int thenFirst =
                    thenValue.isUndefined() ? -3 : stepList(thenValue, join(branchPath, u"then"_s), steps, true);
                if (thenFirst == -2)
                    return -2;
                const int elseFirst =
                    elseValue.isUndefined() ? -3 : stepList(elseValue, join(branchPath, u"else"_s), steps, true);
                if (elseFirst == -2)
                    return -2;
                m_branchLists.push_back({index, thenFirst, elseFirst});
            }
        }
        m_lists.push_back(indexes);
        return indexes.empty() ? -3 : indexes.front();
    }

    // Links every list read: each step to the one after it in its list, the last of a
    // list to what follows its branch (or the end, for the top list).
    void link(std::vector<ProgrammeStep> &steps)
    {
        // The lists were recorded innermost first; the top list is the last. A list's last
        // step continues where its branch does, so lists are linked from the top down.
        std::vector<int> continuation(steps.size(), -1); // by a list's first index
        for (auto list = m_lists.rbegin(); list != m_lists.rend(); ++list) {
            if (list->empty())
                continue;
            const int after = continuationOf(list->front());
            for (std::size_t i = 0; i < list->size(); ++i)
                steps[static_cast<std::size_t>((*list)[i])].next = i + 1 < list->size() ? (*list)[i + 1] : after;
            for (const Branch &branch : m_branchLists) {
                if (std::find(list->begin(), list->end(), branch.index) == list->end())
                    continue;
                ProgrammeStep &step = steps[static_cast<std::size_t>(branch.index)];
                step.thenStep = branch.thenFirst >= 0 ? branch.thenFirst : step.next;
                step.elseStep = branch.elseFirst >= 0 ? branch.elseFirst : step.next;
                if (branch.thenFirst >= 0)
                    m_continuations[branch.thenFirst] = step.next;
                if (branch.elseFirst >= 0)
                    m_continuations[branch.elseFirst] = step.next;
            }
        }
    }

private:
    struct Branch
    {
        int index;
        int thenFirst; // -3: no steps
        int elseFirst;
    };
    int continuationOf(int first) const
    {
        const auto it = m_continuations.find(first);
        return it == m_continuations.end() ? -1 : it->second;
    }

    int m_minorPerMajor;
    std::vector<std::vector<int>> m_lists;
    std::vector<Branch> m_branchLists;
    std::map<int, int> m_continuations; // a branch list's first step -> where its end goes
};

} // namespace

QStringList programmeDateFields()
{
    QStringList fields;
    for (const SegmentField &field : SegmentFields::all()) {
        if (field.type == SegmentFieldType::Date)
            fields.append(field.name);
    }
    return fields;
}

QString triggerTypeName(TriggerType type)
{
    switch (type) {
    case TriggerType::StageEntered: return u"stage_entered"_s;
    case TriggerType::SegmentEntered: return u"segment_entered"_s;
    case TriggerType::Schedule: return u"schedule"_s;
    case TriggerType::Date: return u"date"_s;
    case TriggerType::Event: return u"event"_s;
    }
    return {};
}

ProgrammeParse parseProgramme(const QJsonObject &json, int minorPerMajor)
{
    ProgrammeParse parse;
    ProgrammeDefinition &d = parse.definition;
    d.json = json;
    Reader r(minorPerMajor);
    const auto done = [&parse, &r] {
        parse.error = r.error;
        return parse;
    };
    if (!r.onlyKeys(json, {},
                    {u"name"_s, u"trigger"_s, u"audience"_s, u"steps"_s, u"holdout"_s, u"seed"_s, u"reentry_days"_s,
                     u"priority"_s, u"output"_s, u"attribution_days"_s})
        || !r.text(json, u"name"_s, {}, &d.name, true))
        return done();
    if (d.name.size() > 200) {
        r.fail(u"name"_s, Text::tr("at most 200 characters"));
        return done();
    }
    if (!json.contains(u"trigger"_s)) {
        r.fail(u"trigger"_s, Text::tr("missing"));
        return done();
    }
    if (!r.trigger(json.value(u"trigger"_s), &d.trigger))
        return done();
    const QJsonValue audience = json.value(u"audience"_s);
    if (audience.isString()) {
        if (!r.text(json, u"audience"_s, {}, &d.audienceSegment, true))
            return done();
    } else if (audience.isObject()) {
        const SegmentParse segment = SegmentDefinition::fromJson(audience);
        if (!segment.ok()) {
            r.fail(u"audience"_s, segment.error);
            return done();
        }
        d.audienceInline = audience.toObject();
    } else if (!audience.isUndefined() && !audience.isNull()) {
        r.fail(u"audience"_s, Text::tr("takes a saved segment's name or a segment definition"));
        return done();
    }
    if (!json.contains(u"steps"_s)) {
        r.fail(u"steps"_s, Text::tr("missing"));
        return done();
    }
    if (r.stepList(json.value(u"steps"_s), u"steps"_s, &d.steps, false) == -2)
        return done();
    r.link(d.steps);
    const QJsonValue holdout = json.value(u"holdout"_s);
    if (!holdout.isUndefined()) {
        if (!holdout.isDouble() || !(holdout.toDouble() >= 0)
            || holdout.toDouble() > ProgrammeDefinition::kMaxHoldout) {
            r.fail(u"holdout"_s,
                   Text::tr("takes a share from 0 to %1, not %2")
                       .arg(ProgrammeDefinition::kMaxHoldout)
                       .arg(jsonText(holdout)));
            return done();
        }
        d.holdout = holdout.toDouble();
    }
    qint64 number = static_cast<qint64>(d.seed);
    if (!r.integer(json, u"seed"_s, {}, 0, (qint64(1) << 53), &number, false))
        return done();
    d.seed = static_cast<quint64>(number);
    if (json.contains(u"reentry_days"_s) && !json.value(u"reentry_days"_s).isNull()) {
        if (!r.integer(json, u"reentry_days"_s, {}, 0, 3660, &number, true))
            return done();
        d.reentryDays = static_cast<int>(number);
    }
    number = d.priority;
    if (!r.integer(json, u"priority"_s, {}, 1, 1000, &number, false))
        return done();
    d.priority = static_cast<int>(number);
    number = d.attributionDays;
    if (!r.integer(json, u"attribution_days"_s, {}, 1, 365, &number, false))
        return done();
    d.attributionDays = static_cast<int>(number);
    const QJsonValue output = json.value(u"output"_s);
    if (!output.isUndefined() && !output.isNull()) {
        if (!output.isObject()) {
            r.fail(u"output"_s, Text::tr("takes {\"folder\": …, \"format\": csv|xlsx|hashed}"));
            return done();
        }
        const QJsonObject o = output.toObject();
        if (!r.onlyKeys(o, u"output"_s, {u"folder"_s, u"format"_s})
            || !r.text(o, u"folder"_s, u"output"_s, &d.output.folder, true)
            || !r.text(o, u"format"_s, u"output"_s, &d.output.format, false))
            return done();
        if (d.output.format != u"csv"_s && d.output.format != u"xlsx"_s && d.output.format != u"hashed"_s) {
            r.fail(u"output.format"_s, Text::tr("takes csv, xlsx or hashed, not '%1'").arg(d.output.format));
            return done();
        }
    }
    bool sends = false;
    for (const ProgrammeStep &step : d.steps)
        sends = sends || step.kind == StepKind::Send;
    if (!sends)
        r.fail(u"steps"_s, Text::tr("no send step: the programme would contact nobody"));
    return done();
}

ProgrammeParse parseProgramme(const QByteArray &text, int minorPerMajor)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        ProgrammeParse parse;
        parse.error = Text::tr("not JSON at character %1: %2").arg(error.offset).arg(error.errorString());
        return parse;
    }
    if (!document.isObject()) {
        ProgrammeParse parse;
        parse.error = Text::tr("a programme is a JSON object");
        return parse;
    }
    return parseProgramme(document.object(), minorPerMajor);
}

} // namespace mwb
