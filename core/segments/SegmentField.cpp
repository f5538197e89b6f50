#include "SegmentField.h"

#include "lifecycle/LifecycleStage.h"
#include "RfmScores.h"

#include <array>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

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
const QList<SegmentOp> kNumberOps{Equal, NotEqual, Less,  LessEqual, Greater,   GreaterEqual,
                                  Between, In,    NotIn, IsEmpty,   IsNotEmpty};
const QList<SegmentOp> kDateOps{Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, Between, IsEmpty, IsNotEmpty};

QList<SegmentField> buildFields()
{
    using T = SegmentFieldType;
    using P = SegmentTopic;
    QStringList stages;
    for (LifecycleStage stage : kLifecycleStages)
        stages.append(stageName(stage));
    return {
        {u"external_id"_s, P::Profile, T::Text, u"Customer ID"_s, {}, kTextOps, {}},
        {u"name"_s, P::Profile, T::Text, u"Name"_s, {}, kTextOps, {}},
        {u"email"_s, P::Profile, T::Text, u"E-mail"_s, {}, kTextOps, {}},
        {u"phone"_s, P::Profile, T::Text, u"Phone"_s, {}, kTextOps, {}},
        {u"city"_s, P::Profile, T::Choice, u"City"_s, {}, kTextOps, {}},
        {u"region"_s, P::Profile, T::Choice, u"Region"_s, {}, kTextOps, {}},
        {u"country"_s, P::Profile, T::Choice, u"Country"_s, {}, kTextOps, {}},
        {u"gender"_s, P::Profile, T::Choice, u"Gender"_s, {}, kTextOps, {}},
        {u"tier"_s, P::Profile, T::Choice, u"Membership tier"_s, {}, kTextOps, {}},
        {u"source_channel"_s, P::Profile, T::Choice, u"Source channel"_s, {}, kTextOps, {}},
        {u"signup_date"_s, P::Profile, T::Date, u"Signup date"_s, {}, kDateOps, {}},
        {u"tag"_s, P::Profile, T::Tag, u"Tag"_s, {}, kTextOps, {}},
        {u"frequency"_s, P::Purchases, T::Number, u"Number of orders"_s, u"orders"_s, kNumberOps, {}},
        {u"monetary"_s, P::Purchases, T::Money, u"Revenue"_s, {}, kNumberOps, {}},
        {u"aov"_s, P::Purchases, T::Money, u"Average order value"_s, {}, kNumberOps, {}},
        {u"first_purchase_date"_s, P::Purchases, T::Date, u"First purchase"_s, {}, kDateOps, {}},
        {u"last_purchase_date"_s, P::Purchases, T::Date, u"Last purchase"_s, {}, kDateOps, {}},
        {u"recency_days"_s, P::Purchases, T::Number, u"Days since last purchase"_s, u"days"_s, kNumberOps, {}},
        {u"predicted_clv"_s, P::Purchases, T::Money, u"Predicted lifetime value"_s, {}, kNumberOps, {}},
        {u"r_score"_s, P::Rfm, T::Number, u"Recency score"_s, {}, kNumberOps, {}},
        {u"f_score"_s, P::Rfm, T::Number, u"Frequency score"_s, {}, kNumberOps, {}},
        {u"m_score"_s, P::Rfm, T::Number, u"Monetary score"_s, {}, kNumberOps, {}},
        {u"rfm_segment"_s, P::Rfm, T::Choice, u"RFM segment"_s, {}, kVocabularyOps, RfmScores::segmentNames()},
        {u"lifecycle_stage"_s, P::Lifecycle, T::Choice, u"Lifecycle stage"_s, {}, kVocabularyOps, stages},
        {u"nps"_s, P::Behaviour, T::Number, u"Latest NPS answer"_s, {}, kNumberOps, {}},
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

QString SegmentFields::topicName(SegmentTopic topic)
{
    switch (topic) {
    case SegmentTopic::Profile:
        return u"Profile"_s;
    case SegmentTopic::Purchases:
        return u"Purchases"_s;
    case SegmentTopic::Rfm:
        return u"RFM"_s;
    case SegmentTopic::Lifecycle:
        return u"Lifecycle"_s;
    case SegmentTopic::Behaviour:
        return u"Behaviour"_s;
    case SegmentTopic::Campaigns:
        return u"Campaigns"_s;
    }
    return {};
}

} // namespace mwb
