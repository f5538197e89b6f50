#include "ProgrammeTemplates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

struct Entry
{
    const char *key;
    const char *title;
    const char *description;
    const char *json; // the definition without its name
};

// The Lifecycle playbook's plays, each with a holdout of 10 %.
constexpr Entry kEntries[] = {
    {"welcome", QT_TRANSLATE_NOOP("mwb::ProgrammeTemplates", "Welcome series"),
     QT_TRANSLATE_NOOP("mwb::ProgrammeTemplates",
                       "New customers (Aware): a welcome on the day they become known, a second message three days "
                       "later unless they bought."),
     R"({"trigger": {"type": "stage_entered", "stage": "aware"},
         "steps": [{"send": {"channel": "email", "offer": "WELCOME"}}, {"wait_days": 3},
                   {"exit_if": {"purchased": true}}, {"send": {"channel": "email"}}],
         "holdout": 0.1, "seed": 1, "priority": 3})"},
    {"first_purchase", QT_TRANSLATE_NOOP("mwb::ProgrammeTemplates", "First-purchase nudge"),
     QT_TRANSLATE_NOOP("mwb::ProgrammeTemplates",
                       "Engaged but not buying (Attempt): an offer, and after a week an SMS to those who clicked "
                       "and did not buy."),
     R"({"trigger": {"type": "stage_entered", "stage": "attempt"},
         "steps": [{"send": {"channel": "email", "offer": "FIRST10"}}, {"wait_days": 7},
                   {"exit_if": {"purchased": true}},
                   {"branch": {"if": {"responded": "clicked"}, "then": [{"send": {"channel": "sms", "offer": "FIRST10"}}]}}],
         "holdout": 0.1, "seed": 2, "priority": 2})"},
    {"second_order", QT_TRANSLATE_NOOP("mwb::ProgrammeTemplates", "Second-order cross-sell"),
     QT_TRANSLATE_NOOP("mwb::ProgrammeTemplates",
                       "First buyers (Adopt): two weeks after the first order, what goes with it."),
     R"({"trigger": {"type": "stage_entered", "stage": "adopt"},
         "steps": [{"wait_days": 14}, {"exit_if": {"purchased": true}}, {"send": {"channel": "email", "offer": "CROSS"}}],
         "holdout": 0.1, "seed": 3, "priority": 3})"},
    {"referral", QT_TRANSLATE_NOOP("mwb::ProgrammeTemplates", "Advocate referral ask"),
     QT_TRANSLATE_NOOP("mwb::ProgrammeTemplates", "Loyal customers (Advocate): ask them to refer a friend."),
     R"({"trigger": {"type": "stage_entered", "stage": "advocate"},
         "steps": [{"send": {"channel": "wechat", "offer": "REFER"}}],
         "holdout": 0.1, "seed": 4, "reentry_days": 180, "priority": 4})"},
    {"win_back", QT_TRANSLATE_NOOP("mwb::ProgrammeTemplates", "Win-back"),
     QT_TRANSLATE_NOOP("mwb::ProgrammeTemplates",
                       "Lapsed customers (Abandon): an offer, and an SMS a week later to those who did not come back."),
     R"({"trigger": {"type": "stage_entered", "stage": "abandon"},
         "steps": [{"send": {"channel": "email", "offer": "BACK15"}}, {"wait_days": 7},
                   {"exit_if": {"purchased": true}}, {"send": {"channel": "sms", "offer": "BACK15"}}],
         "holdout": 0.1, "seed": 5, "reentry_days": 90, "priority": 1})"},
    {"replenishment", QT_TRANSLATE_NOOP("mwb::ProgrammeTemplates", "Replenishment reminder"),
     QT_TRANSLATE_NOOP("mwb::ProgrammeTemplates",
                       "Three days before a customer's product runs out (their replenishment due day): a reminder."),
     R"({"trigger": {"type": "date", "field": "replenishment_due", "offset_days": -3},
         "steps": [{"send": {"channel": "sms", "offer": "REFILL"}}],
         "holdout": 0.1, "seed": 6, "reentry_days": 14, "priority": 2})"},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("mwb::ProgrammeTemplates", text);
}

} // namespace

QList<ProgrammeTemplate> ProgrammeTemplates::all()
{
    QList<ProgrammeTemplate> templates;
    for (const Entry &e : kEntries) {
        ProgrammeTemplate t;
        t.key = QString::fromLatin1(e.key);
        t.title = translated(e.title);
        t.description = translated(e.description);
        t.definition = QJsonDocument::fromJson(QByteArray(e.json)).object();
        t.definition.insert(u"name"_s, t.title);
        templates.append(t);
    }
    return templates;
}

} // namespace mwb
