#include "SegmentDefinition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QScopeGuard>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::SegmentDefinition" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::SegmentDefinition)
};

QString quoted(const QString &text)
{
    return u"'"_s + text + u"'"_s;
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return quoted(value.toString());
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return u"null"_s;
}

std::optional<int> wholeNumber(const QJsonValue &value, int minimum)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < minimum || d > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(d);
}

// Reads one definition node, recording the first error with its place in the tree.
class Parser
{
public:
    QString error;

    SegmentNode node(const QJsonValue &json, const QString &path)
    {
        SegmentNode result;
        if (!error.isEmpty())
            return result;
        // Checked here, before any SQL is built: a definition nested deeper than anyone
        // writes would otherwise end in SQLite's "parser stack overflow".
        if (m_depth >= SegmentDefinition::kMaxDepth) {
            fail(path, Text::tr("groups are nested more than %1 levels deep").arg(SegmentDefinition::kMaxDepth));
            return result;
        }
        ++m_depth;
        const auto leave = qScopeGuard([this] { --m_depth; });
        if (!json.isObject()) {
            fail(path, Text::tr("expected an object (a group or a condition), found %1").arg(jsonText(json)));
            return result;
        }
        const QJsonObject object = json.toObject();
        if (object.contains(u"field"_s))
            return fieldCondition(object, path);
        if (object.size() != 1) {
            fail(path,
                 object.isEmpty() ? Text::tr("an empty object is neither a group nor a condition")
                                  : Text::tr("a group or behaviour condition takes exactly one key, found %1")
                                        .arg(object.keys().join(u", "_s)));
            return result;
        }
        const QString key = object.begin().key();
        const QJsonValue value = object.begin().value();
        const QString inner = join(path, key);
        if (key == u"all"_s || key == u"any"_s) {
            result.kind = key == u"all"_s ? SegmentNode::Kind::All : SegmentNode::Kind::Any;
            if (!value.isArray()) {
                fail(inner, Text::tr("expected a list of nodes, found %1").arg(jsonText(value)));
                return result;
            }
            const QJsonArray children = value.toArray();
            for (qsizetype i = 0; i < children.size() && error.isEmpty(); ++i)
                result.children.append(node(children.at(i), u"%1[%2]"_s.arg(inner).arg(i)));
        } else if (key == u"not"_s) {
            result.kind = SegmentNode::Kind::Not;
            if (!value.isObject()) {
                fail(inner, Text::tr("expected one node, found %1").arg(jsonText(value)));
                return result;
            }
            result.children.append(node(value, inner));
        } else if (key == u"event"_s) {
            return event(value, inner);
        } else if (key == u"purchase"_s) {
            return purchase(value, inner);
        } else {
            fail(path, Text::tr("unknown key %1 (expected all, any, not, field, event or purchase)").arg(quoted(key)));
        }
        return result;
    }

private:
    int m_depth = 0;
    qint64 m_listed = 0; // values listed by "in" and "not_in" conditions, all together

    // A NUL character in a value would end the text SQLite compares (matching everyone).
    bool noNul(const QString &text, const QString &path)
    {
        if (!text.contains(QChar(u'\0')))
            return true;
        fail(path, Text::tr("a value holds a NUL character"));
        return false;
    }

    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u"."_s + key; }

    void fail(const QString &path, const QString &message)
    {
        if (error.isEmpty())
            error = path.isEmpty() ? message : path + u": "_s + message;
    }

    bool checkKeys(const QJsonObject &object, const QString &path, std::initializer_list<QStringView> allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end()) {
                fail(join(path, it.key()), Text::tr("unknown key %1").arg(quoted(it.key())));
                return false;
            }
        }
        return true;
    }

    bool scalar(const SegmentField &field, const QJsonValue &value, const QString &path)
    {
        switch (field.type) {
        case SegmentFieldType::Text:
        case SegmentFieldType::Choice:
        case SegmentFieldType::Tag:
            if (!value.isString()) {
                fail(path, Text::tr("field %1 takes text, not %2").arg(quoted(field.name), jsonText(value)));
                return false;
            }
            if (!noNul(value.toString(), path))
                return false;
            if (!field.choices.isEmpty()) {
                const QString text = value.toString();
                const bool known = std::any_of(field.choices.begin(), field.choices.end(), [&text](const QString &c) {
                    return c.compare(text, Qt::CaseInsensitive) == 0;
                });
                if (!known) {
                    fail(path,
                         Text::tr("unknown value %1 for field %2 (one of: %3)")
                             .arg(quoted(text), quoted(field.name), field.choices.join(u", "_s)));
                    return false;
                }
            }
            return true;
        case SegmentFieldType::Number:
        case SegmentFieldType::Money:
            if (!value.isDouble() || !std::isfinite(value.toDouble())) {
                fail(path, Text::tr("field %1 takes a number, not %2").arg(quoted(field.name), jsonText(value)));
                return false;
            }
            return true;
        case SegmentFieldType::Date:
            if (value.isString()) {
                if (!QDate::fromString(value.toString(), Qt::ISODate).isValid()) {
                    fail(path, Text::tr("%1 is not a date (YYYY-MM-DD)").arg(quoted(value.toString())));
                    return false;
                }
                return true;
            }
            if (value.isObject()) {
                const QJsonObject object = value.toObject();
                if (!checkKeys(object, path, {u"days_ago"}))
                    return false;
                // Negative: days after the reference day (a replenishment due next week).
                if (!wholeNumber(object.value(u"days_ago"_s), -36500)) {
                    fail(join(path, u"days_ago"_s),
                         Text::tr("expected a whole number of days (negative: days after the reference day)"));
                    return false;
                }
                return true;
            }
            fail(path,
                 Text::tr("field %1 takes a date (\"YYYY-MM-DD\" or {\"days_ago\": N}), not %2")
                     .arg(quoted(field.name), jsonText(value)));
            return false;
        }
        return false;
    }

    SegmentNode fieldCondition(const QJsonObject &object, const QString &path)
    {
        SegmentNode result;
        result.kind = SegmentNode::Kind::Field;
        if (!checkKeys(object, path, {u"field", u"op", u"value", u"as_of"}))
            return result;
        const QJsonValue fieldValue = object.value(u"field"_s);
        const SegmentField *field = fieldValue.isString() ? SegmentFields::find(fieldValue.toString()) : nullptr;
        if (!field) {
            fail(join(path, u"field"_s), Text::tr("unknown field %1").arg(jsonText(fieldValue)));
            return result;
        }
        result.field = field->name;
        const QJsonValue opValue = object.value(u"op"_s);
        const auto op = opValue.isString() ? segmentOpFromName(opValue.toString()) : std::nullopt;
        if (!op) {
            fail(join(path, u"op"_s),
                 opValue.isUndefined() ? Text::tr("missing operator")
                                       : Text::tr("unknown operator %1").arg(jsonText(opValue)));
            return result;
        }
        if (!field->ops.contains(*op)) {
            fail(join(path, u"op"_s),
                 Text::tr("operator %1 does not apply to field %2")
                     .arg(quoted(segmentOpName(*op)), quoted(field->name)));
            return result;
        }
        result.op = *op;
        if (object.contains(u"as_of"_s)) {
            const QJsonValue asOf = object.value(u"as_of"_s);
            if (!SegmentFields::takesAsOf(field->name)) {
                fail(join(path, u"as_of"_s), Text::tr("only lifecycle_stage and tier take as_of"));
                return result;
            }
            result.asOf = asOf.isString() ? QDate::fromString(asOf.toString(), Qt::ISODate) : QDate();
            if (!result.asOf.isValid()) {
                fail(join(path, u"as_of"_s), Text::tr("%1 is not a date (YYYY-MM-DD)").arg(jsonText(asOf)));
                return result;
            }
        }
        QJsonValue value = object.value(u"value"_s);
        // A yes-or-no field (choices "true" and "false") takes JSON's true and false too.
        if (value.isBool() && field->choices == QStringList{u"true"_s, u"false"_s})
            value = value.toBool() ? u"true"_s : u"false"_s;
        const QString valuePath = join(path, u"value"_s);
        switch (*op) {
        case SegmentOp::IsEmpty:
        case SegmentOp::IsNotEmpty:
            if (!value.isUndefined() && !value.isNull())
                fail(valuePath, Text::tr("operator %1 takes no value").arg(quoted(segmentOpName(*op))));
            return result;
        case SegmentOp::In:
        case SegmentOp::NotIn: {
            if (!value.isArray() || value.toArray().isEmpty()) {
                fail(valuePath, Text::tr("operator %1 takes a non-empty list").arg(quoted(segmentOpName(*op))));
                return result;
            }
            const QJsonArray list = value.toArray();
            m_listed += list.size();
            if (m_listed > SegmentDefinition::kMaxListedValues) {
                fail(valuePath,
                     Text::tr("the definition lists more than %1 values")
                         .arg(QLocale::c().toString(SegmentDefinition::kMaxListedValues)));
                return result;
            }
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (!scalar(*field, list.at(i), u"%1[%2]"_s.arg(valuePath).arg(i)))
                    return result;
            }
            break;
        }
        case SegmentOp::Between: {
            const QJsonArray pair = value.toArray();
            if (!value.isArray() || pair.size() != 2) {
                fail(valuePath, Text::tr("operator 'between' takes [low, high]"));
                return result;
            }
            if (!scalar(*field, pair.at(0), valuePath + u"[0]"_s) || !scalar(*field, pair.at(1), valuePath + u"[1]"_s))
                return result;
            break;
        }
        default:
            if (value.isUndefined()) {
                fail(valuePath, Text::tr("missing value"));
                return result;
            }
            if (!scalar(*field, value, valuePath))
                return result;
        }
        result.value = value;
        return result;
    }

    bool text(const QJsonObject &object, const QString &key, const QString &path, QString *out)
    {
        if (!object.contains(key))
            return true;
        const QJsonValue value = object.value(key);
        if (!value.isString() || value.toString().isEmpty()) {
            fail(join(path, key), Text::tr("expected non-empty text, found %1").arg(jsonText(value)));
            return false;
        }
        if (!noNul(value.toString(), join(path, key)))
            return false;
        *out = value.toString();
        return true;
    }

    // One text or a list of them: "SKU-1" or ["SKU-1", "SKU-2"] (any of them).
    bool texts(const QJsonObject &object, const QString &key, const QString &path, QStringList *out)
    {
        if (!object.contains(key))
            return true;
        const QJsonValue value = object.value(key);
        QStringList list;
        if (value.isString()) {
            list.append(value.toString());
        } else if (value.isArray() && !value.toArray().isEmpty()) {
            for (const QJsonValue &item : value.toArray()) {
                if (!item.isString()) {
                    list = {};
                    break;
                }
                list.append(item.toString());
            }
        }
        if (list.isEmpty() || list.contains(QString())) {
            fail(join(path, key), Text::tr("expected non-empty text or a list of them, found %1").arg(jsonText(value)));
            return false;
        }
        m_listed += list.size();
        if (m_listed > SegmentDefinition::kMaxListedValues) {
            fail(join(path, key),
                 Text::tr("the definition lists more than %1 values")
                     .arg(QLocale::c().toString(SegmentDefinition::kMaxListedValues)));
            return false;
        }
        for (const QString &item : list) {
            if (!noNul(item, join(path, key)))
                return false;
        }
        *out = list;
        return true;
    }

    bool window(const QJsonObject &object, const QString &path, SegmentNode *result)
    {
        if (object.contains(u"within_days"_s)) {
            result->withinDays = wholeNumber(object.value(u"within_days"_s), 1);
            if (!result->withinDays) {
                fail(join(path, u"within_days"_s), Text::tr("expected a whole number of days of at least 1"));
                return false;
            }
        }
        for (const auto &[key, target] : {std::pair{u"from"_s, &result->from}, std::pair{u"to"_s, &result->to}}) {
            if (!object.contains(key))
                continue;
            const QJsonValue value = object.value(key);
            *target = value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
            if (!target->isValid()) {
                fail(join(path, key), Text::tr("expected a date YYYY-MM-DD, found %1").arg(jsonText(value)));
                return false;
            }
        }
        if (result->from.isValid() && result->to.isValid() && result->from > result->to) {
            fail(join(path, u"to"_s), Text::tr("the period ends before it starts"));
            return false;
        }
        if (object.contains(u"min_count"_s)) {
            const auto count = wholeNumber(object.value(u"min_count"_s), 1);
            if (!count) {
                fail(join(path, u"min_count"_s), Text::tr("expected a whole number of at least 1"));
                return false;
            }
            result->minCount = *count;
        }
        return true;
    }

    SegmentNode event(const QJsonValue &json, const QString &path)
    {
        SegmentNode result;
        result.kind = SegmentNode::Kind::Event;
        if (!json.isObject()) {
            fail(path, Text::tr("expected an object"));
            return result;
        }
        const QJsonObject object = json.toObject();
        if (!checkKeys(object, path, {u"type", u"channel", u"campaign", u"within_days", u"from", u"to", u"min_count"})
            || !text(object, u"type"_s, path, &result.type) || !text(object, u"channel"_s, path, &result.channel)
            || !window(object, path, &result))
            return result;
        if (result.type.isEmpty() && result.channel.isEmpty()) {
            fail(path, Text::tr("an event condition needs a type or a channel"));
            return result;
        }
        if (object.contains(u"campaign"_s)) {
            const QJsonValue campaign = object.value(u"campaign"_s);
            const bool valid = campaign.isDouble()
                ? wholeNumber(campaign, 1).has_value()
                : campaign.isString() && !campaign.toString().isEmpty() && !campaign.toString().contains(QChar(u'\0'));
            if (!valid) {
                fail(join(path, u"campaign"_s),
                     Text::tr("expected a campaign id or name, found %1").arg(jsonText(campaign)));
                return result;
            }
            result.campaign = campaign;
        }
        return result;
    }

    SegmentNode purchase(const QJsonValue &json, const QString &path)
    {
        SegmentNode result;
        result.kind = SegmentNode::Kind::Purchase;
        if (!json.isObject()) {
            fail(path, Text::tr("expected an object"));
            return result;
        }
        const QJsonObject object = json.toObject();
        if (!checkKeys(object, path,
                       {u"within_days", u"from", u"to", u"min_count", u"min_amount", u"channel", u"product",
                        u"category", u"brand", u"product_contains"})
            || !text(object, u"channel"_s, path, &result.channel)
            || !text(object, u"product_contains"_s, path, &result.productContains)
            || !texts(object, u"product"_s, path, &result.products)
            || !texts(object, u"category"_s, path, &result.categories)
            || !texts(object, u"brand"_s, path, &result.brands) || !window(object, path, &result))
            return result;
        if (object.contains(u"min_amount"_s)) {
            const QJsonValue amount = object.value(u"min_amount"_s);
            if (!amount.isDouble() || !std::isfinite(amount.toDouble()) || amount.toDouble() < 0) {
                fail(join(path, u"min_amount"_s),
                     Text::tr("expected an amount of at least 0, found %1").arg(jsonText(amount)));
                return result;
            }
            result.minAmount = amount.toDouble();
        }
        return result;
    }
};

} // namespace

SegmentNode SegmentNode::group(Kind kind, QList<SegmentNode> children)
{
    SegmentNode node;
    node.kind = kind;
    node.children = std::move(children);
    return node;
}

SegmentNode SegmentNode::condition(const QString &field, SegmentOp op, const QJsonValue &value)
{
    SegmentNode node;
    node.kind = Kind::Field;
    node.field = field;
    node.op = op;
    node.value = value;
    return node;
}

QJsonObject SegmentNode::toJson() const
{
    switch (kind) {
    case Kind::All:
    case Kind::Any: {
        QJsonArray list;
        for (const SegmentNode &child : children)
            list.append(child.toJson());
        return {{kind == Kind::All ? u"all"_s : u"any"_s, list}};
    }
    case Kind::Not: return {{u"not"_s, children.isEmpty() ? QJsonObject() : children.constFirst().toJson()}};
    case Kind::Field: {
        QJsonObject object{{u"field"_s, field}, {u"op"_s, segmentOpName(op)}};
        if (!value.isUndefined() && !value.isNull())
            object.insert(u"value"_s, value);
        if (asOf.isValid())
            object.insert(u"as_of"_s, asOf.toString(Qt::ISODate));
        return object;
    }
    case Kind::Event:
    case Kind::Purchase: {
        QJsonObject inner;
        if (!type.isEmpty())
            inner.insert(u"type"_s, type);
        if (!channel.isEmpty())
            inner.insert(u"channel"_s, channel);
        if (!campaign.isUndefined() && !campaign.isNull())
            inner.insert(u"campaign"_s, campaign);
        if (withinDays)
            inner.insert(u"within_days"_s, *withinDays);
        if (from.isValid())
            inner.insert(u"from"_s, from.toString(Qt::ISODate));
        if (to.isValid())
            inner.insert(u"to"_s, to.toString(Qt::ISODate));
        if (minCount != 1)
            inner.insert(u"min_count"_s, minCount);
        if (minAmount)
            inner.insert(u"min_amount"_s, *minAmount);
        const auto list = [&inner](const char16_t *key, const QStringList &items) {
            if (items.size() == 1)
                inner.insert(QString::fromUtf16(key), items.constFirst());
            else if (!items.isEmpty())
                inner.insert(QString::fromUtf16(key), QJsonArray::fromStringList(items));
        };
        list(u"product", products);
        list(u"category", categories);
        list(u"brand", brands);
        if (!productContains.isEmpty())
            inner.insert(u"product_contains"_s, productContains);
        return {{kind == Kind::Event ? u"event"_s : u"purchase"_s, inner}};
    }
    }
    return {};
}

SegmentParse SegmentDefinition::fromJson(const QJsonValue &json)
{
    Parser parser;
    SegmentParse result;
    result.node = parser.node(json, {});
    result.error = parser.error;
    return result;
}

SegmentParse SegmentDefinition::fromText(const QByteArray &text)
{
    if (text.size() > kMaxBytes) {
        SegmentParse result;
        result.error = Text::tr("a definition holds at most %1 MB; this one has %2 MB")
                           .arg(kMaxBytes >> 20)
                           .arg(static_cast<double>(text.size()) / (1 << 20), 0, 'f', 1);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error == QJsonParseError::DeepNesting) {
        SegmentParse result;
        result.error = Text::tr("groups are nested more than %1 levels deep").arg(kMaxDepth);
        return result;
    }
    if (parseError.error != QJsonParseError::NoError) {
        SegmentParse result;
        result.error = Text::tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        SegmentParse result;
        result.error = Text::tr("a definition is one JSON object");
        return result;
    }
    return fromJson(document.object());
}

namespace {

// What the JSON form cannot show of a node built in code: a "not" with other than one
// child (toJson() would keep only the first).
QString shapeError(const SegmentNode &node, const QString &path)
{
    switch (node.kind) {
    case SegmentNode::Kind::Not:
        if (node.children.size() != 1)
            return (path.isEmpty() ? u"not"_s : path + u".not"_s)
                + Text::tr(": a \"not\" takes exactly one node, found %1").arg(node.children.size());
        return shapeError(node.children.constFirst(), path.isEmpty() ? u"not"_s : path + u".not"_s);
    case SegmentNode::Kind::All:
    case SegmentNode::Kind::Any: {
        const QString key = node.kind == SegmentNode::Kind::All ? u"all"_s : u"any"_s;
        for (qsizetype i = 0; i < node.children.size(); ++i) {
            const QString child = u"%1[%2]"_s.arg(path.isEmpty() ? key : path + u"."_s + key).arg(i);
            if (QString error = shapeError(node.children.at(i), child); !error.isEmpty())
                return error;
        }
        return {};
    }
    default: return {};
    }
}

} // namespace

QString SegmentDefinition::validate(const SegmentNode &node)
{
    if (QString error = shapeError(node, {}); !error.isEmpty())
        return error;
    return fromJson(node.toJson()).error;
}

} // namespace mwb
