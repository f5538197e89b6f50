// SegmentDefinition::describe: a definition as a sentence an analyst can read back.
#include "SegmentDefinition.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

QString valueText(const SegmentField &field, const QJsonValue &value)
{
    if (value.isObject()) {
        const int days = value.toObject().value(u"days_ago"_s).toInt();
        return days == 0 ? u"the reference day"_s : days == 1 ? u"1 day ago"_s : u"%1 days ago"_s.arg(days);
    }
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 12);
    if (field.type == SegmentFieldType::Date)
        return value.toString();
    return u"“"_s + value.toString() + u"”"_s;
}

QString listText(const SegmentField &field, const QJsonValue &value, const QString &conjunction)
{
    QStringList parts;
    for (const QJsonValue &item : value.toArray())
        parts.append(valueText(field, item));
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return parts.join(u", "_s) + u" "_s + conjunction + u" "_s + last;
}

QString label(const SegmentField &field)
{
    // "RFM segment" and "NPS" keep their capitals; other labels read in lower case.
    if (field.label.size() > 1 && field.label.at(1).isUpper())
        return field.label;
    return field.label.at(0).toLower() + field.label.mid(1);
}

QString tagPhrase(const SegmentNode &node, const SegmentField &field)
{
    switch (node.op) {
    case SegmentOp::Equal:
        return u"who have the tag "_s + valueText(field, node.value);
    case SegmentOp::NotEqual:
        return u"who do not have the tag "_s + valueText(field, node.value);
    case SegmentOp::In:
        return u"who have the tag "_s + listText(field, node.value, u"or"_s);
    case SegmentOp::NotIn:
        return u"who have none of the tags "_s + listText(field, node.value, u"or"_s);
    case SegmentOp::Contains:
        return u"who have a tag containing "_s + valueText(field, node.value);
    case SegmentOp::StartsWith:
        return u"who have a tag starting with "_s + valueText(field, node.value);
    case SegmentOp::IsEmpty:
        return u"who have no tags"_s;
    default:
        return u"who have a tag"_s;
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
    QString subject = u"whose "_s + label(*field);
    if (node.asOf.isValid())
        subject += u" on "_s + node.asOf.toString(Qt::ISODate);
    const QJsonArray pair = node.value.toArray();
    QString predicate;
    switch (node.op) {
    case SegmentOp::Equal:
        predicate = (date ? u"is on "_s : u"is "_s) + valueText(*field, node.value);
        break;
    case SegmentOp::NotEqual:
        predicate = (date ? u"is not on "_s : u"is not "_s) + valueText(*field, node.value);
        break;
    case SegmentOp::Less:
        predicate = (date ? u"is before "_s : u"is less than "_s) + valueText(*field, node.value);
        break;
    case SegmentOp::LessEqual:
        predicate = (date ? u"is on or before "_s : u"is at most "_s) + valueText(*field, node.value);
        break;
    case SegmentOp::Greater:
        predicate = (date ? u"is after "_s : u"is more than "_s) + valueText(*field, node.value);
        break;
    case SegmentOp::GreaterEqual:
        predicate = (date ? u"is on or after "_s : u"is at least "_s) + valueText(*field, node.value);
        break;
    case SegmentOp::Between:
        predicate = u"is between %1 and %2"_s.arg(valueText(*field, pair.at(0)), valueText(*field, pair.at(1)));
        break;
    case SegmentOp::In:
        predicate = u"is "_s + listText(*field, node.value, u"or"_s);
        break;
    case SegmentOp::NotIn:
        predicate = u"is neither "_s + listText(*field, node.value, u"nor"_s);
        break;
    case SegmentOp::Contains:
        predicate = u"contains "_s + valueText(*field, node.value);
        break;
    case SegmentOp::StartsWith:
        predicate = u"starts with "_s + valueText(*field, node.value);
        break;
    case SegmentOp::IsEmpty:
        predicate = u"is empty"_s;
        break;
    case SegmentOp::IsNotEmpty:
        predicate = u"is not empty"_s;
        break;
    }
    return subject + u" "_s + predicate;
}

QString times(int count)
{
    return count == 1 ? u"at least once"_s : u"at least %1 times"_s.arg(count);
}

QString window(const SegmentNode &node)
{
    QString text;
    if (node.withinDays)
        text = *node.withinDays == 1 ? u" on the reference day"_s : u" in the last %1 days"_s.arg(*node.withinDays);
    const QString from = node.from.toString(Qt::ISODate);
    const QString to = node.to.toString(Qt::ISODate);
    if (node.from.isValid() && node.to.isValid())
        text += node.from == node.to ? u" on %1"_s.arg(from) : u" from %1 to %2"_s.arg(from, to);
    else if (node.from.isValid())
        text += u" on or after %1"_s.arg(from);
    else if (node.to.isValid())
        text += u" on or before %1"_s.arg(to);
    return text;
}

QString behaviourPhrase(const SegmentNode &node)
{
    if (node.kind == SegmentNode::Kind::Purchase) {
        QString text = u"who bought "_s + times(node.minCount);
        if (node.minAmount)
            text += u" for at least "_s + QString::number(*node.minAmount, 'g', 12);
        if (!node.channel.isEmpty())
            text += u" via "_s + node.channel;
        if (!node.productContains.isEmpty())
            text += u" a product containing “"_s + node.productContains + u"”"_s;
        return text + window(node);
    }
    QString what = node.type.isEmpty() ? u"an event"_s : node.type;
    QString text = u"who had "_s + what;
    if (!node.channel.isEmpty())
        text += u" on "_s + node.channel;
    if (!node.campaign.isUndefined() && !node.campaign.isNull())
        text += u" of campaign "_s
                + (node.campaign.isString() ? u"“"_s + node.campaign.toString() + u"”"_s
                                            : QString::number(node.campaign.toInteger()));
    return text + u" "_s + times(node.minCount) + window(node);
}

QString phrase(const SegmentNode &node, bool nested)
{
    switch (node.kind) {
    case SegmentNode::Kind::All:
    case SegmentNode::Kind::Any: {
        if (node.children.isEmpty())
            return node.kind == SegmentNode::Kind::All ? u"(everyone)"_s : u"(no one)"_s;
        if (node.children.size() == 1)
            return phrase(node.children.constFirst(), nested);
        QStringList parts;
        for (const SegmentNode &child : node.children)
            parts.append(phrase(child, true));
        const QString text = parts.join(node.kind == SegmentNode::Kind::All ? u" and "_s : u" or "_s);
        return nested ? u"("_s + text + u")"_s : text;
    }
    case SegmentNode::Kind::Not:
        return u"not "_s + (node.children.isEmpty() ? u"(nothing)"_s
                                                     : u"("_s + phrase(node.children.constFirst(), false) + u")"_s);
    case SegmentNode::Kind::Field:
        return fieldPhrase(node);
    case SegmentNode::Kind::Event:
    case SegmentNode::Kind::Purchase:
        return behaviourPhrase(node);
    }
    return {};
}

} // namespace

QString SegmentDefinition::describe(const SegmentNode &node)
{
    if (node.isGroup() && node.kind != SegmentNode::Kind::Not && node.children.isEmpty())
        return node.kind == SegmentNode::Kind::All ? u"All customers"_s : u"No customers"_s;
    return u"Customers "_s + phrase(node, false);
}

} // namespace mwb
