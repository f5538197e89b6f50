#include "SegmentField.h"

#include "vocabulary/LifecycleStage.h"
#include "metrics/RfmScores.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

constexpr char kContext[] = "mwb::SegmentField";

// The English source of a label marked with QT_TRANSLATE_NOOP: what definitions, the CLI and
// the documentation show; the GUI translates it in context "mwb::SegmentField".
QString label(const char *source)
{
    return QString::fromUtf8(source);
}

struct OpName
{
    SegmentOp op;
    QStringView name;
};

constexpr std::array<OpName, 13> kOpNames{{
    {SegmentOp::Equal, u"="},
    {SegmentOp::NotEqual, u"!="},
    {SegmentOp::Less, u"<"},
    {SegmentOp::LessEqual, u"<="},
    {SegmentOp::Greater, u">"},
    {SegmentOp::GreaterEqual, u">="},
    {SegmentOp::Between, u"between"},
    {SegmentOp::In, u"in"},
    {SegmentOp::NotIn, u"not_in"},
    {SegmentOp::Contains, u"contains"},
    {SegmentOp::StartsWith, u"starts_with"},
    {SegmentOp::IsEmpty, u"is_empty"},
    {SegmentOp::IsNotEmpty, u"is_not_empty"},
}};

using enum SegmentOp;
const QList<SegmentOp> kTextOps{Equal, NotEqual, In, NotIn, Contains, StartsWith, IsEmpty, IsNotEmpty};
const QList<SegmentOp> kVocabularyOps{Equal, NotEqual, In, NotIn, IsEmpty, IsNotEmpty};
const QList<SegmentOp> kNumberOps{Equal,   NotEqual, Less,  LessEqual, Greater,   GreaterEqual,
                                  Between, In,       NotIn, IsEmpty,   IsNotEmpty};
const QList<SegmentOp> kDateOps{Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, Between, IsEmpty, IsNotEmpty};

QList<SegmentField> buildFields()
{
    using T = SegmentFieldType;
    using P = SegmentTopic;
    QStringList stages;
    for (LifecycleStage stage : kLifecycleStages)
        stages.append(stageName(stage));
    return {
        {u"external_id"_s,
         P::Profile,
         T::Text,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Customer ID")),
         {},
         kTextOps,
         {}},
        {u"name"_s, P::Profile, T::Text, label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Name")), {}, kTextOps, {}},
        {u"email"_s, P::Profile, T::Text, label(QT_TRANSLATE_NOOP("mwb::SegmentField", "E-mail")), {}, kTextOps, {}},
        {u"phone"_s, P::Profile, T::Text, label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Phone")), {}, kTextOps, {}},
        {u"address"_s,
         P::Profile,
         T::Text,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Street address")),
         {},
         kTextOps,
         {}},
        {u"postal_code"_s,
         P::Profile,
         T::Text,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Postal code")),
         {},
         kTextOps,
         {}},
        {u"city"_s, P::Profile, T::Choice, label(QT_TRANSLATE_NOOP("mwb::SegmentField", "City")), {}, kTextOps, {}},
        {u"region"_s, P::Profile, T::Choice, label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Region")), {}, kTextOps, {}},
        {u"country"_s,
         P::Profile,
         T::Choice,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Country")),
         {},
         kTextOps,
         {}},
        {u"gender"_s, P::Profile, T::Choice, label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Gender")), {}, kTextOps, {}},
        {u"tier"_s,
         P::Membership,
         T::Choice,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Membership tier")),
         {},
         kTextOps,
         {}},
        {u"tier_since"_s,
         P::Membership,
         T::Date,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "In the tier since")),
         {},
         kDateOps,
         {}},
        {u"downgrade_due"_s,
         P::Membership,
         T::Date,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Goes down a tier at the next review on")),
         {},
         kDateOps,
         {}},
        {u"source_channel"_s,
         P::Profile,
         T::Choice,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Source channel")),
         {},
         kTextOps,
         {}},
        {u"signup_date"_s,
         P::Profile,
         T::Date,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Signup date")),
         {},
         kDateOps,
         {}},
        {u"tag"_s, P::Profile, T::Tag, label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Tag")), {}, kTextOps, {}},
        {u"frequency"_s,
         P::Purchases,
         T::Number,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Number of orders")),
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "orders")),
         kNumberOps,
         {}},
        {u"monetary"_s,
         P::Purchases,
         T::Money,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Revenue")),
         {},
         kNumberOps,
         {}},
        {u"aov"_s,
         P::Purchases,
         T::Money,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Average order value")),
         {},
         kNumberOps,
         {}},
        {u"first_purchase_date"_s,
         P::Purchases,
         T::Date,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "First purchase")),
         {},
         kDateOps,
         {}},
        {u"last_purchase_date"_s,
         P::Purchases,
         T::Date,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Last purchase")),
         {},
         kDateOps,
         {}},
        {u"recency_days"_s,
         P::Purchases,
         T::Number,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Days since last purchase")),
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "days")),
         kNumberOps,
         {}},
        {u"distinct_products"_s,
         P::Purchases,
         T::Number,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Different products bought")),
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "products")),
         kNumberOps,
         {}},
        {u"favourite_category"_s,
         P::Purchases,
         T::Choice,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Favourite category")),
         {},
         kTextOps,
         {}},
        {u"in_global_control"_s,
         P::Campaigns,
         T::Choice,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "In the global control group")),
         {},
         kVocabularyOps,
         {u"true"_s, u"false"_s}},
        {u"replenishment_due"_s,
         P::Purchases,
         T::Date,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Replenishment due")),
         {},
         kDateOps,
         {}},
        {u"predicted_clv"_s,
         P::Purchases,
         T::Money,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Predicted lifetime value")),
         {},
         kNumberOps,
         {}},
        {u"churn_score"_s,
         P::Purchases,
         T::Number,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Churn score")),
         {},
         kNumberOps,
         {}},
        {u"purchase_score"_s,
         P::Purchases,
         T::Number,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Purchase score")),
         {},
         kNumberOps,
         {}},
        {u"r_score"_s,
         P::Rfm,
         T::Number,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Recency score")),
         {},
         kNumberOps,
         {}},
        {u"f_score"_s,
         P::Rfm,
         T::Number,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Frequency score")),
         {},
         kNumberOps,
         {}},
        {u"m_score"_s,
         P::Rfm,
         T::Number,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Monetary score")),
         {},
         kNumberOps,
         {}},
        {u"rfm_segment"_s,
         P::Rfm,
         T::Choice,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "RFM segment")),
         {},
         kVocabularyOps,
         RfmScores::segmentNames()},
        {u"lifecycle_stage"_s,
         P::Lifecycle,
         T::Choice,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Lifecycle stage")),
         {},
         kVocabularyOps,
         stages},
        {u"tier_change"_s,
         P::Membership,
         T::Choice,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Last tier move (up or down)")),
         {},
         kVocabularyOps,
         {u"up"_s, u"down"_s}},
        {u"points_balance"_s,
         P::Membership,
         T::Number,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Points balance")),
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "points")),
         kNumberOps,
         {}},
        {u"points_expiring"_s,
         P::Membership,
         T::Number,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Points expiring within the notice period")),
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "points")),
         kNumberOps,
         {}},
        {u"points_expire_on"_s,
         P::Membership,
         T::Date,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Oldest points expire on")),
         {},
         kDateOps,
         {}},
        {u"referrals_made"_s,
         P::Membership,
         T::Number,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Customers referred")),
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "customers")),
         kNumberOps,
         {}},
        {u"referred_by_known"_s,
         P::Membership,
         T::Choice,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Referred by a known customer")),
         {},
         kVocabularyOps,
         {u"true"_s, u"false"_s}},
        {u"nps"_s,
         P::Behaviour,
         T::Number,
         label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Latest NPS answer")),
         {},
         kNumberOps,
         {}},
    };
}

} // namespace

QString segmentOpName(SegmentOp op)
{
    for (const OpName &entry : kOpNames) {
        if (entry.op == op)
            return entry.name.toString();
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<SegmentOp> segmentOpFromName(QStringView name)
{
    for (const OpName &entry : kOpNames) {
        if (entry.name == name)
            return entry.op;
    }
    return std::nullopt;
}

const QList<SegmentField> &SegmentFields::all()
{
    static const QList<SegmentField> fields = buildFields();
    return fields;
}

const SegmentField *SegmentFields::find(QStringView name)
{
    for (const SegmentField &field : all()) {
        if (field.name == name)
            return &field;
    }
    return nullptr;
}

bool SegmentFields::takesAsOf(QStringView name)
{
    return name == u"lifecycle_stage" || name == u"tier";
}

QString SegmentFields::topicName(SegmentTopic topic)
{
    switch (topic) {
    case SegmentTopic::Profile: return label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Profile"));
    case SegmentTopic::Purchases: return label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Purchases"));
    case SegmentTopic::Rfm: return label(QT_TRANSLATE_NOOP("mwb::SegmentField", "RFM"));
    case SegmentTopic::Lifecycle: return label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Lifecycle"));
    case SegmentTopic::Membership: return label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Member programme"));
    case SegmentTopic::Behaviour: return label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Behaviour"));
    case SegmentTopic::Campaigns: return label(QT_TRANSLATE_NOOP("mwb::SegmentField", "Campaigns"));
    }
    return {};
}

QString SegmentFields::displayLabel(const SegmentField &field)
{
    return QCoreApplication::translate(kContext, field.label.toUtf8().constData());
}

QString SegmentFields::displayUnit(const SegmentField &field)
{
    return field.unit.isEmpty() ? QString() : QCoreApplication::translate(kContext, field.unit.toUtf8().constData());
}

QString SegmentFields::displayTopicName(SegmentTopic topic)
{
    return QCoreApplication::translate(kContext, topicName(topic).toUtf8().constData());
}

} // namespace mwb
