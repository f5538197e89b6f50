// SegmentDefinition: a segment as a tree of groups and conditions, read from and written
// to the JSON form of CLI.md (the one truth), validated so that an unknown field, operator
// or key is an error naming it and its place ("all[2].op"), never a silent match-all.
#pragma once

#include "SegmentField.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace mwb {

struct SegmentNode
{
    enum class Kind {
        All,      // every child holds (an empty group: everyone)
        Any,      // at least one child holds (an empty group: no one)
        Not,      // its one child does not hold
        Field,    // {"field", "op", "value"}
        Event,    // {"event": {type, channel, campaign, within_days, min_count}}
        Purchase, // {"purchase": {within_days, min_count, min_amount, channel, product, category, brand,
                  //               product_contains}}
    };

    Kind kind = Kind::All;
    QList<SegmentNode> children; // All / Any: any number; Not: exactly one

    // Field condition. `value` is as written in JSON: a string, number, list, [lo, hi]
    // or {"days_ago": N}; absent (Undefined) for is_empty / is_not_empty.
    QString field;
    SegmentOp op = SegmentOp::Equal;
    QJsonValue value;
    QDate asOf; // lifecycle_stage only: the stage on that day instead of now

    // Behaviour conditions.
    QString type;                  // Event: event type
    QString channel;               // Event / Purchase
    QJsonValue campaign;           // Event: campaign id (number) or name (string); Undefined: any
    std::optional<int> withinDays; // the last N days up to the reference day; none: all time
    QDate from;                    // on or after this day (invalid: no lower bound); with `to`, a fixed period
    QDate to;                      // on or before this day (invalid: no upper bound)
    int minCount = 1;
    std::optional<double> minAmount; // Purchase: major units
    // Purchase: an order counts when one line bought (a positive line) is of one of these
    // product codes, of one of these categories, of one of these brands and has a name holding
    // productContains (each ignored when empty; all on the same line).
    QStringList products;
    QStringList categories;
    QStringList brands;
    QString productContains;
    bool readsLines() const
    {
        return !products.isEmpty() || !categories.isEmpty() || !brands.isEmpty() || !productContains.isEmpty();
    }

    bool isGroup() const { return kind == Kind::All || kind == Kind::Any || kind == Kind::Not; }

    static SegmentNode group(Kind kind, QList<SegmentNode> children = {});
    static SegmentNode condition(const QString &field, SegmentOp op, const QJsonValue &value = {});

    QJsonObject toJson() const;
    bool operator==(const SegmentNode &other) const { return toJson() == other.toJson(); }
};

struct SegmentParse
{
    SegmentNode node;
    QString error; // empty when valid: "all[1].op: unknown operator 'eq'"
    bool ok() const { return error.isEmpty(); }
};

class SegmentDefinition
{
public:
    // Limits checked before any SQL is built (an error naming the place, never SQLite's words).
    static constexpr int kMaxDepth = 64;               // groups within groups
    static constexpr qsizetype kMaxBytes = 1 << 20;    // the text of a definition
    static constexpr qint64 kMaxListedValues = 100000; // values of "in" / "not_in", all together

    static SegmentParse fromJson(const QJsonValue &json);
    // Parses text; a JSON syntax error names its offset.
    static SegmentParse fromText(const QByteArray &text);
    // Checks a node built in code (the builder) by the same rules as fromJson.
    static QString validate(const SegmentNode &node);

    // "Customers who live in Shanghai and bought at least 2 times in the last 90 days".
    static QString describe(const SegmentNode &node);
};

} // namespace mwb
