// SegmentField: the fields a segment condition can test, with their topic (how the builder
// groups them), their type (which operators and value editors fit) and their operators.
// The catalogue is the one list the JSON validation, the SQL compiler, the builder and
// the documentation agree on.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace mwb {

enum class SegmentTopic {
    Profile,
    Purchases,
    Rfm,
    Lifecycle,
    Membership, // tiers, points, referrals
    Behaviour,
    Campaigns
};

enum class SegmentFieldType {
    Text,   // free text compared case-insensitively (ASCII letters)
    Choice, // text from a short list (stages, tiers, cities…): also in / not_in
    Number, // a count or score
    Money,  // an amount in major units of the workspace currency
    Date,   // a day: "YYYY-MM-DD" or {"days_ago": N}
    Tag,    // the customer's tags: "has tag"
};

enum class SegmentOp {
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Between,
    In,
    NotIn,
    Contains,
    StartsWith,
    IsEmpty,
    IsNotEmpty,
};

// "=", "!=", "<", … as written in definitions (CLI.md).
QString segmentOpName(SegmentOp op);
std::optional<SegmentOp> segmentOpFromName(QStringView name);

struct SegmentField
{
    QString name; // as in definitions: "recency_days"
    SegmentTopic topic;
    SegmentFieldType type;
    QString label; // English display name (translated by SegmentFields::displayLabel): "Days since last purchase"
    QString unit;  // "days", "orders"… (empty for none; money: the workspace currency)
    QList<SegmentOp> ops;
    QStringList choices; // the closed vocabulary of lifecycle_stage and rfm_segment; empty otherwise
};

class SegmentFields
{
public:
    static const QList<SegmentField> &all();
    static const SegmentField *find(QStringView name);
    // Whether a field can be read as it was on a day ("as_of"): the lifecycle stage, the tier.
    static bool takesAsOf(QStringView name);
    static QString topicName(SegmentTopic topic); // "Profile", "Purchases", …
    // The same in the language of the installed translators (context "mwb::SegmentField");
    // the English above when none is installed.
    static QString displayLabel(const SegmentField &field);
    static QString displayUnit(const SegmentField &field);
    static QString displayTopicName(SegmentTopic topic);
};

} // namespace mwb
