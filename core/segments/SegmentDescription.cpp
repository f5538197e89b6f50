// SegmentDefinition::describe: a definition as a sentence an analyst can read back.
// The sentence is English unless a translator is installed (context "mwb::SegmentDescription");
// each phrase is one translatable pattern with %N placeholders so that a language can put the
// parts in its own order (in Chinese the clauses come before “的客户”). Stages, RFM segments,
// channels and event types read by the names the window shows ("Adopt", "Champions",
// "WeChat", "E-mail opened"), not by their codes; text a person typed (a city, a tag, a
// product) stays as typed.
#include "metrics/RfmScores.h"
#include "SegmentDefinition.h"

#include "vocabulary/Vocabulary.h"
#include "vocabulary/LifecycleStage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Text::tr translates in context "mwb::SegmentDescription".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::SegmentDescription)
};

QString quoted(const QString &text)
{
    return Text::tr("“%1”").arg(text);
}

QString valueText(const SegmentField &field, const QJsonValue &value)
{
    if (value.isObject()) {
        const int days = value.toObject().value(u"days_ago"_s).toInt();
        return days == 0 ? Text::tr("the reference day")
            : days == 1  ? Text::tr("1 day ago")
            : days == -1 ? Text::tr("1 day after the reference day")
            : days < 0   ? Text::tr("%1 days after the reference day").arg(-days)
                         : Text::tr("%1 days ago").arg(days);
    }
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 12);
    if (field.type == SegmentFieldType::Date)
        return value.toString();
    if (field.name == u"lifecycle_stage"_s) {
        if (const auto stage = stageFromName(value.toString()))
            return quoted(stageDisplayName(*stage));
    }
    if (field.name == u"rfm_segment"_s)
        return quoted(rfmSegmentDisplayName(value.toString()));
    return quoted(value.toString());
}

// "a, b or c": `last` is the pattern joining the last value to the others ("%1 or %2").
QString listText(const SegmentField &field, const QJsonValue &value, const QString &last)
{
    QStringList parts;
    for (const QJsonValue &item : value.toArray())
        parts.append(valueText(field, item));
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString tail = parts.takeLast();
    return last.arg(parts.join(Text::tr(", ")), tail);
}

QString orList(const SegmentField &field, const QJsonValue &value)
{
    return listText(field, value, Text::tr("%1 or %2"));
}

QString label(const SegmentField &field)
{
    // "RFM segment" and "NPS" keep their capitals; other labels read in lower case.
    const QString text = SegmentFields::displayLabel(field);
    if (text.size() > 1 && text.at(1).isUpper())
        return text;
    return text.at(0).toLower() + text.mid(1);
}

QString tagPhrase(const SegmentNode &node, const SegmentField &field)
{
    switch (node.op) {
    case SegmentOp::Equal: return Text::tr("who have the tag %1").arg(valueText(field, node.value));
    case SegmentOp::NotEqual: return Text::tr("who do not have the tag %1").arg(valueText(field, node.value));
    case SegmentOp::In: return Text::tr("who have the tag %1").arg(orList(field, node.value));
    case SegmentOp::NotIn: return Text::tr("who have none of the tags %1").arg(orList(field, node.value));
    case SegmentOp::Contains: return Text::tr("who have a tag containing %1").arg(valueText(field, node.value));
    case SegmentOp::StartsWith: return Text::tr("who have a tag starting with %1").arg(valueText(field, node.value));
    case SegmentOp::IsEmpty: return Text::tr("who have no tags");
    default: return Text::tr("who have a tag");
    }
}

QString fieldPhrase(const SegmentNode &node)
{
    const SegmentField *field = SegmentFields::find(node.field);
    if (!field)
        return node.field;
    if (field->type == SegmentFieldType::Tag)
        return tagPhrase(node, *field);
    const bool date = field->type == SegmentFieldType::Date;
    QString subject = label(*field);
    if (node.asOf.isValid())
        subject = Text::tr("%1 on %2", "a field as it was on a day").arg(subject, node.asOf.toString(Qt::ISODate));
    const QString value = node.op == SegmentOp::In || node.op == SegmentOp::NotIn || node.op == SegmentOp::Between
        ? QString()
        : valueText(*field, node.value);
    const QJsonArray pair = node.value.toArray();
    switch (node.op) {
    case SegmentOp::Equal:
        return (date ? Text::tr("whose %1 is on %2") : Text::tr("whose %1 is %2")).arg(subject, value);
    case SegmentOp::NotEqual:
        return (date ? Text::tr("whose %1 is not on %2") : Text::tr("whose %1 is not %2")).arg(subject, value);
    case SegmentOp::Less:
        return (date ? Text::tr("whose %1 is before %2") : Text::tr("whose %1 is less than %2")).arg(subject, value);
    case SegmentOp::LessEqual:
        return (date ? Text::tr("whose %1 is on or before %2") : Text::tr("whose %1 is at most %2"))
            .arg(subject, value);
    case SegmentOp::Greater:
        return (date ? Text::tr("whose %1 is after %2") : Text::tr("whose %1 is more than %2")).arg(subject, value);
    case SegmentOp::GreaterEqual:
        return (date ? Text::tr("whose %1 is on or after %2") : Text::tr("whose %1 is at least %2"))
            .arg(subject, value);
    case SegmentOp::Between:
        return Text::tr("whose %1 is between %2 and %3")
            .arg(subject, valueText(*field, pair.at(0)), valueText(*field, pair.at(1)));
    case SegmentOp::In: return Text::tr("whose %1 is %2").arg(subject, orList(*field, node.value));
    case SegmentOp::NotIn:
        return Text::tr("whose %1 is neither %2").arg(subject, listText(*field, node.value, Text::tr("%1 nor %2")));
    case SegmentOp::Contains: return Text::tr("whose %1 contains %2").arg(subject, value);
    case SegmentOp::StartsWith: return Text::tr("whose %1 starts with %2").arg(subject, value);
    case SegmentOp::IsEmpty: return Text::tr("whose %1 is empty").arg(subject);
    case SegmentOp::IsNotEmpty: return Text::tr("whose %1 is not empty").arg(subject);
    }
    return {};
}

QString times(int count)
{
    return count == 1 ? Text::tr("at least once") : Text::tr("at least %1 times").arg(count);
}

QString window(const SegmentNode &node)
{
    QString text;
    if (node.withinDays)
        text = *node.withinDays == 1 ? Text::tr(" on the reference day")
                                     : Text::tr(" in the last %1 days").arg(*node.withinDays);
    const QString from = node.from.toString(Qt::ISODate);
    const QString to = node.to.toString(Qt::ISODate);
    if (node.from.isValid() && node.to.isValid())
        text += node.from == node.to ? Text::tr(" on %1").arg(from) : Text::tr(" from %1 to %2").arg(from, to);
    else if (node.from.isValid())
        text += Text::tr(" on or after %1").arg(from);
    else if (node.to.isValid())
        text += Text::tr(" on or before %1").arg(to);
    return text;
}

QString behaviourPhrase(const SegmentNode &node)
{
    if (node.kind == SegmentNode::Kind::Purchase) {
        QString details;
        if (node.minAmount)
            details += Text::tr(" for at least %1").arg(QString::number(*node.minAmount, 'g', 12));
        if (!node.channel.isEmpty())
            details += Text::tr(" via %1").arg(Vocabulary::channelDisplayName(node.channel));
        const auto anyOf = [](const QStringList &items) {
            QStringList q;
            for (const QString &item : items)
                q.append(quoted(item));
            return q.join(Text::tr(" or ", "between alternatives"));
        };
        if (!node.products.isEmpty())
            details += Text::tr(" product %1").arg(anyOf(node.products));
        if (!node.categories.isEmpty())
            details += Text::tr(" in category %1").arg(anyOf(node.categories));
        if (!node.brands.isEmpty())
            details += Text::tr(" of brand %1").arg(anyOf(node.brands));
        if (!node.productContains.isEmpty())
            details += Text::tr(" a product containing %1").arg(quoted(node.productContains));
        return Text::tr("who bought %1%2%3", "%1: how often, %2: amount, channel and product, %3: when")
            .arg(times(node.minCount), details, window(node));
    }
    const QString what = node.type.isEmpty() ? Text::tr("an event") : Vocabulary::eventTypeDisplayName(node.type);
    QString details;
    if (!node.channel.isEmpty())
        details += Text::tr(" on %1", "an event on a channel").arg(Vocabulary::channelDisplayName(node.channel));
    if (!node.campaign.isUndefined() && !node.campaign.isNull())
        details += Text::tr(" of campaign %1")
                       .arg(node.campaign.isString() ? quoted(node.campaign.toString())
                                                     : QString::number(node.campaign.toInteger()));
    return Text::tr("who had %1%2 %3%4", "%1: the event, %2: channel and campaign, %3: how often, %4: when")
        .arg(what, details, times(node.minCount), window(node));
}

QString phrase(const SegmentNode &node, bool nested)
{
    switch (node.kind) {
    case SegmentNode::Kind::All:
    case SegmentNode::Kind::Any: {
        if (node.children.isEmpty())
            return node.kind == SegmentNode::Kind::All ? Text::tr("(everyone)") : Text::tr("(no one)");
        if (node.children.size() == 1)
            return phrase(node.children.constFirst(), nested);
        QStringList parts;
        for (const SegmentNode &child : node.children)
            parts.append(phrase(child, true));
        const QString text = parts.join(node.kind == SegmentNode::Kind::All ? Text::tr(" and ") : Text::tr(" or "));
        return nested ? Text::tr("(%1)").arg(text) : text;
    }
    case SegmentNode::Kind::Not:
        return Text::tr("not %1").arg(node.children.isEmpty()
                                          ? Text::tr("(nothing)")
                                          : Text::tr("(%1)").arg(phrase(node.children.constFirst(), false)));
    case SegmentNode::Kind::Field: return fieldPhrase(node);
    case SegmentNode::Kind::Event:
    case SegmentNode::Kind::Purchase: return behaviourPhrase(node);
    }
    return {};
}

} // namespace

QString SegmentDefinition::describe(const SegmentNode &node)
{
    if (node.isGroup() && node.kind != SegmentNode::Kind::Not && node.children.isEmpty())
        return node.kind == SegmentNode::Kind::All ? Text::tr("All customers") : Text::tr("No customers");
    return Text::tr("Customers %1").arg(phrase(node, false));
}

} // namespace mwb
